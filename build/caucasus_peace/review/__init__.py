"""The curation loop: what a reviewer should look at in a built package, and promotion into the registry.

`collect.build_review(tables, texts)` is a pure function of the package's tables (rows as plain dicts, as the build
and the Parquet files give them) and the article texts. `caucasus-peace review` renders it (report), the
SQLite database carries it as the review_* tables of the Datasette site (database), and
`caucasus-peace review --promote ID` appends a discovered entity to seeds/registry.yaml (promote).
"""
