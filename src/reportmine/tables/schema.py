"""One schema per output table; each column defined once (name, dtype, meaning).

Tables are checked against their schema when written and when read, so a
column that changes type or disappears fails loudly instead of corrupting a
comparison downstream. Other layers (compare/) ``register`` their own schemas.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "string", "Int64", "Float64", "boolean"
    meaning: str


@dataclass(frozen=True)
class Schema:
    name: str
    columns: tuple[Column, ...]
    description: str = ""
    layer: str = "processed"
    sort_by: tuple[str, ...] = field(default_factory=tuple)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


SCHEMAS: dict[str, Schema] = {}


def register(schema: Schema) -> Schema:
    """Add or replace a table's schema in the registry."""
    SCHEMAS[schema.name] = schema
    return schema


class SchemaError(ValueError):
    """A table does not match its declared schema."""


def get(name: str) -> Schema:
    try:
        return SCHEMAS[name]
    except KeyError:
        raise SchemaError(f"no schema registered for table {name!r}") from None


def empty(name: str) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    schema = get(name)
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in schema.columns})


def validate(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Return ``df`` with exactly the schema's columns, in order, cast to its dtypes.

    Missing or unexpected columns raise ``SchemaError``; values that cannot be
    cast raise too.
    """
    schema = get(name)
    cols = list(df.columns)
    missing = [c for c in schema.names if c not in cols]
    extra = [c for c in cols if c not in schema.names]
    if missing or extra:
        raise SchemaError(f"table {name!r}: missing columns {missing}, unexpected columns {extra}")
    data = {}
    for col in schema.columns:
        try:
            data[col.name] = df[col.name].astype(col.dtype).array
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"table {name!r}: column {col.name!r} is not {col.dtype}: {exc}") from exc
    out = pd.DataFrame(data, index=df.index)  # at once: inserting the columns one by one took 1.6 times as long
    if schema.sort_by and len(out):
        out = out.sort_values(list(schema.sort_by), kind="stable", na_position="last")
    return out.reset_index(drop=True)


S, I, F = "string", "Int64", "Float64"

register(Schema("articles", (
    Column("article_id", S, "content hash of the cleaned body (16 hex)"),
    Column("path", S, "input file as given"),
    Column("url", S, "page URL when known"),
    Column("title", S, "headline"),
    Column("date", S, "publication date YYYY-MM-DD"),
    Column("source", S, "来源: the publishing outlet"),
    Column("author", S, "credited writers joined by 、"),
    Column("editor", S, "编辑/责任编辑 joined by 、"),
    Column("unit", S, "the reporting unit"),
    Column("n_chars", I, "length of the cleaned body"),
    Column("n_people", I, "distinct people found"),
    Column("n_organizations", I, "distinct organizations found"),
    Column("n_numbers", I, "counted numbers found"),
    Column("n_slogans", I, "distinct slogans and documents found"),
    Column("encoding", S, "encoding the input was read with"),
    Column("converted_from", S, "'traditional' when the page was written in traditional characters and read from its simplified conversion"),
    Column("warnings", S, "parser/extractor warnings joined by ' | '"),
    Column("config_hash", S, "hash of extraction code and lexicons that produced the row"),
), "one row per article", sort_by=("article_id",)))

register(Schema("people", (
    Column("article_id", S, "article the mention is in"),
    Column("unit", S, "the article's reporting unit"),
    Column("date", S, "the article's date"),
    Column("name", S, "the bare name"),
    Column("titles", S, "posts given to the person, joined by 、 in order seen"),
    Column("roles", S, "what the person does in the article (主持, 点评, 作者 ...), joined by 、"),
    Column("org", S, "body the text binds the person to"),
    Column("count", I, "mentions in the article"),
    Column("span_start", I, "first mention start offset in the text"),
    Column("span_end", I, "first mention end offset"),
    Column("spans", S, "all mention spans as JSON"),
    Column("method", S, "rule, lexicon or model"),
), "one row per person per article", sort_by=("article_id", "span_start", "name")))

register(Schema("organizations", (
    Column("article_id", S, "article the mention is in"),
    Column("unit", S, "the article's reporting unit"),
    Column("date", S, "the article's date"),
    Column("name", S, "fullest form as written"),
    Column("kind", S, "unit, party_group, party_committee, branch, leading_group, inspection_group, association, other"),
    Column("count", I, "mentions in the article"),
    Column("aliases", S, "shorter forms written for it and folded into the name, joined by 、"),
    Column("span_start", I, "first mention start offset"),
    Column("span_end", I, "first mention end offset"),
    Column("spans", S, "all mention spans as JSON"),
    Column("method", S, "rule, lexicon or model"),
), "one row per organization per article", sort_by=("article_id", "span_start", "name")))

register(Schema("numbers", (
    Column("article_id", S, "article the number is in"),
    Column("unit", S, "the article's reporting unit"),
    Column("date", S, "the article's date"),
    Column("value", F, "the count, with 万/亿 multiplied out"),
    Column("approx", S, "hedge as written (余, 多, 近, 约, 超, 以上 ...) or null"),
    Column("unit_word", S, "量词 or unit (次, 篇, 条, 名, 元, % ...)"),
    Column("object", S, "what is counted"),
    Column("actor", S, "who did it, where the text says"),
    Column("metric", S, "canonical metric from resources/metrics.tsv"),
    Column("text", S, "the matched phrase"),
    Column("sentence", I, "sentence index in the text"),
    Column("span_start", I, "start offset of text"),
    Column("span_end", I, "end offset of text"),
    Column("method", S, "rule, lexicon or model"),
), "one row per counted number", sort_by=("article_id", "span_start")))

register(Schema("slogans", (
    Column("article_id", S, "article the slogan is in"),
    Column("unit", S, "the article's reporting unit"),
    Column("date", S, "the article's date"),
    Column("text", S, "slogan or document title without quotes"),
    Column("kind", S, "quoted, numbered, parallel or document"),
    Column("count", I, "occurrences in the article"),
    Column("expansion", S, "a numbered formula's expansion joined by 、"),
    Column("span_start", I, "first occurrence start offset"),
    Column("span_end", I, "first occurrence end offset"),
    Column("spans", S, "all spans as JSON"),
    Column("method", S, "rule, lexicon or model"),
), "one row per slogan per article", sort_by=("article_id", "span_start", "text")))

register(Schema("failures", (
    Column("path", S, "input that failed"),
    Column("stage", S, "read, parse, extract or write"),
    Column("reason", S, "what went wrong, in plain words"),
), "inputs that produced no record", sort_by=("path",)))
