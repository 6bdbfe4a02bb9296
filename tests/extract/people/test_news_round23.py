"""Names and organizations in general news, round 23: outside the meeting
genre (foreign affairs, banks and companies, museums, laboratories, sport),
so that name recognition generalizes. Covered: a verb ending in 署 (签署)
or a team's post (领队) after a body; ceremony verbs (启动, 特邀) before
one; 交行 before its branch; banks' three-character short names (农发行);
palace museums (博物院) and key laboratories (重点实验室) as bodies; a
person's name after a post not read as a field joined by 和 into the next
body's name; 邀请/应邀 after a name; a foreign state before a post read as
no rare-surname name; 领队 as a post and 教练员, as 教练, a trade.

Every sentence is invented (made-up units, places and people); none comes
from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.extract.people import extract_people
from lookups import org_kinds as orgs_of


def people_of(text: str) -> dict[str, list[str]]:
    """Name -> titles of every person found in ``text``."""
    return {p.name: p.titles for p in extract_people(text)}


# -- a body's name stops before a verb or a post ending in an org ending --------

@pytest.mark.parametrize("text, name, wrong", [
    ("昨日，青川银行与中国农业银行白河省分行签署合作备忘录。", "中国农业银行白河省分行",
     "中国农业银行白河省分行签署"),
    ("东岭能源集团与省交通投资集团签署战略协议。", "省交通投资集团", "省交通投资集团签署"),
    ("省龙舟队领队许文康介绍了备赛情况。", "省龙舟队", "省龙舟队领队"),
])
def test_name_stops_before_a_verb_or_post(text: str, name: str, wrong: str) -> None:
    found = orgs_of(text)
    assert name in found and wrong not in found


@pytest.mark.parametrize("text, name, wrong", [
    ("嘉宾共同启动青河市博物馆新馆开馆仪式。", "青河市博物馆新馆", "启动青河市博物馆新馆"),
    ("论坛特邀江岚省博物馆副馆长周佩出席。", "江岚省博物馆", "特邀江岚省博物馆"),
])
def test_ceremony_verb_before_a_body(text: str, name: str, wrong: str) -> None:
    found = orgs_of(text)
    assert name in found and wrong not in found


# -- banks --------------------------------------------------------------------

def test_jiaohang_before_its_branch() -> None:
    found = orgs_of("6日，交行白河省分行与交行青川市分行举行座谈。")
    assert "交行白河省分行" in found and "交行青川市分行" in found
    assert "行白河省分行" not in found


def test_bank_short_name_alone() -> None:
    assert "国开行" in orgs_of("国开行副行长魏平出席签约仪式。")


# -- museums and laboratories -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("西山博物院院长何新出席开幕式。", "西山博物院"),
    ("依托青岚大学建设的光谱化学国家重点实验室通过评估。", "光谱化学国家重点实验室"),
])
def test_museum_and_key_laboratory(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "unit"


# -- a person's name after a post is no field of the next body ---------------------

def test_name_after_post_is_no_joined_field() -> None:
    text = "通讯社副社长韩立和方志研究室副主任孟川出席。"
    found = orgs_of(text)
    assert "方志研究室" in found
    assert not any("韩立" in name for name in found)
    assert people_of(text).get("韩立") == ["副社长"]


# -- people ---------------------------------------------------------------------

def test_invitation_verb_ends_a_name() -> None:
    found = people_of("应外交部长宋明邀请，代表团将访问青川。")
    assert "宋明" in found and "宋明邀" not in found


def test_foreign_state_before_a_post_is_no_name() -> None:
    found = people_of("老挝外长甲乙丙、东帝汶外长将于下月访问中国。")
    assert "东帝汶" not in found


@pytest.mark.parametrize("text, name, titles", [
    ("省龙舟队领队许文康介绍了备赛情况。", "许文康", ["领队"]),
    ("国家攀岩队教练员钟远明在大会上发言。", "钟远明", []),
])
def test_sports_posts_and_trades(text: str, name: str, titles: list[str]) -> None:
    assert people_of(text).get(name) == titles
