"""The pre-commit hooks and the GitHub workflow run commands that work here."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

BIN = Path(sys.executable).parent


def run(command: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command)
    if argv[0] == "mkdocs":
        argv += ["-d", str(tmp_path / "site")]
    if argv[0] == "ruff":
        argv += ["generator", "tests"]
    argv[0] = str(BIN / argv[0]) if (BIN / argv[0]).exists() else argv[0]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env=env)


def test_workflow_commands_pass(tmp_path: Path) -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text("utf-8"))
    steps = [s["run"] for s in workflow["jobs"]["build"]["steps"] if "run" in s]
    assert "factsite check --format github" in steps and "mkdocs build --strict" in steps
    for command in steps:
        if command.startswith(("pip ", "python -m pytest")):
            continue  # the install is this suite's own; pytest is this run
        result = run(command, tmp_path)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    uses = [s.get("uses", "") for job in workflow["jobs"].values() for s in job["steps"]]
    assert "actions/deploy-pages@v4" in uses


def test_pre_commit_hooks_pass(tmp_path: Path) -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    hooks = [h for repo in config["repos"] for h in repo["hooks"]]
    assert {h["id"] for h in hooks} == {"factsite-check", "ruff"}
    for hook in hooks:
        result = run(hook["entry"], tmp_path)
        assert result.returncode == 0, (hook["entry"], result.stdout, result.stderr)
