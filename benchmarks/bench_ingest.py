"""Ingestion throughput: read a JSONL corpus through ``read_source`` N times, print figures.

    python benchmarks/bench_ingest.py [PATH] [--repeat N] [--max-chars N]

PATH defaults to ../shared/corpus/fars-dev.jsonl relative to the repository. Prints articles/s
and MB/s (input bytes) for the whole read, including page-metadata and boilerplate analysis.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

from pipeline.ingest import read_source
from pipeline.records import RawArticle

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "fars-dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--max-chars", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    if not os.path.exists(args.path):
        print(f"input not found: {args.path}", file=sys.stderr)
        return 2
    size = os.path.getsize(args.path)
    outcomes: collections.Counter[str] = collections.Counter()
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        outcomes = collections.Counter(
            "ok" if isinstance(item, RawArticle) else item.error.code
            for item in read_source(args.path, max_chars=args.max_chars)
        )
        times.append(time.perf_counter() - start)
    n = sum(outcomes.values())
    best, total = min(times), sum(times)
    print(f"input: {args.path} ({size / 1e6:.2f} MB, {n} items: {dict(outcomes)})")
    print(f"repeat: {args.repeat}  total: {total:.3f} s  best: {best:.3f} s")
    print(f"articles/s: {n * args.repeat / total:,.0f} (mean)  {n / best:,.0f} (best)")
    print(f"MB/s:       {size * args.repeat / total / 1e6:,.2f} (mean)  {size / best / 1e6:,.2f} (best)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
