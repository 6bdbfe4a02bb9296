"""find_unit, round 65: a procuratorate's touring inspection group (第N巡回检察组)
is a body of its own; 但 opening a clause is no part of the generic unit after
it; a branch named by its kind alone (教工党支部) opening the sentence is the
unit; 最近 is a time word before the subject; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_touring_procuratorate_group_is_the_unit() -> None:
    text = ("9月3日，江川省人民检察院第六巡回检察组在柳岸市看守所召开巡回检察工作反馈会。\n"
            "巡回检察组组长通报了发现的问题。")
    assert unit(None, text) == "江川省人民检察院第六巡回检察组"


def test_conjunction_before_a_generic_unit() -> None:
    text = ("本周六虽是双休日，但公司全体党员仍集中在三楼报告厅收看大会直播。\n"
            "大家表示要认真学习会议精神。")
    assert unit(None, text) == "公司"


def test_branch_named_by_its_kind_alone() -> None:
    text = ("5月16日上午，学生党支部在图书馆二楼报告厅开展主题党日活动，重温入党誓词。\n"
            "支部书记主持活动。")
    assert unit(None, text) == "学生党支部"


def test_zuijin_before_a_street_office() -> None:
    text = ("最近，柳荫街道召开2024年度安全生产工作部署会，传达区安委会会议要求。\n"
            "街道办事处主任参加会议并讲话。")
    assert unit(None, text) == "柳荫街道"
