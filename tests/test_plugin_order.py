"""The order of PLUGINS does not change the site: each plugin waits for the signal it needs."""

import pytest
from pelican.settings import read_settings

from sitebuild import ROOT, build, differences, varied_archive

pytestmark = pytest.mark.build


def test_the_plugins_in_reverse_order_build_the_same_site(tmp_path):
    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    reverse = plugins[::-1]
    as_listed = build(tmp_path / "listed", varied_archive(), DEFAULT_PAGINATION=3)
    reversed_ = build(tmp_path / "reversed", varied_archive(), DEFAULT_PAGINATION=3,
                      PLUGINS=reverse, STRICT_BUILD_PLUGINS=reverse)
    assert differences(as_listed.output, reversed_.output) == []
    assert all(as_listed.exists(url) for url in ("/page/2/", "/2019/03/", "/to-chuc/", "/don-vi/", "/thong-ke/", "/tim-kiem/"))
