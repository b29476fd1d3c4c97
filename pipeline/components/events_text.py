"""Text helpers for the events component: a one-to-one folded copy of the text (so regex
offsets are Doc offsets) and sentence/clause ranges.

Why a folded copy rather than ``match_key``: the key drops spaces and ZWNJ, which moves
offsets; here every character maps to exactly one character, so a match in the folded text
is a span of ``doc.text`` as it stands.
"""
from __future__ import annotations

import re
from functools import lru_cache

_FOLD = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
        "\u200c": " ", "\u200d": " ", "\u00a0": " ", "\n": "\n",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)

# Same sentence rule as pipeline/article.py (sentence index of a mention): . ! ? ؟ or a line
# break end a sentence.
_SENTENCE_END = re.compile(r"[.!?؟\n]+")
# Inside a sentence, a colon (quoted speech follows) or ؛ starts a new clause.
_CLAUSE_END = re.compile(r"[:؛;]+")


def fold(text: str) -> str:
    """``text`` with ZWNJ as a space, Persian letters and ASCII digits; same length."""
    out = text.translate(_FOLD)
    assert len(out) == len(text)
    return out


def _ranges(text: str, rx: re.Pattern, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    out, pos = [], start
    for m in rx.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges (each ends after its terminator), blank ones left out."""
    return _ranges(text, _SENTENCE_END)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause ranges inside the sentence ``[start, end)``."""
    return _ranges(text, _CLAUSE_END, start, end) or [(start, end)]


def index_of(ranges: list[tuple[int, int]], pos: int) -> int:
    """Index of the range containing ``pos`` (the last one starting at or before it)."""
    lo, hi = 0, len(ranges)
    while lo < hi:
        mid = (lo + hi) // 2
        if ranges[mid][0] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


@lru_cache(maxsize=256)
def compile_any(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))
