"""mentions_within (a sentence's organizations read off the body's) and the
cached organization_spans, on invented articles."""
import re

import pytest

from reportmine.extract.organizations import extract_organizations, mentions_within, organization_spans
from reportmine.extract.unit import find_unit

ARTICLE = (
    "5月12日，青石县人民法院党组召开专题民主生活会。"
    "会议由县委组织部副部长李某主持，县纪委监委驻县法院纪检监察组组长王某到会指导。\n"
    "桐川县竹溪镇党委书记赵某在发言中表示，要把整改落到实处！"
    "随后，江州大学后勤党总支第二党支部与青石县供电公司党委联合开展主题党日活动。"
)
_END = re.compile("[。！？!?\n]")


def _sentences(text):
    pos = 0
    for m in [*_END.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            yield pos, end
        pos = m.end() if m else end


def _own(region):
    return sorted((s, e, o.name) for o in extract_organizations(region) for s, e in o.spans)


def test_every_sentence_matches_its_own_extraction():
    orgs = extract_organizations(ARTICLE)
    answered = 0
    for start, end in _sentences(ARTICLE):
        got = mentions_within(ARTICLE, orgs, start, end)
        if got is not None:
            answered += 1
            assert got == _own(ARTICLE[start:end])
            assert all(ARTICLE[start + s:start + e] == name for s, e, name in got)
    assert answered >= 3


def test_declines_without_organizations_or_off_a_sentence_edge():
    orgs = extract_organizations(ARTICLE)
    start, end = next(_sentences(ARTICLE))
    assert mentions_within(ARTICLE, [], start, end) is None
    assert mentions_within(ARTICLE, orgs, start + 3, end) is None  # starts inside a sentence
    assert mentions_within(ARTICLE, orgs, start, end - 2) is None  # ends inside a sentence


def test_declines_where_a_short_form_could_merge():
    text = "第四支部召开组织生活会。第四党支部书记孙某主持。"
    orgs = extract_organizations(text)
    assert [o.name for o in orgs] == ["第四党支部"]  # merged over the whole text
    end = text.index("。")
    assert mentions_within(text, orgs, 0, end) is None


def test_declines_inside_a_quote_across_the_edge():
    text = "县委党校举办“学习。县委党校”活动。"
    orgs = extract_organizations(text)
    first_end = text.index("。")
    assert mentions_within(text, orgs, first_end + 1, text.index("。", first_end + 1)) is None


def test_organization_spans_is_cached_and_immutable():
    title = "青石县人民法院党组召开专题民主生活会"
    first = organization_spans(title)
    assert organization_spans(title) is first
    assert first == tuple((o.name, tuple(o.spans)) for o in extract_organizations(title))
    with pytest.raises(TypeError):
        first[0][1][0] = (0, 1)  # type: ignore[index]


@pytest.mark.parametrize("title,text", [
    ("青石县人民法院党组召开专题民主生活会", ARTICLE),
    (None, "近日，桐川县竹溪镇党委召开专题组织生活会。镇党委书记赵某主持会议。"),
    ("主题党日活动", "江州大学后勤党总支与青石县供电公司党委联合开展主题党日活动。双方党员参加。"),
])
def test_find_unit_same_with_or_without_the_body_organizations(title, text):
    assert find_unit(title, text, extract_organizations(text)) == find_unit(title, text, [])
