"""Shared fixtures: the site's plugins importable, the real vocabulary and its detector."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from organization_fixtures import VOCABULARY_PATH  # noqa: E402
from plugins.features.organizations.detect import Detector  # noqa: E402
from plugins.features.organizations.vocabulary import load_vocabulary  # noqa: E402


@pytest.fixture(scope="session")
def vocabulary():
    return load_vocabulary(VOCABULARY_PATH)


@pytest.fixture(scope="session")
def detector(vocabulary):
    return Detector(vocabulary)

