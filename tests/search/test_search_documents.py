"""What Pagefind is given for each article: the author's text, then the spellings readers type."""

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup
from pelican.settings import DEFAULT_CONFIG
from plugins.features.search.documents import document
from plugins.features.search.spellings import SEPARATOR, article_spellings, reader_spellings
from plugins.features.search.search_page import filter_options

SETTINGS = {**DEFAULT_CONFIG, "TIMEZONE": "Asia/Ho_Chi_Minh"}  # the index's dates are the site's time


def test_reader_spellings_add_canonical_tones_and_d_for_dj():
    assert reader_spellings("Thị xã Hoà Thành, Đảng ủy, công trình thuỷ lợi").split() == ["hòa", "dang", "thủy"]
    assert reader_spellings("Ðại hội").split() == ["đại", "dai"]  # legacy Ð (U+00D0) as well
    assert reader_spellings("Hoà Hoà hòa").split() == ["hòa", "hòa"]  # one per occurrence, for ranking
    assert reader_spellings("Hòa Thành, thủy lợi, quý, hoàn thành") == ""  # already as readers type them


def organization(slug, name):
    return SimpleNamespace(slug=slug, name=name)


def test_document_keeps_the_authors_text_apart_from_the_added_spellings():
    article = SimpleNamespace(
        title="Đảng ủy thị xã Hoà&nbsp;Thành", content="<p>Đại hội <em>thành công</em>.</p>",
        date=datetime(2020, 11, 9, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")), date_has_time=True,
        category="Tổng kết năm", unit="Thị xã Hòa Thành",
        organizations=[organization("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam"), "id-without-plugin"],
    )
    soup = BeautifulSoup(document(article, SETTINGS), "lxml")
    assert soup.html["lang"] == "vi"
    title, body, added = soup.body.get_text("|").split(SEPARATOR)
    assert title.strip("|") == "Đảng ủy thị xã Hoà\u00a0Thành"
    assert body.strip("|") == "Đại hội |thành công|."
    # The title's spellings, the organizations' names (only those with a page), then the body's spellings.
    assert added.strip("|").split("|") == ["dang hòa", "Ủy ban Mặt trận Tổ quốc Việt Nam", "dai"]
    assert soup.find("h1")["data-pagefind-weight"] == "10"
    assert soup.find("p", attrs={"data-pagefind-weight": "10"}).text == "dang hòa"
    assert soup.find("p", attrs={"data-pagefind-weight": "7"}).text == "Ủy ban Mặt trận Tổ quốc Việt Nam"
    metas = {tag["data-pagefind-meta"]: tag["content"] for tag in soup.select("meta[data-pagefind-meta]")}
    assert metas == {"date[content]": "2020-11-09T09:00:00+07:00", "category[content]": "Tổng kết năm", "unit[content]": "Thị xã Hòa Thành"}
    filters = sorted((tag["data-pagefind-filter"], tag["content"]) for tag in soup.select("meta[data-pagefind-filter]"))
    assert filters == [
        ("category[content]", "tong-ket-nam"), ("organization[content]", "mttq"),
        ("unit[content]", "thi-xa-hoa-thanh"), ("year[content]", "2020"),
    ]
    assert soup.select_one("meta[data-pagefind-sort]")["content"] == "1604887200"


def test_filters_offer_what_the_articles_have_and_skip_organizations_without_the_tagging_plugin():
    def item(year, category, unit=None, organizations=()):
        return SimpleNamespace(date=datetime(year, 1, 1), category=category, unit=unit, organizations=list(organizations))

    articles = [item(2019, "Giao ban", "Huyện Kim Sơn", ["mttq"]), item(2021, "Tin hoạt động"), item(2020, "Giao ban")]
    filters = {entry["param"]: entry["options"] for entry in filter_options(articles, DEFAULT_CONFIG)}
    assert filters == {
        "chuyen-muc": [("giao-ban", "Giao ban"), ("tin-hoat-dong", "Tin hoạt động")],
        "nam": [("2021", "2021"), ("2020", "2020"), ("2019", "2019")],
        "don-vi": [("huyen-kim-son", "Huyện Kim Sơn")],
    }  # front matter ids ("mttq") have no names without the organizations plugin: no filter


def test_spellings_computed_while_reading_give_the_same_document():
    article = SimpleNamespace(
        title="Thị xã Hoà Thành", content="<p>Đại hội <b>Đảng</b> bộ, công trình thuỷ lợi.</p>",
        date=datetime(2020, 11, 9, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")), date_has_time=False, category="Giao ban",
    )
    computed_here = document(article, SETTINGS)
    article.search_spellings = article_spellings(article.title, article.content)
    assert article.search_spellings == ("hòa", "dai dang thủy")
    assert document(article, SETTINGS) == computed_here
