"""Archive figures computed from the articles themselves: no visitor is ever counted."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from plugins.libs import pelican_internals
from plugins.libs.html_text import text_with_tags_as_spaces


def word_count(html):
    """Words of an article's HTML (Vietnamese words are space-separated syllables).

    Tags and non-breaking spaces (typogrify's &nbsp;, decoded) separate words.
    """
    return len(text_with_tags_as_spaces(html).split())


def reading_minutes(words, words_per_minute):
    return max(1, round(words / words_per_minute))


@dataclass
class Figures:
    """Everything the widgets and /thong-ke/ show; plain data, computed once."""

    total: int = 0
    latest_date: object = None
    latest_year: int = None
    latest_year_count: int = 0
    per_year: list = field(default_factory=list)  # [(year, count)] oldest first
    per_month: list = field(default_factory=list)  # [(year, [(month, count)] Jan..Dec)]
    per_category: list = field(default_factory=list)  # [(category, count)] most first
    per_unit: list = field(default_factory=list)  # [(unit, count)] most first
    per_organization: list = field(default_factory=list)  # [(organization, count)]
    category_by_year: list = field(default_factory=list)  # [(category, [count per year])]
    organization_by_year: list = field(default_factory=list)
    average_words: int = 0
    average_minutes: int = 0


def _ranked(counter):
    """Most first; ties by name so that the output is the same on every build."""
    return sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))


def _by_year(articles_of, keys, years):
    return [(key, [articles_of[key].get(year, 0) for year in years]) for key in keys]


def compute(articles, words_per_minute):
    """Figures for the published articles; also sets each one's reading time."""
    figures = Figures(total=len(articles))
    if not articles:
        return figures
    years = Counter()
    months = defaultdict(Counter)
    categories, units, organizations = Counter(), Counter(), Counter()
    category_years, organization_years = defaultdict(Counter), defaultdict(Counter)
    total_words = 0
    for article in articles:
        year = article.date.year
        years[year] += 1
        months[year][article.date.month] += 1
        categories[article.category] += 1
        category_years[article.category][year] += 1
        if getattr(article, "unit", None):
            units[article.unit] += 1
        for organization in getattr(article, "organizations", None) or ():
            organizations[organization] += 1
            organization_years[organization][year] += 1
        words = word_count(pelican_internals.content_html(article) or "")
        article.word_count = words
        article.reading_minutes = reading_minutes(words, words_per_minute)
        total_words += words

    latest = max(articles, key=lambda article: article.date)
    figures.latest_date = latest.date
    figures.latest_year = latest.date.year
    figures.latest_year_count = years[latest.date.year]
    year_list = list(range(min(years), max(years) + 1))
    figures.per_year = [(year, years[year]) for year in year_list]
    figures.per_month = [(year, [(month, months[year][month]) for month in range(1, 13)]) for year in year_list]
    figures.per_category = _ranked(categories)
    figures.per_unit = _ranked(units)
    figures.per_organization = _ranked(organizations)
    figures.category_by_year = _by_year(category_years, [c for c, _ in figures.per_category], year_list)
    figures.organization_by_year = _by_year(organization_years, [o for o, _ in figures.per_organization], year_list)
    figures.average_words = round(total_words / len(articles))
    figures.average_minutes = reading_minutes(figures.average_words, words_per_minute)
    return figures
