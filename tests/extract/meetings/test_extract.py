"""extract_meetings on sentences written in the genre (invented units and people)."""
from __future__ import annotations

import pytest

from reportmine.extract.meetings import extract_meetings
from reportmine.record import Organization, Person

TEXT = ("3月5日上午，市农业农村局机关第二党支部召开党纪学习教育专题组织生活会。支部书记王建国主持会议，"
        "市委党纪学习教育第三巡回指导组组长刘明到会指导并点评，支部23名党员参加会议。"
        "会上，王建国代表支部委员会作对照检查。会议要求，要开好专题组织生活会。")


def test_type_theme_date_holder_presider_guide_participants():
    [m] = extract_meetings(TEXT)
    assert m.type == "专题组织生活会"
    assert m.theme == "党纪学习教育"
    assert m.date == "--03-05"
    assert m.holder == "市农业农村局机关第二党支部"
    assert m.presided_by == ["王建国"]
    assert m.guides == [{"name": "刘明", "body": "市委党纪学习教育第三巡回指导组", "role": "到会指导、点评"}]
    assert m.participants == 23
    assert TEXT[m.span[0]:m.span[1]] == "专题组织生活会"


def test_longest_type_wins_and_year_is_kept():
    text = "2023年12月20日，县委常委班子召开主题教育专题民主生活会，县委书记赵一鸣主持会议。"
    [m] = extract_meetings(text)
    assert m.type == "专题民主生活会" and m.date == "2023-12-20"
    assert m.presided_by == ["赵一鸣"]


def test_given_people_and_organizations_are_used():
    text = "5月6日，县文旅局党组召开警示教育大会。吴晓梅主持，县纪委监委驻县文旅局纪检监察组郑国强列席会议。"
    people = [Person("吴晓梅", spans=[(text.find("吴晓梅"), text.find("吴晓梅") + 3)]),
              Person("郑国强", spans=[(text.find("郑国强"), text.find("郑国强") + 3)])]
    g = "县纪委监委驻县文旅局纪检监察组"
    orgs = [Organization("县文旅局党组", "party_group", spans=[(text.find("县文旅局党组"), text.find("县文旅局党组") + 6)]),
            Organization(g, "inspection_group", spans=[(text.find(g), text.find(g) + len(g))])]
    [m] = extract_meetings(text, None, people, orgs)
    assert m.holder == "县文旅局党组"
    assert m.presided_by == ["吴晓梅"]
    assert m.guides == [{"name": "郑国强", "body": g, "role": "列席会议"}]


def test_guiding_bodies_without_names():
    text = ("近日，市税务局各党支部按照通知要求，陆续召开专题组织生活会。"
            "市委第二督导组、市纪委监委派驻第五纪检监察组派员列席会议。")
    [m] = extract_meetings(text)
    assert m.holder == "市税务局各党支部"
    assert [g["body"] for g in m.guides] == ["市委第二督导组", "市纪委监委派驻第五纪检监察组"]
    assert all(g["name"] is None for g in m.guides)


def test_document_titles_and_plans_are_not_meetings():
    text = "机关党委印发《关于召开专题组织生活会的通知》。"
    assert extract_meetings(text) == []


def test_repeated_and_shorter_mentions_are_one_meeting():
    text = "6月2日，某中心党支部召开专题组织生活会。会上，大家认为这次组织生活会开得好。会后召开专题组织生活会整改推进。"
    ms = extract_meetings(text)
    assert [m.type for m in ms] == ["专题组织生活会"]


def test_two_meetings_each_get_their_own_roles():
    text = ("4月1日，某局党组召开民主生活会，局长方立新主持会议。"
            "4月3日，局机关第一党支部召开组织生活会，支部书记丁文静主持会议。")
    a, b = extract_meetings(text)
    assert (a.type, a.date, a.presided_by) == ("民主生活会", "--04-01", ["方立新"])
    assert (b.type, b.date, b.presided_by) == ("组织生活会", "--04-03", ["丁文静"])


def test_title_only():
    [m] = extract_meetings("", "某局召开巡视整改专题民主生活会")
    assert m.type == "专题民主生活会" and m.span is None


@pytest.mark.parametrize("text", ["", "今天天气很好。", "学习贯彻会议精神。"])
def test_nothing_to_find(text):
    assert extract_meetings(text) == []


def test_analyze_fills_article_meetings():
    import reportmine

    art = reportmine.analyze("某县召开民主生活会\n\n3月2日，某县县委常委班子召开民主生活会。县委书记钱多多主持会议。")
    assert [m.type for m in art.meetings] == ["民主生活会"]
    assert art.to_dict()["meetings"][0]["type"] == "民主生活会"


