"""Which Pagefind the plugin runs: npm's pinned 1.6 when installed, else PyPI's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pagefind

ROOT = Path(__file__).resolve().parent.parent


def fake_binary(root: Path) -> Path:
    binary = root / "node_modules" / ".bin" / "pagefind"
    binary.parent.mkdir(parents=True)
    binary.write_text("#!/bin/sh\necho pagefind 9.9.9\n", "utf-8")
    binary.chmod(0o755)
    return binary


def test_the_projects_npm_copy_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setattr(pagefind.shutil, "which", lambda name: "/usr/bin/node")
    project, checkout = tmp_path / "project", tmp_path / "checkout"
    monkeypatch.setattr(pagefind, "CHECKOUT", checkout)
    ours = fake_binary(checkout)
    assert pagefind.command(project) == [str(ours)]  # none in the project: factsite's
    theirs = fake_binary(project)
    assert pagefind.command(project) == [str(theirs)]


def test_without_node_or_npm_copy_the_python_package_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagefind, "CHECKOUT", tmp_path / "checkout")
    monkeypatch.setattr(pagefind.shutil, "which", lambda name: "/usr/bin/node")
    assert pagefind.command(tmp_path) == [sys.executable, "-m", "pagefind"]
    fake_binary(tmp_path)
    monkeypatch.setattr(pagefind.shutil, "which", lambda name: None)  # no Node
    assert pagefind.command(tmp_path) == [sys.executable, "-m", "pagefind"]


def test_a_failing_pagefind_is_a_located_error(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    binary = fake_binary(tmp_path)
    binary.write_text("#!/bin/sh\necho 'Error: no site at that path' >&2\nexit 1\n", "utf-8")
    monkeypatch.setattr(pagefind.shutil, "which", lambda name: "/usr/bin/node")
    with pytest.raises(pagefind.PagefindError, match="no site at that path"):
        pagefind.index(str(tmp_path / "site"), tmp_path)


@pytest.mark.skipif(not (ROOT / "node_modules" / ".bin" / "pagefind").exists(),
                    reason="npm ci has not run (make installs it when npm is there)")
def test_npm_installs_the_pinned_pagefind() -> None:
    pinned = json.loads((ROOT / "package.json").read_text("utf-8"))["dependencies"]
    found = subprocess.run([*pagefind.command(ROOT), "--version"], capture_output=True,
                           text=True, check=True).stdout.split()
    assert found == ["pagefind", pinned["pagefind"]]
