"""The parser's fast paths answer exactly as the plain forms they stand in for.

Each shortcut (a prefilter before a regex, a memo, a one-pass ancestor
search) was introduced for speed only; these tests compare it with the
straightforward computation on invented strings and small pages.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.parse.body import common_ancestor, inside_test, is_inside
from reportmine.parse.dom import _WS, _squash_line, clean_tree, load_tree, squash, text_lines
from reportmine.parse.fields import (_furniture_initials, cut_furniture, furniture_label_pattern, label_pattern,
                                     may_have_label)
from reportmine.parse.html import _flat as html_flat
from reportmine.parse.meta import _NOSPACE, _STRONG_END, _strong_end
from reportmine.parse.meta import _flat as meta_flat

# pieces a header line is made of: labels, widget words, names, separators, odd blanks
_PIECES = ["来源", "作者", "编辑", "责任编辑", "发布时间", "日期", "浏览次数", "字体", "打印", "点击",
           "：", ":", " ", "　", "\xa0", "\u200b", "\t", "\n", "|", "【", "】", "（", "）",
           "青禾日报", "祁青", "2023-03-02", "会议强调", "记者", "。", "社"]
_LINES = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_label_prefilter_never_hides_a_label(line):
    if label_pattern().search(line):
        assert may_have_label(line)


def test_label_prefilter_rejects_prose_with_a_colon():
    assert not may_have_label("会议强调：要把学习成果转化为工作成效")
    assert may_have_label("青禾日报 来源 ： 某县融媒体中心")


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_cut_furniture_prefilter_agrees_with_the_pattern(value):
    m = furniture_label_pattern().search(value)
    expected = value if m is None else value[: m.start()].rstrip(" \t\u3000|｜【[")
    assert cut_furniture(value) == expected
    if m is not None:
        assert _furniture_initials().search(value)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_flat_and_squash_fast_paths(text):
    assert html_flat(text) == re.sub(r"[\s\u3000\xa0]+", "", text)
    assert meta_flat(text) == _NOSPACE.sub("", text)
    assert _squash_line(text) == squash(text) == _WS.sub(" ", text).strip()


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_strong_end_matches_the_regex(text):
    assert _strong_end(text) == (_STRONG_END.search(text) is not None)


_PAGE = ("<html><body><div id='nav'><ul><li><a>首页</a></li><li><a>新闻</a></li></ul></div>"
         "<div id='main'><h1>青禾县召开专题组织生活会</h1><div class='info'><span>来源：青禾日报</span></div>"
         "<div class='text'><p>第一段，会议召开。</p><p>第二段<b>加粗</b>。</p><table><tr><td>表格</td></tr></table></div>"
         "</div><div id='foot'><p>版权所有</p></div></body></html>")


def _tree():
    root = load_tree(_PAGE)
    clean_tree(root)
    return root


def _naive_ancestor(elements):
    paths = [list(reversed([el, *el.iterancestors()])) for el in elements]
    lca = None
    for nodes in zip(*paths):
        if all(n is nodes[0] for n in nodes):
            lca = nodes[0]
        else:
            break
    return lca


def test_common_ancestor_equals_the_longest_shared_path():
    root = _tree()
    els = list(root.iter())
    for a in range(len(els)):
        for b in range(a, len(els), 3):
            group = [els[a], els[b], els[(a + b) // 2]]
            assert common_ancestor(group) is _naive_ancestor(group)
    assert common_ancestor([]) is None


def test_inside_test_agrees_with_is_inside_in_any_order():
    root = _tree()
    els = list(root.iter())
    for container in els:
        test = inside_test(container)
        for el in reversed(els):  # climbs first from deep elements, then answers from the memo
            assert test(el) == is_inside(el, container)


def test_line_texts_keep_only_single_spaces():
    root = load_tree("<html><body><p>甲\u3000\u3000乙\xa0丙\u200b丁</p><p>  来源：某报 \n 作者：某某 </p></body></html>")
    lines = text_lines(root)
    assert [l.text for l in lines] == ["甲 乙 丙 丁", "来源：某报 作者：某某"]
    assert [l.size for l in lines] == [4, len("来源：某报作者：某某")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["07:00:00", "9", "记者", "稿源"]), max_size=10).map("".join))
def test_glued_label_gate_agrees_with_the_substitution(text):
    from reportmine.parse.html import _GLUED, _spaced

    assert _spaced(text) == _GLUED.sub(" ", text)


def test_dateline_gate_keeps_bracketed_credits():
    from reportmine.parse.credits import dateline_author

    assert dateline_author("青禾讯（记者 祁青）3月2日，县委召开会议。") == ["祁青"]
    assert dateline_author("青禾讯 记者祁青报道，3月2日县委召开会议。") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["本报", "记者", "编辑", "责任编辑", "通讯员", "祁青", "青禾日报", "：", "/", "文"]),
                max_size=5).map("".join))
def test_role_word_gate_never_skips_a_role_prefix(token):
    from reportmine.parse.fields import _role_prefix, _role_word

    if _role_word().search(token) is None:
        assert _role_prefix().sub("", token, count=1) == token
