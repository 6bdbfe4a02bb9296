"""Credits, round 33: 文、图/某某 (both role words joined by 、 before the slash),
供稿人 with the writer's unit set apart before the name, a place glued to 报道
at the end of a dateline credit, a semicolon row of credits. Every sentence is
invented (made-up units and people in the genre)."""
from __future__ import annotations

from reportmine.parse.credits import byline, closing_notes, read_roles, trailing_author, trailing_source
from reportmine.pipeline import analyze


def test_wen_and_tu_joined_by_a_dun_comma_credit_the_writer() -> None:
    assert trailing_author("全体党员参加。(文、图/柏小川 初审/鲍大文 终审/柏小琳)", labelled_only=True) == ["柏小川"]


def test_wen_tu_with_a_slash_unchanged() -> None:
    assert read_roles("文/图 柏小川 鲍大文") == {"author": ["柏小川", "鲍大文"]}


def test_tu_alone_still_credits_a_photographer_only() -> None:
    assert read_roles("图/柏小川") == {}
    assert read_roles("图/柏小川", kinds=("author", "photo")) == {"photo": ["柏小川"]}


def test_the_writer_of_wen_tu_is_a_person_with_role_author() -> None:
    a = analyze("青禾县人民医院党委召开专题组织生活会\n5月25日，青禾县人民医院党委召开专题组织生活会。"
                "党委书记柏小琴主持会议。(文、图/鲍大文 初审/柏小琴)")
    assert a.author == "鲍大文"
    assert "作者" in next(p.roles for p in a.people if p.name == "鲍大文")


def test_gonggaoren_with_a_unit_before_the_name() -> None:
    assert trailing_author("活动圆满结束。(供稿人:一支部 柏小川)", labelled_only=True) == ["柏小川"]


def test_gonggao_naming_a_unit_alone_names_no_writer() -> None:
    assert read_roles("供稿：青禾县委组织部") == {}
    assert read_roles("供稿人：青禾县委组织部") == {}


def test_an_editor_after_the_unit_is_read_as_before() -> None:
    assert read_roles("编辑：宣传部 柏小琳") == {"editor": ["柏小琳"]}


def test_a_place_glued_to_baodao_is_no_writer() -> None:
    assert read_roles("记者 柏小川 通讯员 鲍大文 滨州报道") == {"author": ["柏小川", "鲍大文"]}


def test_a_city_known_to_the_dictionary_glued_to_baodao_is_no_writer() -> None:
    assert read_roles("记者 柏小川 郑州报道") == {"author": ["柏小川"]}


def test_a_name_glued_to_baodao_is_still_the_writer() -> None:
    assert read_roles("记者 柏小川报道") == {"author": ["柏小川"]}


def test_a_name_glued_to_she_still_the_photographer() -> None:
    assert read_roles("柏小川摄", kinds=("photo",)) == {}
    assert read_roles("记者 柏小川摄") == {"author": ["柏小川"]}


def test_semicolon_row_of_credits_is_a_byline() -> None:
    assert byline("撰稿/柏小川;图片/鲍大文;审核/柏小琳") == {"author": ["柏小川"]}
    assert byline("撰稿：柏小川；审核：柏小琳") == {"author": ["柏小川"]}


def test_semicolon_row_with_prose_is_no_byline() -> None:
    assert byline("撰稿/柏小川;会议圆满结束") is None
    assert byline("撰稿/柏小川，会议圆满结束;审核/柏小琳") is None


def test_closing_notes_and_their_source() -> None:
    text = "全体党员参加。 (来源:青禾网-青禾晚报) [编辑: 柏小琳]"
    assert closing_notes(text) == ["来源:青禾网-青禾晚报", "编辑: 柏小琳"]
    assert trailing_source(text) == "青禾网-青禾晚报"


def test_no_closing_notes_after_an_open_sentence() -> None:
    assert closing_notes("会议学习了文件(来源:青禾日报)") == []
    assert trailing_source("全体党员参加。（柏小川）") is None
