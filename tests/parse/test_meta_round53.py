"""Round 53, page metadata on a new random sample of pasted reports (seed 53): an
editor's label glued to the writer's name before it (作者:某某编辑:某某) is read as a
label, so the editor is found and the writer's name is not replaced by the editor's;
a site's greeting line above the headline (欢迎访问某某官方网站!) is furniture, so the
headline under it is still the title; and a footer row of labelled fields whose opening
bracket was never closed (【作者:甲 来源:某支部 责编:乙) keeps its 来源.
All texts are invented (made-up units and people)."""
from reportmine.parse.fields import split_fields
from reportmine.parse.text import parse_text

_HEAD = "青禾县水务局党支部召开专题组织生活会"
_LEAD = "3月12日，青禾县水务局党支部召开专题组织生活会，支部书记郑远航主持会议。"
_REST = "会上，支部委员逐一作对照检查，开展批评和自我批评，会议取得了预期效果。"
_BODY = f"{_LEAD}\n{_REST}"


def _page(*foot: str, head: str = _HEAD, header: tuple[str, ...] = ()) -> str:
    return f"{head}\n" + "".join(f"{h}\n" for h in header) + f"{_BODY}\n" + "".join(f"{f}\n" for f in foot)


# -- an editor's label glued to the writer's name ---------------------------------------

def test_an_editor_label_glued_to_the_writers_name_is_read():
    page = parse_text(_page(header=("来源:党建办公室作者:林晓彤编辑:林晓彤 发布日期:2026-01-14",)))
    assert (page.author, page.editor, page.source) == ("林晓彤", "林晓彤", "党建办公室")


def test_a_glued_editor_does_not_replace_the_writer():
    page = parse_text(_page(header=("来源:党建办公室作者:林晓彤编辑:范一鸣 发布日期:2026-01-14",)))
    assert (page.author, page.editor) == ("林晓彤", "范一鸣")


def test_a_glued_short_editor_label_is_read():
    assert split_fields("作者:林晓彤责编:范一鸣") == {"author": "林晓彤", "editor": "范一鸣"}


def test_a_longer_editor_label_glued_to_an_outlet_stays_whole():
    assert split_fields("来源:青禾网新媒体编辑:范一鸣") == {"source": "青禾网", "editor": "范一鸣"}


def test_a_chief_editor_post_in_a_value_is_no_editor_label():
    # 总编辑 is a post, not the label 编辑 glued to a name
    assert "editor" not in split_fields("来源:青禾日报社总编辑:范一鸣")


def test_an_art_editor_glued_to_a_name_is_no_editor_label():
    # 美术编辑 (the art editor) is no editor of record: 编辑 after 术 ends a longer word
    assert "editor" not in split_fields("作者:林晓彤美术编辑:范一鸣")


# -- a site's greeting line above the headline --------------------------------------------

def test_a_greeting_line_above_the_headline_is_furniture():
    page = parse_text(_page(head="欢迎访问青禾县水务局官方网站!我局真诚与社会各界携手合作,共谋发展!\n"
                                 "当前位置: 首页 > 工作动态\n" + _HEAD,
                            header=("来源:党建办公室 发布日期:2026-01-14",)))
    assert page.title == _HEAD
    assert page.date == "2026-01-14"
    assert not any(p.startswith("欢迎访问") for p in page.paragraphs)


def test_a_welcome_sentence_inside_the_report_stays():
    line = "会议欢迎来到青禾县挂职的三名干部，大家表示要尽快熟悉工作。"
    page = parse_text(_page(line))
    assert page.paragraphs[-1] == line


# -- a footer row whose opening bracket was never closed ----------------------------------

def test_an_unclosed_bracketed_footer_row_keeps_its_source():
    page = parse_text(_page("【作者:林晓彤、范一鸣 来源:机关第三党支部、财务科党支部 责编:郑远航"))
    assert page.source == "机关第三党支部、财务科党支部"
    assert (page.author, page.editor) == ("林晓彤、范一鸣", "郑远航")


def test_a_closed_bracketed_footer_row_still_reads():
    page = parse_text(_page("【作者:林晓彤 来源:机关第三党支部 责编:郑远航】"))
    assert (page.author, page.source, page.editor) == ("林晓彤", "机关第三党支部", "郑远航")


def test_an_unclosed_bracket_with_one_label_is_no_credit_row():
    # one label after an open bracket may open a sentence: the row needs two labels
    page = parse_text(_page("（来源:青禾县水务局"))
    assert page.source in (None, "青禾县水务局")
    assert _REST in page.paragraphs


def test_a_bare_bracketed_name_still_gives_no_author():
    assert parse_text(_page("（林晓彤）")).author is None


# -- the same glued label on an HTML page's info line -------------------------------------

_HTML = """<html><head><title>青禾县水务局党支部召开专题组织生活会_青禾县水务局</title></head><body>
<div class="crumb">当前位置: 首页 > 工作动态</div>
<div class="article"><h1>青禾县水务局党支部召开专题组织生活会</h1>
<div class="info">来源:党建办公室作者:林晓彤编辑:范一鸣 发布日期:2026-01-14</div>
<div class="content"><p>3月12日，青禾县水务局党支部召开专题组织生活会，支部书记郑远航主持会议。会上，支部委员逐一作对照检查。</p>
<p>会议指出，要把查摆出的问题逐条整改到位，大家表示要继续努力工作，做好各项任务。</p></div></div></body></html>"""


def test_a_glued_editor_label_on_an_html_page_is_no_author():
    from reportmine.parse.html import parse_html
    page = parse_html(_HTML)
    assert (page.author, page.editor, page.source, page.date) == ("林晓彤", "范一鸣", "党建办公室", "2026-01-14")
