"""JSON records (a JSONL line or an item of a JSON list) -> ``RawArticle`` or ``InputFailure``."""
from __future__ import annotations

from typing import Any

from pipeline.errors import ArticleTooLarge, BadJsonLine, EmptyArticle, MissingField, NewsfactsError
from pipeline.records import ErrorInfo, InputFailure, RawArticle

from .page import analyse_page


def fail(article_id: str, source: str, err: NewsfactsError) -> InputFailure:
    """An ``InputFailure`` whose message names the source and the reason (``err.to_json()``)."""
    return InputFailure(article_id, source, ErrorInfo(**err.to_json()))


def _str(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() or None if isinstance(value, str) else None


def published_text(value: Any) -> str | None:
    """The publication date as the record gives it: a string, or the ``jalali`` (else
    ``gregorian``) member of ``{"jalali", "gregorian"}``. Not converted here."""
    if isinstance(value, dict):
        return _str(value.get("jalali")) or _str(value.get("gregorian"))
    return _str(value)


def check_text(text: str, *, article_id: str, where: str, max_chars: int) -> InputFailure | None:
    """The failure for an empty/whitespace-only or oversized text, else None."""
    if not text.strip():
        return fail(article_id, where, EmptyArticle("the text is empty or whitespace only", source=where))
    if len(text) > max_chars:
        return fail(article_id, where, ArticleTooLarge(
            f"{len(text):,} characters, more than max_chars={max_chars:,}", source=where))
    return None


def record_to_article(
    obj: Any, *, default_id: str, path: str, where: str, fmt: str, encoding: str, max_chars: int
) -> RawArticle | InputFailure:
    """One JSON record -> article. ``where`` names the place for messages ("a.jsonl line 3").

    The record's ``id`` is both the article id and its ``source`` (the output contract's
    "input's own id"); failures keep the file path as source so the user can find the line.
    """
    if not isinstance(obj, dict):
        return fail(default_id, path, BadJsonLine(f"a JSON {type(obj).__name__}, not an object", source=where))
    article_id = _str(obj.get("id")) or default_id
    text = obj.get("text")
    if not isinstance(text, str):
        what = "has no 'text'" if text is None else f"'text' is a {type(text).__name__}, not a string"
        return fail(article_id, path, MissingField(f"the record {what}", source=where))
    bad = check_text(text, article_id=article_id, where=where, max_chars=max_chars)
    if bad is not None:
        return InputFailure(bad.id, path, bad.error)
    title = _str(obj.get("title"))
    page = analyse_page(text, title=title)
    return RawArticle(
        id=article_id,
        source=_str(obj.get("id")) or default_id,
        text=text,
        title=title or page.title,
        url=_str(obj.get("url")),
        category=_str(obj.get("category")) or page.category,
        agency=_str(obj.get("agency")) or page.agency,
        news_id=_str(obj.get("news_id")) or page.news_id,
        published_text=published_text(obj.get("published")) or page.published_text,
        boilerplate=page.boilerplate,
        format=fmt,
        encoding=encoding,
    )
