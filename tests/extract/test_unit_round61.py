"""find_unit, round 61: a verb glued after a party body's ending (…党支部组织局…);
我会 for a chamber of commerce or an association; the one body a clause opening
with 由 names as leading the event; a body led by a holder (带领局党组同志) is no
subject; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_verb_glued_after_a_branch_is_no_part_of_its_name() -> None:
    text = ("6月9日，县农业农村局机关退休党支部组织局退休党员赴红军纪念馆开展主题党日活动。\n"
            "党员们重温了入党誓词。")
    assert unit(None, text) == "县农业农村局机关退休党支部"
    text = ("2023年7月3日，区水利局直属机关党委组织局属各党支部联合开展“清河护水”主题党日活动。\n"
            "各支部党员参加了活动。")
    assert unit(None, text) == "区水利局直属机关党委"


def test_wo_hui_stands_for_the_chamber_of_commerce_it_names() -> None:
    text = ("为推动党史学习教育走深走实，8月3日下午，我会邀请市委党校教授李某某作专题党课。"
            "我会党支部全体党员参加了报告会。\n"
            "报告会后，召开了青川市温州商会三届五次理事会议，商会会长王某某主持会议。")
    assert unit(None, text) == "青川市温州商会"


def test_body_leading_the_event_after_you() -> None:
    text = ("2022年7月1日，由县人民医院党委牵头，在县文化中心举办了“永远跟党走”红歌汇演。"
            "医院党委书记周某某致辞。\n"
            "各党支部依次登台演出。")
    assert unit(None, text) == "县人民医院党委"
    # a place before 由 stays the subject
    text = "近日，青川县由县委组织部牵头，开展了党员教育培训工作专项督查。"
    assert unit(None, text) != "县委组织部"


def test_body_led_by_a_holder_is_no_subject() -> None:
    text = ("6月12日下午，省应急管理厅副厅长、青川省气象局党组书记、局长吴某某主持召开党组会议，"
            "传达学习有关重要讲话精神。\n"
            "吴某某带领局党组同志逐条学习了相关重要批示。")
    assert unit(None, text) == "青川省气象局党组"
