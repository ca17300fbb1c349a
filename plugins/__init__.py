"""The site's own Pelican plugins, listed by dotted name in pelicanconf.PLUGINS.

- features/: what readers and editors see (checked front matter, organizations,
  units, statistics, search, link previews, published files).
- speedups/: list and page speed-ups; the site is the same without them, only slower.
- libs/: shared code that is not a plugin (Vietnamese text, the npm package fetcher).
"""
