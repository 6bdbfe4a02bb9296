"""Round 44, page metadata on a new random sample of pasted reports (seed 44): a
dateline credit that no colon closes (本报讯 记者 某某 按照……), a dateline writer whose
family name is a rare one (…电 记者国某报道：) with a bracket later in the lead, names
set off before a closing 供稿 label (（一支部 甲 乙 供稿/摄影）), and a reposted text's
first line 本文转自：某网 read as the 来源, not as the headline. All texts are invented
(made-up units and people)."""
from reportmine.parse.credits import dateline_author, trailing_author
from reportmine.parse.html import parse_html
from reportmine.parse.text import parse_text

_HEAD = "青禾县林业局党支部召开专题组织生活会"
_LEAD = "3月2日，青禾县林业局党支部召开专题组织生活会，支部书记周明远主持会议。"
_BODY = f"{_LEAD}\n会议要求，全体党员要对照检查，认真整改。"
_REST = "会议要求，全体党员要对照检查，认真整改。"


# -- a dateline credit with no colon ------------------------------------------------------

def test_an_open_dateline_reporter_is_the_author():
    page = parse_text(f"{_HEAD}\n○本报讯 记者 柏小琴 按照县委部署，3月2日，青禾县林业局党支部召开专题组织生活会。\n{_REST}\n")
    assert page.author == "柏小琴"


def test_an_open_dateline_names_reporter_and_correspondent():
    lead = "本报讯 记者 柏小琴 通讯员 蓝一舟 3月2日，青禾县林业局党支部召开专题组织生活会。"
    assert dateline_author(lead) == ["柏小琴", "蓝一舟"]


def test_guard_an_open_dateline_word_that_is_no_name_names_nobody():
    lead = "本报讯 记者 近日 在青禾县林业局了解到，3月2日，该局党支部召开专题组织生活会。"
    assert dateline_author(lead) == []


def test_guard_a_reporter_in_the_sentence_names_nobody():
    lead = "新华社青禾3月2日电 记者近日在青禾县调研了解到，该县林业局党支部召开专题组织生活会。"
    assert dateline_author(lead) == []


# -- a rare family name in a dateline -----------------------------------------------------

def test_a_rare_family_name_glued_to_the_reporter_label_is_the_author():
    lead = "中新社青禾3月2日电 记者国小琴报道：2日，青禾县林业局（县森林防火办）党支部召开组织生活会。"
    assert dateline_author(lead) == ["国小琴"]


def test_a_bracket_later_in_the_lead_leaves_the_colon_credit_read():
    page = parse_text(f"{_HEAD}\n青禾网讯 记者柏小琴报道：2日，青禾县林业局（县森林防火办）党支部召开组织生活会。\n{_REST}\n")
    assert page.author == "柏小琴"


def test_guard_a_rare_surname_word_in_the_frame_names_nobody():
    assert dateline_author("青禾网讯 记者国内报道：2日，青禾县林业局党支部召开组织生活会。") == []


def test_guard_a_bracketed_dateline_credit_still_wins():
    lead = "青禾网讯（记者 柏小琴）3月2日，青禾县林业局（县森林防火办）党支部召开组织生活会。"
    assert dateline_author(lead) == ["柏小琴"]


# -- names before a closing 供稿 ------------------------------------------------------------

def test_names_before_a_closing_supplier_label_are_the_authors():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（林业支部 柏小琴 蓝一舟 供稿/摄影）\n")
    assert page.author == "柏小琴、蓝一舟"


def test_one_name_before_a_closing_supplier_label():
    assert trailing_author(f"{_LEAD}（柏小琴 供稿）", labelled_only=True) == ["柏小琴"]


def test_guard_a_unit_that_supplied_the_text_is_no_author():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（青禾县林业局办公室 供稿）\n")
    assert page.author is None


def test_guard_a_unit_glued_to_the_supplier_label_is_no_author():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（青禾县林业局供稿）\n")
    assert page.author is None


def test_guard_a_labelled_supplier_keeps_its_name():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（供稿：柏小琴）\n")
    assert page.author == "柏小琴"


# -- a reposted text ----------------------------------------------------------------------

def test_a_repost_line_is_the_source_and_no_headline():
    page = parse_text(f"本文转自：青禾网-林业频道\n{_BODY}\n")
    assert page.title is None
    assert page.source == "青禾网-林业频道"


def test_a_repost_label_under_the_headline_is_the_source():
    page = parse_text(f"{_HEAD}\n转载自：青禾日报\n{_BODY}\n")
    assert (page.title, page.source) == (_HEAD, "青禾日报")


def test_guard_a_repost_word_in_prose_is_no_field():
    page = parse_text(f"{_HEAD}\n{_BODY}\n该项工作随后转自县委组织部统一安排。\n")
    assert page.source is None


def test_a_repost_label_on_an_html_page_is_the_source():
    html = ("<html><head><title>青禾县林业局党支部召开专题组织生活会</title></head><body>"
            f"<h1>{_HEAD}</h1><div class='info'>本文转自：青禾网-林业频道</div>"
            f"<div class='content'><p>{_LEAD}</p><p>{_REST}</p></div></body></html>")
    assert parse_html(html).source == "青禾网-林业频道"
