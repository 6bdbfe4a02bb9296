"""find_unit, round 52: a town opening the first sentence before every one
of its villages (某镇各村街陆续开展…) is the unit where the text names the
town again on its own (…某镇收集…件): it reports its villages' work; a town
named only before 各, and a county before its towns, stay round-ups (unit_cues
town_places, town_parts); on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_town_before_its_villages_named_again_is_the_unit() -> None:
    """青禾镇各村街…。…青禾镇收集…: the town counts its villages' work."""
    text = ("青禾镇各村街陆续开展“清洁家园”志愿服务，群众反响较好。\n"
            "青禾镇把志愿服务纳入年度考核，督促村街干部带头参与。\n"
            "截至目前，青禾镇登记服务需求45件，其中完成8件。")
    assert unit(None, text) == "青禾镇"


def test_township_before_its_villages_named_again_is_the_unit() -> None:
    """近日，红石乡各村…。红石乡累计…: the township, after a time lead."""
    text = ("近日，红石乡各村（社区）扎实开展人居环境整治。\n"
            "今年以来，红石乡累计清理垃圾300余吨，整治庭院120户。")
    assert unit(None, text) == "红石乡"


def test_street_before_its_communities_named_again_is_the_unit() -> None:
    """柳荫街道各社区…。柳荫街道要求…: the street office reports (guard: so before)."""
    text = ("5月10日，柳荫街道各社区开展主题党日活动。\n"
            "柳荫街道要求各社区党组织结合实际，办好实事。")
    assert unit(None, text) == "柳荫街道"


def test_town_named_only_before_its_villages_stays_a_round_up() -> None:
    """青禾镇各村… with the town never named again: a round-up (guard)."""
    text = ("青禾镇各村纷纷召开专题组织生活会。\n"
            "各村党支部书记代表支委会作对照检查，党员逐一发言。")
    assert unit(None, text) is None


def test_county_before_its_towns_stays_a_round_up() -> None:
    """青石县各乡镇…。青石县…: a county's towns each report (guard)."""
    text = ("青石县各乡镇纷纷召开专题组织生活会。\n"
            "青石县要求各乡镇党委抓好整改落实。")
    assert unit(None, text) is None


def test_community_before_its_parts_still_the_unit() -> None:
    """青松社区各小区党支部分别召开…: the community, as before (guard)."""
    text = "6月3日，青松社区各小区党支部分别召开组织生活会。社区党委书记某某参加。"
    assert unit(None, text) == "青松社区"
