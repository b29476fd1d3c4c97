"""The articles of ../shared the date finder takes longest on, to catch a pattern that backtracks.

A rule that reads "a few words after a date" can, written carelessly, try every way of splitting a
scraped run of hundreds of ZWNJs into words: the written sets never have such runs, fars-dev does
(round 375 made one article take over five seconds, seen only because the snapshot stalled). This
times ``find_dates`` on every fars-dev article and every text of the checked NER corpora, and prints
the total and the slowest ones:

    python benchmarks/dates_slowest.py --shared ../shared --top 10
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_dates_ner  # noqa: E402
from pipeline.dates import find_dates, parse_published  # noqa: E402


def texts(shared: Path):
    """(source, text, published) for every text the snapshot reads."""
    with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield f"fars-dev:{rec.get('id', '')}", rec["text"], parse_published(rec["published"])
    for corpus in sample_dates_ner.CHECKED_CORPORA:
        if not (shared / "data" / "ner" / sample_dates_ner.CORPORA[corpus][0]).exists():
            print(f"{corpus}: not under {shared}, left out", file=sys.stderr)
            continue
        pub = parse_published(sample_dates_ner.CORPORA[corpus][2])
        for i, text in enumerate(sample_dates_ner.texts(shared, corpus)):
            yield f"{corpus}:{i}", text, pub


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args(argv)
    if not (args.shared / "corpus" / "fars-dev.jsonl").exists():
        print(f"no corpus under {args.shared}", file=sys.stderr)
        return 2
    timed = []
    for source, text, pub in texts(args.shared):
        t0 = time.perf_counter()
        find_dates(text, pub)
        timed.append((time.perf_counter() - t0, source, len(text)))
    total = sum(t for t, _, _ in timed)
    chars = sum(n for _, _, n in timed)
    print(f"{len(timed)} texts, {chars:,} characters, {total:.1f} s ({chars / total:,.0f} characters/s)")
    for t, source, n in sorted(timed, reverse=True)[:args.top]:
        print(f"  {t * 1000:8.1f} ms  {n:6,} chars  {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
