"""The README's Dask example on a real local cluster: the same rows as `outline build --sections`."""
from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import ROOT, run_cli
from test_batch import corpus

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")


def _example():
    spec = importlib.util.spec_from_file_location("dask_sections", ROOT / "examples" / "dask_sections.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_example_writes_the_cli_section_table_and_lists_exactly_the_bad_files(tmp_path):
    root = corpus(tmp_path, copies=14)  # 70 reports (two chunks of 64) and two corrupt files
    paths = sorted(str(p) for p in root.rglob("*.txt"))
    example = _example()
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        totals = example.run(paths, tmp_path / "parts", client)

    parts = sorted((tmp_path / "parts").glob("part-*.jsonl"))
    assert len(parts) == 2
    rows = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]

    table = tmp_path / "cli.jsonl"
    proc = run_cli("build", *paths, "--sections", "-o", str(table), "--jobs", "1")
    assert proc.returncode == 1  # two files failed
    expected = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines()]
    assert rows == expected and totals["sections"] == len(expected)
    assert sorted(path for path, _ in totals["failed"]) == sorted(str(root / n) for n in ("broken.txt", "zeros.txt"))
    assert totals["files"] == len(paths)
