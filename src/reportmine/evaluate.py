"""Score article records against gold files written to GUIDE.md.

``reportmine evaluate GOLD_DIR INPUT...`` extracts the inputs (or reads
records with ``--pred``) and prints precision, recall and F1 per field plus
the metadata accuracies. The matching follows GUIDE.md, "Matching in
score.py", so that the project can gate itself on its own gold articles
(tests/gold) without the shared folder:

- text is normalized: NFKC, quotes and white space removed, runs of
  ``，,;；、`` turned into one 、, trailing 、。. stripped;
- two texts match when equal after that, or when one contains the other and
  the shorter is at least 70% of the longer;
- entries the gold lists as optional never count against a prediction;
- numbers match on value and unit with the same approx flag (hedged or not),
  and the predicted object must overlap the gold object;
- each gold entry takes the first unused prediction that matches it, in gold
  order (greedy one-to-one).

An article is paired with a gold file when the basename of its ``path``
equals the basename of the gold's ``file``.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

FIELDS = ("people", "titles", "organizations", "numbers", "slogans", "documents")
META_FIELDS = ("title", "date", "source", "author", "editor", "unit")

_DROP = frozenset("“”‘’\"'「」『』《》〈〉 \t\n\u3000")
_SEPARATORS = re.compile(r"[,，;；、]+")
_HONORIFIC = re.compile(r"(同志|同学|先生|女士)$")
_NAME_SPLIT = re.compile(r"[、 ]")
#: share of the longer text the shorter one must cover to count as the same
CONTAIN_RATIO = 0.7
TITLE_RATIO = 0.8


def normalize(text: Any) -> str:
    """The comparison form of a text (see the module docstring)."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = "".join(ch for ch in s if ch not in _DROP)
    return _SEPARATORS.sub("、", s).strip("、。.")


def _contains(a: str, b: str, ratio: float) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short in long_ and len(short) >= ratio * len(long_)


def same_text(a: Any, b: Any) -> bool:
    """Equal after normalizing, or one inside the other covering >= 70% of it."""
    return _contains(normalize(a), normalize(b), CONTAIN_RATIO)


def person_key(name: Any) -> str:
    """A person's name without 同志/同学/先生/女士, normalized."""
    return normalize(_HONORIFIC.sub("", normalize(name)))


def _optional_person(entry: Any) -> str:
    """The key of an optional person, listed as a bare name or as a person entry.

    A bare name is read as score.py reads it; an entry shaped like a required
    person ({"name": ..., "titles": [], "roles": [...]}) gives its name, where
    reading the dict as text would let the person count against a prediction.
    """
    return person_key(entry.get("name") if isinstance(entry, dict) else entry)


def same_number(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Same value and unit, both hedged or both not, objects overlapping."""
    try:
        if float(gold["value"]) != float(pred.get("value")):  # type: ignore[arg-type]
            return False
    except (KeyError, TypeError, ValueError):
        return False
    if normalize(gold.get("unit")) != normalize(pred.get("unit")):
        return False
    if bool(gold.get("approx")) != bool(pred.get("approx")):
        return False
    g_obj = normalize(gold.get("object"))
    if not g_obj:
        return True
    p_obj = normalize(pred.get("object"))
    p_text = normalize(pred.get("text"))
    return g_obj in p_obj or g_obj in p_text or (len(p_obj) >= 2 and p_obj in g_obj)


def same_title_pair(gold: tuple[str, str], pred: tuple[str, str]) -> bool:
    """One person, titles of 2+ characters where one contains the other."""
    (g_name, g_title), (p_name, p_title) = gold, pred
    if g_name != p_name or min(len(g_title), len(p_title)) < 2:
        return False
    return g_title in p_title or p_title in g_title


def same_meta(name: str, gold: Any, pred: Any) -> bool:
    """Whether a metadata field is right; a null gold wants a null (or empty) prediction."""
    if gold is None:
        return pred is None or pred == ""
    if name == "date":
        return normalize(gold) == normalize(pred)[:10]
    if name == "title":
        return _contains(normalize(gold), normalize(pred), TITLE_RATIO)
    if name in ("author", "editor"):
        def names(v: Any) -> list[str]:
            return sorted(normalize(x) for x in _NAME_SPLIT.split(normalize(v)) if x)
        return names(gold) == names(pred)
    return same_text(gold, pred)


@dataclass
class Match:
    """The outcome of matching one field of one article."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, pred index)


def match(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool],
          optional: Sequence[Any] = ()) -> Match:
    """Greedy one-to-one matching; unmatched predictions like an optional entry are free."""
    out = Match()
    used: set[int] = set()
    for gi, g in enumerate(gold):
        hit = next((pi for pi, p in enumerate(pred) if pi not in used and same(g, p)), None)
        if hit is None:
            out.missed.append(g)
            continue
        used.add(hit)
        out.pairs.append((gi, hit))
    out.tp = len(out.pairs)
    out.fn = len(out.missed)
    for pi, p in enumerate(pred):
        if pi not in used and not any(same(o, p) for o in optional):
            out.extra.append(p)
    out.fp = len(out.extra)
    return out


