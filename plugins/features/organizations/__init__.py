"""Tag articles with the organizations they involve; a page and a feed per organization."""

import functools
import os

from pelican import signals

from plugins.features.front_matter import BuildError
from plugins.libs import pelican_internals
from plugins.libs.plugin_settings import PluginSettings, Setting, text, text_or_none, true_or_false

from .detect import Detector
from .pages import OrganizationsGenerator, group_listings, make_pages
from .remembered import RememberedDetector, detector_key
from .tagging import organizations_to_tag, unknown_ids
from .vocabulary import Vocabulary, load_vocabulary

SETTINGS = PluginSettings(
    ORGANIZATIONS_VOCABULARY=Setting("data/organizations.yml", text),  # relative to PATH
    ORGANIZATIONS_DETECT=Setting(True, true_or_false),  # False: only the ids written in front matter
    ORGANIZATIONS_URL=Setting("to-chuc/{slug}/", text),
    ORGANIZATIONS_SAVE_AS=Setting("to-chuc/{slug}/index.html", text),
    ORGANIZATIONS_INDEX_URL=Setting("to-chuc/", text),
    ORGANIZATIONS_INDEX_SAVE_AS=Setting("to-chuc/index.html", text),  # "" for no index
    ORGANIZATIONS_FEED_ATOM=Setting("feeds/to-chuc/{slug}.atom.xml", text_or_none),  # "" or None for none
    # In CACHE_PATH, with CACHE_CONTENT on: what was detected in each text, for the next build; "" for none.
    ORGANIZATIONS_REMEMBERED=Setting("organizations-detected", text),
)


@functools.lru_cache(maxsize=4)
def _load(path, _mtime_ns):
    """Vocabulary and compiled detector, reused while the file is unchanged (autoreload)."""
    vocabulary = load_vocabulary(path)
    return vocabulary, Detector(vocabulary)


def vocabulary_path(settings):
    return os.path.join(settings["PATH"], settings["ORGANIZATIONS_VOCABULARY"])


def paginate_organization_pages(pelican):
    """Organization pages are paginated like categories unless the site says otherwise."""
    pelican.settings["PAGINATED_TEMPLATES"].setdefault("organization", None)


def generated_articles(generator):
    """Every article the articles generator holds, translations included (they are not in
    the shared context): published, hidden and draft, since each page shows its tags."""
    for name in ("articles", "translations", "hidden_articles", "hidden_translations", "drafts", "drafts_translations"):
        yield from getattr(generator, name, ())


def tag_articles(generator):
    settings = generator.settings
    path = vocabulary_path(settings)
    if not os.path.exists(path):
        vocabulary, detector = Vocabulary((), ()), None
    else:
        vocabulary, detector = _load(path, os.stat(path).st_mtime_ns)
    if not settings["ORGANIZATIONS_DETECT"]:
        detector = None
    remembered = settings["ORGANIZATIONS_REMEMBERED"] if settings.get("CACHE_CONTENT") else ""
    if detector is not None and remembered:
        detector = RememberedDetector(
            detector, vocabulary, os.path.join(settings["CACHE_PATH"], remembered), detector_key(path)
        )
    articles = list(generated_articles(generator))
    problems = [problem for article in articles for problem in unknown_ids(article, vocabulary)]
    if problems:
        raise BuildError(problems)
    pages = make_pages(vocabulary, settings)
    for article in articles:
        article.organizations = [pages[organization.id] for organization in organizations_to_tag(article, vocabulary, detector)]
    for article in generator.articles:  # published ones only, in the site's order
        for page in article.organizations:
            page.articles.append(article)
    if isinstance(detector, RememberedDetector):
        detector.save()
    generator.context["organization_pages"] = pages
    generator.context["organization_groups"] = group_listings(vocabulary, pages)


def get_generators(_pelican):
    return OrganizationsGenerator


def register():
    pelican_internals.ensure()
    # initialized: defaults must exist before any generator reads the settings.
    signals.initialized.connect(SETTINGS.apply)
    signals.initialized.connect(paginate_organization_pages)
    # article_generator_finalized: every article is read and none is written yet,
    # so pages, feeds and other plugins' statistics all see the same tags.
    signals.article_generator_finalized.connect(tag_articles)
    # get_generators: the organization pages are a generator of their own.
    signals.get_generators.connect(get_generators)
