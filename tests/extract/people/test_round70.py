"""Round 70 (people): posts that whole reports of the genre showed lost or cut.

A grade note in brackets between the post and the name says how senior the post
is (副院长、党组副书记(正部长级)某某, 副主任(副部级)某某): it is no post of its own
and does not part the posts from the name (title_notes in person_cues.json, now with
the ministerial and bureau grades); 党务秘书, the party-affairs secretary of a
college, is one post, not a bare 秘书 (person_titles.txt).

Invented sentences in the genre; made-up names."""
from __future__ import annotations

from lookups import titles_by_name


# --- a grade note between the posts and the name -----------------------------------------------

def test_ministerial_grade_note_after_two_posts():
    text = "某某研究院副院长、党组副书记(正部长级)贾振邦作专题辅导报告。"
    assert titles_by_name(text) == {"贾振邦": ["副院长", "党组副书记"]}


def test_vice_ministerial_grade_note_full_width():
    text = "会议由党组副书记（副部级）闻承泽主持。"
    assert titles_by_name(text) == {"闻承泽": ["党组副书记"]}


def test_bureau_grade_note():
    text = "省委宣传部副部长（正局级）尤立群出席会议并讲话。"
    assert titles_by_name(text) == {"尤立群": ["省委宣传部副部长"]}


# --- a college's party-affairs secretary ---------------------------------------------------------

def test_party_affairs_secretary_is_one_post():
    text = "学院党务秘书祁文静老师及支部全体党员参加会议。"
    assert titles_by_name(text) == {"祁文静": ["党务秘书"]}


def test_party_affairs_secretary_presides():
    text = "会议由院党务秘书卞晓岚主持。"
    assert titles_by_name(text) == {"卞晓岚": ["党务秘书"]}
