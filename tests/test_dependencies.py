"""Every package is installed by pinned version and hash, and the lock agrees with requirements.txt."""

import re
import subprocess
import sys

from sitebuild import ROOT

REQUIREMENT = re.compile(r"^([A-Za-z0-9][\w.-]*)==([\w.+!-]+)", re.MULTILINE)
LOCKED = re.compile(r"^([A-Za-z0-9][\w.-]*)==([\w.+!-]+) \\\n((?:\s+--hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", re.MULTILINE)


def _name(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements():
    text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    return {_name(name): version for name, version in REQUIREMENT.findall(text)}


def locked():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {_name(name): (version, hashes) for name, version, hashes in LOCKED.findall(text)}


def test_every_direct_requirement_is_locked_at_its_version():
    lock = locked()
    assert requirements()
    mismatched = {name: (version, lock.get(name, ("missing",))[0])
                  for name, version in requirements().items() if lock.get(name, ("",))[0] != version}
    assert not mismatched, f"requirements.txt and requirements.lock disagree (regenerate the lock): {mismatched}"


def test_every_locked_package_has_a_hash_and_nothing_is_left_unpinned():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if line and not line[0].isspace() and not line.startswith("#")]
    assert len(entries) == len(locked()), "every entry is `name==version` followed by its hashes"


def test_the_installed_environment_matches_the_lock():
    """pip freeze of the running environment holds every locked package at its locked version."""
    frozen = subprocess.run([sys.executable, "-m", "pip", "freeze", "--all", "--disable-pip-version-check"],
                            capture_output=True, text=True, check=True).stdout
    installed = {_name(name): version for name, version in REQUIREMENT.findall(frozen)}
    lock = {name: version for name, (version, _) in locked().items()}
    different = {name: (version, installed.get(name)) for name, version in lock.items() if installed.get(name) != version}
    assert not different, f"installed versions differ from requirements.lock: {different}"
