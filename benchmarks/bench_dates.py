"""Date finder benchmark: newsfacts vs dateparser vs parstdex on hand-checked corpus sentences.

The gold set (benchmarks/data/dates_gold.jsonl) stores only offsets: each line is a sentence
``{"article_id", "start", "end"}`` of ../shared/corpus/fars-dev.jsonl (raw text) and its
expected dates ``{"start", "end" (relative to the sentence), "form", "gregorian",
"gregorian_end", "precision", "source"[, "time"]}``; the text and the publication date are read
from the corpus at run time, so no article text is in the project.

Scoring: a prediction matches a gold date when their spans overlap (each gold date matched at
most once). Precision = matched predictions / predictions; recall = matched gold / gold; value
accuracy = gold dates whose matched prediction has the same interval (gregorian ..
gregorian_end) and precision / all gold dates. dateparser gives one datetime, read as a day;
parstdex (1.3.1) gives spans only, so it has no value accuracy.

    python benchmarks/bench_dates.py [--shared ../shared] [--gold PATH] [--no-baselines]
    python benchmarks/bench_dates.py --all       # every gold set, one line each
    python benchmarks/bench_dates.py --glued     # the dates again, digits glued to letters, ZWNJ dropped
    python benchmarks/bench_dates.py --stress    # time on long runs with no sentence end (linear?)

``--gold`` scores another gold file of the same schema, e.g. the blind set
benchmarks/data/dates_blind.jsonl (annotated without looking at the finder's output; see
benchmarks/data/dates_blind.md). From dates_blind6.jsonl on, a line names a sentence of an NER
corpus instead (``{"corpus", "sentence", "published"}``, drawn by benchmarks/sample_dates_ner.py
with one nominal publication date per corpus). The written sets (dates_written*.jsonl) hold
their own sentences, written for the project in its own words, and a publication date per line
(``{"text", "published", "dates"}``); they run without ../shared. ``--errors`` lists every
miss, wrong value and false positive.

Corrections to dates_gold.jsonl after it was first written (each a slip of the pre-labelling,
found while reading errors): "دسامبر گذشته" (fars-8406110175) was missing; "روزهای اول خرداد"
(fars-14000302000423, twice) was a single day and is now the month, the reading the blind sets
use for "هفته اول / نیمه اول / روزهای اول X".
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.dates import find_dates, parse_published  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import sample_dates_ner  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "dates_gold.jsonl"
# ArmanPersoNER writes every number as "0" ("سال 0", "0 آذرماه 0"): such expressions cannot be
# valued, so dates_blind7.jsonl leaves them out (dates_blind7.md), and a prediction that holds or
# touches a masked number (or is followed by a masked "سال 0") and matches no gold date is set
# aside, neither right nor wrong.
MASKED_DIGITS = {"arman-test", "arman-train"}
_MASKED = re.compile(r"(?<![0-9])0(?![0-9])")
_MASKED_YEAR_AFTER = re.compile(r"\s+سال\s+0(?![0-9])")


def _published(jalali: str) -> dict:
    pub = parse_published(jalali)
    return {"jalali": jalali, "gregorian": pub.gregorian + (f"T{pub.time}" if pub.time else "")}


def self_contained(gold: Path) -> bool:
    """Whether every line of ``gold`` holds its own text (a written set)."""
    try:
        with open(gold, encoding="utf-8") as fh:
            return all("text" in json.loads(line) for line in fh if line.strip())
    except (OSError, ValueError):
        return False


def load(shared: Path | None, gold: Path = GOLD):
    """(sentence, published, gold dates) per gold line. A line names either a fars-dev article
    and the sentence's offsets in it, or (blind sets 6 and later) a sentence of an NER corpus
    and the nominal publication date benchmarks/sample_dates_ner.py gave that corpus, or
    (the written sets, dates_written*.jsonl) holds its own text and publication date: those
    need no ../shared."""
    corpus, ner = {}, {}
    items = []
    with open(gold, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if "text" in g:
                items.append((g["text"], _published(g["published"]), g["dates"]))
                continue
            if "corpus" in g:
                if g["corpus"] not in ner:
                    ner[g["corpus"]] = sample_dates_ner.texts(shared, g["corpus"])
                published = _published(g["published"])
                if g["corpus"] in MASKED_DIGITS:
                    published["masked_digits"] = True
                items.append((ner[g["corpus"]][g["sentence"]], published, g["dates"]))
                continue
            if not corpus:
                with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh2:
                    corpus.update((rec["id"], rec) for rec in map(json.loads, fh2))
            rec = corpus[g["article_id"]]
            items.append((rec["text"][g["start"]:g["end"]], rec["published"], g["dates"]))
    return items


# ----------------------------------------------------------------------------- systems
def run_newsfacts(sentence, published):
    pub = parse_published(published)
    out = []
    for m in find_dates(sentence, pub):
        v = m.value
        out.append({"start": m.start, "end": m.end, "form": m.form,
                    "gregorian": v and v.gregorian, "gregorian_end": v and v.gregorian_end,
                    "precision": v and v.precision, "time": v and v.time})
    return out


def jalali_like(sub: str) -> bool:
    """A Jalali month name or a year 1200-1699: where dateparser's Jalali calendar applies
    (applied to Gregorian text it returns nonsense such as year 2640)."""
    from pipeline.dates.lexicon import JMONTH, fold

    f = fold(sub)
    return bool(re.search(JMONTH, f) or re.search(r"(?<![0-9])1[2-6][0-9]{2}(?![0-9])", f))


def make_dateparser():
    from dateparser.calendars.jalali import JalaliCalendar  # needs convertdate
    from dateparser.search import search_dates

    def run(sentence, published):
        base = dt.datetime.fromisoformat(published["gregorian"])
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        try:
            found = search_dates(sentence, languages=["fa"], settings=settings) or []
        except Exception:  # dateparser raises on some inputs; count as nothing found
            found = []
        out, cursor = [], 0
        for sub, when in found:
            start = sentence.find(sub, cursor)
            if start < 0:
                start = sentence.find(sub)
            if start < 0:
                continue
            cursor = start + len(sub)
            day = when.date()
            if jalali_like(sub):  # dateparser's Jalali calendar where the substring is Jalali
                try:
                    jd = JalaliCalendar(sub).get_date()
                    if jd and jd.date_obj:
                        day = jd.date_obj.date()
                except Exception:
                    pass
            out.append({"start": start, "end": start + len(sub), "form": "?",
                        "gregorian": day.isoformat(), "gregorian_end": day.isoformat(),
                        "precision": "day", "time": None})
        return out

    return run


def make_parstdex():
    from parstdex import Parstdex

    model = Parstdex()

    def run(sentence, published):
        spans = model.extract_span(sentence).get("date", [])
        return [{"start": s, "end": e, "form": "?", "gregorian": None, "gregorian_end": None,
                 "precision": None, "time": None} for s, e in spans]

    return run


# ----------------------------------------------------------------------------- scoring
def score(items, system, errors=None):
    """Per-form recall/value accuracy and per-form precision; with ``errors`` (a list), also
    append one line per miss, wrong value and false positive, for reading what went wrong."""
    per_form = collections.defaultdict(lambda: collections.Counter())
    pred_form = collections.defaultdict(lambda: collections.Counter())
    totals = collections.Counter()
    t0 = time.perf_counter()
    for sentence, published, gold in items:
        preds = system(sentence, published)
        used = set()
        for gd in gold:
            group = gd["form"]
            source = "relative" if gd.get("source") == "relative" else "explicit"
            for key in (group, f"[{source}]", "ALL"):
                per_form[key]["gold"] += 1
            match = None
            for i, p in enumerate(preds):
                if i not in used and p["start"] < gd["end"] and gd["start"] < p["end"]:
                    match = i
                    break
            if match is None:
                if errors is not None:
                    errors.append(f"MISS  {sentence[gd['start']:gd['end']]!r} ({gd['form']} "
                                  f"{gd['gregorian']}..{gd['gregorian_end']} {gd['precision']}) "
                                  f"pub {published} | {sentence}")
                continue
            used.add(match)
            p = preds[match]
            ok = (p["gregorian"], p["gregorian_end"], p["precision"]) == (
                gd["gregorian"], gd["gregorian_end"], gd["precision"])
            if not ok and errors is not None:
                errors.append(f"VALUE {sentence[p['start']:p['end']]!r}: got {p['gregorian']}.."
                              f"{p['gregorian_end']} {p['precision']}, gold {gd['gregorian']}.."
                              f"{gd['gregorian_end']} {gd['precision']} pub {published} | {sentence}")
            for key in (group, f"[{source}]", "ALL"):
                per_form[key]["found"] += 1
                per_form[key]["value_ok"] += ok
            if gd.get("time"):
                totals["time_gold"] += 1
                totals["time_ok"] += p.get("time") == gd["time"]
                if p.get("time") != gd["time"] and errors is not None:
                    errors.append(f"TIME  {sentence[p['start']:p['end']]!r}: got {p.get('time')}, gold {gd['time']} "
                                  f"pub {published} | {sentence}")
        if published.get("masked_digits"):
            # the masked number may sit inside the mention, be the token beside it ("0 سپتامبر 0")
            # or its year after "سال" ("اول ژانویه سال 0")
            keep = [i in used or not (_MASKED.search(sentence[max(0, p["start"] - 2):p["end"] + 2])
                                      or _MASKED_YEAR_AFTER.match(sentence, p["end"]))
                    for i, p in enumerate(preds)]
            totals["masked"] += keep.count(False)
            used = {sum(keep[:i]) for i in used}
            preds = [p for p, k in zip(preds, keep) if k]
        for i, p in enumerate(preds):
            if i not in used and errors is not None:
                errors.append(f"FP    {sentence[p['start']:p['end']]!r} ({p['form']} "
                              f"{p['gregorian']}) pub {published} | {sentence}")
            pred_form[p["form"]]["pred"] += 1
            pred_form[p["form"]]["tp"] += i in used
            totals["pred"] += 1
            totals["tp"] += i in used
    totals["seconds"] = time.perf_counter() - t0
    return per_form, pred_form, totals


def pct(a, b):
    return f"{100 * a / b:5.1f}%" if b else "   - "


def report(name, result, spans_only=False):
    per_form, pred_form, totals = result
    print(f"\n== {name}  ({totals['seconds']:.2f}s for the set)")
    print(f"   precision {pct(totals['tp'], totals['pred'])} ({totals['tp']}/{totals['pred']})")
    if totals["masked"]:
        print(f"   set aside: {totals['masked']} predictions on masked numbers (not scored)")
    print(f"   {'gold form':<16}{'gold':>5}{'recall':>9}{'value acc':>11}{'form precision':>16}")
    for key in sorted(per_form, key=lambda k: (k.startswith("["), k == "ALL", k)):
        c = per_form[key]
        pf = pred_form.get(key)
        prec = pct(pf["tp"], pf["pred"]) if pf else "   - "
        value = "   - " if spans_only else pct(c["value_ok"], c["gold"])
        print(f"   {key:<16}{c['gold']:>5}{pct(c['found'], c['gold']):>9}{value:>11}{prec:>16}")
    if totals["time_gold"] and not spans_only:
        print(f"   time of day attached: {totals['time_ok']}/{totals['time_gold']}")


def throughput(shared: Path) -> None:
    """find_dates over every whole article of the corpus (speed, and how many it finds)."""
    with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    chars = sum(len(r["text"]) for r in recs)
    t0 = time.perf_counter()
    found = sum(len(find_dates(r["text"], parse_published(r["published"]))) for r in recs)
    secs = time.perf_counter() - t0
    print(f"   whole corpus: {len(recs)} articles, {chars / 1e6:.2f}M chars, {found} dates in "
          f"{secs:.2f}s ({len(recs) / secs:.0f} articles/s, {chars / secs / 1e6:.2f}M chars/s)")


def figures(items) -> tuple[float, float, float]:
    """newsfacts' (precision, recall, value accuracy) on a loaded set: what the floors pin."""
    per_form, _, totals = score(items, run_newsfacts)
    every = per_form["ALL"]
    return totals["tp"] / totals["pred"], every["found"] / every["gold"], every["value_ok"] / every["gold"]


