"""Command-line inputs -> the list of sources to read, in a deterministic order."""
from __future__ import annotations

import os
from typing import Sequence

STDIN = "-"
# Documentation that sits beside articles (corpus/README.md) is not an article; only skipped
# when a directory is expanded: a file named explicitly is always read.
_NOT_ARTICLES = ("readme", "license", "licence", "sources")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _skipped(name: str) -> bool:
    return _hidden(name) or name.lower().split(".", 1)[0] in _NOT_ARTICLES


def discover(inputs: Sequence[str]) -> list[str]:
    """Files as given, directories expanded recursively (sorted; hidden files and directories,
    and README/LICENSE files, skipped), ``-`` kept for stdin. A path that does not exist is kept: reading it gives an
    ``InputFailure`` (``UnreadableInput``) so that the run's counts still show it."""
    out: list[str] = []
    for item in inputs:
        if item != STDIN and os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs[:] = [d for d in dirs if not _hidden(d)]  # prune: os.walk honours the edit
                found += [os.path.join(root, f) for f in files if not _skipped(f)]
            # Sort on path components so "a/b" and "a-b" order the same on every platform.
            out += sorted(found, key=lambda p: os.path.relpath(p, item).split(os.sep))
        else:
            out.append(item)
    return out
