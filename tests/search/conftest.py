"""One search site built per test module: real Pelican, real Pagefind."""

import pytest
from searchsite import PELICANCONF, archive, settings
from sitebuild import Site, write_files


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    root = tmp_path_factory.mktemp("search-site")
    write_files(root / "content", archive())
    overrides = settings(PATH=str(root / "content"), OUTPUT_PATH=str(root / "output"), CACHE_PATH=str(root / "cache"))
    Pelican(read_settings(str(PELICANCONF), override=overrides)).run()
    return Site(root / "output")
