"""Round 50 (people and titles): a two-character transliterated name after a
foreign post before the demonstrative 这位 (总统某某这位老朋友); 党总支 before a
post list is a body, no name (党总支支委、支部书记); 审核领导 is a reviewer
label; a known name inside a campaign's name (学雷锋) is no mention of the person
(as inside a spirit's name, 雷锋精神, already), though not where 学 makes
the word 学习 with the name's first character (认真学习近平总书记…).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names

from reportmine import analyze


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.roles) for p in analyze(text).people}


# --- 这位 ends a transliterated name ------------------------------------------------------------

def test_two_character_foreign_name_before_demonstrative():
    text = "对卡里亚总统萨丁这位老朋友，主席与其相谈甚欢。"
    assert titles_by_name(text)["萨丁"] == ["总统"]


def test_chinese_name_before_demonstrative_keeps_title():
    text = "第三党支部书记孙立平这位老党员带头发言。"
    assert titles_by_name(text)["孙立平"] == ["党支部书记"]


def test_foreign_name_before_verb_unchanged():
    text = "卡里亚总统莫丹出席会议。"
    assert titles_by_name(text)["莫丹"] == ["总统"]


def test_demonstrative_alone_gives_no_name():
    assert _names("会上，这位老党员讲述了入党经历。") == []


# --- 党总支 is no name ------------------------------------------------------------------------------

def test_branch_body_before_post_list_is_no_name():
    text = "外语学院召开党建推进会，党总支支委、各支部组织委员列席。"
    assert "党总支" not in _names(text)


def test_branch_secretary_name_still_found():
    text = "会议由党总支书记党明华主持。"
    assert titles_by_name(text)["党明华"] == ["党总支书记"]


# --- 审核领导 is a reviewer label --------------------------------------------------------------------

def test_reviewer_leader_label():
    text = "会议强调，要抓好整改。\n图文：某街道王晓红 审核领导：赵静怡 编辑：钱明"
    roles = _roles(text)
    assert roles["赵静怡"] == ["审核"]
    assert roles["钱明"] == ["编辑"]


def test_plain_reviewer_label_unchanged():
    text = "会议强调，要抓好整改。\n审核：赵静怡 编辑：钱明"
    assert _roles(text)["赵静怡"] == ["审核"]


# --- a known name inside a campaign name --------------------------------------------------

def test_campaign_name_is_no_mention():
    text = "青岚社区开展学雷锋志愿服务活动，志愿者为居民提供便民服务。"
    assert "雷锋" not in _names(text)


def test_spirit_name_is_no_mention():
    text = "与会人员表示，要深刻把握雷锋精神的时代内涵。"
    assert "雷锋" not in _names(text)


def test_known_name_with_cue_still_found():
    text = "会上，大家观看了雷锋的故事，表示要向雷锋同志学习。"
    assert "雷锋" in _names(text)


def test_other_known_names_unchanged():
    text = "支部党员重温了毛泽东、周恩来的革命事迹。"
    assert _names(text) == ["毛泽东", "周恩来"]


def test_study_word_sharing_a_character_with_the_name_still_mentions():
    # 学习 + 习近平 written as 学习近平: the 学 is the verb 学习, no campaign
    text = "会上，支部副书记马立文领学习近平总书记在座谈会上的讲话。"
    assert "习近平" in _names(text)


def test_earnest_study_sharing_a_character_still_mentions():
    assert "习近平" in _names("党员们认真学习近平总书记重要指示精神。")
