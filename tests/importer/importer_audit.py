"""Nothing lost: every non-blank source line must be in the article or dropped by a named rule.

Written independently of the importer's own bookkeeping: it re-reads the source file and
the written article, and checks the report's claim for each line against them.
"""

import re
import unicodedata
from pathlib import Path

import lxml.html
import markdown
import yaml

FIXTURES = Path(__file__).with_name("fixtures")
LIST_MARKER = re.compile(r"^([-*+•]|\d{1,3}[.)])\s+")


def normalized(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_article(path):
    """(front matter dict, visible text of the rendered body)."""
    text = Path(path).read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    html = markdown.markdown(body)
    visible = lxml.html.fragment_fromstring(html, create_parent="div")
    alts = " ".join(img.get("alt", "") for img in visible.iter("img"))
    return yaml.safe_load(head), normalized(visible.text_content() + " " + alts)


def lost_lines(source, record):
    """Source lines the report does not account for truthfully (empty when nothing is lost)."""
    claims = {item["line"]: item for item in record["lines"]}
    front, body = read_article(record["destination"])
    lost = []
    for number, raw in enumerate(Path(source).read_text(encoding="utf-8").splitlines(), start=1):
        text = normalized(raw)
        if not text:
            continue
        claim = claims.get(number)
        if claim is None or claim["text"] != text:
            lost.append((number, text, "not in the report"))
        elif claim["role"] == "dropped":
            if not claim["rule"]:
                lost.append((number, text, "dropped without a rule"))
        elif claim["role"] in ("body", "caption"):
            if LIST_MARKER.sub("", text) not in body:
                lost.append((number, text, "missing from the body"))
        elif not _in_front_matter(claim["role"], text, front, record):
            lost.append((number, text, f"{claim['role']} not in the front matter"))
    return lost


def _in_front_matter(role, text, front, record):
    lowered = text.lower()
    if role == "title":
        return front["title"] in text
    if role == "date":
        day = str(front["date"])[:10].split("-")
        return f"{day[2]}/{day[1]}/{day[0]}" in text or "-".join(day) in text
    if role == "section":
        return record["fields"]["portal_section"] in text
    return str(front.get(role, "")).lower() in lowered and bool(front.get(role))
