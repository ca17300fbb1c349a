"""One production build per session, served under a sub-path like a GitHub project site."""

import pytest
from publishsite import SUBPATH, build_published
from plugins.libs.static_site_server import serve


@pytest.fixture(scope="session")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("published")
    (root / "output").mkdir()
    # The server starts first: SITEURL needs its port, and it serves whatever the build writes.
    with serve(root / "output", prefix=SUBPATH) as base:
        yield build_published(root, base.rstrip("/"))
