"""Each article's reporting period: what its `period:` says when written, else what was detected.

An editor writes `period:` to correct detection ("quy-3/2018") or to say an article is
no report at all ("không"); a value parse_period cannot read stops the build and
`./dev check` alike, at the line where it was written.
"""

from plugins.features.front_matter.errors import ContentError
from plugins.libs import pelican_internals

from .detect import article_period, parse_period

KEY = "period"  # the front matter field
DETECTED = "reporting_period"  # FRONT_MATTER_DERIVED's key, computed in the reading workers


def _written(article):
    """The article's period as written: (True, Period or None), or (False, None) without `period:`."""
    value = getattr(article, KEY, None)
    if value is None:
        return False, None
    try:
        return True, parse_period(value)
    except ValueError as error:
        line = (getattr(article, "key_lines", None) or {}).get(KEY)
        raise ContentError(article.source_path, line, f"{KEY}: {error}") from None


def period_problems(articles):
    """ContentErrors `path:line: period: …` for every `period:` value that names no period."""
    problems = []
    for article in articles:
        try:
            _written(article)
        except ContentError as problem:
            problems.append(problem)
    return problems


def resolved_period(article):
    """The Period the article reports on, or None; ContentError for an unreadable `period:`.

    Without FRONT_MATTER_DERIVED's value (a site that does not list it), detection
    runs here instead, in the main process.
    """
    written, period = _written(article)
    if written:
        return period
    if hasattr(article, DETECTED):
        return getattr(article, DETECTED)
    return article_period(article.title, pelican_internals.content_html(article) or "")
