"""Every date the finder reads in the unannotated text of ../shared, one line each, to diff.

The date sets score the finder on sentences someone annotated; most of fars-dev and of the NER
corpora is not annotated, so a change can move dates there unseen. This script writes every
date found in fars-dev and in the NER corpora (NSURL left out: large, and never tuned on) with
its value and context, so that a change's effect on all that text can be read as a diff:

    python benchmarks/dates_snapshot.py --out /tmp/before.dates     # before the change
    python benchmarks/dates_snapshot.py --out /tmp/after.dates      # after it
    python benchmarks/dates_snapshot.py --diff /tmp/before.dates /tmp/after.dates

A line: ``F|N source offset 'text' (gregorian, gregorian_end, precision) | context``; F is
fars-dev (source = the article id), N a NER corpus (source = corpus:sentence index)."""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_dates_ner  # noqa: E402
from pipeline.dates import find_dates, parse_published  # noqa: E402

CONTEXT = 60


def _lines(tag: str, source: str, text: str, published):
    for m in find_dates(text, published):
        v = m.value
        ctx = text[max(0, m.start - CONTEXT):m.end + CONTEXT].replace("\n", " ")
        value = v and (v.gregorian, v.gregorian_end, v.precision)
        yield f"{tag} {source} {m.start} {m.text!r} {value} | {ctx}"


def snapshot(shared: Path) -> list[str]:
    out = []
    with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.extend(_lines("F", rec.get("id", ""), rec["text"], parse_published(rec["published"])))
    for corpus in sample_dates_ner.CHECKED_CORPORA:
        pub = parse_published(sample_dates_ner.CORPORA[corpus][2])
        for i, text in enumerate(sample_dates_ner.texts(shared, corpus)):
            out.extend(_lines("N", f"{corpus}:{i}", text, pub))
    return out


def diff(before: Path, after: Path) -> list[str]:
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    return [d for d in difflib.unified_diff(a, b, lineterm="", n=0)
            if d[:1] in "+-" and not d.startswith(("+++", "---"))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="write the snapshot here")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                    help="print the dates gained (+) and lost (-) between two snapshots")
    args = ap.parse_args(argv)
    if args.diff:
        changed = diff(*args.diff)
        print("\n".join(changed))
        print(f"{sum(d[0] == '-' for d in changed)} lines lost, {sum(d[0] == '+' for d in changed)} gained")
        return 0
    if not args.out:
        ap.error("give --out FILE or --diff BEFORE AFTER")
    lines = snapshot(args.shared)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} dates ({sum(x[0] == 'F' for x in lines)} in fars-dev) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
