"""The /thong-ke/ bar charts with the vocabulary's longest organization names, and the year
chart of archives from 3 to 40 years: every label and count in the markup, readable without
overlap on a phone and a desktop."""

import pytest
import yaml
from sitebuild import ROOT, article, build

from plugins.libs.static_site_server import serve

pytestmark = pytest.mark.build  # the module's site is built once, by its first test

VOCABULARY = ROOT / "content" / "data" / "organizations.yml"
# Articles per organization, most first: the longest name gets the longest bar, and a
# long name also sits next to the shortest bar.
COUNTS = [12, 9, 5, 2, 1]
LONG_CATEGORY = "Kết quả thực hiện Quy chế dân chủ ở cơ sở"
FIRST_YEAR = 2014
PHONE, DESKTOP = {"width": 360, "height": 740}, {"width": 1280, "height": 800}


def longest_organizations(count):
    """The `count` organizations with the longest names, longest first, read from the real vocabulary."""
    entries = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))["organizations"]
    return sorted(entries, key=lambda entry: (-len(entry["name"]), entry["id"]))[:count]


ORGANIZATIONS = longest_organizations(len(COUNTS))


def archive():
    """Article n is tagged with every organization that has more than n articles; one article a year."""
    files = {"data/organizations.yml": VOCABULARY.read_text(encoding="utf-8")}
    for number in range(max(COUNTS)):
        tags = [entry["id"] for entry, count in zip(ORGANIZATIONS, COUNTS) if number < count]
        category = LONG_CATEGORY if number % 3 else "Tin hoạt động"
        files[f"articles/2020/tin-{number}.md"] = (
            "---\n"
            + yaml.safe_dump({"title": f"Tin số {number}", "date": f"{FIRST_YEAR + number}-05-01",
                              "category": category, "organizations": tags}, allow_unicode=True)
            + "---\nNội dung bài viết.\n"
        )
    return files


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bar-charts"), archive(), ORGANIZATIONS_DETECT=False)


def chart_of(soup, section_id):
    return soup.select_one(f'section[aria-labelledby="{section_id}"] .dv-bar-chart')


def test_every_organization_name_and_count_is_in_the_chart(site):
    chart = chart_of(site.soup("/thong-ke/"), "theo-to-chuc")
    assert chart.name == "figure"
    assert chart.figcaption.get_text(strip=True)
    rows = chart.select(".dv-bar-chart__row")
    shown = [(row.select_one(".dv-bar-chart__label").get_text(strip=True),
              row.select_one(".dv-bar-chart__value").get_text(" ", strip=True)) for row in rows]
    assert shown == [(entry["name"], f"{count} bài") for entry, count in zip(ORGANIZATIONS, COUNTS)]
    for row, count in zip(rows, COUNTS):
        bar = row.select_one("svg")
        assert bar["aria-hidden"] == "true"
        assert bar.get_text(strip=True) == ""  # the bar says nothing that the text does not
        length = float(bar.select_one(".dv-bar-chart__fill")["width"].removesuffix("%"))
        assert length == pytest.approx(100 * count / max(COUNTS), abs=0.1)


def test_category_chart_lists_the_long_category(site):
    chart = chart_of(site.soup("/thong-ke/"), "theo-chuyen-muc")
    counts = {row.select_one(".dv-bar-chart__label").get_text(strip=True):
              int(row.select_one(".dv-bar-chart__value").get_text(" ", strip=True).split()[0])
              for row in chart.select(".dv-bar-chart__row")}
    assert counts == {LONG_CATEGORY: 8, "Tin hoạt động": 4}


# For each chart row ([data-value], the marks of one label): the boxes of its label (the
# innermost element whose text is the label), its count and its bar, and whether the label
# shows all of its text. Only the chart is searched, not the table below it.
ROW_BOXES = """(names) => {
  const box = (element) => { const r = element.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const innermost = (root, test) => [...root.querySelectorAll('*')].filter((element) =>
    test(element.textContent.trim()) && ![...element.children].some((child) => test(child.textContent.trim())));
  const section = document.getElementById(names.section).closest('section');
  const found = [];
  for (const row of section.querySelectorAll('[data-value]')) {
    if (row.closest('table')) continue;
    const label = innermost(row, (text) => names.labels.includes(text))[0];
    const name = label.textContent.trim();
    const value = innermost(row, (text) => text.split(/\\s/)[0] === row.dataset.value && text !== name)[0];
    const bar = row.querySelector('rect');  // its first shape: where the bar is drawn
    // an SVG text is drawn at its font size times the scale of its drawing
    const size = (text) => parseFloat(getComputedStyle(text).fontSize) *
      (text.getBBox ? text.getBoundingClientRect().height / text.getBBox().height : 1);
    const clipped = (text) => text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1;
    found.push({
      name, label: box(label), value: box(value), bar: box(bar),
      clipped: clipped(label) || clipped(value),
      fontSize: Math.min(size(label), size(value)),
    });
  }
  return found;
}"""


