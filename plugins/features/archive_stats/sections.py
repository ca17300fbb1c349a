"""The /thong-ke/ page as data: sections of a heading, an optional chart, a table."""

from dataclasses import dataclass

from .charts import BarChart, bar_chart


@dataclass
class Section:
    id: str
    heading: str
    head: list  # column headings; the first is the row headings' column
    rows: list  # [(row heading, [cell, ...])]
    chart: BarChart = None


def _single(pairs):
    return [(label, [count]) for label, count in pairs]


def sections_for(figures, top_organizations):
    """Every section with rows; a chart shares its numbers with the table below it."""
    years = [year for year, _ in figures.per_year]
    sections = [
        # Years oldest first, the order of the tables: the bars read downwards as a timeline.
        Section("theo-nam", "Số bài viết theo năm", ["Năm", "Số bài"], _single(figures.per_year),
                bar_chart("Biểu đồ số bài viết theo năm", figures.per_year, "bieu-do-theo-nam",
                          short_labels=True)),
        Section("theo-thang", "Số bài viết theo tháng", ["Năm", *(f"Th{m}" for m in range(1, 13))],
                [(year, [count for _, count in months]) for year, months in figures.per_month]),
        Section("theo-chuyen-muc", "Số bài viết theo chuyên mục", ["Chuyên mục", "Số bài"],
                _single(figures.per_category),
                bar_chart("Biểu đồ số bài viết theo chuyên mục", figures.per_category, "bieu-do-chuyen-muc")),
        Section("chuyen-muc-theo-nam", "Chuyên mục theo năm", ["Chuyên mục", *years], figures.category_by_year),
        Section("theo-to-chuc", f"{top_organizations} tổ chức có nhiều bài viết nhất", ["Tổ chức", "Số bài"],
                _single(figures.per_organization[:top_organizations]),
                bar_chart(f"Biểu đồ {top_organizations} tổ chức có nhiều bài viết nhất",
                          figures.per_organization[:top_organizations], "bieu-do-to-chuc")),
        Section("to-chuc-theo-nam", "Tổ chức theo năm", ["Tổ chức", *years], figures.organization_by_year),
        Section("theo-don-vi", "Số bài viết theo đơn vị", ["Đơn vị", "Số bài"], _single(figures.per_unit)),
    ]
    return [section for section in sections if section.rows]
