"""The `caucasus-peace` command: build, validate and serve the data package."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from caucasus_peace.errors import CaucasusPeaceError, Interrupted
from caucasus_peace.paths import REPO_ROOT, SEEDS_DIR


def _fail(message: str, code: int = 1) -> None:
    click.secho(f"error: {message}", fg="red", err=True)
    sys.exit(code)


def _interrupted(e: KeyboardInterrupt) -> None:
    signum = getattr(e, "signum", signal.SIGINT)
    if getattr(e, "published", False):
        state = "the new package had been published when it arrived"
    else:
        state = "the published package is unchanged"
    _fail(f"interrupted by {signal.Signals(signum).name}; {state}", 128 + signum)


class _Command(click.Command):
    """A command that reads a package first finishes a switch to a new package that a crash interrupted."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        root = ctx.params.get("root")
        if isinstance(root, Path):
            from caucasus_peace.outdir import recover

            recover(root)
        return super().invoke(ctx)


class _Group(click.Group):
    """Turns our errors into one clear message and a non-zero exit, never a traceback (set
    CAUCASUS_PEACE_DEBUG=1 to see it)."""

    command_class = _Command

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except CaucasusPeaceError as e:
            if os.environ.get("CAUCASUS_PEACE_DEBUG"):
                raise
            _fail(str(e))
        except KeyboardInterrupt as e:
            _interrupted(e)


def _raise_interrupted(signum: int, frame: object) -> None:
    raise Interrupted(signum)


# The package folder, for the verbs that read a built package.
root_option = click.option(
    "--root",
    type=click.Path(path_type=Path, file_okay=False),
    default=REPO_ROOT,
    show_default="the repository root",
    help="Package folder holding data/ and datapackage.json.",
)


@click.group(cls=_Group)
@click.version_option(package_name="caucasus-peace")
def main() -> None:
    """Build, validate and serve the caucasus-peace data package."""


def _progress(items: Iterable, total: int) -> Iterator:
    with click.progressbar(items, length=total, label="extracting articles", file=sys.stderr) as bar:
        yield from bar


@main.command()
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(path_type=Path),
    default=SEEDS_DIR,
    show_default="seeds/",
    help="Folder with articles/<source_id>.txt, sources.csv and the curated files.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=REPO_ROOT,
    show_default="the repository root",
    help="Where data/ and datapackage.json are written.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes for per-article extraction (with --engine dask and no --scheduler: local Dask workers).",
)
@click.option(
    "--partition/--no-partition",
    default=None,
    show_default="when the corpus has more than 5,000 articles",
    help="Also write each table's Parquet in parts, data/parquet/<table>/part-*.parquet, for big corpora.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Extract every article afresh; neither read nor write the extraction cache (OUT/.cache/caucasus-peace).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction runs: local worker processes, or Dask workers (pip install -e '.[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the Dask scheduler to use (e.g. tcp://10.0.0.5:8786); default: a local cluster.",
)
def build(
    seeds_dir: Path, out: Path, jobs: int, partition: bool | None, no_cache: bool, engine: str, scheduler: str | None
) -> None:
    """Read the seeds, extract, validate and publish data/*.csv, data/*.parquet, the SQLite database
    and datapackage.json. The previous package stays untouched unless the new one validates.

    \b
    Example:
        caucasus-peace build --jobs 2
        caucasus-peace build --seeds my-seeds --out /tmp/pkg --partition
        caucasus-peace build --engine dask --scheduler tcp://10.0.0.5:8786
    """
    # Arguments first: a wrong folder is reported at once, before the extractors are imported (seconds).
    _check_build_arguments(seeds_dir)
    if scheduler is not None and engine != "dask":
        _fail("--scheduler needs --engine dask")
    from caucasus_peace.cache import default_cache_dir
    from caucasus_peace.engines import choose_engine
    from caucasus_peace.pipeline import build as run_build

    # SIGTERM (kill, timeout, a CI runner stopping a job) is handled like Ctrl-C: staging removed, one line.
    signal.signal(signal.SIGTERM, _raise_interrupted)
    signal.signal(signal.SIGINT, _raise_interrupted)
    cache_dir = None if no_cache else default_cache_dir(out)
    with choose_engine(engine, jobs, scheduler) as extract:
        result = run_build(
            seeds_dir,
            out,
            jobs=jobs,
            progress=_progress if sys.stderr.isatty() else None,
            engine=extract,
            cache_dir=cache_dir,
            partition=partition,
        )
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    if result.reused is not None:
        click.echo(f"reused {result.reused:,} of {result.articles:,} articles from the extraction cache ({cache_dir})")
    if result.cache_problem:
        click.secho(f"warning: {result.cache_problem}", fg="yellow", err=True)
    click.echo(f"built and validated {result.out / 'datapackage.json'} ({counts})")


