"""Round 65 (people): posts and names that whole reports of the genre showed lost or
misread. A name written before 为, the object and an act done for others (经理某某为
代表颁发证书) ends before 为 (preposition_acts in person_cues.json); a Youth League
branch keeps 团 in its secretary's post (团支部, 团总支 in person_title_quals.txt);
a company's chief officers written in letters are posts (CEO, CFO, COO, CTO in
person_titles.txt); 将军 after a name marks it (after_name_anchors) and the adverb
marker 地 is no given character (bad_name_chars).

Invented sentences in the genre; made-up names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- 为 before an act done for others ---------------------------------------------------------------

def test_name_before_wei_and_an_award():
    text = "副局长祁峰为新任网格员颁发聘书。"
    assert titles_by_name(text) == {"祁峰": ["副局长"]}
    # no act for others follows: 为 is the given name's last character
    assert _names("党委书记邝有为主持会议。") == ["邝有为"]
    # an adverb opens the clause after 为: no object, the name stays whole
    assert _names("党委书记邝有为在会上宣讲了全会精神。") == ["邝有为"]


# --- a Youth League branch ---------------------------------------------------------------------------

def test_league_branch_secretary():
    text = "团支部书记闵晓川带领团员开展志愿服务。"
    assert titles_by_name(text) == {"闵晓川": ["团支部书记"]}


def test_league_general_branch_secretary():
    text = "学院团总支书记戚嘉禾主持会议。"
    assert titles_by_name(text) == {"戚嘉禾": ["团总支书记"]}


# --- chief officers in letters -----------------------------------------------------------------------

def test_chain_ending_in_ceo():
    text = "集团党委书记、董事长兼CEO蒲建业出席会议并讲话。"
    assert titles_by_name(text) == {"蒲建业": ["党委书记", "董事长", "CEO"]}


def test_cto_after_a_comma_joined_post():
    text = "副总裁、CTO郜明哲作专题报告。"
    assert titles_by_name(text) == {"郜明哲": ["副总裁", "CTO"]}


# --- 将军 and the adverb marker 地 ------------------------------------------------------------------------

def test_general_after_a_name():
    text = "党员们参观了冼远征将军纪念馆，表示要以冼远征将军为榜样。"
    assert _names(text) == ["冼远征"]


def test_adverb_with_a_family_name_is_no_name():
    assert _names("全体新党员郑重地宣读入党誓词。") == []
    text = "全体新党员郑重地宣读入党誓词，支部书记宋建平领誓。"
    assert _names(text) == ["宋建平"]
