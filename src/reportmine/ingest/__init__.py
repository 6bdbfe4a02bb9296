"""Getting pages politely: fetch URLs, crawl sites, keep raw bytes and a manifest.

Modules: ``http`` (the polite client), ``robots`` (robots.txt), ``store``
(raw store + manifest + dedupe), ``fetch`` (one URL to one manifest line),
``sites`` (site description files), ``crawl`` (resumable site walk), ``cli``.
"""
