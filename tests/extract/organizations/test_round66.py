"""Organizations of round 66: a street's or company's offices written short
(社管办, 房管办, 市容所, 人资处), an early-warning release centre (突发 and 发布
are verbs elsewhere) and a district's or town's committee listed after its
city's (市、|区委).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # offices written short: the stem is no word a dictionary gives
    ("会后,平江路街道社管办、房管办和自治办分别作了表态发言。", ["平江路街道社管办", "房管办", "自治办"]),
    ("区市容所牵头开展背街小巷整治。", ["区市容所"]),
    ("集团人资处组织新入职员工参加培训。", ["集团人资处"]),
    # an early-warning release centre
    ("市突发事件预警信息发布中心党支部开展主题党日活动。", ["市突发事件预警信息发布中心党支部"]),
])
def test_endings(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a district's or town's body listed after its city's or county's
    ("按照市、区委统一部署,各街道党工委认真开展自查。", ["市委", "区委"]),
    ("按照市、区纪委要求,全面开展廉政谈话。", ["市纪委", "区纪委"]),
])
def test_listed_levels(text: str, expected: list[str]) -> None:
    assert names(text) == expected