def overlaps(a, b, slack=0.5):
    return a["left"] < b["right"] - slack and b["left"] < a["right"] - slack and \
        a["top"] < b["bottom"] - slack and b["top"] < a["bottom"] - slack


def shares_a_line(a, b):
    return a["top"] < b["bottom"] and b["top"] < a["bottom"]


def problems_of(rows, viewport):
    """What a reader could not read in the chart's rows, in words; [] when every row is readable."""
    problems = []
    for index, row in enumerate(rows):
        name, label, value, bar = row["name"], row["label"], row["value"], row["bar"]
        if row["clipped"]:
            problems.append(f"{name}: text cut off")
        if min(label["left"], value["left"]) < 0 or max(label["right"], value["right"]) > viewport["width"]:
            problems.append(f"{name}: label or count outside the screen")
        if row["fontSize"] < 15.5:
            problems.append(f"{name}: text too small to read ({row['fontSize']:.1f}px)")
        problems += [f"{name} overlaps {other['name']}" for other in rows[index + 1:]
                     if overlaps(label, other["label"])]
        if not shares_a_line(value, bar):
            problems.append(f"{name}: count not beside its bar")
        elif not bar["top"] <= (value["top"] + value["bottom"]) / 2 <= bar["bottom"]:
            problems.append(f"{name}: count not level with its bar")
        if overlaps(value, bar) or overlaps(label, bar):
            problems.append(f"{name}: text over the bar")
        if viewport is DESKTOP and not (shares_a_line(label, bar) and label["right"] <= bar["left"]):
            problems.append(f"{name}: label not before its bar")
        if viewport is PHONE and not (shares_a_line(label, bar) or 0 <= bar["top"] - label["bottom"] <= 16):
            problems.append(f"{name}: bar not under its label")
        if index + 1 < len(rows):  # the row (label, bar, count) lies wholly above the next one
            following = rows[index + 1]
            bottom = max(label["bottom"], value["bottom"], bar["bottom"])
            if bottom > min(following["label"]["top"], following["bar"]["top"]) + 0.5:
                problems.append(f"{name}: row runs into the next one")
    return problems


# Each chart with long labels: its section and the labels it must show, in order.
CHARTS = {
    "theo-to-chuc": [entry["name"] for entry in ORGANIZATIONS],
    "theo-chuyen-muc": [LONG_CATEGORY, "Tin hoạt động"],
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_long_names_are_readable_beside_their_bars(site, browser, viewport):
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    with serve(site.output) as base:
        page.goto(base + "thong-ke/")
        for section, labels in CHARTS.items():
            rows = page.evaluate(ROW_BOXES, {"section": section, "labels": labels})
            assert [row["name"] for row in rows] == labels
            problems = problems_of(rows, viewport)
            assert not problems, "\n".join(problems)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "the page scrolls sideways"
    context.close()




# Year charts from the fewest years to more than a district's archive usually spans, with one
# year without articles among them; one to three articles a year keep the builds quick.
YEAR_SPANS = {"3 years": range(2023, 2026), "40 years": range(1986, 2026)}
YEAR_WITHOUT_ARTICLES = 1990


def articles_in(year):
    return 0 if year == YEAR_WITHOUT_ARTICLES else 1 + year % 3


@pytest.fixture(scope="module", params=list(YEAR_SPANS), ids=list(YEAR_SPANS))
def year_site(request, tmp_path_factory):
    """(site, its years as labels) for an archive spanning the years of YEAR_SPANS[param]."""
    years = YEAR_SPANS[request.param]
    files = {f"articles/{year}/tin-{year}-{number}.md": article(f"Tin năm {year} số {number}",
                                                                  f"{year}-0{number + 1}-15")
             for year in years for number in range(articles_in(year))}
    site = build(tmp_path_factory.mktemp("year-chart"), files, ORGANIZATIONS_DETECT=False)
    return site, [str(year) for year in years]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_every_year_is_readable_beside_its_bar(year_site, browser, viewport):
    """Oldest first, like the table below it; a year is short, so even on a phone it stays on
    its bar's line, and 40 years are 40 lines."""
    site, years = year_site
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    with serve(site.output) as base:
        page.goto(base + "thong-ke/")
        rows = page.evaluate(ROW_BOXES, {"section": "theo-nam", "labels": years})
        assert [row["name"] for row in rows] == years
        problems = problems_of(rows, viewport)
        problems += [f"{row['name']}: not on its bar's line" for row in rows
                     if not shares_a_line(row["label"], row["bar"])]
        assert not problems, "\n".join(problems)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "the page scrolls sideways"
    context.close()
