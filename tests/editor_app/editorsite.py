"""The site the editing app's tests build: the real vocabulary plus one organization of their own."""

import yaml
from sitebuild import ROOT, Site, article, write_files

# An organization only this site has: it must reach the editor's form through the build.
EXTRA_ORGANIZATION = {
    "id": "hoi-sinh-vat-canh", "name": "Hội Sinh vật cảnh", "group": "mat-tran-doan-the", "aliases": ["Hội Sinh vật cảnh"],
}
# A category only an article of this site uses.
EXTRA_CATEGORY = "Gương điển hình"


def vocabulary():
    data = yaml.safe_load((ROOT / "content" / "data" / "organizations.yml").read_text(encoding="utf-8"))
    data["organizations"].append(EXTRA_ORGANIZATION)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def content():
    return {
        "data/organizations.yml": vocabulary(),
        "articles/2024/tuyen-duong.md": article(
            "Tuyên dương gương người tốt việc tốt", "2024-05-19T08:00:00+07:00",
            "Hội nghị tuyên dương các gương điển hình trong phong trào “Dân vận khéo”.",
            category=EXTRA_CATEGORY,
        ),
    }


def settings(root, **overrides):
    return {
        "PATH": str(root / "content"),
        "OUTPUT_PATH": str(root / "output"),
        "CACHE_PATH": str(root / "cache"),
        "EDITOR_APP_BACKEND": "test-repo",
        **overrides,
    }


def read_site_settings(root, **overrides):
    """pelicanconf.py with the folders under root: what both the build and `./dev check` read."""
    from pelican.settings import read_settings  # noqa: PLC0415

    return read_settings(str(ROOT / "pelicanconf.py"), override=settings(root, **overrides))


def build_editor_site(root, files=None, **overrides):
    """Build `files` (default: content()) with the real Pelican; the Site of its output."""
    from pelican import Pelican  # noqa: PLC0415

    write_files(root / "content", content() if files is None else files)
    Pelican(read_site_settings(root, **overrides)).run()
    return Site(root / "output")


# The Vietnamese guide's screenshots (README, "Viết bài trên trình duyệt"), in the order of the
# guide; the browser test takes them, `./dev screenshots` keeps them in GUIDE_FOLDER.
GUIDE_FOLDER = ROOT / "docs" / "images" / "quan-tri"
GUIDE_SCREENSHOTS = ("dang-nhap.png", "bai-moi.png", "anh.png", "ban-nhap.png", "xuat-ban.png")
# Set by `./dev screenshots` only: where the browser test writes the guide's screenshots.
GUIDE_ENV = "EDITOR_GUIDE_SCREENSHOTS"
