from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.tables import schema
from reportmine.tables.build import build_tables
from reportmine.tables.write import FORMULA_START, neutralize_formulas, read_table, write_tables


def _record(aid: str = "a" * 16) -> dict:
    return {
        "id": aid, "path": "x.txt", "url": None, "title": "=HYPERLINK(\"x\")", "date": "2023-05-06",
        "source": "某网", "author": "甲乙", "editor": None, "unit": "县法院", "text": "县法院党组书记甲乙主持。",
        "people": [{"name": "甲乙", "titles": ["党组书记"], "roles": ["主持"], "org": None, "count": 1,
                    "spans": [[7, 9]], "method": "rule"},
                   {"name": "丙丁", "titles": [], "roles": ["编辑"], "org": None, "count": 0, "spans": [],
                    "method": "rule"}],
        "organizations": [{"name": "县法院", "kind": "unit", "count": 1, "spans": [[0, 3]], "method": "rule"}],
        "numbers": [{"value": 30, "approx": "余", "unit": "次", "object": "讲党课", "actor": None,
                     "metric": "party_lectures", "text": "讲党课30余次", "span": [0, 7], "sentence": 0}],
        "slogans": [{"text": "四个意识", "kind": "numbered", "count": 2, "spans": [[1, 5], [8, 12]],
                     "expansion": ["政治意识", "大局意识", "核心意识", "看齐意识"]}],
        "warnings": ["encoding guessed"],
    }


def test_build_tables_keeps_provenance_and_schema():
    tables = build_tables([_record()])
    assert list(tables["people"].columns) == schema.get("people").names
    people = tables["people"].set_index("name")
    assert people.loc["甲乙", "span_start"] == 7 and people.loc["甲乙", "titles"] == "党组书记"
    assert pd.isna(people.loc["丙丁", "span_start"])
    num = tables["numbers"].iloc[0]
    assert num["value"] == 30 and num["unit_word"] == "次" and num["span_end"] == 7
    assert tables["slogans"].iloc[0]["expansion"] == "政治意识、大局意识、核心意识、看齐意识"
    assert tables["articles"].iloc[0]["n_people"] == 2


def test_each_field_lands_in_its_own_column():
    # rows are tuples in schema order: a field read into the wrong place would show here
    rec = _record()
    rec["numbers"][0].update(actor="党员", method="rule", object="讲党课")
    tables = build_tables([rec])
    num = tables["numbers"].iloc[0]
    assert (num["approx"], num["object"], num["actor"], num["metric"], num["text"], num["sentence"],
            num["span_start"], num["method"]) == ("余", "讲党课", "党员", "party_lectures", "讲党课30余次", 0, 0, "rule")
    art = tables["articles"].iloc[0]
    assert (art["path"], art["title"], art["source"], art["author"], art["unit"], art["n_chars"],
            art["n_organizations"], art["n_numbers"], art["n_slogans"], art["warnings"]) == \
        ("x.txt", rec["title"], "某网", "甲乙", "县法院", len(rec["text"]), 1, 1, 1, "encoding guessed")
    assert pd.isna(art["converted_from"])
    rec = dict(_record("b" * 16), encoding="big5", converted_from="traditional")
    art = build_tables([rec])["articles"].iloc[0]
    assert (art["encoding"], art["converted_from"], art["warnings"]) == ("big5", "traditional", "encoding guessed")
    org = tables["organizations"].iloc[0]
    assert (org["name"], org["kind"], org["count"], org["span_end"], org["spans"], org["method"]) == \
        ("县法院", "unit", 1, 3, "[[0, 3]]", "rule")
    slogan = tables["slogans"].iloc[0]
    assert (slogan["kind"], slogan["count"], slogan["span_start"], slogan["spans"]) == \
        ("numbered", 2, 1, "[[1, 5], [8, 12]]")


def test_rows_of_the_wrong_width_are_refused():
    from reportmine.tables.build import record_rows, tables_from_rows

    pack = record_rows(_record())
    short = (pack[0], [row[:-1] for row in pack[1]], *pack[2:])
    with pytest.raises(schema.SchemaError, match="people"):
        tables_from_rows([short])


def test_tables_do_not_depend_on_how_many_records_are_converted_at_once(monkeypatch):
    import reportmine.tables.build as build

    records = [_record(f"{k:016x}") for k in range(5)]
    records[2]["people"], records[3]["numbers"], records[4]["slogans"] = [], [], []  # tables without rows in a chunk
    records[1]["numbers"][0]["value"] = None
    whole = build_tables(records)
    for size in (1, 2, 3):
        monkeypatch.setattr(build, "CHUNK_RECORDS", size)
        chunked = build_tables(records)
        for name, df in whole.items():
            pd.testing.assert_frame_equal(chunked[name], df, obj=f"{name} in chunks of {size}")
    assert len(whole["people"]) == 8 and whole["numbers"]["value"].isna().sum() == 1


def test_a_value_of_the_wrong_type_in_one_chunk_is_reported(monkeypatch):
    import reportmine.tables.build as build

    monkeypatch.setattr(build, "CHUNK_RECORDS", 1)
    records = [_record(f"{k:016x}") for k in range(3)]
    records[1]["people"][0]["count"] = "two"
    with pytest.raises(schema.SchemaError, match="count"):
        build_tables(records)


def test_empty_input_gives_typed_empty_tables():
    tables = build_tables([])
    assert all(len(df) == 0 for df in tables.values())
    assert str(tables["numbers"]["value"].dtype) == "Float64"


def test_validate_rejects_missing_and_extra_columns():
    df = build_tables([_record()])["people"]
    with pytest.raises(schema.SchemaError):
        schema.validate(df.drop(columns=["name"]), "people")
    with pytest.raises(schema.SchemaError):
        schema.validate(df.assign(extra=1), "people")


def test_write_roundtrip_and_csv_formula_neutralized(tmp_path):
    tables = build_tables([_record()])
    write_tables(tables, tmp_path)
    back = read_table("articles", tmp_path)
    assert back.iloc[0]["title"].startswith("=HYPERLINK")  # parquet keeps the true value
    csv_text = (tmp_path / "articles.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text
    assert not list(tmp_path.glob("*.tmp"))


def test_neutralize_only_touches_formula_starts():
    df = pd.DataFrame({"a": pd.Series(["-1", "@x", "正常", None], dtype="string")})
    out = neutralize_formulas(df)["a"].tolist()
    assert out[:3] == ["'-1", "'@x", "正常"] and pd.isna(out[3])


def test_neutralize_handles_object_columns_with_lists_and_numbers():
    df = pd.DataFrame({
        "mixed": pd.Series(["=cmd", ["-a"], None, 3], dtype=object),
        "ints": pd.Series([1, 2, 3, 4], dtype=object),
        "text": pd.Series(["+1", "正常", "@x", "\tx"], dtype=object),
    })
    out = neutralize_formulas(df)
    assert out["mixed"].tolist() == ["'=cmd", ["-a"], None, 3]  # lists and numbers are left alone
    assert out["ints"].tolist() == [1, 2, 3, 4]
    assert out["text"].tolist() == ["'+1", "正常", "'@x", "'\tx"]
    assert df["text"].tolist()[0] == "+1"  # the input frame is not changed


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet="=+-@\t\r 'a1中", max_size=5)), max_size=12),
       st.sampled_from(["string", "object"]))
def test_neutralize_matches_the_per_cell_rule(values, dtype):
    df = pd.DataFrame({"a": pd.Series(values, dtype=dtype)})
    out = neutralize_formulas(df)["a"].tolist()
    want = ["'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v for v in values]
    assert [None if pd.isna(v) else v for v in out] == want
