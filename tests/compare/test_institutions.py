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
    # an establishment after a broader head is an institution of its own
    ("中国农业银行青川城南支行党委", "中国农业银行青川城南支行"),
    ("北岭医科大学附属第二医院呼吸内科党支部", "北岭医科大学附属第二医院"),
    ("江浦科学院土壤研究所第三党支部", "江浦科学院土壤研究所"),
    ("北岭大学附属中学党总支", "北岭大学附属中学"),
    ("北岭大学化学研究所党支部", "北岭大学"),  # 研究所 separates from academies only
    # a head that only opens a longer word is no place to cut
    ("青川省银行业协会党支部", "青川省银行业协会"),
    ("江浦市医院管理中心党委", "江浦市医院管理中心"),
    # qualifiers of a branch go with it; a party prefix goes too
    ("北岭大学外语系党总支教工第二党支部", "北岭大学"),
    ("江浦市财政局机关联合支部", "江浦市财政局"),
    ("中共青川县总工会党组", "青川县总工会"),
    ("中共中央", "中共中央"),  # too little would remain
    ("学院教工第三党支部", "学院"),  # a head word alone may remain
    ("县纪委第一党支部", "县纪委"),
    # 社区 is no place of its own after a head
    ("江浦市第一人民医院城东社区党支部", "江浦市第一人民医院"),
])
def test_institution_of(unit, institution):
    from reportmine.compare.institutions import institution_of

    assert institution_of(unit) == institution


def test_without_roll_up_only_party_bodies_go():
    from reportmine.compare.institutions import institution_of

    assert institution_of("北岭大学材料科学学院第二学生党支部", roll_up_subunits=False) == "北岭大学材料科学学院"
    assert institution_of("江浦市中级人民法院党组", roll_up_subunits=False) == "江浦市中级人民法院"


def test_qualifiers_go_with_the_branch_without_roll_up():
    from reportmine.compare.institutions import institution_of

    assert institution_of("北岭大学外语系党总支教工第二党支部", roll_up_subunits=False) == "北岭大学外语系"


def test_users_add_establishments(tmp_path, monkeypatch):
    """A user's own folder can make a 营业部 of a securities firm an institution of its own."""
    from reportmine import resources
    from reportmine.compare import institutions

    unit = "江浦证券有限公司城北营业部党支部"
    assert institutions.institution_of(unit) == "江浦证券有限公司"
    (tmp_path / institutions.HEADS_FILE).write_text("营业部\n", encoding="utf-8")
    (tmp_path / institutions.ESTABLISHMENTS_FILE).write_text("establishment\tafter\n营业部\t有限公司\n",
                                                             encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert institutions.institution_of(unit) == "江浦证券有限公司城北营业部"
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
    assert institutions.institution_of(unit) == "江浦证券有限公司"


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
