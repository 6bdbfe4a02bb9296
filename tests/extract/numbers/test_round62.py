"""Round 62: counts measured on 40 reports of the seed-62 sample. A list of people
opening with a titled head's own name (镇党委副书记王某、组织委员李某以及…等30余人)
runs on into the head count: the head is one of those counted, no doer; a count
that is the last item of a list joined by 以及 before a head count (…以及12家单位
的|宣传委员近40人) leaves the list no doer either; round-the-clock duty written
as 24小时 before the duty (24小时值班制度) is a name, no count of hours. Every
sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number
from reportmine.extract.numbers import extract_numbers


# --- a list opening with a titled head's own name runs on into the head count
def test_named_head_opening_list_is_no_doer() -> None:
    text = "镇党委副书记王立新、组织委员陈红、宣传委员李刚以及各村党支部书记、村委会主任等30余人参加会议。"
    assert the_number(text, 30, "人").actor is None


def test_named_head_list_with_posts_is_no_doer() -> None:
    text = "街道党工委书记赵明远、宣传委员孙丽以及协会会长、副会长、秘书长等25人出席座谈会。"
    assert the_number(text, 25, "人").actor is None


# --- a count that is the last item of a list joined by 以及 before a head count
def test_count_after_yiji_in_people_list_is_no_doer() -> None:
    text = "区委宣传部宣传科科长刘建华，区委宣传部副科长、主任科员郑文博以及二片区12家单位的宣传委员和相关负责同志近40人参加了会议。"
    assert the_number(text, 40, "人").actor is None


def test_count_before_head_count_keeps_doer_guard() -> None:
    text = "机关16个党支部确定整改问题74项。"
    assert the_number(text, 74, "项").actor is not None


# --- round-the-clock duty written as 24小时
def test_24_hour_duty_system_is_no_count() -> None:
    text = "县卫健局严格落实24小时值班制度。"
    assert [n.value for n in extract_numbers(text)] == []


def test_24_hour_hotline_is_no_count() -> None:
    text = "社区开通24小时服务热线，及时回应群众诉求。"
    assert [n.value for n in extract_numbers(text)] == []


def test_hours_served_stay_a_count_guard() -> None:
    text = "党员志愿者累计服务群众360小时。"
    assert the_number(text, 360, "小时").value == 360
