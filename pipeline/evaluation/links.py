"""Pairwise link scores: do the gold mentions that denote one entity end up in one output
entity, and do those that denote different entities stay apart?

Each gold mention (source, name) is resolved to an output entity id (or None when nothing in
that article matches it). A pair of gold mentions is *gold-linked* when they are in one
cluster, *predicted-linked* when both resolve to the same id. Precision and recall are over
pairs; an unresolved mention links to nothing, which costs recall only.
"""
from __future__ import annotations

from itertools import combinations
from typing import Callable, Sequence

from .gold import LinkCluster
from .matching import prf

Resolver = Callable[[str, str, str], "str | None"]  # (kind, source, name) -> entity id


def link_scores(clusters: Sequence[LinkCluster], resolve: Resolver) -> dict:
    mentions = [(ci, c.kind, s, n) for ci, c in enumerate(clusters) for s, n in c.mentions]
    ids = [resolve(kind, source, name) for _, kind, source, name in mentions]
    gold_pairs, pred_pairs = set(), set()
    for i, j in combinations(range(len(mentions)), 2):
        if mentions[i][0] == mentions[j][0]:
            gold_pairs.add((i, j))
        if ids[i] is not None and ids[i] == ids[j]:
            pred_pairs.add((i, j))
    tp = len(gold_pairs & pred_pairs)
    scores = prf(tp, len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs))
    by_kind = {}
    for kind in sorted({c.kind for c in clusters}):
        g = {pair for pair in gold_pairs if mentions[pair[0]][1] == kind}
        p = {pair for pair in pred_pairs if mentions[pair[0]][1] == kind}
        by_kind[kind] = prf(len(g & p), len(p - g), len(g - p))
    return {
        **scores,
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": len(pred_pairs),
        "mentions": len(mentions),
        "unresolved": [{"kind": k, "source": s, "name": n}
                       for (_, k, s, n), id_ in zip(mentions, ids) if id_ is None],
        "false_merges": [
            {"kind": mentions[i][1], "a": list(mentions[i][2:]), "b": list(mentions[j][2:]), "entity_id": ids[i]}
            for i, j in sorted(pred_pairs - gold_pairs)
        ],
        "splits": [
            {"kind": mentions[i][1], "a": list(mentions[i][2:]), "b": list(mentions[j][2:]),
             "entity_ids": [ids[i], ids[j]]}
            for i, j in sorted(gold_pairs - pred_pairs)
        ],
        "by_kind": by_kind,
    }
