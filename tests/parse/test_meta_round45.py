"""Round 45, page metadata on a new random sample of pasted reports (seed 45): a
dateline whose word glued between 记者 and 报道： is a common word (记者全程报道：,
记者党建报道：) names nobody, a writer after 文/ whose family name is no listed
surname (（文/朵云帆 图/某某）) is the author, and a closing 供稿 credit whose writer has
the unit glued before the name (（某县委组织部王某 供稿）) names that writer. All
texts are invented (made-up units and people)."""
from reportmine.parse.credits import dateline_author, read_roles, trailing_author
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_HEAD = "青禾县林业局党支部召开专题组织生活会"
_LEAD = "3月2日，青禾县林业局党支部召开专题组织生活会，支部书记周明远主持会议。"
_REST = "会议要求，全体党员要对照检查，认真整改。"
_BODY = f"{_LEAD}\n{_REST}"


def _closing(credit: str) -> str:
    return f"{_HEAD}\n{_BODY}{credit}\n"


# -- a common word glued between 记者 and 报道： ----------------------------------------

def test_a_common_word_between_reporter_and_report_names_nobody():
    lead = "青禾网讯 记者全程报道：3月2日，青禾县林业局党支部召开专题组织生活会。"
    assert dateline_author(lead) == []


def test_a_party_building_word_between_reporter_and_report_names_nobody():
    page = parse_text(f"{_HEAD}\n青禾网讯 记者党建报道：3月2日，青禾县林业局党支部召开专题组织生活会。\n{_REST}\n")
    assert page.author is None


def test_such_a_dateline_leaves_no_writer_among_the_people():
    a = analyze(f"{_HEAD}\n青禾网讯 记者全程报道：3月2日，青禾县林业局党支部召开专题组织生活会。\n{_REST}\n")
    assert a.author is None
    assert "全程" not in [p.name for p in a.people]


def test_guard_a_name_glued_between_reporter_and_report_is_the_author():
    lead = "青禾网讯 记者全明远报道：3月2日，青禾县林业局党支部召开专题组织生活会。"
    assert dateline_author(lead) == ["全明远"]


def test_guard_a_reporter_named_like_a_word_tagged_as_a_name_is_kept():
    assert read_roles("记者高峰").get("author") == ["高峰"]


def test_guard_a_bracketed_reporter_glued_to_the_label_is_the_author():
    assert parse_text(_closing("（记者柏小琴）")).author == "柏小琴"


# -- 文/ before a name whose family name is no listed surname ------------------------------

def test_a_writer_after_a_slash_is_the_author_whatever_the_surname():
    assert parse_text(_closing("（文/朵云帆 图/蓝一舟）")).author == "朵云帆"


def test_a_writer_after_a_colon_is_the_author_whatever_the_surname():
    assert trailing_author(f"{_REST}（文：朵云帆）") == ["朵云帆"]


def test_guard_the_photographer_stays_no_author():
    a = analyze(_closing("（文/朵云帆 图/蓝一舟）"))
    roles = {p.name: p.roles for p in a.people}
    assert a.author == "朵云帆" and "作者" not in roles.get("蓝一舟", [])


def test_guard_a_unit_after_the_writer_is_no_second_author():
    assert parse_text(_closing("（文/柏小琴 林业学院 图/蓝一舟）")).author == "柏小琴"


def test_guard_a_phrase_after_the_slash_is_no_writer():
    assert parse_text(_closing("（文/学习强国）")).author is None


def test_guard_a_unit_after_the_slash_is_no_writer():
    assert parse_text(_closing("（文/宣传部）")).author is None


# -- a unit glued before the name of a 供稿 credit ----------------------------------------

def test_a_unit_glued_before_the_supplier_leaves_the_name_as_author():
    assert parse_text(_closing("（青禾县委组织部王明远 供稿）")).author == "王明远"


def test_a_long_unit_glued_before_the_supplier_leaves_the_name_as_author():
    assert trailing_author(f"{_REST}（青禾县林业局机关党委办公室柏小琴 供稿）") == ["柏小琴"]


def test_guard_a_unit_alone_as_supplier_names_nobody():
    assert parse_text(_closing("（青禾县林业局办公室 供稿）")).author is None


def test_guard_names_set_off_after_a_unit_are_still_read():
    assert trailing_author(f"{_REST}（林业支部 柏小琴 蓝一舟 供稿/摄影）") == ["柏小琴", "蓝一舟"]


def test_guard_a_bare_bracketed_name_leaves_author_empty():
    assert parse_text(_closing("（柏小琴）")).author is None


def test_a_site_nickname_after_a_marked_label_names_nobody():
    """小编 (the site's own nickname for its editor) after 文/ or 编辑： is no name,
    though the first token after a mark may otherwise open with any character."""
    assert read_roles("编辑：小编") == {}
    assert read_roles("文/小编") == {}
    assert read_roles("文/朵云帆") == {"author": ["朵云帆"]}
