"""Round 48 (people and titles): the people whose resignation a decision takes
(接受甲、乙辞去…职务); Tibetan names in a byline, glued to the next label too
(记者甲实习生乙, 实习生 now a credit label); two two-character names written
together after a post (支部委员甲乙); a writer named bare before the date on the
header line (某某 2024-08-30 来源:…); 接受 as a cue that ends a name; 终身 as a
post prefix; 虢 as a family name and 念 as a rare one.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name
from lookups import person_names as _names

from reportmine import analyze


# --- 接受甲、乙辞去…职务 ------------------------------------------------------------------------

def test_resigning_list_is_people():
    text = "青岚镇人代会表决通过了关于接受邹明华、韦婷辞去副镇长职务的决定。"
    titles = titles_by_name(text)
    assert titles["邹明华"] == []  # the post being left is no title
    assert titles["韦婷"] == []


def test_resigning_single_name_after_agree():
    text = "会议同意汤立新辞去县人大常委会委员职务。"
    assert "汤立新" in _names(text)


def test_resigning_frame_needs_names():
    text = "会议批准新方案辞去旧职务的相关安排。"
    assert _names(text) == []


def test_resigning_item_that_is_no_name_drops_the_run():
    text = "会议同意各单位、邹明华辞去兼任职务。"
    assert "邹明华" not in _names(text)


# --- Tibetan names in bylines -----------------------------------------------------------------

def test_tibetan_byline_names_glued_to_trainee_label():
    text = "青岚融媒讯（记者格桑卓嘎实习生边巴央金）5月8日，青岚县政协召开座谈会。"
    people = titles_and_roles(text)
    assert people["格桑卓嘎"] == ([], ["作者"])
    assert people["边巴央金"] == ([], ["作者"])


def test_tibetan_byline_name_alone():
    text = "青岚融媒讯（记者扎西次旦）5月8日，青岚县政协召开座谈会。"
    assert titles_and_roles(text)["扎西次旦"] == ([], ["作者"])


def test_trainee_label_after_reporter_with_space():
    text = "本报讯（记者邹立新 实习生韦晓）5月8日，青岚县政协召开座谈会。"
    people = titles_and_roles(text)
    assert people["邹立新"][1] == ["作者"]
    assert people["韦晓"][1] == ["作者"]


def test_trainee_word_in_body_names_nobody():
    text = "院长带领实习生开展义诊活动。"
    assert _names(text) == []


# --- two names glued after a post -------------------------------------------------------------

def test_two_names_glued_after_post_are_two_people():
    text = "第三党支部召开组织生活会，支部委员邹刚韦强参加会议。"
    titles = titles_by_name(text)
    assert titles["邹刚"] == ["支部委员"]
    assert titles["韦强"] == ["支部委员"]
    assert "邹刚韦强" not in titles


def test_japanese_four_character_name_stays_whole():
    text = "日本首相安倍晋三在记者会上表示。"
    assert "安倍晋三" in titles_by_name(text)


def test_transliterated_four_character_name_stays_whole():
    text = "蒙古国总统巴嘎班迪会见了代表团。"
    assert titles_by_name(text)["巴嘎班迪"] == ["总统"]


def test_tibetan_four_character_name_after_post_stays_whole():
    text = "所长巴桑旺堆在会上讲话。"
    assert titles_by_name(text)["巴桑旺堆"] == ["所长"]


# --- a bare writer before the header date -----------------------------------------------------

def test_bare_name_before_header_date_is_writer():
    text = "青岚县委召开常委会议\n邹立明 2024-08-30 来源:青岚融媒\n8月28日，青岚县委召开常委会议。"
    article = analyze(text)
    people = {p.name: p.roles for p in article.people}
    assert people["邹立明"] == ["作者"]
    assert article.author is None  # no label: no author of record
    assert article.date == "2024-08-30"
    assert article.source == "青岚融媒"


def test_word_before_header_date_is_no_writer():
    text = "青岚县委召开常委会议\n党建 2024-12-27 20:20\n本报讯 12月26日，青岚县委召开常委会议。"
    assert "党建" not in _names(text)


# --- 接受, 终身, surnames -------------------------------------------------------------------------

def test_accept_ends_transliterated_name():
    text = "近日，某国际协会终身名誉主席托马斯接受本报记者采访。"
    titles = titles_by_name(text)
    assert "托马斯接" not in titles
    assert titles["托马斯"] == ["终身名誉主席"]


def test_accept_ends_chinese_name():
    text = "县委书记邹立明接受记者采访。"
    assert titles_by_name(text)["邹立明"] == ["县委书记"]


def test_lifelong_is_no_post_alone():
    text = "他表示要终身学习，主席邹立明出席。"
    assert titles_by_name(text)["邹立明"] == ["主席"]


def test_guo_family_name_after_post():
    text = "市委书记虢明远在分会场参加会议。"
    assert titles_by_name(text)["虢明远"] == ["市委书记"]


def test_nian_rare_family_name_after_post_only():
    assert titles_by_name("督导组组长念立新主持会议。")["念立新"] == ["督导组组长"]
    assert _names("大家观念更新，纪念馆讲解员介绍了情况。") == []
