"""Draw the sentences of the blind date test set (benchmarks/data/dates_blind.jsonl).

Deterministic, no random generator: every choice is an order by SHA-256 of a salted key, so
the same corpus always gives the same sample. Only offsets are printed, one JSONL line per
sentence ``{"article_id", "start", "end"}`` (raw offsets into the article's ``text``); the
text itself stays in ../shared.

1. Articles that occur in benchmarks/data/dates_gold.jsonl are skipped entirely.
2. Each remaining article is split into sentences: a sentence ends at a newline or after
   ``. ! ? ؟`` followed by white space or the end of the text (so "5.3" or "ص574-573" are not
   cut); leading and trailing white space is trimmed. Sentences of 40-400 characters are kept.
3. Cue stratum (first 100 lines): sentences that contain a date cue (``has_cue``: any digit in
   any script, a Jalali / Gregorian / Hijri month name, a weekday name, or one of RELATIVE_WORDS).
   Each article offers its cue sentence with the smallest hash; the articles are ordered by that
   hash and the first 100 are taken.
4. Plain stratum (last 50 lines): from the articles not used in 3, every eligible sentence
   whatever it contains; again one sentence per article (smallest hash), articles ordered by
   hash, first 50.

    python benchmarks/sample_dates_blind.py [--shared ../shared] [--cue 100] [--plain 50]
        [--exclude FILE ...]

``--exclude FILE`` (repeatable) also skips every article that occurs in FILE (a JSONL file with
an ``article_id`` per line), on top of dates_gold.jsonl. The second blind set
(benchmarks/data/dates_blind2.jsonl) is

    python benchmarks/sample_dates_blind.py --exclude benchmarks/data/dates_blind.jsonl

Without ``--exclude`` the output is the first blind set, unchanged.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "dates_gold.jsonl"
SALT = "dates-blind-v1"
MIN_LEN, MAX_LEN = 40, 400

JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور", "مهر",
                 "آبان", "آذر", "دی", "بهمن", "اسفند"]
GREGORIAN_MONTHS = ["ژانویه", "ژانویهٔ", "فوریه", "مارس", "آوریل", "آپریل", "مه", "ژوئن", "ژوئیه",
                    "جولای", "جولای", "اوت", "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
HIJRI_MONTHS = ["محرم", "صفر", "ربیع", "ربیع‌الاول", "ربیع‌الثانی", "جمادی", "جمادی‌الاول",
                "جمادی‌الثانی", "جمادی‌الاولی", "جمادی‌الآخر", "رجب", "شعبان", "رمضان", "شوال",
                "ذی‌القعده", "ذیقعده", "ذی‌الحجه", "ذیحجه"]
WEEKDAYS = ["شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "سه شنبه", "چهارشنبه",
            "پنجشنبه", "پنج‌شنبه", "پنج شنبه", "جمعه"]
RELATIVE_WORDS = ["امروز", "دیروز", "پریروز", "فردا", "پس‌فردا", "امشب", "دیشب", "امسال",
                  "پارسال", "هفته", "ماه", "سال", "روز", "گذشته", "آینده", "آتی", "اخیر", "جاری",
                  "قبل", "پیش", "بعد", "تاکنون", "اکنون", "سالگرد", "دهه", "قرن", "میلادی",
                  "شمسی", "قمری", "صبح", "ظهر", "عصر", "شب", "بامداد", "ساعت"]
# "می" (May) is too often the verb prefix written apart ("می شود"): only "ماه می" counts.
WORDS = JALALI_MONTHS + GREGORIAN_MONTHS + HIJRI_MONTHS + WEEKDAYS + RELATIVE_WORDS
LETTER = "\u0600-\u06ff\u0750-\u077fA-Za-z"


def fold(s: str) -> str:
    """Arabic yeh/kaf to Persian, ZWNJ to space, so one list matches old and new spellings."""
    return s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("\u200c", " ")


WORD_RE = re.compile(
    rf"(?<![{LETTER}])(?:{'|'.join(sorted({re.escape(fold(w)) for w in WORDS}, key=len, reverse=True))}"
    rf"|ماه\s+می)(?![{LETTER}])")
# "ماه" glued to a month name ("دیماه", "مهرماه") or "ها" plural ("سالها", "روزها")
GLUED_RE = re.compile(
    rf"(?<![{LETTER}])(?:{'|'.join(re.escape(fold(w)) for w in JALALI_MONTHS)})ماه(?![{LETTER}])"
    rf"|(?<![{LETTER}])(?:سال|روز|ماه|هفته)ها(?![{LETTER}])")
DIGIT_RE = re.compile(r"[0-9۰-۹٠-٩]")


def has_cue(sentence: str) -> bool:
    f = fold(sentence)
    return bool(DIGIT_RE.search(f) or WORD_RE.search(f) or GLUED_RE.search(f))


SPLIT_RE = re.compile(r"\n|[.!?؟](?=\s|$)")


def sentences(text: str):
    """(start, end) of each trimmed sentence of ``text``; the end mark stays in the sentence."""
    pos = 0
    for m in SPLIT_RE.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        yield from _trim(text, pos, end)
        pos = m.end()
    yield from _trim(text, pos, len(text))


def _trim(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def key(*parts) -> str:
    return hashlib.sha256(":".join([SALT, *map(str, parts)]).encode("utf-8")).hexdigest()


def sample(shared: Path, n_cue: int = 100, n_plain: int = 50, exclude=()):
    """``exclude``: further JSONL files whose articles are skipped, like those of GOLD."""
    excluded = set()
    for path in (GOLD, *exclude):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    excluded.add(json.loads(line)["article_id"])
    cue, plain = {}, {}  # article id -> (hash, start, end) of its candidate sentence
    with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in excluded:
                continue
            text = rec["text"]
            for s, e in sentences(text):
                if not MIN_LEN <= e - s <= MAX_LEN:
                    continue
                h = key(rec["id"], s, e)
                if has_cue(text[s:e]) and (rec["id"] not in cue or h < cue[rec["id"]][0]):
                    cue[rec["id"]] = (h, s, e)
                if rec["id"] not in plain or h < plain[rec["id"]][0]:
                    plain[rec["id"]] = (h, s, e)
    chosen = sorted(cue, key=lambda a: key("cue", a, cue[a][0]))[:n_cue]
    out = [(a, cue[a][1], cue[a][2]) for a in chosen]
    used = set(chosen)
    rest = sorted((a for a in plain if a not in used), key=lambda a: key("plain", a, plain[a][0]))
    out += [(a, plain[a][1], plain[a][2]) for a in rest[:n_plain]]
    if len(out) < n_cue + n_plain:
        raise SystemExit(f"only {len(out)} sentences available")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--cue", type=int, default=100)
    ap.add_argument("--plain", type=int, default=50)
    ap.add_argument("--exclude", type=Path, action="append", default=[], metavar="FILE",
                    help="also skip the articles of this JSONL file (repeatable)")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus" / "fars-dev.jsonl").exists():
        print(f"corpus not found under {args.shared}", file=sys.stderr)
        return 1
    for a, s, e in sample(args.shared, args.cue, args.plain, args.exclude):
        print(json.dumps({"article_id": a, "start": s, "end": e}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