def test_one_sitting_under_two_names_joined_by_ji():
    text = "2月3日下午，某协会临时党支部在协会机关召开成立大会暨学习研讨会，支部书记孔令明主持会议。"
    [m] = extract_meetings(text)
    assert m.type == "成立大会"
    assert m.holder == "某协会临时党支部"  # not the place after 在
    assert m.presided_by == ["孔令明"]


def test_guidance_phrases_are_not_guides():
    text = ("3月1日，某局党组召开民主生活会。会议坚持以新时代中国特色社会主义思想为指导，"
            "在上级党组织指导下，贯彻指导思想，局长冯一二主持会议。")
    [m] = extract_meetings(text)
    assert m.guides == []
    assert m.presided_by == ["冯一二"]


@pytest.fixture
def user_resources(tmp_path, monkeypatch):
    """A user resource folder in REPORTMINE_RESOURCES; caches are cleared on both sides."""
    from reportmine import resources
    from reportmine.extract import meetings

    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    meetings.clear_cache()
    yield tmp_path
    monkeypatch.undo()
    resources.clear_cache()
    meetings.clear_cache()


def _write(folder, name, body):
    (folder / name).write_text(body, encoding="utf-8")


def test_user_holding_verb_makes_a_meeting(user_resources):
    from reportmine.extract import meetings

    text = "6月9日，县档案馆党支部筹开专题民主生活会。"
    assert extract_meetings(text) == []
    _write(user_resources, "meeting_cues.tsv", "# a user verb\nword\tkind\n筹开\thold_verb\n")
    from reportmine import resources
    resources.clear_cache()
    meetings.clear_cache()
    [m] = extract_meetings(text)
    assert m.type == "专题民主生活会" and m.holder == "县档案馆党支部"


def test_user_participant_verb_counts_people(user_resources):
    from reportmine import resources
    from reportmine.extract import meetings

    text = "6月9日，县档案馆党支部召开专题组织生活会，支部15名党员列会。"
    assert extract_meetings(text)[0].participants is None
    _write(user_resources, "meeting_cues.tsv", "word\tkind\n列会\tparticipant_verb\n")
    resources.clear_cache()
    meetings.clear_cache()
    assert extract_meetings(text)[0].participants == 15


def test_shared_org_lexicon_gives_holder_and_guiding_bodies(user_resources):
    """Holder endings and guiding-group endings are read from org_suffixes.tsv.
    (观察组, an ending the shipped list lacks; round 26 shipped 联络组, the example before.)"""
    from reportmine import resources
    from reportmine.extract import meetings

    text = "7月2日，青禾果蔬合作社召开专题组织生活会。县委第一观察组派员列席会议。"
    [m] = extract_meetings(text)
    assert m.holder is None and m.guides == []
    _write(user_resources, "org_suffixes.tsv",
           "suffix\tkind\tneeds\n合作社\tunit\tqualifier\n观察组\tinspection_group\tqualifier\n")
    resources.clear_cache()
    meetings.clear_cache()
    [m] = extract_meetings(text)
    assert m.holder == "青禾果蔬合作社"
    assert [g["body"] for g in m.guides] == ["县委第一观察组"]


def test_fallback_name_after_a_post_word_needs_a_surname():
    text = "8月1日，市委第二督导组成员莅会指导，县税务局党委召开专题民主生活会，局长邓立平主持会议。"
    [m] = extract_meetings(text)
    assert m.presided_by == ["邓立平"]
    assert all(g["name"] != "莅会" for g in m.guides)


def test_a_word_closing_on_a_body_ending_is_no_holder():
    # 部署 ends with the one-character ending 署 but is a word of the dictionary
    got = extract_meetings("学院党委高度重视，精心部署，于12月8日召开全院教工党员大会。")
    assert [(m.type, m.holder) for m in got] == [("党员大会", None)]
    # a name whose last two characters form no word keeps its holder
    got = extract_meetings("近日，县图书馆召开专题组织生活会。")
    assert got[0].holder == "县图书馆"


def test_a_police_and_public_hearing_is_a_meeting():
    got = extract_meetings("3月17日上午，某区公安分局召开教育整顿警民恳谈会。")
    assert [(m.type, m.date) for m in got] == [("恳谈会", "--03-17")]


@pytest.mark.parametrize("text, meeting_type", [
    ("4月2日，青川县公安局党委召开党委扩大会议，传达学习上级会议精神。", "党委扩大会议"),
    ("县委召开常委扩大会议，研究部署整改工作。", "常委扩大会议"),  # a row of its own since round 25
])
def test_an_enlarged_meeting_without_brackets_is_a_meeting(text, meeting_type):
    assert [m.type for m in extract_meetings(text)] == [meeting_type]


