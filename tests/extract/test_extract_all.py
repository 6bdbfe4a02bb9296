"""extract_all: the extractors together (tests/extract mirrors src/reportmine/extract/__init__.py)."""
from __future__ import annotations

from reportmine.extract import extract_all


def test_a_person_read_as_a_body_is_no_organization():
    # 邱|空军: a surname before a service's name reads as a body, but the cues make it a person
    ex = extract_all("会议由宣传部副部长、联合支部书记邱空军主持，全体党员参加。")
    assert "邱空军" in {p.name for p in ex.people}
    assert "邱空军" not in {o.name for o in ex.organizations}
