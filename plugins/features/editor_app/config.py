"""The editor's config.yml, made at build time from the content model and the site's data.

Written once per build from what the site already knows (schema, TIMEZONE, the
organization vocabulary, the categories in use, the slug length), so the editor
cannot drift from what `./dev check` accepts.
"""

import os
from dataclasses import dataclass

import yaml

from plugins.libs import slugs

from . import fields


@dataclass(frozen=True)
class Choices:
    """What the form offers: the site's zone, its categories and its organizations (id, name)."""

    timezone: str
    categories: tuple
    organizations: tuple


def backend(settings):
    """Sveltia's backend: GitHub (signed in with a token) or `test-repo` (in the browser, for tests)."""
    name = settings["EDITOR_APP_BACKEND"]
    if name != "github":
        return {"name": name}
    return {"name": "github", "repo": repository(settings), "branch": settings["EDITOR_APP_BRANCH"]}


def repository(settings):
    """owner/name: the setting, else the repository GitHub Actions builds."""
    return settings["EDITOR_APP_REPOSITORY"] or os.environ.get("GITHUB_REPOSITORY", "")


def slug_options(settings):
    """As close to plugins/libs/slugs.py as Sveltia allows: ASCII, no accents, '-', lower case,
    the same length. Where it differs (README): punctuation inside a word and long titles."""
    return {
        "encoding": "ascii",
        "clean_accents": True,
        "sanitize_replacement": "-",
        "lowercase": True,
        "trim": True,
        "maxlength": slugs.max_length(settings),
    }


def config(settings, choices):
    """The whole configuration, as a dict."""
    articles = settings["ARTICLE_PATHS"][0]
    images = settings["EDITOR_APP_MEDIA_FOLDER"]
    return {
        "backend": backend(settings),
        "app_title": f"Quản trị: {settings['SITENAME']}",
        # The site's address for the app's preview links; without one, the app's own origin.
        **({"site_url": settings["SITEURL"]} if settings["SITEURL"] else {}),
        "media_folder": f"{settings['EDITOR_APP_CONTENT_FOLDER']}/{images}",
        # Sveltia writes every media path from the site's root ("/images/a.jpg"): it puts a "/" before
        # anything but "." or "@", so `{static}/images` cannot be had; media_links.py reads them so.
        "public_folder": "/" + images,
        "slug": slug_options(settings),
        # The checker refuses an empty value (`summary: ""`): leave empty fields out of the file.
        "output": {"omit_empty_optional_fields": True},
        "collections": [
            {
                "name": "articles",
                "label": "Bài viết",
                "label_singular": "Bài viết",
                "folder": f"{settings['EDITOR_APP_CONTENT_FOLDER']}/{articles}",
                # The year of the article's date, not of the day it is written (Sveltia's {{year}}).
                "path": "{{fields.date | date('YYYY')}}/{{slug}}",
                "slug": "{{title}}",
                "extension": "md",
                "format": "yaml-frontmatter",
                "create": True,
                "summary": "{{title}} ({{date | date('DD/MM/YYYY')}})",
                "sortable_fields": ["date", "title"],
                # Said again here: without it Sveltia puts an entry's images beside its file.
                "media_folder": f"/{settings['EDITOR_APP_CONTENT_FOLDER']}/{images}",
                "public_folder": "/" + images,
                "fields": fields.form(choices),
            }
        ],
    }


def config_yaml(settings, choices):
    header = "# Tệp do việc dựng trang tạo ra (plugins/features/editor_app): đừng sửa tay.\n"
    return header + yaml.safe_dump(config(settings, choices), allow_unicode=True, sort_keys=False)
