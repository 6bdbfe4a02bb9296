"""Round 37: what bounds the object of a count, measured on a random sample of
collected reports. Bodies counted by 个 end before a verb they do (19个党支部
通过…, 12个村党组织进驻); people of any kind end before a verb when no noun
closes the phrase after it (27名外国法官来院…); an adverb between a head count
of people and its verb (集中, 认真) names none of them; a list closed by 等 is
the clause's subject, so the verb after the count gives its metric; a light verb
of progress between 正在 and 整改 names nothing; the state of the things counted
(办理情况, 进展情况) and 共分 are no part of them; 修改意见 given count as
opinions given; the things counted are not their own doer. Every sentence is
invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number


# --- bodies counted by 个 end before the verb they do

@pytest.mark.parametrize("text,value,obj", [
    ("青岚镇14个村党组织通过主题党日开展学习。", 14, "村党组织"),
    ("县委第二轮巡察完成对9个社区党组织进驻。", 9, "社区党组织"),
    ("全镇11个村（社区）党支部统筹开展“三会一课”。", 11, "村（社区）党支部"),
])
def test_bodies_by_ge_end_before_their_verb(text: str, value: float, obj: str) -> None:
    n = the_number(text, value)
    assert (n.object, n.metric) == (obj, "branches")


def test_guard_ge_without_body_keeps_object() -> None:
    # (a guard: things counted by 个 with no body head keep their whole phrase)
    assert the_number("梳理出8个共性问题。", 8).object == "共性问题"


# --- people of any kind end before a verb when no noun closes the phrase

@pytest.mark.parametrize("text,value,obj", [
    ("5个国家16名外籍学员来院交流研修。", 16, "外籍学员"),
    ("县里抽调12名技术骨干联合攻关。", 12, "技术骨干"),
])
def test_people_end_before_their_verb(text: str, value: float, obj: str) -> None:
    assert the_number(text, value).object == obj


@pytest.mark.parametrize("text,value,obj", [
    ("30名青年突击队员参加。", 30, "青年突击队员"),
    ("10名机关在职党员参加。", 10, "机关在职党员"),
])
def test_guard_people_phrase_closed_by_noun(text: str, value: float, obj: str) -> None:
    # (a guard: a noun closing the phrase may be the head the verb qualifies)
    assert the_number(text, value).object == obj


# --- an adverb between a head count of people and its verb

@pytest.mark.parametrize("text,value", [
    ("机关干部和入党积极分子共48人集中观看了警示教育片。", 48),
    ("支部全体党员共23人认真聆听了党课。", 23),
])
def test_adverb_after_people_names_none(text: str, value: float) -> None:
    n = the_number(text, value)
    assert n.object not in ("集中", "认真") and n.object.endswith(("积极分子", "党员"))
    assert n.metric == "participants"


def test_guard_collective_study_after_count() -> None:
    # (a guard: 集中学习 after a count of times is what is counted)
    n = the_number("开展4次集中学习。", 4)
    assert (n.object, n.metric) == ("集中学习", "study_sessions")


# --- a list closed by 等 before a count of people is the clause's subject

def test_list_with_deng_takes_the_verbs_metric() -> None:
    n = the_number("支部委员、党员代表等9位同志参加了学习。", 9)
    assert (n.object, n.metric) == ("同志", "participants")


def test_guard_count_after_verb_keeps_members() -> None:
    # (a guard: people a verb before the count acts on stay members)
    assert the_number("评选出6名优秀党员。", 6).metric == "members"


# --- a light verb of progress between 正在 and 整改

@pytest.mark.parametrize("text,value", [
    ("巡察反馈问题40个，其中36个已完成整改，4个正在推进整改。", 4),
    ("对照检查问题15条，12条已完成整改，3条正在加紧推进整改。", 3),
])
def test_ongoing_with_light_verb_counts_items(text: str, value: float) -> None:
    assert the_number(text, value).metric == "rectification_items"


def test_guard_ongoing_without_rectification() -> None:
    # (a guard: a part under study is no rectification item)
    assert the_number("反馈问题20个，其中18个已完成整改，2个正在研究。", 2).metric != "rectification_items"


# --- the state of the things counted, and how a whole is divided

@pytest.mark.parametrize("text,value,obj", [
    ("督查组查看了8件“民生实事”办理情况。", 8, "“民生实事”"),
    ("会议通报了六项民生实事项目进展情况。", 6, "民生实事项目"),
    ("此次轮训共分4期。", 4, "此次轮训"),
])
def test_state_and_division_are_no_object(text: str, value: float, obj: str) -> None:
    assert the_number(text, value).object == obj


# --- revision opinions given, and the things counted as their own doer

def test_revision_opinions_given() -> None:
    assert the_number("评审组提出修改意见27项。", 27).metric == "opinions_given"


def test_guard_revision_opinions_gathered() -> None:
    # (a guard: opinions the unit gathers stay collected)
    assert the_number("征求修改意见12条。", 12).metric == "opinions_collected"


def test_counted_things_are_no_doer() -> None:
    n = the_number("河西社区“红色星期六”志愿者服务队20余名志愿者参加。", 20)
    assert n.actor is None
