"""Round 68 (people): names that whole reports of the genre showed lost.
鱼 is a family name, read only in strong frames as the other rare surnames are
(surnames_rare.txt: 鱼某某主席就…, 主席鱼某某主持); a bare credit closing the text may open
with the broadcaster that filed it (（某区广播电视台 某某）: credits.py _BARE_UNIT); a labelled
byline whose writer's role follows the name may credit a photographer the same way after
it (（记者 某某 报道 某某 摄影）: credits.py _postfix_photographer).

Invented sentences in the genre; made-up names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names
from reportmine.extract.people import extract_people


# --- 鱼 as a family name --------------------------------------------------------------------------

def test_yu_before_a_post():
    text = "会议传达了上级文件精神,鱼建秋主席就本会作风建设作了安排部署。"
    assert titles_by_name(text) == {"鱼建秋": ["主席"]}


def test_yu_after_a_post():
    text = "县科协召开党组会议,党组书记鱼立恒主持会议并讲话。"
    assert titles_by_name(text) == {"鱼立恒": ["党组书记"]}


# --- a broadcaster before a closing bare credit ---------------------------------------------------

def test_broadcaster_before_closing_credit():
    text = "镇党委书记韩立波到各村督导秋收工作。(丹河县广播电视台 苗嘉欣)"
    assert _names(text) == ["韩立波", "苗嘉欣"]


def test_broadcaster_before_two_writers():
    text = "副县长欧阳明检查了防汛物资储备情况。(县广播电视台 邬晓婷 谭志远)"
    assert _names(text) == ["欧阳明", "邬晓婷", "谭志远"]


# --- a photographer after a byline's writer -------------------------------------------------------

def test_photographer_after_reported_writer():
    text = "本报讯(记者 骆晓雯 报道 卜立新 摄影)近日,某新区第三片区党委召开共建单位座谈会。"
    assert _names(text) == ["骆晓雯", "卜立新"]


def test_photographer_role_after_writer():
    text = "(通讯员 谌秋菊 文 阎志刚 摄)近日,某街道党工委召开党建联席会议。"
    roles = {p.name: p.roles for p in extract_people(text)}
    assert roles["阎志刚"] == ["摄影"]
