"""Compute each article's and page's URL and file name once per build.

Pelican recomputes `url` and `save_as` on every access, formatting a copy of the
whole metadata each time; list pages, feeds and the sitemap ask tens of thousands
of times in a large archive. Pelican's own override (`override_url`, the same
mechanism as a `url:` in metadata) pins the value once everything is read.
"""

from pelican import signals

from plugins.speedups import declare_switch, enabled

KEYS = ("url", "save_as")


def freeze(content):
    for key in KEYS:
        if not hasattr(content, f"override_{key}"):
            setattr(content, f"override_{key}", getattr(content, key))


def freeze_all(generators):
    if not enabled(generators[0].settings):
        return
    for content in generators[0].context["generated_content"].values():
        if content is not None:
            freeze(content)


def register():
    declare_switch()
    # all_generators_finalized: every slug, date and status is final, nothing is written yet.
    signals.all_generators_finalized.connect(freeze_all)
