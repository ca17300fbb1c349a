"""The import report: for every source, where it went, what was read, and every line's fate.

An editor audits an import here: each dropped line names the rule that dropped it, and
`unaccounted` proves no line of the source vanished without one.
"""

import json
from pathlib import Path

OUTCOME_WORDS = {
    "created": "đã tạo",
    "overwritten": "đã ghi đè (--force)",
    "identical": "đã tồn tại, nội dung giống hệt: bỏ qua",
    "conflict": "đã tồn tại với nội dung khác: không ghi, dùng --force để ghi đè",
    "error": "lỗi",
}


def unaccounted(page, dispositions):
    """The source lines that are neither in the article nor dropped by a named rule."""
    return [
        line for line in page.lines
        if line.text and (line.number not in dispositions or (
            dispositions[line.number].role == "dropped" and not dispositions[line.number].rule))
    ]


def entry(source, page=None, article=None, outcome=None, error="", line=None, detail=""):
    """One source's record in the report.

    `line` is where in the source an error was found; `detail` the stack of an unexpected
    one, for whoever fixes the importer (the terminal shows only the message).
    """
    record = {"source": str(source), "outcome": outcome.status if outcome else "error"}
    if error:
        record["error"] = error
    if line is not None:
        record["line"] = line
    if detail:
        record["detail"] = detail
    if outcome:
        record["destination"] = str(outcome.path)
        if outcome.matched:
            record["matched"] = outcome.matched
    if article:
        record["profile"] = article.profile or "generic"
        record["fields"] = {
            "title": article.title,
            "date": article.moment.iso(),
            "category": article.category,
            "unit": article.unit,
            "author": article.author,
            "author_title": article.author_title,
            "source": article.source,
            "status": article.status or "published",
            "portal_section": article.section,
        }
        record["review"] = list(article.review)
        record["lines"] = [
            {"line": line.number, "text": line.text, **vars(article.dispositions[line.number])}
            for line in page.lines
            if line.number in article.dispositions
        ]
        record["dropped"] = [item for item in record["lines"] if item["role"] == "dropped"]
    return record


def summary(record):
    """A few lines for the terminal; an error as `path:line: message` (or `path: message`)."""
    if "error" in record:
        place = f"{record['source']}:{record['line']}" if "line" in record else record["source"]
        out = [f"{place}: {record['error']}"]
    else:
        out = [f"{record['source']}: {OUTCOME_WORDS[record['outcome']]}"]
    if "destination" in record:
        out.append(f"  -> {record['destination']}")
    if "matched" in record and record["outcome"] != "identical":
        out.append(f"  {record['matched']}")
    if "fields" in record:
        fields = record["fields"]
        out.append(f"  tiêu đề: {fields['title']}")
        out.append(f"  ngày: {fields['date']}  chuyên mục: {fields['category']}  đơn vị: {fields['unit'] or '-'}")
        if fields["author"]:
            out.append(f"  tác giả: {fields['author']}" + (f" ({fields['author_title']})" if fields["author_title"] else ""))
        rules = {}
        for item in record["dropped"]:
            rules[item["rule"]] = rules.get(item["rule"], 0) + 1
        if rules:
            out.append("  bỏ: " + ", ".join(f"{rule} ×{n}" for rule, n in sorted(rules.items())))
        out.extend(f"  cần kiểm tra: {item}" for item in record["review"])
    return "\n".join(out)


def write(records, path):
    Path(path).write_text(json.dumps({"imports": records}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
