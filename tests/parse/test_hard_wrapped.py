"""Round 40, pasted text hard-wrapped at a fixed width (copied out of a PDF): each
paragraph is one line again, so slogans, 《documents》, bodies and names cut by a
line break are read; text that is not hard-wrapped comes out as before. The
texts are invented (made-up units and people) and wrapped here at 20, 27 and 35
Han characters, the way a PDF sets them: a paragraph's first line indented by
two characters (lost in the paste), a Latin word moved down whole."""
import re
import unicodedata

import pytest

from reportmine import analyze
from reportmine.parse.text import parse_text

_REPORT = [
    "2025年，青禾县林业局党委理论学习中心组坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，"
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”，全年集中学习12次，推动理论学习走深走实。",
    "一、主要做法",
    "（一）压实主体责任。年初，局党委研究制定《青禾县林业局党委理论学习中心组2025年度学习计划》，党委书记周明远带头讲党课3次，"
    "班子成员撰写调研报告8篇。",
    "（二）创新学习形式。局党委组织班子成员赴柳塘镇林业站开展专题调研，邀请青禾县委党校教授岑素梅作专题辅导，推动学习成果转化为"
    "护林防火的实际成效。",
    "二、下一步打算",
    "局党委将继续坚持“第一议题”制度，持续深化“三学三比”学习品牌建设，为青禾县林业高质量发展提供坚强保证。",
]
_MEETING = [
    "12月18日，青禾县林业局党委召开2025年度民主生活会，局党委书记周明远主持会议并作总结讲话，县纪委监委驻县自然资源局纪检监察组"
    "组长邬可欣到会指导。",
    "会前，局党委与Green Valley Forestry Institute签订合作备忘录，围绕forest fire prevention开展交流，共征求意见建议26条。",
    "会议要求，班子成员要把查摆出的问题逐条列出清单，明确整改时限，确保件件有着落、事事有回音。",
]
_HEAD, _TAIL = "青禾县林业局党委2025年度学习工作", "总结"
_TOKEN = re.compile(r"[A-Za-z0-9]+|.")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def _hard_wrap(paragraphs: list[str], chars: int) -> str:
    """``paragraphs`` set out as a PDF sets them ``chars`` Han characters wide, then pasted."""
    lines: list[str] = []
    for paragraph in paragraphs:
        line = "\u3000\u3000"
        for token in _TOKEN.findall(paragraph):
            if _width(line + token) > 2 * chars and line.strip():
                lines.append(line.strip())
                line = ""
            line += token
        lines.append(line.strip())
    return "\n".join(lines)


@pytest.mark.parametrize("chars", [20, 27, 35])
def test_each_wrapped_paragraph_is_one_paragraph_again(chars):
    wrapped = _hard_wrap(_REPORT, chars)
    assert len(wrapped.split("\n")) > len(_REPORT) + 3  # (the layout did cut the paragraphs)
    page = parse_text(f"{_HEAD}\n{_TAIL}\n{wrapped}")
    assert page.paragraphs == _REPORT


@pytest.mark.parametrize("chars", [20, 35])
def test_latin_words_cut_by_the_wrap_keep_their_space(chars):
    wrapped = _hard_wrap(_MEETING + _REPORT, chars)
    assert "Forestry\nInstitute" in wrapped or "fire\nprevention" in wrapped or "\nforest fire" in wrapped
    page = parse_text(f"青禾县林业局党委召开2025年度民主生活会\n{wrapped}")
    assert page.paragraphs == _MEETING + _REPORT


def test_names_documents_slogans_and_bodies_cut_by_the_wrap_are_read():
    wrapped = _hard_wrap(_REPORT + _MEETING[:1], 27)
    # the layout cuts 周明|远, 《青禾县林|业局…》, “三学三|比” and 驻县自|然资源局
    assert "周明\n远" in wrapped and "青禾县林\n业局" in wrapped and "三学三\n比" in wrapped and "县自\n然资源局" in wrapped
    article = analyze(f"{_HEAD}\n{_TAIL}\n{wrapped}")
    assert [p.name for p in article.people if p.name.startswith("周明")] == ["周明远"]
    slogans = [s.text for s in article.slogans]
    assert "三学三比" in slogans and "青禾县林业局党委理论学习中心组2025年度学习计划" in slogans
    assert "县纪委监委驻县自然资源局纪检监察组" in {o.name for o in article.organizations}


