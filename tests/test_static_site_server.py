"""The server of `./dev serve` and of the tests answers as GitHub Pages does."""

import http.client
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from sitebuild import article, build

from plugins.libs.static_site_server import serve

pytestmark = pytest.mark.build  # every test here serves a site the real Pelican built

ARTICLE = "2020/11/ket-qua-cong-tac-dan-van-nam-2020/"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("served"), {
        "articles/2020/a.md": article("Kết quả công tác dân vận năm 2020", "2020-11-09T09:00:00+07:00"),
    })


def fetch(url):
    """(status, headers, body) without following redirects."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def test_an_existing_page_is_served_with_200(site):
    with serve(site.output) as base, urllib.request.urlopen(base + ARTICLE) as response:
        assert response.status == 200
        heading = BeautifulSoup(response.read(), "lxml").find("h1").get_text(" ", strip=True).replace("\xa0", " ")
    assert heading == "Kết quả công tác dân vận năm 2020"


@pytest.mark.parametrize("path", ["khong-co-trang-nay/", "2020/11/khong-co.html", "theme/"],
                         ids=["missing-page", "missing-file", "folder-without-index"])
def test_a_missing_address_gets_the_sites_404_page_with_status_404(site, path):
    with serve(site.output) as base, pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(base + path)
    assert raised.value.code == 404
    body = raised.value.read()
    assert body == (site.output / "404.html").read_bytes()
    page = BeautifulSoup(body, "lxml")
    assert page.find("h1").get_text(strip=True) == "Không tìm thấy trang"
    assert raised.value.headers["Content-Type"] == "text/html; charset=utf-8"


def test_a_folder_named_without_its_slash_is_redirected_to_it(site):
    with serve(site.output) as base:
        status, headers, _ = fetch(base + ARTICLE.rstrip("/") + "?tu=khoa")
        assert status == 301
        assert headers["Location"] == "/" + ARTICLE + "?tu=khoa"
        assert fetch(base + ARTICLE)[0] == 200


def test_a_project_site_is_served_under_its_sub_path_only(site):
    with serve(site.output, prefix="/luu-tru-dan-van/") as base:
        assert base.endswith("/luu-tru-dan-van/")
        assert fetch(base + ARTICLE)[0] == 200
        root = base.removesuffix("luu-tru-dan-van/")
        assert fetch(root + ARTICLE)[0] == 404
        status, headers, _ = fetch(base + ARTICLE.rstrip("/"))
        assert (status, headers["Location"]) == (301, "/luu-tru-dan-van/" + ARTICLE)


def test_the_sub_path_without_its_slash_is_redirected_to_the_site(site):
    with serve(site.output, prefix="/luu-tru-dan-van/") as base:
        status, headers, _ = fetch(base.rstrip("/"))
        assert (status, headers["Location"]) == (301, "/luu-tru-dan-van/")
        assert fetch(base)[0] == 200
