"""Articles per second for the whole extract on ../shared/corpus/fars-dev.jsonl, and for the
entity component alone (normalise + the rules of newsfacts_entities).

    python benchmarks/bench_extract.py [--corpus ../shared/corpus/fars-dev.jsonl] [--limit N]

Prints figures; asserts nothing. The first figure includes building the pipeline (gazetteers
compile once per process); the component figure is measured after a warm-up.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/fars-dev.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="articles for the component timing (0: all)")
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    if not corpus.exists():
        print(f"corpus not found: {corpus} (../shared is absent?)", file=sys.stderr)
        return 2
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    if a.limit:
        texts = texts[: a.limit]
    chars = sum(len(t) for t in texts)

    from pipeline.components.entities import extract
    from pipeline.components.entities_lexicon import resources
    from pipeline.text.normalize import normalize_text

    t0 = time.perf_counter()
    res = resources(None)
    print(f"entity resources (gazetteers + lexicons) compiled in {time.perf_counter() - t0:.2f}s")
    normalised = [normalize_text(t) for t in texts]
    extract(normalised[0], (), res)  # warm-up
    t0 = time.perf_counter()
    n_people = n_orgs = n_cities = 0
    for t in normalised:
        x = extract(t, (), res)
        n_people += len(x.people)
        n_orgs += len(x.organisations)
        n_cities += len(x.cities)
    dt = time.perf_counter() - t0
    print(f"entities component: {len(normalised)} articles, {chars / 1e6:.2f}M chars in {dt:.2f}s = "
          f"{len(normalised) / dt:.1f} articles/s ({chars / dt / 1e3:.0f}k chars/s); "
          f"people {n_people}, organisations {n_orgs}, cities {n_cities}")

    try:
        from pipeline.batch import run_extract
        from pipeline.settings import Settings
    except ImportError:
        print("pipeline.batch.run_extract not available: whole-extract figure skipped")
        return 0
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        summary = run_extract([str(corpus)], Path(out) / "out", Settings(quiet=True))
        dt = time.perf_counter() - t0
    n = summary.articles_ok + summary.articles_error
    print(f"whole extract (run_extract, 1 worker): {n} articles in {dt:.2f}s = {n / dt:.1f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
