"""The periodic-report archive of periodsite.py, built once per test module."""

import pytest
from periodsite import SETTINGS, archive
from sitebuild import build


@pytest.fixture(scope="module")
def period_site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("period-site"), archive(), **SETTINGS)