def summary(shared: Path) -> None:
    """Precision, recall and value accuracy (explicit / relative) of every gold set. Only the
    first score of a blind set (in its .md) measures unseen text; these are after tuning."""
    def order(path):
        digits = "".join(ch for ch in path.stem if ch.isdigit())
        return (path.stem != "dates_gold", int(digits or 1))

    print(f"{'set':<22}{'dates':>6}{'precision':>11}{'recall':>8}{'value':>8}{'explicit':>10}{'relative':>10}")
    for path in sorted((ROOT / "benchmarks" / "data").glob("dates_*.jsonl"), key=order):
        per_form, _, totals = score(load(shared, path), run_newsfacts)
        every, ex, rel = per_form["ALL"], per_form["[explicit]"], per_form["[relative]"]
        print(f"{path.stem:<22}{every['gold']:>6}{pct(totals['tp'], totals['pred']):>11}"
              f"{pct(every['found'], every['gold']):>8}{pct(every['value_ok'], every['gold']):>8}"
              f"{pct(ex['value_ok'], ex['gold']):>10}{pct(rel['value_ok'], rel['gold']):>10}")


# the spaces (or ZWNJ) between a digit and a letter, which scraped text often drops
_DIGIT_LETTER_GAP = re.compile(r"(?<=[0-9۰-۹])[ \u200c]+(?=[^\W\d_])|(?<=[^\W\d_])[ \u200c]+(?=[0-9۰-۹])")


