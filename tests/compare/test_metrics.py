"""The combination rule of compare_metrics, on the invented corpus."""
from __future__ import annotations



def _cell(c, unit, metric):
    m = c["compare_metrics"]
    rows = m[(m["unit"] == unit) & (m["metric"] == metric)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_republished_copy_is_counted_once(comparisons):
    # talks: 40余次 in the report and again in its copy on another site -> 40, not 80
    cell = _cell(comparisons, "市水务局", "talks")
    assert cell["value"] == 40
    assert cell["approx"] == "余"
    assert cell["n_articles"] == 1


def test_same_meeting_reported_twice_takes_the_max_and_distinct_meetings_add_up(comparisons):
    # 3月8日 组织生活会: 12 (report) vs 10 (follow-up, same event) -> 12; 6月18日 民主生活会: 9 -> 12 + 9
    cell = _cell(comparisons, "市水务局", "problems_found")
    assert cell["value"] == 21
    assert cell["rule"] == "sum_distinct_events"
    assert cell["n_events"] == 2


def test_stock_metric_is_never_summed(records, tables, texts):
    from reportmine.compare import build_comparisons

    # a second, distinct meeting of the same unit that also says 5个党支部
    extra = dict(records[3])
    text = "9月1日，市水务局党组召开警示教育大会。全局5个党支部书记参加，查摆问题3个。"
    extra.update(id="feedfacefeedface", text=text, date="2023-09-02", path="a4.txt", title="市水务局召开警示教育大会",
                 people=[], organizations=[], slogans=[],
                 numbers=[{"value": 5, "approx": None, "unit": "个", "object": "党支部", "actor": None,
                           "metric": "branches", "text": "5个党支部", "span": [text.find("5个党支部"), text.find("5个党支部") + 5],
                           "sentence": None, "method": "rule"}])
    from reportmine.tables.build import build_tables

    c = build_comparisons(build_tables(records + [extra]), {**texts, extra["id"]: text})
    assert _cell(c, "市水务局", "branches")["value"] == 5
    assert _cell(c, "市水务局", "branches")["rule"] == "max_stock"


def test_every_cell_traces_to_spans_in_the_texts(comparisons, texts):
    m = comparisons["compare_metrics"]
    assert len(m) > 0
    for row in m.itertuples(index=False):
        phrases = row.texts.split(";")
        spans = row.spans.split(";")
        assert len(spans) == row.n_events
        for spec in spans:
            aid, rng = spec.split(":")
            s, e = map(int, rng.split("-"))
            assert texts[aid][s:e] in phrases
            assert texts[aid][s:e] in row.sentences


def test_sources_say_why_each_number_was_set_aside(comparisons):
    src = comparisons["compare_metric_sources"]
    used = src[src["used"]]
    unused = src[~src["used"]]
    assert set(used["reason"]) == {"used"}
    assert unused["reason"].str.contains("near-duplicate").any()
    assert unused["reason"].str.contains("same event").any()
    # the long table uses exactly the 'used' sources
    m = comparisons["compare_metrics"]
    for row in m.itertuples(index=False):
        mine = used[(used["unit"] == row.unit) & (used["metric"] == row.metric)]
        assert mine["value"].sum() == row.value


def test_wide_form_matches_long_form(comparisons):
    wide = comparisons["compare_metrics_wide"].set_index("unit")
    for row in comparisons["compare_metrics"].itertuples(index=False):
        assert wide.at[row.unit, row.metric] == row.value
    assert "party_lectures" in wide.columns  # vocabulary columns exist even when empty


def test_missing_unit_is_kept_under_a_visible_label(comparisons):
    from reportmine.compare.common import UNKNOWN_UNIT

    assert _cell(comparisons, UNKNOWN_UNIT, "talks")["value"] == 8


def test_input_read_twice_does_not_double(records, texts):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    twice = records + [dict(records[4], path="b1_again.txt")]
    c = build_comparisons(build_tables(twice), texts)
    assert _cell(c, "县文化和旅游局", "problems_found")["value"] == 20
    cs = c["compare_slogans"]
    assert cs[cs["unit"] == "县文化和旅游局"]["count"].tolist() == [1]
