"""In-text credits: datelines, trailing notes, byline lines (invented names)."""
from __future__ import annotations

import pytest

from reportmine.parse.credits import (byline, credited_people, dateline_author, looks_like_person, trailing_author,
                                      trailing_editor)


@pytest.mark.parametrize("line, expected", [
    ("□ 本报记者 葛青禾", {"author": ["葛青禾"]}),
    ("记者 刘一川", {"author": ["刘一川"]}),
    ("青禾日报记者 王建新 张文远", {"author": ["王建新", "张文远"]}),
    ("青禾新闻·青禾商报记者马立峰/文受访者供图", {"author": ["马立峰"]}),
    ("整合 青禾日报·交汇点记者 徐青山", {"author": ["徐青山"]}),
    ("党支部、药剂科供稿 摄影/张悦 编辑/苏禾", {"editor": ["苏禾"]}),
    ("（青禾网编辑 孙桂禾）", {"editor": ["孙桂禾"]}),
    ("【编辑：姚远航】", {"editor": ["姚远航"]}),
    # 文图 (text and pictures) labels the writer as 文/图 does; the source desk is no one
    ("（文图/柯小川 来源/教务处）", {"author": ["柯小川"]}),
])
def test_byline_lines(line, expected):
    assert byline(line) == expected


@pytest.mark.parametrize("line", ["大会开幕式", "记者见面会现场", "记者来到青禾县采访时，村民正在忙着春耕。"])
def test_captions_and_prose_are_not_bylines(line):
    assert byline(line) is None


def test_dateline_credits():
    assert dateline_author("新华社青禾12月9日电（记者唐一苇）青禾9日再次举行") == ["唐一苇"]
    assert dateline_author("据新华社青禾电（记者 格桑多吉）记者近日了解到") == ["格桑多吉"]
    assert dateline_author("本站讯（职工通讯员 李琴 刘禾）为深入推进") == ["李琴", "刘禾"]
    assert dateline_author("青禾讯（记者陈智 整合）外媒") == ["陈智"]
    assert dateline_author("会议指出（一）要加强学习") == []
    # two-character names spaced out to the width of three
    assert dateline_author("本报讯（记者 柯 川 通讯员 祁 禾）近日，某村召开") == ["柯川", "祁禾"]
    assert dateline_author("本报讯（记者 柯 川 文 图）近日") == ["柯川"]


@pytest.mark.parametrize("para, expected", [
    ("（文/祁远禾）11月2日，青禾县政协党组召开专题民主生活会。", ["祁远禾"]),
    ("(文／图 祁远禾 韩朵)11月2日，青禾县政协党组召开专题民主生活会。", ["祁远禾", "韩朵"]),
    ("本站讯（文/祁远禾）近日，青禾县政协党组召开专题民主生活会。", ["祁远禾"]),
    # a photographer's credit names no writer, and a slash further into the sentence is no credit
    ("（图/祁远禾）11月2日，青禾县政协党组召开专题民主生活会。", []),
    ("11月2日，青禾县政协党组（文/史委）召开专题民主生活会。", []),
    ("（2023/11/02）青禾县政协党组召开专题民主生活会。", []),
])
def test_dateline_credit_with_a_marked_label(para, expected):
    assert dateline_author(para) == expected


@pytest.mark.parametrize("para, expected", [
    ("活动将先后在三地举行。（张巨川）", ["张巨川"]),
    ("全县投资结构趋优。（青禾县发改局）", ["青禾县发改局"]),
    ("共建清朗网络空间。(文/图 刘东禾 易楠)", ["刘东禾", "易楠"]),
    ("推动工业高质量发展。（记者 胡晓禾）", ["胡晓禾"]),
    ("享年74岁。（总台记者 张倩禾）", ["张倩禾"]),
    ("自公布之日起施行。（完）", []),
    ("据青禾日报报道。（青禾日报）", []),
    ("现场气氛热烈（资料图）", []),
    ("图为会议现场。（刘通摄）", []),
])
def test_trailing_credits(para, expected):
    assert trailing_author(para) == expected


@pytest.mark.parametrize("para, author, editor", [
    # writer and editor in one closing bracket
    ("会议取得实效。(文/柯小川 编辑/祁一鸣)", ["柯小川"], ["祁一鸣"]),
    ("会议取得实效。（撰稿:邰文静 编辑:蔺立新）", ["邰文静"], ["蔺立新"]),
    # a bare name before the bar credits a person but fills no author (GUIDE §1)
    ("会议取得实效。（邝晓雯 || 责任编辑 滕一帆）", [], ["滕一帆"]),
    ("会议取得实效。（蔺晓峰）", [], []),
    # a photographer beside the labelled writer
    ("会议取得实效。(文:柯小川 摄影:祁一鸣)", ["柯小川"], []),
])
def test_trailing_editor_and_author(para, author, editor):
    assert trailing_author(para, labelled_only=True) == author
    assert trailing_editor(para) == editor