def _join_digits(span: str) -> str:
    return _DIGIT_LETTER_GAP.sub("", span)


def _drop_zwnj(span: str) -> str:
    return span.replace("\u200c", "")


def glued(items, rewrite=_join_digits) -> tuple[int, int, list[str]]:
    """Every gold date newsfacts reads right, rewritten inside its span as scraped text writes it:
    by default the gaps between digits and letters dropped ("۵ اسفند ۱۳۹۷" -> "۵اسفند۱۳۹۷", explicit
    dates only), or with ``_drop_zwnj`` its ZWNJ dropped ("چهارشنبه‌شب" -> "چهارشنبهشب"): (read
    right as written, still read right rewritten, the rewritten spans it loses)."""
    def read_right(d, preds):
        return any(p["start"] == d["start"] and (p["gregorian"], p["gregorian_end"]) == (d["gregorian"], d["gregorian_end"])
                   for p in preds)

    right = kept = 0
    lost = []
    for sentence, published, gold in items:
        as_written = None  # the sentence read once, as written, for all its dates
        for d in gold:
            span = sentence[d["start"]:d["end"]]
            joined = rewrite(span)
            if rewrite is _join_digits and d["form"] == "relative" or joined == span:
                continue
            if as_written is None:
                as_written = run_newsfacts(sentence, published)
            if not read_right(d, as_written):
                continue
            right += 1
            if read_right(d, run_newsfacts(sentence[:d["start"]] + joined + sentence[d["end"]:], published)):
                kept += 1
            else:
                lost.append(joined)
    return right, kept, lost


