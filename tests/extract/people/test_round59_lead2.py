"""Round 59 (people, the lead's cross-check on the third collection): 位 and 名
after a numeral count the people (10位述职同志), so they open no name though both
are family names. Invented sentences."""
from __future__ import annotations

import pytest

from lookups import person_names as _names


@pytest.mark.parametrize("text", [
    "会后，与会人员对12位述职同志进行了民主测评。",
    "与会人员对3位述职书记进行测评。",
])
def test_classifier_after_a_numeral_opens_no_name(text):
    assert _names(text) == []


def test_family_name_wei_stays_where_no_numeral_stands_before():
    assert _names("会上，党支部书记位明远讲话。") == ["位明远"]
