"""find_unit, round 56: a place's congress whose number stands inside its
name (某县妇女第十二次代表大会) names the body behind it (县妇联) as the
numbered form before the name does (某县第十二次妇女代表大会); on invented
articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_number_inside_the_congress_name() -> None:
    text = "青石县妇女第十二次代表大会召开\n4月9日，青石县妇女第十二次代表大会召开。县妇联主席李红作工作报告。"
    assert unit(None, text) == "青石县妇联"


def test_number_before_the_congress_name_unchanged() -> None:
    text = "青石县第十二次妇女代表大会召开\n4月9日，青石县第十二次妇女代表大会召开。县妇联主席李红作工作报告。"
    assert unit(None, text) == "青石县妇联"


def test_standing_committee_stays_itself() -> None:
    text = "青石县人民代表大会常务委员会召开党组会议\n4月9日，青石县人民代表大会常务委员会召开党组会议。县人大常委会主任李红主持。"
    assert unit(None, text) == "青石县人民代表大会常务委员会"


def test_disabled_persons_congress_with_inner_number() -> None:
    text = "青石县残疾人第六次代表大会开幕\n5月8日，青石县残疾人第六次代表大会在县剧院开幕。县残联理事长赵强作报告。"
    assert unit(None, text) == "青石县残联"


def test_inner_number_without_the_body_named_keeps_the_place() -> None:
    text = "青石县妇女第十二次代表大会召开\n4月9日，青石县妇女第十二次代表大会召开。县委书记张亮出席并讲话。"
    assert unit(None, text) == "青石县"


def test_town_holding_a_preparatory_meeting_stays_the_town() -> None:
    text = "柳溪镇召开人民代表大会筹备会\n3月2日，柳溪镇召开人民代表大会筹备会。镇党委书记王刚主持。"
    assert unit(None, text) == "柳溪镇"
