"""ZWNJ repair benchmark: ours vs hazm's Normalizer on Fars News sentences.

Usage: python benchmarks/bench_normalize.py ../shared/corpus/fars-dev.jsonl [--n 400] [--skip 0] [--show N]

Sentences are split at . ! ? ؟ and newlines. A candidate has >= 4 words and at least one ZWNJ,
all of its ZWNJs between two letters (a ZWNJ next to a space or punctuation is debris that both
normalisers delete, and would count against both). Two reference sets are measured:

* ``all``: the first N candidates (the figure reported before).
* ``clean`` (the headline): the first N candidates that show no sign of the ZWNJ defects the
  normalisers repair, so that a correct repair is not counted as an error. Fars writes
  "نرم افزار", "می کند", "برنامه های" with a space inside sentences that also contain ZWNJ;
  those sentences are not a reference for correct text. The criteria use only hazm's word
  list (``words.dat``) and counts over the corpus file itself, never our normaliser:

  1. no token "می"/"نمی" standing alone before a word (a spaced verb prefix);
  2. no standalone bound morpheme: ها های هایی هایش هایشان هایم هایت هایمان هایتان ای اند ام
     ایم اید تر ترین;
  3. no adjacent pair "a b" whose ZWNJ form "a‌b" is in words.dat unless the spaced bigram is
     frequent in the corpus (written "a b" more than twice as often as "a‌b": به ویژه, در حال);
  4. no bidi mark (U+200E, U+200F, U+061C) inside a word, where some sites type one for a
     ZWNJ: the reference itself is defective there;
  5. no token whose ZWNJ-free spelling is that of a words.dat ZWNJ entry and is not itself in
     words.dat, and no token "stem+ها..." (plural glued to a words.dat stem ending in a joining
     letter) that is not itself in words.dat (a dropped ZWNJ: میشود, وامهای).

``--skip K`` drops the first K candidates of each set before taking N: ``--skip 400`` is a
held-out split, disjoint from the default one, on which rules tuned by looking at the default
split's errors are checked (errors are studied on the default split only).

For each set, two corrupted copies: "glued" (every ZWNJ deleted) and "spaced" (every ZWNJ
replaced by a space). Each copy and the original are restored by both normalisers; word
accuracy is measured against the original, words split on spaces only, aligned with difflib,
after folding letters and digits (match_key's letter table) but NOT ZWNJ. Errors are broken
down by what happened at word boundaries (same letters, different separators):
``wrong join`` (ZWNJ or nothing where the reference has a space), ``missed join`` (space or
nothing where the reference has a ZWNJ), ``wrong split`` (a ZWNJ or space inside a reference
word), ``other`` (letters differ). ``--show N`` prints N examples per copy. Times are the sum
over every text both systems normalised in this run (lexicon and Normalizer built beforehand).
"""
from __future__ import annotations

import argparse
import collections
import difflib
import json
import re
import time
from pathlib import Path

from pipeline.text.chars import LETTERS
from pipeline.text.keys import _LETTERS as KEY_LETTERS  # the annotation guide's letter folding
from pipeline.text.normalize import normalize_text

ZWNJ = "\u200c"
_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]?")
_BAD_ZWNJ = re.compile(f"(?<![{LETTERS}يكة]){ZWNJ}|{ZWNJ}(?![{LETTERS}يكة])")
_FOLD = {k: v for k, v in KEY_LETTERS.items() if k != ord(ZWNJ)}
# hazm's Normalizer turns the ASCII dash and punctuation spacing around; compare words only.
_PUNCT = re.compile(r"[\"'«»()\[\]:;،؛,.!?؟\-]")
_MI = frozenset(("می", "نمی"))
_BOUND = frozenset(
    "ها های هایی هایش هایشان هایم هایت هایمان هایتان ای اند ام ایم اید تر ترین".split()
)
_PLURAL = re.compile("^(.{2,}?)(ها|های|هایی|هایش|هایشان|هایم|هایت|هایمان|هایتان)$")
_NON_JOINING = set("ءآأؤإادذرزژو")
_BIDI_IN_WORD = re.compile(f"[{LETTERS}][\u200e\u200f\u061c][{LETTERS}]")
_FREQUENT_BIGRAM = 2  # "a b" counts as a phrase when written spaced > 2x as often as "a‌b"


