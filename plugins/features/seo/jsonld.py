"""JSON-LD for articles: a schema.org NewsArticle, serialized so it cannot break its <script>."""

import json

from jinja2 import pass_context
from markupsafe import Markup

from plugins.features.cited_documents.tagging import cited_documents
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


# Issuing levels whose documents are the State's law (schema.org Legislation); the Party's
# resolutions, directives and plans are CreativeWork.
STATE_LEVELS = ("Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Thủ tướng Chính phủ",
                "Hội đồng nhân dân", "Ủy ban nhân dân")
STATE_KINDS = ("Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư")


def _citation(document, siteurl):
    """A document an article cites, with the address of its page on this site."""
    legislation = document.kind in STATE_KINDS or document.level in STATE_LEVELS
    name = f"{document.label}: {document.title}" if document.title else document.label
    data = {"@type": "Legislation" if legislation else "CreativeWork", "name": name, "url": f"{siteurl}/{document.url}"}
    if legislation:
        data["legislationIdentifier"] = document.label
    return data


@pass_context
def cited_document(context, document):
    """The dict of a cited document's own page: the document, dated, with its issuer and official text."""
    data = {"@context": "https://schema.org", **_citation(document, context["SITEURL"]), "inLanguage": "vi"}
    if document.issued:
        data["datePublished"] = document.issued.isoformat()
    if document.issuer:
        data["author"] = _organization(document.issuer)
    if document.link:
        data["sameAs"] = document.link
    return data


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
    citations = [_citation(document, siteurl) for document in cited_documents(article) if document.articles]
    if citations:
        data["citation"] = citations
    return data