def test_person_shape_needs_a_surname():
    assert looks_like_person("尹秋")
    assert not looks_like_person("本站原创")
    assert not looks_like_person("省发改委")


@pytest.mark.parametrize("line, expected", [
    ("文/ 祁青禾 柯小满", {"author": ["祁青禾", "柯小满"]}),
    ("文｜祁青禾、柯小满", {"author": ["祁青禾", "柯小满"]}),
    ("文 / 图 祁青禾", {"author": ["祁青禾"]}),
    ("本报记者 祁青禾 柯小满", {"author": ["祁青禾", "柯小满"]}),
    ("记者 彭一川 通讯员 赖小禾", {"author": ["彭一川", "赖小禾"]}),
    ("通讯员 赖小禾", {"author": ["赖小禾"]}),
    ("撰稿 赖小禾", {"author": ["赖小禾"]}),
    ("供稿 赖小禾", {"author": ["赖小禾"]}),
])
def test_header_credit_forms(line, expected):
    assert byline(line) == expected


@pytest.mark.parametrize("line", ["供稿 青禾县委组织部", "供稿：党建办", "图/ 祁青禾"])
def test_supplier_units_and_photographers_are_not_authors(line):
    assert not (byline(line) or {}).get("author")


@pytest.mark.parametrize("para, expected", [
    # an unbracketed lead credit ending in 报道 and a colon
    ("青禾在线讯 记者柯小川报道：3月2日，青禾县召开会议", ["柯小川"]),
    ("本报讯 记者 柯小川 通讯员 邰文静：近日，青禾县召开会议", ["柯小川", "邰文静"]),
    # prose opening with 记者 names nobody
    ("记者从会上获悉：青禾县召开会议", []),
    ("记者了解到：青禾县召开会议", []),
])
def test_unbracketed_lead_credits(para, expected):
    assert dateline_author(para) == expected


@pytest.mark.parametrize("para, expected", [
    # the role written after the name, even beside a photo credit
    ("（党委宣传部 柯小川/文摄 邰文静/审核）", ["柯小川"]),
    ("会议取得实效。（柯小川/文 邰文静/图）", ["柯小川"]),
    ("会议取得实效。（柯小川/摄）", []),
])
def test_writer_role_after_the_name(para, expected):
    assert trailing_author(para, labelled_only=True) == expected


@pytest.mark.parametrize("para, expected", [
    # two writers glued together after the label: split where both halves are names
    ("持续保持高压态势。(记者祁振邦邰敏)", ["祁振邦", "邰敏"]),
    ("会议取得实效。（通讯员 龚雪林陈军）", ["龚雪林", "陈军"]),
    # a double family name keeps four characters one name
    ("会议取得实效。（记者 欧阳佳慧）", ["欧阳佳慧"]),
])
def test_glued_writer_names(para, expected):
    assert trailing_author(para, labelled_only=True) == expected


@pytest.mark.parametrize("line, reviewers", [
    ("审核：管思远", ["管思远"]),
    # any reviewer label opens reviewers, not only one holding 审
    ("编辑：庞晓雯　校对：管思远", ["管思远"]),
    ("责任编辑：庞晓雯　监制：管思远", ["管思远"]),
    ("（撰稿人：庞晓雯，责任人：管思远）", ["管思远"]),
    ("作者：庞晓雯　核稿：管思远", ["管思远"]),
    # a desk is no reviewer
    ("编辑：庞晓雯　校对：办公室", []),
])
def test_credit_line_reviewers(line: str, reviewers: list[str]) -> None:
    assert credited_people(line)[1] == reviewers


def test_a_source_with_a_persons_name_after_it_keeps_the_unit() -> None:
    """来源:科研处 袁霄 names the department and its clerk: the source is the
    department; an outlet or unit alone, or a value that is no unit, stays whole."""
    from reportmine.parse.credits import source_without_person
    assert source_without_person("科研处 袁霄") == "科研处"
    assert source_without_person("青石县税务局　王明") == "青石县税务局"
    assert source_without_person("青石日报") == "青石日报"
    assert source_without_person("青石县税务局 办公室") == "青石县税务局 办公室"


def test_a_photo_editor_is_no_editor() -> None:
    """图片编辑 edits pictures, not the text: no 编辑 of the GUIDE."""
    from reportmine import analyze
    body = "青石县税务局召开专题组织生活会\n5月6日，青石县税务局第一党支部召开专题组织生活会。\n"
    assert analyze(body + "图片编辑:孙某红").editor is None
    assert analyze(body + "图片编辑:孙某红\n编辑:迟某鹏").editor == "迟某鹏"
    rec = analyze("科研处党支部召开组织生活会\n来源:科研处 袁霄 时间:2023-03-13\n5月6日，科研处党支部召开组织生活会。")
    assert (rec.source, rec.author, rec.date) == ("科研处", None, "2023-03-13")


