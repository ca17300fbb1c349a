"""The pages of one organization, unit or cited document: the articles tagged with it, as a
paginated list, its Atom feed, and the directory of them all. One way to write them, so that
they paginate, name their feeds and take their addresses alike."""


def generated_articles(generator):
    """Every article the articles generator holds, translations included (they are not in
    the shared context): published, hidden and draft, since each page shows its tags."""
    for name in ("articles", "translations", "hidden_articles", "hidden_translations", "drafts", "drafts_translations"):
        yield from getattr(generator, name, ())


def write_list(generator, writer, template, page, articles, feed_title="", feed_items=None, **variables):
    """`page` (its url, save_as and feed, if any) as a list of `articles`, paginated by PAGINATED_TEMPLATES;
    its feed holds the newest `feed_items` of them (None: FEED_MAX_ITEMS). `variables` are what the
    template calls the page."""
    writer.write_file(
        page.save_as,
        generator.get_template(template),
        generator.context,
        articles=articles,
        template_name=template,
        url=page.url,
        paginated={"articles": articles, "dates": articles},
        **variables,
    )
    feed = getattr(page, "feed", "")
    if feed:
        writer.write_feed(
            articles[:feed_items], generator.context, feed, feed, feed_title=f"{generator.settings['SITENAME']} — {feed_title}"
        )


def write_directory(generator, writer, template, save_as_setting, url_setting):
    """The directory page of a kind of list, unless its *_SAVE_AS setting is ""."""
    save_as = generator.settings[save_as_setting]
    if save_as:
        writer.write_file(
            save_as, generator.get_template(template), generator.context,
            template_name=template, url=generator.settings[url_setting],
        )
