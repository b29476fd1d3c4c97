"""``read_source``: one input (a path or ``-``) -> articles and failures, never an exception."""
from __future__ import annotations

import codecs
import dataclasses
import io
import os
import sys
from typing import BinaryIO, Iterator

from pipeline.errors import ArticleTooLarge, ExtractionError, NewsfactsError, UnreadableInput
from pipeline.records import InputFailure, RawArticle

from .decode import declared_charset, decode_bytes
from .discover import STDIN
from .formats import format_for, read_html, read_json, read_jsonl, read_text
from .records import fail

DEFAULT_MAX_CHARS = 1_000_000
# Bytes read before giving up on one file, per allowed character: UTF-8 Persian is 2 bytes a
# letter (4 allows UTF-16/32 and margins); HTML carries markup around the text; a JSON file
# holds many articles.
BYTES_PER_CHAR = {"text": 4, "html": 16, "json": 64}
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SNIFF = 4096


class _RawAdapter(io.RawIOBase):
    """Any binary stream as a raw stream, so that ``io.BufferedReader`` can give it ``peek``
    (format sniffing must not consume the bytes the reader then needs)."""

    def __init__(self, stream):
        self._stream = stream
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self._pending:
            data = self._stream.read(len(buffer))
            # A text stream (io.StringIO) gives characters: hand on their UTF-8 bytes.
            self._pending = data.encode("utf-8") if isinstance(data, str) else data
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _binary_stream(stream) -> BinaryIO:
    """A peekable binary stream for ``stdin``: ``sys.stdin`` (text, with ``.buffer``), a binary
    stream, or a text stream such as ``io.StringIO``."""
    stream = getattr(stream, "buffer", stream)  # sys.stdin: read the bytes, decode ourselves
    if hasattr(stream, "peek"):
        return stream
    return io.BufferedReader(_RawAdapter(stream), buffer_size=_SNIFF * 4)


def _article_id(path: str) -> str:
    return "stdin" if path == STDIN else os.path.basename(os.path.normpath(path))


def _read_bounded(stream: BinaryIO, limit: int) -> bytes | None:
    """At most ``limit`` bytes; None when the stream holds more (never reads it all)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _read(path: str, stream: BinaryIO, max_chars: int) -> Iterator[RawArticle | InputFailure]:
    article_id = _article_id(path)
    head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
    fmt = format_for(path, head)
    if fmt == "jsonl" and not head.startswith(_WIDE_BOMS):
        yield from read_jsonl(path, stream, max_chars)
        return
    limit = BYTES_PER_CHAR.get(fmt, 4) * max_chars + _SNIFF
    data = _read_bounded(stream, limit)
    if data is None:
        yield fail(article_id, path, ArticleTooLarge(
            f"more than {limit:,} bytes ({fmt}); max_chars={max_chars:,}", source=path))
        return
    try:
        declared = declared_charset(data[:_SNIFF]) if fmt == "html" else None
        decoded = decode_bytes(data, source=path, declared=declared)
    except NewsfactsError as err:
        yield fail(article_id, path, err)
        return
    if fmt == "jsonl":  # UTF-16/32 JSONL: lines are split after decoding
        for item in read_jsonl(path, io.BytesIO(decoded.text.encode("utf-8")), max_chars):
            yield dataclasses.replace(item, encoding=decoded.encoding) if isinstance(item, RawArticle) else item
    elif fmt == "json":
        yield from read_json(path, decoded, max_chars)
    elif fmt == "html":
        yield from read_html(article_id, path, decoded, max_chars)
    else:
        yield from read_text(article_id, path, decoded, max_chars)


def read_source(
    path: str, *, max_chars: int = DEFAULT_MAX_CHARS, stdin: BinaryIO | None = None
) -> Iterator[RawArticle | InputFailure]:
    """Articles and failures of one input: a file path, or ``-`` for ``stdin`` (``sys.stdin``
    by default; a binary or text stream; bytes are read and decoded here). Never raises for bad input: a missing file, an
    undecodable or binary file, an empty or oversized text, a broken JSONL line each become an
    ``InputFailure`` whose message names the source and the reason."""
    article_id = _article_id(path)
    produced = 0
    try:
        if path == STDIN:
            stream = _binary_stream(stdin if stdin is not None else sys.stdin)
            for item in _read(path, stream, max_chars):
                produced += 1
                yield item
            return
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below; the generator may be abandoned
        except OSError as exc:
            yield fail(article_id, path, UnreadableInput(f"cannot open: {exc.strerror or exc}", source=path))
            return
        with stream:
            for item in _read(path, stream, max_chars):
                produced += 1
                yield item
    except NewsfactsError as err:
        yield fail(article_id, path, err)
    except (OSError, MemoryError, RecursionError) as exc:
        yield fail(article_id, path, UnreadableInput(f"read failed after {produced} items: {exc}", source=path))
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop a batch; code says it is ours
        yield fail(article_id, path, ExtractionError(f"{type(exc).__name__}: {exc}", source=path))
