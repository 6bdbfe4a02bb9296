"""People and organizations, round 23b (township and village reports, democratic
parties, Youth League and women's federation bodies, schools and research
institutes): village work teams and village branches named only as a kind
(驻村工作队队员, 村支部书记) are no organizations, 部分社员 holds no branch office
(分社), Youth League working committees stay in a title (团工委书记, 团市委书记),
and the surname 茆.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import org_names as orgs_of, titles_by_name as people_of


@pytest.mark.parametrize("text", [
    "3月5日，柳溪乡召开推进会，包村干部、派驻村工作队队员参加会议。",
    "会议要求，各村要选好配强第一书记和驻村工作队。",
    "会上，五个村支部书记逐一作了述职。",
])
def test_village_teams_and_branches_as_a_kind_are_no_organizations(text: str) -> None:
    names = orgs_of(text)
    assert not names & {"村工作队", "驻村工作队", "工作队", "村支部"}


def test_a_named_village_team_stays_an_organization() -> None:
    assert "桃源村驻村工作队" in orgs_of("桃源村驻村工作队召开党纪学习教育专题会议。")


def test_a_share_of_members_is_no_branch_office() -> None:
    assert orgs_of("支社委员、部分社员代表共二十余人参加会议。") == set()


def test_a_named_branch_office_stays_an_organization() -> None:
    assert "人民日报华东分社党支部" in orgs_of("人民日报华东分社党支部召开专题组织生活会。")


@pytest.mark.parametrize("text, name, titles", [
    ("省直机关团工委书记庞丽雯出席并讲话。", "庞丽雯", ["团工委书记"]),
    ("团市委副书记柯振东参加会议。", "柯振东", ["团市委副书记"]),
    ("团县委书记蒙立华作动员讲话。", "蒙立华", ["团县委书记"]),
])
def test_a_youth_league_committee_stays_in_the_title(text: str, name: str, titles: list[str]) -> None:
    assert people_of(text).get(name) == titles


def test_the_surname_mao_after_a_post() -> None:
    assert people_of("会议由党委副书记茆文杰主持。") == {"茆文杰": ["党委副书记"]}
