"""Page metadata printed in an article's text: header lines and the agency attribution.

News pages saved as text start with lines such as::

    کد خبر : 330607
    انتشار : ۱۴۰۳/۱۱/۰۳ - 03:19
    دستهبندی : اصفهان
    چاپ

and the body names its source at the start of a paragraph ("به گزارش سایت خبری مدارا؛",
"خبرگزاری فارس: ..."). Values are returned as the raw text gives them (the dates stage
converts dates; the normaliser folds letters); header lines are returned as raw ranges so
that no stage extracts from them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cues import GAP, SEP, any_cue, cue, fold
from .lines import Line

# Header lines are recognised only near the top: a page's metadata block precedes the body, and
# a short "تاریخ: ..." line deep in an article is more likely a quoted document.
HEAD_LINES = 15
_COLON = r"[ \t\u200c]*[:：][ \t\u200c]*"
_DIGITS = "[0-9۰-۹]"

_NEWS_ID = re.compile(any_cue("کد خبر", "شناسه خبر", "کد مطلب", "شماره خبر") + _COLON + rf"(?P<v>{_DIGITS}+)")
_PUBLISHED = re.compile(
    any_cue("تاریخ انتشار", "زمان انتشار", "انتشار", "تاریخ", "منتشر شده در") + _COLON + rf"(?P<v>.*{_DIGITS}.*)"
)
_CATEGORY = re.compile(any_cue("دسته‌بندی", "دسته", "سرویس", "گروه خبری", "موضوع") + _COLON + r"(?P<v>.{1,60})")
# Page chrome printed as a line of its own ("چاپ" is the print button).
_CHROME = re.compile(any_cue("چاپ", "نسخه چاپی", "ارسال به دوستان", "اشتراک‌گذاری", "ذخیره", "لینک کوتاه"))
_HEADER = (("news_id", _NEWS_ID), ("published_text", _PUBLISHED), ("category", _CATEGORY), (None, _CHROME))

# Agency attribution at the start of a paragraph.
_ORG_WORD = any_cue(
    "خبرگزاری", "سایت", "پایگاه", "روزنامه", "هفته‌نامه", "ماهنامه", "شبکه", "باشگاه خبرنگاران", "رادیو", "تلویزیون"
)
_ATTRIBUTION = re.compile(
    # not "به نقل از" at a paragraph start: it quotes people as often as outlets
    rf"[ \t]*{any_cue('به گزارش', 'به نوشته')}{SEP}"
    # lazy: the agency ends at the first punctuation or at "از ..."/"به نقل از ..." that follows it
    rf"(?P<a>[^؛،,:.\n]{{2,80}}?){GAP}(?=[؛،,:_]|{SEP}(?:{cue('به نقل از')}|از|در){SEP}|{SEP}و{SEP}{cue('به نقل از')}|{SEP}[-–]{SEP})"
)
_AGENCY_LEAD = re.compile(rf"[ \t]*(?P<a>{_ORG_WORD}(?:{SEP}[^\s:：؛،,._]+){{1,3}}?)(?:{GAP}[:：؛_]|{SEP}[-–]{SEP})")
_NEWS_AGENCY = cue("خبرگزاری")
# "خبرنگار پارلمانی فارس", "گروه اقتصاد بین‌الملل فارس": a desk of the agency named last.
_REPORTER = re.compile(any_cue("خبرنگار", "گروه", "سرویس") + r"\S*")
_MAX_AGENCY_WORDS = 6


@dataclass(frozen=True)
class Header:
    """What the header lines say, and the raw ranges of those lines."""

    news_id: str | None = None
    published_text: str | None = None
    category: str | None = None
    ranges: tuple[tuple[int, int], ...] = ()


def parse_header(raw: str, lines: list[Line]) -> Header:
    """Header fields from the first ``HEAD_LINES`` non-blank lines (first value of each wins)."""
    found: dict[str, str] = {}
    ranges = []
    seen = 0
    for line in lines:
        if line.blank:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        s, e = line.stripped_span()
        folded = line.text.strip()
        for name, rx in _HEADER:
            m = rx.fullmatch(folded)
            if m is None:
                continue
            if name is not None and name not in found:
                vs, ve = m.span("v")
                found[name] = raw[s + vs: s + ve].strip()  # s: raw offset of the stripped line
            ranges.append((s, e))
            break
    return Header(found.get("news_id"), found.get("published_text"), found.get("category"), tuple(ranges))


def is_header_line(line: Line) -> bool:
    folded = line.text.strip()
    return any(rx.fullmatch(folded) for _, rx in _HEADER)


def _clean_agency(raw_phrase: str, folded_phrase: str) -> str | None:
    """Reduce an attribution phrase to the agency name ("خبرنگار اقتصادی خبرگزاری فارس" ->
    "خبرگزاری فارس"); None when it names no agency ("خبرنگار ما")."""
    # "خبرنگار سایت افغانستان خبرگزاری فارس": the agency is the خبرگزاری, else the first outlet word.
    m = re.search(_NEWS_AGENCY, folded_phrase) or re.search(_ORG_WORD, folded_phrase)
    if m and m.start() > 0:
        raw_phrase, folded_phrase = raw_phrase[m.start():], folded_phrase[m.start():]
    elif _REPORTER.match(folded_phrase):
        words = raw_phrase.split()
        raw_phrase = words[-1] if len(words) > 1 else ""
        folded_phrase = raw_phrase
    words = raw_phrase.split()
    words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]  # "خبرگزاری خبرگزاری فارس"
    name = " ".join(words)
    if len(words) == 1 and re.fullmatch(_ORG_WORD, fold(name)):
        return None  # "به گزارش خبرگزاری از تهران": an outlet word without a name
    if not name or name in ("ما", "وی") or len(name.split()) > _MAX_AGENCY_WORDS:
        return None
    return name


def _inside(pos: int, ranges: tuple[tuple[int, int], ...], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ranges[i][1]


def find_agency(raw: str, lines: list[Line], skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The first agency named at the start of a paragraph outside the ``skip`` ranges (sorted,
    non-overlapping, as ``merge_ranges`` gives them)."""
    starts = [s for s, _ in skip]
    for line in lines:
        if line.blank or _inside(line.start, skip, starts):
            continue
        m = _ATTRIBUTION.match(line.text) or _AGENCY_LEAD.match(line.text)
        if m is None:
            continue
        s, e = m.span("a")
        name = _clean_agency(raw[line.start + s: line.start + e], line.text[s:e])
        if name:
            return name
    return None