@pytest.mark.parametrize("credits, editor", [
    ("文字编辑:孙某婷\n编辑:迟某鹏", "迟某鹏"),          # 编辑 > 文字编辑, whatever the order
    ("编辑:迟某鹏\n文字编辑:孙某婷", "迟某鹏"),
    ("编辑:迟某鹏\n责任编辑:王某林", "王某林"),          # 责任编辑 > 编辑
    ("文字编辑:孙某婷 责编:王某林", "王某林"),            # one line, 责编 ranks as 责任编辑
    ("文字编辑:孙某婷\n图片编辑:李某\n审核:赵某", "孙某婷"),  # a 文字编辑 alone is the editor; 图片编辑 and 审核 never
    ("图片编辑:李某\n审核:赵某", None),
])
def test_the_best_ranked_editor_label_names_the_editor(credits: str, editor: str | None) -> None:
    """Ruling: 责任编辑 > 编辑 > 文字编辑; 图片编辑 and 审核 are no editor."""
    from reportmine import analyze
    body = "青石县税务局召开专题组织生活会\n5月6日，青石县税务局第一党支部召开专题组织生活会。\n"
    assert analyze(body + credits).editor == editor


def test_editor_labels_rank_on_one_credit_line() -> None:
    """A byline naming several editors keeps those of its best label only; labels of one rank all count."""
    from reportmine.parse.fields import split_fields
    assert byline("文字编辑 孙某婷 编辑 迟某鹏") == {"editor": ["迟某鹏"]}
    assert split_fields("编辑：迟某鹏 责任编辑：王某林") == {"editor": "王某林"}
    assert split_fields("编辑：甲某某 编辑：乙某某") == {"editor": "甲某某 乙某某"}


def test_an_outranked_editor_stays_a_person() -> None:
    """文字编辑 beside 编辑: 迟某鹏 is the editor, 孙某婷 still a person of the article (role 编辑)."""
    from reportmine import analyze
    rec = analyze("青石县税务局召开专题组织生活会\n5月6日，青石县税务局第一党支部召开专题组织生活会。\n"
                  "文字编辑:孙某婷\n编辑:迟某鹏")
    assert rec.editor == "迟某鹏"
    assert {p.name: p.roles for p in rec.people if "编辑" in p.roles} == {"孙某婷": ["编辑"], "迟某鹏": ["编辑"]}


def test_a_label_typeset_with_blanks_is_the_label() -> None:
    """编 辑：, 来 源：, 作 者： and a spaced role word before a name are the labels written whole."""
    from reportmine import analyze
    from reportmine.parse.credits import join_spaced_labels
    from reportmine.parse.fields import split_fields
    assert split_fields("作 者：李某华  编 辑：赵某强") == {"author": "李某华", "editor": "赵某强"}
    assert split_fields("来　源：青石水利网") == {"source": "青石水利网"}
    assert byline("编 辑 杨某娟") == {"editor": ["杨某娟"]}
    rec = analyze("青石县水利局召开专题组织生活会\n来 源：青石水利网  发布时间：2023-05-06\n"
                  "5月5日，青石县水利局机关党支部召开专题组织生活会。\n图文 尹某林\n编 辑 杨某娟")
    assert (rec.source, rec.editor) == ("青石水利网", "杨某娟")
    # prose keeps its blanks: no label stands there
    assert join_spaced_labels("会议 来 自各地") == "会议 来 自各地"


def test_the_web_at_large_is_no_source() -> None:
    """来源:互联网 / 来源：网络 names no outlet (as 来源：未知 does): the source is null."""
    from reportmine import analyze
    for value in ("互联网", "网络"):
        rec = analyze(f"青石县市场监管局开展主题党日活动\n2024-02-02  来源:{value}\n1月29日，青石县市场监管局机关党支部开展主题党日活动。")
        assert rec.source is None and rec.date == "2024-02-02"


def test_a_report_label_before_a_colon_credits_the_writer() -> None:
    # 报道 is a label only before a colon, after no Han character, and for a personal name
    assert byline("（报道：林晓东 编辑：周海）") == {"author": ["林晓东"], "editor": ["周海"]}
    assert trailing_author("……召开专题组织生活会。（报道：林晓东）") == ["林晓东"]
    assert byline("报道：青石县水务局") is None  # a unit reports, no writer
    assert byline("多家媒体报道林晓东") is None  # prose: 报道 is the verb
    assert byline("记者王一鸣报道：") == {"author": ["王一鸣"]}  # the 记者's credit, as before
