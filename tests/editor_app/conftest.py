"""One small site built per test module with the editing app's in-browser backend (`test-repo`)."""

import pytest
from editorsite import build_editor_site


@pytest.fixture(scope="module")
def editor_site(tmp_path_factory):
    return build_editor_site(tmp_path_factory.mktemp("editor-site"))
