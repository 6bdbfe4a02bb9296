"""Round 60 (people, the lead's cross-check on the fourth collection): a frequent
ordinary word after a before-name anchor (志愿者成立…) is no name. Invented sentences."""
from __future__ import annotations

from lookups import person_names as _names


def test_verb_after_a_volunteer_anchor_is_no_name():
    assert _names("社区组织志愿者成立宣讲小分队，走进小区宣讲。") == []


def test_name_after_a_volunteer_anchor_stays():
    assert _names("社区志愿者龚成立带领大家打扫楼道。") == ["龚成立"]
