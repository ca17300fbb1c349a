"""The Vietnamese editor guide shows every screenshot the browser test takes, and each one is in docs/."""

import re
import struct

from editorsite import GUIDE_FOLDER, GUIDE_SCREENSHOTS
from sitebuild import ROOT

SECTION = "### Viết bài trên trình duyệt"
PNG = b"\x89PNG\r\n\x1a\n"


def guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(SECTION)
    end = readme.find("\n### ", start + len(SECTION))
    return readme[start:end if end > 0 else None]


def test_the_guide_shows_each_screenshot_in_order():
    images = re.findall(r"!\[([^\]]+)\]\(([^)]+)\)", guide())
    assert [path for _, path in images] == [f"{GUIDE_FOLDER.relative_to(ROOT).as_posix()}/{name}" for name in GUIDE_SCREENSHOTS]
    assert all(alt.strip() for alt, _ in images), "each screenshot is described"


def test_each_screenshot_is_a_png_in_docs():
    for name in GUIDE_SCREENSHOTS:
        data = (GUIDE_FOLDER / name).read_bytes()
        assert data.startswith(PNG), name
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (1280, 860), name
