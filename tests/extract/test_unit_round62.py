"""find_unit, round 62: one of a title's two bodies going to the other as the
opening's lone subject is the unit; a verb glued between two party bodies
(…党委组织离退休党支部) is dropped with the second; a name's first words before
与 opening a clause are read with it; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_title_pair_with_one_body_going_to_the_other() -> None:
    title = "县交通运输局机关党支部与青松镇卫生院党支部开展结对共建"
    text = ("9月14日，县交通运输局机关党支部赴青松镇卫生院开展党支部结对共建活动。\n"
            "双方党员共同参观了院史陈列室。")
    assert unit(title, text) == "县交通运输局机关党支部"
    title = "化工学院学生党支部和青川日报社编辑部党支部举行支部共建活动"
    text = ("今年恰逢改革开放四十六周年。"
            "4月18日上午，化工学院学生党支部前往青川日报社，和编辑部党支部举行共建活动。\n"
            "活动由双方支部书记共同主持。")
    assert unit(title, text) == "化工学院学生党支部"
    # acting together, the pair stays a joint report
    title = "县交通运输局机关党支部与青松镇卫生院党支部开展结对共建"
    text = ("9月14日，县交通运输局机关党支部联合青松镇卫生院党支部开展结对共建活动。\n"
            "双方党员共同参观了院史陈列室。")
    assert unit(title, text) is None


def test_verb_glued_between_two_party_bodies() -> None:
    text = ("5月20日，青川省邮政集团党委组织离退休党支部赴烈士陵园开展主题党日活动。\n"
            "老党员们重温了入党誓词。")
    assert unit(None, text) == "青川省邮政集团党委"


def test_name_read_back_across_yu_at_a_clause_start() -> None:
    title = "文化广电与旅游体育局党支部组织开展主题党日活动"
    text = ("为增强党员党性意识，11月8日下午，文化广电与旅游体育局党支部组织开展主题党日活动。\n"
            "全体党员重温了入党誓词。")
    assert unit(title, text) == "文化广电与旅游体育局党支部"
    text = ("11月2日下午，档案与数据中心党支部开展了11月组织生活。"
            "学校机关党委副书记周某某列席了本次组织生活。\n"
            "会上开展了知识竞赛。")
    assert unit(None, text) == "档案与数据中心党支部"
