"""Schemas of the comparison tables, registered with ``reportmine.tables.schema``.

Importing this module registers them, so ``write_tables`` and ``read_table``
check the comparison layer exactly as they check the base tables. The wide
metric table has one column per metric of the metric vocabulary
(``resources/metrics.tsv``, else the core list in GUIDE.md); a metric seen in
the data but not in the vocabulary extends it at build time.
"""
from __future__ import annotations

from reportmine import resources
from reportmine.tables.schema import Column, Schema, get, register

S, I, F, B = "string", "Int64", "Float64", "boolean"

#: GUIDE.md's core metric vocabulary, used when resources/metrics.tsv is absent.
CORE_METRICS = (
    "party_lectures", "lectures", "study_sessions", "seminars", "speeches", "research_articles",
    "trainings", "site_visits", "participants", "talks", "opinions_collected", "criticisms",
    "problems_found", "rectification_items", "rectification_measures", "rectification_done",
    "commitments", "practical_deeds", "branches", "members", "meetings", "money", "share",
)

COMPARE_TABLES = (
    "meetings", "compare_metrics", "compare_metrics_wide", "compare_metric_sources",
    "article_clusters", "similarity", "compare_slogans", "slogan_candidates", "compare_terms",
    "people_titles", "institutions", "compare_metrics_by_institution", "compare_slogans_by_institution",
    "compare_terms_by_institution",
)

register(Schema("meetings", (
    Column("article_id", S, "article that reports the meeting"),
    Column("unit", S, "the article's reporting unit"),
    Column("article_date", S, "the article's publication date"),
    Column("type", S, "meeting type from resources/meeting_types.tsv (专题组织生活会, 民主生活会 ...)"),
    Column("theme", S, "campaign named with the meeting (党史学习教育 ...) or null"),
    Column("date", S, "meeting date YYYY-MM-DD; year taken from the article date when the text omits it"),
    Column("holder", S, "the unit or branch that held the meeting, as written"),
    Column("presided_by", S, "who presided (主持), joined by 、"),
    Column("guide_names", S, "people who attended as guide or supervisor (列席, 指导, 督导, 点评), joined by 、"),
    Column("guide_bodies", S, "the bodies those guides came from (督导组, 指导组 ...), joined by 、"),
    Column("guides", S, "guides as JSON [{name, body, role}]"),
    Column("participants", I, "participant count the text gives for the meeting"),
    Column("span_start", I, "start offset of the meeting-type mention (null when only the title names it)"),
    Column("span_end", I, "end offset of that mention"),
    Column("method", S, "rule, lexicon or model"),
), "one row per meeting an article reports", sort_by=("article_id", "span_start", "type")))

register(Schema("compare_metrics", (
    Column("unit", S, "reporting unit ('（单位不明）' when no unit was found)"),
    Column("metric", S, "canonical metric name"),
    Column("value", F, "combined value (see rule)"),
    Column("approx", S, "hedges of the values used (余, 多, 近 ...) joined by 、, null when all exact"),
    Column("rule", S, "how the value was combined: single, max_in_article, max_same_event, sum_distinct_events, max_stock"),
    Column("n_articles", I, "distinct (non-duplicate) articles whose numbers were used"),
    Column("n_events", I, "distinct events (meeting type + date, else article date) summed over"),
    Column("n_candidates", I, "numbers of this unit and metric seen before combining (incl. duplicates)"),
    Column("article_ids", S, "articles of the numbers used, joined by ;"),
    Column("spans", S, "article_id:start-end of every number used, joined by ;"),
    Column("texts", S, "matched phrases used, joined by ;"),
    Column("sentences", S, "the sentences of the numbers used, joined by ' | '"),
), "one row per unit and metric, with provenance of every figure used", sort_by=("unit", "metric")))

register(Schema("compare_metric_sources", (
    Column("unit", S, "reporting unit"),
    Column("metric", S, "canonical metric name"),
    Column("article_id", S, "article the number is in"),
    Column("cluster", S, "representative article of its near-duplicate cluster"),
    Column("event", S, "event key: meeting type@date, else the article date, else the cluster"),
    Column("value", F, "the number as extracted"),
    Column("approx", S, "its hedge"),
    Column("text", S, "the matched phrase"),
    Column("sentence", S, "the sentence it is in"),
    Column("span_start", I, "start offset in the article text"),
    Column("span_end", I, "end offset"),
    Column("used", B, "whether the number enters compare_metrics"),
    Column("reason", S, "why it was used or set aside"),
), "every number with a metric, and what the combination did with it",
    sort_by=("unit", "metric", "article_id", "span_start")))

register(Schema("article_clusters", (
    Column("article_id", S, "article"),
    Column("unit", S, "its reporting unit"),
    Column("cluster", S, "representative article of its near-duplicate cluster (earliest date, then id)"),
    Column("cluster_size", I, "articles in the cluster"),
    Column("is_representative", B, "whether this article represents the cluster"),
    Column("event", S, "event key used to decide when figures add up"),
    Column("institution", S, "institution of the unit (party bodies stripped, sub-units rolled up; see compare.institutions)"),
), "near-duplicate clusters: a republished report counts once", sort_by=("cluster", "article_id")))

