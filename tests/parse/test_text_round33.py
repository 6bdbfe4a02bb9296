"""Round 33, pasted-text metadata: a date set out over three lines, a label alone
on its line, breadcrumb lines, a lead opened by its dateline credit and cut by the
paste, a row of notes closing the text ((来源：…) [编辑：…]), a semicolon row of
credits. All texts are invented (made-up units and people)."""
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_LEAD = "5月25日，青禾县人民医院党委召开专题组织生活会。党委书记柏小琴主持会议。"
_HEAD = "青禾县人民医院党委召开专题组织生活会\n"


def test_a_date_broken_over_year_monthday_and_time_lines():
    page = parse_text("2025\n07-02\n12:27\n" + _LEAD)
    assert page.date == "2025-07-02"
    assert page.title is None
    assert page.paragraphs == [_LEAD]


def test_a_year_line_alone_is_no_headline_and_no_date():
    page = parse_text("2025\n" + _HEAD + _LEAD)
    assert page.title == _HEAD.strip()
    assert page.date is None


def test_a_year_before_a_sentence_is_no_broken_date():
    page = parse_text(_HEAD + "2025\n" + _LEAD)
    assert page.date is None


def test_a_source_label_alone_with_its_outlet_on_the_next_line():
    page = parse_text(_HEAD + "来源\n青禾日报\n" + _LEAD)
    assert page.source == "青禾日报"
    assert page.paragraphs == [_LEAD]


def test_a_label_word_inside_the_body_opens_no_field():
    page = parse_text(_HEAD + _LEAD + "\n来源\n青禾日报")
    assert page.source is None


def test_a_breadcrumb_label_and_its_crumbs_are_no_headline():
    page = parse_text("您现在的位置:\n首页 学院动态 " + _HEAD.strip() + "\n" + _HEAD + _LEAD)
    assert page.title == _HEAD.strip()


def test_a_slash_breadcrumb_is_no_headline():
    page = parse_text("首页 / 新闻速递 / 正文\n" + _HEAD + _LEAD)
    assert page.title == _HEAD.strip()


def test_a_headline_opening_with_a_word_like_home_stays():
    page = parse_text("首页设计大赛在青禾县举行\n" + _LEAD)
    assert page.title == "首页设计大赛在青禾县举行"


def test_a_lead_cut_after_its_dateline_credit_is_body_not_headline():
    a = analyze("本报讯(记者 柏小川 通讯员 鲍大文) 今年7月1日是青禾县人民医院\n党委成立十周年，医院党委召开座谈会。")
    assert a.title is None
    assert a.author == "柏小川、鲍大文"
    assert a.text.startswith("本报讯")


def test_a_dateline_credit_alone_on_a_line_is_still_a_credit():
    page = parse_text(_HEAD + "本报讯（记者 柏小川）\n" + _LEAD)
    assert page.author == "柏小川"
    assert page.paragraphs == [_LEAD]


def test_a_headline_with_xun_and_no_credit_stays():
    page = parse_text("喜讯 青禾县人民医院党委获评先进基层党组织\n" + _LEAD)
    assert page.title == "喜讯 青禾县人民医院党委获评先进基层党组织"


def test_a_row_of_notes_closing_the_text_gives_source_and_editor():
    page = parse_text(_HEAD + _LEAD + "全体党员参加。 (来源:青禾网-青禾晚报) [编辑: 柏小琳]")
    assert page.source == "青禾网-青禾晚报"
    assert page.editor == "柏小琳"


def test_a_closing_source_note_in_brackets_alone():
    page = parse_text(_HEAD + _LEAD + "全体党员参加。（来源：青禾日报）")
    assert page.source == "青禾日报"


def test_a_header_source_wins_over_a_closing_note():
    page = parse_text(_HEAD + "来源：青禾县卫健委\n" + _LEAD + "全体党员参加。（来源：青禾日报）")
    assert page.source == "青禾县卫健委"


def test_notes_inside_a_sentence_are_no_closing_row():
    page = parse_text(_HEAD + _LEAD + "会议学习了文件(来源:青禾日报) [编辑: 柏小琳]")
    assert page.source is None
    assert page.editor is None


def test_a_semicolon_row_of_credits_names_the_writer():
    a = analyze(_HEAD + _LEAD + "\n撰稿/柏小川;图片/鲍大文、柏小琳;审核/鲍小莹")
    assert a.author == "柏小川"
    assert "撰稿" not in a.text


def test_a_semicolon_sentence_is_no_credit_row():
    page = parse_text(_HEAD + _LEAD + "\n会议很成功;大家很满意")
    assert page.author is None
    assert page.paragraphs[-1] == "会议很成功;大家很满意"


def test_a_writer_glued_to_a_place_of_filing_is_no_writer():
    page = parse_text(_HEAD + "青禾网记者 柏小川 通讯员 鲍大文 枣庄报道\n" + _LEAD)
    assert page.author == "柏小川、鲍大文"


def test_a_surname_led_name_glued_to_baodao_is_the_writer():
    page = parse_text(_HEAD + "记者 柏小川 鲍大文报道\n" + _LEAD)
    assert page.author == "柏小川、鲍大文"
