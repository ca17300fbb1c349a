"""Fixtures for the importer's tests: the project root on sys.path and a CLI runner."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


@pytest.fixture
def run_import(tmp_path):
    """run_import(page, ..., option, ...) -> (exit status, report records); articles go to tmp/articles."""
    from importer.cli import main  # noqa: PLC0415

    def run(*args):
        report = tmp_path / "report.json"
        status = main([*map(str, args), "--dest", str(tmp_path / "articles"), "--report", str(report)])
        return status, json.loads(report.read_text(encoding="utf-8"))["imports"]

    return run
