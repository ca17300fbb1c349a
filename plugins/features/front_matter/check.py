"""Validate every content file without building the site (`invoke check`).

The organization vocabulary is content too: a broken one, or an article naming an
organization it lacks, stops the build, so the check reads it as the build does;
so is the search's table of abbreviations (data/abbreviations.yml). A `period:` that
names no reporting period stops the build too, and is reported here the same way.
"""

import os
from dataclasses import dataclass, field

from pelican.contents import Article, Page

from plugins.features.organizations import SETTINGS as ORGANIZATION_SETTINGS
from plugins.features.organizations.tagging import unknown_ids
from plugins.features.organizations.vocabulary import Vocabulary, VocabularyError, read_vocabulary
from plugins.features.reporting_periods.override import period_problems
from plugins.features.search.synonyms import SEARCH_ABBREVIATIONS, abbreviation_problems

from .errors import ContentError
from .integrity import unread_files, url_collisions
from .reader import FrontMatterMarkdownReader

ORGANIZATIONS_PLUGIN = "plugins.features.organizations"
PERIODS_PLUGIN = "plugins.features.reporting_periods"
SEARCH_PLUGIN = "plugins.features.search"


@dataclass
class CheckResult:
    checked: int = 0
    errors: list = field(default_factory=list)
    reviews: list = field(default_factory=list)  # (path, line, what to check)


def _content_files(root, extensions):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.rpartition(".")[2] in extensions:
                yield os.path.join(folder, name)


def _vocabulary(settings, result):
    """The organization vocabulary as the build reads it, or None when it has problems (in result)."""
    relative = settings.get("ORGANIZATIONS_VOCABULARY", ORGANIZATION_SETTINGS.defaults["ORGANIZATIONS_VOCABULARY"])
    path = os.path.join(settings["PATH"], relative)
    if not os.path.exists(path):  # the build tags nothing then, and refuses every id written
        return Vocabulary((), ())
    result.checked += 1
    try:
        return read_vocabulary(path)
    except VocabularyError as error:
        result.errors += error.problems
        return None


def check_content(settings):
    """Every problem the build would stop on, plus the `review:` items to confirm."""
    reader = FrontMatterMarkdownReader(settings)
    extensions = set(reader.file_extensions)
    content_path = settings["PATH"]
    result = CheckResult()
    contents = []
    for folders, content_class in (
        (settings["ARTICLE_PATHS"], Article),
        (settings["PAGE_PATHS"], Page),
    ):
        for folder in folders:
            for path in _content_files(os.path.join(content_path, folder), extensions):
                result.checked += 1
                try:
                    metadata = reader.read_metadata(path)
                except ContentError as error:
                    result.errors.append(error)
                    continue
                line = metadata["key_lines"].get("review", 1)
                result.reviews += [(path, line, item) for item in metadata.get("review", [])]
                contents.append(content_class("", metadata, settings=settings, source_path=path))
    result.errors += unread_files(
        content_path, settings["ARTICLE_PATHS"] + settings["PAGE_PATHS"], extensions
    )
    result.errors += url_collisions(item for item in contents if item.save_as)
    if ORGANIZATIONS_PLUGIN in settings.get("PLUGINS", ()):
        vocabulary = _vocabulary(settings, result)
        if vocabulary is not None:
            articles = (item for item in contents if isinstance(item, Article))
            result.errors += [problem for article in articles for problem in unknown_ids(article, vocabulary)]
    if PERIODS_PLUGIN in settings.get("PLUGINS", ()):
        result.errors += period_problems(item for item in contents if isinstance(item, Article))
    if SEARCH_PLUGIN in settings.get("PLUGINS", ()):
        if os.path.exists(os.path.join(content_path, settings.get("SEARCH_ABBREVIATIONS") or SEARCH_ABBREVIATIONS)):
            result.checked += 1
        result.errors += abbreviation_problems(settings)
    return result
