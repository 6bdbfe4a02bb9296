"""Round 48: counts measured on a new random sample of collected reports (seed 48).
The story of a film shown (片中的反面典型…400余次…) holds no counts of the unit's
work; a count naming again a total reported before (处分的120人[中], 从查处的86起问题
类型看) is one number; a plan word inside a body's name (计划财务处) makes no target of
a count; an agent's relative clause (X[所]抓的Y) ends the object at X; a titled
person before 代表 (组长某某[代表]…) is the doer without the proxy word; and 以及
opening an actor links it to the list before. Every sentence is invented; each
failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number

from reportmine.extract.numbers import extract_numbers


def _counts(text: str) -> list[tuple[float, str]]:
    return [(n.value, n.unit) for n in extract_numbers(text)]


# --- the story of a film shown
def test_a_films_story_holds_no_counts() -> None:
    text = "书记点评指出：片中的反面典型先后200余次挪用公款达3000余万元。"
    assert _counts(text) == []


def test_counts_after_the_films_clause_stay() -> None:  # guard
    text = "观看警示片，片中人物先后20余次收受礼金；随后，12名党员交流发言。"
    assert _counts(text) == [(12, "名")]


def test_an_audience_of_a_film_stays() -> None:  # guard
    assert the_number("全体党员60余人观看警示教育片。", 60, "人").metric == "participants"


# --- a total named again
def test_a_total_before_its_breakdown_is_one_number() -> None:
    text = "全年处理违纪人员120人。被处理的120人中，科级干部35人。"
    assert _counts(text) == [(120, "人"), (35, "人")]


def test_a_deed_named_again_by_its_things_is_one_number() -> None:
    text = "全区查处作风问题86起。从查处的86起问题看，违规吃喝最多。"
    assert _counts(text) == [(86, "起")]


def test_two_counts_of_one_figure_stay_two() -> None:  # guard
    text = "开展集中学习12次，召开支部会议12次。"
    assert _counts(text) == [(12, "次"), (12, "次")]


# --- a plan word inside a name
def test_a_plan_word_inside_a_bodys_name_makes_no_target() -> None:
    text = "党委办、团委、计划财务处、后勤处等6个支部的书记应邀观摩。"
    n = the_number(text, 6, "个")
    assert (n.object, n.metric) == ("支部", "branches")


def test_a_plan_still_makes_a_target() -> None:  # guard
    assert _counts("计划开展专题党课5次。") == []


# --- an agent's relative clause
def test_an_agents_clause_ends_the_object() -> None:
    n = the_number("对32个村党组织书记所抓的党建工作进行测评。", 32, "个")
    assert n.object == "村党组织书记"


def test_where_the_people_are_stays_in_the_object() -> None:  # guard
    n = the_number("5个班长所在的支部参加活动。", 5, "个")
    assert n.object == "班长所在的支部"


# --- the doer before a proxy word
def test_a_titled_person_before_a_proxy_is_the_doer() -> None:
    n = the_number("第三督导组组长钱志海代表两个督导组作总结。", 2, "个")
    assert n.actor == "第三督导组组长钱志海"


def test_a_titled_person_speaking_for_a_group_is_the_doer() -> None:
    n = the_number("督导组组长钱志海代表督导组提出4条意见。", 4, "条")
    assert n.actor == "督导组组长钱志海"


def test_representatives_stay_a_noun() -> None:  # guard
    n = the_number("职工代表3人参加会议。", 3, "人")
    assert n.object == "职工代表"


# --- 以及 opening an actor
def test_a_list_link_opens_no_actor() -> None:
    n = the_number("周某某、吴某某，以及新河公司党支部10余名党员参加活动。", 10, "名")
    assert n.actor == "新河公司党支部"
