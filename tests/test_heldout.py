"""The held-out gate: the whole pipeline on tests/gold_heldout.

These articles were written in styles the dev set lacks and annotated before
the organization, unit and slogan extractors were run on them (in batches:
each batch was first scored blind, then the extractors were fixed by general
rules), so the gate watches that those extractors keep generalizing, not just
that they fit dev.
Only the fields those extractors own are pinned (people, numbers and metadata
are gated by tests/gold).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from reportmine.evaluate import below_thresholds

HELDOUT = Path(__file__).resolve().parent / "gold_heldout"

#: Pinned a little under what was reached when set (organizations 0.998,
#: slogans 1.0, documents 1.0, unit 0.976 on 42 articles; on 50 articles
#: organizations 0.995, slogans 1.0, documents 1.0, unit 1.0; people and titles
#: 0.996 each after round 25). Raise as the
#: extractors improve; lower one only with a reason in the commit message.
#: Kept here, not in the gold folder, because score.py reads every *.json there.
PINNED = {
    "f1": {"organizations": 0.97, "slogans": 0.97, "documents": 0.9, "people": 0.98, "titles": 0.98},
    "acc": {"meta_unit": 0.96},
}


@pytest.fixture(scope="module")
def heldout_report(gold_gate) -> dict:
    return gold_gate(HELDOUT)


def test_every_heldout_article_is_paired(heldout_report: dict) -> None:
    assert heldout_report["missing_articles"] == []
    assert len(list((HELDOUT / "texts").iterdir())) == len(list(HELDOUT.glob("*.json")))


def test_heldout_gate_meets_pinned_thresholds(heldout_report: dict) -> None:
    low = below_thresholds(heldout_report["summary"], PINNED)
    assert not low, "; ".join(low)
