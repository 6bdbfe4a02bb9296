"""People extractor, round 22b: posts of two bodies told apart by a comma
(局党委委员、副局长，县律师行业党委书记某某), a name before 全票当选 opening a
clause, a representative or a supervisor named in a list of speakers, and the
rare surname 国 right after a post; then organizations: supply and marketing
cooperatives and rural credit unions as bodies, and 上半年 opening no body.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import titles_and_roles as people_of


# -- posts of two bodies, a comma between --------------------------------------

@pytest.mark.parametrize("text, name, titles", [
    ("会议由县司法局党委委员、副局长，县律师行业党委书记贾宏川主持。",
     "贾宏川", ["党委委员", "副局长", "县律师行业党委书记"]),
    ("会上，县委组织部副部长，县人社局党组书记、局长欧阳青山通报了工作情况。",
     "欧阳青山", ["县委组织部副部长", "县人社局党组书记", "局长"]),
    ("五届县政协副主席，县供销社原理事会主任、党组书记祁文礼等出席会议。",
     "祁文礼", ["政协副主席", "县供销社原理事会主任", "党组书记"]),
])
def test_posts_of_two_bodies_go_on_past_a_comma(text: str, name: str, titles: list[str]) -> None:
    people = people_of(text)
    assert name in people
    assert people[name][0] == titles


def test_a_clause_after_a_post_and_comma_carries_no_post() -> None:
    # the comma ends a clause: 县长 is 柯某's only post, the first holder unnamed
    people = people_of("会议由县委书记主持，县长柯远山出席并讲话。")
    assert people["柯远山"][0] == ["县长"]


# -- a name before 全票当选 opening a clause ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("会议履行了理事会主任调整程序，蓝振华全票当选为县供销合作社理事会主任。", "蓝振华"),
    ("经过选举，石晓峰高票当选。", "石晓峰"),
])
def test_a_name_before_a_vote_manner_and_elected(text: str, name: str) -> None:
    assert name in people_of(text)


def test_vote_manner_without_a_name_is_no_person() -> None:
    assert people_of("会议选举，新一届班子顺利当选。") == {}


# -- a representative or a supervisor in a list of speakers ---------------------

def test_representative_and_supervisor_in_a_list_of_speakers() -> None:
    people = people_of("县工商联副主席裴小军、无党派人士代表郑雨林、县人社特约监督员童欣先后发言。")
    assert people["裴小军"][0] == ["工商联副主席"]  # round 27: a mass body heads its post
    assert "郑雨林" in people and people["郑雨林"][0] == []
    assert "童欣" in people and people["童欣"][0] == []


@pytest.mark.parametrize("text", [
    "县人大代表大会召开第二次会议。",
    "他代表全体党员作表态发言。",
    "代表团成员参加了座谈。",
])
def test_representative_word_opens_no_name_by_itself(text: str) -> None:
    assert people_of(text) == {}


# -- the rare surname 国 after a post --------------------------------------------

def test_rare_surname_guo_after_a_post() -> None:
    people = people_of("集团监事会主席国振东出席会议并讲话。")
    assert people["国振东"][0] == ["监事会主席"]


@pytest.mark.parametrize("text", [
    "中央政治局委员国务院副总理出席。",
    "县委书记国庆期间走访慰问困难群众。",
])
def test_guo_after_a_post_opening_a_word_is_no_name(text: str) -> None:
    assert not any(n.startswith("国") for n in people_of(text))


# -- organizations: cooperatives and credit unions; a half-year opens no body -----

def orgs_of(text: str) -> list[str]:
    """Names of the organizations the pipeline finds."""
    return [o.name for o in analyze(text).organizations]


@pytest.mark.parametrize("text, org", [
    ("青松县供销合作社召开党纪学习教育动员会。", "青松县供销合作社"),
    ("中华全国供销合作总社秘书长汪定邦出席会议。", "中华全国供销合作总社"),
    ("会议学习了省供销合作社、市供销合作联社关于加强基层工作的意见。", "市供销合作联社"),
    ("青松县农村信用合作联社党委召开专题民主生活会。", "青松县农村信用合作联社党委"),
])
def test_cooperatives_and_credit_unions_are_bodies(text: str, org: str) -> None:
    assert org in orgs_of(text)


def test_bare_cooperative_words_name_no_body() -> None:
    assert orgs_of("各级供销合作社积极参与，他曾在信用社工作。") == []


@pytest.mark.parametrize("text", [
    "总经理回顾了上半年公司在网络建设方面取得的成绩。",
    "下半年集团将召开工作会议。",
])
def test_a_half_year_opens_no_body(text: str) -> None:
    assert orgs_of(text) == []
