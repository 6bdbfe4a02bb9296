"""Relative unit names (医院, 市委): flagged, never rewritten."""
from __future__ import annotations

import pytest

from reportmine.compare.units import is_relative


@pytest.mark.parametrize("unit", [
    "医院", "学校党委", "院党委理论学习中心组", "公司党委组织部", "市委", "县人大常委会党组",
    "区委第二巡察组", "镇党委", "学院教工第三党支部", "机关第二党支部", "中共县委", "旗委", "自治区文联",
    "市水务局",
])
def test_a_unit_that_does_not_say_which_body_is_relative(unit):
    assert is_relative(unit)


@pytest.mark.parametrize("unit", [
    "青川县人民医院党委", "北岭区委", "北岭大学", "江浦市中级人民法院党组",
    "市中区委",  # 市中区 is a district's own name: a level word closes it
    "学院路街道",  # a street named after the colleges: 路 is no word of the lexicon
    "镇平县委",  # 镇 opens no relative name: many counties' names start with it
    "（单位不明）",
])
def test_a_unit_that_names_itself_is_not_relative(unit):
    assert not is_relative(unit)


def test_users_extend_the_words(tmp_path, monkeypatch):
    from reportmine import resources
    from reportmine.compare import units

    assert not is_relative("研究中心工会小组")
    (tmp_path / units.RELATIVE_FILE).write_text("word\tkind\n工会小组\tbody\n研究中心\tbody\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert is_relative("研究中心工会小组")
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
    assert not is_relative("研究中心工会小组")


def test_institutions_table_flags_relative_units(records, texts):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    recs = [dict(r) for r in records]
    recs[3]["unit"] = "江浦市水务局"  # one report names its bureau in full
    inst = build_comparisons(build_tables(recs), texts)["institutions"].set_index("unit")
    assert bool(inst.at["市水务局", "relative"]) and bool(inst.at["县文化和旅游局", "relative"])
    assert not bool(inst.at["江浦市水务局", "relative"])
    assert not bool(inst.at["（单位不明）", "relative"])
