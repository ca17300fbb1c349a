"""The editing app at /quan-tri/: editors without git write, check and publish articles in the browser.

Sveltia CMS (a static, git-based CMS) is copied from its pinned npm tarball; its
config.yml is made at each build from the content model (fields.py, config.py), so
a new organization or category shows in the form after the next build.
"""

from pathlib import Path

from pelican import signals

from plugins.features.organizations import vocabulary_path
from plugins.features.organizations.vocabulary import load_vocabulary
from plugins.libs.plugin_settings import PluginSettings, Setting, list_of_text, text

from . import app_files, media_links
from .config import Choices, config_yaml
from .fields import UnmappedField, unmapped

BACKENDS = ("github", "test-repo")


def _backend(value, _settings):
    if value not in BACKENDS:
        return f"phải là một trong {', '.join(BACKENDS)}, không phải {value!r}"
    return None


SETTINGS = PluginSettings(
    EDITOR_APP_SAVE_AS=Setting("quan-tri/index.html", text),
    EDITOR_APP_PACKAGE=Setting("@sveltia/cms", text),
    EDITOR_APP_VERSION=Setting("0.221.1", text),
    EDITOR_APP_INTEGRITY=Setting(
        "sha512-J+Qoik9kGMk2L7vNpOQrnDmFRi+NB6vwJ0f657YtsxWH0P8WYSYRRSRC2pQ/jGGbVlM//Pg/WIgmkpswqoo3gQ==", text
    ),
    # The icon font the app loads from jsDelivr, served beside it instead (app_files.py).
    EDITOR_APP_ICONS_PACKAGE=Setting("@fontsource-variable/material-symbols-outlined", text),
    EDITOR_APP_ICONS_VERSION=Setting("5.3.7", text),
    EDITOR_APP_ICONS_INTEGRITY=Setting(
        "sha512-d6kLamaMdad40AYoyJEBgCH63fRLklC7GW7bgb7WWbPh/UzuW483Dlyfmn3vxpiNsHLIMBOcYYkZDtOC9Y3MUA==", text
    ),
    # "github": editors sign in with a GitHub token; "test-repo": files kept in the browser (tests).
    EDITOR_APP_BACKEND=Setting("github", _backend),
    # owner/name; empty: GITHUB_REPOSITORY, which GitHub Actions sets for the published build.
    EDITOR_APP_REPOSITORY=Setting("", text),
    EDITOR_APP_BRANCH=Setting("main", text),
    # Relative to the repository: where the content folder is, and the images in it.
    EDITOR_APP_CONTENT_FOLDER=Setting("content", text),
    EDITOR_APP_MEDIA_FOLDER=Setting("images", text),
    # Offered even before an article uses them; the categories in use are added at each build.
    EDITOR_APP_CATEGORIES=Setting(["Giao ban", "Tổng kết năm", "Tin hoạt động"], list_of_text),
)
# Categories in use, per build (by output folder), from the articles generator.
CATEGORIES = {}


def check_form(pelican):
    """A schema field without a widget or a reason stops the build before anything is read."""
    if __name__ in pelican.settings["PLUGINS"] and unmapped():
        raise UnmappedField(unmapped())


def app_folder(settings):
    """The output's top folder holding the app ("quan-tri")."""
    return Path(settings["EDITOR_APP_SAVE_AS"]).parts[0]


def keep_app_folder(pelican):
    """The app's folder survives the cleaning of the output, as OUTPUT_RETENTION says, and is
    updated file by file: a warm build leaves its 5 MB, and its page's date, as they were."""
    settings = pelican.settings
    if __name__ in settings["PLUGINS"] and app_folder(settings) not in settings["OUTPUT_RETENTION"]:
        settings["OUTPUT_RETENTION"] = [*settings["OUTPUT_RETENTION"], app_folder(settings)]


def remember_categories(generator):
    names = sorted({category.name for category, _ in generator.categories})
    CATEGORIES[generator.output_path] = tuple(names)


def choices(settings, categories):
    path = vocabulary_path(settings)
    vocabulary = load_vocabulary(path) if Path(path).exists() else None
    organizations = tuple((item.id, item.name) for item in vocabulary.organizations) if vocabulary else ()
    return Choices(timezone=settings["TIMEZONE"], categories=tuple(categories), organizations=organizations)


def write_app(pelican):
    settings = pelican.settings
    if __name__ not in settings["PLUGINS"]:  # registered by an earlier run in this process
        return
    categories = sorted({*settings["EDITOR_APP_CATEGORIES"], *CATEGORIES.pop(pelican.output_path, ())})
    text = config_yaml(settings, choices(settings, categories))
    folder = Path(pelican.output_path, settings["EDITOR_APP_SAVE_AS"]).parent
    app_files.write(folder, settings, text)


def register():
    # initialized: the EDITOR_APP_ defaults.
    signals.initialized.connect(SETTINGS.apply)
    # initialized: before the output is cleaned (Pelican) or set aside (page_reuse).
    signals.initialized.connect(keep_app_folder)
    # initialized: a schema field the form lacks stops the build before anything is read or deleted.
    signals.initialized.connect(check_form)
    # article_generator_finalized: the categories of every article are known.
    signals.article_generator_finalized.connect(remember_categories)
    # content_object_init: each article's HTML, before Pelican resolves its {static} links.
    signals.content_object_init.connect(media_links.site_links)
    # finalized: the output folder exists and will not be emptied again.
    signals.finalized.connect(write_app)
