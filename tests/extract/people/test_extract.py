"""People extractor: table tests on invented sentences, span checks, and gates on ../shared."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reportmine.extract.people import credit_people, extract_people
from reportmine.record import Organization


def people_by_name(text: str, organizations=None) -> dict:
    return {p.name: p for p in extract_people(text, organizations)}


# (sentence, {name: titles}) -- every name in the sentence and exactly its titles
TITLE_CASES = [
    # a title chain before the name, 同志 stripped
    ("党组书记、副局长郝明远同志主持会议并讲话。", {"郝明远": ["党组书记", "副局长"]}),
    # ranks
    ("一级调研员柴文博以普通党员身份参加会议。", {"柴文博": ["一级调研员"]}),
    ("二级巡视员蒲晓岚对会议进行了点评。", {"蒲晓岚": ["二级巡视员"]}),
    # the title after the name, and several after it joined by 兼
    ("会上，龚振邦书记强调，要把自己摆进去。", {"龚振邦": ["书记"]}),
    ("会议传达了祁海峰副主席兼秘书长的讲话精神。", {"祁海峰": ["副主席", "秘书长"]}),
    # a shared title before a 、 list
    ("党组成员章一鸣、骆小川、欧阳佳慧参加会议。",
     {"章一鸣": ["党组成员"], "骆小川": ["党组成员"], "欧阳佳慧": ["党组成员"]}),
    # two-character names, a rare surname, a compound surname
    ("副县长邬宁、庾君列席会议。", {"邬宁": ["副县长"], "庾君": ["副县长"]}),
    ("支部委员司马文青同志代表支部作工作报告。", {"司马文青": ["支部委员"]}),
    ("支部书记闫东升同志创新工作方法。", {"闫东升": ["支部书记"]}),
    # the length of a name is decided by what follows it
    ("党委副书记甘文传达了会议精神，党委委员邹立达传达了文件。",
     {"甘文": ["党委副书记"], "邹立达": ["党委委员"]}),
    # titles as written, with the body inside the title
    ("校纪委副书记、监察处处长卜振华作专题报告。", {"卜振华": ["校纪委副书记", "监察处处长"]}),
    ("党组成员、检委会专职委员窦立群领学了有关内容。", {"窦立群": ["党组成员", "检委会专职委员"]}),
    # 总书记 after a known leader's name
    ("认真学习习近平总书记重要讲话精神。", {"习近平": ["总书记"]}),
    # titles in brackets after the name
    ("会议由苗青山（区委常委、组织部部长）主持。", {"苗青山": ["区委常委", "组织部部长"]}),
    # a strong cue after the name rescues a name that starts like a word
    ("市委书记万里明强调，市长方正清指出。", {"万里明": ["市委书记"], "方正清": ["市长"]}),
    # a transliterated foreign name after a post word
    ("卡利亚共和国总统萨莫拉尼今天抵达北京。", {"萨莫拉尼": ["总统"]}),
]


@pytest.mark.parametrize("text,expected", TITLE_CASES)
def test_names_and_titles(text, expected):
    got = {name: p.titles for name, p in people_by_name(text).items()}
    assert got == expected


# titles as written, with as much of the body as belongs to the post
BODY_TITLE_CASES = [
    # a 党总支部 / 工委 body stays whole
    ("党总支部书记、院长邰明山主持会议。", {"邰明山": ["党总支部书记", "院长"]}),
    ("区委机关工委副书记简文涛出席会议。", {"简文涛": ["区委机关工委副书记"]}),
    ("学院巡察办主任阎立群作了说明。", {"阎立群": ["巡察办主任"]}),
    ("综合办负责人伍思远主持会议。", {"伍思远": ["综合办负责人"]}),
    # a rank belongs to no body; after 驻 the host body is no part of the post
    ("县政府办公室二级调研员龙海清列席会议。", {"龙海清": ["二级调研员"]}),
    ("县纪委监委驻统战部纪检组组长邝雅琴到会指导。", {"邝雅琴": ["纪检组组长"]}),
]


@pytest.mark.parametrize("text,expected", BODY_TITLE_CASES)
def test_titles_keep_their_own_body(text, expected):
    got = {name: p.titles for name, p in people_by_name(text).items()}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # 科, 处, 院 end bodies but may stand in a given name right after a title
    ("局党委书记邵科明主持会议。", "邵科明"),
    ("党支部书记柯处亮同志讲话。", "柯处亮"),
    ("副馆长滕院生指出，要加强学习。", "滕院生"),
    # a name stops before 关于 (not 柯明远关)
    ("馆长柯明远关于年度工作作了说明。", "柯明远"),
])
def test_titled_name_with_a_body_character(text, expected):
    assert list(people_by_name(text)) == [expected]


@pytest.mark.parametrize("text", [
    # a post after a surname character is no name (任组长, 任副组长)
    "成立由党委书记任组长、副书记任副组长的工作专班。",
    "会议决定由支部书记任科长。",
])
def test_post_after_title_is_no_name(text):
    assert extract_people(text) == []


@pytest.mark.parametrize("text", [
    # a title that stands for a person with no name
    "机关党组书记提出明确要求，各支部书记切实扛起第一责任人职责。",
    "党组成员就怎样办好支部主题党日提出了三点意见。",
    # common words that start with a surname character
    "进一步增强了班子成员的凝聚力向心力，大家干劲十足。",
    "积极参与慈善活动，高质量完成各项任务。",
    "有关负责同志列席会议，老同志们提出了意见建议。",
    # names inside theory and work names are no mentions
    "深入学习邓小平理论和习近平新时代中国特色社会主义思想。",
    "坚持马克思列宁主义、毛泽东思想，弘扬雷锋精神。",
    "王书记对此高度重视，李主任作了发言，党委书记解读了文件。",
    "认真学习《习近平谈治国理政》和习近平法治思想。",
])
def test_no_people(text):
    assert extract_people(text) == []


@pytest.mark.parametrize("text,names", [
    ("会议由柴立群主持。", {"柴立群"}),
    ("霍振华、卢晓云等同志参加会议。", {"霍振华", "卢晓云"}),
    ("主持人：邰文博", {"邰文博"}),
    # a kind of person before the name: 党员, 元老, a scholar (…学家)
    ("老区党员蔺文涛、郗立华在会上发言。", {"蔺文涛", "郗立华"}),
    ("著名经济学家柯文远等出席论坛。", {"柯文远"}),
])
def test_untitled_names_in_a_frame(text, names):
    assert set(people_by_name(text)) == names


def test_title_keeps_first_seen_order_and_merges_address_forms():
    text = "邀请市纪委副书记黎明远作报告。会上，黎明远书记指出，黎明远同志强调。"
    person = people_by_name(text)["黎明远"]
    assert person.titles == ["市纪委副书记"]
    assert person.count == 3
    assert [text[s:e] for s, e in person.spans] == ["黎明远"] * 3


def test_org_from_ordinal_branch_and_group():
    text = ("第三党支部书记蒲晓岚同志作工作报告。"
            "市委第七督导组组长秦立军，副组长柏文涛到会督导。")
    people = people_by_name(text)
    assert people["蒲晓岚"].org == "第三党支部"
    assert people["蒲晓岚"].titles == ["党支部书记"]
    assert people["秦立军"].org == "市委第七督导组"
    assert len(people["秦立军"].titles) == 1 and people["秦立军"].titles[0].endswith("组长")
    assert people["柏文涛"].titles == ["副组长"]


def test_org_from_organization_spans():
    text = "青禾县政府党组书记、县长鲍文清主持会议。"
    org = Organization(name="青禾县政府党组", kind="party_group", spans=[(0, 7)])
    person = people_by_name(text, [org])["鲍文清"]
    assert person.org == "青禾县政府党组"
    # the government stays in its post as 县委 does (县委书记; round 51)
    assert person.titles == ["县政府党组书记", "县长"]


def test_org_from_branch_named_earlier_in_sentence():
    text = "第二党支部及时召开党员大会，党支部书记梅立华同志逐一审核材料。"
    assert people_by_name(text)["梅立华"].org == "第二党支部"


@pytest.mark.parametrize("text,name,role", [
    ("会议由党委书记蓝振华主持。", "蓝振华", "主持"),
    ("二级巡视员宓文杰在会议结束时进行了点评。", "宓文杰", "点评"),
    ("党支部书记覃一凡为全体党员讲党课。", "覃一凡", "讲党课"),
    ("副县长钮立新列席会议。", "钮立新", "列席"),
    ("市委督导组组长冉志刚到会督导。", "冉志刚", "督导"),
    ("党组成员、副主任谌文斌到会指导。", "谌文斌", "指导"),
])
def test_roles(text, name, role):
    assert role in people_by_name(text)[name].roles


def test_roles_stop_at_the_next_person():
    text = "党委书记单海平主持会议，党委副书记缪立群讲党课。"
    people = people_by_name(text)
    assert people["单海平"].roles == ["主持"]
    assert people["缪立群"].roles == ["讲党课"]


def test_list_shares_roles_after_it():
    text = "督导组成员滕小川、屠文杰到会全程督导。"
    people = people_by_name(text)
    assert set(people) == {"滕小川", "屠文杰"}
    assert all("督导" in p.roles for p in people.values())


def test_byline_and_trailing_bare_name():
    text = "（记者 邝文杰 通讯员 殷小雨）近日，学院召开专题组织生活会。\n会议取得实效。(蔺晓峰)"
    people = people_by_name(text)
    assert set(people) == {"邝文杰", "殷小雨", "蔺晓峰"}
    assert all(p.roles == ["作者"] for p in people.values())
    assert all(p.titles == [] for p in people.values())


@pytest.mark.parametrize("text,expected", [
    # a bare name before a bar in a closing credit bracket is the writer
    ("会议取得实效。（邝晓雯 || 责任编辑 滕一帆）", {"邝晓雯": ["作者"], "滕一帆": ["编辑"]}),
    # reviewers of each round in a closing credit line
    ("会议取得实效。\n(一审:蔺立新 二审:祁文静 三审:柯大川)",
     {"蔺立新": ["审核"], "祁文静": ["审核"], "柯大川": ["审核"]}),
    # 监制 is a credit role, not a name in the reviewer list
    ("会议取得实效。\n审核 蔺立新 监制 祁文静 柯大川", {"蔺立新": ["审核"], "祁文静": ["审核"], "柯大川": ["审核"]}),
    # the writer's unit opens the bracket
    ("会议取得实效。（青禾县纪委宣传室 蔺立新 祁文静）", {"蔺立新": ["作者"], "祁文静": ["作者"]}),
    # a bracket right after 本报讯, a space between
    ("本报讯 （蔺立新）近日，青禾县召开会议。", {"蔺立新": ["作者"]}),
    # the next label ends a supplier's name glued to it, rare surname too
    ("会议取得实效。（供稿南立新编辑 祁文静）", {"南立新": ["作者"], "祁文静": ["编辑"]}),
    # the supplier's name before 供稿, the branch glued before it or not
    ("会议取得实效。\n（第三党支部祁文静供稿）", {"祁文静": ["作者"]}),
    ("会议取得实效。\n（祁文静 供稿）", {"祁文静": ["作者"]}),
    ("会议取得实效。\n（县委宣传部供稿）", {}),
])
def test_closing_credit_brackets(text, expected):
    assert {n: p.roles for n, p in people_by_name(text).items()} == expected


@pytest.mark.parametrize("text,names", [
    # a 、 list of untitled names opening a clause before a list verb
    ("会上，祁文静、蔺立新作交流发言。", {"祁文静", "蔺立新"}),
    ("柯大川、邰小雨就《党章》有关内容进行了领学。", {"柯大川", "邰小雨"}),
    # a name found with a title elsewhere may hold a body character
    ("局党委书记邵科明主持会议。邵科明、滕一帆先后发言。", {"邵科明", "滕一帆"}),
    # ordinary words in the list, or one name alone, are no list of people
    ("会上，党员、干部作交流发言。", set()),
    ("学习、研讨就此展开。", set()),
    ("会上，祁文静作交流发言。", set()),
])
def test_untitled_name_lists_before_a_list_verb(text, names):
    assert set(people_by_name(text)) == names


@pytest.mark.parametrize("text,expected", [
    # a surname that is mostly a word character (surnames_rare.txt) gives a
    # name right after a post word before a strong cue, or before 同志
    ("会议由支部书记代文山主持。", {"代文山": ["支部书记"]}),
    ("副主任云晓峰同志传达了会议精神。", {"云晓峰": ["副主任"]}),
    ("会议由党立新同志主持。", {"党立新": []}),
    # in a titled 、 list it no longer stops the list
    ("党委委员、副院长邰文广、党晓川、滕一帆参加会议。",
     {"邰文广": ["党委委员", "副院长"], "党晓川": ["党委委员", "副院长"], "滕一帆": ["党委委员", "副院长"]}),
    ("副主席柯大川、诸文、蔺立新出席会议。",
     {"柯大川": ["副主席"], "诸文": ["副主席"], "蔺立新": ["副主席"]}),
    # more surnames that are mostly word characters
    ("会议由党组书记、局长怀立山主持。", {"怀立山": ["党组书记", "局长"]}),
    ("副乡长平文豪参加会议。", {"平文豪": ["副乡长"]}),
    ("会议由主任种晓东主持。", {"种晓东": ["主任"]}),
    ("副县长亢立军、银晓峰参加会议。", {"亢立军": ["副县长"], "银晓峰": ["副县长"]}),
    ("副院长矫文明讲话。", {"矫文明": ["副院长"]}),
    # surnames that are no word characters at all
    ("党委书记乜晓川主持会议。", {"乜晓川": ["党委书记"]}),
    # 首席专家 and 首席技师 are posts
    ("公司首席技师邰海峰发言。", {"邰海峰": ["首席技师"]}),
    ("中心首席专家蔺立茂领学。", {"蔺立茂": ["首席专家"]}),
])
def test_rare_surnames_in_strong_frames(text, expected):
    assert {n: p.titles for n, p in people_by_name(text).items()} == expected


def test_new_surname_in_an_open_frame():
    assert {n: p.roles for n, p in people_by_name("冮宇航同志作表态发言。").items()} == {"冮宇航": ["表态发言"]}


def test_rare_surname_in_a_closing_credit():
    assert {n: p.roles for n, p in people_by_name("会议取得实效。（代晓川）").items()} == {"代晓川": ["作者"]}


@pytest.mark.parametrize("text", [
    # the same characters opening words after a post, or before 同志 with no frame
    "党委书记代表班子作对照检查。",
    "支部书记明确要求全体党员按时参加。",
    "各部门负责同志参加会议。",
    "会上，南方同志发言。",
    "会议取得实效。（党建）",
    # 党课 after a post word is the lecture, even before a year
    "县一中党支部召开了书记党课暨2024年度民主评议党员大会。",
    "校长党费暨2023年度收缴工作会议召开。",
    "他强调要平稳推进各项工作。",
])
def test_rare_surnames_are_no_names_in_words(text):
    assert extract_people(text) == []


@pytest.mark.parametrize("text,names", [
    # an untitled name right after a body or a group word, before a strong cue
    ("市委组织部干部柯晓东到会指导。", {"柯晓东"}),
    ("县驻派纪检组邰小红到会指导。", {"邰小红"}),
    # a 、 list of names after a group word
    ("该院领导蔺德明、祁春生、滕玉兰和中层干部参加大会。", {"蔺德明", "祁春生", "滕玉兰"}),
    # names after a group word, then a titled item of the same list
    ("县委组织部干部柯晓、乡纪委书记邰文和到会指导。", {"柯晓", "邰文和"}),
    ("市委组织部干部柯晓、滕玉兰、乡纪委书记邰文和到会指导。", {"柯晓", "滕玉兰", "邰文和"}),
    ("机关干部职工、党委书记邰文和参加会议。", {"邰文和"}),
    # words after a body or a group word are no names
    ("县委组织部高度重视此项工作。", set()),
    ("县委领导常态化联系基层。", set()),
    ("领导关心支持工作。", set()),
])
def test_names_after_a_body_or_group_word(text, names):
    from reportmine.extract.organizations import extract_organizations

    assert set(people_by_name(text, extract_organizations(text))) == names


@pytest.mark.parametrize("text,names", [
    # a name list closed by 等 and an honour word, as by 等同志
    ("深入学习蔺德明、祁春生、滕玉兰等先进法官事迹。", {"蔺德明", "祁春生", "滕玉兰"}),
    ("会上学习了柯晓东等先进典型。", {"柯晓东"}),
    ("大家学习邰文和等优秀党员的精神。", {"邰文和"}),
    # bodies, places and things before the same words are no people
    ("运用大数据等先进技术。", set()),
    ("借鉴江苏、浙江等先进地区经验。", set()),
])
def test_names_before_an_honour_list_end(text, names):
    assert set(people_by_name(text)) == names


@pytest.mark.parametrize("text,expected", [
    # a name whose given name is a word, between a body and its post
    ("县委督导组祁发展组长、柯平副组长到会指导。", {"祁发展": ["组长"], "柯平": ["副组长"]}),
    ("市委第一督导组邰建设组长和蔺盼盼同志到会。", {"邰建设": ["组长"], "蔺盼盼": []}),
])
def test_word_given_names_between_a_body_and_its_post(text, expected):
    from reportmine.extract.organizations import extract_organizations

    assert {n: p.titles for n, p in people_by_name(text, extract_organizations(text)).items()} == expected


def test_a_group_word_passes_a_shared_role_back():
    from reportmine.extract.organizations import extract_organizations

    text = "县委常委祁春生，县委组织部干部柯晓东到会指导。"
    people = people_by_name(text, extract_organizations(text))
    assert people["祁春生"].roles == ["指导"] and people["柯晓东"].roles == ["指导"]


@pytest.mark.parametrize("text,name,titles", [
    # 机关 joins the title's body where the title opens the mention, and before
    # a party body after another body (round 55: the organ's own party group)
    ("机关党组书记、办公室主任柯晓东主持会议。", "柯晓东", ["机关党组书记", "办公室主任"]),
    ("会上，机关党委书记柯晓东讲话。", "柯晓东", ["机关党委书记"]),
    ("县政协机关党组书记柯晓东主持会议。", "柯晓东", ["机关党组书记"]),
])
def test_opening_body_word_in_a_title(text, name, titles):
    assert people_by_name(text)[name].titles == titles


@pytest.mark.parametrize("text,names", [
    # a body word before 同志 is no given name (分管股室同志)
    ("班子成员分别与分管股室同志谈了心。", set()),
    # 同志 after the name beats a surname read after 党员 (党员向某某某同志)
    ("全体党员向柯晓东同志学习。", {"柯晓东"}),
])
def test_names_before_tongzhi(text, names):
    assert set(people_by_name(text)) == names


@pytest.mark.parametrize("text,names", [
    # a 、 list of department-and-name items
    ("义诊专家有心内科邰立新、眼科祁晓兰、儿科滕卫东及护士长等。", {"邰立新", "祁晓兰", "滕卫东"}),
    ("专家有神经外科柯小川、乳腺甲状腺外科蔺文、血液科滕一帆。", {"柯小川", "蔺文", "滕一帆"}),
    # departments and their work are no names
    ("外科手术、内科治疗同步进行。", set()),
])
def test_department_and_name_lists(text, names):
    assert set(people_by_name(text)) == names


def test_editor_credit_in_body():
    text = "会议取得圆满成功。\n(编辑:甄晓燕)"
    person = people_by_name(text)["甄晓燕"]
    assert person.roles == ["编辑"]


def test_repeated_name_is_one_person_with_all_spans():
    text = "支部书记郜振东主持会议。郜振东指出，要抓好整改。会后，郜振东同志带头整改。"
    people = extract_people(text)
    assert [p.name for p in people] == ["郜振东"]
    assert people[0].count == 3
    assert len(people[0].spans) == 3


def test_every_span_slices_to_the_name():
    texts = [t for t, _ in TITLE_CASES] + [
        "党组书记、副局长郝明远同志主持会议。郝明远同志指出，要开好会。（记者 邝文杰）",
        "美国总统克林顿今天说，克林顿总统将访华。",
    ]
    for text in texts:
        for person in extract_people(text):
            assert person.spans, person
            assert person.count == len(person.spans)
            for s, e in person.spans:
                assert text[s:e] == person.name


def test_credit_people_skips_desks_and_units():
    people = credit_people("宣传部 欧阳晓岚", "本报记者 祁文博")
    assert [p.name for p in people] == ["欧阳晓岚", "祁文博"]


def test_credit_people_skips_four_character_sites():
    people = credit_people("青禾健康", "欧阳晓岚")
    assert [p.name for p in people] == ["欧阳晓岚"]


def test_credit_people_names_photographers():
    people = credit_people("邝文杰", None, ["甄晓燕"])
    assert [(p.name, p.roles) for p in people] == [("邝文杰", ["作者"]), ("甄晓燕", ["摄影"])]


def test_credit_people_names_reviewers():
    people = credit_people("邝文杰", None, [], ["甄晓燕"])
    assert [(p.name, p.roles) for p in people] == [("邝文杰", ["作者"]), ("甄晓燕", ["审核"])]


def test_credit_people_splits_several_names():
    people = credit_people("邝文杰、殷小雨", "甄晓燕")
    assert [(p.name, p.roles) for p in people] == [
        ("邝文杰", ["作者"]), ("殷小雨", ["作者"]), ("甄晓燕", ["编辑"])]


# ---------------------------------------------------------------------------
# gates on the annotated texts beside the checkout

def _score_module(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("rm_score", shared_dir / "annotation" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _people_records(texts_dir: Path, out: Path) -> None:
    """Records holding only people (parser + this extractor), so other extractors cannot move the gate."""
    from reportmine.parse import parse_bytes

    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(texts_dir.glob("*.txt")):
            page = parse_bytes(path.read_bytes(), name=path.name)
            people = extract_people(page.text)
            known = {p.name for p in people}
            people += [c for c in credit_people(page.author, page.editor) if c.name not in known]
            rec = {"path": str(path), "text": page.text,
                   "people": [{"name": p.name, "titles": p.titles} for p in people]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# Reached when these gates were written: dev people 1.000 / titles 1.000,
# pd98 people 0.889 / titles 0.937; raised after the untitled-name frames
# (sentence subjects, Japanese and dotted names, count lists) reached pd98
# people 0.936 / titles 0.966, and after round 17's foreign posts (a state
# before the post, transliterated names) 0.955 / 0.981. The floors leave a
# little room for parser drift.
GATES = [
    ("annotation/dev", "annotation/dev/texts", 0.97, 0.97),
    ("benchmarks/pd98/gold", "benchmarks/pd98/texts", 0.945, 0.97),
]


@pytest.mark.shared
@pytest.mark.parametrize("gold,texts,people_min,titles_min", GATES)
def test_gate(shared_dir, tmp_path, gold, texts, people_min, titles_min):
    out = tmp_path / "people.jsonl"
    _people_records(shared_dir / texts, out)
    summary = _score_module(shared_dir).score(shared_dir / gold, out)["summary"]
    assert summary["people"]["f1"] >= people_min, summary["people"]
    assert summary["titles"]["f1"] >= titles_min, summary["titles"]


@pytest.mark.shared
def test_gate_heldout(shared_dir, repo_root, tmp_path):
    """The project's held-out invented articles (people 0.957 / titles 1.000 when
    written; the two missed people are header bylines the parser leaves out)."""
    gold = repo_root / "tests" / "gold_heldout"
    if not gold.is_dir():
        pytest.skip("no held-out gold in this checkout")
    out = tmp_path / "people.jsonl"
    _people_records(gold / "texts", out)
    summary = _score_module(shared_dir).score(gold, out)["summary"]
    assert summary["people"]["f1"] >= 0.93, summary["people"]
    assert summary["titles"]["f1"] >= 0.97, summary["titles"]


# ---------------------------------------------------------------------------
# invariants on arbitrary text

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["党组书记", "、", "副主席", "同志", "，", "。", "（", "）", "记者", " ", "\n", "总统",
           "王", "欧阳", "立", "华", "明", "克林", "顿", "主持", "高度", "重视", "兼", "书记", "等",
           "邓小平理论", "《", "》", "习近平", "第一党支部", "说", "5"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@example(["记者", "王", "同志", "、", "王"])  # a byline list item cut short by the end of the text
def test_spans_always_slice_to_names(pieces):
    text = "".join(pieces)
    seen = set()
    people = extract_people(text)
    spans = sorted(sp for p in people for sp in p.spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    for person in people:
        assert person.name and person.name not in seen
        seen.add(person.name)
        assert person.count == len(person.spans) >= 1
        assert len(set(person.titles)) == len(person.titles)
        for s, e in person.spans:
            assert 0 <= s < e <= len(text)
            assert text[s:e] == person.name


@pytest.mark.parametrize("text,names", [
    # a later byline item at the very end of the text is no longer than the text
    ("记者邝文杰、殷", {"邝文杰"}),
    ("记者邝文杰、殷小雨", {"邝文杰", "殷小雨"}),
    # a form of address or a post is no given name
    ("记者王同志、李同志", set()),
    ("记者韦书记", set()),
    ("通讯员韦局长", set()),
])
def test_byline_list_at_text_end(text, names):
    people = extract_people(text)
    assert {p.name for p in people} == names
    for p in people:
        for s, e in p.spans:
            assert e <= len(text) and text[s:e] == p.name


@pytest.mark.parametrize("text,expected", [
    # an untitled name opening a sentence before a two-character cue or a speech verb
    ("会议结束后。柏立群回答说，要抓好整改。", {"柏立群": []}),
    ("萨莫拉尼随即签署了命令。", {"萨莫拉尼": []}),
    # a four-character name after a post when only the fourth character ends at a cue
    ("民族研究所所长巴图旺堆在座谈会上发言。", {"巴图旺堆": ["所长"]}),
    # a military rank or a time word after the name ends it
    ("副司令员韩振东中将出席会议。", {"韩振东": ["副司令员"]}),
    ("局长方启马上任后推行改革。", {"方启马": ["局长"]}),
    ("行政长官温立华昨日发表声明。", {"温立华": ["行政长官"]}),
    # Japanese names: family name plus given name after a post in a sentence about
    # Japan, and the family name alone before a post
    ("日本外相山田惠三也强调政府的立场没有变化。", {"山田惠三": ["外相"]}),
    ("总理转达了对佐藤首相的问候。", {"佐藤": ["首相"]}),
    # a transliterated run of three or more before a post needs no left frame
    ("正如萨莫拉尼总统所说，合作前景广阔。", {"萨莫拉尼": ["总统"]}),
    # a transliterated run opening a clause before any cue
    ("据报道，萨莫拉尼将出任委员会主席。", {"萨莫拉尼": []}),
    # a name in parts joined by a middle dot, after a post
    ("访问团团长安娜·贝尔蒙特今天抵达。", {"安娜·贝尔蒙特": ["团长"]}),
    ("基金会会长查猜·春哈隆会见了代表团。", {"查猜·春哈隆": ["会长"]}),
    # 顾问 before a name, and the list after it
    ("中央顾问杜文梅、黎德明以及其他领导人出席。", {"杜文梅": ["中央顾问"], "黎德明": ["中央顾问"]}),
    # a transliterated name before any post, after a strong left frame
    ("副省长会见了萨莫拉市长一行。", {"萨莫拉": ["市长"]}),
    # the leader of a delegation: 以某某为团长
    ("市长会见了以邝立新为团长的考察团。", {"邝立新": []}),
    # names listed before a count of a post hold that post (the lead's ruling, round 19)
    ("会议任命了范立群和邰文斌两名副县长。", {"范立群": ["副县长"], "邰文斌": ["副县长"]}),
    ("王国栋政府翁立华、洪文森两首相联名致电。", {"翁立华": ["首相"], "洪文森": ["首相"]}),
])
def test_names_without_a_full_frame(text, expected):
    got = {name: p.titles for name, p in people_by_name(text).items()}
    assert got == expected


@pytest.mark.parametrize("text", [
    # a sentence opening with an ordinary word before a cue
    "高度重视回答说。",
    "全体党员随即签署承诺书。",
    "今年新增两名副县长。",
    # a Japanese family name reads as one only where the sentence is about Japan
    "村长田中明也参加了劳动。",
])
def test_no_subject_or_japanese_name(text):
    assert "田中明也" not in people_by_name(text)
    assert not any(len(n) == 4 for n in people_by_name(text))
    if not text.startswith("村长"):
        assert extract_people(text) == []


def test_user_resources_extend_the_lexicons(tmp_path, monkeypatch):
    from reportmine import resources

    (tmp_path / "person_titles.txt").write_text("# user posts\n舵主\n", encoding="utf-8")
    text = "总舵主韩立群主持会议。"
    assert "舵主" not in "".join(t for p in extract_people(text) for t in p.titles)
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        person = people_by_name(text)["韩立群"]
        assert person.titles == ["总舵主"]
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()


@pytest.mark.parametrize("text, name, titles", [
    # a level committee after 团 or 共青团 (and a place) is the Youth League's: the title keeps it
    ("团市委书记柯文远出席会议并讲话。", "柯文远", ["团市委书记"]),
    ("会上，团青石市委副书记柯文远作动员讲话。", "柯文远", ["团青石市委副书记"]),
    ("共青团青石县委书记柯文远主持会议。", "柯文远", ["共青团青石县委书记"]),
    # 团 ending a word (集团) opens no league body; a place alone leaves the party's post
    ("青石集团市委书记柯文远出席会议。", "柯文远", ["市委书记"]),
    ("青石市委书记柯文远出席会议。", "柯文远", ["市委书记"]),
])
def test_a_youth_league_committee_stays_in_the_title(text: str, name: str, titles: list[str]) -> None:
    assert people_by_name(text)[name].titles == titles


def test_a_user_reviewer_label_reaches_the_body_credits(tmp_path, monkeypatch):
    from reportmine import resources

    # one list of reviewer labels: credit_words.json's, which the page parser reads too
    (tmp_path / "credit_words.json").write_text('{"reviewer_roles": {"复核": "审核"}}', encoding="utf-8")
    text = "会议由孔立新主持。（撰稿：韩秋平 复核：邵晓丽）"
    assert "复核" not in resources.load_json("credit_words.json")["reviewer_roles"]
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert people_by_name(text)["邵晓丽"].roles == ["审核"]
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()


@pytest.mark.parametrize("text", [
    "青溪镇机关党员60余人赴烈士陵园开展主题党日活动。",  # 余 after a numeral: a hedge
    "全院两百多名干部职工赴纪念馆参观。",
])
def test_a_count_hedge_opens_no_name(text: str) -> None:
    assert people_by_name(text) == {}


def test_a_post_word_read_across_a_body_name_is_no_post() -> None:
    from reportmine.extract.organizations import extract_organizations

    text = "中国科学院长沙分院召开会议，中国科学院长沙分院院长霍立群主持。"
    orgs = extract_organizations(text)
    assert "中国科学院长沙分院" in {o.name for o in orgs}
    found = people_by_name(text, orgs)
    assert set(found) == {"霍立群"}  # not 沙分, with 院长 read across 科学院|长沙
    # a post right after a body's name stays a post
    assert people_by_name("县委书记柯文远主持会议。", extract_organizations("县委书记柯文远主持会议。"))[
        "柯文远"].titles == ["县委书记"]


@pytest.mark.parametrize("text, name, titles", [
    ("会上，病区护士长郑雅琴领学了党章。", "郑雅琴", ["护士长"]),
    ("参加义诊的有急诊科护士长段玉洁、谭红等。", "段玉洁", ["护士长"]),
])
def test_a_head_nurse_is_a_post(text: str, name: str, titles: list[str]) -> None:
    assert people_by_name(text)[name].titles == titles


@pytest.mark.parametrize("text", [
    "要把主题教育与学雷锋活动结合起来，开展志愿服务。",
    "支部组织党员开展学雷锋活动。",
])
def test_a_name_naming_an_activity_is_no_mention(text: str) -> None:
    assert people_by_name(text) == {}


@pytest.mark.parametrize("text, names", [
    ("各党组织负责人逐一表态，带头抓好整改工作。 吕要党 钱正余", {"吕要党", "钱正余"}),
    ("会议要求抓好整改落实。 邵立新", {"邵立新"}),
    ("会议要求抓好整改落实。 全面从严 治党", set()),  # no names: words after the last sentence
    ("会议要求抓好整改落实。 高度 重视", set()),
])
def test_bare_names_closing_the_text_are_its_writers(text: str, names: set[str]) -> None:
    found = people_by_name(text)
    assert set(found) == names
    assert all(p.roles == ["作者"] for p in found.values())


@pytest.mark.parametrize("text, names", [
    # a group word's 、 list goes on over an item with a rare surname
    ("县领导谭志刚、邹海、明志远、柏文涛主席台就座。", {"谭志刚", "邹海", "明志远", "柏文涛"}),
    # names joined by 和/、 before a count and 同志
    ("随后，苗秋云和白晓丽两位同志逐一作对照检查。", {"苗秋云", "白晓丽"}),
    ("冉建国、甘晓春两名同志作交流发言。", {"冉建国", "甘晓春"}),
    # a count after 等, a count of two digits, and 党员 as the counted head
    ("支部接收冉建国、甘晓春等两位同学为预备党员。", {"冉建国", "甘晓春"}),
    ("会议推选冉建国、甘晓春、柏文涛等12位同志为代表。", {"冉建国", "甘晓春", "柏文涛"}),
    ("随后，冉建国、甘晓春、柏文涛等几名党员作交流发言。", {"冉建国", "甘晓春", "柏文涛"}),
    ("评出冉建国、甘晓春、柏文涛3名党员为优秀党员。", {"冉建国", "甘晓春", "柏文涛"}),
    # a surname closing a frequent word before 同志 or a post opens no name
    ("会上宣读了关于柏涛同志转正的意见。", set()),  # (no 于柏涛; 柏涛 after 于 stays unread)
    ("党员们认真学习习总书记的重要讲话。", set()),
    ("今天是创始人之一张明远同志诞辰纪念日。", {"张明远"}),  # a numeral's word (一张) still lets it open
    # a rare surname after a post word
    ("院党委书记逢志强主持会议。", {"逢志强"}),
])
def test_list_and_rare_surname_frames(text: str, names: set[str]) -> None:
    assert set(people_by_name(text)) == names


@pytest.mark.parametrize("text, names", [
    ("班子成员逐一作表态发言。\n（某县残联：童晓燕）", {"童晓燕"}),
    ("班子成员逐一作表态发言。\n(市总工会: 童晓燕 柯明)", {"童晓燕", "柯明"}),
])
def test_a_unit_and_colon_opening_a_closing_bracket_credit(text: str, names: set[str]) -> None:
    found = people_by_name(text)
    assert set(found) == names
    assert all(p.roles == ["作者"] for p in found.values())


@pytest.mark.parametrize("text, name, titles", [
    # a body repeating the post's first word is the unit, not part of the title
    ("第三党支部支部书记祁连山主持会议。", "祁连山", ["支部书记"]),
    ("机关第二党支部支部委员祁连山作发言。", "祁连山", ["支部委员"]),
    ("党支部书记祁连山主持会议。", "祁连山", ["党支部书记"]),
])
def test_a_repeated_body_word_leaves_the_title(text: str, name: str, titles: list[str]) -> None:
    assert people_by_name(text)[name].titles == titles


@pytest.mark.parametrize("text, names", [
    # a later item of a titled list opening with a place (宁夏 + one character)
    ("党委委员单立、柯敏、宁夏航参加会议。", {"单立", "柯敏", "宁夏航"}),
    ("党委委员单立、宁夏港口参加会议。", {"单立"}),
])
def test_a_titled_list_item_opening_with_a_place(text: str, names: set[str]) -> None:
    assert set(people_by_name(text)) == names


@pytest.mark.parametrize("text, name, role", [
    # reviewer labels beside the writer in a closing credit
    ("会议由孔立新主持。（撰稿人：韩秋平 审稿人：邵晓丽）", "邵晓丽", "审核"),
    ("会议由孔立新主持。（撰稿：韩秋平 审签：邵晓丽）", "邵晓丽", "审核"),
    # the reviewer labels are credit_words.json's, where 编审 is one
    ("会议由孔立新主持。（撰稿：韩秋平 编审：邵晓丽）", "邵晓丽", "审核"),
    # 审阅 after a photo-and-text credit, with spaces only: the label is no person
    ("会议由孔立新主持。（图文 韩秋平 审阅 邵晓丽）", "邵晓丽", "审核"),
    # labels that are also common words count only before a colon
    ("会议由孔立新主持。（撰稿人：韩秋平，责任人：邵晓丽）", "邵晓丽", "审核"),
    ("会议由孔立新主持。\n文字录入：韩秋平 市档案馆", "韩秋平", "录入"),
    # a bare branch name before the writer is the writer's unit, no person
    ("会议由孔立新主持。（党总支 韩秋平）", "韩秋平", "作者"),
])
def test_credit_labels_reviewers_and_units(text, name, role):
    people = people_by_name(text)
    assert role in people[name].roles
    assert "党总支" not in people


def test_colon_credit_label_not_read_in_prose():
    people = people_by_name("各支部书记切实扛起第一责任人职责，孔立新审定方案，录入系统。")
    assert set(people) <= {"孔立新"}


@pytest.mark.parametrize("text, name, titles", [
    ("出席的有青禾集团总裁宋朝晖等。", "宋朝晖", ["总裁"]),      # 宋朝 a word, post and cue frame the name
    ("经过邝明远副教授和林志强主任等会诊。", "邝明远", []),       # 副教授 after a name holds it, no post
])
def test_names_framed_by_a_post_or_rank(text, name, titles):
    people = {p.name: p for p in extract_people(text)}
    assert name in people and people[name].titles == titles


def test_relieved_holders_in_a_personnel_notice():
    text = "免去钱文博兼任的省行政学院院长职务，邱海涛的省司法厅副厅长职务，孔令欣的县交通局局长职务。"
    people = extract_people(text)
    assert [(p.name, p.titles) for p in people] == [("钱文博", []), ("邱海涛", []), ("孔令欣", [])]


def test_relieved_frame_without_a_name_names_nobody():
    assert extract_people("会议决定免去其党委委员职务，撤销其党内职务。") == []


@pytest.mark.parametrize("text", [
    # 团支书 is one post: 各班 before it is no name (各班团支书 -> not 班团)
    "随后抽取各班团支书汇报本学期团建工作。",
    # an adjective or adverb after 党员 tells how members act, it names nobody
    "全体新党员郑重宣誓，老党员重温入党誓词。",
    "入党积极分子庄严承诺，全体预备党员庄重宣誓。",
    "在鲜红的党旗下，全体党员齐声宣誓。",
    # a vote word before 当选 is no name
    "高票当选的代表纷纷表示将履职尽责。",
    "经投票，满票当选为理事长。",
])
def test_post_and_manner_words_name_nobody(text):
    assert extract_people(text) == []


@pytest.mark.parametrize("text, names", [
    ("会上，团支书林晓东作述职。", ["林晓东"]),
    ("大会选举产生新一届班子，刘晓芳当选为主席，陈美玲、赵慧敏当选为副主席。",
     ["刘晓芳", "陈美玲", "赵慧敏"]),
    ("经过无记名投票，孙丽、吴海当选为工会副主席。", ["孙丽", "吴海"]),
])
def test_names_before_dangxuan_and_after_tuanzhishu(text, names):
    assert list(people_by_name(text)) == names


@pytest.mark.parametrize("text, expected", [
    # the post a vote gives is a title of every name before 当选
    ("大会选举产生新一届班子，刘晓芳当选为主席，陈美玲、赵慧敏当选为副主席。",
     {"刘晓芳": ["主席"], "陈美玲": ["副主席"], "赵慧敏": ["副主席"]}),
    ("经过无记名投票，孙丽、吴海当选为工会副主席。", {"孙丽": ["工会副主席"], "吴海": ["工会副主席"]}),
    ("会议选举产生村党支部委员会，周明当选为村党支部书记。", {"周明": ["村党支部书记"]}),
    # a post that does not close the clause gives nothing
    ("经过投票，王海当选为主席团成员后表示感谢。", {"王海": []}),
    # titles in brackets before the name, the name closed by a cue
    ("会议由召集人（机关党委第九党支部书记）林海涛主持。", {"林海涛": ["机关党委第九党支部书记"]}),
    ("会议由组长（学院党委副书记）孟繁星主持。", {"孟繁星": ["学院党委副书记"]}),
])
def test_elected_and_bracketed_titles(text, expected):
    assert {name: p.titles for name, p in people_by_name(text).items()} == expected


def test_post_of_a_coming_term_is_no_title():
    people = people_by_name("大会宣布，周建平当选下届理事长。")
    assert people["周建平"].titles == []


@pytest.mark.parametrize("text, expected", [
    # a military unit frames the name after it, the post after the name is its title
    ("第七十一集团军杨建军副军长出席活动并讲话。", {"杨建军": ["副军长"]}),
    ("东部战区陈立群副司令员到场指导。", {"陈立群": ["副司令员"]}),
    ("该集团军高度重视练兵备战。", {}),
])
def test_name_after_a_military_unit(text, expected):
    assert {name: p.titles for name, p in people_by_name(text).items()} == expected


@pytest.mark.parametrize("text, expected", [
    # 任 or 兼任 between a name and a post ends the name; the post is the person's
    ("工会主席聂文涛任组长，副主席闵佳任副组长。",
     {"聂文涛": ["工会主席", "组长"], "闵佳": ["副主席", "副组长"]}),
    ("由院党委书记柯敏任组长。", {"柯敏": ["院党委书记", "组长"]}),
    ("校长卜凡兼任组长。", {"卜凡": ["校长", "组长"]}),
    # a given name of its own stays whole
    ("副局长詹任重主持会议。", {"詹任重": ["副局长"]}),
])
def test_post_verb_ends_the_name(text, expected):
    found = {p.name: p.titles for p in extract_people(text)}
    assert found == expected


@pytest.mark.parametrize("text", [
    "各区委书记向市纪委全会述责述廉。",
    "镇党委书记向县委作专题汇报。",
    "局长向市长汇报了整改情况。",
    # a word quantifying a group (全体, 所有) opens no given name either
    "第二党支部书记向全体党员通报了检视情况。",
    "支委向所有参会人员说明了会议议程。",
])
def test_level_word_after_a_surname_is_a_body(text):
    assert extract_people(text) == []


def test_level_word_leaves_real_names():
    assert set(people_by_name("县委书记向东明主持，副县长向阳出席。")) == {"向东明", "向阳"}


@pytest.mark.parametrize("text, names", [
    ("会议召开。(记者祁振邦邰敏)", {"祁振邦", "邰敏"}),
    ("会议召开。（通讯员 龚雪林陈军）", {"龚雪林", "陈军"}),
    ("会议召开。（通讯员 欧阳佳慧）", {"欧阳佳慧"}),
])
def test_glued_names_in_a_credit(text, names):
    found = {p.name: p.roles for p in extract_people(text)}
    assert set(found) == names and all(r == ["作者"] for r in found.values())


@pytest.mark.parametrize("text, name, titles", [
    # the last part runs on into the words after it: it ends at a cue of two characters
    ("督导组副组长艾山·买合木提到会指导。", "艾山·买合木提", ["督导组副组长"]),
    ("副主席阿不都·吐尔洪提出要求。", "阿不都·吐尔洪", ["副主席"]),
    # a part closed by the dot may hold a character kept out of given names (都)
    ("副组长阿不都·热依木出席会议。", "阿不都·热依木", ["副组长"]),
])
def test_dotted_name_running_on(text, name, titles):
    found = {p.name: p.titles for p in extract_people(text)}
    assert found == {name: titles}


def test_dotted_name_not_stretched_to_a_one_character_cue():
    found = {p.name for p in extract_people("会见了以主席安·波佩斯库为团长的代表团。")}
    assert "安·波佩斯库为" not in found


@pytest.mark.parametrize("text, name, titles", [
    # an aide's post named with the head served keeps the post written before it
    ("党总支委员、经理助理晏明川参加会议。", "晏明川", ["党总支委员", "经理助理"]),
    ("党委委员、总经理助理晏明川出席。", "晏明川", ["党委委员", "总经理助理"]),
    # a study group's convener
    ("召集人卓立群主持学习。", "卓立群", ["召集人"]),
])
def test_aide_and_convener_posts(text, name, titles):
    found = {p.name: p.titles for p in extract_people(text)}
    assert found == {name: titles}


def test_convener_without_a_name_is_no_person():
    assert extract_people("会议由召集人主持。") == []


def test_posts_chained_across_a_long_group_body():
    text = "党组书记、院长、院学习贯彻新时代中国特色社会主义思想主题教育领导小组组长甘立军主持学习。"
    found = {p.name: p.titles for p in extract_people(text)}
    assert found["甘立军"][:2] == ["党组书记", "院长"]


def test_post_after_ren_goes_to_the_whole_list():
    found = {p.name: p.titles for p in extract_people("副书记甘霖、周舟、卜华任副组长，负责日常工作。")}
    assert found == {n: ["副书记", "副组长"] for n in ("甘霖", "周舟", "卜华")}


@pytest.mark.parametrize("text, expected", [
    # 任 closes the post 主任: it opens no name read back from 同志
    ("会上，办公室副主任韩群同志传达了文件精神。", {"韩群": ["办公室副主任"]}),
    # 副 opens the rank after a name (副教授): it ends no three- or four-character name
    ("特邀教研部主任邝明远副教授作辅导。邝明远副教授是法学博士。", {"邝明远": ["教研部主任"]}),
    ("特邀教研室主任邝明副教授作辅导。", {"邝明": ["教研室主任"]}),
    # a given name ending in 前 stays whole where no post follows
    ("会议由支部书记庞向前同志主持。", {"庞向前": ["支部书记"]}),
])
def test_a_post_word_around_a_name_lends_it_no_character(text: str, expected: dict) -> None:
    assert {p.name: p.titles for p in extract_people(text)} == expected


def test_a_compound_surname_read_back_from_tongzhi():
    text = "会议由支部组织委员鲜于丽华同志主持。随后，鲜于丽华同志代表支委作对照检查。"
    assert set(people_by_name(text)) == {"鲜于丽华"}


def test_a_deputy_general_manager_written_short_is_a_post():
    text = "会上，邰晓晨副总、庞国良副总和祁宏伟总经理助理逐一发言。会议由副总经理柯文主持。"
    assert {p.name: p.titles for p in extract_people(text)} == {
        "邰晓晨": ["副总"], "庞国良": ["副总"], "祁宏伟": ["总经理助理"], "柯文": ["副总经理"]}


@pytest.mark.parametrize("text, expected", [
    # two or more posts joined by 、 go on past a comma into the next post
    ("会议由省法院党组成员、政治部主任，机关党委书记柯晓东主持。",
     {"柯晓东": ["党组成员", "政治部主任", "机关党委书记"]}),
    # after a single post the comma may end an unnamed holder
    ("出席会议的有县委书记，县长柯晓东。", {"柯晓东": ["县长"]}),
])
def test_a_chain_of_posts_past_a_comma(text: str, expected: dict) -> None:
    assert {p.name: p.titles for p in extract_people(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # 作 and 做 before a cue of their own (报告, 动员讲话, 表态发言) are the verb, no third character
    ("会上，副部长柯文作动员讲话，书记庞立做表态发言。", {"柯文": ["副部长"], "庞立": ["书记"]}),
    ("会议由县委常委主持，副部长柯文作报告。", {"柯文": ["副部长"]}),
    # a given name holding 作 stays whole
    ("书记柯作新主持会议。", {"柯作新": ["书记"]}),
])
def test_a_light_verb_after_a_two_character_name(text: str, expected: dict) -> None:
    assert {p.name: p.titles for p in extract_people(text)} == expected


@pytest.mark.parametrize("text, name", [
    # 指导 as the guide of the work (以某思想为指导) or its value (指导意义) is nobody's role
    ("会上，书记柯文指出，要以习近平新时代中国特色社会主义思想为指导，做好课程思政。", "柯文"),
    ("会议认为，教授柯文的讲课对干警具有很强的指导意义。", "柯文"),
])
def test_guidance_as_a_noun_is_no_role(text: str, name: str) -> None:
    assert "指导" not in people_by_name(text)[name].roles


@pytest.mark.parametrize("text, expected", [
    # 月 (kept out of names for dates) ends a given name right after a post and before 同志
    ("会议由支部书记庞晓月同志主持。", {"庞晓月": ["支部书记"]}),
    # a date after a name still ends it
    ("主任柯明月初召开会议，书记柯文6月主持会议。", {"柯明": ["主任"], "柯文": ["书记"]}),
])
def test_a_given_name_ending_in_yue_after_a_post(text: str, expected: dict) -> None:
    assert {p.name: p.titles for p in extract_people(text)} == expected


def test_joining_as_an_ordinary_member_ends_a_name():
    # 明 opens many words, so a one-character cue (以) alone leaves the name unread
    text = "党委书记柯文、副厂长明晓峰以普通党员身份参加会议。"
    assert {p.name: p.titles for p in extract_people(text)} == {"柯文": ["党委书记"], "明晓峰": ["副厂长"]}


def test_a_known_name_then_ren_takes_a_post_with_its_body():
    text = ("会议由柯小兵同志主持。支委会确定柯小兵任党总支部书记、庞海燕任生活委员，"
            "祁立华任组织委员。庞海燕同志、祁立华同志作表态发言。")
    assert {p.name: p.titles for p in extract_people(text)} == {
        "柯小兵": ["党总支部书记"], "庞海燕": ["生活委员"], "祁立华": ["组织委员"]}


@pytest.mark.parametrize("text, expected", [
    # an internal office opening the mention stays in the title, as 办公室主任 does
    ("会上，教务处主任柯立群作交流发言。", {"柯立群": ["教务处主任"]}),
    ("会议由档案整理室副主任庞晓燕主持。", {"庞晓燕": ["档案整理室副主任"]}),
    # the office before the name, the post after it
    ("随后，政教处祁文山主任作了发言。", {"祁文山": ["政教处主任"]}),
    # a chain that opens with an outside unit keeps the bare post (the chain goes to org)
    ("省法院办公室信息科科长柯立群到会指导。", {"柯立群": ["科长"]}),
    ("会议邀请了中心党群办公室主任庞晓燕出席。", {"庞晓燕": ["办公室主任"]}),
    # a place's own body is an outside unit, not an office
    ("会上，镇党群服务中心主任祁文山讲话。", {"祁文山": ["主任"]}),
    # an outside unit's post is unchanged
    ("市委宣传部副部长柯立群出席会议。", {"柯立群": ["市委宣传部副部长"]}),
])
def test_an_internal_office_before_a_post_stays_in_the_title(text: str, expected: dict) -> None:
    assert {p.name: p.titles for p in extract_people(text)} == expected


def test_a_verb_label_needs_a_colon_or_a_space():
    # 审阅 is a reviewer label, but 审阅台账 is the verb with its object: no person 台账
    assert "台账" not in people_by_name("督查组通过观看展板、审阅台账、问卷调查等方式了解情况。")


@pytest.mark.parametrize("text, expected", [
    # a rare surname (代) opening a clause, a three-character name, then a post
    ("会上，代泽民副部长对归档工作作了分工。", {"代泽民": ["副部长"]}),
    # words opening with a rare surname stay words before a post
    ("会议强调，党组书记要带头，代表团团长要负责。", {}),
])
def test_a_rare_surname_name_before_a_post(text: str, expected: dict) -> None:
    assert {p.name: p.titles for p in extract_people(text)} == expected


def test_a_branch_holding_another_post_is_not_the_sentence_branch():
    # 康复科党支部 holds the guest's post; the chair's bare 党支部书记 is the subject branch's
    text = ("骨科党支部于1月15日召开组织生活会，会议邀请康复科党支部书记祁雪梅同志参加，"
            "本次会议由党支部书记柯立群同志主持。")
    from reportmine.extract.organizations import extract_organizations
    orgs = {p.name: p.org for p in extract_people(text, extract_organizations(text))}
    assert orgs == {"祁雪梅": "康复科党支部", "柯立群": "骨科党支部"}


def test_the_preposition_yi_before_a_cue_is_no_third_character():
    # 以上党课的形式: 以 opens the manner phrase, 上党课 is the cue
    text = "会上，党委副书记柯龙以上党课的形式解读了支部建设。"
    assert {p.name: p.titles for p in extract_people(text)} == {"柯龙": ["党委副书记"]}
