"""find_unit, round 63: opening sentences that tell only a superior's event or
a motto are read past; a credit label read as the title, an outlet's byline
and a day glued to a place hide no subject; a town's whole name before 与 is
not read into the body after it; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_background_sentences_before_the_units_own_act() -> None:
    text = ("1月10日，中央召开全面从严治党工作会议，习近平总书记出席会议并讲话。"
            "1月15日，全省纪检监察工作会议在青州召开。"
            "按照上级部署，市档案馆机关党支部迅速行动，1月18日召开支部大会，传达学习会议精神。\n"
            "会上，支部书记作了发言。")
    assert unit(None, text) == "市档案馆机关党支部"
    text = ("砥砺初心担使命，踔厉奋发向未来。"
            "党的二十大为新征程指明了前进方向。"
            "10月28日上午东岭社区党支部在社区活动室开展学习宣讲活动。\n"
            "党员代表二十余人参加。")
    assert unit(None, text) == "东岭社区党支部"


def test_credit_label_read_as_title_is_no_headline() -> None:
    title = "来自:组织部"
    text = ("3月2日，青禾县农业农村局召开党纪学习教育动员会。\n"
            "局党组书记主持会议。")
    assert unit(title, text) == "青禾县农业农村局"


def test_outlet_byline_with_no_brackets() -> None:
    text = ("青江日报记者李明远 王芳 昨天上午，青江县卫生健康局召开党风廉政建设工作会议。\n"
            "会议通报了有关情况。")
    assert unit(None, text) == "青江县卫生健康局"


def test_day_glued_to_a_place_subject() -> None:
    text = ("为丰富群众文化生活，5月12日柳溪镇举办“书香柳溪”读书分享活动。\n"
            "本次活动得到了全镇群众的积极参与。")
    assert unit(None, text) == "柳溪镇"


def test_town_before_yu_is_not_read_into_the_body() -> None:
    title = "党建联建促发展 桃源镇与农商银行城东支行签订共建协议"
    text = ("6月3日下午，桃源镇和农商银行城东支行举行共建签约仪式。\n"
            "双方签署了党建联建协议书。")
    assert unit(title, text) != "桃源镇与农商银行城东支行"
