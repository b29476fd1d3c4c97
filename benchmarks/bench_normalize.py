"""ZWNJ repair benchmark: ours vs hazm's Normalizer on Fars News sentences.

Usage: python benchmarks/bench_normalize.py ../shared/corpus/fars-dev.jsonl [--n 400]

Takes the first N sentences (split at . ! ? ؟ and newlines) that contain a ZWNJ, all of whose
ZWNJs stand between two letters (a ZWNJ next to a space or punctuation is debris that both
normalisers delete, and would count against both), and builds two corrupted copies: "glued"
(every ZWNJ deleted) and "spaced" (every ZWNJ replaced by a space). Each copy and the original
are restored by both normalisers; word accuracy is measured against the original, words split
on spaces only, aligned with difflib, after folding letters and digits (match_key's letter
table) but NOT ZWNJ. Prints accuracy per copy and the time of each normaliser.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import time

from pipeline.text.chars import LETTERS
from pipeline.text.keys import _LETTERS as KEY_LETTERS  # the annotation guide's letter folding
from pipeline.text.normalize import normalize_text

ZWNJ = "\u200c"
_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]?")
_BAD_ZWNJ = re.compile(f"(?<![{LETTERS}يكة]){ZWNJ}|{ZWNJ}(?![{LETTERS}يكة])")
_FOLD = {k: v for k, v in KEY_LETTERS.items() if k != ord(ZWNJ)}
# hazm's Normalizer turns the ASCII dash and punctuation spacing around; compare words only.
_PUNCT = re.compile(r"[\"'«»()\[\]:;،؛,.!?؟\-]")


def sentences(path: str, n: int) -> list[str]:
    out: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for m in _SENT.finditer(json.loads(line)["text"]):
                s = m.group(0).strip()
                if ZWNJ in s and not _BAD_ZWNJ.search(s) and ZWNJ * 2 not in s and len(s.split()) >= 4:
                    out.append(s)
                    if len(out) == n:
                        return out
    return out


def words(text: str) -> list[str]:
    text = _PUNCT.sub(" ", text.translate(_FOLD))
    return text.split()


def accuracy(ref: list[str], hyp: list[str]) -> tuple[int, int]:
    correct = total = 0
    for r, h in zip(ref, hyp):
        rw, hw = words(r), words(h)
        sm = difflib.SequenceMatcher(a=rw, b=hw, autojunk=False)
        correct += sum(b.size for b in sm.get_matching_blocks())
        total += len(rw)
    return correct, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--show", type=int, default=0, help="print this many wrong words per copy")
    args = ap.parse_args()

    from hazm import Normalizer

    t0 = time.perf_counter()
    hazm = Normalizer()
    normalize_text("")  # build our lexicon, as hazm builds its own above
    setup = time.perf_counter() - t0
    original = sentences(args.corpus, args.n)
    copies = {
        "glued": [s.replace(ZWNJ, "") for s in original],
        "spaced": [s.replace(ZWNJ, " ") for s in original],
        "original": original,
    }
    timings = {"ours": 0.0, "hazm": 0.0}
    print(f"{len(original)} sentences, {sum(len(s.split()) for s in original)} words (setup {setup:.2f}s)")
    print(f"{'copy':10s} {'ours':>8s} {'hazm':>8s}")
    for name, texts in copies.items():
        t = time.perf_counter()
        ours = [normalize_text(s) for s in texts]
        timings["ours"] += time.perf_counter() - t
        t = time.perf_counter()
        theirs = [hazm.normalize(s) for s in texts]
        timings["hazm"] += time.perf_counter() - t
        co, tot = accuracy(original, ours)
        ch, _ = accuracy(original, theirs)
        print(f"{name:10s} {100 * co / tot:7.2f}% {100 * ch / tot:7.2f}%")
        if args.show:
            shown = 0
            for r, h in zip(original, ours):
                rw, hw = words(r), words(h)
                for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=rw, b=hw, autojunk=False).get_opcodes():
                    if op != "equal" and shown < args.show:
                        print("   ", " ".join(rw[a1:a2]), "=>", " ".join(hw[b1:b2]))
                        shown += 1
    ratio = timings["hazm"] / timings["ours"] if timings["ours"] else float("inf")
    print(f"time: ours {timings['ours']:.2f}s, hazm {timings['hazm']:.2f}s, hazm/ours {ratio:.2f}x")


if __name__ == "__main__":
    main()