def test_the_joined_lines_are_reported_in_one_warning():
    page = parse_text(f"{_HEAD}\n{_TAIL}\n{_hard_wrap(_REPORT, 27)}")
    notes = [w for w in page.warnings if "hard-wrapped" in w]
    assert len(notes) == 1 and "line breaks inside paragraphs joined" in notes[0]


def test_a_headline_wrapped_over_two_lines_is_one_title():
    page = parse_text(f"{_HEAD}\n{_TAIL}\n{_hard_wrap(_REPORT, 27)}")
    assert page.title == _HEAD + _TAIL


def test_a_full_line_closing_a_sentence_keeps_its_break_before_a_heading():
    wrapped = _hard_wrap(_REPORT, 27)
    assert "走深走实。\n一、主要做法" in wrapped  # (a line as wide as the rest, closed by 。)
    assert parse_text(f"{_HEAD}\n{_TAIL}\n{wrapped}").paragraphs[1] == "一、主要做法"


# guards: what must not change


def test_a_name_under_a_wrapped_headline_stays_out_of_the_title():
    page = parse_text(f"{_HEAD}\n周明远\n{_hard_wrap(_REPORT, 27)}")
    assert page.title == _HEAD


def test_a_subtitle_under_a_wrapped_headline_stays_out_of_the_title():
    page = parse_text(f"{_HEAD}\n——护林防火\n{_hard_wrap(_REPORT, 27)}")
    assert page.title == _HEAD


def test_header_fields_above_a_wrapped_text_are_read():
    text = f"{_HEAD}{_TAIL}\n来源：青禾县林业局　发布时间：2025-12-30\n{_hard_wrap(_REPORT, 27)}\n（编辑：岑素梅）"
    page = parse_text(text)
    assert (page.title, page.date, page.source, page.editor) == (_HEAD + _TAIL, "2025-12-30", "青禾县林业局", "岑素梅")


def test_the_body_under_header_fields_is_unwrapped():
    text = f"{_HEAD}{_TAIL}\n来源：青禾县林业局　发布时间：2025-12-30\n{_hard_wrap(_REPORT, 27)}\n（编辑：岑素梅）"
    assert parse_text(text).paragraphs == _REPORT


def test_a_web_text_pasted_one_paragraph_a_line_is_unchanged():
    page = parse_text("\n".join(["青禾县林业局党委召开2025年度民主生活会", *_MEETING, *_REPORT]))
    assert page.paragraphs == [*_MEETING, *_REPORT]
    assert not any("hard-wrapped" in w for w in page.warnings)


def test_short_lines_of_one_width_are_unchanged():
    # a poem, then a list of awards, one a line: lines of one width, no paragraph cut
    poem = ["青山护林人，岁岁守山林。", "晨起巡山路，夜归看星辰。", "一岗一份责，一树一片心。", "防火千日功，绿水万家春。"] * 2
    awards = ["柳塘镇林业站防火队荣获年度先进集体称号", "白石乡林业站护林队荣获年度先进集体称号",
              "青禾县林业局防火科荣获年度先进集体称号", "青禾县林业局资源科荣获年度先进集体称号"] * 2
    lead = "12月30日，青禾县林业局召开护林防火工作总结会，表彰了一批先进集体和护林员代表。"
    for lines in (poem, awards):
        page = parse_text("\n".join(["青禾县林业局护林员风采", lead, *lines]))
        assert page.paragraphs == [lead, *lines]


def test_lines_of_one_width_ending_sentences_are_unchanged():
    # a web text whose short paragraphs happen to fill the same width: each ends on 。
    lines = ["局党委组织全体党员赴柳塘镇林业站开展主题党日活动。", "党员们实地查看了防火隔离带建设和瞭望塔值守情况。",
             "随后，大家在护林站会议室重温入党誓词并交流体会。", "党委书记周明远为大家讲授了题为护林为民的专题党课。"] * 2
    page = parse_text("\n".join(["青禾县林业局党委开展主题党日活动", *lines]))
    assert page.paragraphs == lines
