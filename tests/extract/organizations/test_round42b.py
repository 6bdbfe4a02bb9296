"""Round 42b organizations: bodies whose names hold 和 (青岚省委非公经济和社会组织
工作委员会, reformed bureaus of two merged fields such as 区卫生健康和体育局), one
branch shared by two departments listed before it (图书馆、信息网络中心党支部), an
autonomous region named in full after a democratic party and before a term, a
branch named by a quoted noun (“纲要”党支部), a democratic party's 区委会 where the
party is named only formally or after it, and kinds of body that name none
(行业党委, 全国地方政协). Sentences and units are invented; each new case fails on
the old code, the guards hold on both."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, want", [
    # 1. 和 inside a committee's or a bureau's name
    ("县委组织部、青岚省委非公经济和社会组织工作委员会联合印发通知。", "青岚省委非公经济和社会组织工作委员会"),
    ("青岚省委非公经济组织和社会组织工委召开会议。", "青岚省委非公经济组织和社会组织工委"),
    ("青岚区卫生健康和体育局召开党史学习教育动员会。", "青岚区卫生健康和体育局"),
    ("白河市农业农村和水利局召开专题会议。", "白河市农业农村和水利局"),
    ("松岭县科学技术和工业信息化局召开会议。", "松岭县科学技术和工业信息化局"),
    ("白河市市场监督管理和知识产权局召开会议。", "白河市市场监督管理和知识产权局"),
    # 2. one branch shared by two departments listed before it
    ("——档案馆、网络信息中心党支部开展读书活动。", "档案馆、网络信息中心党支部"),
    ("4月2日，院长办公室、审计与内控科党支部召开组织生活会。", "院长办公室、审计与内控科党支部"),
    # 3. an autonomous region named in full between a party and its term
    ("中国农工民主党宁夏回族自治区第九届委员会第二次全体会议召开。", "中国农工民主党宁夏回族自治区第九届委员会"),
    ("中国民主同盟广西壮族自治区第十二届委员会召开全体会议。", "中国民主同盟广西壮族自治区第十二届委员会"),
    # 4. a branch named by a quoted noun
    ("会上，“纲要”党支部书记周某某汇报了工作。", "“纲要”党支部"),
    ("书记吴某某、“原理”党支部书记郑某某作交流发言。", "“原理”党支部"),
])
def test_found(text: str, want: str) -> None:
    assert want in names(text)


@pytest.mark.parametrize("text, want, not_want", [
    # 5. a democratic party's committee written short: the party named formally, or after it
    ("中国民主促进会青岚自治区委员会召开全会。区委会主委包某某出席会议。", "区委会", "区委"),
    ("9月11日，青岚市委会部分党员在市委会主委带领下参观展览。致公党党员参加。", "青岚市委会", "青岚市委"),
])
def test_party_committee_short(text: str, want: str, not_want: str) -> None:
    found = names(text)
    assert want in found and not_want not in found, found


@pytest.mark.parametrize("text, bad", [
    # 6. kinds of body, none named
    ("市县两级行业党委派员到企业蹲点。", "行业党委"),
    ("按照全国地方政协工作经验交流会的部署开展工作。", "全国地方政协"),
    # slogans and ratings in quotes are no branch names
    ("被评为全省税务系统“四强”党支部。", "“四强”党支部"),
    ("扎实推进“五星”支部创建。", "“五星”支部"),
    ("，“不忘初心”党支部", "“不忘初心”党支部"),
    ("积极争创“先锋”党支部。", "“先锋”党支部"),
])
def test_not_names(text: str, bad: str) -> None:
    assert bad not in names(text)


@pytest.mark.parametrize("text, want", [
    # guards: bodies joined by 和 stay two; merged bureaus that already worked
    ("市统计局和市税务局召开联席会议。", ["市统计局", "市税务局"]),
    ("县人大和统计局负责同志参加。", ["县人大", "统计局"]),
    ("青岚县水利和湖泊局召开会议。", ["青岚县水利和湖泊局"]),
    ("青岚省文化和旅游厅召开会议。", ["青岚省文化和旅游厅"]),
    # true lists stay apart: two branches, two acting together, places, a whole unit, three items
    ("，内科党支部、外科党支部开展联学。", ["内科党支部", "外科党支部"]),
    ("党委办公室、财务处党支部联合开展主题党日。", ["党委办公室", "财务处党支部"]),
    ("县卫生健康局、县信访局、县统计局党委参加。", ["县卫生健康局", "县信访局", "县统计局党委"]),
    ("，青岚大学、化学学院党支部开展联学。", ["青岚大学", "化学学院党支部"]),
    ("县委、县政府召开会议。", ["县委", "县政府"]),
    # a named trade's committee and the national conference keep their names
    ("白河市金融行业党委召开会议。", ["白河市金融行业党委"]),
    ("全国政协召开会议。", ["全国政协"]),
    # a democratic party named with its place keeps its committee; no party: the CPC's 市委
    ("民盟青岚市委会召开会议，市委会主委周某某主持。", ["民盟青岚市委会"]),
    ("经市委会研究决定，成立工作专班。", ["市委"]),
])
def test_guards(text: str, want: list[str]) -> None:
    found = names(text)
    assert all(w in found for w in want), found
