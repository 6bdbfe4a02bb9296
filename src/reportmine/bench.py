"""``reportmine bench``: throughput and memory of the whole path against plain jieba.

What is measured, in one run, on N articles generated from the sample corpus
(``reportmine.batch.synth``, fixed seed):

- our full path, ``reportmine run`` in one process on a fresh cache (read,
  parse, extract, tables and comparisons, which segment with the pipeline's
  segmenter, and the writes): articles/s, characters/s, peak memory. Each
  run is made in a fresh interpreter, after an untimed warm-up on a few
  articles (as jieba's dictionary is loaded before its clock starts), so its
  peak memory is that of a user's ``reportmine run``;
- ``jieba.lcut`` (precise mode, default dictionary initialised before the
  clock starts) over the same articles' plain text (our path also parses the
  HTML pages among them), and the ratio of our time to jieba's;
- the same run with ``--jobs`` processes: the speedup over one; and, beside
  it, the speedup the machine itself gives ``--jobs`` processes of plain
  Python work that shares nothing (``machine_speedup``), so a shortfall can be
  told apart from a busy or small machine;
- time per article on a smaller corpus (500) against N, to show it is flat: in
  the extraction phase (the work per article) and over the whole run (whose
  comparison step has a quadratic part). The smaller corpus is every (N/500)th
  article, so it has the mix of the whole one (HTML and text, long and short
  reports); the time per 1,000 characters is printed beside it, which the
  remaining difference in mean length does not move;
- how often ``Segmenter('rjieba')`` agrees with ``Segmenter('jieba')`` on our
  texts (token-boundary F1, identical sentences), and how fast each is;
  the figure on which the default backend in ``nlp/segment.py`` was chosen.

Benchmarks are reported, never asserted: timings depend on the machine.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import click

#: articles each measuring process runs first, untimed, to load lexicons and compile patterns
WARM_ARTICLES = 200
_SENT_SPLIT = re.compile(r"(?<=[。！？；!?;])|\n")


@dataclass
class Agreement:
    """rjieba against our jieba tokenizer over a set of texts."""

    texts: int = 0
    chars: int = 0
    boundary_f1: float = 0.0
    precision: float = 0.0
    recall: float = 0.0
    sentences: int = 0
    sentences_identical: float = 0.0
    jieba_chars_per_s: float = 0.0
    rjieba_chars_per_s: float = 0.0
    #: the same figures for a private ``rjieba.Jieba`` given the domain words
    domain_boundary_f1: float = 0.0
    domain_sentences_identical: float = 0.0


def spread_sample(n: int, k: int) -> list[int]:
    """``k`` indices spread evenly over ``range(n)``: a sample with the mix of the
    whole sequence, where its first ``k`` would carry whatever drifts along it."""
    k = max(0, min(k, n))
    return [i * n // k for i in range(k)] if k else []


def _boundaries(words: list[str]) -> set[int]:
    out, pos = set(), 0
    for w in words[:-1]:
        pos += len(w)
        out.add(pos)
    return out


def _rjieba_with_domain_words():
    """A private rjieba tokenizer that knows resources/userdict.txt, as our jieba one does."""
    import rjieba

    from reportmine.nlp.segment import domain_words

    tok = rjieba.Jieba()
    for word, freq, tag in domain_words():
        tok.add_word(word, freq, tag)
    return tok


def segmenter_agreement(texts: list[str]) -> Agreement:
    """Token-boundary precision/recall/F1 of rjieba taking our jieba tokenizer as reference.

    Measured twice: ``Segmenter('rjieba')`` as the pipeline would use it, and
    rjieba given the same domain words as our jieba tokenizer.
    """
    from reportmine.nlp.segment import Segmenter

    ref, alt = Segmenter("jieba"), Segmenter("rjieba")
    ref.cut("预热"), alt.cut("预热")
    a = Agreement(texts=len(texts), chars=sum(map(len, texts)))
    dom = _rjieba_with_domain_words()
    d_tp = d_n = d_same = 0
    t_ref = t_alt = 0.0
    tp = n_ref = n_alt = 0
    same = total = 0
    for text in texts:
        t0 = time.perf_counter()
        r = ref.cut(text)
        t1 = time.perf_counter()
        s = alt.cut(text)
        t_alt += time.perf_counter() - t1
        t_ref += t1 - t0
        br, bs = _boundaries(r), _boundaries(s)
        tp += len(br & bs)
        n_ref += len(br)
        n_alt += len(bs)
        bd = _boundaries(list(dom.cut(text)))
        d_tp += len(br & bd)
        d_n += len(bd)
        for sent in _SENT_SPLIT.split(text):
            if sent.strip():
                total += 1
                words = ref.cut(sent)
                same += words == alt.cut(sent)
                d_same += words == list(dom.cut(sent))
    a.precision = tp / n_alt if n_alt else 1.0
    a.recall = tp / n_ref if n_ref else 1.0
    a.boundary_f1 = 2 * a.precision * a.recall / (a.precision + a.recall) if a.precision + a.recall else 0.0
    a.sentences, a.sentences_identical = total, (same / total if total else 1.0)
    dp, dr = (d_tp / d_n if d_n else 1.0), a.recall if not n_ref else d_tp / n_ref
    a.domain_boundary_f1 = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
    a.domain_sentences_identical = d_same / total if total else 1.0
    a.jieba_chars_per_s = a.chars / t_ref if t_ref else 0.0
    a.rjieba_chars_per_s = a.chars / t_alt if t_alt else 0.0
    return a


def corpus_texts(dirs: list[Path]) -> list[str]:
    """Cleaned bodies of the articles in ``dirs`` (missing folders are skipped)."""
    from reportmine.inputs import iter_inputs
    from reportmine.parse import parse_bytes

    texts = []
    for d in dirs:
        if not d.is_dir():
            continue
        for p in iter_inputs([d]):
            try:
                text = parse_bytes(p.read_bytes(), name=str(p)).text
            except Exception:  # noqa: BLE001
                continue
            if text.strip():
                texts.append(text)
    return texts


@dataclass
class BenchResult:
    articles: int = 0
    repeat: int = 1
    chars: int = 0  # plain text of the articles (what jieba segments)
    html_pages: int = 0  # articles written as HTML pages (the rest are pasted text)
    input_bytes: int = 0  # size of the files our path reads and parses
    seconds_ours: float = 0.0
    phases_ours: dict[str, float] = field(default_factory=dict)
    seconds_jieba: float = 0.0
    articles_per_s: float = 0.0
    chars_per_s: float = 0.0
    jieba_chars_per_s: float = 0.0
    ratio_to_jieba: float = 0.0
    jobs: int = 2
    seconds_jobs: float = 0.0
    phases_jobs: dict[str, float] = field(default_factory=dict)
    speedup: float = 0.0
    extract_speedup: float = 0.0
    #: single-process extraction CPU / busiest worker's extraction CPU: the
    #: speedup an otherwise idle machine gives (wall clock suffers from other load)
    cpu_speedup: float = 0.0
    #: ``jobs`` processes of pure-Python work against the same work in one, fastest of the repeats:
    #: the ceiling this machine offers at the time of the run
    machine_speedup: float = 0.0
    peak_mb_main: float = 0.0  # a fresh process running the N articles, as ``reportmine run``
    peak_mb_main_after_warmup: float = 0.0  # the timed run's process (its warm-up run's leftovers included)
    seconds_cold: float = 0.0  # the fresh process's run, lexicons loaded on the way (not the timed figure)
    peak_mb_worker: float = 0.0
    small_n: int = 0
    ms_per_article_small: float = 0.0
    ms_per_article_full: float = 0.0
    per_article_change: float = 0.0
    #: the same for the whole run (tables and comparisons included, whose similarity grows with n²)
    ms_per_article_small_run: float = 0.0
    ms_per_article_full_run: float = 0.0
    per_article_change_run: float = 0.0
    #: the same by CPU time, which other load on a shared machine does not inflate
    cpu_ms_per_article_small: float = 0.0
    cpu_ms_per_article_full: float = 0.0
    cpu_per_article_change: float = 0.0
    #: extraction time per 1,000 characters of text at both sizes (the same check, with the
    #: samples' mean article length taken out)
    ms_per_kchar_small: float = 0.0
    ms_per_kchar_full: float = 0.0
    per_kchar_change: float = 0.0
    small_chars: int = 0
    cpu_seconds_ours: float = 0.0
    cpu_seconds_jieba: float = 0.0
    cpu_ratio_to_jieba: float = 0.0
    #: parse + extract + cache write only (no tables), CPU time against jieba's
    cpu_ratio_extract_to_jieba: float = 0.0
    segmenter: str = ""
    agreement: dict[str, Any] = field(default_factory=dict)
    failures: int = 0


@dataclass
class Measured:
    """What one measured run reports back from its own process (no tables: they stay there)."""

    seconds: float
    timings: dict[str, float]
    cpu: float  # CPU seconds of the measuring process during the run (the pool's workers not included)
    maxrss_kb: int  # peak resident memory of that process, warm-up included
    worker_maxrss_kb: int
    cpu_by_process: dict[int, float]
    failures: int


def _measure(corpus: str, warm: str | None, work: str, name: str, jobs: int) -> Measured:
    """One run as ``reportmine run`` makes it, in the process this is called in: a
    warm-up on a few articles (lexicons, patterns, imports), then the timed run;
    without ``warm``, the run alone, as a user's command makes it."""
    import logging

    from reportmine.batch.runner import run_batch

    logging.getLogger("reportmine").setLevel(logging.WARNING)
    os.environ.setdefault("TQDM_DISABLE", "1")
    w = Path(work)
    if warm is not None:
        run_batch(warm, w / f"out_{name}_warm", cache_dir=w / f"cache_{name}_warm", jobs=1, progress=False,
                  formats=("parquet",))
    cpu0 = time.process_time()
    r = run_batch(corpus, w / f"out_{name}", cache_dir=w / f"cache_{name}", jobs=jobs, progress=False,
                  formats=("parquet",))
    cpu = time.process_time() - cpu0
    return Measured(r.seconds, r.timings, cpu, r.maxrss_kb, r.worker_maxrss_kb, r.cpu_by_process, len(r.failures))


