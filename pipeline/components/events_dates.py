"""Which date governs an event: corrections to the dates stage's mentions that only matter for
events, and the rules that carry a date from the context to a trigger. Pure functions over
the folded text of :mod:`events_text` and the ``DateMention`` list.

Why here and not in the dates stage: these are readings of a date *in relation to* another
phrase ("روز جمعه این هفته", "امروز یکشنبه ۲۲ شهریور", "در این روز"), which the events
component needs to pick the date of one trigger.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from ..records import DateMention, DateValue

_LETTER = r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]"
# Saturday starts the Iranian week; the offset of each weekday from it.
WEEKDAYS = {"شنبه": 0, "یکشنبه": 1, "یک شنبه": 1, "دوشنبه": 2, "دو شنبه": 2, "سه شنبه": 3,
            "سهشنبه": 3, "چهارشنبه": 4, "چهار شنبه": 4, "پنجشنبه": 5, "پنج شنبه": 5, "جمعه": 6}
_WEEKDAY = re.compile(r"(?<!" + _LETTER + r")(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
                      + r")(?!" + _LETTER + r")")
# "در این روز", "همان روز": the day just named before (not "این روزها", "روزهای").
_SAME_DAY = re.compile(r"(?<!" + _LETTER + r")(?:این|همین|همان|آن)\sروز(?!\s?ها)(?!" + _LETTER + r")")
# A deictic date ("امروز") followed by the calendar date it names ("امروز یکشنبه ۲۲ شهریور").
_APPOSITION_GAP = re.compile(r"[\s،,(]{0,3}")


def _usable(d: DateMention) -> bool:
    return d.valid and d.value is not None


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _shift(value: DateValue, day: dt.date, text: str) -> DateValue:
    from ..dates import convert  # the dates stage's Jalali conversion

    iso = day.isoformat()
    return dataclasses.replace(value, gregorian=iso, gregorian_end=iso, jalali=convert.jalali_str(day),
                               precision="day", text=text)


def settle(folded: str, dates: list[DateMention]) -> list[DateMention]:
    """The mentions with two readings fixed.

    - A weekday followed by a week ("روز جمعه این هفته", "دوشنبه هفته آینده") is that weekday
      inside that week; the dates stage resolves the weekday alone (the nearest one) and the
      week separately.
    - A deictic date in apposition with a calendar date ("امروز یکشنبه ۲۲ شهریور") is dropped:
      the calendar date is what the article states.
    """
    dates = sorted(dates, key=lambda d: d.start)
    out: list[DateMention] = []
    for i, d in enumerate(dates):
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if nxt is not None and _usable(d) and _usable(nxt) and _APPOSITION_GAP.fullmatch(folded, d.end, nxt.start):
            if d.form == "relative" and nxt.form != "relative" and nxt.value.precision == "day" \
                    and d.value.precision == "day" and not _WEEKDAY.search(folded, d.start, d.end):
                # The time said with the deictic word ("ساعت ۱۷ امروز") stays with the day.
                if d.value.time and not nxt.value.time:
                    dates[i + 1] = dataclasses.replace(nxt, value=dataclasses.replace(nxt.value, time=d.value.time))
                out.append(dataclasses.replace(d, value=None, valid=False, error="apposition"))
                continue
            wd = _WEEKDAY.search(folded, d.start, d.end)
            if wd and d.value.precision == "day" and nxt.value.precision == "week":
                day = _day(nxt.value.gregorian) + dt.timedelta(days=WEEKDAYS[wd.group(1)])
                out.append(dataclasses.replace(d, value=_shift(d.value, day, d.value.text)))
                continue
        out.append(d)
    return out


def refine_week(date: DateMention | None, dates: list[DateMention], pos: int) -> DateMention | None:
    """A relative week ("در این هفته") narrowed to the day named before it that falls inside
    it ("فردا دوشنبه ... در این هفته"): the lead gave the day, the body only the week."""
    if date is None or date.value.precision != "week" or date.value.source != "relative":
        return date
    lo, hi = date.value.gregorian, date.value.gregorian_end
    inside = [d for d in dates if _usable(d) and d.start < pos and d.value.precision == "day"
              and lo <= d.value.gregorian <= hi]
    return inside[-1] if inside else date


def same_day(folded: str, sentence: tuple[int, int], dates: list[DateMention]) -> DateMention | None:
    """"در این روز ..." in the sentence: the last day-precise date before the sentence."""
    ss, se = sentence
    if not _SAME_DAY.search(folded, ss, se):
        return None
    before = [d for d in dates if _usable(d) and d.start < ss and d.value.precision == "day"]
    return before[-1] if before else None


def carried(dates: list[DateMention], para_start: int, pos: int) -> DateMention | None:
    """The latest date earlier in the paragraph (not a bare "امسال"): what a dateless trigger
    in the paragraph's later sentences most likely happened on."""
    before = [d for d in dates if _usable(d) and para_start <= d.start < pos
              and not (d.value.precision == "year" and d.value.source == "relative")]
    return refine_week(before[-1], dates, pos) if before else None


@lru_cache(maxsize=1)
def _hijri_month_rx() -> re.Pattern:
    from ..dates.lexicon import HIJRI_MONTHS

    names = sorted({w for ws in HIJRI_MONTHS.values() for w in ws}, key=len, reverse=True)
    return re.compile(r"(?<!" + _LETTER + r")(" + "|".join(map(re.escape, names)) + r")(?:\sماه)?"
                      r"\s(?:امسال|سال\sجاری)(?!" + _LETTER + r")")


def _hijri_month_in_year(ref: dt.date, month: int):
    """The occurrence of a Hijri month inside the Jalali year of ``ref`` ("امسال" in the Iranian
    press is the Jalali year): the latest one begun by ``ref``, else the first one after it."""
    from ..dates import convert

    year = convert.jalali(convert.to_jalali(ref).year)
    hy = convert.hijri_year_of(ref)
    found = [iv for iv in (convert.hijri(y, month) for y in (hy - 1, hy, hy + 1))
             if year.start <= iv.start <= year.end]
    begun = [iv for iv in found if iv.start <= ref]
    return begun[-1] if begun else (found[0] if found else None)


def hijri_months(folded: str, published: DateValue | None, dates: list[DateMention]) -> list[DateMention]:
    """"محرم امسال", "ماه رمضان سال جاری": the Hijri month of the publication's year, at month
    precision. The dates stage reads a Hijri month only with a day or a year number."""
    if published is None:
        return []
    from ..dates.lexicon import month_number

    ref = _day(published.gregorian)
    out = []
    for m in _hijri_month_rx().finditer(folded):
        if any(d.start < m.end() and m.start() < d.end for d in dates if _usable(d) and d.value.precision != "year"):
            continue
        try:
            interval = _hijri_month_in_year(ref, month_number(m.group(1), "hijri"))
        except (ValueError, KeyError):
            continue
        if interval is None:
            continue
        text = folded[m.start():m.end()]
        out.append(DateMention(m.start(), m.end(), text, interval.value(text, "relative"), "hijri_m"))
    return out
