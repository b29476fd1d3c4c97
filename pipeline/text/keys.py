"""The matching key: one function that every stage, the linker and `evaluate` use, so that
"جمالی نژاد", "جمالینژاد" and "جمالی‌نژاد", or "رئیس" and "رییس", meet.

Defined in ../shared/design/annotation-guide.md ("Matching"): NFKC; ي ى -> ی, ك -> ک,
ة ۀ -> ه, ئ -> ی, أ إ -> ا; drop diacritics (U+064B-U+0652, U+0670) and tatweel; drop ZWNJ,
spaces and the punctuation ``- – — _ . ، , « » ( )``; digits folded to ASCII.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LETTERS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ئ": "ی",
        "أ": "ا",
        "إ": "ا",
        "ـ": None,  # tatweel
        **{chr(c): None for c in range(0x064B, 0x0653)},
        "\u0670": None,
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)
# Characters that separate words for the word-level key (role Jaccard) and vanish in the key.
_DROP = "-–—_.،,«»()"
_DROP_RE = re.compile("[" + re.escape(_DROP) + r"\s\u200c\u200d\u200e\u200f\u00a0]+")


def _fold(text: str) -> str:
    # NFKC first turns presentation forms (ﻻ, ﯾ) into base letters; it also maps ۀ to ه+hamza,
    # whose stray hamza (U+0654) is removed with the diacritics below.
    return unicodedata.normalize("NFKC", text).translate(_LETTERS).replace("\u0654", "")


@lru_cache(maxsize=200_000)
def match_key(text: str) -> str:
    """Key under which two spellings of one name are equal (spaces and ZWNJ dropped)."""
    return _DROP_RE.sub("", _fold(text or ""))


def word_keys(text: str) -> tuple[str, ...]:
    """The words of ``text`` after key folding, split where spaces, ZWNJ or punctuation stood.

    Used where word identity matters (role Jaccard, surname suffixes); ZWNJ splits words here
    just as a space does, so "جمالی‌نژاد" and "جمالی نژاد" give the same words.
    """
    return tuple(w for w in _DROP_RE.split(_fold(text or "")) if w)


def word_jaccard(a: str, b: str) -> float:
    """Jaccard overlap of the word sets of two phrases (the role-matching rule)."""
    wa, wb = set(word_keys(a)), set(word_keys(b))
    if not wa and not wb:
        return 1.0
    return len(wa & wb) / len(wa | wb)