def _run(corpus: Path, warm: Path | None, work: Path, name: str, jobs: int) -> Measured:
    """``_measure`` in a fresh interpreter: its peak memory is the run's own, not the
    benchmark's (which holds jieba's dictionary and the texts), as a user's run would be."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_measure, str(corpus), None if warm is None else str(warm), str(work), name,
                           jobs).result()


def _spin(n: int) -> float:
    """Plain Python work (no I/O, nothing shared); returns its own wall-clock seconds."""
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x = (x + i * i) % 1_000_003
    return time.perf_counter() - t0


def machine_speedup(jobs: int, n: int = 2_000_000) -> float:
    """How much faster ``jobs`` processes do ``jobs`` units of pure-Python work than one process.

    On an idle machine with ``jobs`` free cores this is close to ``jobs``;
    hyper-threads, CPU quotas and other load lower it. The processes are
    started before the clock, as the runner's pool is.
    """
    from concurrent.futures import ProcessPoolExecutor

    from reportmine.batch.runner import _mp_context

    t0 = time.perf_counter()
    for _ in range(jobs):
        _spin(n)
    serial = time.perf_counter() - t0
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context()) as pool:
        list(pool.map(_spin, [1] * jobs))  # start the workers
        t0 = time.perf_counter()
        list(pool.map(_spin, [n] * jobs))
        parallel = time.perf_counter() - t0
    return serial / parallel if parallel > 0 else 0.0


def _mb(kb: int) -> float:
    return kb / 1024.0


def run_bench(n: int, source: Path, jobs: int = 2, seed: int = 0, small: int = 500,
              shared: Path | None = None, work: Path | None = None, repeat: int = 2) -> BenchResult:
    """Generate the corpus, time every path, measure agreement; see the module docstring."""
    import logging

    from reportmine.batch.synth import generate, load_samples, write_generated
    from reportmine.nlp.segment import get_segmenter

    logging.getLogger("reportmine").setLevel(logging.WARNING)
    samples = load_samples(source)
    own_tmp = work is None
    work = Path(tempfile.mkdtemp(prefix="reportmine-bench-")) if work is None else Path(work)
    try:
        corpus = work / "corpus"
        generated = generate(samples, n, seed)
        files = write_generated(generated, corpus)
        small = max(1, min(small, n // 4 or 1))
        small_dir = work / "corpus_small"
        small_dir.mkdir(exist_ok=True)
        picked = spread_sample(n, small)
        for i in picked:
            shutil.copyfile(files[i], small_dir / files[i].name)
        # jieba gets each article's plain text (header, title, paragraphs), not the
        # markup of its page: the same text, without the parsing we must do
        texts = [g.text for g in generated]
        res = BenchResult(articles=n, chars=sum(map(len, texts)), jobs=jobs, small_n=small, repeat=repeat,
                          small_chars=sum(len(texts[i]) for i in picked),
                          html_pages=sum(1 for g in generated if g.name.endswith(".html")),
                          input_bytes=sum(len(g.data) for g in generated))
        res.segmenter = get_segmenter().backend

        warm_dir = work / "corpus_warm"
        warm_dir.mkdir(exist_ok=True)
        for f in files[:WARM_ARTICLES]:
            shutil.copyfile(f, warm_dir / f.name)
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()

        # Each measurement is repeated, interleaved, and the fastest kept: on a
        # shared machine other load only ever makes a run slower.
        best: dict[str, tuple[Any, float]] = {}
        jieba_wall = jieba_cpu = float("inf")
        for i in range(max(1, repeat)):
            for key, folder, n_jobs in (("one", corpus, 1), ("small", small_dir, 1), ("many", corpus, jobs)):
                run = _run(folder, warm_dir, work, f"{key}{i}", n_jobs)
                if key not in best or run.seconds < best[key][0].seconds:
                    best[key] = (run, run.cpu)
            t0, cpu0 = time.perf_counter(), time.process_time()
            for t in texts:
                jieba.lcut(t)
            jieba_wall = min(jieba_wall, time.perf_counter() - t0)
            jieba_cpu = min(jieba_cpu, time.process_time() - cpu0)
            res.machine_speedup = max(res.machine_speedup, machine_speedup(jobs))
        (one, one_cpu), (little, _), (many, _) = best["one"], best["small"], best["many"]

        res.cpu_seconds_ours = one_cpu
        res.seconds_ours, res.phases_ours = one.seconds, one.timings
        res.failures = one.failures
        # peak memory as a user's ``reportmine run`` has it: a fresh process, no warm-up run
        # before it (whose leftovers would count too)
        cold = _run(corpus, None, work, "cold", 1)
        res.peak_mb_main = _mb(cold.maxrss_kb)
        res.peak_mb_main_after_warmup = _mb(one.maxrss_kb)
        res.seconds_cold = cold.seconds
        res.articles_per_s = n / one.seconds
        res.chars_per_s = res.chars / one.seconds

        res.seconds_jobs, res.phases_jobs = many.seconds, many.timings
        res.speedup = one.seconds / many.seconds if many.seconds else 0.0
        res.extract_speedup = one.timings["extract"] / many.timings["extract"] if many.timings["extract"] else 0.0
        res.peak_mb_worker = _mb(many.worker_maxrss_kb)
        busiest = max(many.cpu_by_process.values(), default=0.0)
        res.cpu_speedup = sum(one.cpu_by_process.values()) / busiest if busiest else 0.0

        res.ms_per_article_small = 1000 * little.timings["extract"] / small
        res.ms_per_article_full = 1000 * one.timings["extract"] / n
        res.per_article_change = res.ms_per_article_full / res.ms_per_article_small - 1
        res.ms_per_article_small_run = 1000 * little.seconds / small
        res.ms_per_article_full_run = 1000 * one.seconds / n
        res.per_article_change_run = res.ms_per_article_full_run / res.ms_per_article_small_run - 1
        res.cpu_ms_per_article_small = 1000 * sum(little.cpu_by_process.values()) / small
        res.cpu_ms_per_article_full = 1000 * sum(one.cpu_by_process.values()) / n
        res.cpu_per_article_change = res.cpu_ms_per_article_full / res.cpu_ms_per_article_small - 1
        res.ms_per_kchar_small = 1e6 * little.timings["extract"] / res.small_chars
        res.ms_per_kchar_full = 1e6 * one.timings["extract"] / res.chars
        res.per_kchar_change = res.ms_per_kchar_full / res.ms_per_kchar_small - 1

        res.seconds_jieba, res.cpu_seconds_jieba = jieba_wall, jieba_cpu
        res.cpu_ratio_to_jieba = res.cpu_seconds_ours / res.cpu_seconds_jieba if res.cpu_seconds_jieba else 0.0
        res.cpu_ratio_extract_to_jieba = (sum(one.cpu_by_process.values()) / res.cpu_seconds_jieba
                                          if res.cpu_seconds_jieba else 0.0)
        res.jieba_chars_per_s = res.chars / res.seconds_jieba
        res.ratio_to_jieba = res.seconds_ours / res.seconds_jieba

        dev = [source] + ([shared / "annotation" / "dev" / "texts"] if shared else [])
        res.agreement = asdict(segmenter_agreement(corpus_texts(dev)))
        return res
    finally:
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)


def format_result(r: BenchResult) -> str:
    """The human summary (one figure a line, targets in brackets)."""
    a = r.agreement
    p = r.phases_ours
    lines = [
        f"corpus: {r.articles} generated articles ({r.html_pages} HTML pages, {r.articles - r.html_pages} pasted text; "
        f"{r.input_bytes / 1e6:.1f} MB), {r.chars} characters of text; fastest of {r.repeat} run(s) each",
        f"ours (1 process, full run): {r.seconds_ours:.2f}s = {r.articles_per_s:.1f} articles/s, "
        f"{r.chars_per_s / 1e6:.3f} M chars/s  [extract {p.get('extract', 0):.2f}s, tables {p.get('tables', 0):.2f}s, "
        f"write {p.get('write', 0):.2f}s, plan {p.get('plan', 0):.2f}s]",
        f"jieba.lcut (precise, same texts): {r.seconds_jieba:.2f}s = {r.jieba_chars_per_s / 1e6:.3f} M chars/s",
        f"ratio ours/jieba: {r.ratio_to_jieba:.2f} wall clock, {r.cpu_ratio_to_jieba:.2f} by CPU time "
        f"({r.cpu_seconds_ours:.2f}s vs {r.cpu_seconds_jieba:.2f}s); parse+extract alone {r.cpu_ratio_extract_to_jieba:.2f}"
        f"  [target <= 1.0]",
        f"--jobs {r.jobs}: {r.seconds_jobs:.2f}s, speedup {r.speedup:.2f}x over one job "
        f"(extraction phase {r.extract_speedup:.2f}x; by CPU time {r.cpu_speedup:.2f}x)  [target >= 1.7]; "
        f"this machine gives {r.jobs} processes of plain Python work {r.machine_speedup:.2f}x",
        f"peak memory: main process {r.peak_mb_main:.0f} MB (a fresh `reportmine run`; {r.peak_mb_main_after_warmup:.0f} MB "
        f"in the timed process, after its warm-up run), largest child process of --jobs {r.jobs} {r.peak_mb_worker:.0f} MB "
        f"(pool workers, forked comparison steps)  [target <= 400]",
        f"cold run (fresh process, lexicons loaded during the run; one run, not the fastest of several): "
        f"{r.seconds_cold:.2f}s",
        f"time per article: {r.ms_per_article_small:.2f} ms at {r.small_n}, {r.ms_per_article_full:.2f} ms at "
        f"{r.articles} ({r.per_article_change:+.0%}); CPU {r.cpu_ms_per_article_small:.2f} vs "
        f"{r.cpu_ms_per_article_full:.2f} ms ({r.cpu_per_article_change:+.0%})  [target within +-15%]; "
        f"whole run with tables: {r.ms_per_article_small_run:.2f} vs {r.ms_per_article_full_run:.2f} ms "
        f"({r.per_article_change_run:+.0%}); small corpus: every {r.articles // max(r.small_n, 1)}th article",
        f"time per 1,000 characters (extraction phase): {r.ms_per_kchar_small:.2f} ms at {r.small_n} articles, "
        f"{r.ms_per_kchar_full:.2f} ms at {r.articles} ({r.per_kchar_change:+.0%})",
        f"segmenter agreement rjieba vs jieba: boundary F1 {a.get('boundary_f1', 0):.4f} "
        f"(P {a.get('precision', 0):.4f}, R {a.get('recall', 0):.4f}), sentences identical "
        f"{a.get('sentences_identical', 0):.1%} of {a.get('sentences', 0)} over {a.get('texts', 0)} texts; "
        f"speed jieba {a.get('jieba_chars_per_s', 0) / 1e6:.2f} vs rjieba {a.get('rjieba_chars_per_s', 0) / 1e6:.2f} M chars/s",
        f"rjieba given the domain words (resources/userdict.txt): boundary F1 {a.get('domain_boundary_f1', 0):.4f}, "
        f"sentences identical {a.get('domain_sentences_identical', 0):.1%}",
        f"pipeline segmenter: {r.segmenter}",
    ]
    if r.failures:
        lines.append(f"failures during the run: {r.failures}")
    return "\n".join(lines)


@click.command("bench")
@click.option("-n", "--articles", type=click.IntRange(min=4), default=2000, show_default=True,
              help="Generated articles to time.")
@click.option("--source", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Sample corpus to recombine (default: data/raw).")
@click.option("-j", "--jobs", type=click.IntRange(min=2), default=2, show_default=True,
              help="Processes for the speedup figure.")
@click.option("--small", type=click.IntRange(min=1), default=500, show_default=True,
              help="Smaller corpus for the per-article time comparison (at most N/4).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Runs of each measurement; the fastest counts (other load only slows a run).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the figures as JSON.")
def bench_cmd(articles: int, source: Path | None, jobs: int, small: int, seed: int, repeat: int,
              json_out: Path | None) -> None:
    """Throughput, memory and scaling of the whole path against plain jieba segmentation."""
    from reportmine.config import project_root, raw_dir

    source = source or raw_dir()
    if not source.is_dir():
        raise click.BadParameter(f"no such folder: {source}", param_hint="--source")
    shared = project_root().parent / "shared"
    os.environ.setdefault("TQDM_DISABLE", "1")
    try:
        res = run_bench(articles, source, jobs=jobs, seed=seed, small=small,
                        shared=shared if shared.is_dir() else None, repeat=repeat)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_result(res))
    if json_out:
        from reportmine.io import write_text

        write_text(json_out, json.dumps(asdict(res), ensure_ascii=False, indent=2) + "\n")
