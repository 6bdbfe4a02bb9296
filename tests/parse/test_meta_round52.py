"""Round 52, page metadata on a new random sample of pasted reports (seed 52): a
proof-reader's credit (校对：某某) gives its person the role 校对, not 审核; a closing line
that names a newspaper and a date (青禾时报 2015/02/17) is the page's source and date,
no paragraph; and a short one-clause headline ending in a question mark is a headline.
All texts are invented (made-up units and people)."""
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_HEAD = "青禾县志愿者将服务春节"
_LEAD = "昨天，记者从青禾县团委获悉，今年春节期间，全县将组织志愿者开展服务。"
_REST = "此外，县志愿者协会将组织义务指导活动。"
_BODY = f"{_LEAD}\n{_REST}"


def _page(*foot: str, head: str = _HEAD, header: tuple[str, ...] = ()) -> str:
    return f"{head}\n" + "".join(f"{h}\n" for h in header) + f"{_BODY}\n" + "".join(f"{f}\n" for f in foot)


def _roles(article) -> dict[str, list[str]]:
    return {p.name: p.roles for p in article.people}


# -- a proof-reader keeps the role its label gives ----------------------------------------

def test_a_proofreader_credit_gives_the_role_proofreading():
    assert _roles(analyze(_page("责编：周明远 校对：范佳一")))["范佳一"] == ["校对"]


def test_a_reviewer_credit_still_gives_the_role_review():
    assert _roles(analyze(_page("审核：陶立新 校对：范佳一")))["陶立新"] == ["审核"]


def test_a_proofreader_is_no_editor():
    article = analyze(_page("责编：周明远 校对：范佳一"))
    assert article.editor == "周明远"
    assert _roles(article)["周明远"] == ["编辑"]


def test_a_first_review_credit_stays_review():
    assert _roles(analyze(_page("（初审：陶立新 终审：韩志平）")))["韩志平"] == ["审核"]


# -- a closing outlet-and-date line ----------------------------------------------------------

def test_a_closing_newspaper_and_date_line_gives_source_and_date():
    page = parse_text(_page("青禾时报 2015/02/17"))
    assert (page.source, page.date) == ("青禾时报", "2015-02-17")


def test_the_closing_stamp_leaves_the_body():
    assert "青禾时报" not in parse_text(_page("青禾时报 2015/02/17")).text


def test_a_header_date_wins_over_the_closing_stamp():
    page = parse_text(_page("青禾时报 2015/02/17", header=("发布时间：2015-02-18",)))
    assert (page.source, page.date) == ("青禾时报", "2015-02-18")


def test_a_header_source_wins_over_the_closing_stamp():
    assert parse_text(_page("青禾时报 2015/02/17", header=("来源：青禾日报",))).source == "青禾日报"


def test_a_closing_unit_and_date_signs_a_document_and_names_no_source():
    page = parse_text(_page("青禾县委办公室 2015年2月17日"))
    assert page.source is None


def test_a_closing_sentence_with_an_outlet_and_a_date_stays_text():
    page = parse_text(_page("青禾时报于2015年2月17日报道了此事"))
    assert page.source is None


# -- a headline that asks ------------------------------------------------------------------

def test_a_short_question_headline_is_the_title():
    head = "多地晒出作风建设“半年报” 看看哪家查处多?"
    assert parse_text(_page(head=head)).title == head


def test_a_question_with_a_comma_opening_the_text_is_no_title():
    head = "今年春节期间，全县志愿者将做些什么？"
    assert parse_text(_page(head=head)).title is None
