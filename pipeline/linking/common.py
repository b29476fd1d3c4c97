"""Small shared pieces of the linker: union-find, canonical names, evidence, votes."""
from __future__ import annotations

from collections import Counter
from typing import Hashable, Iterable, Sequence

from ..records import ArticleFacts, Evidence, Span
from ..text.keys import match_key, word_keys

# (position of the article in the canonical order, local id inside that article)
LocalRef = tuple[int, str]


class UnionFind:
    """Disjoint sets over hashable items; the root of a set is the item that first founded it,
    so with a canonical processing order the roots are canonical too."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def add(self, x: Hashable) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: Hashable) -> Hashable:
        self.add(x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression keeps this near-linear
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: Hashable, b: Hashable) -> Hashable:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
        return ra


def fullest(names: Iterable[str]) -> str:
    """The fullest form: longest key (most letters: "کمیسیون ملی یونسکو – ایران" over
    "کمیسیون ملی یونسکو"), then most words (spacing as written most fully), then most
    frequent, then the smallest string (a tie-break independent of input order)."""
    counts = Counter(n for n in names if n and n.strip())
    if not counts:
        return ""
    return min(counts, key=lambda n: (-len(match_key(n)), -len(word_keys(n)), -counts[n], n))


def majority(values: Iterable[str | None], *, tie: str = "none") -> str | None:
    """Most frequent non-None value; on a tie ``None`` (tie="none") or the smallest value."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] and tie == "none":
        return None
    return ranked[0][0]


def evidence(art: ArticleFacts, spans: Iterable[Span]) -> list[Evidence]:
    """Evidence for raw spans; the text is always sliced from the raw text, so
    ``raw[start:end] == text`` holds by construction. Out-of-bounds or empty spans are dropped
    (an upstream bug must not produce false evidence)."""
    raw, n = art.raw_text, len(art.raw_text)
    out = []
    for s, e in spans:
        if 0 <= s < e <= n:
            out.append(Evidence(art.article.id, s, e, raw[s:e]))
    return out


def sorted_evidence(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(set(items), key=lambda ev: (ev.article_id, ev.start, ev.end, ev.text)))


def mention_spans(arts: Sequence[ArticleFacts], kinds: tuple[str, ...]) -> dict[LocalRef, list[Span]]:
    """Spans of the mentions of the given kinds, by the entity (local ref) they belong to."""
    out: dict[LocalRef, list[Span]] = {}
    for i, art in enumerate(arts):
        for m in art.mentions:
            if m.local_id is not None and m.kind in kinds:
                out.setdefault((i, m.local_id), []).append(m.span)
    return out


def unique_id(make, key: str, taken: set[str]) -> str:
    """``make(key)`` unless that id is taken; then ``make(key, n)`` for the smallest free n.
    Two clusters with one canonical key only arise where the linker refused a merge on
    purpose (e.g. two gazetteer ids); the canonical processing order keeps n stable."""
    ident, n = make(key), 1
    while ident in taken:
        ident, n = make(key, n), n + 1
    taken.add(ident)
    return ident
