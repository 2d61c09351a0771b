#!/usr/bin/env python3
"""Change each heuristic constant in turn and run the suite: a constant that no test pins
survives its change.  (Not a test: about a minute a constant.)

Usage: python tests/sweep_constants.py [NAME ...]

Every module-level ``NAME = <number>`` of the cleaning steps, the segmenter, the lead rules, the
levels, the marker window, the script check and the reader is changed by one step (an int by one, a share by a tenth of itself) in a
temporary git worktree of HEAD, and the suite runs there with ``-x``.  Prints KILLED or
SURVIVED for each; a survivor wants a test on made-up text at its boundary.  The constants that
only trade speed (both sides give the same outline, which the property tests check) are skipped.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["outline/segment.py", "outline/leads.py", "outline/levels.py", "outline/reader.py", "outline/markers.py",
           "outline/script.py",
           *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "outline" / "cleaning").glob("*.py"))]
SPEED_ONLY = {"SPLIT_SCAN_MIN", "SCANS_MAX", "NEEDS_SPELLINGS_MAX", "MAX_BYTES", "WINDOWS_MAX"}
_CONSTANT = re.compile(r"^(_?[A-Z][A-Z0-9_]*) = ([0-9][0-9_]*(?:\.[0-9]+)?)\b", re.M)


def changed(value: str) -> str:
    """One step away: an int by one, a share by a tenth of itself."""
    return f"{float(value) * 1.1:.4g}" if "." in value else str(int(value.replace("_", "")) + 1)


def main() -> int:
    wanted = set(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="outline-sweep-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), "HEAD"], check=True,
                       capture_output=True)
        (tree / ".venv").symlink_to(ROOT / ".venv")
        shared = ROOT.parent / "shared"
        if shared.exists() and not (tree.parent / "shared").exists():
            (tree.parent / "shared").symlink_to(shared)  # (the corpus the golden tests read)
        try:
            for module in MODULES:
                path = tree / module
                original = path.read_text(encoding="utf-8")
                for m in _CONSTANT.finditer(original):
                    name, value = m.group(1), m.group(2)
                    if name in SPEED_ONLY or (wanted and name not in wanted):
                        continue
                    path.write_text(original[:m.start(2)] + changed(value) + original[m.end(2):], encoding="utf-8")
                    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly",
                                          "-k", "not interrupted", "tests/"], cwd=tree, capture_output=True,
                                         text=True)
                    path.write_text(original, encoding="utf-8")
                    verdict = "KILLED  " if run.returncode else "SURVIVED"
                    print(f"{verdict} {module}:{name} {value} -> {changed(value)}", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
