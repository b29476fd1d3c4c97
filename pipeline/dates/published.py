"""The article's publication date as sources give it -> ``DateValue`` (source "text")."""
from __future__ import annotations

import re

from ..records import DateValue
from . import convert
from .lexicon import fold

_NUMERIC = re.compile(
    r"^\s*(?P<y>[0-9]{4})[/\-.](?P<m>[0-9]{1,2})[/\-.](?P<d>[0-9]{1,2})"
    r"(?:(?:\s*[-–,،T]\s*|\s+)(?:ساعت\s*)?(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
    r"\s*(?:Z|[+\-][0-9]{2}:?[0-9]{2})?\s*$"
)


def _from_parts(y: int, m: int, d: int, text: str, time: str | None) -> DateValue | None:
    try:
        iv = convert.jalali(y, m, d) if y < 1700 else convert.gregorian(y, m, d)
    except ValueError:
        return None
    return iv.value(text, "text", time)


def parse_published(s: str | dict | None) -> DateValue | None:
    """"۱۴۰۳/۱۱/۰۳ - 03:19", "1387-07-06" (Jalali: year < 1700), "2008-09-27", ISO datetimes,
    "۵ اسفند ۱۳۹۷", or ``{"jalali": ..., "gregorian": ...}`` -> DateValue at day precision;
    None for None or anything unreadable."""
    if s is None:
        return None
    if isinstance(s, dict):
        # The Jalali form is what the page showed; the Gregorian one is the fallback.
        for key in ("jalali", "gregorian", "date", "published"):
            v = s.get(key)
            if isinstance(v, str) and (value := parse_published(v)) is not None:
                return value
        return None
    if not isinstance(s, str) or not s.strip():
        return None
    text = s.strip()
    m = _NUMERIC.match(fold(text))
    if m:
        time = f"{int(m.group('h')):02d}:{m.group('mi')}" if m.group("h") else None
        if time and not (int(m.group("h")) < 24 and int(m.group("mi")) < 60):
            time = None
        return _from_parts(int(m.group("y")), int(m.group("m")), int(m.group("d")), text, time)
    from .find import find_dates  # the finder reads written dates ("۵ اسفند ۱۳۹۷ ساعت ۱۰")

    for mention in find_dates(text):
        v = mention.value
        if v is not None and v.source == "text" and v.precision == "day" and mention.form != "range":
            return DateValue(v.gregorian, v.gregorian_end, v.jalali, v.precision, v.calendar,
                             v.time, text, "text")
    return None
