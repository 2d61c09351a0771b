"""Every shipped seed, run through the real CLI, matches its expected outline."""
from __future__ import annotations

import jsonschema
import pytest

from conftest import SEED_FILES, cli_json
from goldscore import score


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_outline_matches_gold(seed):
    result = score(seed.with_suffix(".outline"), cli_json(str(seed)))
    assert (result.missing, result.extra, result.wrong_parent) == ([], [], [])
    assert result.f1 == 1.0 and result.tree == 1.0
    assert result.title_ok


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_json_validates_against_schema(seed, schema):
    jsonschema.validate(cli_json(str(seed)), schema)


def test_leads_and_gaps_over_the_seeds():
    gold = found = reported = right = gaps_out = gaps_gold = 0
    for seed in SEED_FILES:
        r = score(seed.with_suffix(".outline"), cli_json(str(seed)))
        gold, found, reported, right = (a + b for a, b in zip((gold, found, reported, right), r.leads))
        gaps_out, gaps_gold = gaps_out + r.gaps[0], gaps_gold + r.gaps[1]
    assert gaps_out == gaps_gold >= 1
    assert right / reported >= 0.9  # precision first: a body sentence promoted is worse
    assert found / gold >= 0.8
