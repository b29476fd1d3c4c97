"""Readers for the PEYMA, NSURL-2019 and ArmanPersoNER corpora in ../shared/data/ner, shared by
the benchmarks that score against them or draw sentences from them: each sentence as its tokens joined by single spaces, with
the entity spans (start, end, type) in that text. The corpora are read at run time only."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

Span = tuple[int, int, str]


def sentences(path: Path) -> Iterator[tuple[str, list[Span]]]:
    """PEYMA's ``token|TAG`` lines (``B_PER``), one sentence per blank-line block."""
    toks: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield build(toks)
                    toks = []
                continue
            if "|" in line:
                tok, tag = line.rsplit("|", 1)
                toks.append((tok, tag.strip()))


def arman_sentences(path: Path) -> Iterator[tuple[str, list[Span]]]:
    """ArmanPersoNER's ``token TAG`` lines (IOB, ``B-pers``), one sentence per blank-line block."""
    toks: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            parts = line.split()
            if not parts:
                if toks:
                    yield build(toks)
                    toks = []
                continue
            tag = parts[-1] if len(parts) >= 2 else "O"
            toks.append((parts[0], tag.replace("-", "_", 1).upper()))


def nsurl_sentences(folder: Path, exclude: set[str], key) -> Iterator[tuple[str, list[Span]]]:
    """NSURL-2019's documents (PEYMA's types, written ``B-DAT``), minus the sentences whose
    ``key(text)`` is in ``exclude`` (a few sentences, mostly agency boilerplate, are in both)."""
    for path in sorted(folder.iterdir()):
        toks: list[tuple[str, str]] = []
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n") + [""]
        for line in lines:
            if not line.strip():
                if toks:
                    text, spans = build([(t, g.replace("-", "_", 1)) for t, g in toks])
                    if key(text) not in exclude:
                        yield text, spans
                    toks = []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) >= 2:
                toks.append((parts[0], parts[-1].strip()))


def nsurl_all(folder: Path) -> Iterator[tuple[str, list[Span]]]:
    """Every NSURL-2019 sentence, files in name order."""
    return nsurl_sentences(folder, set(), str)


def build(toks: list[tuple[str, str]]) -> tuple[str, list[Span]]:
    parts: list[str] = []
    spans: list[Span] = []
    pos, cur = 0, None
    for tok, tag in toks:
        start = pos
        parts.append(tok)
        pos += len(tok) + 1
        kind = tag[2:] if len(tag) > 2 else None
        if tag.startswith("B_"):
            if cur:
                spans.append(tuple(cur))
            cur = [start, start + len(tok), kind]
        elif tag.startswith("I_") and cur and kind == cur[2]:
            cur[1] = start + len(tok)
        else:
            if cur:
                spans.append(tuple(cur))
            cur = None
    if cur:
        spans.append(tuple(cur))
    return " ".join(parts), spans
