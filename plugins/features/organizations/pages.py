"""A page and an Atom feed per organization, and the /to-chuc/ directory."""

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from pelican.generators import Generator

from plugins.libs.list_pages import write_directory, write_list

from .vocabulary import Group, Organization


@dataclass(eq=False)
class OrganizationPage:
    """An organization as templates see it: its vocabulary entry, URLs and articles.

    Compared by identity so that other plugins can count articles per organization.
    """

    organization: Organization
    url: str
    save_as: str
    feed: str = ""
    articles: list = field(default_factory=list)

    @property
    def id(self):
        return self.organization.id

    @property
    def slug(self):
        return self.organization.slug

    @property
    def name(self):
        return self.organization.name

    @property
    def group(self):
        return self.organization.group

    @property
    def abbreviations(self):
        return self.organization.abbreviations

    @property
    def description(self):
        return self.organization.description

    @cached_property
    def years(self):
        """[(year, number of articles)], newest year first.

        Cached: every page of a long paginated list shows it; articles are all
        attached (tagging) before any page is written.
        """
        counts = Counter(article.date.year for article in self.articles)
        return sorted(counts.items(), reverse=True)

    def __str__(self):
        return self.name


@dataclass
class GroupListing:
    group: Group
    organizations: list

    @property
    def name(self):
        return self.group.name

    @property
    def count(self):
        """Articles that involve at least one organization of the group."""
        return len({id(article) for page in self.organizations for article in page.articles})


def make_pages(vocabulary, settings):
    """{id: OrganizationPage} in vocabulary order, articles not yet attached."""
    pages = {}
    for organization in vocabulary.organizations:
        feed = settings["ORGANIZATIONS_FEED_ATOM"]
        pages[organization.id] = OrganizationPage(
            organization,
            url=settings["ORGANIZATIONS_URL"].format(slug=organization.slug),
            save_as=settings["ORGANIZATIONS_SAVE_AS"].format(slug=organization.slug),
            feed=feed.format(slug=organization.slug) if feed else "",
        )
    return pages


def group_listings(vocabulary, pages):
    return [
        GroupListing(group, [page for page in pages.values() if page.group == group])
        for group in vocabulary.groups
    ]


class OrganizationsGenerator(Generator):
    """Writes the `organization_pages` that tagging left in the context (see __init__)."""

    def generate_output(self, writer):
        pages = self.context.get("organization_pages") or {}
        for page in pages.values():
            if page.articles:
                write_list(self, writer, "organization", page, page.articles, page.name, organization=page)
        if pages:
            write_directory(self, writer, "organizations", "ORGANIZATIONS_INDEX_SAVE_AS", "ORGANIZATIONS_INDEX_URL")
