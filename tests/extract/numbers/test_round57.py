"""Round 57: counts measured on a new random sample of collected reports (seed 57).
A generation born in a decade (90后, 00后) names a kind of people: a head count
before it reads across it (6名00后职工 -> 00后职工) instead of losing its object;
a numeral before 项目部 (项目组) is the project's number in its name, no count of
items; a distributive 各 after a counted body opens what each did
(三个党小组[各]推选…); 利用 after people counted is the means they used
(9名党员[利用]休息时间…). Every sentence is invented; each failed before its fix,
but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- a decade's generation inside the people counted
def test_a_head_count_before_a_generation_is_read() -> None:
    text = "分会场，6名00后职工结合岗位实际分享了学习体会。"
    n = the_number(text, 6, "名")
    assert n.object is not None and "职工" in n.object


def test_a_head_count_before_a_mid_decade_generation_is_read() -> None:
    text = "支部组织9名95后团员赴红色教育基地开展志愿讲解。"
    n = the_number(text, 9, "名")
    assert n.object is not None and "团员" in n.object


def test_a_generation_is_no_count_of_its_own() -> None:  # guard
    text = "分会场，6名00后职工结合岗位实际分享了学习体会。"
    assert 0 not in number_values(text)


def test_digits_after_a_unit_still_make_an_id() -> None:  # guard
    text = "档案室共整理3卷2019年度会议记录。"
    assert 3 not in number_values(text)


# --- a project's number in its name
def test_a_number_before_xiangmubu_is_a_name() -> None:
    text = "当天，中铁某局八公司352项目部党支部组织党员收看大会直播。"
    assert 352 not in number_values(text)


def test_a_number_before_xiangmuzu_is_a_name() -> None:
    text = "公路建设指挥部27项目组全体职工参加了安全培训。"
    assert 27 not in number_values(text)


def test_items_of_targets_stay_counts() -> None:  # guard
    text = "会议确定了年度12项目标任务。"
    assert the_number(text, 12, "项").object == "目标任务"


# --- a distributive 各 after a counted body
def test_ge_ends_a_counted_body() -> None:
    text = "会上，五个党小组各推选2名党员作交流发言。"
    assert the_number(text, 5, "个").object == "党小组"


def test_ge_ends_counted_branches() -> None:
    text = "活动中，7个支部各选派一支队伍参加知识竞赛。"
    assert the_number(text, 7, "个").object == "支部"


# --- the means people used ends the noun of a head count of people
def test_liyong_ends_the_people_counted() -> None:
    text = "周末，社区9名在职党员利用休息时间清理楼道杂物。"
    assert the_number(text, 9, "名").object == "在职党员"


def test_liyong_inside_a_counted_thing_stays() -> None:  # guard
    text = "今年，全区建成4个秸秆资源利用示范点。"
    assert the_number(text, 4, "个").object == "秸秆资源利用示范点"
