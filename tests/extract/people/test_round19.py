"""People extractor, round 19: posts given by a count, bodies written before
untitled names, 分党组 posts and rare surnames confirmed by a later sentence.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import titles_and_org as people_of


def titles_of(text: str) -> dict[str, list[str]]:
    return {name: titles for name, (titles, _) in people_of(text).items()}


def orgs_of(text: str) -> dict[str, str | None]:
    return {name: org for name, (_, org) in people_of(text).items()}


@pytest.mark.parametrize("text, expected", [
    # names before a count of a post hold that post, bodied or qualified
    ("会上，高建平、卢晓东两名副县长作了表态发言。", {"高建平": ["副县长"], "卢晓东": ["副县长"]}),
    ("潘立新、韩雪梅和邓志远三位支部委员分别作了发言。",
     {"潘立新": ["支部委员"], "韩雪梅": ["支部委员"], "邓志远": ["支部委员"]}),
    ("贾明辉、苏小川两名县委副书记出席会议。", {"贾明辉": ["县委副书记"], "苏小川": ["县委副书记"]}),
])
def test_count_of_a_post_gives_the_post(text: str, expected: dict[str, list[str]]) -> None:
    got = titles_of(text)
    assert {n: got.get(n) for n in expected} == expected


def test_ordinal_before_a_post_is_no_count() -> None:
    got = people_of("第三党支部书记唐立伟主持会议。")
    assert got["唐立伟"][0] == ["党支部书记"]


@pytest.mark.parametrize("text, name, titles", [
    ("上级分院分党组书记、副院长魏长林出席会议。", "魏长林", ["分党组书记", "副院长"]),
    ("学院分党委书记邱德华主持会议。", "邱德华", ["分党委书记"]),
])
def test_branch_party_group_posts_keep_fen(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


def test_rare_surname_confirmed_by_a_later_sentence() -> None:
    # 时 is a rare surname: after a post it ends at a one-character cue (以) only
    # where the same name opens another sentence as its subject
    text = "学院党委书记时建勋以普通党员身份参加会议。时建勋就支部建设提出要求。"
    assert "时建勋" in people_of(text)
    text = "学院党委书记时立以普通党员身份参加会议。时立就支部建设提出要求。"
    assert "时立" in people_of(text)


@pytest.mark.parametrize("text", [
    "学院党委书记时说，要加强支部建设。",
    "他担任党支部书记时，带领群众脱贫致富。",
    "党委书记时强调，要抓好整改落实。",
    "支部书记时刻牢记初心使命。",
    "老书记时年八十岁，仍然关心村里的工作。",
])
def test_post_then_shi_when_is_no_name(text: str) -> None:
    assert not [p for p in analyze(text).people if p.name.startswith("时")]


def test_body_and_name_item_of_a_titled_list() -> None:
    text = "县医院纪检书记曹志刚、党委办公室卞晓燕、后勤党支部党员参加了会议。"
    got = people_of(text)
    assert got["曹志刚"][0] == ["纪检书记"]
    assert got["卞晓燕"] == ([], "党委办公室")


@pytest.mark.parametrize("text, expected", [
    ("县委政法委副书记杭志伟、县委第三督导组蒋一鸣同志到会指导。", {"蒋一鸣": "县委第三督导组"}),
    ("省分院分党组督导组尹向东、管丽同志到会指导。",
     {"尹向东": "省分院分党组督导组", "管丽": "省分院分党组督导组"}),
])
def test_body_right_before_an_untitled_name_is_its_org(text: str, expected: dict[str, str]) -> None:
    got = orgs_of(text)
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize("text, name, titles", [
    # 时 may open a two-character given name right after a title ...
    ("县委副书记马时康出席会议并讲话。", "马时康", ["县委副书记"]),
    # 段长 is a post (a railway section), and a 兼 chain after it goes on
    ("在襄北段副段长兼工会主席卓红岩的陪同下，检查组查看了台账。", "卓红岩", ["副段长", "工会主席"]),
    # 支委 after a branch is a duty post: the branch is the org
    ("离退休党支部支委毛东升主持会议。", "毛东升", ["支委"]),
])
def test_round19_posts(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


def test_shi_closing_a_name_after_a_title_is_when() -> None:
    # ... but never end one: 看望老书记甘时 is "when visiting old secretary Gan"
    assert "甘时" not in people_of("在看望老书记甘时，大家很受感动。")


def test_section_is_no_given_name() -> None:
    # 段 ends a railway section's name (襄北段), so it closes no given name before a post
    got = people_of("在襄北段副段长兼工会主席卓红岩的陪同下，检查组查看了台账。")
    assert "襄北段" not in got


def test_speech_verb_frames_a_rare_surname_name_after_a_post() -> None:
    assert "原浩" in people_of("野生动物救护中心主任原浩说，今年共救护鸟类一百余只。")


def test_group_post_is_not_the_next_names_title() -> None:
    # 全体成员 names the whole group; the chain does not go on to the next name
    got = people_of("局党组全体成员、省纪委委员闫长河同志参加了会议。")
    assert got["闫长河"][0] == ["省纪委委员"]


def test_office_and_name_items_of_a_titled_list() -> None:
    text = "公司党委副书记钟立群带队，组织部部长樊小伟、组织部邝静怡、宣传部龚志东等检查组成员参加检查。"
    got = people_of(text)
    assert got["樊小伟"][0] == ["组织部部长"]
    assert got["邝静怡"] == ([], "组织部")
    assert got["龚志东"] == ([], "宣传部")


def test_body_before_a_name_with_the_title_after_it_is_its_org() -> None:
    got = people_of("市人大常委会内务司法委员会祁少明主任主持座谈会。")
    assert got["祁少明"] == (["主任"], "市人大常委会内务司法委员会")
