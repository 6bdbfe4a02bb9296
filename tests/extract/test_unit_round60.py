"""find_unit, round 60: 记 opening a feature's subtitle; two bodies read as
one name across 与 before a joint verb; a site's banner with its web address
as the title; a body inside a meeting's name after its ordinal; a page's
headline block above its info line and its buttons; a hall's other name in
brackets before its party body; a town acting through all its team; a
party ending after a stray space; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_record_lead_of_a_feature_subtitle() -> None:
    title = "凝心聚力促发展——记外科党支部召开组织生活会"
    text = ("4月2日，外科全体党员在示教室召开第一季度党员大会。\n"
            "会议回顾了外科党支部一年来的工作，开展了批评与自我批评。")
    assert unit(title, text) == "外科党支部"


def test_two_bodies_joined_by_yu_before_a_joint_verb() -> None:
    text = ("为深入学习贯彻全会精神，新塘成校与镇宣传科携手合作，开展“田间课堂”理论宣讲活动。\n"
            "本轮宣讲已覆盖全镇各村。")
    assert unit(None, text) == "新塘成校"
    # a name with 与 inside it and no level after 与 stays whole
    text = "5月6日，青川市自然资源与规划局携手市林业局开展植树护绿主题党日活动。"
    assert unit(None, text) == "青川市自然资源与规划局"


def test_site_banner_with_its_address_is_no_headline() -> None:
    title = "青川市人民医院 http://www.qcyy.gov.cn"
    text = "3月5日上午，省卫健委召开全省卫生健康工作会议，总结2022年工作，部署今年任务。"
    assert unit(title, text) == "省卫健委"


def test_body_after_a_meetings_ordinal_is_no_host() -> None:
    title = "第十九次全国法院工作会议召开 王某强调"
    text = ("1月8日，第十九次全国法院工作会议在北京举行。"
            "最高人民法院党组书记、院长王某出席会议并讲话。")
    assert unit(title, text) != "全国法院"


def test_headline_block_above_the_info_line() -> None:
    text = ("王某出席全省检察系统先进集体表彰座谈会强调\n"
            "奋力推进检察工作高质量发展\n"
            "2023-06-01 08:12:30 来源:青川日报\n"
            "分享:\n"
            "-标准+\n"
            "本报讯 5月30日下午，青川省人民检察院举行先进集体表彰座谈会。省检察院党组书记王某出席并讲话。")
    assert unit(None, text) == "青川省人民检察院"


def test_hall_with_its_other_name_in_brackets() -> None:
    text = ("4月15日，青川纪念馆(青川革命历史陈列馆)党委组织党员干部共30余人赴革命历史展览馆开展主题党日活动。\n"
            "大家重温了入党誓词。")
    assert unit(None, text) == "青川纪念馆党委"


def test_town_acting_through_all_its_team() -> None:
    text = ("为推动全会精神落地见效，连日来，柳河镇全体领导班子成员深入辖区12个行政村，"
            "开展了“田埂话改革”系列宣讲活动。")
    assert unit(None, text) == "柳河镇"


def test_party_ending_after_a_stray_space() -> None:
    text = ("为缅怀革命先烈，9月20日，县科协 党支部赴县烈士陵园开展主题党日活动，"
            "全体党员重温了入党誓词。")
    assert unit(None, text) == "县科协党支部"
