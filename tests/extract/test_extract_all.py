"""extract_all: the extractors together (tests/extract mirrors src/reportmine/extract/__init__.py)."""
from __future__ import annotations

from reportmine.extract import extract_all


def test_a_person_read_as_a_body_is_no_organization():
    # 邱|空军: a surname before a service's name reads as a body, but the cues make it a person
    ex = extract_all("会议由宣传部副部长、联合支部书记邱空军主持，全体党员参加。")
    assert "邱空军" in {p.name for p in ex.people}
    assert "邱空军" not in {o.name for o in ex.organizations}


def test_a_body_known_by_name_is_no_person():
    # 欧|佩克: a surname and a given name before a verb cue, but org_known.txt names the body
    ex = extract_all("会议指出，欧佩克决定继续减产，各方高度关注。")
    assert "欧佩克" not in {p.name for p in ex.people}
    assert "欧佩克" in {o.name for o in ex.organizations}


def test_an_untitled_name_like_a_known_body_but_not_one_stays_a_person():
    ex = extract_all("会上，欧佩明发言表示，将带头落实整改措施。")
    assert "欧佩明" in {p.name for p in ex.people}
