"""Period: the names a reader sees, the keys in addresses, the schema.org coverage and the order of reports."""

import pickle

import pytest

from plugins.features.reporting_periods.detect import KINDS, Period

CASES = [
    # period, label, column, key, temporal_coverage
    (Period(2019, "thang", 3), "Tháng 3/2019", "Tháng 3", "2019-thang-03", "2019-03"),
    (Period(2019, "thang", 12), "Tháng 12/2019", "Tháng 12", "2019-thang-12", "2019-12"),
    (Period(2019, "quy", 1), "Quý I/2019", "Quý I", "2019-quy-1", "2019-01/2019-03"),
    (Period(2019, "quy", 4), "Quý IV/2019", "Quý IV", "2019-quy-4", "2019-10/2019-12"),
    (Period(2019, "6-thang"), "6 tháng đầu năm 2019", "6 tháng", "2019-6-thang", "2019-01/2019-06"),
    (Period(2019, "9-thang"), "9 tháng năm 2019", "9 tháng", "2019-9-thang", "2019-01/2019-09"),
    (Period(2023, "nam"), "Năm 2023", "Cả năm", "2023-nam", "2023"),
    (Period(2021, "nam-hoc", end_year=2022), "Năm học 2021–2022", "Năm học 2021–2022", "2021-2022-nam-hoc",
     "2021-09/2022-08"),
    (Period(2019, "nhiem-ky", end_year=2024), "Nhiệm kỳ 2019–2024", "Nhiệm kỳ 2019–2024", "2019-2024-nhiem-ky",
     "2019/2024"),
]


@pytest.mark.parametrize("period, label, column, key, coverage", CASES, ids=[case[3] for case in CASES])
def test_names_keys_and_coverage(period, label, column, key, coverage):
    assert (period.label, period.column, period.key, period.temporal_coverage) == (label, column, key, coverage)


def test_keys_are_ascii_and_url_safe_and_distinct():
    keys = [case[0].key for case in CASES]
    assert len(set(keys)) == len(keys)
    assert all(key.isascii() and key.replace("-", "").isalnum() for key in keys)


def test_kinds_are_in_the_order_of_the_grid_columns():
    assert KINDS == ("thang", "quy", "6-thang", "9-thang", "nam", "nam-hoc", "nhiem-ky")


def test_reports_sort_by_the_month_they_end_and_the_shorter_first():
    periods = [
        Period(2020, "quy", 1), Period(2019, "nam"), Period(2019, "quy", 4), Period(2019, "9-thang"),
        Period(2019, "6-thang"), Period(2019, "quy", 2), Period(2019, "thang", 6), Period(2019, "thang", 12),
        Period(2019, "nam-hoc", end_year=2020), Period(2015, "nhiem-ky", end_year=2020),
    ]
    ordered = sorted(periods, key=Period.sort_key)
    assert [period.key for period in ordered] == [
        "2019-thang-06", "2019-quy-2", "2019-6-thang", "2019-9-thang", "2019-thang-12", "2019-quy-4",
        "2019-nam", "2020-quy-1", "2019-2020-nam-hoc", "2015-2020-nhiem-ky",
    ]


def test_previous_report_of_the_same_kind_is_the_one_sorted_before():
    quarters = sorted([Period(2020, "quy", 1), Period(2019, "quy", 4), Period(2019, "quy", 3)], key=Period.sort_key)
    assert [period.label for period in quarters] == ["Quý III/2019", "Quý IV/2019", "Quý I/2020"]


def test_periods_survive_pickling_and_compare_by_value():
    period = Period(2021, "nam-hoc", end_year=2022)
    assert pickle.loads(pickle.dumps(period)) == period
    assert len({Period(2019, "quy", 1), Period(2019, "quy", 1)}) == 1


@pytest.mark.parametrize("arguments", [
    (2019, "quarter", 1), (2019, "quy", 5), (2019, "quy", None), (2019, "thang", 13), (2019, "nam", 1),
    (2021, "nam-hoc", None, 2023), (2019, "nhiem-ky"), (2019, "nam", None, 2020), (19, "nam"),
])
def test_impossible_periods_are_refused(arguments):
    with pytest.raises(ValueError):
        Period(*arguments)
