"""Pinned npm tarballs: the URL scheme and the integrity check that guards them."""

import base64
import hashlib

import pytest
from plugins.libs.npm_package import _check, tarball_url


def test_scoped_and_plain_tarball_urls():
    assert tarball_url("@pagefind/linux-x64", "1.6.0") == (
        "https://registry.npmjs.org/@pagefind/linux-x64/-/linux-x64-1.6.0.tgz"
    )
    assert tarball_url("axe-core", "4.14.1").endswith("/axe-core/-/axe-core-4.14.1.tgz")


def test_integrity_mismatch_is_refused():
    data = b"tarball bytes"
    good = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    _check(data, good)
    with pytest.raises(RuntimeError, match="sha512"):
        _check(data + b"!", good)
