"""Round 49 (people and titles): a three-character name between a bare title
body and its post (督导组甲组长到会指导, 党委甲副书记: the body need not be a
found organization); a writer named bare between the header's date and clock
time and the next field label (2026-03-10 11:30:50 某某某来源:); the adverb 明确
before a speech verb (某某明确指出) and 得票 ending a name.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names

from reportmine import analyze


# --- a name between a bare body and its post ----------------------------------------------------

def test_name_between_bare_group_and_post():
    text = "会上，督导组刘发展组长到会指导，并提出意见。"
    assert titles_by_name(text)["刘发展"] == ["组长"]


def test_name_between_bare_group_and_post_at_text_start():
    text = "督导组张建设组长到会指导。"
    assert titles_by_name(text)["张建设"] == ["组长"]


def test_name_between_bare_party_body_and_post_in_list():
    text = "党委吴立松书记、党委林幸福副书记出席组织生活会。"
    titles = titles_by_name(text)
    assert titles["林幸福"] == ["副书记"]
    assert titles["吴立松"] == ["书记"]


def test_found_body_before_name_still_binds():
    text = "县委第五督导组刘发展组长到会指导并讲话。"
    assert titles_by_name(text)["刘发展"] == ["组长"]


def test_bare_body_and_word_with_no_cue_is_no_name():
    # no cue or 、 after the post: the word after the body stays a word
    text = "督导组刘发展组长期以来坚持下沉一线。"
    assert "刘发展" not in _names(text)


# --- a writer between the header's time stamp and a field label ---------------------------------

def test_writer_between_time_and_source_label():
    text = "青岚区政协召开党组会议\n2026-03-10 11:30:50 简立仁来源:   责任编辑:   \n3月9日，区政协党组书记罗文昌主持召开会议。"
    a = analyze(text)
    people = {p.name: p for p in a.people}
    assert people["简立仁"].roles == ["作者"]
    assert a.author is None  # unlabelled: a person, no author of record


def test_outlet_after_time_is_no_writer():
    text = "青岚区政协召开党组会议\n2025-03-18 15:31 大众网来源:大众网\n3月9日，区政协党组书记罗文昌主持召开会议。"
    assert _names(text) == ["罗文昌"]


def test_time_then_label_alone_gives_no_writer():
    text = "青岚区政协召开党组会议\n2024-05-16 16:09:52 来源:青岚日报\n5月16日，区政协党组书记罗文昌主持召开会议。"
    a = analyze(text)
    assert _names(text) == ["罗文昌"]
    assert a.source == "青岚日报"


# --- 明确 before a speech verb, 得票 ----------------------------------------------------------------

def test_name_before_adverb_and_speech_verb_in_clause():
    assert "李建国" in _names("会上，李建国明确指出，要抓好整改落实。")


def test_name_before_adverb_and_demand():
    assert "王立群" in _names("会议结束时，王立群明确要求各支部抓好落实。")


def test_transliterated_name_before_adverb_and_announce():
    assert "若斯潘" in _names("会谈中，若斯潘明确宣布，该国的目标不变。")


def test_transliterated_name_before_votes():
    assert "克莱斯蒂尔" in _names("据公布的投票结果，克莱斯蒂尔得票遥遥领先。")


def test_clear_demand_without_name_gives_no_one():
    assert _names("会议对下一步工作提出明确要求。") == []
    assert _names("文件明确提出，要加强日常管理。") == []


# --- a newspaper's byline mark (■) before bare names ----------------------------------------------

def test_marked_byline_above_headline_spaced_names():
    text = "■孙 健 唐 燕\n青岚区委党校开展党课基层行活动\n2018年以来，区委党校办公室主任钱立兰走进村居讲党课。"
    a = analyze(text)
    people = {p.name: p for p in a.people}
    assert people["孙健"].roles == ["作者"]
    assert people["唐燕"].roles == ["作者"]
    assert a.title == "青岚区委党校开展党课基层行活动"


def test_marked_line_of_words_is_no_byline():
    text = "■党建 工作\n2018年以来，区委党校办公室主任钱立兰走进村居讲党课。"
    assert _names(text) == ["钱立兰"]


def test_marked_name_closing_the_text_is_the_writer():
    text = "3月2日，区委常委会召开会议，区委书记谢立钢主持会议。会议审议并同意有关方案的汇报。■瞿立伟"
    people = {p.name: p for p in analyze(text).people}
    assert people["瞿立伟"].roles == ["作者"]


def test_marked_word_closing_the_text_is_no_writer():
    text = "3月2日，区委常委会召开会议，区委书记谢立钢主持会议。会议审议并同意有关方案。■全面从严"
    assert _names(text) == ["谢立钢"]
