"""Development settings: `pelican -s pelicanconf.py` builds the whole site into output/."""

import os
import sys

SITENAME = "Lưu trữ tin công tác dân vận"
SITESUBTITLE = "Tin giao ban, kết quả và hoạt động công tác dân vận của huyện"
SITEURL = ""
AUTHOR = "Ban Dân vận Huyện ủy"
# Shown in the footer in place of the legacy portals' agency footer and comment boxes.
SITE_PUBLISHER = "Ban Dân vận Huyện ủy"
SITE_CONTACT_EMAIL = "banddanvan@example.vn"
SITE_LINKS = ()  # ("Tên trang", "https://...") pairs: the legacy "Liên kết website"

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_CATEGORY = "Chưa phân loại"
USE_FOLDER_AS_CATEGORY = False
DEFAULT_PAGINATION = 10
DELETE_OUTPUT_DIRECTORY = True
# One language only: slug-based translation matching would pair up articles
# whose repeated headlines ("Hội nghị giao ban quý I") share a slug.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None


def newest_first(article):
    """Pelican's "reverse-date", with articles of the same date in file path order.

    Pelican finds the files in a set, whose order changes from run to run:
    without a tie-break, same-day articles swap places between builds.
    """
    return (-article.date.timestamp(), article.source_path)


ARTICLE_ORDER_BY = newest_first

# Markdown only: strict_build reports any other file left among the articles.
READERS = {"rst": None, "html": None, "htm": None}
# Our plugins are the package `plugins` of this folder, named by their dotted path
# ("plugins.features.search"): Pelican looks a bare name up among installed
# `pelican.plugins.*` packages first, and a dotted name is never one of those.
ROOT = os.path.dirname(os.path.abspath(__file__))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
PLUGIN_PATHS = []
# Features, then the speed-ups (plugins/speedups/). Signals reach plugins in this order, but
# the site does not depend on it: each plugin connects to the signal at which what it needs
# is ready (organizations are tagged when the articles are finalized, before any list or
# statistic is made). tests/test_plugin_order.py builds with the list reversed and compares.
PLUGINS = [
    "plugins.features.front_matter", "plugins.features.strict_build", "plugins.features.vietnamese_dates",
    "plugins.features.organizations", "plugins.features.cited_documents", "plugins.features.units", "plugins.features.archive_stats",
    "plugins.features.reporting_periods",
    "plugins.features.seo", "plugins.features.publish_files", "pelican.plugins.sitemap", "plugins.features.search",
    "plugins.features.editor_app",
    "plugins.speedups.page_window", "plugins.speedups.teasers", "plugins.speedups.year_months",
    "plugins.speedups.period_archives", "plugins.speedups.frozen_urls", "plugins.speedups.page_reuse",
]
# The speed-ups all at once (plugins/speedups/): False builds the same site the plain, slower way.
# SPEEDUPS_ENABLED = False
# Pelican logs a plugin that fails to load and builds on without it; strict_build
# stops instead (Pelican replaces PLUGINS with what loaded, hence the copy).
STRICT_BUILD_PLUGINS = list(PLUGINS)
# Each plugin declares its settings and their defaults once, in its SETTINGS
# (plugins/libs/plugin_settings.py): set one here only to choose otherwise. The
# build stops on a value a plugin cannot use. Among them: the organizations'
# vocabulary (ORGANIZATIONS_VOCABULARY, "data/organizations.yml" under content/)
# and pages (/to-chuc/), the cited documents' data file (DOCUMENTS_DATA,
# "data/documents.yml") and pages (/van-ban/), the units' pages (/don-vi/), the statistics page
# (/thong-ke/) and the widgets on every page (STATS_WIDGETS, in their order:
# one template each in theme/templates/widgets/), the reporting-period grid
# (/thong-ke/ky-bao-cao/), the search page (/tim-kiem/).

MARKDOWN = {
    "extensions": ["markdown.extensions.extra", "markdown.extensions.sane_lists"],
    "extension_configs": {},
    "output_format": "html5",
}

# typogrify, minus `caps`: it is not Unicode-aware and splits "HĐND", "QĐ/TW".
# Applied by the front_matter reader, as Pelican would, but in worker processes
# together with Markdown; Pelican's own TYPOGRIFY stays off so it is not applied twice.
TYPOGRIFY = False
FRONT_MATTER_TYPOGRIFY = True
TYPOGRIFY_OMIT_FILTERS = ["caps"]
# Values computed from each article's text while it is read (in the workers) and cached with it.
FRONT_MATTER_DERIVED = {
    "search_spellings": "plugins.features.search.spellings.article_spellings",
    "reporting_period": "plugins.features.reporting_periods.detect.article_period",
    "cited_documents": "plugins.features.cited_documents.detect.article_citations",
}

# URLs (directory style, Vietnamese paths).
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
DRAFT_URL = "ban-nhap/{slug}/"
DRAFT_SAVE_AS = DRAFT_URL + "index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
DRAFT_PAGE_URL = "ban-nhap/trang/{slug}/"
DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_URL + "index.html"
CATEGORY_URL = "chuyen-muc/{slug}/"
CATEGORY_SAVE_AS = CATEGORY_URL + "index.html"
CATEGORIES_URL = "chuyen-muc/"
CATEGORIES_SAVE_AS = CATEGORIES_URL + "index.html"
YEAR_ARCHIVE_URL = "{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = YEAR_ARCHIVE_URL + "index.html"
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_URL + "index.html"
ARCHIVES_URL = "luu-tru/"
ARCHIVES_SAVE_AS = ARCHIVES_URL + "index.html"
INDEX_URL = ""
INDEX_SAVE_AS = "index.html"
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "categories", "archives", "404"]
PAGINATED_TEMPLATES = {
    "index": None, "category": None, "period_archives": None, "unit": None, "organization": None,
    "document": None,
}
# Directory patterns: Pelican's default "{name}{number}" makes page 2 of
# "thẻ 25" the same file as "thẻ 252".
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

FEED_DOMAIN = "http://localhost:8000"  # feeds need absolute links; publishconf sets the real one
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/chuyen-muc/{slug}.atom.xml"
FEED_ALL_RSS = CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = TRANSLATION_FEED_RSS = None

# sitemap.xml (pelican-sitemap): every article and list page, not page 2.. of lists, nor the
# editing app (plugins/features/editor_app) should a later pelican-sitemap list plugins' pages.
SITEMAP = {"format": "xml", "exclude": [r"(^|/)page/\d+/$", r"^quan-tri/"]}

# Content cache: unchanged files are not read again. Checked by sha256 because git
# resets mtimes; dropped by front_matter when the reading code or settings change.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "sha256"
CACHE_PATH = "cache"
# Pelican rewrites the whole cache on every build: compressing it took 4 s of
# each 10,000-article build to save disk space that nothing needs.
GZIP_CACHE = False

# Autoescape: plain-text fields are escaped; HTML fields (title, summary, content)
# are marked |safe in the theme where they are printed.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
