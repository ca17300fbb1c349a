"""Importing many pages at once, a whole saved portal site among them.

Reading and extracting a page is the slow part: worker processes do it, each page on its
own (`prepare`). Deciding what becomes of it stays in this process, in the pages' name
order, so a run is the same however the work was shared: a page of a saved site that
is no article is skipped with its reason (importer.page_kinds); an article saved under
several addresses is imported once, from its first copy (same canonical address, or
same headline and paragraphs), the others are skipped as "trùng với <file>"; the rest
is written (importer.writer), its photos copied (importer.images).

Every page gets one record, whatever happens to it; what goes wrong with one page is
that page's error, never the batch's.
"""

import errno
import hashlib
import os
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from importer import extract, images, page_kinds, report, sources, writer
from importer.page import ImportProblem

# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_FROM = 40
CHUNK = 8
DUPLICATE = "trùng với trang khác"

OS_REASONS = {
    errno.ENOENT: "không tồn tại",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không có quyền truy cập",
    errno.EISDIR: "là một thư mục",
    errno.ENOSPC: "đĩa đã đầy",
}


def os_problem(problem, path):
    """An OSError in the editor's words, naming the file it concerns."""
    reason = OS_REASONS.get(problem.errno, problem.strerror or str(problem))
    if problem.filename in (None, str(path)):
        return f"không đọc được tệp: {reason}"
    return f"lỗi với tệp {problem.filename}: {reason}"


def unexpected(problem):
    return f"lỗi ngoài dự kiến ({type(problem).__name__}: {problem}), trang chưa được nhập"


@dataclass(frozen=True)
class Job:
    path: Path
    root: Path | None = None  # the saved site's folder; None for a page named on the command line


@dataclass
class Prepared:
    """A page read and extracted (in a worker), not yet written."""

    job: Job
    record: dict | None = None  # a page that failed: its record is final
    skipped: page_kinds.Verdict | None = None
    page: object = None
    article: object = None
    pictures: dict = field(default_factory=dict)
    keys: tuple = ()


def jobs_for(paths):
    """Jobs for the command's PATHs: a file as given, a folder as a saved site.

    A saved site's pages in name order, those saved under an address with a query
    (wget's `index.php?id=5`) last: of an article saved twice, its own address is kept.
    """
    for path in map(Path, paths):
        if path.is_dir():
            pages = sorted(sources.site_pages(path), key=lambda page: (bool(sources.QUERY_IN_NAME.search(page.name)), page))
            yield from (Job(page, path) for page in pages)
        else:
            yield Job(path)


def same_article_keys(article):
    """What makes two copies one article: its canonical address, its headline and paragraphs."""
    keys = []
    if article.source and not writer.is_site_root(article.source):
        keys.append(("source", article.source))
    paragraphs = sorted(writer.article_paragraphs(article))
    if paragraphs:
        digest = hashlib.sha1("\n".join([article.title, *paragraphs]).encode("utf-8")).hexdigest()
        keys.append(("text", digest))
    return tuple(keys)


def prepare(job, unit=None, category=None):
    """Read, sort and extract one page: runs in a worker process."""
    path = job.path
    try:
        page = sources.read_source(path)
        if job.root is not None and page.kind == "html":
            verdict = page_kinds.classify(path.read_bytes(), path, job.root, page.meta.get("source", ""))
            if not verdict.is_article:
                return Prepared(job, skipped=verdict)
        article = extract.extract(page, unit=unit, category=category)
        missing = report.unaccounted(page, article.dispositions)
        if missing:
            lines = ", ".join(str(line.number) for line in missing)
            return Prepared(job, record=report.entry(path, page, article, error=f"dòng chưa được xử lý: {lines}"))
        pictures = {}
        if page.kind == "html":
            pictures, absent = images.find(page, job.root or path.parent, anywhere=job.root is not None)
            if job.root is not None:
                article.review.extend(images.MISSING_NOTE.format(address) for address in absent)
        keys = same_article_keys(article) if job.root is not None else ()
        return Prepared(job, page=page, article=article, pictures=pictures, keys=keys)
    except ImportProblem as problem:
        return Prepared(job, record=report.entry(path, error=str(problem), line=problem.line))
    except OSError as problem:
        return Prepared(job, record=report.entry(path, error=os_problem(problem, path)))
    except Exception as problem:  # noqa: BLE001 - a fault on one page must not cost the others their import
        return Prepared(job, record=report.entry(path, error=unexpected(problem), detail=traceback.format_exc()))


