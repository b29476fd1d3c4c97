"""Build gazetteers/non_name_words.tsv: words that the Persian NER corpora show are (almost)
never part of a person's name, from their train splits in ../shared/data/ner.

    python tools/build_name_evidence.py [--shared ../shared] [--out gazetteers]

This is a tiny model trained on the NER corpora (per-word counts, no sentences): for every word
(its matching key), how often it is inside a person span (PER / pers) and how often outside.
A word is listed when it was seen outside person spans at least MIN_OTHER times and inside them
at most a MAX_RATIO share of its occurrences. The first-name gazetteer holds many such words
("جوان", "سرویس", "مردان"), and hazm's frequencies miss some of them ("جوان" has frequency 0
there), so the list is the evidence the name finder checks before it lets such a word open or
continue a name without a title. Deterministic: sorted rows, the same corpora give the same file.

Data and terms (the model card is gazetteers/SOURCES.md): PEYMA train (hosted in
overfit-ir/persian-twitter-ner, MIT; PEYMA's own terms: research use), ParsTwiNER train (MIT),
ArmanPersoNER fold 1 train (academic research use). Test splits are never read.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.text.keys import match_key  # noqa: E402

_PERSIAN = re.compile(r"[\u0600-\u06FF]")
MIN_OTHER = 10  # seen this often outside person names ...
MAX_RATIO = 0.02  # ... and at most this share of its occurrences inside them

# (relative path, field separator or None for whitespace, is-person test on the tag)
SOURCES = (
    ("data/ner/peyma/train.txt", "|", lambda tag: tag.endswith("PER")),
    ("data/ner/parstwiner/train.txt", "\t", lambda tag: tag.endswith("PER")),
    ("data/ner/arman-fold1/train_fold1.txt", None, lambda tag: tag.lower().endswith("pers")),
)


def count(shared: Path) -> tuple[collections.Counter, collections.Counter, int]:
    person, other = collections.Counter(), collections.Counter()
    tokens = 0
    for rel, sep, is_person in SOURCES:
        with open(shared / rel, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                if sep == "|":
                    if "|" not in line:
                        continue
                    tok, tag = line.rsplit("|", 1)
                else:
                    parts = line.split(sep) if sep else line.split()
                    if len(parts) < 2:
                        continue
                    tok, tag = parts[0], parts[-1]
                key = match_key(tok)
                if not key:
                    continue
                (person if is_person(tag.strip()) else other)[key] += 1
                tokens += 1
    return person, other, tokens


def build(shared: Path, out: Path) -> int:
    person, other, tokens = count(shared)
    rows = sorted(
        (k, person[k], n) for k, n in other.items()
        if n >= MIN_OTHER and person[k] <= MAX_RATIO * (person[k] + n) and _PERSIAN.search(k)
    )
    with open(out / "non_name_words.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("key\tperson\tother\n")
        for k, p, n in rows:
            fh.write(f"{k}\t{p}\t{n}\n")
    print(f"{tokens} tokens read; {len(rows)} words listed -> {out / 'non_name_words.tsv'}")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "gazetteers")
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "ner").is_dir():
        print(f"NER corpora not found under {args.shared / 'data' / 'ner'}", file=sys.stderr)
        return 2
    build(args.shared, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
