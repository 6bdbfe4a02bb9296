"""``reportmine fetch`` and ``reportmine crawl``: thin shells over ``Fetcher`` and ``Crawler``.

Progress goes to stderr, one line per URL (``--quiet`` hides it); the last
line is always the summary. Exit status: 0 when nothing failed, 1 when some
URL or list page failed (unreachable host, HTTP error, size limit...), 2 for
bad arguments.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from reportmine.ingest.http import DEFAULT_USER_AGENT, FetchOptions, default_user_agent


def _options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Politeness options shared by fetch and crawl."""
    opts = [
        click.option("--raw-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Raw store folder (default: data/raw under the project root)."),
        click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Seconds between two requests to the same host (robots Crawl-delay wins if larger)."),
        click.option("--user-agent", default=None,
                     help="User-Agent header; put your contact in it (default: $REPORTMINE_USER_AGENT or "
                          f"{DEFAULT_USER_AGENT!r})."),
        click.option("--timeout", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
                     help="Connect/read timeout per attempt, seconds."),
        click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                     help="Extra attempts after 429, 5xx, timeouts and dropped connections."),
        click.option("--backoff", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="First retry wait in seconds; doubles each attempt (Retry-After wins if longer)."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
                     help="Largest response body accepted; bigger ones are cut off and count as failed."),
        click.option("--max-redirects", type=click.IntRange(min=0), default=5, show_default=True),
        click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True,
                     help="Requests in flight at once (never more than one per host)."),
        click.option("-q", "--quiet", is_flag=True, help="Print only the summary line."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _fetch_options(kw: dict[str, Any]) -> FetchOptions:
    if not kw["quiet"] and (kw["user_agent"] or default_user_agent()) == DEFAULT_USER_AGENT:
        click.echo("note: the User-Agent carries a placeholder contact; set --user-agent or "
                   "$REPORTMINE_USER_AGENT to your project page or e-mail", err=True)
    return FetchOptions(user_agent=kw["user_agent"] or default_user_agent(), delay=kw["delay"],
                        timeout=kw["timeout"], retries=kw["retries"], backoff=kw["backoff"],
                        max_bytes=kw["max_bytes"], max_redirects=kw["max_redirects"],
                        concurrency=kw["concurrency"])


def _raw_dir(raw_dir: Path | None) -> Path:
    from reportmine import config

    return raw_dir if raw_dir is not None else config.raw_dir()


def _log(quiet: bool) -> Callable[[str], None]:
    return (lambda msg: None) if quiet else (lambda msg: click.echo(msg, err=True))


def _finish(summary: Any, extra: str = "") -> None:
    click.echo(summary.line() + extra, err=True)
    if summary.failed:
        click.echo(f"error: {summary.failed} URL(s) failed; first: {summary.errors[0]}", err=True)
        sys.exit(1)


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@_options
def fetch_cmd(urls: tuple[str, ...], **kw: Any) -> None:
    """Fetch URLs politely into the raw store (robots.txt, delays, conditional GET)."""
    from reportmine.ingest.fetch import Fetcher
    from reportmine.ingest.http import FetchError, check_url

    for u in urls:
        try:
            check_url(u)
        except FetchError as exc:
            raise click.BadParameter(str(exc), param_hint="URLS") from None
    with Fetcher(_raw_dir(kw["raw_dir"]), _fetch_options(kw), log=_log(kw["quiet"])) as fetcher:
        try:
            fetcher.fetch_many(urls)
        except KeyboardInterrupt:
            click.echo("interrupted; what was fetched is in the manifest", err=True)
            _finish(fetcher.summary)
            sys.exit(130)
        _finish(fetcher.summary)


@click.command("crawl")
@click.argument("site")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="List pages to walk per start URL (default: the site file's max_pages).")
@click.option("--max-articles", type=click.IntRange(min=1), default=None,
              help="Fetch at most this many articles now; the next run resumes.")
@click.option("--refresh", is_flag=True,
              help="Re-check stored articles with conditional GET instead of skipping them.")
@_options
def crawl_cmd(site: str, max_pages: int | None, max_articles: int | None, refresh: bool, **kw: Any) -> None:
    """Crawl SITE (a name from resources/sites or a path to a site .json file), resumably."""
    from reportmine.ingest.crawl import Crawler
    from reportmine.ingest.fetch import Fetcher
    from reportmine.ingest.sites import SiteError, load_site

    try:
        spec = load_site(site)
    except SiteError as exc:
        raise click.BadParameter(str(exc), param_hint="SITE") from None
    log = _log(kw["quiet"])
    with Fetcher(_raw_dir(kw["raw_dir"]), _fetch_options(kw), log=log) as fetcher:
        crawler = Crawler(spec, fetcher, max_pages=max_pages, max_articles=max_articles, refresh=refresh, log=log)
        try:
            result = crawler.run()
        except KeyboardInterrupt:
            click.echo(f"interrupted; run the same command again to resume (state: {crawler.state_path})", err=True)
            _finish(fetcher.summary)
            sys.exit(130)
        extra = f"; {result.list_pages} list page(s), {result.articles_found} article link(s)"
        if not result.finished:
            extra += "; stopped early, run again to resume"
        _finish(result.summary, extra)
