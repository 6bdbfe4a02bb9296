"""find_unit, round 67: a column's label before a page's crumbs (某某新闻 首页 > …)
is furniture, not a body; a town whose name opens with 城 right after its county
(某县城关镇, 某县城头山镇) is read whole, though 县城 is an ordinary word; a clause
telling what came first (接到上级通知后，) is a time phrase before the place
subject; and an opening that credits a town or street with the scene it told
(…”这是某区某街道日前在开展…时的一个场景) names the unit, even where a later
sentence holds a round-up word. On invented articles."""
from __future__ import annotations

from lookups import unit_found as unit
from reportmine.extract import extract_all
from reportmine.parse.text import parse_text


def test_column_label_before_crumbs_is_no_title() -> None:
    title = "学院新闻 首页 > 新闻中心 > 学院新闻"
    text = ("6月3日下午，学院党委召开巡视整改工作推进会，部署整改任务。\n"
            "学院领导班子成员参加会议。")
    assert unit(title, text) == "学院党委"


def test_column_label_before_crumbs_is_dropped_from_a_page() -> None:
    page = parse_text("综合新闻 首页 > 新闻中心 > 综合新闻\n\n"
                      "[主题教育]卫生院党支部召开专题组织生活会\n\n"
                      "发布时间:2023-04-09\n\n"
                      "4月9日上午，卫生院党支部召开专题组织生活会，支部书记主持会议。\n"
                      "全体党员参加会议，开展了批评和自我批评。\n")
    # (the column tag in square brackets is cut from the headline by round 67's page rules)
    assert page.title == "卫生院党支部召开专题组织生活会"
    assert extract_all(page.text, page.title).unit == "卫生院党支部"


def test_county_then_town_opening_with_cheng() -> None:
    text = ("5月9日，平江县城关镇召开安全生产工作会议，镇长主持会议。\n"
            "会议部署了汛期安全工作。")
    assert unit(None, text) == "平江县城关镇"


def test_county_then_town_named_cheng_and_more() -> None:
    text = ("3月2日，慈利县城北湖镇召集各村支部书记召开乡村振兴推进会。\n"
            "会议总结了去年工作。")
    assert unit(None, text) == "慈利县城北湖镇"


def test_county_then_rural_township_opening_with_cheng() -> None:
    text = ("3月2日，汉寿县城郊乡召开乡村振兴推进会。\n"
            "会议总结了去年工作。")
    assert unit(None, text) == "汉寿县城郊乡"


def test_clause_of_what_came_first_before_a_town() -> None:
    text = ("收到市里通知后，青溪镇认真学习上级会议精神。镇长召集镇安委会成员作了部署。\n"
            "一、传达上级通知。")
    assert unit(None, text) == "青溪镇"


def test_scene_credited_to_a_street_past_a_round_up_word() -> None:
    text = ("本报讯 “赵某同志，你是社区党委委员，要多提意见……”这是东港区海滨街道日前在开展谈心谈话活动时的一个场景。\n"
            "随着主题教育陆续进入检视整改环节，近日，东港区海滨街道领导班子在深入学习的基础上，开展了谈心谈话活动。")
    assert unit(None, text) == "东港区海滨街道"
