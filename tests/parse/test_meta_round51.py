"""Round 51, page metadata on a new random sample of pasted reports (seed 51): a
meeting notice's 会议时间：… line dates the meeting, not the page; 文字报道：某某 names
the writer; a short column word before a bar (全会学习丨…) opening a pasted headline
is cut; and a page whose converter wrote pinyin readings after its characters
(責(zé)編：…) is read again without them, so its credit lines fill the fields. All
texts are invented (made-up units and people)."""
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_HEAD = "青禾县林业局党支部召开专题组织生活会"
_LEAD = "6月30日，青禾县林业局党支部召开专题组织生活会，支部书记周明远主持会议。"
_REST = "会议要求，全体党员要对照检查，认真整改。"
_BODY = f"{_LEAD}\n{_REST}"


def _page(*header: str, head: str = _HEAD, foot: tuple[str, ...] = ()) -> str:
    return f"{head}\n" + "".join(f"{h}\n" for h in header) + f"{_BODY}\n" + "".join(f"{f}\n" for f in foot)


# -- an event's time is no publication date -------------------------------------------

def test_a_meeting_time_line_does_not_date_the_page():
    assert analyze(_page("会议时间：2023年6月30日下午2:30")).date is None


def test_an_activity_time_line_does_not_date_the_page():
    assert parse_text(_page("活动时间：2023-06-30")).date is None


def test_a_publication_date_beside_a_meeting_time_is_kept():
    page = parse_text(_page("发布时间：2023-07-02", "会议时间：2023年6月30日下午"))
    assert page.date == "2023-07-02"


def test_a_plain_time_label_still_dates_the_page():
    assert parse_text(_page("时间：2023-07-02")).date == "2023-07-02"


def test_a_date_label_glued_to_a_source_still_reads():
    page = parse_text(_page("来源：青禾县林业局日期：2023-07-02"))
    assert page.date == "2023-07-02"
    assert page.source == "青禾县林业局"


# -- 文字报道 ------------------------------------------------------------------------

def test_text_report_label_names_the_author():
    rec = analyze(_page(foot=("文字报道：李向南", "责任编辑：赵可")))
    assert rec.author == "李向南"
    assert rec.editor == "赵可"


def test_text_label_alone_still_names_the_author():
    assert analyze(_page(foot=("文字：李向南",))).author == "李向南"


# -- a column word before a bar --------------------------------------------------------

def test_a_column_word_before_a_bar_is_cut_from_the_headline():
    assert analyze(_page(head=f"全会学习丨{_HEAD}")).title == _HEAD


def test_a_column_word_before_a_spaced_ascii_bar_is_cut():
    assert parse_text(_page(head=f"支部风采 | {_HEAD}")).title == _HEAD


def test_a_headline_with_a_bar_later_on_is_kept():
    title = "青禾县林业局召开党建工作会议丨部署全年任务"
    assert parse_text(_page(head=title)).title == title


def test_a_long_lead_before_a_bar_is_kept():
    title = "学习贯彻全会精神在青禾基层丨林业局党支部召开专题会"
    assert parse_text(_page(head=title)).title == title


def test_column_tag_in_brackets_still_cut():
    assert parse_text(_page(head=f"【党建】{_HEAD}")).title == _HEAD


# -- pinyin readings ----------------------------------------------------------------------

_READ_BODY = ("6月30日，青禾县林業局黨支部召開專題組織生活會(huì)，支部書記周明遠主持會議。\n"
              "會議要求，全體黨員要對照檢查，認真整改，把學(xué)習成果轉化為實際行動(dòng)。\n")


def test_a_footer_editor_behind_readings_is_read():
    rec = analyze(_READ_BODY + "責(zé)編：趙可欣 校對(duì)：錢明\n")
    assert rec.editor == "赵可欣"


def test_the_credit_line_behind_readings_leaves_the_text():
    rec = analyze(_READ_BODY + "責(zé)編：趙可欣 校對(duì)：錢明\n")
    assert all("责编" not in p for p in rec.text.split("\n"))


def test_readings_are_still_dropped_from_the_text():
    rec = analyze(_READ_BODY)
    assert "(huì)" not in rec.text and "(xué)" not in rec.text


def test_a_single_gloss_is_kept():
    text = _page(foot=("责任编辑：赵可",)).replace("组织生活会，", "组织生活会(huì)，")
    rec = analyze(text)
    assert rec.editor == "赵可"
    assert "(huì)" in rec.text
