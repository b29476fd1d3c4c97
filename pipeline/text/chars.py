"""Character-level normalisation: one translation table plus a few regex steps.

Conventions (see docs/architecture.md): Persian letters (ی ک), Persian digits, no tatweel or
harakat, ``ۀ`` written as ``هٔ`` (heh + hamza above, the Academy form, which is also what NFKC
gives), every dash written as the hyphen-minus ``-``, curly quotes as straight ones (« » stay),
one space between words, newlines kept (paragraphs matter downstream), ZWNJ only between two
letters. Every step goes through :class:`~pipeline.text.align.Aligned` so offsets survive.
"""
from __future__ import annotations

import re
import unicodedata

from .align import Aligned

ZWNJ = "\u200c"

# The letters a word is made of once the table below has run (hamza above kept: it is part of
# "هٔ"). Used by the ZWNJ modules to find words; digits and punctuation are not letters.
LETTERS = "ءآأؤإئابةتثجحخدذرزژسشصضطظعغفقلمنهوپچکگی\u0654"
# Letters that never join the following letter: a ZWNJ after them is invisible, so the glued
# and the ZWNJ spellings look the same and we never need to insert one there.
NON_JOINING = set("ءآأؤإادذرزژوة")

_BASE = {
    "ي": "ی", "ى": "ی", "ې": "ی", "ێ": "ی", "ۍ": "ی",
    "ك": "ک", "ڪ": "ک",
    "ة": "ه", "ۀ": "هٔ", "ە": "ه", "ھ": "ه", "ہ": "ه",
    **{chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x30 + i): chr(0x06F0 + i) for i in range(10)},  # ASCII digits
    "ـ": "",  # tatweel
    **{chr(c): "" for c in range(0x064B, 0x0653)},  # harakat, shadda, sukun
    "\u0670": "",  # superscript alef
    # bidi controls and BOM: invisible, never meaningful inside a news text
    **{c: "" for c in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff"},
    "\u200b": ZWNJ,  # zero-width space is used by some editors where ZWNJ is meant
    "\u00ad": ZWNJ,  # so is a soft hyphen ("پنج\u00adشنبه"); outside a word it is dropped as stray
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"},
    **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033"},
    **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"},
    "\r": "",  # CRLF -> LF; a lone CR is rare enough in news dumps to drop as well
}


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (ﻲ, ﻻ, ﮐ ...) -> base letters, via NFKC then the base table.

    Long ligatures (ﷺ, ﷽) expand to whole phrases; we leave those alone rather than invent text.
    """
    out: dict[str, str] = {}
    for cp in [*range(0xFB50, 0xFDF0), *range(0xFE70, 0xFEFD)]:
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if nf == ch or not 1 <= len(nf) <= 2 or not all("\u0600" <= c <= "\u06ff" for c in nf):
            continue
        out[ch] = "".join(_BASE.get(c, c) for c in nf)
    return out


CHAR_TABLE: dict[int, str | None] = {
    ord(k): (v or None) for k, v in {**_presentation_forms(), **_BASE}.items()
}

# Some sites (Fars among them) type a left-to-right or right-to-left mark where a ZWNJ belongs
# (خیابان\u200eها، به\u200eدلیل); between two Arabic-script letters a bidi mark has no other use.
_BIDI_FOR_ZWNJ = re.compile("(?<=[\u0620-\u064a\u0671-\u06d3\u06d5])[\u200e\u200f\u061c](?=[\u0620-\u064a\u0671-\u06d3\u06d5])")
_SPACE_RUN = re.compile(r" {2,}")
_LINE_EDGE_SPACE = re.compile(r"(?m)^ +| +$")
_ZWNJ_RUN = re.compile(ZWNJ + "{2,}")
# A ZWNJ only means something between two letters; next to a space, punctuation, a digit or a
# line edge it is debris (the corpus has thousands of these) and would split keys needlessly.
_STRAY_ZWNJ = re.compile(f"(?<![{LETTERS}]){ZWNJ}|{ZWNJ}(?![{LETTERS}])")


_MAPPED = {chr(k): v or "" for k, v in CHAR_TABLE.items()}
# One regex over the table's keys: only the characters that change cost Python work
# (Aligned.translate walks every character, which dominates on long articles).
_MAPPED_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_MAPPED)) + "]")


def _map_char(m: re.Match) -> str:
    return _MAPPED[m.group(0)]


def normalize_chars(aligned: Aligned) -> Aligned:
    """Letters, digits, marks, dashes, quotes, spaces and stray ZWNJ; newlines kept."""
    return (
        aligned.sub(_BIDI_FOR_ZWNJ, ZWNJ)
        .sub(_MAPPED_RE, _map_char)
        .sub(_ZWNJ_RUN, ZWNJ)
        .sub(_STRAY_ZWNJ, "")
        .sub(_SPACE_RUN, " ")
        .sub(_LINE_EDGE_SPACE, "")
    )
