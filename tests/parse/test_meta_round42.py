"""Round 42, page metadata on a random sample of pasted reports: two credit labels
sharing one value (撰稿、一审：某某), a writer's label glued to the outlet in a 来源
value (来源：某某融媒全媒体记者：某某), 来源： left empty above a bare timestamp line,
作者：综合 (compiled, nobody named), a headline holding a slogan with commas in its
quotes, a wire story's dateline before its headline (…电题：), a 来源 that is an item
code, a writer glued to a 街道 unit. All texts are invented (made-up units and people)."""
from reportmine.parse.credits import read_roles
from reportmine.parse.fields import field_value, split_fields
from reportmine.parse.text import parse_text

_HEAD = "青禾县林业局党支部召开专题组织生活会"
_LEAD = "3月2日，青禾县林业局党支部召开专题组织生活会，支部书记周明远主持会议。"
_BODY = f"{_LEAD}\n会议要求，全体党员要对照检查，认真整改。"


# -- two labels, one value --------------------------------------------------------------

def test_a_writer_who_also_reviewed_is_the_author():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（撰稿、一审：柏小琴；二审：蓝一舟；三审：韦长青）\n")
    assert page.author == "柏小琴"


def test_labels_joined_by_a_comma_share_the_names_after_the_second():
    assert read_roles("撰稿、编辑：柏小琴") == {"author": ["柏小琴"], "editor": ["柏小琴"]}


def test_guard_a_label_with_its_own_name_keeps_it():
    assert read_roles("撰稿：柏小琴 编辑：蓝一舟") == {"author": ["柏小琴"], "editor": ["蓝一舟"]}


def test_guard_a_row_of_reviewers_names_no_author():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（一审：柏小琴；二审：蓝一舟；三审：韦长青）\n")
    assert page.author is None


# -- a writer's label glued to the outlet -----------------------------------------------

def test_a_reporter_label_glued_to_the_outlet_ends_the_source():
    page = parse_text(f"{_HEAD}\n{_BODY}\n（来源：青禾融媒全媒体记者：柏小琴）\n")
    assert page.source == "青禾融媒"
    assert page.author == "柏小琴"


def test_guard_a_source_with_a_spaced_reporter_credit():
    assert split_fields("来源：青禾日报 记者 柏小琴") == {"source": "青禾日报", "author": "柏小琴"}


def test_guard_a_word_ending_in_the_author_label_is_no_credit():
    # 合作者: ends a word (glued_short_labels), glued to the outlet or not
    page = parse_text(f"{_HEAD}\n来源:党群办公室合作者:蓝一舟\n{_BODY}")
    assert page.author is None


# -- dates --------------------------------------------------------------------------------

def test_an_empty_source_label_above_a_timestamp_line_leaves_the_date():
    page = parse_text(f"{_HEAD}\n来源:\n2019-07-15 17:53:58\n{_BODY}")
    assert page.date == "2019-07-15"
    assert page.source is None
    assert page.paragraphs[0] == _LEAD


def test_guard_a_source_label_with_its_value_on_the_next_line():
    page = parse_text(f"{_HEAD}\n来源:\n青禾日报\n2019-07-15 17:53:58\n{_BODY}")
    assert page.source == "青禾日报"
    assert page.date == "2019-07-15"


def test_guard_a_date_label_with_its_value_on_the_next_line():
    page = parse_text(f"{_HEAD}\n发布时间:\n2019-07-15 17:53:58\n{_BODY}")
    assert page.date == "2019-07-15"


# -- author values that name nobody -------------------------------------------------------

def test_a_compiled_report_has_no_author():
    page = parse_text(f"{_HEAD}\n时间:2019-05-31 11:08 作者:综合 来源:青禾网\n{_BODY}")
    assert page.author is None
    assert page.source == "青禾网"


def test_the_compiled_mark_beside_a_named_author_is_dropped():
    assert field_value("author", "柏小琴 综合") == "柏小琴"


# -- headlines ----------------------------------------------------------------------------

def test_a_headline_with_a_slogan_holding_commas_is_the_title():
    head = "青禾县林业局党支部开展“学思想,强党性,建新功”主题党日活动"
    page = parse_text(f"{head}\n{_BODY}")
    assert page.title == head
    assert page.paragraphs[0] == _LEAD


def test_guard_a_line_with_commas_outside_quotes_is_no_title():
    line = "3月2日上午,青禾县林业局党支部召开会议,学习“两个确立”,部署工作"
    page = parse_text(f"{line}\n{_BODY}")
    assert page.title is None


def test_a_wire_dateline_before_the_headline_is_no_part_of_the_title():
    page = parse_text(f"新华社青禾3月7日电题：紧贴基层特点 推进整改落实——青禾县扎实开展主题教育\n{_BODY}")
    assert page.title == "紧贴基层特点 推进整改落实——青禾县扎实开展主题教育"


def test_guard_a_headline_about_a_telegram_keeps_its_words():
    head = "青禾县林业局党支部学习贺电精神"
    assert parse_text(f"{head}\n{_BODY}").title == head


# -- sources ------------------------------------------------------------------------------

def test_an_item_code_is_no_source():
    page = parse_text(f"{_HEAD}\n发布时间:2024-11-05 10:50:42 来源: qh20241105\n{_BODY}")
    assert page.source is None
    assert page.date == "2024-11-05"


def test_guard_a_latin_outlet_name_is_a_source():
    assert field_value("source", "CCTV-13") == "CCTV-13"
    assert field_value("source", "青禾网") == "青禾网"


# -- a writer glued to a 街道 ---------------------------------------------------------------

def test_a_writer_glued_to_a_subdistrict_is_the_author():
    page = parse_text(f"{_HEAD}\n{_BODY}\n图文：青禾路街道柏小琴 编辑：蓝一舟\n")
    assert page.author == "柏小琴"
    assert page.editor == "蓝一舟"
