"""The search index in parts of consecutive articles, each indexed by its own Pagefind run.

Pagefind holds every word position of every document in memory while it
indexes: about 0.4 MB per article here, so 4 GB for 10,000 articles. In parts
of SEARCH_PART_SIZE articles the build needs memory for one part only, and a
rebuild reindexes only the parts whose documents changed. The browser merges
the parts (Pagefind's mergeIndex); a site smaller than one part has one index,
as before.

Parts cut the articles in date order, oldest first: a new article changes the
last part only, and the parts read newest first are the whole archive newest
first, which is how search.js sorts by date across parts.
"""

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

logger = logging.getLogger(__name__)
# In each finished part, never published: the sha256 of every file Pagefind wrote. A part
# truncated or emptied in the cache (CI restores it) no longer matches and is indexed again.
MANIFEST = ".part-sha256.json"


def date_order(articles):
    """Oldest first; the source path breaks ties, so that the order never depends on reading order."""
    return sorted(articles, key=lambda article: (article.date, article.source_path))


def split(articles, size):
    """[[article]]: consecutive runs of at most `size` articles in date order; one part when there are none."""
    ordered = date_order(articles)
    return [ordered[start:start + size] for start in range(0, len(ordered), size)] or [[]]


def key(indexer, documents):
    """Fingerprint of one part's index: `indexer` (Pagefind's identity and options), then each (path, html)."""
    digest = hashlib.sha256(indexer.encode())
    for path, html in documents:
        digest.update(b"\0%s\0%s" % (path.encode(), html.encode()))
    return digest.hexdigest()[:32]


def _digests(folder):
    """{relative path: sha256} of every file of a part but its manifest."""
    folder = Path(folder)
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != MANIFEST
    }


def seal(folder):
    """Record what a finished part holds: written by the Pagefind run that succeeded."""
    (Path(folder) / MANIFEST).write_text(json.dumps(_digests(folder), sort_keys=True), encoding="utf-8")


def intact(folder):
    """Whether a stored part holds exactly the files its manifest lists, unchanged."""
    try:
        recorded = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
        return isinstance(recorded, dict) and bool(recorded) and recorded == _digests(folder)
    except (OSError, ValueError):
        return False


def _link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:  # another disk, or a file system without hard links
        shutil.copy2(source, target)


class PartStore:
    """Finished part bundles by key, in the cache, kept while a build still uses them.

    A bundle is hard-linked into the site, not moved: whatever happens to the
    output folder, the next build finds its unchanged parts here.
    """

    def __init__(self, folder):
        self.folder = Path(folder)

    def path(self, part_key):
        return self.folder / part_key

    def has(self, part_key):
        """Whether the part is stored intact; a damaged one is dropped, to be indexed again."""
        folder = self.path(part_key)
        if not folder.exists():
            return False
        if intact(folder):
            return True
        logger.warning("Phần chỉ mục tìm kiếm %s bị hỏng hoặc thiếu tệp: lập chỉ mục lại", folder)
        shutil.rmtree(folder, ignore_errors=True)
        return False

    def publish(self, keys, bundle):
        """Part i's bundle at bundle/i for each of `keys`, all at once; stored parts no key names are dropped."""
        bundle = Path(bundle)
        self.folder.mkdir(parents=True, exist_ok=True)
        incoming = bundle.with_name(f".{bundle.name}.incoming")
        shutil.rmtree(incoming, ignore_errors=True)
        incoming.mkdir(parents=True)
        try:
            for number, part_key in enumerate(keys):
                shutil.copytree(self.path(part_key), incoming / str(number), copy_function=_link_or_copy,
                                ignore=shutil.ignore_patterns(MANIFEST))
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)  # never left in the site half copied
            raise
        shutil.rmtree(bundle, ignore_errors=True)
        os.rename(incoming, bundle)
        for stored in self.folder.iterdir():
            if stored.name not in keys:
                shutil.rmtree(stored, ignore_errors=True)