def _check_build_arguments(seeds_dir: Path) -> None:
    """The checks of seeds.py that need no import, with the same messages."""
    if not seeds_dir.is_dir():
        why = "it is a file" if seeds_dir.exists() else "it does not exist"
        _fail(
            f"{seeds_dir}: is not a readable seeds folder ({why}); "
            "--seeds needs a folder with articles/ and sources.csv"
        )
    if not (seeds_dir / "sources.csv").exists():
        _fail(f"{seeds_dir / 'sources.csv'}: is missing; every seeds folder needs a sources.csv")
    if not (seeds_dir / "articles").is_dir():
        _fail(f"{seeds_dir / 'articles'}: is missing; put one <source_id>.txt per article there")


def _default_package() -> Path:
    """The package in the current folder when there is one, else the repository's."""
    here = Path.cwd()
    return here if (here / "datapackage.json").is_file() else REPO_ROOT


@main.command()
@click.argument("root", type=click.Path(path_type=Path, file_okay=False), required=False)
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Seeds folder whose articles/ the spans are checked against (default: ROOT/seeds when present).",
)
@click.option(
    "--frictionless",
    "with_frictionless",
    is_flag=True,
    help="Also run Frictionless on datapackage.json (slower; the standard's own judge).",
)
def validate(root: Path | None, seeds_dir: Path | None, with_frictionless: bool) -> None:
    """Validate the written package in ROOT (default: the current folder when it holds a
    datapackage.json, else the repository): descriptor and schemas, file sizes and hashes, every cell's
    type and constraints, keys and references, spans against the article texts, Parquet and the SQLite
    database equal to the CSVs. Rows in messages are data rows, counted from 1 after the CSV header.

    \b
    Example:
        caucasus-peace validate
        caucasus-peace validate /tmp/pkg --seeds seeds --frictionless
    """
    from caucasus_peace.validate_written import check_package

    root = root if root is not None else _default_package()
    descriptor = root.resolve() / "datapackage.json"
    click.echo(f"checking {descriptor}")
    if seeds_dir is None and (root / "seeds" / "articles").is_dir():
        seeds_dir = root / "seeds"
    try:
        report = check_package(root, seeds=seeds_dir)
        problems = list(report.problems)
        if with_frictionless and report.readable:
            from caucasus_peace.validate import frictionless_problems

            problems += frictionless_problems(descriptor)
    except Exception as e:  # never a traceback: a bug here still gets one line naming the package
        _fail(f"{descriptor}: validation stopped ({type(e).__name__}: {e}); please report this")
    for note in report.notes:
        click.echo(f"note: {note}")
    if len(problems) == 1:
        _fail(problems[0])
    if problems:
        for p in problems:
            click.echo(f"  - {p}", err=True)
        _fail(f"{descriptor}: {len(problems)} problems (listed above)")
    extra = ", frictionless too" if with_frictionless else ""
    # a missing database is a note too, but it says nothing about whether the spans were checked
    if seeds_dir and not any("spans not checked" in note for note in report.notes):
        extra += f"; spans checked against {seeds_dir / 'articles'}"
    click.echo(f"{descriptor}: valid ({report.rows:,} rows in {report.seconds:.2f} s{extra})")


@main.command()
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but a loopback address (127.0.0.1, ::1, localhost) opens the site "
    "to other machines, with a warning.",
)
@root_option
def serve(port: int, host: str, root: Path) -> None:
    """Serve the package with Datasette on 127.0.0.1 (immutable, with a SQL time limit and a cap on the
    size of any value a query makes). Builds the SQLite database from the Parquet files first if it is
    missing. A port already in use is reported at once.

    \b
    Example:
        caucasus-peace serve --port 8002
        caucasus-peace serve --host 0.0.0.0   # on the local network (warns)
    """
    from caucasus_peace.serve import serve as run_serve

    sys.exit(run_serve(root, port, host))


