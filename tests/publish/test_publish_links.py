"""Gate: every link and asset of the published site resolves to a file, under the sub-path."""

import re
from functools import cache
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup
from publishsite import is_local, references

# Elements whose URL the browser loads by itself; anywhere but here they are a third-party request.
LOADED = {("img", "src"), ("img", "srcset"), ("source", "src"), ("source", "srcset"), ("script", "src"),
          ("link", "href"), ("iframe", "src"), ("video", "src"), ("video", "poster"), ("audio", "src"),
          ("embed", "src"), ("object", "data"), ("link", "imagesrcset")}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


def _ids_of(soup):
    return {node.get("id") for node in soup.find_all(id=True)} | {node.get("name") for node in soup.find_all("a", attrs={"name": True})}


@cache
def _ids(path):
    return _ids_of(BeautifulSoup(path.read_text(encoding="utf-8"), "lxml"))


def broken_references(published, page_url, soup):
    problems = []
    own_ids = _ids_of(soup)
    for tag, attribute, url in references(soup, page_url):
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            continue  # mailto:, tel:
        address, fragment = urldefrag(url)
        if address == urldefrag(page_url).url and fragment:
            if fragment not in own_ids:  # the same document, wherever it is served
                problems.append(f"{page_url}: <{tag} {attribute}> no element with id '{fragment}' on the page")
            continue
        if not is_local(url):
            if (tag, attribute) in LOADED or attribute in ("src", "srcset"):
                problems.append(f"{page_url}: <{tag} {attribute}> loads from another host: {url}")
            continue
        target = published.file_for(url)
        if target is None:
            problems.append(f"{page_url}: <{tag} {attribute}> outside the site's sub-path (written without SITEURL?): {url}")
        elif not target.is_file():
            problems.append(f"{page_url}: <{tag} {attribute}> has no file: {url}")
        elif fragment and target.suffix == ".html" and fragment not in _ids(target):
            problems.append(f"{page_url}: <{tag} {attribute}> no element with id '{fragment}': {url}")
    return problems


def test_every_link_and_asset_resolves_under_the_sub_path(published):
    problems, checked = [], 0
    pages = list(published.pages())
    assert len(pages) > 20, "the production build has every page type"
    for page_url, path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        checked += len(references(soup, page_url))
        problems += broken_references(published, page_url, soup)
    print(f"{len(pages)} pages, {checked} references checked")
    assert checked > 20 * len(pages)
    assert not problems, f"{len(problems)} broken references:\n" + "\n".join(problems[:40])


def test_stylesheets_reference_only_files_of_the_site(published):
    problems = []
    for path in published.output.rglob("*.css"):
        css_url = published.url(path.relative_to(published.output).as_posix())
        for reference in CSS_URL.findall(path.read_text(encoding="utf-8")):
            if reference.startswith("data:"):
                continue
            url = urljoin(css_url, reference)
            target = published.file_for(url)
            if not is_local(url) or target is None or not target.is_file():
                problems.append(f"{css_url}: url({reference}) does not resolve to a file of the site")
    assert not problems, "\n".join(problems)


def test_the_404_page_works_at_any_depth(published):
    """GitHub Pages serves 404.html for every missing path: its links must not be relative."""
    missing = published.url("khong-co/trang/sau/hon/")
    soup = BeautifulSoup((published.output / "404.html").read_text(encoding="utf-8"), "lxml")
    assert soup.select_one("main h1").get_text(strip=True) == "Không tìm thấy trang"
    assert broken_references(published, missing, soup) == []
    assert soup.select_one('link[rel="stylesheet"]'), "the 404 page is styled"


def test_link_check_catches_a_missing_file_and_a_link_outside_the_sub_path(published):
    soup = BeautifulSoup(
        '<a href="khong-co.html">x</a><img src="/theme/css/main.css" alt="">'
        '<script src="https://cdn.example.com/a.js"></script><a href="#khong-co-id">y</a>',
        "lxml",
    )
    problems = broken_references(published, published.url(""), soup)
    assert len(problems) == 4, problems
