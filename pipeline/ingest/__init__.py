"""Ingestion: files, directories and stdin -> ``RawArticle`` / ``InputFailure``.

Public interface (other stages call only these)::

    discover(inputs) -> list[str]
    read_source(path, *, max_chars=1_000_000, stdin=None) -> Iterator[RawArticle | InputFailure]

Modules: ``discover`` (inputs), ``decode`` (encodings), ``formats`` (txt/JSONL/JSON/HTML
readers), ``html`` (trafilatura), ``records`` (JSON record -> article), ``page`` +
``metadata`` + ``boilerplate`` (page header, agency, boilerplate ranges), ``cues``/``lines``
(spelling-tolerant cue matching with raw offsets), ``source`` (``read_source``).
"""
from __future__ import annotations

from .decode import Decoded, decode_bytes
from .discover import discover
from .page import PageInfo, analyse_page
from .source import DEFAULT_MAX_CHARS, read_source

__all__ = ["DEFAULT_MAX_CHARS", "Decoded", "PageInfo", "analyse_page", "decode_bytes", "discover", "read_source"]
