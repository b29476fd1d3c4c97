"""Everything an article's own text says about the page: metadata and boilerplate ranges."""
from __future__ import annotations

from dataclasses import dataclass

from .boilerplate import repeated_title, trailing_blocks
from .cues import fold
from .lines import merge_ranges, split_lines
from .metadata import find_agency, is_header_line, parse_header

MAX_TITLE_CHARS = 300  # a "first line" longer than this is a paragraph, not a headline


@dataclass(frozen=True)
class PageInfo:
    title: str | None = None
    news_id: str | None = None
    published_text: str | None = None
    category: str | None = None
    agency: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()


def _trim(raw: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and raw[s].isspace():
        s += 1
    while e > s and raw[e - 1].isspace():
        e -= 1
    return s, e


def first_line_title(raw: str) -> str | None:
    """The first non-blank line that is not a page-header line (stripped), as a headline."""
    for line in split_lines(fold(raw)):
        if line.blank or is_header_line(line):
            continue
        s, e = line.stripped_span()
        return raw[s:e] if e - s <= MAX_TITLE_CHARS else None
    return None


def analyse_page(raw: str, *, title: str | None = None) -> PageInfo:
    """Metadata and boilerplate of ``raw`` (offsets are raw; ``raw`` itself is never changed).

    ``title``: the headline when the source gives one (JSONL, HTML); otherwise the first
    non-header line is the headline. Either way the headline's first occurrence in the text
    stays extractable and later repeats are boilerplate.
    """
    lines = split_lines(fold(raw))
    header = parse_header(raw, lines)
    headline = title if title else first_line_title(raw)
    ranges = list(header.ranges)
    ranges += repeated_title(lines, headline, skip_first=True)
    ranges += trailing_blocks(lines, len(raw))
    boilerplate = merge_ranges([_trim(raw, r) for r in ranges], raw)
    return PageInfo(
        title=headline,
        news_id=header.news_id,
        published_text=header.published_text,
        category=header.category,
        agency=find_agency(raw, lines, boilerplate),
        boilerplate=boilerplate,
    )
