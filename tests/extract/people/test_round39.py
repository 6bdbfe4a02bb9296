"""Round 39 (people, titles and org): an office written once with its head's post
(组织部长 = 组织部 + 部长, 科技处长) keeps the office in the title as 组织部部长
does, where it opens the mention; 正在 after a titled name is the adverb, no
third given character (书记陈某正在… -> 陈某); a byline labelled 文字报道 is a
credit; 年, 觉, 贲 and 拓 transliterate foreign names (阿利谢年科, 觉莱, 贲拓里),
年 only inside one (今年克林顿总统 holds no 年克林顿), and 年初/年底 end a name.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name


# --- an office merged with its head's post -------------------------------------

def test_merged_office_post_keeps_the_office():
    got = titles_by_name("学习会议由组织部长张立国同志主讲，全体党员参加。")
    assert got == {"张立国": ["组织部长"]}


def test_merged_office_post_after_comma():
    got = titles_by_name("会上，科技处长陈青山通报了全年工作情况。")
    assert got == {"陈青山": ["科技处长"]}


def test_spaced_office_post_unchanged():
    got = titles_by_name("会议由组织部部长陈青山主持。")
    assert got == {"陈青山": ["组织部部长"]}


def test_chain_with_outside_unit_keeps_bare_post():
    # 区委组织部长: the office follows an outside unit, so the post stays bare
    got = titles_by_name("会上，区委组织部长陈青山主持。")
    assert got == {"陈青山": ["部长"]}


def test_shared_body_chain_unchanged():
    got = titles_by_name("区委常委、组织部长王红梅主持会议。")
    assert got == {"王红梅": ["区委常委", "组织部长"]}


def test_bare_and_deputy_posts_unchanged():
    assert titles_by_name("会上，副处长陈青山发言。") == {"陈青山": ["副处长"]}
    assert titles_by_name("会议由部长陈青山主持。") == {"陈青山": ["部长"]}


# --- 正在 after a titled name ---------------------------------------------------

def test_zhengzai_is_no_given_character():
    got = titles_by_name("会上，党支部书记陈立正在会议室为党员上党课。")
    assert got == {"陈立": ["党支部书记"]}


def test_three_character_name_before_zai_unchanged():
    got = titles_by_name("党支部书记陈立群在会上讲话。")
    assert got == {"陈立群": ["党支部书记"]}


# --- 文字报道 as a credit label -------------------------------------------------

def test_wenzi_baodao_credit():
    got = titles_and_roles("全体党员参加会议。\n文字报道：邹正明\n责任编辑：吴小斌\n")
    assert got["邹正明"] == ([], ["作者"])
    assert got["吴小斌"] == ([], ["编辑"])


# --- transliterated names --------------------------------------------------------

def test_translit_nian_inside_a_name():
    got = titles_by_name("代表团会见了交通部长阿利谢年科。")
    assert list(got) == ["阿利谢年科"]


def test_translit_nian_opens_no_name():
    got = titles_by_name("去年双方元首会晤，今年克林顿总统即将访华。")
    assert "克林顿" in got and "年克林顿" not in got


def test_year_words_end_a_foreign_name():
    got = titles_by_name("俄罗斯总统普京年初访问了该市。")
    assert got == {"普京": ["总统"]}


def test_translit_new_characters():
    assert titles_by_name("某国外长贲拓里将于下月来访。") == {"贲拓里": ["外长"]}
    assert "觉莱" in titles_by_name("某国空军司令觉莱少将出席。")


def test_chinese_name_with_nian_unchanged():
    assert titles_by_name("县委书记马某年出席会议。") == {"马某年": ["县委书记"]}


def test_office_written_whole_before_its_post_merges_none():
    # 综合(教育培训)处处长: the 处 before 处长 is the office's own ending, no office 处处
    got = titles_by_name("市法院政治部综合（教育培训）处处长梁文辉出席会议。")
    assert got == {"梁文辉": ["处长"]}
