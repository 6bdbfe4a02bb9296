"""Round 45 (people, titles and org): a company's supervisor (监事) is a post, so a
chain of posts ending in it holds the name after it (纪委书记、监事某某); a branch
committee stays in its members' post (当选支委会委员, not the bare 委员); a
photographer credited under a caption (……开展警示教育。某某 摄) is a person with
role 摄影; after a group word a name may be written before its bare post, which a
cue closes (联系点领导某某副院长到会指导).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name

from reportmine import analyze


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in analyze(text).people}


# --- 监事: a post word ----------------------------------------------------------------

def test_supervisor_ends_a_chain_of_posts():
    text = "5月6日，青禾公司召开经营分析会。公司党委委员、纪委书记、监事柯文远出席并讲话。"
    assert titles_by_name(text)["柯文远"] == ["党委委员", "纪委书记", "监事"]


def test_supervisor_after_a_name_in_a_list():
    text = "会议由公司董事长甘明主持，公司监事苏立平、董事柯南田出席。"
    titles = titles_by_name(text)
    assert titles["苏立平"] == ["监事"]
    assert titles["柯南田"] == ["董事"]


def test_supervisory_board_chair_stays_whole():
    # guard: the longer post word still wins over the new 监事
    text = "青禾公司监事会召开会议，监事会主席甘立新出席并讲话。"
    assert titles_by_name(text)["甘立新"] == ["监事会主席"]


# --- 支委会: the body of a branch member's post ------------------------------------

def test_elected_branch_committee_members_keep_the_committee():
    text = "青禾学院教工第二党支部召开党员大会，柯小婷、苏颂当选支委会委员。"
    titles = titles_by_name(text)
    assert titles["柯小婷"] == ["支委会委员"]
    assert titles["苏颂"] == ["支委会委员"]


def test_branch_committee_member_before_the_name():
    text = "会议由支委会委员甘晓冬主持，全体党员参加。"
    assert titles_by_name(text)["甘晓冬"] == ["支委会委员"]


def test_branch_duty_post_is_unchanged():
    # guard: a branch written before a duty post still leaves the post bare
    text = "第一党支部组织委员柯文青主持会议。"
    assert titles_by_name(text)["柯文青"] == ["组织委员"]


# --- a caption's photographer -----------------------------------------------------------

_CAPTION = ("青禾县纪委开展警示教育\n"
            "图为近日，青禾城建集团纪委组织干部到教育基地开展警示教育。甘家财 摄\n"
            "今年以来，青禾县纪委监委更新展陈内容，推动纪律教育入脑入心。")


def test_caption_photographer_is_a_person():
    assert _roles(_CAPTION)["甘家财"] == ["摄影"]


def test_caption_photographer_is_no_author():
    assert analyze(_CAPTION).author is None


def test_caption_credit_needs_a_name():
    # guard: an ordinary word before 摄 names nobody
    text = "青禾县开展主题党日\n全体党员在纪念馆前合影留念。集体 摄\n活动结束后，大家表示深受教育。"
    assert analyze(text).people == []


def test_photo_word_inside_a_sentence_is_no_credit():
    # guard: 摄 inside a sentence (a name followed by 摄制) is no caption credit
    text = "青禾县开展主题党日\n活动中，甘立新 摄制了专题片。"
    assert "摄影" not in {r for p in analyze(text).people for r in p.roles}


# --- a name before its post after a group word --------------------------------------

def test_group_word_name_then_post():
    text = "3月10日，儿科党支部召开组织生活会，党建联系点领导柯晓佳副院长到会指导，党支部书记苏美云主持。"
    titles = titles_by_name(text)
    assert titles["柯晓佳"] == ["副院长"]
    assert titles["苏美云"] == ["党支部书记"]


def test_group_word_name_before_a_cue_is_unchanged():
    # guard: the untitled name before a cue stays untitled
    text = "3月10日，儿科党支部召开组织生活会。党建联系点领导柯晓佳到会指导。"
    assert titles_by_name(text)["柯晓佳"] == []


def test_group_word_name_then_bodied_post_is_not_taken():
    # guard: a post with its own body after the name opens the next person's mention
    text = "学校领导柯晓佳、院长甘明出席。"
    titles = titles_by_name(text)
    assert titles["柯晓佳"] == []
    assert titles["甘明"] == ["院长"]
