"""The evaluator: matcher rules, the gold gate on tests/gold, agreement with score.py."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportmine.evaluate import (below_thresholds, evaluate, evaluate_cmd, match, normalize, same_meta,
                                 same_number, same_text, same_title_pair)

GOLD = Path(__file__).resolve().parent / "gold"


# (a) matcher rules on hand-made cases --------------------------------------

def test_normalize_nfkc_quotes_spaces_and_separators() -> None:
    assert normalize("“学党史，悟思想；办实事、开新局”") == "学党史、悟思想、办实事、开新局"
    assert normalize("《党章》") == "党章"
    assert normalize("ＡＢ１２\u3000 党支部") == "AB12党支部"
    assert normalize("严以修身,,严以用权。") == "严以修身、严以用权"
    assert normalize(None) == ""


def test_containment_needs_seventy_percent() -> None:
    assert same_text("第三党支部", "第三党支部")
    assert same_text("一二三四五六七", "一二三四五六七八九十")       # 7 of 10
    assert not same_text("一二三四五六", "一二三四五六七八九十")     # 6 of 10
    assert not same_text("一二三四五六七", "零一二三四五六七八九十")  # 7 of 11
    assert same_text("“四个意识”", "四个意识")
    assert not same_text("", "四个意识")


def test_match_is_one_to_one_and_optional_entries_are_free() -> None:
    m = match(["四个意识", "四个自信"], ["四个意识", "四个意识", "七一", "头雁"], same_text, ["七一"])
    assert (m.tp, m.fp, m.fn) == (1, 2, 1)
    assert m.missed == ["四个自信"]
    assert m.extra == ["四个意识", "头雁"]
    # an optional entry found or not changes nothing
    m = match(["四风"], ["四风"], same_text, ["回头看"])
    assert (m.tp, m.fp, m.fn) == (1, 0, 0)


def test_number_matching_value_unit_approx_object() -> None:
    gold = {"value": 30, "approx": "余", "unit": "次", "object": "讲党课"}
    assert same_number(gold, {"value": 30.0, "approx": "多", "unit": "次", "object": "机关干部讲党课"})
    assert same_number(gold, {"value": 30, "approx": "余", "unit": "次", "object": None, "text": "讲党课30余次"})
    assert same_number(gold, {"value": 30, "approx": "余", "unit": "次", "object": "党课"})
    assert not same_number(gold, {"value": 30, "approx": None, "unit": "次", "object": "讲党课"})
    assert not same_number(gold, {"value": 31, "approx": "余", "unit": "次", "object": "讲党课"})
    assert not same_number(gold, {"value": 30, "approx": "余", "unit": "场", "object": "讲党课"})
    assert not same_number(gold, {"value": 30, "approx": "余", "unit": "次", "object": "研讨"})
    assert not same_number(gold, {"value": "三十", "approx": "余", "unit": "次", "object": "讲党课"})
    assert same_number({"value": 8, "approx": None, "unit": "个", "object": None},
                       {"value": 8, "approx": None, "unit": "个", "object": "党支部"})


def test_title_pairs_and_meta_rules() -> None:
    assert same_title_pair(("张三", "党支部书记"), ("张三", "书记"))
    assert not same_title_pair(("张三", "党支部书记"), ("李四", "党支部书记"))
    assert not same_title_pair(("张三", "副主任"), ("张三", "长"))
    assert same_meta("date", "2021-08-17", "2021-08-17T10:00")
    assert same_meta("author", "王一、李二", "李二，王一")
    assert not same_meta("author", "王一、李二", "王一")
    assert same_meta("source", None, "") and not same_meta("source", None, "某网")
    assert same_meta("title", "县法院召开专题民主生活会", "县法院召开专题民主生活会_临溪")
    assert not same_meta("title", "县法院召开专题民主生活会", "县法院召开专题民主生活会——临溪县人民法院新闻中心")


def _write_gold(folder: Path) -> None:
    gold = {"file": "x01.txt", "meta": {"title": "某厂党委召开会议", "date": "2022-01-05", "source": None,
                                         "author": None, "editor": None, "unit": "某厂党委"},
            "people": [{"name": "钱多多", "titles": ["党委书记"], "roles": []}],
            "people_optional": ["孙小小"],
            "organizations": ["某厂党委"], "organizations_optional": ["某厂"],
            "numbers": [{"value": 5, "approx": None, "unit": "次", "object": "集中学习", "metric": "study_sessions"}],
            "numbers_optional": [],
            "slogans": ["三会一课", "比学习、比作风、比实绩"], "slogans_optional": ["七一"],
            "documents": ["某厂整改方案"]}
    (folder / "x01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def _record() -> dict:
    text = "某厂党委坚持三会一课，开展比学习、比作风、比实绩活动，集中学习5次。"
    return {"path": "any/where/x01.txt", "title": "某厂党委召开会议", "date": "2022-01-05",
            "source": None, "author": None, "editor": None, "unit": "某厂党委", "text": text,
            "people": [{"name": "钱多多同志", "titles": ["书记"]}, {"name": "孙小小", "titles": ["委员"]}],
            "organizations": [{"name": "某厂党委"}, {"name": "某厂"}],
            "numbers": [{"value": 5, "approx": None, "unit": "次", "object": "集中学习",
                         "metric": "study_sessions", "text": "集中学习5次"}],
            "slogans": [{"text": "三会一课", "kind": "numbered"}, {"text": "七一", "kind": "quoted"},
                        {"text": "某厂整改方案", "kind": "document"}]}


def test_evaluate_on_a_small_gold(tmp_path: Path) -> None:
    _write_gold(tmp_path)
    rep = evaluate(tmp_path, [_record()], per_article=True)
    s = rep["summary"]
    assert (s["people"]["tp"], s["people"]["fp"]) == (1, 0)          # 同志 stripped, optional person free
    assert (s["titles"]["tp"], s["titles"]["fp"]) == (1, 0)          # optional person's titles ignored
    assert (s["organizations"]["tp"], s["organizations"]["fp"]) == (1, 0)
    assert s["numbers"]["f1"] == 1.0 and s["number_metric"] == {"acc": 1.0, "n": 1}
    assert (s["slogans"]["tp"], s["slogans"]["fp"], s["slogans"]["fn"]) == (1, 0, 1)
    assert s["documents"]["f1"] == 1.0
    assert s["slogans_unquoted"] == {"r": 0.5, "n": 2}
    assert s["meta_unit"]["acc"] == 1.0 and s["meta_source"]["acc"] == 1.0
    art = rep["articles"]["x01.txt"]
    assert art["slogans"]["missed"] == ["比学习、比作风、比实绩"]
    assert rep["missing_articles"] == []


def test_missing_prediction_counts_every_gold_entry_as_missed(tmp_path: Path) -> None:
    _write_gold(tmp_path)
    rep = evaluate(tmp_path, [])
    assert rep["missing_articles"] == ["x01.txt"]
    assert rep["summary"]["slogans"]["fn"] == 2 and rep["summary"]["slogans"]["r"] == 0.0


def test_cli_pred_json_and_bad_arguments(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    _write_gold(tmp_path / "gold")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(evaluate_cmd, [str(tmp_path / "gold"), "--pred", str(pred), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["summary"]["documents"]["f1"] == 1.0
    res = runner.invoke(evaluate_cmd, [str(tmp_path / "gold"), "--pred", str(pred), "--per-article"])
    assert res.exit_code == 0 and "slogans missed" in res.output and "F1" in res.output
    for args in ([str(tmp_path / "gold")],                                   # nothing to score
                 [str(tmp_path / "nope"), "--pred", str(pred)],              # no gold folder
                 [str(tmp_path / "gold"), "--pred", str(tmp_path / "x.jsonl")],
                 [str(tmp_path / "gold"), str(tmp_path), "--pred", str(pred)]):
        res = runner.invoke(evaluate_cmd, args)
        assert res.exit_code != 0
        assert "Error" in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    res = runner.invoke(evaluate_cmd, [str(tmp_path / "gold"), "--pred", str(bad)])
    assert res.exit_code != 0 and "bad.jsonl:1" in res.output
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(evaluate_cmd, [str(empty), "--pred", str(pred)])
    assert res.exit_code != 0 and "no gold files" in res.output


def test_cli_extracts_inputs_itself(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    _write_gold(tmp_path / "gold")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x01.txt").write_text(
        "某厂党委召开会议\n发布时间：2022-01-05\n\n某厂党委坚持“三会一课”，落实《某厂整改方案》，集中学习5次。\n",
        encoding="utf-8")
    res = CliRunner().invoke(evaluate_cmd, [str(tmp_path / "gold"), str(tmp_path / "in"), "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["missing_articles"] == []
    assert report["summary"]["documents"]["tp"] == 1
    assert report["summary"]["meta_date"]["acc"] == 1.0


# (b) the gate: the whole pipeline on the project's own gold articles --------

@pytest.fixture(scope="module")
def gold_report(gold_gate) -> dict:
    return gold_gate(GOLD)


def test_gold_articles_are_paired(gold_report: dict) -> None:
    assert gold_report["missing_articles"] == []


def test_gold_gate_meets_pinned_thresholds(gold_report: dict) -> None:
    pinned = json.loads((GOLD / "thresholds.json").read_text(encoding="utf-8"))
    assert set(pinned["f1"]) == {"people", "titles", "organizations", "numbers", "slogans", "documents"}
    low = below_thresholds(gold_report["summary"], pinned)
    assert not low, "; ".join(low)


def test_below_thresholds_reports_misses_and_rejects_unknown_fields() -> None:
    summary = {"slogans": {"p": 1.0, "r": 0.5, "f1": 0.667}, "meta_date": {"acc": 1.0, "n": 2}}
    assert below_thresholds(summary, {"f1": {"slogans": 0.6}, "acc": {"meta_date": 1.0}}) == []
    assert below_thresholds(summary, {"f1": {"slogans": 0.9}}) == ["slogans f1 0.667 < 0.900"]
    with pytest.raises(ValueError):
        below_thresholds(summary, {"f1": {"slogan": 0.5}})


def test_cli_thresholds_gate(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    _write_gold(tmp_path / "gold")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps({"f1": {"documents": 1.0}}), encoding="utf-8")
    high = tmp_path / "high.json"
    high.write_text(json.dumps({"f1": {"slogans": 0.9}}), encoding="utf-8")
    runner = CliRunner()
    base = [str(tmp_path / "gold"), "--pred", str(pred), "--thresholds"]
    assert runner.invoke(evaluate_cmd, base + [str(ok)]).exit_code == 0
    res = runner.invoke(evaluate_cmd, base + [str(high)])
    assert res.exit_code == 1 and "slogans f1" in res.output


# (c) agreement with the shared reference scorer ------------------------------

def test_agrees_with_shared_score_py(shared_dir: Path, tmp_path: Path) -> None:
    from reportmine.inputs import iter_inputs
    from reportmine.pipeline import analyze_file

    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "annotation" / "score.py")
    score = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(score)
    dev = shared_dir / "annotation" / "dev"
    records = [analyze_file(f).to_dict() for f in iter_inputs([dev / "texts"])]
    pred = tmp_path / "dev.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    theirs = score.score(str(dev), str(pred), True)
    ours = evaluate(dev, records, per_article=True)
    assert ours["summary"] == theirs["summary"]
    for name, art in ours["articles"].items():
        for field in ("people", "titles", "organizations", "numbers", "slogans", "documents"):
            assert (art[field]["tp"], art[field]["fp"], art[field]["fn"]) == \
                (theirs[name][field]["tp"], theirs[name][field]["fp"], theirs[name][field]["fn"]), (name, field)


@pytest.mark.parametrize("optional", [["孙小小"], [{"name": "孙小小", "titles": [], "roles": ["审核"]}]])
def test_optional_person_as_name_or_entry_is_free(tmp_path: Path, optional: list) -> None:
    # a header reviewer listed as a person entry is as optional as a bare name
    _write_gold(tmp_path)
    gold = json.loads((tmp_path / "x01.json").read_text(encoding="utf-8"))
    gold["people_optional"] = optional
    (tmp_path / "x01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    s = evaluate(tmp_path, [_record()])["summary"]
    assert (s["people"]["tp"], s["people"]["fp"]) == (1, 0)
    assert (s["titles"]["tp"], s["titles"]["fp"]) == (1, 0)
