"""Units grouped into institutions: party bodies stripped, sub-units rolled up."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("unit, institution", [
    ("青川县人民医院党委", "青川县人民医院"),
    ("青川县人民医院", "青川县人民医院"),
    ("北岭大学材料科学学院党委", "北岭大学"),
    ("北岭大学材料科学学院第二学生党支部", "北岭大学"),
    ("江浦市中级人民法院党组", "江浦市中级人民法院"),
    ("江浦市中级人民法院民事审判第三庭党支部", "江浦市中级人民法院"),
    ("市林业局机关第4党支部", "市林业局"),
    ("镇海区交通运输局机关党委", "镇海区交通运输局"),
    ("国家税务总局江浦市税务局", "国家税务总局江浦市税务局"),  # the rest names an office of its own
    ("县纪委", "县纪委"),  # stripping would leave too little
    ("市委宣传部", "市委宣传部"),  # no party suffix, no head: its own institution
])
def test_institution_of(unit, institution):
    from reportmine.compare.institutions import institution_of

    assert institution_of(unit) == institution


def test_without_roll_up_only_party_bodies_go():
    from reportmine.compare.institutions import institution_of

    assert institution_of("北岭大学材料科学学院第二学生党支部", roll_up_subunits=False) == "北岭大学材料科学学院"
    assert institution_of("江浦市中级人民法院党组", roll_up_subunits=False) == "江浦市中级人民法院"


def test_missing_unit_keeps_the_unknown_label():
    from reportmine.compare.common import UNKNOWN_UNIT
    from reportmine.compare.institutions import institution_of

    assert institution_of(None) == UNKNOWN_UNIT
    assert institution_of("") == UNKNOWN_UNIT


def test_both_levels_in_build(records, texts):
    """A party group and its bureau are two units but one institution."""
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    recs = [dict(r) for r in records]
    recs[3]["unit"] = "市水务局党组"  # the 民主生活会 report, credited to the bureau's party group
    c = build_comparisons(build_tables(recs), texts)
    units = set(c["compare_metrics"]["unit"])
    assert {"市水务局", "市水务局党组"} <= units
    inst = c["institutions"].set_index("unit")["institution"]
    assert inst["市水务局党组"] == inst["市水务局"] == "市水务局"
    by_inst = c["compare_metrics_by_institution"].set_index(["institution", "metric"])
    by_unit = c["compare_metrics"].set_index(["unit", "metric"])
    assert "市水务局党组" not in set(c["compare_metrics_by_institution"]["institution"])
    # problems found: the branch's meeting (12, its copy and follow-up not added) plus the party group's (9)
    assert by_unit.at[("市水务局", "problems_found"), "value"] == 12
    assert by_unit.at[("市水务局党组", "problems_found"), "value"] == 9
    assert by_inst.at[("市水务局", "problems_found"), "value"] == 21
    assert by_inst.at[("市水务局", "problems_found"), "rule"] == "sum_distinct_events"
    cl = c["article_clusters"]
    assert set(cl.loc[cl["unit"] == "市水务局党组", "institution"]) == {"市水务局"}
    assert set(c["compare_slogans_by_institution"]["institution"]) <= set(c["institutions"]["institution"])
    assert set(c["compare_terms_by_institution"]["institution"]) <= set(c["institutions"]["institution"])
