"""Round 28, pasted-text metadata: a labelled date over an unlabelled one, closing
signatures and picture credits out of the body, 作者：网络, comma-ended first lines,
table bars. All texts are invented."""
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_LEAD = "5月25日，青禾县人民医院党委召开专题组织生活会。党委书记柏小琴主持会议。"


def test_labelled_date_replaces_a_date_read_from_an_unlabelled_line():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n- 摄影:2017年5月25日15:00\n- 日期:2017-06-06\n" + _LEAD)
    assert page.date == "2017-06-06"


def test_unlabelled_info_line_still_dates_the_article_alone():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n2024-01-25 18:30 青禾日报\n" + _LEAD)
    assert page.date == "2024-01-25"


def test_first_labelled_date_is_kept_over_a_later_one():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n发布时间：2023-03-02\n日期：2023-03-05\n" + _LEAD)
    assert page.date == "2023-03-02"


def test_closing_signature_leaves_the_body_and_names_a_writer_but_no_author():
    a = analyze(_LEAD + "\n全体党员参加会议。\n党政办 鲍小莹")
    assert "鲍小莹" not in a.text
    assert a.author is None
    assert [(p.name, p.roles) for p in a.people if p.name == "鲍小莹"] == [("鲍小莹", ["作者"])]


def test_closing_signature_with_two_writers():
    page = parse_text(_LEAD + "\n全体党员参加会议。\n院团委 鲍小莹 柏大川")
    assert page.paragraphs[-1] == "全体党员参加会议。"
    assert page.unlabelled_writers == ["鲍小莹", "柏大川"]


def test_last_line_naming_a_unit_alone_or_a_sentence_stays():
    page = parse_text(_LEAD + "\n全体党员参加会议。\n青禾县委组织部")
    assert page.paragraphs[-1] == "青禾县委组织部"
    page = parse_text(_LEAD + "\n会后 柏小琴 讲话")
    assert page.paragraphs[-1] == "会后 柏小琴 讲话"


def test_author_of_the_web_at_large_is_no_author():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n来源:青禾卫健网 作者:网络 时间:2021-12-30\n" + _LEAD)
    assert (page.source, page.author, page.date) == ("青禾卫健网", None, "2021-12-30")


def test_named_author_is_still_read():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n来源:青禾卫健网 作者:鲍小莹 时间:2021-12-30\n" + _LEAD)
    assert page.author == "鲍小莹"


def test_picture_credit_line_leaves_the_body_and_keeps_its_photographers():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n" + _LEAD + "\n全体党员参加会议。\n图片:鲍小平 柏小磊\n编辑:柏小琴")
    assert page.paragraphs[-1] == "全体党员参加会议。"
    assert page.photographers == ["鲍小平", "柏小磊"]
    assert page.editor == "柏小琴"


def test_caption_with_a_photo_label_but_no_name_stays():
    page = parse_text("青禾县人民医院党委召开专题组织生活会\n" + _LEAD + "\n摄影：会议现场\n全体党员参加会议。")
    assert "摄影：会议现场" in page.paragraphs


def test_first_line_ending_with_a_comma_is_no_headline():
    page = parse_text("按照县委工作部署和青禾镇党委要求,\n1月19日上午，青禾镇机关党支部召开专题组织生活会。")
    assert page.title is None
    assert page.paragraphs[0].startswith("按照县委工作部署")


def test_short_headline_is_still_read():
    page = parse_text("青禾镇机关党支部召开专题组织生活会\n1月19日上午，青禾镇机关党支部召开专题组织生活会。")
    assert page.title == "青禾镇机关党支部召开专题组织生活会"


def test_table_bar_closing_a_line_is_dropped():
    page = parse_text(_LEAD + " |\n全体党员参加会议。")
    assert page.paragraphs[0].endswith("主持会议。")


def test_bar_inside_a_line_is_kept():
    page = parse_text("青禾镇机关党支部召开专题组织生活会\n2023-03-02 08:30 | 青禾日报\n" + _LEAD)
    assert (page.date, page.source) == ("2023-03-02", "青禾日报")
