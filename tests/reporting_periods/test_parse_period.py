"""The `period:` an editor writes: the forms writers use, "không", and a Vietnamese error for anything else."""

import pytest

from plugins.features.reporting_periods.detect import Period, parse_period


@pytest.mark.parametrize("value, expected", [
    ("quý I/2019", Period(2019, "quy", 1)),
    ("Quý 1 năm 2019", Period(2019, "quy", 1)),
    ("QUÝ IV - 2020", Period(2020, "quy", 4)),
    ("quy 2 nam 2021", Period(2021, "quy", 2)),
    ("6 tháng đầu năm 2019", Period(2019, "6-thang")),
    ("sáu tháng đầu năm 2019", Period(2019, "6-thang")),
    ("9 tháng năm 2019", Period(2019, "9-thang")),
    ("9 tháng đầu năm 2019", Period(2019, "9-thang")),
    ("năm 2023", Period(2023, "nam")),
    ("Năm 2023", Period(2023, "nam")),
    ("năm học 2021-2022", Period(2021, "nam-hoc", end_year=2022)),
    ("năm học 2021 – 2022", Period(2021, "nam-hoc", end_year=2022)),
    ("nhiệm kỳ 2019–2024", Period(2019, "nhiem-ky", end_year=2024)),
    ("nhiem ky 2019-2024", Period(2019, "nhiem-ky", end_year=2024)),
    ("tháng 3/2019", Period(2019, "thang", 3)),
    ("tháng 03 năm 2019", Period(2019, "thang", 3)),
    ("2019-quy-1", Period(2019, "quy", 1)),
    ("2021-2022-nam-hoc", Period(2021, "nam-hoc", end_year=2022)),
])
def test_accepted_forms(value, expected):
    assert parse_period(value) == expected


@pytest.mark.parametrize("value", ["không", "Không", "KHONG", " không "])
def test_khong_means_not_periodic(value):
    assert parse_period(value) is None


@pytest.mark.parametrize("value", [
    "", "2019", "quý 5/2019", "quý I", "tháng 13/2019", "quý I/2019 và quý II/2019", "giao ban quý I/2019",
    "6 tháng cuối năm 2019", "năm học 2021-2023", "nhiệm kỳ 2024-2019", "Tháng Thanh niên năm 2019", "có",
])
def test_anything_else_is_refused_in_vietnamese_with_the_accepted_forms(value):
    with pytest.raises(ValueError) as error:
        parse_period(value)
    message = str(error.value)
    assert "Không đọc được kỳ báo cáo" in message
    assert all(form in message for form in ("quý I/2019", "6 tháng đầu năm 2019", "năm học 2021-2022", "không"))
