"""Lines of a text with their raw offsets (the unit page metadata and boilerplate work on)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Line:
    start: int  # raw offset of the first character
    end: int  # raw offset after the last character, "\r" and "\n" excluded
    text: str  # the folded text of the line (same length as the raw line)

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def stripped_span(self) -> tuple[int, int]:
        """Raw span of the line without surrounding whitespace (an empty span when blank)."""
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text) - len(self.text.rstrip())
        return self.start + lead, max(self.start + lead, self.end - trail)


def split_lines(folded: str) -> list[Line]:
    """Every line of ``folded`` (a same-length fold of the raw text), blank ones included."""
    out = []
    for m in _LINE.finditer(folded):
        s, e = m.span()
        if s == e and s > 0 and folded[s - 1] != "\n":
            continue  # the empty match finditer yields right after a non-empty line
        if e > s and folded[e - 1] == "\r":
            e -= 1
        out.append(Line(s, e, folded[s:e]))
    return out


def merge_ranges(ranges: list[tuple[int, int]], text: str) -> tuple[tuple[int, int], ...]:
    """Sort and merge ranges that overlap or are separated only by whitespace in ``text``."""
    merged: list[list[int]] = []
    for s, e in sorted(r for r in ranges if r[1] > r[0]):
        if merged and (s <= merged[-1][1] or not text[merged[-1][1]:s].strip()):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return tuple((s, e) for s, e in merged)
