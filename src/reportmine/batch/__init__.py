"""Batch runs over a folder of raw articles: incremental, parallel, restartable.

``reportmine run`` extracts only what changed since the last run (new raw
bytes or new extraction code/lexicons), caches one result file per article
under data/interim, and rebuilds the tables in data/processed from those
results. Every file is written atomically, so a killed run loses nothing and
the next run finishes the job.
"""
