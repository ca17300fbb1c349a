"""The grid's rules on plain values: which empty cells are missing, which period is the latest."""

from datetime import datetime

from plugins.features.reporting_periods.detect import Period
from plugins.features.reporting_periods.grid import Report, Row, tables
from plugins.features.reporting_periods.reports import latest

A, B = Row("a", "Đơn vị A", "don-vi/a/"), Row("b", "Đơn vị B", "don-vi/b/")
OWN = Row("", "Trang (bài không ghi đơn vị)")


def entry(row, period, day):
    """(row, Report) published on `day` ("2019-04-03")."""
    when = datetime.fromisoformat(day)
    return row, Report(period, f"{day}/{row.key}/", "Báo cáo", when.strftime("%d/%m/%Y"), when, (period.sort_key(), when, day))


def quarter(year, number):
    return Period(year, "quy", number)


def cells(table):
    """{row name: ["x" for a report, "—" missing, "" not counted]}."""
    return {
        grid_row.row.name: ["x" if cell.reports else "—" if cell.missing else "" for cell in grid_row.cells]
        for grid_row in table.rows
    }


def test_a_kind_counts_from_a_rows_first_report_of_it_across_years():
    entries = [
        entry(A, quarter(2018, 4), "2018-12-28"),
        entry(B, quarter(2019, 1), "2019-04-03"),
        entry(B, quarter(2019, 3), "2019-10-03"),
        entry(A, Period(2019, "nam"), "2019-12-20"),
    ]
    newest, oldest = tables(entries, "Đơn vị")
    assert [column.column for column in newest.columns] == ["Quý I", "Quý III", "Cả năm"]
    # A's quarters count from 2018's fourth; B has never published a year report.
    assert cells(newest) == {"Đơn vị A": ["—", "—", "x"], "Đơn vị B": ["x", "x", ""]}
    assert [row.missing for row in newest.rows] == [2, 0] and newest.missing == 2
    assert cells(oldest) == {"Đơn vị A": ["x"]}  # B had not begun in 2018: not shown


def test_a_row_that_stopped_publishing_is_still_shown_with_what_it_misses():
    entries = [entry(A, quarter(2018, 1), "2018-04-02"), entry(B, quarter(2019, 2), "2019-07-02")]
    newest = tables(entries, "Đơn vị")[0]
    assert cells(newest) == {"Đơn vị A": ["—"], "Đơn vị B": ["x"]}


def test_the_sites_own_row_comes_first_and_reports_of_one_cell_in_publication_order():
    entries = [
        entry(B, quarter(2019, 2), "2019-07-05"),
        entry(B, quarter(2019, 2), "2019-07-01"),
        entry(OWN, quarter(2019, 2), "2019-07-09"),
        entry(A, quarter(2019, 2), "2019-07-03"),
    ]
    table = tables(entries, "Đơn vị")[0]
    assert [grid_row.row.name for grid_row in table.rows] == [OWN.name, A.name, B.name]
    assert table.rows[2].cells[0].reports == (("2019-07-01/b/", "01/07/2019"), ("2019-07-05/b/", "05/07/2019"))


def test_columns_follow_the_kinds_order_then_number():
    periods = [Period(2019, "nam"), Period(2019, "nam-hoc", None, 2020), quarter(2019, 2), Period(2019, "thang", 11),
               Period(2019, "9-thang"), Period(2019, "6-thang"), quarter(2019, 1), Period(2019, "thang", 2)]
    entries = [entry(A, period, f"2019-{index + 1:02d}-01") for index, period in enumerate(periods)]
    assert [column.column for column in tables(entries, "Đơn vị")[0].columns] == [
        "Tháng 2", "Tháng 11", "Quý I", "Quý II", "6 tháng", "9 tháng", "Cả năm", "Năm học 2019–2020",
    ]


def test_latest_is_the_latest_period_ended_by_the_newest_reports_year():
    entries = [
        entry(A, quarter(2019, 3), "2019-10-02"),
        entry(B, quarter(2019, 3), "2019-10-04"),
        entry(B, quarter(2019, 2), "2019-07-04"),
        entry(A, quarter(2019, 2), "2019-07-01"),
        entry(OWN, quarter(2019, 2), "2019-07-03"),
        # A term that ends in 2024 and a plan for 2020 are not the latest period of 2019.
        entry(A, Period(2019, "nhiem-ky", None, 2024), "2019-11-01"),
        entry(B, Period(2020, "nam"), "2019-12-30"),
    ]
    found = latest(entries)
    assert (found.period, found.published, found.missing) == (quarter(2019, 3), 2, 1)  # the site's own row misses it
    assert latest([]) is None


def test_rows_in_the_order_a_reader_looks_names_up():
    names = ["Hội Nông dân", "Đoàn Thanh niên", "Công đoàn", "Ủy ban Mặt trận"]
    entries = [entry(Row(str(index), name), quarter(2019, 1), "2019-04-01") for index, name in enumerate(names)]
    rows = [grid_row.row.name for grid_row in tables(entries, "Tổ chức")[0].rows]
    assert rows == ["Công đoàn", "Đoàn Thanh niên", "Hội Nông dân", "Ủy ban Mặt trận"]
