"""Normalisation with alignment: raw article text -> canonical text every later stage reads.

v0 (foundation): letters, digits, invisible marks and spaces. ZWNJ restoration and the
hazm wrapper come with the normalisation issue; the interface stays: ``normalize(raw)``
returns an :class:`~pipeline.text.align.Aligned` whose ``to_raw`` maps spans back.
"""
from __future__ import annotations

import re

from .align import Aligned

_CHARS = {
    **{ord(a): b for a, b in {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "هٔ"}.items()},
    **{0x0660 + i: chr(0x06F0 + i) for i in range(10)},
    **{0x30 + i: chr(0x06F0 + i) for i in range(10)},
    0x0640: None,  # tatweel
    **{c: None for c in range(0x064B, 0x0653)},  # harakat
    0x200E: None, 0x200F: None, 0x202A: None, 0x202B: None, 0x202C: None, 0xFEFF: None,
    0x00A0: " ", 0x2009: " ", 0x202F: " ",
}
_SPACES = re.compile(r"[ \t]{2,}")


def normalize(raw: str) -> Aligned:
    return Aligned.identity(raw).translate(_CHARS).sub(_SPACES, " ")


def normalize_text(raw: str) -> str:
    return normalize(raw).text
