"""Command line: `python -m importer PATH... [--dest DIR] [--unit NAME] [--category NAME] [--force]`.

Exit status 0 when every page was imported or already there unchanged, 1 when a page
failed or an existing article differs and --force was not given.
"""

import argparse
from pathlib import Path

from importer import extract, report, sources, writer

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


def import_one(path, args):
    try:
        page = sources.read_source(path)
        article = extract.extract(page, unit=args.unit, category=args.category)
    except (OSError, UnicodeDecodeError, extract.ImportProblem) as problem:
        return report.entry(path, error=str(problem))
    missing = report.unaccounted(page, article.dispositions)
    if missing:
        lines = ", ".join(str(line.number) for line in missing)
        return report.entry(path, page, article, error=f"dòng chưa được xử lý: {lines}")
    outcome = writer.write(article, args.dest, force=args.force)
    return report.entry(path, page, article, outcome)


def main(argv=None):
    args = parser().parse_args(argv)
    records = [import_one(path, args) for path in expand(args.paths)]
    for record in records:
        print(report.summary(record))
    report.write(records, args.report)
    print(f"Báo cáo: {args.report}")
    failed = [r for r in records if r["outcome"] in ("error", "conflict")]
    return 1 if failed or not records else 0
