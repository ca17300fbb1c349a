"""Command line: `python -m importer PATH... [--dest DIR] [--images DIR] [--unit NAME] [--category NAME] [--force] [--jobs N]`.

A PATH that is a folder is a saved portal site (wget --mirror, HTTrack, a browser's
"Save page"): only its article pages are imported, each once, with their photos; the
other pages are skipped, each with its reason in the report (importer.bulk). Many pages
are read by worker processes, with a progress line on stderr and a summary at the end.

Exit status 0 when every page was imported or already there unchanged, 1 when a page
failed or an existing article differs and --force was not given. A page that fails, for
whatever reason, is that page's error in the report: the batch goes on and the report
is written. A problem in the portal profiles (profiles.yml) stops the command before
any page, with 1: every page would be read with a profile half applied.
"""

import argparse
import sys
import time
from pathlib import Path

from importer import bulk, profiles, report
from importer.bulk import OS_REASONS
from importer.progress import Progress
from plugins.libs.data_files import DataFileError


def parser():
    p = argparse.ArgumentParser(
        prog="invoke import",
        description="Nhập trang của cổng thông tin cũ (bản lưu văn bản hoặc HTML) thành bài viết Markdown.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="tệp trang cũ, hoặc thư mục chứa chúng")
    p.add_argument("--dest", default="content/articles", help="thư mục bài viết (mặc định: content/articles)")
    p.add_argument("--images", help="thư mục ảnh (mặc định: thư mục images cạnh thư mục bài viết, tức content/images)")
    p.add_argument("--unit", help="đơn vị đăng bài, khi trang không ghi (ví dụ: 'Huyện Kim Sơn')")
    p.add_argument("--category", help="chuyên mục, thay cho chuyên mục suy ra từ tiêu đề")
    p.add_argument("--force", action="store_true", help="ghi đè bài đã có nội dung khác")
    p.add_argument("--report", default="import-report.json", help="tệp báo cáo JSON (mặc định: import-report.json)")
    p.add_argument("--jobs", type=int, help="số tiến trình đọc trang (mặc định: số lõi CPU khi có nhiều trang)")
    return p


def write_report(records, path):
    """Write the report, saying so; False (and why, naming it) when it cannot be written."""
    try:
        report.write(records, path)
    except OSError as problem:
        print(f"{path}: không ghi được báo cáo: {OS_REASONS.get(problem.errno, problem.strerror)}", file=sys.stderr)
        return False
    print(f"Báo cáo: {path}")
    return True


def profiles_problems():
    """The problems of the portal profiles as the editor's lines, none when they load."""
    try:
        profiles.load()
    except DataFileError as error:
        return [*map(str, error.problems), f"Không nhập trang nào: hãy sửa {len(error.problems)} lỗi trên trước."]
    return []


def shower(progress):
    """What the terminal shows of a page: one named on the command line in full; of a saved
    site, only what needs the editor. The progress line makes room for it."""

    def show(job, record):
        if job.root is None or record["outcome"] in ("error", "conflict"):
            if progress is not None:
                progress.clear()
            print(report.summary(record), flush=True)

    return show


def main(argv=None):
    args = parser().parse_args(argv)
    args.images = args.images or str(Path(args.dest).parent / "images")
    problems = profiles_problems()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    started = time.monotonic()
    jobs = list(bulk.jobs_for(args.paths))
    many = any(job.root is not None for job in jobs) or len(jobs) > 1
    progress = Progress(len(jobs)) if many and jobs else None
    records = []
    try:
        for record in bulk.run(jobs, args, shower(progress), progress):
            records.append(record)
    finally:  # interrupted or not, the pages done so far are in the report
        if progress is not None:
            progress.finish()
        if many:
            print(bulk.summary_table(records, time.monotonic() - started), flush=True)
        reported = write_report(records, args.report)
    failed = [r for r in records if r["outcome"] in ("error", "conflict")]
    return 1 if failed or not records or not reported else 0
