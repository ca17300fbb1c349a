"""Articles to files under the archive, never overwriting a different or edited one silently.

A file is `<dest>/<year>/<slug>.md`. Re-importing the same page finds the same file:
identical content is left alone, different content needs --force. Two articles whose
headlines give one slug (real headlines repeat) get `-2`, `-3`... and an explicit `slug:`.
"""

from dataclasses import dataclass
from datetime import date
from itertools import count
from pathlib import Path

import yaml
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from importer import dates, render

SLUG_MAX_LENGTH = 80
FIELD_ORDER = ("title", "date", "slug", "category", "unit", "author", "author_title", "source", "status", "review")


@dataclass(frozen=True)
class Outcome:
    status: str  # "created", "identical", "conflict" or "overwritten"
    path: Path


def slug_for(title):
    """Pelican's ASCII slug (unidecode), cut at a word boundary to stay a sane file name."""
    slug = slugify(title, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"], use_unicode=False)
    if len(slug) <= SLUG_MAX_LENGTH:
        return slug
    cut = slug[: SLUG_MAX_LENGTH + 1]
    return cut[: cut.rfind("-")] if "-" in cut else slug[:SLUG_MAX_LENGTH]


def front_matter(article, slug):
    values = {
        "title": article.title,
        "date": article.moment.iso(),
        "slug": slug if slug != slug_for(article.title) else None,
        "category": article.category,
        "unit": article.unit,
        "author": article.author,
        "author_title": article.author_title,
        "source": article.source,
        "status": article.status,
        "review": list(article.review),
    }
    return {key: values[key] for key in FIELD_ORDER if values[key]}


def document(article, slug):
    """The whole file: YAML front matter written by PyYAML, then the Markdown body."""
    header = yaml.safe_dump(front_matter(article, slug), allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{header}---\n{render.body(article.body)}"


def read_front_matter(path):
    text = Path(path).read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    head = text[4:].split("\n---\n", 1)[0]
    try:
        return yaml.safe_load(head) or {}
    except yaml.YAMLError:
        return {}


def _same_article(existing, article):
    return existing.get("title") == article.title and str(existing.get("date", ""))[:10] == article.moment.day.isoformat()


def locate(dest, article):
    """(path, slug) of this article: its existing file if imported before, else a free name."""
    base = slug_for(article.title)
    if article.placeholder_date:
        for path in sorted(Path(dest).glob(f"*/{base}*.md")):
            existing = read_front_matter(path)
            if existing.get("title") == article.title and existing.get("status") == "draft":
                # An undetermined date is a stand-in: keep the one the first import chose.
                article.moment = dates.Moment(date.fromisoformat(str(existing["date"])[:10]))
                return path, existing.get("slug", path.stem)
    for n in count(1):
        slug = base if n == 1 else f"{base}-{n}"
        path = Path(dest) / str(article.moment.day.year) / f"{slug}.md"
        if not path.exists() or _same_article(read_front_matter(path), article):
            return path, slug


def write(article, dest, force=False):
    """Write the article unless an identical one exists; a different one only with force."""
    path, slug = locate(dest, article)
    text = document(article, slug)
    if path.exists():
        if path.read_text(encoding="utf-8") == text:
            return Outcome("identical", path)
        if not force:
            return Outcome("conflict", path)
        status = "overwritten"
    else:
        status = "created"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Outcome(status, path)
