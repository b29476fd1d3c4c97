"""Main text and page metadata of a saved HTML news page, through trafilatura.

trafilatura removes navigation, footers and comment sections and reads ``<meta>``
(``og:site_name``, ``article:published_time``, ``og:url``). We keep its output as is: the
extracted text becomes the article's raw text (evidence offsets point into it).
"""
from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from pipeline.errors import BadHtml


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    date: str | None = None  # as trafilatura found it in the page metadata (YYYY-MM-DD)
    sitename: str | None = None
    url: str | None = None


# trafilatura drops every character for which str.isprintable() is False, and ZWNJ (U+200C)
# is a format character: "نمایشگاه‌های بین‌المللی" would come out "نمایشگاههای بینالمللی",
# a spelling change made by the reader, not by the page. We stand a printable placeholder
# (one absent from the page) in for ZWNJ/ZWJ and put them back afterwards.
_JOINERS = ("\u200c", "\u200d")
_PLACEHOLDERS = ("\U0001d11e", "\U0001d11f", "\U0001d120", "\U0001d121", "\u2e3b", "\u2e3a")


def _protect(markup: str) -> tuple[str, dict[str, str]]:
    free = [p for p in _PLACEHOLDERS if p not in markup]
    back = {}
    for joiner, placeholder in zip(_JOINERS, free):
        if joiner in markup:
            markup = markup.replace(joiner, placeholder)
            back[placeholder] = joiner
    return markup, back


def _clean(value: object, back: dict[str, str] | None = None) -> str | None:
    if not isinstance(value, str):
        return None
    for placeholder, joiner in (back or {}).items():
        value = value.replace(placeholder, joiner)
    return value.strip() or None


def extract_html(markup: str, *, source: str) -> HtmlPage:
    """Main text and metadata; raises ``BadHtml`` when no main text can be found."""
    protected, back = _protect(markup)
    try:
        doc = trafilatura.bare_extraction(
            protected,
            with_metadata=True,
            include_comments=False,  # reader comments are not the article
            include_tables=True,
            favor_recall=True,  # short Persian news bodies are otherwise dropped as too short
            # Only dates the page declares (meta tags, time elements), never a guess from prose.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # noqa: BLE001 - a parser failure on one page must not stop a batch
        raise BadHtml(f"trafilatura failed: {type(exc).__name__}: {exc}", source=source) from None
    # trafilatura 2.x returns a Document, 1.x a dict.
    fields = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = _clean(fields.get("text"), back)
    if not text:
        raise BadHtml("no main text found in the page", source=source)
    return HtmlPage(
        text=text,
        title=_clean(fields.get("title"), back),
        date=_clean(fields.get("date")),
        sitename=_clean(fields.get("sitename"), back),
        url=_clean(fields.get("url")),
    )
