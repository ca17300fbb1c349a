"""The search page /tim-kiem/ with its filter choices."""

from pelican.generators import Generator

from plugins.features.cited_documents.tagging import cited_documents
from plugins.features.organizations.tagging import tagged_organizations

from .documents import slug_of

# (URL parameter, Pagefind filter, label): the URL stays Vietnamese and shareable.
FILTERS = (
    ("to-chuc", "organization", "Tổ chức"),
    ("van-ban", "document", "Văn bản"),
    ("chuyen-muc", "category", "Chuyên mục"),
    ("nam", "year", "Năm"),
    ("don-vi", "unit", "Đơn vị"),
)


def _choices(article, settings):
    """{filter: {slug: label}} for one article."""
    unit = getattr(article, "unit", None)
    return {
        "organization": {item.slug: item.name for item in tagged_organizations(article)},
        "document": {item.key: item.label for item in cited_documents(article)},
        "category": {slug_of(article.category, settings): str(article.category)},
        "year": {f"{article.date:%Y}": f"{article.date:%Y}"},
        "unit": {slug_of(unit, settings): str(unit)} if unit else {},
    }


def filter_options(articles, settings):
    """[{param, filter, label, options: [(value, label)]}] for every filter some article has."""
    found = {key: {} for _, key, _ in FILTERS}
    for article in articles:
        for key, choices in _choices(article, settings).items():
            found[key].update(choices)
    filters = []
    for param, key, label in FILTERS:
        if not found[key]:
            continue  # e.g. no organizations plugin: no organization filter
        newest_first = key == "year"
        options = sorted(found[key].items(), key=lambda item: item[0] if newest_first else item[1].casefold(), reverse=newest_first)
        filters.append({"param": param, "filter": key, "label": label, "options": options})
    return filters


class SearchGenerator(Generator):
    """Runs after the articles generator: the filter choices come from every published article."""

    def generate_output(self, writer):
        articles = self.context["articles"]
        writer.write_file(
            self.settings["SEARCH_SAVE_AS"],
            self.get_template("search"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            template_name="search",
            url=self.settings["SEARCH_URL"],
            search_page=True,
            search_filters=filter_options(articles, self.settings),
        )
