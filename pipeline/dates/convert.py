"""Calendar arithmetic: a date at some precision in one calendar -> the Gregorian interval it
denotes. Jalali goes through jdatetime; Hijri qamari through hijridate (the Umm al-Qura table
that dateparser's own hijri calendar uses, valid for 1343-1500 AH). Every function raises
``ValueError`` for an impossible date (``30 اسفند 1402``) instead of shifting it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import jdatetime
from hijridate import Gregorian as _HGregorian
from hijridate import Hijri

from ..records import DateValue

JALALI_YEARS = (1, 1600)  # "۲۰۰ سال پیش" is 1195; the finder itself reads years from 1250 only
GREGORIAN_YEARS = (1, 2200)  # proleptic before 1582: "زادهٔ ۲۶ ژوئیه ۱۱۶۵" as written
HIJRI_YEARS = (1343, 1500)  # the range of the Umm al-Qura table


@dataclass(frozen=True)
class Interval:
    """A calendar-neutral interval plus how it was stated."""

    start: dt.date
    end: dt.date
    jalali: str | None
    precision: str  # day | week | month | year
    calendar: str  # jalali | gregorian | hijri

    @property
    def jalali_year(self) -> int:
        return to_jalali(self.start).year

    def value(self, text: str, source: str, time: str | None = None) -> DateValue:
        return DateValue(
            gregorian=self.start.isoformat(), gregorian_end=self.end.isoformat(),
            jalali=self.jalali, precision=self.precision, calendar=self.calendar,
            time=time, text=text, source=source,
        )


def to_jalali(day: dt.date) -> jdatetime.date:
    return jdatetime.date.fromgregorian(date=day)


def jalali_str(day: dt.date, precision: str = "day") -> str:
    j = to_jalali(day)
    if precision == "year":
        return f"{j.year:04d}"
    if precision == "month":
        return f"{j.year:04d}-{j.month:02d}"
    return f"{j.year:04d}-{j.month:02d}-{j.day:02d}"


def _jalali_month_end(y: int, m: int) -> dt.date:
    first_next = jdatetime.date(y + 1, 1, 1) if m == 12 else jdatetime.date(y, m + 1, 1)
    return first_next.togregorian() - dt.timedelta(days=1)


def jalali(y: int, m: int | None = None, d: int | None = None) -> Interval:
    """Jalali year / month / day -> interval. Raises ValueError when impossible."""
    if not JALALI_YEARS[0] <= y < JALALI_YEARS[1]:
        raise ValueError(f"Jalali year {y} out of range")
    if m is None:
        start = jdatetime.date(y, 1, 1).togregorian()
        end = jdatetime.date(y + 1, 1, 1).togregorian() - dt.timedelta(days=1)
        return Interval(start, end, f"{y:04d}", "year", "jalali")
    if not 1 <= m <= 12:
        raise ValueError(f"no Jalali month {m}")
    if d is None:
        start = jdatetime.date(y, m, 1).togregorian()
        return Interval(start, _jalali_month_end(y, m), f"{y:04d}-{m:02d}", "month", "jalali")
    try:
        day = jdatetime.date(y, m, d).togregorian()
    except ValueError as e:
        raise ValueError(f"no day {d} in Jalali {y:04d}-{m:02d}") from e
    return Interval(day, day, f"{y:04d}-{m:02d}-{d:02d}", "day", "jalali")


def gregorian(y: int, m: int | None = None, d: int | None = None) -> Interval:
    """Gregorian year / month / day -> interval. ``jalali`` is filled only at day precision
    (a Gregorian month or year does not line up with a Jalali one)."""
    if not GREGORIAN_YEARS[0] <= y < GREGORIAN_YEARS[1]:
        raise ValueError(f"Gregorian year {y} out of range")
    if m is None:
        return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31), None, "year", "gregorian")
    if not 1 <= m <= 12:
        raise ValueError(f"no Gregorian month {m}")
    if d is None:
        end = (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - dt.timedelta(days=1)
        return Interval(dt.date(y, m, 1), end, None, "month", "gregorian")
    try:
        day = dt.date(y, m, d)
    except ValueError as e:
        raise ValueError(f"no day {d} in Gregorian {y:04d}-{m:02d}") from e
    return Interval(day, day, jalali_str(day), "day", "gregorian")


def _hijri_date(y: int, m: int, d: int) -> dt.date:
    try:
        return Hijri(y, m, d).to_gregorian()
    except OverflowError as e:
        raise ValueError(f"Hijri year {y} outside the Umm al-Qura table") from e


_UMM_AL_QURA_FIRST_DAY = dt.date(1924, 8, 1)  # 1 Muharram 1343, where the table hijridate holds starts
_UMM_AL_QURA_LAST_DAY = dt.date(2077, 11, 16)  # ... and its last day


def _tabular_ordinal(y: int, m: int, d: int) -> int:
    # the arithmetic (tabular) Islamic calendar of Reingold & Dershowitz's "Calendrical
    # Calculations", from the astronomical epoch (15 July 622 Julian, a day before the civil one:
    # it meets the Umm al-Qura table at its start); date.toordinal() counts from the same day 1
    return 227013 + d + 29 * (m - 1) + (6 * m - 1) // 11 + (y - 1) * 354 + (3 + 11 * y) // 30


def _tabular_month_length(y: int, m: int) -> int:
    if m == 12:
        return 30 if (14 + 11 * y) % 30 < 11 else 29
    return 30 if m % 2 else 29


def _tabular(y: int, m: int | None, d: int | None) -> Interval:
    """A Hijri date before the Umm al-Qura table ("سال ۱۲۰۷ هجری قمری", "هشتم صفر ۱۳۱۹ قمری"):
    the arithmetic calendar, a day or two from the observed months of the time at most."""
    if m is None:
        start = dt.date.fromordinal(_tabular_ordinal(y, 1, 1))
        end = dt.date.fromordinal(_tabular_ordinal(y, 12, _tabular_month_length(y, 12)))
        return Interval(start, end, None, "year", "hijri")
    if not 1 <= m <= 12:
        raise ValueError(f"no Hijri month {m}")
    if d is None:
        start = dt.date.fromordinal(_tabular_ordinal(y, m, 1))
        end = dt.date.fromordinal(_tabular_ordinal(y, m, _tabular_month_length(y, m)))
        return Interval(start, end, None, "month", "hijri")
    if not 1 <= d <= _tabular_month_length(y, m):
        raise ValueError(f"no day {d} in Hijri {y}-{m:02d}")
    day = dt.date.fromordinal(_tabular_ordinal(y, m, d))
    return Interval(day, day, jalali_str(day) if day.year >= 622 else None, "day", "hijri")


def hijri(y: int, m: int | None = None, d: int | None = None) -> Interval:
    """Hijri qamari year / month / day -> interval: the Umm al-Qura table for 1343-1500 AH, the
    arithmetic calendar for earlier and later years (the lunar years around a far Gregorian one,
    "سال ۲۱۱۷ میلادی", must not raise)."""
    if y < 1:
        raise ValueError(f"no Hijri year {y}")
    if not HIJRI_YEARS[0] <= y <= HIJRI_YEARS[1]:
        return _tabular(y, m, d)
    if m is None:
        start = _hijri_date(y, 1, 1)
        end = _hijri_date(y, 12, Hijri(y, 12, 1).month_length())
        return Interval(start, end, None, "year", "hijri")
    if not 1 <= m <= 12:
        raise ValueError(f"no Hijri month {m}")
    if d is None:
        start = _hijri_date(y, m, 1)
        end = _hijri_date(y, m, Hijri(y, m, 1).month_length())
        return Interval(start, end, None, "month", "hijri")
    try:
        day = _hijri_date(y, m, d)
    except ValueError as e:
        raise ValueError(f"no day {d} in Hijri {y}-{m:02d}") from e
    return Interval(day, day, jalali_str(day), "day", "hijri")


def hijri_year_of(day: dt.date) -> int:
    """The Hijri year ``day`` falls in: the Umm al-Qura table's, or before the table the arithmetic
    calendar's (a sentence of 1908 that names a lunar month must not raise), or after it."""
    if not _UMM_AL_QURA_FIRST_DAY <= day <= _UMM_AL_QURA_LAST_DAY:
        o = day.toordinal()
        y = max(1, (o - _tabular_ordinal(1, 1, 1)) * 30 // 10631 + 1)
        while _tabular_ordinal(y + 1, 1, 1) <= o:
            y += 1
        while y > 1 and _tabular_ordinal(y, 1, 1) > o:
            y -= 1
        return y
    return _HGregorian(day.year, day.month, day.day).to_hijri().year


def day(d: dt.date, calendar: str = "jalali") -> Interval:
    return Interval(d, d, jalali_str(d), "day", calendar)


def week_of(d: dt.date) -> Interval:
    """The Persian week (Saturday .. Friday) that holds ``d``; ``jalali`` is its Saturday."""
    saturday = d - dt.timedelta(days=(d.weekday() - 5) % 7)
    return Interval(saturday, saturday + dt.timedelta(days=6), jalali_str(saturday), "week", "jalali")


def persian_weekday(d: dt.date) -> int:
    """شنبه = 0 ... جمعه = 6."""
    return (d.weekday() - 5) % 7


def span(a: Interval, b: Interval) -> Interval:
    """The interval from the start of ``a`` to the end of ``b`` (a range)."""
    if b.end < a.start:
        raise ValueError("the range ends before it starts")
    precision = a.precision if a.precision == b.precision else "day"
    return Interval(a.start, b.end, a.jalali, precision, a.calendar)


def gap(a: Interval, b: Interval) -> int:
    """Days between two intervals, 0 when they overlap."""
    return max((a.start - b.end).days, (b.start - a.end).days, 0)
