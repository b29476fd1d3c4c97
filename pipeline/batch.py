"""Runs many articles: discovery, per-article processing (optionally in a process pool),
error isolation, linking, writing, and a summary whose counts add up.

Every input ends as exactly one ``articles.jsonl`` line per article it yields (``ok``) or per
failure (``error``): nothing is dropped silently, and one bad article never stops the batch
unless ``strict`` asks for it.
"""
from __future__ import annotations

import dataclasses
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from tqdm import tqdm

from . import __version__
from .errors import ExtractionError, NewsfactsError
from .records import SCHEMA_VERSION, ArticleFacts, ArticleRecord, ErrorInfo, InputFailure, RawArticle
from .settings import Settings


@dataclass
class Summary:
    out_dir: str
    articles_ok: int = 0
    articles_error: int = 0
    records: dict[str, int] = field(default_factory=dict)
    errors_by_code: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    aborted: bool = False

    def line(self) -> str:
        recs = ", ".join(f"{k} {v}" for k, v in self.records.items() if k != "articles")
        return (
            f"newsfacts: {self.articles_ok + self.articles_error} articles "
            f"({self.articles_ok} ok, {self.articles_error} error); {recs}; "
            f"{self.seconds:.1f}s -> {self.out_dir}"
        )


class StrictAbort(NewsfactsError):
    code = "E201"
    hint = "run without --strict to record the error and go on"


def iter_raw(inputs: Sequence[str], settings: Settings, stdin=None) -> Iterator[RawArticle | InputFailure]:
    """Every article or failure the inputs yield, ids made unique in input order."""
    from .ingest import discover, read_source

    seen: dict[str, int] = {}
    for path in discover(inputs):
        for item in read_source(path, max_chars=settings.max_chars, stdin=stdin):
            n = seen.get(item.id, 0)
            seen[item.id] = n + 1
            if n:  # the same id twice (two files of one name, a repeated JSONL id)
                item = dataclasses.replace(item, id=f"{item.id}~{n + 1}")
            yield item


def failure_record(item: InputFailure) -> ArticleRecord:
    return ArticleRecord(
        id=item.id, source=item.source, status="error", error=item.error, title=None,
        published=None, agency=None, category=None, news_id=None, text_sha256=None, counts={},
    )


def process_one(raw: RawArticle, settings: Settings) -> ArticleFacts | InputFailure:
    """Process one article; any exception becomes an E200 failure naming the article."""
    from .article import process
    from .nlp import build_nlp

    try:
        return process(raw, build_nlp(settings))
    except Exception as exc:  # a bug on one article must not cost the batch
        last = traceback.extract_tb(exc.__traceback__)[-1]
        err = ExtractionError(
            f"{type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})", source=raw.source
        )
        return InputFailure(raw.id, raw.source, ErrorInfo(**err.to_json()))


def _process_or_pass(args) -> ArticleFacts | InputFailure:
    item, settings = args
    return item if isinstance(item, InputFailure) else process_one(item, settings)


def _results(items: Iterable, settings: Settings) -> Iterator[ArticleFacts | InputFailure]:
    """Results in input order; with workers > 1 each process builds its nlp once (cached)."""
    jobs = ((item, settings) for item in items)
    if settings.workers <= 1:
        yield from map(_process_or_pass, jobs)
        return
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        yield from pool.map(_process_or_pass, jobs, chunksize=8)


def _build_or_fail(settings: Settings) -> None:
    """Build the pipeline once up front: a broken setup is one clear error, not N article errors."""
    from .errors import SetupError
    from .nlp import build_nlp

    try:
        build_nlp(settings)
    except NewsfactsError:
        raise
    except Exception as exc:
        raise SetupError(f"cannot build the pipeline: {type(exc).__name__}: {exc}",
                         hint="reinstall with `pip install -e .` and check --gazetteers") from exc


def run_extract(inputs: Sequence[str], out_dir: str | Path, settings: Settings | None = None, *, stdin=None) -> Summary:
    from .gazetteers import load_gazetteers
    from .link import link
    from .output import write_output

    settings = settings or Settings()
    started = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    gazetteers = load_gazetteers(settings.gazetteers_dir)  # fail early on a bad gazetteer
    _build_or_fail(settings)
    summary = Summary(out_dir=str(out_dir))
    facts: list[ArticleFacts] = []
    failures: list[ArticleRecord] = []
    bar = tqdm(desc="articles", unit="art", disable=settings.quiet, file=sys.stderr, dynamic_ncols=True)
    try:
        for result in _results(iter_raw(inputs, settings, stdin), settings):
            bar.update(1)
            if isinstance(result, InputFailure):
                failures.append(failure_record(result))
                summary.errors_by_code[result.error.code] = summary.errors_by_code.get(result.error.code, 0) + 1
                if settings.strict:
                    summary.aborted = True
                    break
            else:
                facts.append(result)
    finally:
        bar.close()
    linked = link(facts)
    articles = sorted([*linked.articles, *failures], key=lambda a: a.id)
    summary.articles_ok = len(linked.articles)
    summary.articles_error = len(failures)
    tables = {
        "articles": articles,
        "events": linked.events,
        "people": linked.people,
        "organisations": linked.organisations,
        "cities": linked.cities,
        "mentions": linked.mentions,
    }
    summary.records = {k: len(v) for k, v in tables.items()}
    summary.seconds = time.perf_counter() - t0
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "package_version": __version__,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "inputs": list(inputs),
        "counts": {
            "articles_ok": summary.articles_ok,
            "articles_error": summary.articles_error,
            **{k: v for k, v in summary.records.items() if k != "articles"},
        },
        "errors_by_code": dict(sorted(summary.errors_by_code.items())),
        "aborted": summary.aborted,
        "gazetteers": gazetteers.manifest(),
        "settings": settings.to_json(),
    }
    write_output(out_dir, tables, manifest)
    return summary
