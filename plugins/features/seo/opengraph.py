"""Open Graph values: plain-text titles and an absolute image URL for every article."""

import shutil
from pathlib import Path

from plugins.libs.html_text import visible_text

BUNDLED_IMAGE = Path(__file__).resolve().parent / "og-image.png"
DEFAULT_IMAGE = "chia-se.png"


def plain(html):
    """Visible text of a typogrified field: tags stripped, entities decoded, typogrify's
    non-breaking spaces (kept together for layout) read as spaces by machines."""
    return visible_text(html).replace("\xa0", " ")


def image_url(settings, article):
    """The article's `image` (a path under the site, or a full URL), else SEO_DEFAULT_IMAGE."""
    image = getattr(article, "image", None) or settings.get("SEO_DEFAULT_IMAGE", DEFAULT_IMAGE)
    image = image.removeprefix("{static}")
    return image if "://" in image else f"{settings['SITEURL']}/{image.lstrip('/')}"


def copy_default_image(pelican):
    """Write SEO_DEFAULT_IMAGE_SOURCE (the bundled 1200×630 card) to SEO_DEFAULT_IMAGE.

    Set SEO_DEFAULT_IMAGE_SOURCE = None when SEO_DEFAULT_IMAGE is a static file of the site.
    """
    source = pelican.settings.get("SEO_DEFAULT_IMAGE_SOURCE", BUNDLED_IMAGE)
    if source is None:
        return
    target = Path(pelican.output_path) / pelican.settings.get("SEO_DEFAULT_IMAGE", DEFAULT_IMAGE)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
