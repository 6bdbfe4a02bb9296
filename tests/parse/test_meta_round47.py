"""Round 47, page metadata on a new random sample of pasted reports (seed 47): a
header date printed day first (06.07.2018 18:46, 24/11/2023) dates the page, and a
footer 责任编辑：/作者： label alone on its line takes the names on the next line.
All texts are invented (made-up units and people)."""
from reportmine.parse.fields import normalize_date
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_HEAD = "青禾县林业局党支部召开专题组织生活会"
_LEAD = "6月30日，青禾县林业局党支部召开专题组织生活会，支部书记周明远主持会议。"
_REST = "会议要求，全体党员要对照检查，认真整改。"
_BODY = f"{_LEAD}\n{_REST}"


def _dated(line: str) -> str:
    return f"{_HEAD}\n\n{line}\n\n{_BODY}\n"


def _footer(*lines: str) -> str:
    return f"{_HEAD}\n{_BODY}\n" + "\n".join(lines) + "\n"


# -- a date printed day first --------------------------------------------------------

def test_a_dotted_day_first_date_line_dates_the_page():
    assert parse_text(_dated("06.07.2018  18:46")).date == "2018-07-06"


def test_a_dotted_day_first_date_without_time_dates_the_page():
    assert analyze(_dated("24.11.2023")).date == "2023-11-24"


def test_a_slashed_date_whose_day_is_over_twelve_dates_the_page():
    assert parse_text(_dated("24/11/2023")).date == "2023-11-24"


def test_a_labelled_day_first_date_is_read():
    assert parse_text(f"{_HEAD}\n发布时间：06.07.2018\n{_BODY}\n").date == "2018-07-06"


def test_guard_an_ambiguous_slashed_date_is_no_guess():
    # 6/12/2018 is June 12 or December 6: GUIDE §1, missing rather than a guess
    assert parse_text(_dated("6/12/2018")).date is None


def test_guard_a_year_first_date_wins_over_a_day_first_one():
    assert normalize_date("06.07.2018 发布时间：2018-07-09") == "2018-07-09"


def test_guard_a_version_number_is_no_date():
    assert normalize_date("v1.2.3.2020") is None


def test_guard_a_year_first_date_line_still_dates_the_page():
    assert parse_text(_dated("2018.07.06 18:46")).date == "2018-07-06"


def test_guard_the_day_first_line_is_no_paragraph():
    assert "06.07.2018" not in "".join(parse_text(_dated("06.07.2018")).paragraphs)


# -- a footer label alone on its line ------------------------------------------------

def test_an_editor_label_alone_takes_the_name_below():
    page = parse_text(_footer("（来源：青禾日报）", "责任编辑：", "李小红"))
    assert page.editor == "李小红"
    assert page.source == "青禾日报"


def test_the_name_below_the_label_is_no_paragraph():
    page = parse_text(_footer("责任编辑：", "李小红"))
    assert "李小红" not in page.paragraphs


def test_an_author_label_alone_takes_the_names_below():
    assert analyze(_footer("作者：", "李小红 张明")).author == "李小红、张明"


def test_guard_a_sentence_below_an_empty_editor_label_is_no_editor():
    page = parse_text(_footer("责任编辑：", "会议强调要抓好落实工作。"))
    assert page.editor is None


def test_guard_an_editor_on_the_labels_line_is_read_as_before():
    assert parse_text(_footer("责任编辑：李小红")).editor == "李小红"


def test_guard_an_empty_editor_label_at_the_end_leaves_the_editor_empty():
    assert parse_text(_footer("编辑：")).editor is None
