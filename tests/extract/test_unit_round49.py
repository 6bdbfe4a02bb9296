"""find_unit, round 49: the reporter's own place holding a body's numbered
meeting, the body written short (我县召开工经联一届二次会长会议), gives the body
by its level where the text names it so (县工经联); an opening quoted speech
holding a quoted term (“…围绕“三农”服务…”) ends at its own closing mark, not
the term's; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


TERMED = ("4月2日，我县在县政府小会议室召开了工经联二届三次会长会议。县领导王立新出席。"
          "会议推选李青山为副会长。县工经联会长赵平安作工作报告，"
          "县委副书记孙明对县工经联的工作给予肯定。")


def test_pronoun_place_holding_a_short_bodys_termed_meeting_gives_the_body() -> None:
    assert unit("我县召开工经联二届三次会长会议", TERMED) == "县工经联"


def test_a_numbered_meeting_gives_the_body_too() -> None:
    text = TERMED.replace("二届三次", "第五次")
    assert unit("我县召开科协第五次全委会议", text.replace("工经联", "科协")) == "县科协"


def test_a_body_the_text_never_names_by_its_level_is_not_guessed() -> None:
    text = TERMED.replace("县工经联", "工经联")
    assert unit("我县召开工经联二届三次会长会议", text) != "县工经联"


def test_a_congress_still_gives_its_federation() -> None:
    text = "昨日，我市召开第六次妇女代表大会。市妇联主席刘红作工作报告。"
    assert unit("我市召开第六次妇女代表大会", text) == "市妇联"


NESTED = ("“这一年，我们围绕“强村富民”目标办了十件实事。明年我们还要再加把劲……”"
          "3月2日，青石镇召开村党组织书记述职评议会，镇党委书记周海主持会议。")


def test_a_quoted_term_inside_an_opening_speech_does_not_end_it() -> None:
    assert unit(None, NESTED) == "青石镇"


def test_an_opening_speech_with_no_inner_quote_is_still_skipped() -> None:
    assert unit(None, NESTED.replace("“强村富民”", "强村富民")) == "青石镇"
