"""Shared fixtures: the shipped seed reports and how to run the real CLI."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
SCHEMA_PATH = ROOT / "outline" / "schema" / "outline-1.schema.json"

# The marker cache of a test run (and of every CLI it starts) is its own, not the user's.
if "OUTLINE_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["OUTLINE_CACHE_DIR"] = tempfile.mkdtemp(prefix="outline-test-cache-")


def outline_cmd() -> list[str]:
    """The installed ``outline`` command (next to this Python), as a user runs it."""
    exe = Path(sys.executable).parent / "outline"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("outline")
    return [found] if found else [sys.executable, "-m", "outline"]


def run_cli(*args: str, input_bytes: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([*outline_cmd(), *args], input=input_bytes, capture_output=True, env=env, timeout=120)


def cli_json(*args: str) -> dict:
    proc = run_cli("build", *args, "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout.decode("utf-8"))


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The stderr of a run that failed with one line and no traceback."""
    err = proc.stderr.decode("utf-8")
    assert proc.returncode != 0, err
    assert "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err


def chromium() -> str | None:
    """Debian's chromium, if installed (.ci/run installs it)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_flags(profile: Path) -> list[str]:
    """Headless Chromium on a closed network, with its own empty profile."""
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}"]


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