# runs of text with no sentence end, each mention or number repeated: every mention must cost
# about the same however long the run (reading to the end of the run from each mention was
# quadratic: 10,000 weekdays in one run took 253 s, 10,000 "امروز و فردا و دیروز" 241 s)
# (and one long word of ZWNJ-joined parts after a month: a pattern that took a ZWNJ both for a
# letter and for a space took minutes over one such token)
STRESS = {"weekdays": "شنبه و ", "day words": "امروز و فردا و دیروز ", "clocks": "ساعت ۱۰:۳۰ ",
          "days of a month": "۱۲ و ", "numbers": "۱ ", "year list": "سال ۱۳۹۸، ",
          "ZWNJ-joined word": ("در آبان ", "ب\u200c")}


def stress(sizes=(2500, 5000, 10000)) -> None:
    """Seconds for each run at each size; the time should double with the size, not quadruple."""
    ref = parse_published("1402-10-15")
    for name, unit in STRESS.items():
        head, unit = unit if isinstance(unit, tuple) else ("", unit)
        times = []
        for n in sizes:
            t0 = time.perf_counter()
            find_dates(head + unit * n, ref)
            times.append(time.perf_counter() - t0)
        print(f"{name:<16}" + "".join(f"{n:>7} x {t:6.2f}s" for n, t in zip(sizes, times))
              + f"   (x{times[-1] / max(times[0], 1e-9):.1f} for x{sizes[-1] // sizes[0]} the text)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--gold", type=Path, default=GOLD,
                    help="gold JSONL to score (default: benchmarks/data/dates_gold.jsonl)")
    ap.add_argument("--no-baselines", action="store_true", help="score newsfacts only")
    ap.add_argument("--errors", action="store_true",
                    help="also list newsfacts' misses, wrong values and false positives")
    ap.add_argument("--glued", action="store_true",
                    help="robustness: the dates of every gold set read right, again with the spaces "
                         "between digits and letters dropped, and with the ZWNJ dropped (newsfacts only)")
    ap.add_argument("--all", action="store_true",
                    help="one line per gold set in benchmarks/data (newsfacts only): the sets at a glance")
    ap.add_argument("--stress", action="store_true",
                    help="time runs of text with no sentence end, at three lengths (no ../shared needed)")
    args = ap.parse_args(argv)
    if args.stress:
        stress()
        return 0
    have_shared = (args.shared / "corpus" / "fars-dev.jsonl").exists()
    if not have_shared and (args.all or args.glued or not self_contained(args.gold)):
        print(f"../shared corpus not found under {args.shared}; nothing to benchmark"
              " (a written set, benchmarks/data/dates_written*.jsonl, runs without it)")
        return 0
    if args.all:
        summary(args.shared)
        return 0
    if args.glued:
        sets = [load(args.shared, path) for path in sorted((ROOT / "benchmarks" / "data").glob("dates_*.jsonl"))]
        for what, rewrite in (("explicit dates, digits and letters glued", _join_digits),
                              ("dates with a ZWNJ, the ZWNJ dropped", _drop_zwnj)):
            right = kept = 0
            lost = []
            for items in sets:
                r, k, l = glued(items, rewrite)
                right, kept, lost = right + r, kept + k, lost + l
            print(f"{what}: {kept} of {right} read right as written still read right ({pct(kept, right).strip()})")
            for span in lost:
                print(f"   lost: {span}")
        return 0
    if not args.gold.exists():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    items = load(args.shared, args.gold)
    if args.gold.resolve() != GOLD.resolve():
        print(f"gold: {args.gold}")
    n_gold = sum(len(g) for _, _, g in items)
    n_empty = sum(1 for _, _, g in items if not g)
    print(f"{len(items)} sentences, {n_gold} gold dates, {n_empty} sentences without a date")
    errors = [] if args.errors else None
    report("newsfacts find_dates", score(items, run_newsfacts, errors))
    if errors:
        print("\n".join(["", "   errors:"] + [f"   {e}" for e in errors]))
    if have_shared:
        throughput(args.shared)
    if args.no_baselines:
        return 0
    try:
        report("dateparser 1.x search_dates(languages=['fa']) + JalaliCalendar", score(items, make_dateparser()))
    except ImportError as e:
        print(f"\n== dateparser: not available ({e})")
    try:
        report("parstdex (spans only: no values)", score(items, make_parstdex()), spans_only=True)
    except Exception as e:  # not installed, or cannot run offline
        print(f"\n== parstdex: could not run ({type(e).__name__}: {e})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
