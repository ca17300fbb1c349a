"""Command line: `python -m importer PATH... [--dest DIR] [--unit NAME] [--category NAME] [--force]`.

Exit status 0 when every page was imported or already there unchanged, 1 when a page
failed or an existing article differs and --force was not given. A page that fails, for
whatever reason, is that page's error in the report: the batch goes on and the report
is written. A problem in the portal profiles (profiles.yml) stops the command before
any page, with 1: every page would be read with a profile half applied.
"""

import argparse
import errno
import sys
import traceback
from pathlib import Path

from importer import extract, profiles, report, sources, writer
from importer.page import ImportProblem
from plugins.libs.data_files import DataFileError

SOURCE_SUFFIXES = {".txt", ".html", ".htm"}


def parser():
    p = argparse.ArgumentParser(
        prog="invoke import",
        description="Nhập trang của cổng thông tin cũ (bản lưu văn bản hoặc HTML) thành bài viết Markdown.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="tệp trang cũ, hoặc thư mục chứa chúng")
    p.add_argument("--dest", default="content/articles", help="thư mục bài viết (mặc định: content/articles)")
    p.add_argument("--unit", help="đơn vị đăng bài, khi trang không ghi (ví dụ: 'Huyện Kim Sơn')")
    p.add_argument("--category", help="chuyên mục, thay cho chuyên mục suy ra từ tiêu đề")
    p.add_argument("--force", action="store_true", help="ghi đè bài đã có nội dung khác")
    p.add_argument("--report", default="import-report.json", help="tệp báo cáo JSON (mặc định: import-report.json)")
    return p


def expand(paths):
    """Files as given; directories as the source files inside them, in name order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
        else:
            yield path


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


def import_one(path, args, archive):
    """One page's record: whatever goes wrong is this page's error, never the batch's."""
    try:
        page = sources.read_source(path)
        article = extract.extract(page, unit=args.unit, category=args.category)
        missing = report.unaccounted(page, article.dispositions)
        if missing:
            lines = ", ".join(str(line.number) for line in missing)
            return report.entry(path, page, article, error=f"dòng chưa được xử lý: {lines}")
        outcome = writer.write(article, args.dest, force=args.force, archive=archive)
    except ImportProblem as problem:
        return report.entry(path, error=str(problem), line=problem.line)
    except OSError as problem:
        return report.entry(path, error=os_problem(problem, path))
    except Exception as problem:  # noqa: BLE001 - a fault on one page must not cost the others their import
        message = f"lỗi ngoài dự kiến ({type(problem).__name__}: {problem}), trang chưa được nhập"
        return report.entry(path, error=message, detail=traceback.format_exc())
    return report.entry(path, page, article, outcome)


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


def main(argv=None):
    args = parser().parse_args(argv)
    problems = profiles_problems()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    archive = writer.Archive(args.dest)
    records = []
    try:
        for path in expand(args.paths):
            records.append(import_one(path, args, archive))
            print(report.summary(records[-1]), flush=True)
    finally:  # interrupted or not, the pages done so far are in the report
        reported = write_report(records, args.report)
    failed = [r for r in records if r["outcome"] in ("error", "conflict")]
    return 1 if failed or not records or not reported else 0