register(Schema("similarity", (
    Column("article_a", S, "first article (smaller id)"),
    Column("article_b", S, "second article"),
    Column("unit_a", S, "unit of the first"),
    Column("unit_b", S, "unit of the second"),
    Column("title_a", S, "title of the first"),
    Column("title_b", S, "title of the second"),
    Column("cosine", F, "cosine similarity of TF-IDF character 2-3-gram vectors of the bodies"),
    Column("containment", F, "share of the shorter body's character 8-grams found in the other (null below cosine 0.5)"),
    Column("near_duplicate", B, "cosine >= 0.9, or cosine >= 0.5 and containment >= 0.8: one report republished"),
), "every near-duplicate pair, and each article's 10 most similar others with cosine >= 0.3 "
   "(compare.similarity.TOP_K, MIN_COSINE)", sort_by=("article_a", "article_b")))

register(Schema("compare_slogans", (
    Column("text", S, "slogan or document title"),
    Column("unit", S, "reporting unit"),
    Column("kind", S, "quoted, numbered, parallel or document"),
    Column("count", I, "occurrences in the unit's distinct articles"),
    Column("n_articles", I, "distinct (non-duplicate) articles using it"),
    Column("expansion", S, "a numbered formula's expansion joined by 、"),
    Column("first_date", S, "first article date it was seen in this unit"),
    Column("last_date", S, "last article date"),
    Column("article_ids", S, "articles, joined by ;"),
), "slogan x unit counts", sort_by=("text", "unit")))

register(Schema("slogan_candidates", (
    Column("phrase", S, "recurring word n-gram not in the slogan lexicon, for review"),
    Column("n_articles", I, "distinct (non-duplicate) articles containing it"),
    Column("n_units", I, "distinct units using it"),
    Column("count", I, "occurrences"),
    Column("units", S, "units joined by ;"),
    Column("example_article_id", S, "an article containing it"),
    Column("example_span_start", I, "offset of an occurrence in that article"),
    Column("example_span_end", I, "end offset"),
    Column("example_context", S, "the text around that occurrence"),
), "phrases to review as possible new slogans", sort_by=("phrase",)))

register(Schema("compare_terms", (
    Column("unit", S, "reporting unit"),
    Column("rank", I, "1 = most distinctive"),
    Column("term", S, "jieba word"),
    Column("score", F, "TF-IDF weight of the term in the unit's text (units as documents)"),
    Column("count", I, "occurrences in the unit's distinct articles"),
    Column("n_articles", I, "the unit's articles containing it"),
), "terms that set each unit apart", sort_by=("unit", "rank")))

register(Schema("people_titles", (
    Column("name", S, "person"),
    Column("unit", S, "reporting unit of the articles"),
    Column("title", S, "one title the articles give the person"),
    Column("n_articles", I, "articles giving that title"),
    Column("first_date", S, "first article date"),
    Column("last_date", S, "last article date"),
    Column("article_ids", S, "articles, joined by ;"),
), "who holds which title in which unit", sort_by=("unit", "name", "title")))


register(Schema("institutions", (
    Column("institution", S, "institution: the unit without trailing party bodies, sub-units rolled up"),
    Column("unit", S, "reporting unit as extracted"),
    Column("n_articles", I, "articles of the unit"),
    Column("n_distinct_articles", I, "of those, representatives of near-duplicate clusters"),
    Column("relative", B, "the unit names its body only relatively (医院, 公司党委, 市委: which one?), "
                          "so articles of different bodies may share it (resources/unit_relative.tsv)"),
), "which units were grouped into which institution", sort_by=("institution", "unit")))


def _by_institution(name: str) -> Schema:
    """The institution-level twin of a unit-level table: ``unit`` becomes ``institution``."""
    base = get(name)
    cols = tuple(Column("institution", S, "institution (see the institutions table for its units)")
                 if c.name == "unit" else c for c in base.columns)
    sort_by = tuple("institution" if k == "unit" else k for k in base.sort_by)
    return register(Schema(f"{name}_by_institution", cols, base.description.replace("unit", "institution"),
                           sort_by=sort_by))


for _name in ("compare_metrics", "compare_slogans", "compare_terms"):
    _by_institution(_name)


def metric_vocabulary() -> list[str]:
    """Metric names, in the vocabulary's order (core list when no file)."""
    try:
        rows = resources.load_table("metrics.tsv")
    except FileNotFoundError:
        return list(CORE_METRICS)
    names = [r.get("metric") or r.get("name") or "" for r in rows]
    names = [n for n in dict.fromkeys(names) if n]
    return names or list(CORE_METRICS)


def register_wide(extra: list[str] | tuple[str, ...] = ()) -> Schema:
    """(Re-)register ``compare_metrics_wide`` with the vocabulary plus ``extra`` metrics."""
    metrics = metric_vocabulary()
    metrics += [m for m in extra if m not in metrics]
    cols = [Column("unit", S, "reporting unit")]
    cols += [Column(m, F, f"combined {m} (see compare_metrics for hedge and provenance)") for m in metrics]
    return register(Schema("compare_metrics_wide", tuple(cols), "one row per unit, one column per metric",
                           sort_by=("unit",)))


def wide_metrics() -> list[str]:
    return [c for c in get("compare_metrics_wide").names if c != "unit"]


register_wide()
