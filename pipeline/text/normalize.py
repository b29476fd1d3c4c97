"""Normalisation with alignment: raw article text -> canonical text every later stage reads.

Steps, each an :class:`~pipeline.text.align.Aligned` step so ``to_raw`` maps spans back:

1. characters (``chars.normalize_chars``): letters, digits, marks, dashes, quotes, spaces;
2. titles glued to names (``zwnj.split_titles``): دکترجمالی -> دکتر جمالی;
3. dropped ZWNJ (``zwnj.repair_glued``): ظرفیتهای -> ظرفیت‌های;
4. ZWNJ written as a space (``zwnj.repair_spaced``): می شود -> می‌شود.

We do not call hazm's Normalizer: it re-spaces dates ("۱۴۰۳/۱۱/۰۳" -> "۱۴۰۳ / ۱۱ / ۰۳") and
loses the alignment; we use its word lists instead (``lexicon.py``).
The result is idempotent: ``normalize_text(normalize_text(x)) == normalize_text(x)``.
"""
from __future__ import annotations

from typing import IO

from .align import Aligned
from .chars import normalize_chars
from .zwnj import repair_glued, repair_spaced, split_titles, uses_zwnj


def normalize(raw: str) -> Aligned:
    """The normalised text of ``raw`` with its alignment to raw offsets.

    Text that already uses ZWNJ gets the careful repair (``zwnj.uses_zwnj``).
    """
    chars = normalize_chars(Aligned.identity(raw or ""))
    careful = uses_zwnj(chars.text)
    aligned = _repair(chars, careful)
    if careful or not uses_zwnj(aligned.text):
        return aligned
    # The repair gave a writer who used no ZWNJ their first ones ("می زده شد ها" -> "... شد‌ها"),
    # and a second pass would read them as a careful writer's and join more ("می‌زده"): run to
    # the fixed point, so that the result is idempotent
    for _ in range(2):
        again = _repair(normalize_chars(aligned), True)
        if again.text == aligned.text:
            break
        aligned = again
    return aligned


def _repair(aligned: Aligned, careful: bool) -> Aligned:
    return repair_spaced(repair_glued(split_titles(aligned), careful), careful)


def normalize_text(raw: str) -> str:
    return normalize(raw).text


def normalize_stream(fin: IO[str], fout: IO[str]) -> int:
    """One normalised line per input line (newline kept as read); returns the line count."""
    n = 0
    for line in fin:
        body = line[:-1] if line.endswith("\n") else line
        fout.write(normalize_text(body))
        if line.endswith("\n"):
            fout.write("\n")
        n += 1
    return n
