"""find_unit, round 64: a page's crumbs, a paper's masthead or a contact line
read as the title are no headline; 综合 closes an outlet's dateline; 为期…的
before a meeting's name opens no purpose clause; a flag (党旗) is no place;
on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_crumbs_read_as_title_are_no_headline() -> None:
    title = "当前位置：首页 > 县政府工作部门 > 县民政局 > 工作动态"
    text = ("3月4日，县民政局召开2025年度全局工作会议，总结上年工作。\n"
            "全体干部职工参加会议。")
    assert unit(title, text) == "县民政局"


def test_masthead_read_as_title_is_no_headline() -> None:
    title = "中共青江市委员会主管·青江日报社出版"
    text = ("本报讯 为做好汛期安全工作，5月8日，青江水务集团供水三厂党支部开展安全知识宣讲活动。\n"
            "支部党员参加了活动。")
    assert unit(title, text) == "青江水务集团供水三厂党支部"


def test_contact_line_read_as_title_is_no_headline() -> None:
    title = "青山县融媒体中心投稿邮箱:qingshan_news@163.com"
    text = ("2月10日上午，青山县交通运输局召开党风廉政建设工作会议。\n"
            "局党组书记作了讲话。")
    assert unit(title, text) == "青山县交通运输局"


def test_zonghe_closes_an_outlets_dateline() -> None:
    text = ("某某网3月2日综合(柳州晚报记者 陈立 通讯员 黄一 文/图)3月1日，柳江区档案馆召开党史学习教育推进会。\n"
            "馆长主持会议。")
    assert unit(None, text) == "柳江区档案馆"


def test_duration_before_a_meetings_name() -> None:
    text = ("3月6日上午，为期三天的青禾县第二人民医院第五届三次职工代表大会在门诊楼五楼会议室开幕。\n"
            "正式代表一百二十人出席会议。")
    assert unit(None, text) == "青禾县第二人民医院"


def test_party_flag_opening_a_title_is_no_place() -> None:
    title = "党旗红、先锋行——青松路第一小学党支部5月主题党日活动"
    text = ("5月20日，支部全体党员走进社区开展志愿服务。\n"
            "党员们清扫了楼道。")
    assert unit(title, text) == "青松路第一小学党支部"
