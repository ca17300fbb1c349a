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


def build_editor_site(root, files=None, **overrides):
    """Build `files` (default: content()) with the real Pelican; the Site of its output."""
    from pelican import Pelican  # noqa: PLC0415
    from pelican.settings import read_settings  # noqa: PLC0415

    write_files(root / "content", content() if files is None else files)
    Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=settings(root, **overrides))).run()
    return Site(root / "output")
