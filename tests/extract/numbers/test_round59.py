"""Round 59: counts measured on 50 reports of the seed-59 sample. No Chinese
numeral repeats 一, so 唯一一个 or 统一一项 is the word 唯一/统一 and an article, not
eleven; a leader leading others in a visiting party (某某带领…负责同志一行6人) leaves
the people led as what is counted; a word that only qualifies a head (直属, 公办)
before 和 right after a count reads on to that head (8家直属和挂靠单位); and a body
before its own people opening a list of people counted (各分局纪检机构主要负责同志、
各督查组负责同志…近150人) owns them and did nothing. Every sentence is invented;
each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number
from reportmine.extract.numbers import extract_numbers


# --- 唯一一个: the first 一 ends a word
def test_weiyi_yige_is_no_eleven() -> None:
    text = "清河镇是全县唯一一个获评省级文明镇的乡镇。"
    assert [n.value for n in extract_numbers(text)] == []


def test_weiyi_yixiang_leaves_the_later_count() -> None:
    text = "这是全市唯一一项入选的案例，共有5个社区参加。"
    assert [(n.value, n.unit) for n in extract_numbers(text)] == [(5, "个")]


def test_tongyi_yici_is_no_eleven() -> None:
    text = "各支部按照统一一套标准，开展集中学习8次。"
    assert 11 not in number_values(text)


def test_eleven_is_still_shiyi_guard() -> None:
    text = "全镇十一个党支部参加了评比。"
    assert the_number(text, 11, "个").object == "党支部"


# --- a leader leading others in a visiting party
def test_leader_leading_officials_leaves_those_led() -> None:
    text = "区委书记王明带领区直有关部门负责同志一行6人到白沙村调研。"
    assert the_number(text, 6, "人").object == "区直有关部门负责同志"


def test_leader_leading_a_group_leaves_the_group() -> None:
    text = "局长张强率领督查组一行5人到站检查。"
    assert the_number(text, 5, "人").object == "督查组"


def test_a_department_named_zuzhi_stays_whole_guard() -> None:
    text = "市委组织部一行5人到镇调研。"
    assert the_number(text, 5, "人").object == "市委组织部"


# --- a qualifying word before 和 reads on to its head
def test_zhishu_and_guakao_units() -> None:
    text = "市纪委第三巡察组对8家直属和挂靠单位开展了巡察。"
    assert the_number(text, 8, "家").object == "直属和挂靠单位"


def test_gongban_and_minban_kindergartens() -> None:
    text = "县教育局走访了15所公办和民办幼儿园。"
    assert the_number(text, 15, "所").object == "公办和民办幼儿园"


def test_two_things_counted_still_part_guard() -> None:
    text = "共有5个党支部和3个党小组参加。"
    assert the_number(text, 5, "个").object == "党支部"


# --- a body before its own people in a list of people counted
def test_body_owning_the_first_people_of_a_list_is_no_doer() -> None:
    text = "各区县分局单位纪检机构主要负责同志、各督查组负责同志近150人参加了会议。"
    assert the_number(text, 150, "人").actor is None


def test_body_owning_people_before_yiji_is_no_doer() -> None:
    text = "各区县分局单位纪检机构主要负责同志、各督查组负责同志以及市局机关有关处室负责同志近150人参加了会议。"
    assert the_number(text, 150, "人").actor is None


def test_a_doer_body_stays_guard() -> None:
    text = "各区县分局单位组织党员干部开展志愿服务20余次。"
    assert the_number(text, 20, "次").actor is not None