def _as_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, dict):
        return record
    if hasattr(record, "to_dict"):
        return record.to_dict()
    raise TypeError(f"cannot score a {type(record).__name__}; give Article records or dicts")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _title_pairs(people: Iterable[dict[str, Any]], skip: Iterable[str] = ()) -> list[tuple[str, str]]:
    skip = set(skip)
    pairs = []
    for person in people:
        key = person_key(person.get("name"))
        if key in skip:
            continue
        pairs.extend((key, normalize(t)) for t in person.get("titles") or [])
    return pairs


def _record_text(rec: dict[str, Any]) -> str:
    text = rec.get("text") or ""
    path = rec.get("path")
    if not text and path and Path(path).is_file():
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    return text


def score_article(gold: dict[str, Any], rec: dict[str, Any]) -> dict[str, Match]:
    """Every field of one article matched against its gold."""
    res: dict[str, Match] = {}
    people = rec.get("people") or []
    opt_people = [_optional_person(x) for x in gold.get("people_optional", [])]
    res["people"] = match([person_key(p["name"]) for p in gold.get("people", [])],
                          _unique(person_key(p.get("name")) for p in people),
                          lambda a, b: a == b, opt_people)
    res["titles"] = match(_title_pairs(gold.get("people", [])), _title_pairs(people, opt_people),
                          same_title_pair)
    res["organizations"] = match(gold.get("organizations", []),
                                 _unique(normalize(o.get("name")) for o in rec.get("organizations") or []),
                                 same_text, gold.get("organizations_optional", []))
    res["numbers"] = match(gold.get("numbers", []), rec.get("numbers") or [], same_number,
                           gold.get("numbers_optional", []))
    slogans = rec.get("slogans") or []
    docs = [s.get("text") for s in slogans if s.get("kind") == "document"] + list(rec.get("documents") or [])
    res["slogans"] = match(gold.get("slogans", []),
                           _unique(normalize(s.get("text")) for s in slogans if s.get("kind") != "document"),
                           same_text, list(gold.get("slogans_optional", [])) + list(gold.get("documents", [])))
    res["documents"] = match(gold.get("documents", []), _unique(normalize(d) for d in docs), same_text)
    return res


