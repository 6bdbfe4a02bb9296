"""Round 53 (50 random reports, seed 53): 暨 and 界别 end a name, a daily
report is no newspaper, 型 makes a kind of body, a town's every village's
branch names none, 地直机关工委 keeps its 地, a bare 卫健委 in a list is a body,
and an idiom may open a group's name."""
import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected, mark", [
    ("青禾县委宣传部召开动员会暨青禾县宣传工作领导小组办公室会议。",
     "青禾县宣传工作领导小组办公室", "暨"),
    ("座谈会召开，民盟界别市政协委员参加。", "市政协", "界别"),
])
def test_joiner_and_sector_end_a_name(text, expected, mark):
    found = names(text)
    assert expected in found and not any(mark in n for n in found)


def test_daily_report_is_no_newspaper():
    text = "地委政法委建立工作情况日报制度，每天汇总情况。"
    assert not any(n.endswith("日报") for n in names(text))


@pytest.mark.parametrize("text, expected", [
    ("学院要建设学习型机电党总支，强化宣传引导。", ["机电党总支"]),
    ("全体党员要努力建设服务型党支部。", []),
    ("学校提出努力建设创新型大学。", []),
])
def test_a_kind_made_with_xing_opens_no_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "会后，镇各村党支部书记参加会议。",
    "青禾镇各社区党支部书记和全体镇干部列席会议。",
])
def test_every_village_under_a_town_names_none(text):
    assert names(text) == []


def test_a_towns_own_committee_stays():
    assert names("青禾镇党委召开会议，镇各村党支部书记参加。") == ["青禾镇党委"]


def test_prefecture_organs_committee_keeps_its_level():
    text = "考核覆盖全地区八个县市、地直机关工委和地区教育工委。"
    found = names(text)
    assert "地直机关工委" in found and "直机关工委" not in found


def test_bare_health_commission_in_a_list():
    text = "督查组发函督办该市水利局、卫健委，对乡镇开展检查。"
    assert "卫健委" in names(text)


@pytest.mark.parametrize("text", ["各级卫健委要落实责任。", "省市卫健委联合开展检查。"])
def test_every_health_commission_names_none(text):
    assert names(text) == []


def test_an_idiom_opens_a_volunteer_group():
    text = "此外，东城区星星之火志愿者协会开展义务指路活动。"
    assert "东城区星星之火志愿者协会" in names(text)


def test_a_group_named_for_two_campaigns_keeps_its_joiner():
    text = "县委庆祝中国共产党成立100周年活动暨党史学习教育领导小组召开第二次会议。"
    assert names(text) == ["县委庆祝中国共产党成立100周年活动暨党史学习教育领导小组"]
