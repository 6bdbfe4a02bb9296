"""Round 24, people: invented sentences in the genre of 民主生活会 reports of
county leadership teams, 政协, 妇联, courts and democratic parties."""
from __future__ import annotations

from lookups import titles_by_name as titles_of


def test_a_bracketed_note_after_a_post_parts_no_post_from_its_name():
    # 主持工作 and 兼 tell how the post is held: the title is the post alone
    got = titles_of("会议由机关党委副书记（主持工作）马红军主持。党委书记（兼）高卫东作总结讲话。")
    assert got["马红军"] == ["机关党委副书记"]
    assert got["高卫东"] == ["党委书记"]


def test_an_everyday_word_is_a_name_only_right_after_a_post():
    got = titles_of("县委常委、宣传部部长周密出席会议并讲话。")
    assert got == {"周密": ["县委常委", "宣传部部长"]}
    assert "周密" not in titles_of("县委书记周密部署整改工作。会议由县长主持。")


def test_a_post_written_once_after_two_bodies_is_held_in_each():
    assert titles_of("市委、市政府副秘书长王海成出席会议。")["王海成"] == ["市委副秘书长", "市政府副秘书长"]
    assert titles_of("会议由县纪委、县监委副书记赵红梅主持。")["赵红梅"] == ["县纪委副书记", "县监委副书记"]
    # a post before the 、 makes a chain of posts, not a shared one
    assert titles_of("县委常委、县委办公室主任孙立新出席。")["孙立新"] == ["县委常委", "县委办公室主任"]


def test_a_doubled_character_after_a_post_is_no_name():
    got = titles_of("大家牢记习近平总书记殷殷嘱托，扎实推进整改。")
    assert got == {"习近平": ["总书记"]}


def test_shou_after_a_name_opens_a_commission():
    got = titles_of("县法院常务副院长陈虹受院长委托作通报。委员石东、闵远革受邀列席。")
    assert got["陈虹"] == ["常务副院长"]
    assert set(got) >= {"石东", "闵远革"}


def test_the_discipline_group_leader_keeps_its_body():
    assert titles_of("县人大纪检组长冯金修到会指导。")["冯金修"] == ["县人大纪检组长"]


def test_a_rare_surname_after_a_post():
    assert titles_of("县政协副主席散海明出席。")["散海明"] == ["政协副主席"]


def test_a_democratic_partys_level_committee_keeps_the_partys_name():
    got = titles_of("九三学社青石市委副主委张璟华参加会议。中共青石市委书记李大明讲话。")
    assert got["张璟华"] == ["九三学社青石市委副主委"]
    assert got["李大明"] == ["市委书记"]


def test_a_democratic_partys_central_committee_keeps_the_partys_name():
    got = titles_of("民盟中央宣传部副部长（主持工作）温海军出席。中央宣传部副部长李大为讲话。")
    assert got["温海军"] == ["民盟中央宣传部副部长"]
    assert got["李大为"] == ["中央宣传部副部长"]
