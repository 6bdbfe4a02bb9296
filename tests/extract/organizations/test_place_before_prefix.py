"""A place the dictionary knows, written right before an administrative
prefix that closes on a level (浦东|新区, 滨海|新区), opens a long name cut at
that prefix: the association is the district's, not a 新区's. Sentences are
invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("浦东新区民营企业发展促进会召开年度会员大会。", ["浦东新区民营企业发展促进会"]),
    ("会上，滨海新区青禾企业发展联合会作交流发言。", ["滨海新区青禾企业发展联合会"]),
])
def test_a_known_place_before_new_district_opens_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a prefix that opens a name alone keeps its start (no place before 中国)
    ("中国青禾企业发展促进会召开理事会。", ["中国青禾企业发展促进会"]),
    # a short qualifier never reached the cut: the district's body as before
    ("浦东新区人民政府召开常务会议。", ["浦东新区人民政府"]),
])
def test_other_prefixes_keep_their_start(text, expected):
    assert names(text) == expected
