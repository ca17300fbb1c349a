"""JSON-LD for articles: a schema.org NewsArticle, serialized so it cannot break its <script>."""

import json

from jinja2 import pass_context
from markupsafe import Markup

from plugins.features.organizations.tagging import tagged_organizations
from plugins.libs.timezone import site_zone

from .opengraph import image_url, plain

# json.dumps leaves "<", ">" and "&" alone: a headline containing "</script>"
# would end the element early. \u escapes are the same characters to JSON.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_ld(data):
    """A dict as JSON text that is safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_HTML_SAFE))


def local_iso(moment, zone):
    """2018-10-03T08:00:00+07:00: the site's time zone, always with its offset."""
    return moment.astimezone(zone).isoformat(timespec="seconds")


def _organization(name, url=None):
    return {"@type": "Organization", "name": name, **({"url": url} if url else {})}


def _authors(article, publisher):
    """Named bylines are people; the site's default author is the publishing office."""
    names = [str(author) for author in getattr(article, "authors", ())]
    return [_organization(publisher) if name == publisher else {"@type": "Person", "name": name} for name in names]


@pass_context
def news_article(context, article):
    """The NewsArticle dict of one article, for the json_ld filter."""
    siteurl = context["SITEURL"]
    zone = site_zone(context)
    url = f"{siteurl}/{article.url}"
    publisher = context.get("SITE_PUBLISHER") or context.get("AUTHOR") or plain(context["SITENAME"])
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": plain(article.title),
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": local_iso(article.date, zone),
        "inLanguage": context.get("DEFAULT_LANG") or "vi",
        "image": [image_url(context, article)],
        "author": _authors(article, publisher) or [_organization(publisher)],
        "publisher": _organization(publisher, f"{siteurl}/"),
    }
    modified = getattr(article, "modified", None)
    if modified and modified != article.date:
        data["dateModified"] = local_iso(modified, zone)
    if getattr(article, "category", None):
        data["articleSection"] = article.category.name
    period = getattr(article, "reporting_period", None)  # plugins/features/reporting_periods
    if period is not None:
        data["temporalCoverage"] = period.temporal_coverage
    about = [_organization(organization.name) for organization in tagged_organizations(article)]
    if about:
        data["about"] = about
    return data
