"""People, organisations and places on a third party's annotation: the entity stage against
the PER / ORG / LOC spans of the PEYMA NER corpus (../shared/data/ner/peyma), text nobody tuned
the extractor on.

    python benchmarks/bench_entities_peyma.py [--shared ../shared] [--split test|dev] [--errors KIND]

Spans only, per mention, overlap matching (one gold span matched once). PEYMA's conventions are
not the annotation guide's: it tags every surname-only mention and foreign names as PER (so do
we), but also pronoun-free references such as "فیروزآبادی" inside organisations, and LOC covers
countries, provinces, rivers and regions, of which we report cities, provinces and countries.
Read the figures as agreement with another annotator:
- person: our person mentions vs PER;
- organisation: our organisation mentions vs ORG;
- place: our city/province/country mentions vs LOC.
Tune on ``--split dev``; report ``--split test`` (the default). Nothing of the corpus is in the
project: it is read at run time.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.components.entities import extract  # noqa: E402
from pipeline.text.normalize import normalize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peyma import sentences  # noqa: E402

KINDS = {"person": ("PER", ("person",)), "organisation": ("ORG", ("organisation",)),
         "place": ("LOC", ("city", "province", "country"))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--errors", choices=sorted(KINDS), help="list this kind's misses and extras")
    args = ap.parse_args(argv)
    path = args.shared / "data" / "ner" / "peyma" / f"{args.split}.txt"
    if not path.exists():
        print(f"PEYMA not found at {path}; nothing to benchmark")
        return 0
    counts = {k: collections.Counter() for k in KINDS}
    errors: list[str] = []
    n = 0
    t0 = time.perf_counter()
    for raw, spans in sentences(path):
        n += 1
        gold = collections.defaultdict(list)
        for s, e, tag in spans:
            gold[tag].append((s, e))
        aligned = normalize(raw)
        x = extract(aligned.text)
        for kind, (tag, ours) in KINDS.items():
            pred = [aligned.to_raw(*m.span) for m in x.mentions if m.kind in ours]
            want = gold.get(tag, [])
            used: set[int] = set()
            for s, e in pred:
                hit = next((i for i, (gs, ge) in enumerate(want) if i not in used and s < ge and gs < e), None)
                if hit is None:
                    if args.errors == kind:
                        errors.append(f"EXTRA {raw[s:e]!r} | {raw}")
                    continue
                used.add(hit)
            counts[kind].update(pred=len(pred), gold=len(want), tp=len(used))
            if args.errors == kind:
                errors += [f"MISS  {raw[gs:ge]!r} | {raw}" for i, (gs, ge) in enumerate(want) if i not in used]
    secs = time.perf_counter() - t0
    print(f"PEYMA {args.split}: {n} sentences ({secs:.1f}s)")
    print(f"   {'kind':<14}{'gold':>6}{'ours':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for kind, c in counts.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"   {kind:<14}{c['gold']:>6}{c['pred']:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    if errors:
        print("\n".join(["", "errors:"] + errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
