"""International bodies the press names alone (上合组织, 亚投行, 国际原子能机构)
are organizations; short forms that make words with their neighbours (北约 in
湖北|约有) are left out of the lexicon on purpose.

Invented sentences."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("中方支持上合组织在地区事务中发挥更大作用。", ["上合组织"]),
    ("国际原子能机构总干事表示关切。", ["国际原子能机构"]),
    ("国际劳工组织发布年度报告。", ["国际劳工组织"]),
])
def test_international_bodies_named_alone(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["湖北约有两万名党员参加培训。", "其中西北约占三成。"])
def test_a_place_and_about_make_no_body(text: str) -> None:
    assert names(text) == []
