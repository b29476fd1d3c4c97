"""Readers for one input's bytes: plain text, JSONL, JSON and HTML.

Each reader yields ``RawArticle`` or ``InputFailure`` and raises nothing for bad input.
"""
from __future__ import annotations

import json
import os
import re
from typing import BinaryIO, Iterator

from pipeline.errors import ArticleTooLarge, BadJsonLine, EmptyArticle, NewsfactsError
from pipeline.records import InputFailure, RawArticle

from .decode import Decoded, decode_bytes
from .html import extract_html
from .page import analyse_page
from .records import check_text, fail, record_to_article

Item = RawArticle | InputFailure

FORMAT_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<title)", re.IGNORECASE)


def format_for(path: str, head: bytes) -> str:
    """The reader for ``path``: by extension, else by the first bytes (stdin, unknown names)."""
    fmt = FORMAT_BY_EXTENSION.get(os.path.splitext(path)[1].lower())
    if fmt:
        return fmt
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML_START.match(stripped):
        return "html"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0]
        try:
            json.loads(first)
        except ValueError:
            return "json"  # one object spread over several lines
        return "jsonl"
    return "text"


# ----------------------------------------------------------------------------- plain text
def read_text(article_id: str, path: str, decoded: Decoded, max_chars: int) -> Iterator[Item]:
    bad = check_text(decoded.text, article_id=article_id, where=path, max_chars=max_chars)
    if bad is not None:
        yield bad
        return
    page = analyse_page(decoded.text)
    yield RawArticle(
        id=article_id,
        source=path,
        text=decoded.text,
        title=page.title,
        category=page.category,
        agency=page.agency,
        news_id=page.news_id,
        published_text=page.published_text,
        boilerplate=page.boilerplate,
        format="text",
        encoding=decoded.encoding,
    )


# ----------------------------------------------------------------------------- HTML
def read_html(article_id: str, path: str, decoded: Decoded, max_chars: int) -> Iterator[Item]:
    try:
        html = extract_html(decoded.text, source=path)
    except NewsfactsError as err:
        yield fail(article_id, path, err)
        return
    bad = check_text(html.text, article_id=article_id, where=path, max_chars=max_chars)
    if bad is not None:
        yield bad
        return
    page = analyse_page(html.text, title=html.title)
    yield RawArticle(
        id=article_id,
        source=path,
        text=html.text,
        title=html.title or page.title,
        url=html.url,
        category=page.category,
        # The paragraph's own attribution names the agency more precisely than the site name
        # (a site republishing an agency's report).
        agency=page.agency or html.sitename,
        news_id=page.news_id,
        published_text=page.published_text or html.date,
        boilerplate=page.boilerplate,
        format="html",
        encoding=decoded.encoding,
    )


# ----------------------------------------------------------------------------- JSON
def read_json(path: str, decoded: Decoded, max_chars: int) -> Iterator[Item]:
    name = os.path.basename(path) if path != "-" else "stdin"
    try:
        data = json.loads(decoded.text)
    except ValueError as exc:
        yield fail(name, path, BadJsonLine(f"not valid JSON: {exc}", source=path))
        return
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, 1):
        where = f"{path} item {n}" if isinstance(data, list) else path
        default_id = f"{name}:{n}" if isinstance(data, list) else name
        yield record_to_article(
            obj, default_id=default_id, path=path, where=where, fmt="json", encoding=decoded.encoding,
            max_chars=max_chars,
        )


# ----------------------------------------------------------------------------- JSONL
def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; ``None`` for a line longer than ``limit`` bytes,
    whose rest is skipped in bounded chunks (a runaway line never sits in memory whole)."""
    n = 0
    while True:
        chunk = stream.readline(limit + 1)
        if not chunk:
            return
        n += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(limit + 1)
            yield n, None
            continue
        yield n, chunk


def read_jsonl(path: str, stream: BinaryIO, max_chars: int) -> Iterator[Item]:
    """One record per line; a bad line is one failure and the next lines still come through."""
    name = os.path.basename(path) if path != "-" else "stdin"
    # JSON escapes can make a character 6 bytes ("\u0627"); the exact check is on the text.
    limit = 6 * max_chars + 4096
    records = 0
    for n, data in _lines(stream, limit):
        if data is None or data.strip():
            records += 1
        where, line_id = f"{path} line {n}", f"{name}:{n}"
        if data is None:
            yield fail(line_id, path, ArticleTooLarge(f"line longer than {limit:,} bytes", source=where))
            continue
        if not data.strip():
            continue  # blank lines separate nothing in JSONL; not an article, not an error
        try:
            decoded = decode_bytes(data, source=where)
        except NewsfactsError as err:
            yield fail(line_id, path, err)
            continue
        try:
            obj = json.loads(decoded.text)
        except ValueError as exc:
            yield fail(line_id, path, BadJsonLine(f"not valid JSON ({exc})", source=where))
            continue
        yield record_to_article(
            obj, default_id=line_id, path=path, where=where, fmt="jsonl", encoding=decoded.encoding,
            max_chars=max_chars,
        )
    if not records:  # an empty JSONL file still shows up in the run's counts
        yield fail(name, path, EmptyArticle("no records (empty or blank lines only)", source=path))

