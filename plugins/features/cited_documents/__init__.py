"""The Party and State documents articles cite: detection, a page and a feed per document."""

import functools
import os

from pelican import signals

from plugins.features.front_matter import BuildError
from plugins.libs import pelican_internals
from plugins.libs.list_pages import generated_articles
from plugins.libs.plugin_settings import PluginSettings, Setting, positive_int, text, true_or_false

from .catalog import Catalog, load_catalog
from .pages import DocumentPage, DocumentsGenerator, group_listings, most_cited
from .tagging import DERIVED_KEY, citations_to_cite


def key_pattern(value, settings):
    """An address with {key} as its only placeholder: another ("{slug}") would stop the build half way."""
    if value is None or value == "":
        return None
    problem = text(value, settings)
    if problem:
        return problem
    try:
        value.format(key="van-ban")
    except (KeyError, IndexError, ValueError):
        return f"chỉ dùng {{key}} (mã văn bản) trong địa chỉ, không phải {value!r}"
    return None


SETTINGS = PluginSettings(
    DOCUMENTS_DATA=Setting("data/documents.yml", text),  # relative to PATH; titles, dates, links, other spellings
    DOCUMENTS_DETECT=Setting(True, true_or_false),  # False: only the documents written in front matter
    DOCUMENTS_URL=Setting("van-ban/{key}/", key_pattern),
    DOCUMENTS_SAVE_AS=Setting("van-ban/{key}/index.html", key_pattern),
    DOCUMENTS_INDEX_URL=Setting("van-ban/", text),
    DOCUMENTS_INDEX_SAVE_AS=Setting("van-ban/index.html", text),  # "" for no index
    DOCUMENTS_FEED_ATOM=Setting("feeds/van-ban/{key}.atom.xml", key_pattern),  # "" or None for none
    # The newest articles a document's feed carries: a feed reader needs the new ones, and a
    # much cited document's 100 full texts (FEED_MAX_ITEMS) weigh a megabyte per document.
    DOCUMENTS_FEED_MAX_ITEMS=Setting(20, positive_int),
    DOCUMENTS_TOP=Setting(10, positive_int),  # the most cited documents on the statistics page
    # Articles per document page, where PAGINATED_TEMPLATES leaves "document" to the default: an
    # entry is a headline, a date and one sentence, so a page holds three times a teaser list's.
    DOCUMENTS_PER_PAGE=Setting(30, positive_int),
)


@functools.lru_cache(maxsize=4)
def _load(path, _mtime_ns):
    """The catalog, reused while the file is unchanged (autoreload)."""
    return load_catalog(path)


def data_path(settings):
    return os.path.join(settings["PATH"], settings["DOCUMENTS_DATA"])


def catalog_for(settings):
    path = data_path(settings)
    return _load(path, os.stat(path).st_mtime_ns) if os.path.exists(path) else Catalog()


def paginate_document_pages(pelican):
    """Document pages are paginated by DOCUMENTS_PER_PAGE unless PAGINATED_TEMPLATES gives "document" a number."""
    paginated = pelican.settings["PAGINATED_TEMPLATES"]
    if paginated.get("document") is None:
        paginated["document"] = pelican.settings["DOCUMENTS_PER_PAGE"]


def _page(key, citation, catalog, settings):
    entry = catalog.get(key)
    feed = settings["DOCUMENTS_FEED_ATOM"]
    return DocumentPage(
        key,
        entry.citation if entry else citation,
        entry,
        url=settings["DOCUMENTS_URL"].format(key=key),
        save_as=settings["DOCUMENTS_SAVE_AS"].format(key=key),
        feed=feed.format(key=key) if feed else "",
    )


def _fill_from_text(page, mention):
    """The date and issuer an article gives, for documents the data file does not describe."""
    if mention is not None:
        page.issued_in_text = page.issued_in_text or mention.issued
        page.issuer_in_text = page.issuer_in_text or mention.issuer or ""


def tag_articles(generator):
    settings = generator.settings
    catalog = catalog_for(settings)
    pages, problems, cited = {}, [], []
    for article in generated_articles(generator):
        chosen, found = citations_to_cite(article, catalog, settings["DOCUMENTS_DETECT"])
        problems += found
        cited.append((article, chosen))
        # Read once, and heavy: left on the article, every page's reuse key would walk it.
        article.metadata.pop(DERIVED_KEY, None)
    if problems:
        raise BuildError(problems)
    mentions = {}  # (id of article, key) -> the mention that cites it, for dates and issuers
    for article, chosen in cited:
        for key, citation, mention in chosen:
            if key not in pages:
                pages[key] = _page(key, citation, catalog, settings)
            mentions[id(article), key] = mention
        article.cited_documents = [pages[key] for key, _, _ in chosen]
        # The sentence that cites each document, for the document pages' context.
        article.document_sentences = {key: mention.sentence for key, _, mention in chosen if mention}
    for article in generator.articles:  # published ones only, in the site's order
        for page in article.cited_documents:
            page.articles.append(article)
            _fill_from_text(page, mentions[id(article), page.key])
    ordered = dict(sorted(pages.items()))
    generator.context["document_pages"] = ordered
    generator.context["document_groups"] = group_listings(ordered.values())
    generator.context["top_cited_documents"] = most_cited(ordered.values(), settings["DOCUMENTS_TOP"])


def get_generators(_pelican):
    return DocumentsGenerator


def register():
    pelican_internals.ensure()
    # initialized: defaults must exist before any generator reads the settings.
    signals.initialized.connect(SETTINGS.apply)
    signals.initialized.connect(paginate_document_pages)
    # article_generator_finalized: every article is read (its citations detected in the
    # reading workers) and none is written yet, so pages, feeds, search and statistics agree.
    signals.article_generator_finalized.connect(tag_articles)
    # get_generators: the document pages are a generator of their own.
    signals.get_generators.connect(get_generators)