class _Preparer:
    """prepare() with the command's options, picklable for the worker processes."""

    def __init__(self, unit, category):
        self.unit, self.category = unit, category

    def __call__(self, job):
        return prepare(job, self.unit, self.category)


def skipped(source, reason, why, duplicate_of=""):
    record = {"source": str(source), "outcome": "skipped", "reason": reason, "why": why}
    if duplicate_of:
        record["duplicate_of"] = duplicate_of
    return record


class Importer:
    """Settles prepared pages in order: duplicates, writing, photos."""

    def __init__(self, dest, images_folder, force=False):
        self.dest = dest
        self.force = force
        self.archive = writer.Archive(dest)
        self.store = images.Store(images_folder)
        self.kept = {}  # same-article key -> the page imported for it

    def settle(self, prepared):
        job = prepared.job
        if prepared.record is not None:
            return prepared.record
        if prepared.skipped is not None:
            return skipped(job.path, prepared.skipped.reason, prepared.skipped.detail)
        for key in prepared.keys:
            if key in self.kept:
                why = "cùng địa chỉ gốc " + key[1] if key[0] == "source" else "cùng tiêu đề và các đoạn văn"
                return skipped(job.path, f"trùng với {self.kept[key]}", why, duplicate_of=self.kept[key])
        try:
            outcome = writer.write(
                prepared.article, self.dest, force=self.force, archive=self.archive,
                pictures=prepared.pictures, store=self.store,
            )
        except OSError as problem:
            return report.entry(job.path, error=os_problem(problem, job.path))
        except Exception as problem:  # noqa: BLE001 - as in prepare()
            return report.entry(job.path, error=unexpected(problem), detail=traceback.format_exc())
        record = report.entry(job.path, prepared.page, prepared.article, outcome)
        if prepared.pictures:
            record["images"] = [
                {"address": found.address, "saved": found.path, "file": str(self.store.folder / found_year(prepared.article) / found.name)}
                for found in prepared.pictures.values()
            ]
            record["images_copied"] = [str(path) for path in outcome.copied]
        for key in prepared.keys:
            self.kept.setdefault(key, str(job.path))
        return record


def found_year(article):
    return str(article.moment.day.year)


def workers_for(count, asked=None):
    if asked:
        return max(1, asked)
    return min(os.cpu_count() or 1, 8) if count >= PARALLEL_FROM else 1


def prepared_pages(jobs, unit, category, workers):
    """Prepared pages in the jobs' order, read by `workers` processes."""
    work = _Preparer(unit, category)
    if workers <= 1:
        yield from map(work, jobs)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield from pool.map(work, jobs, chunksize=CHUNK)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


SUMMARY_ROWS = (
    ("created", "Đã nhập (bài mới)"),
    ("overwritten", "Đã ghi đè (--force)"),
    ("identical", "Đã có sẵn, không đổi"),
    ("conflict", "Khác bài đã có, chưa ghi (dùng --force)"),
)


def reason_group(record):
    return DUPLICATE if "duplicate_of" in record else record["reason"]


def summary_table(records, seconds=None):
    """The run in a few lines: how many pages went which way."""
    outcomes = Counter(record["outcome"] for record in records)
    reasons = Counter(reason_group(record) for record in records if record["outcome"] == "skipped")
    review = sum(1 for record in records if record.get("review") and record["outcome"] != "conflict")
    copied = sum(len(record.get("images_copied", ())) for record in records)
    rows = [(label, outcomes[key]) for key, label in SUMMARY_ROWS]
    rows += [(f"Bỏ qua: {reason}", n) for reason, n in sorted(reasons.items())]
    rows += [("Cần kiểm tra (mục review:)", review), ("Lỗi", outcomes["error"]), ("Ảnh đã chép", copied)]
    width = max(len(label) for label, _ in rows)
    timing = f" trong {seconds:.1f} giây" if seconds is not None else ""
    lines = [f"Tổng kết: {len(records)} trang{timing}"]
    lines += [f"  {label.ljust(width)}  {n:>6}" for label, n in rows]
    return "\n".join(lines)


def run(jobs, args, show, progress=None):
    """Records of `jobs`, one per page, as they are settled; `show(record)` for the terminal."""
    importer = Importer(args.dest, args.images, force=args.force)
    workers = workers_for(len(jobs), getattr(args, "jobs", None))
    for prepared in prepared_pages(jobs, args.unit, args.category, workers):
        record = importer.settle(prepared)
        show(prepared.job, record)
        if progress is not None:
            progress.step()
        yield record
