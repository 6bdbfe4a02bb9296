"""The counted-numbers gate on tests/gold_numbers.

Those articles (rectification progress notices, study-campaign summaries,
民主生活会 reports) were written and annotated for numbers only, before the
number extractor was run on them; each batch was scored blind first (see the
commit messages), then the extractor was fixed by general rules. The gate
watches that counts and metrics keep generalizing beyond dev.
Only the numbers fields are pinned: people, organizations and slogans are
left empty in these gold files (``"numbers_only": true``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from reportmine.evaluate import below_thresholds

GOLD = Path(__file__).resolve().parents[2] / "gold_numbers"

#: A little under what was reached when set (numbers F1 0.998, metric 1.0 on
#: 20 articles, 291 gold counts). Raise as the extractor improves; lower one only
#: with a reason in the commit message.
PINNED = {"f1": {"numbers": 0.98}, "acc": {"number_metric": 0.97}}


@pytest.fixture(scope="module")
def report(gold_gate) -> dict:
    return gold_gate(GOLD)


def test_every_article_is_paired(report: dict) -> None:
    assert report["missing_articles"] == []
    assert len(list((GOLD / "texts").iterdir())) == len(list(GOLD.glob("*.json")))


def test_numbers_gate_meets_pinned_thresholds(report: dict) -> None:
    low = below_thresholds(report["summary"], PINNED)
    assert not low, "; ".join(low)
