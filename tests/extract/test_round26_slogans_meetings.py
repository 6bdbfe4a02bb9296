"""Slogans and meetings, round 26.

Slogans: an item framed as the inner ones starts where its frame does, though
a dictionary word straddles the cut (精神|往深里走); a shared verb or
preposition and a shared ending frame items of any length (把问题讲清楚、
把危害性讲清楚、把整改要求讲清楚), and a function word opening items of one
length frames them with a content character shared inside (把问题谈开、把道理
谈透、把思想谈通); a clause lead and the aim it names frame four-character
items whatever their build (达到了红脸出汗、排毒治病、增进团结的目的); 带头
leads a clause; fronts naming a subject and its activity before one abstract
noun may differ in length (共产党执政规律、社会主义建设规律、人类社会发展规律);
a scope character opens items of different lengths (全党动手、全民参与、全社会
齐抓共管); a verb, 一 with a measure word and a noun frame items (解决一个问题、
完善一套制度、堵塞一批漏洞), while a numeral and a measure word opening every item
count things (一台电脑、一套桌椅、一批图书); an unlisted count before a short quote is one formula (五个“有利
条件”), written with its quotes so that its span slices to its text; a title
nested in another is a document, and so is the outer one; a quote cut short
with an ellipsis is a quotation. A cut first item opening with a noun where
the others open with a verb is no part of a comma run sharing a middle word.

Meetings: a comma inside a quoted theme ends no clause, so the subject before
it holds the meeting (某支部开展“学习新思想，建功新时代”主题党日活动); types are
read as written (支委会议, 学习会议, 集体学习会议), and a later 此次学习会议
is still the 专题学习会 before it (a guard: the old code read 学习会 inside it);
a meeting named as the form of the one held (以…会议的形式…举办读书班) is no
sitting of its own.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.extract.slogans import extract_slogans, formula_of


def slogans_of(text: str) -> dict[str, str]:
    """Slogan text -> kind (documents left out)."""
    return {s.text: s.kind for s in extract_slogans(text) if s.kind != "document"}


def documents_of(text: str) -> list[str]:
    return [s.text for s in extract_slogans(text) if s.kind == "document"]


@pytest.mark.parametrize("text, slogan", [
    # a frame fixes where the first item starts (神往 is a word, 往 opens the item)
    ("支部要推动学习全会精神往深里走、往实里走、往心里走，见到实效。", "往深里走、往实里走、往心里走"),
    # a verb or preposition and a shared ending around parts of different lengths
    ("巡察组反馈时，把问题说明白、把危害性说明白、把整改要求说明白。",
     "把问题说明白、把危害性说明白、把整改要求说明白"),
    # a function word opening items of one length with a verb shared inside
    ("班子成员之间开诚布公，把问题摆开、把道理摆透、把思想摆顺，增进了团结。",
     "把问题摆开、把道理摆透、把思想摆顺"),
    # a clause lead and the aim it names frame the run, whatever each item's build
    ("这次会议达到了红脸出汗、排毒治病、增进团结的目的。", "红脸出汗、排毒治病、增进团结"),
    ("通过会议，真正达到了剖析自我、查摆问题、凝聚共识的效果。", "剖析自我、查摆问题、凝聚共识"),
    ("此次生活会实现了统一思想、明确方向、凝聚力量的目的。", "统一思想、明确方向、凝聚力量"),
    # 带头 leads a clause of verb-object items
    ("班子成员对照检查了在带头增强党性、严守纪律、砥砺作风；带头履职尽责等方面的差距。",
     "增强党性、严守纪律、砥砺作风"),
    # a subject and its activity before one abstract noun, fronts of different lengths
    ("要深化对共产党执政规律、社会主义建设规律、人类社会发展规律的认识。",
     "共产党执政规律、社会主义建设规律、人类社会发展规律"),
    # a scope character before items of different lengths
    ("着力形成全党动手、全民参与、全社会齐抓共管的工作格局。", "全党动手、全民参与、全社会齐抓共管"),
    ("推动全员参与、全程跟进、全方位保障，确保整改见效。", "全员参与、全程跟进、全方位保障"),
    # a verb, 一 with a measure word, a noun
    ("要真正做到解决一个问题、完善一套制度、堵塞一批漏洞，巩固整改成果。",
     "解决一个问题、完善一套制度、堵塞一批漏洞"),
])
def test_new_parallel_formulas(text: str, slogan: str) -> None:
    assert slogans_of(text).get(slogan) == "parallel"


@pytest.mark.parametrize("text, slogan", [
    ("支部党员围绕五个“有利条件”展开学习研讨。", "五个“有利条件”"),
    ("巡察组坚持做到三个“讲清楚”，不回避问题。", "三个“讲清楚”"),
    ("会上强调要做到三个“进一步”。", "三个“进一步”"),
])
def test_unlisted_count_before_a_quote(text: str, slogan: str) -> None:
    found = extract_slogans(text)
    hit = next(s for s in found if s.text == slogan)
    assert hit.kind == "numbered"
    for s, e in hit.spans:
        assert text[s:e] == hit.text


def test_a_listed_count_before_a_quote_keeps_its_formula_name() -> None:
    text = "支部党员围绕五个“必由之路”开展学习研讨。"
    hit = next(s for s in extract_slogans(text) if s.kind == "numbered")
    assert hit.text == "五个“必由之路”" and text[hit.spans[0][0]:hit.spans[0][1]] == hit.text
    assert formula_of(hit) == "五个必由之路"


def test_nested_document_titles() -> None:
    text = "会议学习了《县委召开常委会议审议《干部报告个人事项规定》》等文件。"
    docs = documents_of(text)
    assert "县委召开常委会议审议《干部报告个人事项规定》" in docs
    assert "干部报告个人事项规定" in docs
    for s in extract_slogans(text):
        for a, b in s.spans:
            assert text[a:b] == s.text


def test_a_quote_cut_short_is_a_quotation() -> None:
    assert not slogans_of("全体党员面对党旗齐声诵读“我志愿加入中国共产党……”，声音洪亮。")
    # a list of items cut short stays
    assert "学党史、悟思想……" in slogans_of("支部围绕“学党史、悟思想……”开展学习。")


# -- what must not change --------------------------------------------------------

@pytest.mark.parametrize("text, bad", [
    # a count of quoted things named or honoured, or of a noun after the quote
    ("镇里评出十个“文明家庭”，予以表彰。", "十个“文明家庭”"),
    ("街道今年建成三个“红色驿站”。", "三个“红色驿站”"),
    ("全县评出三个“红旗”单位。", "三个“红旗”"),
    ("这体现了一个“实”字。", "一个“实”"),
    # bodies opening with a level, of different lengths
    ("区实验小学、区第二实验小学、区育才实验小学参加活动。", "区实验小学、区第二实验小学、区育才实验小学"),
    # a list of things shared by a verb
    ("校园教学楼维修、宿舍楼维修、食堂维修已完成。", "教学楼维修、宿舍楼维修、食堂维修"),
    # the state of things reported on
    ("会议听取了资金使用情况、项目建设情况、制度执行情况的汇报。", "资金使用情况、项目建设情况、制度执行情况"),
    # things counted by a numeral and a measure word
    ("支部为活动室采购一台电脑、一套桌椅、一批图书。", "一台电脑、一套桌椅、一批图书"),
    # places opening with 全
    ("全市、全县、全区党员干部参加学习。", "全市、全县、全区"),
    # a run of scope items going on with no end of its own
    ("推动全员参与、全程跟进、全方位保障整改任务全面落实。", "全员参与、全程跟进、全方位保障整改任务全面落实"),
    ("要健全制度、全员参与、全程监督、全方位保障。", "全制度、全员参与、全程监督、全方位保障"),
    # a noun that the verb before took, cut as the first item
    ("要紧密结合本院学生工作实际，创新工作方法，提升工作成效。", "学生工作实际，创新工作方法，提升工作成效"),
])
def test_not_a_formula(text: str, bad: str) -> None:
    assert bad not in slogans_of(text)


def test_activity_list_after_bare_punctuation_stays_out() -> None:
    # verb-object items after bare punctuation, with no lead and no aim, are what was done
    assert not slogans_of("会前，支部征求意见、查找差距、制定措施，撰写了材料。")


def test_comma_run_sharing_a_middle_word_stays() -> None:
    found = slogans_of("会议要求，要强化政治意识，增强政治自觉，提高政治觉悟。")
    assert "强化政治意识，增强政治自觉，提高政治觉悟" in found


# == meetings ======================================================================

from reportmine import analyze  # noqa: E402
from reportmine.extract.meetings import extract_meetings  # noqa: E402


def meetings_of(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = analyze("工作动态\n" + text)
    return [(m.type, m.holder, m.date) for m in rec.meetings]


@pytest.mark.parametrize("text, holder", [
    # a comma inside the quoted theme ends no clause: the subject before it holds
    ("11月8日上午，青禾县财政局第二党支部开展“学习新思想，建功新时代”主题党日活动。", "青禾县财政局第二党支部"),
    ("5月6日，白沙镇党委召开“守初心，担使命，促发展”专题组织生活会。", "白沙镇党委"),
    # and bodies acting together before it still hold it jointly
    ("7月1日，青禾县档案馆党支部与青禾县方志办党支部在党员活动室联合开展“重温誓词，不忘初心”主题党日活动。",
     "青禾县档案馆党支部、青禾县方志办党支部"),
])
def test_a_quoted_theme_with_commas_keeps_the_holder(text: str, holder: str) -> None:
    assert [h for _, h, _ in meetings_of(text)] == [holder]


@pytest.mark.parametrize("text, mtype", [
    ("7月20日，民进青禾支部召开二届十五次支委会议，支部主委主持。", "支委会议"),
    ("4月28日，青禾书院党总支中心组召开政治理论学习会议。", "学习会议"),
    ("8月30日，青禾县民政服务中心召开集体学习会议。", "集体学习会议"),
])
def test_a_type_is_read_as_written(text: str, mtype: str) -> None:
    assert [t for t, _, _ in meetings_of(text)] == [mtype]


def test_a_meeting_named_as_the_form_of_another_is_one_sitting() -> None:
    text = ("3月31日，青禾县教研室党委以党委理论学习中心组（扩大）会议的形式，采取集体学习和交流研讨相结合的方式，"
            "举办作风建设专题读书班。")
    assert meetings_of(text) == [("专题读书班", "青禾县教研室党委", "--03-31")]


def test_a_later_mention_written_with_huiyi_is_the_same_sitting() -> None:
    text = ("9月26日，青禾学院学生第二党支部举行专题学习会，学习全会公报。\n"
            "此次学习会议的召开，加深了党员对全会精神的理解。")
    assert [t for t, _, _ in meetings_of(text)] == ["专题学习会"]


@pytest.mark.parametrize("text, expected", [
    # a meeting whose spirit is studied is no sitting
    ("会议传达学习会议精神。", []),
    # a form named alone is the meeting held
    ("3月5日，青禾县税务局党组以理论学习中心组学习会的形式召开。", ["理论学习中心组学习"]),
])
def test_meeting_guards(text: str, expected: list[str]) -> None:
    assert [m.type for m in extract_meetings(text)] == expected


def test_a_comma_outside_quotes_still_ends_the_clause() -> None:
    # the second clause has a subject of its own
    text = "6月1日，白沙镇党委召开党委会议，镇机关第一党支部开展“学党史”主题党日活动。"
    assert ("主题党日活动", "镇机关第一党支部", "--06-01") in meetings_of(text)
