"""Round 44: counts measured on a new random sample of collected reports (seed 44).
Sanctions named one by one (党内警告, 留党察看, 开除党籍) count people disciplined;
a leader's 重要文章 studied is no research article; 等次 keeps its 等; a 、 run of
decimals shares the unit of the last without a 分别; names joined by 和 before a
count of the same number restate them; a head count closing or totalling a list
of people (副书记王明及25名党员参加) is its clause's subject and takes the verb's
participants. Every sentence is invented; each failed before its fix, but the
guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- sanctions named one by one are people disciplined

def test_sanctions_in_a_breakdown_count_people_disciplined() -> None:
    text = "给予党纪处分21人（党内警告9人、留党察看3人、开除党籍2人）。"
    assert the_number(text, 9, "人").metric == "disciplined"
    assert the_number(text, 3, "人").metric == "disciplined"
    assert the_number(text, 2, "人").metric == "disciplined"


def test_a_serious_warning_counts_people_disciplined() -> None:
    assert the_number("全年立案16件，严重警告4人。", 4, "人").metric == "disciplined"


def test_guard_a_discipline_total_stays_disciplined() -> None:
    assert the_number("全年给予党纪处分21人。", 21, "人").metric == "disciplined"


# --- a leader's important articles are read, not written

def test_important_articles_studied_are_no_research_articles() -> None:
    n = the_number("委员周明、孙丽领学《甲篇》《乙篇》两篇重要文章。", 2, "篇")
    assert n.metric is None


def test_guard_articles_written_stay_research_articles() -> None:
    assert the_number("党员撰写心得文章14篇。", 14, "篇").metric == "research_articles"


# --- 等次 is one noun

def test_a_grade_keeps_its_first_character() -> None:
    n = the_number("按照“好、较好、一般”3个等次开展民主测评。", 3, "个")
    assert n.object == "等次"


def test_guard_a_list_closing_deng_is_still_cut() -> None:
    n = the_number("修订《会议规则》等规则制度23项。", 23, "项")
    assert n.object == "规则制度"


# --- a run of decimals shares the unit of the last

def test_decimals_joined_by_a_comma_share_the_unit() -> None:
    text = "女党员占比比上年提高12.6、8.4个百分点。"
    assert number_values(text) == [12.6, 8.4]
    assert the_number(text, 12.6).unit == "百分点"


def test_guard_whole_numbers_without_respectively_stay_a_range() -> None:
    assert number_values("每个支部选派3、5名党员参加。") == [5]


# --- names joined by 和 restated by a count

def test_names_joined_by_and_restated_by_a_count_are_no_count() -> None:
    assert number_values("会上，周明、吴华和郑强三位同志作交流发言。") == []


def test_names_after_a_quote_restated_by_a_count_are_no_count() -> None:
    assert number_values("展厅讲述了“三代守边”吴明、吴华和郑小强三位老党员的事迹。") == []


def test_guard_names_of_another_number_stay_a_count() -> None:
    assert number_values("会上，周明、吴华和郑强等五位同志作交流发言。") == [5]


# --- a count closing or totalling a list of people is its clause's subject

def test_a_count_closing_a_list_of_people_takes_participants() -> None:
    n = the_number("活动由支部书记主持，副书记何明及23名党员同志参加。", 23, "名")
    assert (n.object, n.metric) == ("党员同志", "participants")


def test_a_count_totalling_a_list_of_people_takes_participants() -> None:
    n = the_number("支部委员和党员代表共9名同志参加了会议。", 9, "名")
    assert n.metric == "participants"


def test_guard_a_preposition_alone_is_no_list() -> None:
    assert the_number("支部书记与7名党员开展谈心谈话。", 7, "名").metric == "talks"


def test_guard_people_invited_stay_members() -> None:
    assert the_number("邀请何明及6名党员干部参加。", 6, "名").metric == "members"