def test_a_named_holder_opens_the_line_and_has_a_qualifier_of_its_own() -> None:
    """named_holder (for find_unit): the subject before a holding verb, not a generic branch."""
    from reportmine.extract.meetings import named_holder
    verbs = ("召开", "举行")
    assert named_holder("北山观测站召开专题民主生活会", verbs) == "北山观测站"
    assert named_holder("3月4日上午，植物分类学组在三楼会议室召开组织生活会", verbs) == "植物分类学组"
    assert named_holder("教工党支部举行政治理论学习会", verbs) is None
    assert named_holder("全体党员参加学习", verbs) is None


@pytest.mark.parametrize("text, mtype", [
    ("3月8日，区法院召开队伍教育整顿领导小组第一次会议，研究部署下一步工作。", "领导小组会议"),
    ("4月2日，县税务局召开党史学习教育工作领导小组第二次全体会议。", "工作领导小组会议"),
    ("6日，镇党委召开2023年第3次党委会议，传达学习上级精神。", "党委会议"),
    ("7月1日，市人大常委会召开常委会第57次会议。", "常委会会议"),
])
def test_a_numbered_session_of_a_bodys_meeting_is_its_type(text: str, mtype: str) -> None:
    """领导小组第一次会议 is a 领导小组会议: the session number sits inside the type (meeting_types.tsv session)."""
    assert [m.type for m in extract_meetings(text)] == [mtype]


def test_a_session_number_after_a_word_that_is_no_body_makes_no_type() -> None:
    """Only rows marked session take a number: 专题第一次会议 is no 专题会议."""
    assert extract_meetings("5月6日，支部召开专题第一次会议。") == []


@pytest.mark.parametrize("written", ["党组(扩大)会议", "党组（扩大）会议", "党组(扩大）会议"])
def test_a_type_is_one_row_however_its_brackets_are_typed(written: str) -> None:
    [m] = extract_meetings(f"8月8日，青石县水利局党组书记、局长李某明主持召开{written}。")
    assert m.type == "党组（扩大）会议"


def test_a_party_body_meeting_is_held_by_the_body_whose_party_group_the_sentence_names() -> None:
    """The clause before the verb holds the presider's second post (青石水务集团); the 党组 is the bureau's."""
    from reportmine import analyze
    rec = analyze("青石县水利局召开党组会议\n8月8日，青石县水利局党组书记、局长，青石水务集团董事长李某明"
                  "主持召开党组(扩大)会议，传达学习有关精神。")
    [m] = [m for m in rec.meetings if m.type == "党组（扩大）会议"]
    assert m.holder == "青石县水利局党组"


@pytest.mark.parametrize("text", [
    "4月8日，区水务局党组理论学习中心组2025年第3次学习会议召开，局党组书记陈立新主持。",
    "4月8日，区水务局召开党组理论学习中心组2025年第三次学习会议，局党组书记陈立新主持。",
    "4月8日，区水务局党组理论学习中心组举行今年第6次集体学习，局党组书记陈立新主持。",
    "4月8日，区水务局召开党委理论中心组（扩大）学习2025年第三次会议，局党组书记陈立新主持。",
    "4月8日，区水务局党委中心组在二楼会议室举行第十二次理论学习会，局党组书记陈立新主持。",
    "4月8日，区水务局党组理论学习中心组围绕全会精神，开展2025年第五次集体学习。局党组书记陈立新主持。",
])
def test_a_central_groups_numbered_session_is_its_study(text: str) -> None:
    [m] = extract_meetings(text)
    assert m.type == "理论学习中心组学习"
    assert m.presided_by == ["陈立新"]


def test_a_numbered_study_session_of_no_central_group_keeps_its_plain_type() -> None:
    # the number belongs to another body's study: 学习会 is read as before
    [m] = extract_meetings("5月9日，区水务局第二党支部召开2025年第三次学习会，支部书记周海主持。")
    assert m.type == "学习会"
    both = extract_meetings("6月11日，院党委召开第十五次中心组学习和夜校第十次集中学习，副院长赵勇主持学习。")
    assert [m.type for m in both] == ["中心组学习"]


def test_a_central_group_session_named_again_is_one_meeting() -> None:
    text = ("6月22日，院党组理论学习中心组举行今年第6次集体学习，党组书记孙卫平主持。"
            "本次中心组集体学习是在会前自学的基础上召开的。")
    [m] = extract_meetings(text)
    assert m.type == "理论学习中心组学习" and m.date == "--06-22"
