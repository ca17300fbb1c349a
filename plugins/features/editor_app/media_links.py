"""The app's media links made the site's: `/images/a.jpg` in a body becomes `{static}/images/a.jpg`.

Sveltia writes media paths from the site root and cannot write `{static}`; a
root path breaks under a GitHub project sub-path (https://<owner>.github.io/<repo>/).
As `{static}` links, Pelican makes them relative to SITEURL and says when a file is missing.
"""

import re

from plugins.libs import pelican_internals


def pattern(folder):
    """src="/images/…" or href='/images/…' (the HTML Markdown made of the app's links)."""
    return re.compile(r"""(\s(?:src|href)=["'])/(%s/)""" % re.escape(folder.strip("/")))


def rewrite(html, folder):
    return pattern(folder).sub(r"\1{static}/\2", html)


def site_links(content):
    """`content_object_init`: before Pelican rewrites {static} links, on first reading of the HTML."""
    settings = content.settings
    if "plugins.features.editor_app" not in (settings.get("PLUGINS") or ()):
        return
    html = pelican_internals.content_html(content)
    if html:
        folder = settings.get("EDITOR_APP_MEDIA_FOLDER", "images")
        pelican_internals.set_content_html(content, rewrite(html, folder))