@main.command()
def docs() -> None:
    """Regenerate what is written from schemas/, the seeds and the committed data/: the README's data
    dictionary and corpus size, and croissant.json (Croissant metadata with each file's SHA-256).
    Tests fail when any of them is stale; run it after `caucasus-peace build`.

    \b
    Example:
        caucasus-peace build && caucasus-peace docs
    """
    from caucasus_peace.docs import update_croissant, update_readme

    for name, changed in (("README.md", update_readme()), ("croissant.json", update_croissant())):
        click.echo(f"{name} {'updated' if changed else 'already up to date'}")


@main.command()
@root_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=REPO_ROOT / "dist",
    show_default="dist/",
    help="Folder for the release zip.",
)
def package(root: Path, out: Path) -> None:
    """Validate the built package and write OUT/caucasus-peace-<version>.zip, which works on its own:
    CSV, Parquet, datapackage.json, load.py (typed loading with pandas and pyarrow only), croissant.json,
    README with a Hugging Face dataset card, SQLite with the Datasette metadata, plugin and template,
    LICENSE, CITATION.cff, CHANGELOG and the docs. The zip is deterministic (sorted entries, fixed
    timestamps).

    \b
    Example:
        caucasus-peace build && caucasus-peace package
        caucasus-peace package --root /tmp/pkg --out /tmp/dist
    """
    from caucasus_peace.release import build_release

    target = build_release(root, out)
    click.echo(f"wrote {target} ({target.stat().st_size:,} bytes)")


@main.command()
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=SEEDS_DIR,
    show_default="seeds/",
    help="Seeds the package was built from: article texts for the context sentences, registry.yaml for --promote.",
)
@root_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the Markdown report to this file instead of standard output.",
)
@click.option(
    "--yaml",
    "yaml_out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write every list in full as YAML (for scripts) to this file.",
)
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Entries shown per list.")
@click.option(
    "--promote",
    "promote_ids",
    multiple=True,
    metavar="ENTITY_ID",
    help="Append this discovered entity's registry block to SEEDS/registry.yaml (repeatable); no report.",
)
def review(
    seeds_dir: Path, root: Path, out: Path | None, yaml_out: Path | None, limit: int, promote_ids: tuple[str, ...]
) -> None:
    """Review a built package: entities discovered but not in the registry (with a registry block each),
    unlinked capitalised spans that look like names, events merged at a low score or without a date.
    With --promote, add discovered entities to SEEDS/registry.yaml; the next build links their mentions.

    \b
    Example:
        caucasus-peace review --out review.md --yaml review.yaml
        caucasus-peace review --promote org-3f2a9c1d0e && caucasus-peace build
    """
    from caucasus_peace.review.collect import build_review, read_tables, read_texts

    if not seeds_dir.is_dir():
        _fail(f"{seeds_dir}: is not a seeds folder (it does not exist); pass --seeds DIR")
    for target in (t for t in (out, yaml_out) if t is not None):
        _check_report_path(target, root, seeds_dir)
    tables = read_tables(root)
    result = build_review(tables, read_texts(tables, seeds_dir))
    if promote_ids:
        _promote(result, seeds_dir, promote_ids)
        return
    from caucasus_peace.review.report import as_yaml, markdown

    text = markdown(result, str(root), limit)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
    if yaml_out is not None:
        yaml_out.write_text(as_yaml(result), encoding="utf-8")
    if out is not None or yaml_out is not None:
        click.echo(result.summary(), err=out is None)


def _check_report_path(target: Path, root: Path, seeds_dir: Path) -> None:
    """Reports go anywhere but into the published package or the seeds."""
    where = target.resolve()
    for folder, what in ((root / "data", "the published package"), (seeds_dir, "the seeds")):
        if where.is_relative_to(folder.resolve()):
            _fail(f"{target}: is inside {what} ({folder}); write the report elsewhere")
    if where == (root / "datapackage.json").resolve():
        _fail(f"{target}: is the package's descriptor; write the report elsewhere")


def _promote(result, seeds_dir: Path, ids: tuple[str, ...]) -> None:
    from caucasus_peace.review.promote import REGISTRY_FILE, promote

    for c in promote(seeds_dir, ids, result.entities):
        click.echo(f"added {c.entity_id} ({c.entity_type}: {c.name}) to {seeds_dir / REGISTRY_FILE}")
    click.echo("rebuild (caucasus-peace build) to link its mentions")


if __name__ == "__main__":
    main()
