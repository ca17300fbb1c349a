"""A reporting period (a month, a quarter, six or nine months, a year, a school year, a term) and its names.

One value type for what detection finds, what an editor writes in `period:` and what
the grid of reports shows, so the three can never disagree on a label or a key.
"""

from dataclasses import dataclass

# The grid's column order within a year.
KINDS = ("thang", "quy", "6-thang", "9-thang", "nam", "nam-hoc", "nhiem-ky")
ROMAN = ("I", "II", "III", "IV")
NUMBERED = {"thang": range(1, 13), "quy": range(1, 5)}
SPANNING = ("nam-hoc", "nhiem-ky")  # the only kinds that run over several years
# A school year runs from its opening in September to the end of the following
# summer, so that one school year ends where the next begins and the grid has no gap.
SCHOOL_YEAR_FIRST_MONTH, SCHOOL_YEAR_LAST_MONTH = 9, 8
DASH = "\u2013"  # en dash between the two years, as Vietnamese typesetting writes ranges


@dataclass(frozen=True, order=True)
class Period:
    """The period a report reviews.

    `year` is the first year of a school year or a term, `end_year` their last;
    `number` is the month (1–12) of "thang" and the quarter (1–4) of "quy".
    """

    year: int
    kind: str
    number: int | None = None
    end_year: int | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}; one of {', '.join(KINDS)}")
        if not 1000 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is not a four-digit year")
        if self.kind in NUMBERED:
            if self.number not in NUMBERED[self.kind]:
                raise ValueError(f"{self.kind} needs a number in {NUMBERED[self.kind]}, not {self.number!r}")
        elif self.number is not None:
            raise ValueError(f"{self.kind} takes no number")
        if self.kind in SPANNING:
            if self.end_year is None or self.end_year <= self.year:
                raise ValueError(f"{self.kind} needs an end_year after {self.year}, not {self.end_year!r}")
            if self.kind == "nam-hoc" and self.end_year != self.year + 1:
                raise ValueError(f"a school year lasts one year: {self.year}–{self.year + 1}, not {self.end_year}")
        elif self.end_year is not None:
            raise ValueError(f"{self.kind} takes no end_year")

    @property
    def _years(self):
        return f"{self.year}{DASH}{self.end_year}"

    @property
    def column(self):
        """The grid column inside a year: "Tháng 3", "Quý I", "Cả năm", "Năm học 2021–2022"."""
        return {
            "thang": lambda: f"Tháng {self.number}",
            "quy": lambda: f"Quý {ROMAN[(self.number or 1) - 1]}",
            "6-thang": lambda: "6 tháng",
            "9-thang": lambda: "9 tháng",
            "nam": lambda: "Cả năm",
            "nam-hoc": lambda: f"Năm học {self._years}",
            "nhiem-ky": lambda: f"Nhiệm kỳ {self._years}",
        }[self.kind]()

    @property
    def label(self):
        """What a reader sees: "Quý I/2019", "6 tháng đầu năm 2019", "Năm học 2021–2022"."""
        return {
            "thang": lambda: f"Tháng {self.number}/{self.year}",
            "quy": lambda: f"{self.column}/{self.year}",
            "6-thang": lambda: f"6 tháng đầu năm {self.year}",
            "9-thang": lambda: f"9 tháng năm {self.year}",
            "nam": lambda: f"Năm {self.year}",
            "nam-hoc": lambda: self.column,
            "nhiem-ky": lambda: self.column,
        }[self.kind]()

    @property
    def key(self):
        """ASCII and stable, for URLs and anchors: "2019-thang-03", "2019-quy-1", "2021-2022-nam-hoc"."""
        if self.kind in SPANNING:
            return f"{self.year}-{self.end_year}-{self.kind}"
        if self.kind == "thang":
            return f"{self.year}-thang-{self.number:02d}"
        if self.kind == "quy":
            return f"{self.year}-quy-{self.number}"
        return f"{self.year}-{self.kind}"

    @property
    def months(self):
        """(first, last) as ((year, month), (year, month))."""
        if self.kind == "thang":
            return (self.year, self.number), (self.year, self.number)
        if self.kind == "quy":
            return (self.year, 3 * self.number - 2), (self.year, 3 * self.number)
        if self.kind == "nam-hoc":
            return (self.year, SCHOOL_YEAR_FIRST_MONTH), (self.end_year, SCHOOL_YEAR_LAST_MONTH)
        if self.kind == "nhiem-ky":
            return (self.year, 1), (self.end_year, 12)
        last = {"6-thang": 6, "9-thang": 9, "nam": 12}[self.kind]
        return (self.year, 1), (self.year, last)

    @property
    def temporal_coverage(self):
        """ISO 8601 for schema.org temporalCoverage: "2019-03", "2019-01/2019-03", "2019", "2021-09/2022-08", "2019/2024".

        A whole year is written as the year, a term as its two years (a term runs
        from one congress to the next, whose months vary); the rest as months.
        """
        if self.kind == "nam":
            return str(self.year)
        if self.kind == "nhiem-ky":
            return f"{self.year}/{self.end_year}"
        (first_year, first), (last_year, last) = self.months
        if (first_year, first) == (last_year, last):
            return f"{first_year}-{first:02d}"
        return f"{first_year}-{first:02d}/{last_year}-{last:02d}"

    def sort_key(self):
        """Chronological by the month a period ends, the shorter first when two end together.

        "Quý IV/2019" comes before "Năm 2019", both before "Quý I/2020"; reports of
        the same kind then follow each other as they were held.
        """
        (first_year, first), end = self.months
        return (*end, -(first_year * 12 + first), KINDS.index(self.kind))
