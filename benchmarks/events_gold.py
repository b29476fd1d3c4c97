"""Events on the gold articles without the rest of the pipeline: prints per-article events and
event F1 (type in gold list, same article, one-to-one) and date accuracy (gold precision).

Uses pipeline.dates.find_dates and the entities component when they exist; otherwise runs on
text and publication date only. Reads ../shared at run time (nothing is copied).
Usage: python benchmarks/events_gold.py [SHARED_DIR] [-v]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.components.events import extract_events
from pipeline.records import DateValue
from pipeline.text.normalize import normalize_text


def _published(gregorian: str | None) -> DateValue | None:
    if not gregorian:
        return None
    return DateValue(gregorian, gregorian, None, "day", "gregorian", None, gregorian, "text")


def _dates(text, published):
    try:
        from pipeline.dates import find_dates
    except ImportError:
        return []
    return find_dates(text, published)


def main(argv: list[str]) -> None:
    shared = Path(argv[0]) if argv and not argv[0].startswith("-") else Path(__file__).resolve().parents[2] / "shared"
    verbose = "-v" in argv
    gold = [json.loads(l) for f in ("seeds.gold.jsonl", "fars-dev.gold.jsonl")
            for l in (shared / "gold" / f).open(encoding="utf-8")]
    corpus = {}
    for l in (shared / "corpus" / "fars-dev.jsonl").open(encoding="utf-8"):
        d = json.loads(l)
        corpus[d["id"]] = (d["title"] + "\n" + d["text"], d["published"]["gregorian"])
    tp = fp = fn = dates_ok = dates_n = 0
    for g in gold:
        src = g["source"]
        if src in corpus:
            raw, pub = corpus[src]
        else:
            raw, pub = (shared / "seeds" / src).read_text(encoding="utf-8"), g.get("published")
        text = normalize_text(raw)
        published = _published(pub)
        events, _ = extract_events(text, dates=_dates(text, published), published=published)
        gold_ev = list(g["events"])
        unmatched = list(gold_ev)
        for e in events:
            m = next((x for x in unmatched if e.type in x["type"]), None)
            if m is None:
                fp += 1
                tag = "FP"
            else:
                unmatched.remove(m)
                tp += 1
                tag = "TP"
                if m.get("date"):
                    dates_n += 1
                    gd = m["date"]
                    ok = e.date is not None and (
                        e.date.gregorian == gd["gregorian"] if gd["precision"] in ("day", "week")
                        else (e.date.jalali or e.date.gregorian).startswith(gd.get("jalali") or gd["gregorian"][:7]))
                    dates_ok += ok
                    tag += " date-ok" if ok else f" date-BAD({e.date.gregorian if e.date else None} vs {gd['gregorian']})"
            if verbose:
                print(f"  {src[:22]:22} {tag:8} {e.type:12} {e.status:7} {e.label!r} date={e.date.gregorian if e.date else None} venue={e.venue!r}")
        fn += len(unmatched)
        if verbose:
            for x in unmatched:
                print(f"  {src[:22]:22} FN       {x['type']} {x['trigger']!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"events: tp={tp} fp={fp} fn={fn} P={p:.3f} R={r:.3f} F1={f1:.3f}")
    print(f"event dates: {dates_ok}/{dates_n} = {dates_ok / dates_n if dates_n else 0:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
