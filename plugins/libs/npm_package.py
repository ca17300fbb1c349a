"""Fetch one pinned npm package tarball, checked against its sha512, without Node.

The site needs a few npm-only artifacts (the Pagefind binary, axe-core); a fresh
Debian machine has no Node, but the npm registry serves plain tarballs.
"""

import base64
import hashlib
import io
import os
import shutil
import tarfile
import tempfile
import urllib.request
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"
CACHE = Path(os.environ.get("NPM_PACKAGE_CACHE", Path(__file__).resolve().parents[2] / ".cache" / "npm"))


def tarball_url(name, version):
    """@pagefind/linux-x64 1.6.0 -> .../@pagefind/linux-x64/-/linux-x64-1.6.0.tgz"""
    return f"{REGISTRY}/{name}/-/{name.rpartition('/')[2]}-{version}.tgz"


def _check(data, integrity):
    algorithm, _, expected = integrity.partition("-")
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual != expected:
        raise RuntimeError(f"npm tarball failed its {algorithm} check: {integrity} != {algorithm}-{actual}")


def fetch(name, version, integrity):
    """The unpacked `package/` folder of name@version, downloaded once and cached."""
    target = CACHE / f"{name.replace('/', '__')}-{version}"
    if (target / "package.json").is_file():
        return target
    with urllib.request.urlopen(tarball_url(name, version), timeout=120) as response:
        data = response.read()
    _check(data, integrity)
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            archive.extractall(scratch, filter="data")
        shutil.rmtree(target, ignore_errors=True)
        os.replace(Path(scratch) / "package", target)
    return target
