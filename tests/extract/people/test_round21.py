"""People extractor, round 21: a post word inside a place chain (某市长某区),
two untitled names joined by 和/与/及, a verb pair after a name (某某巡听旁听),
and the org of a name after an internal office.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import titles_and_org as people_of


# -- a level post inside a place chain ------------------------------------------

@pytest.mark.parametrize("text", [
    # 市 closes 西安市, 长 opens 长安区: no 市长, no person 安区
    "国家税务总局西安市长安区税务分局召开党史学习教育专题组织生活会。",
    "会上，西安市长安区区长周立新到会指导。",
    # 省 closes 湖南省, 长 opens 长沙市
    "湖南省长沙市委第三巡察组到会督导。",
])
def test_level_post_inside_a_place_chain_is_no_title(text: str) -> None:
    people = people_of(text)
    assert all("市长" not in titles and "省长" not in titles for titles, _ in people.values())
    assert not any(name in ("安区", "沙市") for name in people)


def test_place_chain_keeps_the_real_head_post() -> None:
    assert people_of("会上，西安市长安区区长周立新到会指导。")["周立新"][0] == ["区长"]


@pytest.mark.parametrize("text, name", [
    ("青石市市长王镇主持会议并讲话。", "王镇"),  # 长王 is no place: 市长 stays
    ("会议由青石市长郑安平主持。", "郑安平"),
])
def test_level_post_before_a_name_stays(text: str, name: str) -> None:
    assert people_of(text)[name][0] == ["市长"]


# -- two untitled names joined by 和/与/及 -----------------------------------------

@pytest.mark.parametrize("text, names", [
    ("会上，柯文静和郑思远分别作交流发言。", {"柯文静", "郑思远"}),
    ("随后，蒋丽与韩亮作表态发言。", {"蒋丽", "韩亮"}),
    ("会上，葛晓东、戴敏及严俊分别作交流发言。", {"葛晓东", "戴敏", "严俊"}),
    # a given name may hold 和 itself: the cut is where both sides are names
    ("会上，胡和平和程斌分别作交流发言。", {"胡和平", "程斌"}),
])
def test_names_joined_by_and_are_people(text: str, names: set[str]) -> None:
    found = set(people_of(text))
    assert names <= found
    assert not any(c in name for name in found for c in "和与及" if name != "胡和平")


@pytest.mark.parametrize("text", [
    "会上，单位和个人分别作交流发言。",  # 单 opens 单位: no name
    "会上，党员和群众分别作交流发言。",
])
def test_words_joined_by_and_are_no_names(text: str) -> None:
    assert people_of(text) == {}


# -- a verb pair after a name ---------------------------------------------------

def test_verb_pair_after_a_name_is_no_given_name() -> None:
    people = people_of("学院党委书记陶志斌巡听旁听学习会并作指导。")
    assert "陶志斌" in people
    assert not any(name.startswith("陶志斌") and name != "陶志斌" for name in people)


def test_two_character_name_before_a_verb_pair() -> None:
    people = people_of("学院党委书记陶斌巡听旁听学习会并作指导。")
    assert "陶斌" in people and "陶斌巡听" not in people and "陶斌巡" not in people


def test_four_character_name_after_a_post_stays() -> None:
    assert "巴桑顿珠" in people_of("所长巴桑顿珠在会上讲话。")


# -- an untitled name after an internal office (the lead's ruling) --------------

def test_office_the_extractor_names_is_the_org() -> None:
    people = people_of("市档案馆召开专题组织生活会。会上，政策法规处郁立新传达了会议精神。")
    assert people["郁立新"] == ([], "政策法规处")


def test_office_the_extractor_does_not_name_gives_no_org() -> None:
    people = people_of("市档案馆召开专题组织生活会。会上，数据中心郁立新传达了会议精神。")
    assert people["郁立新"] == ([], None)


# -- one name before 等 and a count of people ----------------------------------

@pytest.mark.parametrize("text, name", [
    ("大会选举产生新一届委员会，柏立新等21名同志当选委员。", "柏立新"),
    ("其中，章海涛等5名党员作交流发言。", "章海涛"),
])
def test_one_name_before_a_count_with_deng_is_a_person(text: str, name: str) -> None:
    assert name in people_of(text)


@pytest.mark.parametrize("text", [
    "会上，党员干部等20名同志参加学习。",
    "会议表彰了高质量等3名同志。",  # no name: 高质量 is a word
])
def test_word_before_a_count_is_no_person(text: str) -> None:
    assert people_of(text) == {}


# -- 报道 as a credit label before a colon --------------------------------------

def test_report_credit_before_a_colon_gives_author_role() -> None:
    people = analyze("区妇联召开执委会议\n会议审议通过了工作报告。\n（报道：钟立群）").people
    assert [(p.name, p.roles) for p in people] == [("钟立群", ["作者"])]


def test_report_verb_without_a_colon_is_no_credit() -> None:
    people = {p.name: p.roles for p in analyze("据当地媒体报道，蓝晓峰主持会议。").people}
    assert "作者" not in people.get("蓝晓峰", [])


# -- a name that is what is studied takes no role -------------------------------

def roles_of(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in analyze(text).people}


def test_studied_name_takes_no_role_and_passes_the_cue_on() -> None:
    roles = roles_of("会上，郝立新、詹文等三名同志依次围绕学习习近平总书记关于党的建设的重要论述作交流发言。")
    assert roles["习近平"] == []
    assert roles["郝立新"] == ["交流发言"] and roles["詹文"] == ["交流发言"]


def test_studied_model_worker_leaves_the_cue_to_the_subject() -> None:
    roles = roles_of("支部书记鲁晓光带领大家学习了柴定国同志先进事迹，并作点评。")
    assert roles["鲁晓光"] == ["点评"] and roles["柴定国"] == []


def test_subject_name_after_a_clause_keeps_its_role() -> None:
    assert roles_of("会上，传达了上级会议精神，郝立新主持会议。")["郝立新"] == ["主持"]
