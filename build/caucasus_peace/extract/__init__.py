"""Per-article extraction: a pure function of (article text, its metadata, the curated files).

Each extractor returns plain row dicts with spans into the article text; the pipeline adds IDs,
merges across articles and validates. Nothing here reads files or global state, so articles can be
processed in any order, in parallel, or on a distributed engine.
"""
