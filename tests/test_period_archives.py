"""Year, month and day archives hold what Pelican's own scan gives them, without the scan."""

import datetime
import random
from types import SimpleNamespace

import pytest

from plugins.speedups import period_archives

SETTINGS = {
    "YEAR_ARCHIVE_SAVE_AS": "{date:%Y}/index.html", "YEAR_ARCHIVE_URL": "{date:%Y}/",
    "MONTH_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/index.html", "MONTH_ARCHIVE_URL": "{date:%Y}/{date:%m}/",
    "DAY_ARCHIVE_SAVE_AS": "{date:%Y}/{date:%m}/{date:%d}/index.html", "DAY_ARCHIVE_URL": "{date:%Y}/{date:%m}/{date:%d}/",
}


def articles(count, seed):
    rng = random.Random(seed)
    start = datetime.datetime(2015, 1, 1, 8, 0)
    # Many on the same day, so that the order within a period matters.
    return [SimpleNamespace(date=start + datetime.timedelta(days=rng.randint(0, 900)), number=n) for n in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_archives_as_pelican(seed):
    site = articles(600, seed)
    site.sort(key=lambda item: item.date, reverse=True)
    dates = sorted(site, key=lambda item: item.date)
    # The site's list may hold fewer than the dates (Pelican tests membership): leave one out.
    listed = site[1:]
    ours = period_archives.build_period_archives(None, dates, listed, SETTINGS)
    pelican = period_archives.PELICAN_BUILD(None, dates, listed, SETTINGS)
    assert set(ours) == set(pelican) == {"year", "month", "day"}
    for granularity in pelican:
        assert len(ours[granularity]) == len(pelican[granularity]) > 1
        for mine, theirs in zip(ours[granularity], pelican[granularity]):
            assert mine.keys() == theirs.keys()
            for key in ("dates", "articles"):  # the same objects, in the same order
                assert [id(item) for item in mine[key]] == [id(item) for item in theirs[key]]
            assert {key: mine[key] for key in mine.keys() - {"dates", "articles"}} == {key: theirs[key] for key in theirs.keys() - {"dates", "articles"}}
