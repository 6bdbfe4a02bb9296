"""Round 62 (the lead's cross-check on the sixth collection): a martyrs' cemetery
named after a place (某华烈士陵园) names no person, 莅 before a body is the verb of a
visit, and 身临 ends an organization's name. Invented sentences."""
from __future__ import annotations

from lookups import extracted_org_names as org_names
from lookups import person_names


def test_martyrs_cemetery_names_no_person():
    assert person_names("全体党员参观了李庄烈士陵园和革命纪念馆。") == []


def test_martyr_before_his_name_stays_a_person():
    assert person_names("青禾镇开展纪念活动，缅怀杨明远烈士的英勇事迹。") == ["杨明远"]


def test_visit_verb_before_a_body_is_no_part_of_it():
    assert not any("莅" in n for n in org_names("集团总经理柯远莅公司调研指导。"))


def test_shen_lin_ends_a_name():
    assert "身临青禾植物园" not in org_names("让大家身临青禾植物园的美景之中。")