def _unquoted(gold: dict[str, Any], text: str, slogans: Match) -> tuple[int, int]:
    """Required slogans standing in the text without quotes: (found, all)."""
    if not text:
        return 0, 0
    missed = {normalize(m) for m in slogans.missed}
    found = total = 0
    for s in gold.get("slogans", []):
        if s not in text:
            continue
        if re.search("[“\"「]" + re.escape(s) + "[”\"」]", text):
            continue
        total += 1
        found += normalize(s) not in missed
    return found, total


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn}


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Gold files of a folder keyed by the basename of the article they describe."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder not found: {gold_dir}")
    golds: dict[str, dict[str, Any]] = {}
    for f in sorted(folder.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "file" not in data:
            continue  # thresholds and other side files
        golds[Path(data["file"]).name] = data
    if not golds:
        raise ValueError(f"no gold files (JSON with a 'file' key) in {gold_dir}")
    return golds


def evaluate(gold_dir: str | Path, records: Iterable[Any], per_article: bool = False) -> dict[str, Any]:
    """Score records (Article objects or their dicts) against the gold files in ``gold_dir``.

    Returns ``{"summary": {...}, "missing_articles": [...], "articles": {...}}``;
    ``summary`` has P/R/F1 with tp/fp/fn per field, ``number_metric`` and
    ``meta_<field>`` accuracies and ``slogans_unquoted`` recall; ``articles``
    (with ``per_article``) lists misses and extras by article.
    """
    golds = load_gold(gold_dir)
    preds: dict[str, dict[str, Any]] = {}
    for r in records:
        rec = _as_dict(r)
        preds[Path(str(rec.get("path") or rec.get("file") or "")).name] = rec
    totals = {f: [0, 0, 0] for f in FIELDS}
    metric = [0, 0]
    unquoted = [0, 0]
    meta = {f: [0, 0] for f in META_FIELDS}
    missing: list[str] = []
    articles: dict[str, Any] = {}
    for name, gold in golds.items():
        rec = preds.get(name)
        if rec is None:
            missing.append(name)
            rec = {}
        res = score_article(gold, rec)
        for f, m in res.items():
            totals[f][0] += m.tp
            totals[f][1] += m.fp
            totals[f][2] += m.fn
        nums = rec.get("numbers") or []
        for gi, pi in res["numbers"].pairs:
            g_metric = gold["numbers"][gi].get("metric")
            if g_metric:
                metric[1] += 1
                metric[0] += g_metric == nums[pi].get("metric")
        found, total = _unquoted(gold, _record_text(rec), res["slogans"])
        unquoted[0] += found
        unquoted[1] += total
        meta_out = {}
        for f in META_FIELDS:
            ok = same_meta(f, gold.get("meta", {}).get(f), rec.get(f))
            meta[f][0] += ok
            meta[f][1] += 1
            meta_out[f] = {"gold": gold.get("meta", {}).get(f), "pred": rec.get(f), "ok": ok}
        if per_article:
            articles[name] = {f: {"tp": m.tp, "fp": m.fp, "fn": m.fn, "missed": m.missed, "extra": m.extra}
                              for f, m in res.items()}
            articles[name]["meta"] = meta_out
    summary: dict[str, Any] = {f: _prf(*totals[f]) for f in FIELDS}
    summary["number_metric"] = {"acc": round(metric[0] / metric[1], 3) if metric[1] else 1.0, "n": metric[1]}
    summary["slogans_unquoted"] = {"r": round(unquoted[0] / unquoted[1], 3) if unquoted[1] else 1.0,
                                   "n": unquoted[1]}
    for f, (hit, n) in meta.items():
        summary["meta_" + f] = {"acc": round(hit / n, 3) if n else 1.0, "n": n}
    report: dict[str, Any] = {"summary": summary, "missing_articles": missing}
    if per_article:
        report["articles"] = articles
    return report


def below_thresholds(summary: dict[str, Any], thresholds: dict[str, Any]) -> list[str]:
    """The pinned minimums a summary misses, in words (empty when all are met).

    ``thresholds`` is ``{"f1": {field: min}, "acc": {name: min}}`` as in
    tests/gold/thresholds.json; other keys (comments) are ignored, unknown
    field names are errors so that a typo cannot switch a gate off.
    """
    low = []
    for kind in ("f1", "acc"):
        for name, minimum in (thresholds.get(kind) or {}).items():
            if name not in summary or kind not in summary[name]:
                raise ValueError(f"thresholds name an unknown {kind} field: {name!r}")
            got = summary[name][kind]
            if got < minimum:
                low.append(f"{name} {kind} {got:.3f} < {minimum:.3f}")
    return low


def format_report(report: dict[str, Any]) -> str:
    """The plain-text table the CLI prints."""
    lines = []
    for name, art in (report.get("articles") or {}).items():
        lines.append(f"== {name}")
        for f, v in art.items():
            if f == "meta":
                lines.extend(f"  meta {k}: gold={x['gold']!r} pred={x['pred']!r}"
                             for k, x in v.items() if not x["ok"])
                continue
            if v["missed"]:
                lines.append(f"  {f} missed: {v['missed']}")
            if v["extra"]:
                lines.append(f"  {f} extra: {v['extra']}")
    if report.get("missing_articles"):
        lines.append("articles with no prediction: " + ", ".join(report["missing_articles"]))
    lines.append(f"{'field':16} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for k, v in report["summary"].items():
        if "f1" in v:
            lines.append(f"{k:16} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
        elif "r" in v:
            lines.append(f"{k:16} {'':6} {v['r']:6.3f} {'':6}   of {v['n']} required slogans written without quotes")
        else:
            lines.append(f"{k:16} acc {v['acc']:.3f} (n={v['n']})")
    return "\n".join(lines)


def _read_records(path: Path) -> list[dict[str, Any]]:
    records = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.BadParameter(f"{path}:{i}: not JSON ({exc.msg})", param_hint="--pred") from exc
        if not isinstance(rec, dict):
            raise click.BadParameter(f"{path}:{i}: not a JSON object", param_hint="--pred")
        records.append(rec)
    return records


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--pred", "pred", type=click.Path(dir_okay=False, path_type=Path),
              help="Score this JSONL of article records instead of extracting INPUTS.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--per-article", is_flag=True, help="List misses and extras for each article.")
@click.option("--thresholds", type=click.Path(dir_okay=False, path_type=Path),
              help="JSON of pinned minimums ({\"f1\": {...}, \"acc\": {...}}); exit 1 if any is missed.")
def evaluate_cmd(gold_dir: Path, inputs: tuple[Path, ...], pred: Path | None, as_json: bool,
                 per_article: bool, thresholds: Path | None) -> None:
    """Score extraction against gold files (GUIDE.md) in GOLD_DIR.

    INPUTS are article files or folders to extract; or pass --pred with a
    JSONL of records written by `reportmine extract`.
    """
    pinned: dict[str, Any] | None = None
    if thresholds is not None:
        try:
            pinned = json.loads(thresholds.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise click.BadParameter(f"cannot read {thresholds}: {exc}", param_hint="--thresholds") from exc
    if not gold_dir.is_dir():
        raise click.BadParameter(f"not a folder: {gold_dir}", param_hint="GOLD_DIR")
    if pred is not None and inputs:
        raise click.UsageError("give either INPUTS to extract or --pred FILE, not both")
    if pred is None and not inputs:
        raise click.UsageError("nothing to score: give INPUTS to extract or --pred FILE")
    if pred is not None:
        if not pred.is_file():
            raise click.BadParameter(f"no such file: {pred}", param_hint="--pred")
        records: list[Any] = _read_records(pred)
    else:
        from reportmine.cli import analyze_inputs

        # an unreadable file is said so on stderr and scored as a missing article
        records, _ = analyze_inputs(inputs)
    try:
        report = evaluate(gold_dir, records, per_article=per_article)
    except (ValueError, json.JSONDecodeError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report))
    if report["missing_articles"]:
        click.echo(f"warning: {len(report['missing_articles'])} gold article(s) had no prediction",
                   err=True)
    if pinned is not None:
        try:
            low = below_thresholds(report["summary"], pinned)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--thresholds") from exc
        if low:
            click.echo("below the pinned thresholds: " + "; ".join(low), err=True)
            sys.exit(1)


if __name__ == "__main__":
    evaluate_cmd(sys.argv[1:])
