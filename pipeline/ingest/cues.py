"""Cue-word matching for page metadata and boilerplate, tolerant of Persian spelling noise.

Pages write the same cue many ways: Arabic ي/ك, ZWNJ present, dropped or typed as a space
("دسته‌بندی", "دستهبندی", "دسته بندی"). We match on a *folded* copy of the text whose folding
is strictly one character to one character, so a match's offsets are raw offsets with no
mapping step; the ZWNJ/space variation is absorbed by the patterns instead (``cue``).
"""
from __future__ import annotations

import re
from functools import lru_cache

# 1:1 letter folding (length-preserving on purpose: offsets in the folded text are raw offsets).
_FOLD = tuple(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "\u00a0": " ",
        "\u202f": " ",
        **{chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)},  # Arabic-Indic -> Persian digits
    }.items()
)

# What may stand between two words of a cue, and inside a word where a ZWNJ belongs.
GAP = r"[ \t\u200c\u200d]*"
SEP = r"[ \t\u200c\u200d]+"


def fold(text: str) -> str:
    """Same-length folding of letters/digits/odd spaces; ``len(fold(t)) == len(t)``.

    A chain of ``str.replace`` rather than ``str.translate``: translate with a dict goes through
    Python per character for non-ASCII text and was most of ingestion's time.
    """
    for old, new in _FOLD:
        if old in text:
            text = text.replace(old, new)
    return text


@lru_cache(maxsize=256)
def cue(phrase: str) -> str:
    """Regex source for a cue phrase written in standard Persian (with ZWNJ where it belongs).

    A space in the phrase matches one or more spaces/ZWNJ; a ZWNJ matches a ZWNJ, a space or
    nothing (the three ways pages write it). Letters are matched literally on folded text.
    """
    out = []
    for ch in fold(phrase):
        if ch == " ":
            out.append(SEP)
        elif ch == "\u200c":
            out.append(GAP)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def any_cue(*phrases: str) -> str:
    """Alternation of several cues, longest first so that the fullest phrase wins."""
    return "(?:" + "|".join(cue(p) for p in sorted(phrases, key=len, reverse=True)) + ")"
