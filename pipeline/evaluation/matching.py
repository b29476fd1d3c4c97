"""One-to-one matching of gold items and predictions, and tp/fp/fn with optional gold items.

The assignment is greedy on the best score, which the brief allows: all compatible
(gold, prediction) pairs are sorted by score (exact key matches before suffix/containment
ones, a non-optional gold item before an optional one at the same class), and taken while
both sides are free. Ties break on file order, so results are deterministic.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Collection, Sequence

Score = tuple
ScoreFn = Callable[[int, int], "Score | None"]


@dataclass(frozen=True)
class KindResult:
    tp: int
    fp: int
    fn: int
    pairs: tuple[tuple[int, int], ...]  # (gold index, prediction index), optional gold included
    missed: tuple[int, ...]  # non-optional gold items left unmatched (the fn)
    spurious: tuple[int, ...]  # predictions counted as fp
    ignored: tuple[int, ...]  # predictions that matched only optional gold items


def assign(gold_optional: Sequence[bool], n_pred: int, score: ScoreFn) -> list[tuple[int, int, Score]]:
    """Greedy maximum-score one-to-one assignment; returns (gold, pred, score) triples."""
    candidates = []
    for g, optional in enumerate(gold_optional):
        for p in range(n_pred):
            s = score(g, p)
            if s is not None:
                candidates.append(((s[0], int(not optional), *s[1:]), g, p, s))
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, g, p, s in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p, s))
    return out


def score_kind(gold_optional: Sequence[bool], n_pred: int, score: ScoreFn,
               ignore_pred: Collection[int] = ()) -> KindResult:
    """Count one kind of one article. Optional gold items count for neither side: a
    prediction paired with one, or matching one that another prediction already took, is
    neither tp nor fp; ``ignore_pred`` names further predictions to leave out (roles of a
    person that matched an optional gold person)."""
    pairs = assign(gold_optional, n_pred, score)
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}
    optional = [g for g, o in enumerate(gold_optional) if o]
    ignored, spurious = [], []
    for p in range(n_pred):
        if p in matched_p:
            if gold_optional[next(g for g, q, _ in pairs if q == p)]:
                ignored.append(p)
        elif p in ignore_pred or any(score(g, p) is not None for g in optional):
            ignored.append(p)
        else:
            spurious.append(p)
    tp = sum(1 for g, _, _ in pairs if not gold_optional[g])
    missed = tuple(g for g, o in enumerate(gold_optional) if not o and g not in matched_g)
    return KindResult(tp, len(spurious), len(missed), tuple(sorted((g, p) for g, p, _ in pairs)),
                      missed, tuple(spurious), tuple(ignored))


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall, F1. With nothing to find recall is 1.0 (nothing was missed); with
    nothing predicted precision is 1.0 only if there was nothing to find either (predicting
    nothing earns no precision)."""
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
