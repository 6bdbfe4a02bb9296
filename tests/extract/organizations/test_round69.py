"""Organizations of round 69: a high court written short (省高院, as 市中院), a
work-safety committee written short (镇安委会, 区安委会).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # a provincial high court written short
    ("青岚法院组织干警收听省高院视频党课。", ["青岚法院", "省高院"]),
    ("会议传达了省高院年度工作会议精神。", ["省高院"]),
])
def test_high_court_short(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a town's or district's work-safety committee written short
    ("节前,镇安委会对烟花爆竹安全检查作了部署。", ["镇安委会"]),
    ("区安委会召开第三次全体成员会议。", ["区安委会"]),
])
def test_safety_committee_short(text: str, expected: list[str]) -> None:
    assert names(text) == expected