def _candidates(path: str) -> list[str]:
    out: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for m in _SENT.finditer(json.loads(line)["text"]):
                s = m.group(0).strip()
                if ZWNJ in s and not _BAD_ZWNJ.search(s) and ZWNJ * 2 not in s and len(s.split()) >= 4:
                    out.append(s)
    return out


class CleanFilter:
    """The defect criteria above: hazm's words.dat and corpus counts, no normaliser."""

    def __init__(self, path: str) -> None:
        import hazm

        dat = Path(hazm.__file__).parent / "data" / "words.dat"
        self.words: set[str] = set()
        with open(dat, encoding="utf-8") as fh:
            for line in fh:
                w = line.split("\t", 1)[0].translate(_FOLD)
                if w:
                    self.words.add(w)
        self.glued_only = {
            w.replace(ZWNJ, "") for w in self.words if ZWNJ in w
        } - self.words
        self.tokens: collections.Counter[str] = collections.Counter()
        self.bigrams: collections.Counter[tuple[str, str]] = collections.Counter()
        # The same boundaries between ZWNJ parts: (left part, right part) written with a ZWNJ
        # inside a token, or with a space between two tokens; for the pair-oracle ceiling.
        self.part_zwnj: collections.Counter[tuple[str, str]] = collections.Counter()
        self.part_space: collections.Counter[tuple[str, str]] = collections.Counter()
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                for para in json.loads(line)["text"].translate(_FOLD).split("\n"):
                    toks = words(para)
                    self.tokens.update(toks)
                    self.bigrams.update(zip(toks, toks[1:]))
                    parts = [t.split(ZWNJ) for t in toks]
                    for ps in parts:
                        self.part_zwnj.update(zip(ps, ps[1:]))
                    self.part_space.update((a[-1], b[0]) for a, b in zip(parts, parts[1:]))

    def oracle(self, spaced: str) -> str:
        """The spaced copy restored pair by pair by the corpus majority of that boundary.

        Counts come from the whole dev corpus, the reference sentences included, so this is
        an upper bound for any normaliser that decides each space from its two neighbours
        alone: where the corpus writes the same pair both ways, no such rule gets all right.
        """
        toks = words(spaced)
        if not toks:
            return ""
        out = [toks[0]]
        for a, b in zip(toks, toks[1:]):
            join = self.part_zwnj[(a, b)] > self.part_space[(a, b)]
            out.append((ZWNJ if join else " ") + b)
        return "".join(out)

    def _glued_plural(self, tok: str) -> bool:
        if tok in self.words:
            return False
        m = _PLURAL.match(tok)
        return bool(m) and m.group(1)[-1] not in _NON_JOINING and m.group(1) in self.words

    def reason(self, sentence: str) -> str | None:
        """Why ``sentence`` is not a clean reference, or None."""
        if _BIDI_IN_WORD.search(sentence):
            return "bidi mark for ZWNJ"
        toks = words(sentence)
        for i, t in enumerate(toks):
            if t in _MI and i + 1 < len(toks):
                return "spaced prefix"
            if t in _BOUND and i > 0:
                return "spaced suffix"
            if t in self.glued_only or self._glued_plural(t):
                return "dropped ZWNJ"
        for a, b in zip(toks, toks[1:]):
            z = a + ZWNJ + b
            if z in self.words and self.bigrams[(a, b)] <= _FREQUENT_BIGRAM * self.tokens[z]:
                return "spaced compound"
        return None


def words(text: str) -> list[str]:
    text = _PUNCT.sub(" ", text.translate(_FOLD))
    return text.split()


def _boundaries(ws: list[str]) -> tuple[str, list[str]]:
    """Letters of a word run and the separator after each letter ('' / ZWNJ / ' ')."""
    letters: list[str] = []
    seps: list[str] = []
    for j, w in enumerate(ws):
        for ch in w:
            if ch == ZWNJ:
                if seps:
                    seps[-1] = ZWNJ
                continue
            letters.append(ch)
            seps.append("")
        if j + 1 < len(ws) and seps:
            seps[-1] = " "
    return "".join(letters), seps


