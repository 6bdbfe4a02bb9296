"""Round 47 (people, titles and org): 携 (with, bringing) after a titled name is the
verb that joins the group the person brings (部长某某携工作组到会), no third given
character, where the text writes the name without it elsewhere; 发布者 (the account
that posted a page) is a credit label read before a colon, in a page's header line
as in the body, whose value names a person only when it reads as a personal name.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name

from reportmine import analyze


def _people(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {p.name: (p.titles, p.roles) for p in analyze(text).people}


# --- 携: the verb after a name, no given character --------------------------------------

def test_bring_after_titled_name_is_no_given_character():
    text = ("会议由学院党委书记邓光辉主持，学校党委委员、组织部长柯丽携列席工作组到会指导。"
            "会上，柯丽作点评。")
    titles = titles_by_name(text)
    assert "柯丽携" not in titles
    assert titles["柯丽"] == ["校党委委员", "组织部长"]


def test_three_character_name_before_bring_kept():
    text = "会议召开，青禾县副县长柯明远携县直部门负责人到会指导。"
    titles = titles_by_name(text)
    assert titles["柯明远"] == ["副县长"]


def test_preposition_for_still_ends_name():
    text = "会上，团长侯明为宣讲团授牌。随后，侯明对学员作动员讲话。"
    assert "侯明" in titles_by_name(text)


# --- 发布者: a credit label -----------------------------------------------------------------

def test_publisher_on_header_line_is_person():
    text = "发布日期：2024-05-31发布者：柯丽萍浏览次数：11\n青禾中学党支部召开组织生活会。"
    people = _people(text)
    assert "柯丽萍" in people
    assert analyze(text).editor is None


def test_publisher_in_body_bracket_is_person():
    text = "青禾中学党支部召开组织生活会，支部书记邓光辉主持会议。\n（发布者：柯丽萍）"
    assert "柯丽萍" in _people(text)


def test_publisher_unit_is_no_person():
    text = "发布者：青禾学院发布时间：2020-12-18浏览次数：26\n青禾学院党委召开中心组学习会。"
    assert not [p for p in analyze(text).people if "青禾" in p.name]


def test_publisher_as_common_phrase_is_no_label():
    text = "会议强调，作为信息发布者柯丽萍要严格把关。支部书记邓光辉主持会议。"
    people = _people(text)
    assert "邓光辉" in people
    assert all("审核" not in roles for _, roles in people.values())
