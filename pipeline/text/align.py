"""Alignment between a raw text and a text derived from it by replacements.

Every normalised character remembers the raw range it came from, so any span of the
normalised text maps back to raw offsets with ``raw[start:end]`` covering what was read.
Steps are applied one after another (regex substitutions, character translations); the
alignment composes automatically because each step rewrites the per-character ranges.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from typing import Callable, Pattern


@dataclass(frozen=True)
class Aligned:
    """A text and, for each of its characters, the raw range ``[starts[i], ends[i])`` behind it."""

    raw: str
    text: str
    starts: array = field(repr=False, compare=False)
    ends: array = field(repr=False, compare=False)

    @classmethod
    def identity(cls, raw: str) -> "Aligned":
        n = len(raw)
        return cls(raw, raw, array("l", range(n)), array("l", range(1, n + 1)))

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the normalised span ``[start, end)``; empty spans stay empty."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) out of bounds for text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.raw)
            return pos, pos
        return self.starts[start], max(self.ends[start:end])

    def raw_slice(self, start: int, end: int) -> str:
        s, e = self.to_raw(start, end)
        return self.raw[s:e]

    # -- steps ---------------------------------------------------------------------------
    def sub(self, pattern: str | Pattern[str], repl: str | Callable[[re.Match], str]) -> "Aligned":
        """Regex substitution that keeps the alignment.

        A replacement of equal length maps character to character; otherwise every new
        character maps to the whole matched raw range (insertions map to an empty range at
        the insertion point).
        """
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        text, starts, ends = self.text, self.starts, self.ends
        out: list[str] = []
        ns, ne = array("l"), array("l")
        pos = 0
        for m in rx.finditer(text):
            ms, me = m.span()
            r = repl(m) if callable(repl) else m.expand(repl)
            if r == m.group(0):
                continue
            out.append(text[pos:ms])
            ns.extend(starts[pos:ms])
            ne.extend(ends[pos:ms])
            if r:
                if len(r) == me - ms:
                    ns.extend(starts[ms:me])
                    ne.extend(ends[ms:me])
                elif me > ms:
                    # Keep a shared prefix/suffix 1:1 so that e.g. inserting a ZWNJ inside a
                    # word still maps the letters around it to themselves.
                    _map_changed(text[ms:me], r, starts[ms:me], ends[ms:me], ns, ne)
                else:
                    at = starts[ms] if ms < len(text) else (ends[ms - 1] if ms else 0)
                    ns.extend([at] * len(r))
                    ne.extend([at] * len(r))
                out.append(r)
            pos = me
        if pos == 0 and not out:
            return self
        out.append(text[pos:])
        ns.extend(starts[pos:])
        ne.extend(ends[pos:])
        return Aligned(self.raw, "".join(out), ns, ne)

    def translate(self, table: dict[int, str | None]) -> "Aligned":
        """``str.translate`` with alignment (each character maps to zero or more).

        Done as one regex pass over the table's keys, so only the characters that change cost
        Python work (a per-character loop dominated on long articles); a one-character match
        maps exactly as the loop did: every output character to the raw range of its source.
        """
        keys = [chr(k) for k in table if chr(k) in self.text]
        if not keys:
            return self
        rx = re.compile("[" + "".join(re.escape(c) for c in sorted(keys)) + "]")
        return self.sub(rx, lambda m: table.get(ord(m.group(0))) or "")


def _map_changed(old: str, new: str, os_: array, oe: array, ns: array, ne: array) -> None:
    """Map ``new`` onto ``old``'s ranges: common prefix and suffix 1:1, the middle as a block."""
    p = 0
    while p < len(old) and p < len(new) and old[p] == new[p]:
        p += 1
    s = 0
    while s < len(old) - p and s < len(new) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    ns.extend(os_[:p])
    ne.extend(oe[:p])
    mid_new = len(new) - p - s
    if mid_new:
        if len(old) - p - s > 0:
            lo, hi = os_[p], max(oe[p: len(old) - s])
        else:  # pure insertion between two kept characters
            lo = hi = oe[p - 1] if p else os_[0]
        ns.extend([lo] * mid_new)
        ne.extend([hi] * mid_new)
    if s:
        ns.extend(os_[len(old) - s:])
        ne.extend(oe[len(old) - s:])