def classify(ref: list[str], hyp: list[str]) -> str:
    rl, rs = _boundaries(ref)
    hl, hs = _boundaries(hyp)
    if rl != hl:
        return "other"
    kinds = set()
    for r, h in zip(rs, hs):
        if r == h:
            continue
        if r == " ":
            kinds.add("wrong join")
        elif r == ZWNJ:
            kinds.add("missed join")
        else:
            kinds.add("wrong split")
    return kinds.pop() if len(kinds) == 1 else "mixed"


def evaluate(ref: list[str], hyp: list[str]) -> tuple[int, int, collections.Counter, list[str]]:
    correct = total = 0
    kinds: collections.Counter[str] = collections.Counter()
    examples: list[str] = []
    for r, h in zip(ref, hyp):
        rw, hw = words(r), words(h)
        sm = difflib.SequenceMatcher(a=rw, b=hw, autojunk=False)
        correct += sum(b.size for b in sm.get_matching_blocks())
        total += len(rw)
        for op, a1, a2, b1, b2 in sm.get_opcodes():
            if op != "equal":
                kind = classify(rw[a1:a2], hw[b1:b2])
                kinds[kind] += a2 - a1
                examples.append(f"[{kind}] {' '.join(rw[a1:a2])} => {' '.join(hw[b1:b2])}")
    return correct, total, kinds, examples


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--skip", type=int, default=0,
                    help="skip this many candidates of each set first (--skip 400: held-out split)")
    ap.add_argument("--show", type=int, default=0, help="print this many wrong words per copy")
    args = ap.parse_args()

    from hazm import Normalizer

    from pipeline.text.lexicon import lexicon

    t0 = time.perf_counter()
    hazm = Normalizer()
    lexicon()  # build our lexicon outside the timing, as hazm builds its own above
    setup = time.perf_counter() - t0
    candidates = _candidates(args.corpus)
    filt = CleanFilter(args.corpus)
    reasons = collections.Counter(filt.reason(s) for s in candidates)
    clean = [s for s in candidates if filt.reason(s) is None]
    window = slice(args.skip, args.skip + args.n)
    sets = {"all": candidates[window], "clean": clean[window]}
    print(f"{len(candidates)} candidate ZWNJ sentences, {len(clean)} clean; rejected as references: "
          + ", ".join(f"{k} {v}" for k, v in reasons.items() if k) + f" (setup {setup:.2f}s)")
    if args.skip:
        print(f"held-out window: candidates {args.skip}..{args.skip + args.n - 1} of each set")
    timings = {"ours": 0.0, "hazm": 0.0}
    for set_name, original in sets.items():
        print(f"\n[{set_name}] {len(original)} sentences, {sum(len(s.split()) for s in original)} words")
        print(f"{'copy':10s} {'ours':>8s} {'hazm':>8s}   ours' errors (ref words)")
        copies = {
            "glued": [s.replace(ZWNJ, "") for s in original],
            "spaced": [s.replace(ZWNJ, " ") for s in original],
            "original": original,
        }
        for name, texts in copies.items():
            t = time.perf_counter()
            ours = [normalize_text(s) for s in texts]
            timings["ours"] += time.perf_counter() - t
            t = time.perf_counter()
            theirs = [hazm.normalize(s) for s in texts]
            timings["hazm"] += time.perf_counter() - t
            co, tot, kinds, examples = evaluate(original, ours)
            ch, _, _, _ = evaluate(original, theirs)
            breakdown = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
            print(f"{name:10s} {100 * co / tot:7.2f}% {100 * ch / tot:7.2f}%   {breakdown}")
            if name == "spaced":
                cor, _, okinds, _ = evaluate(original, [filt.oracle(s) for s in texts])
                print(f"{'  ceiling':10s} {100 * cor / tot:7.2f}%            pair oracle (corpus "
                      "majority per boundary): "
                      + ", ".join(f"{k} {v}" for k, v in okinds.most_common()))
            for ex in examples[: args.show]:
                print("   ", ex)
    ratio = timings["hazm"] / timings["ours"] if timings["ours"] else float("inf")
    print(f"\ntime: ours {timings['ours']:.2f}s, hazm {timings['hazm']:.2f}s, hazm/ours {ratio:.2f}x")


if __name__ == "__main__":
    main()
