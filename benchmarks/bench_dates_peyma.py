"""Date spans on a third party's annotation: the finder against the DAT (and TIM) spans of the
PEYMA NER corpus (../shared/data/ner/peyma), a set nobody tuned the finder on.

    python benchmarks/bench_dates_peyma.py [--shared ../shared] [--split test|dev|nsurl] [--errors]

Spans only: PEYMA's sentences carry no publication date, so relative expressions cannot be
valued, and its conventions are not ours (it tags durations such as "دو سال پیش" as DAT, and
times of day as TIM). Read the figures as agreement with another annotator, not as accuracy:
- recall: PEYMA DAT spans that a finder mention overlaps;
- precision: finder mentions that overlap a PEYMA DAT or TIM span;
- also the TIM spans that contain a day word ("شامگاه یکشنبه", "صبح امروز"), which the finder
  returns as dates with a time.
Tune on ``--split dev`` or ``--split nsurl`` (NSURL-2019's documents, same types, without the
sentences of PEYMA's test split); report ``--split test`` (the default). The corpus text is read at run
time; nothing of it is in the project.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.dates import find_dates  # noqa: E402
from pipeline.dates.lexicon import fold  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peyma import nsurl_sentences, sentences  # noqa: E402

_DAY_WORDS = ("امروز", "دیروز", "فردا", "امشب", "دیشب", "شنبه", "جمعه", "گذشته")


def _key(text: str) -> str:
    return "".join(fold(text).split())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--split", choices=("test", "dev", "nsurl"), default="test",
                    help="PEYMA test (report), PEYMA dev or NSURL-2019 minus PEYMA test (tune)")
    ap.add_argument("--errors", action="store_true", help="list misses and mentions PEYMA does not tag")
    args = ap.parse_args(argv)
    ner = args.shared / "data" / "ner"
    path = ner / "peyma" / f"{'test' if args.split == 'nsurl' else args.split}.txt"
    if not path.exists():
        print(f"PEYMA not found at {path}; nothing to benchmark")
        return 0
    if args.split == "nsurl":
        test = {_key(t) for t, _ in sentences(path)}
        source = nsurl_sentences(ner / "nsurl-600k", test, _key)
    else:
        source = sentences(path)
    n_sent = n_dat = dat_found = n_tim_day = tim_day_found = n_pred = pred_ok = 0
    errors: list[str] = []
    t0 = time.perf_counter()
    for text, spans in source:
        spans = [sp for sp in spans if sp[2] in ("DAT", "TIM")]
        n_sent += 1
        preds = [(m.start, m.end) for m in find_dates(text, None)]
        n_pred += len(preds)
        for s, e in preds:
            if any(s < ge and gs < e for gs, ge, _ in spans):
                pred_ok += 1
            elif args.errors:
                errors.append(f"EXTRA {text[s:e]!r} | {text}")
        for gs, ge, kind in spans:
            hit = any(s < ge and gs < e for s, e in preds)
            if kind == "DAT":
                n_dat += 1
                dat_found += hit
            elif any(w in fold(text[gs:ge]).replace("\u200c", "") for w in _DAY_WORDS):
                n_tim_day += 1
                tim_day_found += hit
            else:
                continue
            if not hit and args.errors:
                errors.append(f"MISS  {text[gs:ge]!r} ({kind}) | {text}")
    secs = time.perf_counter() - t0

    def pct(a, b):
        return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "-"

    print(f"{'NSURL-2019 minus PEYMA test' if args.split == 'nsurl' else 'PEYMA ' + args.split}: {n_sent} sentences, {n_dat} DAT spans, {n_tim_day} TIM spans with a day word")
    print(f"   recall of DAT spans            {pct(dat_found, n_dat)}")
    print(f"   recall of TIM spans with a day {pct(tim_day_found, n_tim_day)}")
    print(f"   mentions inside a DAT/TIM span {pct(pred_ok, n_pred)}")
    print(f"   {secs:.2f}s")
    if errors:
        print("\n".join(["", "errors:"] + errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
