"""Draw every "امروز" of the NER corpora that no date set has read, for hand labels: is it the
day (of the report, the speech or the forecast), "these days", or part of a name?

Generic "امروز" ("امروز جهان تشنه ...", "نسل امروز") is the largest source of the date finder's
false positives on unseen text, and rules tuned round by round keep meeting new wordings. These
labels train and test the learned check in pipeline/dates/today.py
(benchmarks/train_today.py); see benchmarks/data/today_labels.md.

Deterministic, like benchmarks/sample_dates_ner.py: every occurrence of "امروز" as a word of
its own (not "امروزه", "امروزی") in the sentences of the corpora below that no date set
(``DATE_SETS``) uses, keyed by the SHA-256 of a salted
``corpus:sentence:offset``. NSURL-2019 sentences that are PEYMA sentences too (same letters)
are skipped, so no sentence is labelled twice. About a quarter of the keys (those whose first
hex digit is 0-3) form the held-out ``test`` split, the rest ``train``. Only the corpus, the
sentence's index (as in ``sample_dates_ner.texts``), the character offset of "امروز" and the
split are printed; the text stays in ../shared.

    python benchmarks/sample_today.py      # the lines of benchmarks/data/today_labels.jsonl, unlabelled

A second draw takes the "امروز" of the news articles of ../shared/corpus/fars-dev.jsonl, the
pipeline's own kind of text (whole articles with a real publication date), except those inside
a sentence that a fars-dev date set (``FARS_DATE_SETS``) uses. Its lines name the article and
the offset of "امروز" in the article's raw text:

    python benchmarks/sample_today.py --fars   # the lines of benchmarks/data/today_labels_fars.jsonl, unlabelled
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sample_dates_ner  # noqa: E402

SALT = "today-labels-v1"
CORPORA = ("peyma-train", "peyma-dev", "arman-train", "arman-test", "parstwiner-train",
           "parstwiner-dev", "nsurl")
TODAY = re.compile(r"(?<![\w\u200c])امروز(?![\w\u200c])")
_NOT_LETTER = re.compile(r"[^\w]|[0-9_]")


def letters(text: str) -> str:
    """A sentence's letters only, Arabic forms folded: the same sentence tokenised apart."""
    return _NOT_LETTER.sub("", text.replace("ي", "ی").replace("ك", "ک"))


# the date sets drawn from the NER corpora when the labels were made; a later date set must
# skip the labelled sentences in turn (sample_dates_ner.py --exclude benchmarks/data/today_labels.jsonl)
DATE_SETS = tuple(f"dates_blind{n}.jsonl" for n in range(6, 23))


def _drawn(places: list[dict]) -> list[dict]:
    """Each occurrence with its split, in the order of its key: the SHA-256 of the salted place
    (corpus, sentence or article, offset); a key starting 0-3 puts it in the held-out split."""
    keyed = sorted(((sample_dates_ner.key(*place.values(), salt=SALT), place) for place in places),
                   key=lambda kp: kp[0])
    return [{**place, "split": "test" if k[0] in "0123" else "train"} for k, place in keyed]


# the date sets drawn from fars-dev: their sentences' "امروز" are already date gold
FARS_DATE_SETS = ("dates_gold.jsonl",) + tuple(f"dates_blind{n}.jsonl" for n in ("", 2, 3, 4, 5))


def sample_fars(shared: Path, data: Path = HERE / "data") -> list[dict]:
    used: dict[str, list[tuple[int, int]]] = {}
    for name in FARS_DATE_SETS:
        with open(data / name, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    used.setdefault(rec["article_id"], []).append((rec["start"], rec["end"]))
    places = []
    with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            spans = used.get(art["id"], [])
            places += [{"corpus": "fars-dev", "article": art["id"], "start": m.start()}
                       for m in TODAY.finditer(art.get("text") or "")
                       if not any(a <= m.start() < b for a, b in spans)]
    return _drawn(places)


def sample(shared: Path, data: Path = HERE / "data") -> list[dict]:
    used = sample_dates_ner.used_sentences(data / name for name in DATE_SETS)
    peyma = {letters(t) for c in ("peyma-train", "peyma-test", "peyma-dev")
             for t in sample_dates_ner.texts(shared, c)}
    places = []
    for corpus in CORPORA:
        skip = used.get(corpus, set())
        for i, text in enumerate(sample_dates_ner.texts(shared, corpus)):
            if i in skip or (corpus == "nsurl" and letters(text) in peyma):
                continue
            places += [{"corpus": corpus, "sentence": i, "start": m.start()} for m in TODAY.finditer(text)]
    return _drawn(places)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSFACTS_SHARED", HERE.parents[0].parent / "shared")))
    ap.add_argument("--fars", action="store_true", help="draw from the fars-dev articles instead")
    args = ap.parse_args(argv)
    need = args.shared / ("corpus/fars-dev.jsonl" if args.fars else "data/ner")
    if not need.exists():
        print(f"{need} not found", file=sys.stderr)
        return 1
    for rec in (sample_fars if args.fars else sample)(args.shared):
        print(json.dumps(rec))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
