"""Candidates to mentions: overlaps resolved (longest wins, then priority), and
neighbours merged into one range ("از ۲۵ بهمن تا ۵ اسفند", "از امروز تا جمعه"), a run's
ends checked against each other and against the publication date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from calendar import monthrange
from dataclasses import replace

from . import convert, relative
from .candidate import AND_GAP, AZ_BEFORE, Cand, DAY_WORD_START, MAKE, year_of_interval, yearless_day
from .clauses import PAST_ONLY, PRESENT_ACT, future_first, sentence_end
from .lexicon import B0, B1, DAYPART, SP, SP1, WEEKDAY
from .tense import FAR, ahead_limit
from .forms import _AZ_GLUED_BEFORE, _SEP_RANGE, _clause_end
from .spans import _interval, _on_or_after, _rel_year_pair
from .cues import _FOR_DAY_BEFORE, _weekday_before
from .months import _REPORT_OF_BEFORE
from .days import _DATED_BEFORE

_RANGE_GAP = re.compile(rf"{SP}{_SEP_RANGE}{SP}")
# (not "به گزارش مهر": by the report of the Mehr agency)
# ... with a word between: "آمار دقیق دسامبر", "گزارش نهایی آذر"
_FIGURES_OF_BEFORE = re.compile(rf"{B0}(?:گزارش|آمار){SP1}(?:دقیق|نهایی|کامل|رسمی|قطعی){SP1}(?:ماه{SP1})?$")
_BRACKET_CLOSE_AFTER = re.compile(rf"{SP}[)）]")


def _select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest first (then by priority and position)."""
    chosen: list[Cand] = []  # kept sorted by start; they never overlap, so only neighbours can
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        i = bisect.bisect_right(starts, c.start)
        if (i == 0 or chosen[i - 1].end <= c.start) and (i == len(chosen) or c.end <= chosen[i].start):
            chosen.insert(i, c)
            starts.insert(i, c.start)
    return chosen


_BETWEEN_BEFORE = re.compile(rf"{B0}(?:فاصله|بین|میان)(?:{SP1}(?:ماه|سال|روز)(?:{SP}های)?)?{SP1}$")


def _dated_rel_pair(a: Cand, b: Cand) -> bool:
    """"از بهمن ۱۳۹۱ تا آذر امسال": one end's year written, the other's told relative to
    publication; each end keeps its own."""
    return a.form == b.form and (_dated_or_rel_year(a, True) and _dated_or_rel_year(b, False)
                                 or _dated_or_rel_year(a, False) and _dated_or_rel_year(b, True))


def _dated_or_rel_year(c: Cand, dated: bool) -> bool:
    """A day or month with its year written (``dated``), or told relative to publication: "از بهمن
    ۱۳۹۱ تا آذر امسال" runs from the one to the other."""
    if c.form not in ("jalali_dmy", "gregorian_dmy", "jalali_my", "gregorian_my") or c.parts:
        return False
    return c.y is not None and c.rel is None if dated else c.y is None and c.rel is not None


def _dated_day(c: Cand) -> bool:
    # (a numeric date too: "از امروز تا ۲۰۲۵/۰۱/۱۰")
    return c.form in ("jalali_dmy", "gregorian_dmy", "hijri_dmy", "numeric") and c.y is not None and c.d is not None and c.rel is None


def _day_of_year_word(c: Cand) -> bool:
    """A day whose year is a word, not written: "۵ فروردین سال بعد", "۱۰ دی امسال"."""
    return c.form in ("jalali_dmy", "gregorian_dmy") and c.y is None and c.d is not None and c.rel is not None


# "از شب ۲۵ آبان تا امروز": the part of the first day is inside the run
_AZ_PART_BEFORE = re.compile(rf"{B0}از{SP1}(?:(?:{DAYPART}){SP1})?$")
# "تا", not a dash: "از امروز - ۲۸ فروردین ماه -" glosses the day
_PAST_DAY_WORD = re.compile(r"(?:دیروز|پریروز|روز[ \u200c]+گذشته)")  # (also "از روز گذشته تا ۱۲ فروردین ۱۳۹۸")
_UNTIL_GAP = re.compile(rf"{SP}(?:تا|الی|لغایت){SP}")
_UNTIL_NIGHT_GAP = re.compile(rf"{SP}تا{SP1}(?:{DAYPART}){SP1}")  # (or another part of it: "از عصر امروز تا ظهر یکشنبه ۲۶ اسفند")
_WEEKDAY_OF_WEEK = re.compile(rf"(?:روز{SP1})?{WEEKDAY}(?:{SP}ی)?{SP1}هفته(?:{SP}ی)?{SP1}(?:بعد|آینده|آتی|دیگه|دیگر)")
_THIS_WEEKDAY = re.compile(rf"(?:این|همین){SP1}(?:روز{SP1})?{WEEKDAY}"  # ("از این شنبه تا پنجشنبه ۱۷ دی")
                           rf"|(?:روز{SP1})?{WEEKDAY}(?:{SP}ی)?{SP1}(?:این|همین){SP1}هفته")  # ("از شنبه این هفته تا ۲۰ مرداد")
_DAY_WORD_WEEKDAY = re.compile(rf"{DAY_WORD_START.pattern}{SP}[،,]?{SP}(?:روز{SP1})?{WEEKDAY}")  # "فردا دوشنبه"


def _run_start(own: convert.Interval, end: convert.Interval, wd: int) -> convert.Interval:
    """The weekday a run begins on: as read on its own ("از شنبه تا ۳۱ شهریور" from the coming
    Saturday), unless that falls after the run's end; then the last such weekday before it."""
    return own if own.start <= end.start else _weekday_before(end.start, wd)


_UNTIL_DAY_WORD_AFTER = re.compile(rf"{SP}تا{SP1}(?P<w>امروز|دیروز|روز{SP1}گذشته)(?![\w\u200c])")


def _on_or_before(end: dt.date, calendar: str, mon: int, d: int) -> convert.Interval:
    """The day ``mon``/``d`` of ``calendar`` that comes last on or before ``end``."""
    make = MAKE[calendar]
    year = year_of_interval(convert.day(end), calendar)
    iv = make(year, mon, d)
    return iv if iv.start <= end else make(year - 1, mon, d)


def _month_turn(f: str, a: Cand, b: Cand) -> bool:
    """"۲۹ اسفند و ۱ فروردین", "۳۱ شهریور و ۱ مهر": two yearless days of the same calendar, the
    last of a month and the first of the next, are two days in a row (a run, as "۱۲ و ۱۳ فروردین" is);
    so are two days of one month each told with its weekday and month ("شنبه ۲۴ آذر و یکشنبه ۲۵ آذر
    ۱۴۰۳", the year told at the end; not "عروسی ۲۴ آبانه و ۲۵ آبان هم پاتختیه", two events)."""
    if a.y is not None and b.y is not None and a.form == b.form and a.form.endswith("_dmy") and a.m and b.m and a.d and b.d \
            and (_DAYS_BEFORE.search(f, max(0, a.start - 10), a.start) or b.d == 1 and b.m != a.m):
        # "در روزهای ۳۱ دسامبر ۲۰۱۸ و ۱ ژانویه ۲۰۱۹": two dated days in a row after "روزهای" (or across the
        # turn of a month: "در ۳۰ اسفند ۱۳۹۱ و ۱ فروردین ۱۳۹۲ ... فعال‌اند")
        try:
            return MAKE[b.calendar](b.y, b.m, b.d).start - MAKE[a.calendar](a.y, a.m, a.d).start == dt.timedelta(days=1)
        except ValueError:
            return False
    if a.form == "gregorian_dm" and b.form in ("gregorian_dm", "gregorian_dmy") and a.y is None and a.m and b.m and a.d and b.d:
        # "۳۱ دسامبر و ۱ ژانویه": so in the Gregorian calendar, the turn of a month only, told without
        # weekdays (set 104 keeps "یکشنبه ۳۱ دسامبر و دوشنبه اول ژانویه", a game on each, apart); the year
        # told at the end is the second day's ("روزهای ۲۸ فوریه و ۱ مارس ۲۰۱۴", February's last day by it)
        last = 30 if b.y is None else monthrange(b.y if b.m != 1 else b.y - 1, a.m)[1]
        return b.m == a.m % 12 + 1 and b.d == 1 and a.d >= last and not _WEEKDAY_OPENS.match(f, a.start)
    if a.form != "jalali_dm" or b.form not in ("jalali_dm", "jalali_dmy") or a.y is not None or not (a.m and b.m and a.d and b.d):
        return False
    if b.m == a.m % 12 + 1 and b.d == 1 and a.d >= 29:
        return True  # (the year told at the end is the second day's: "۲۹ اسفند و ۱ فروردین ۱۴۰۳")
    # (or told with only "و" between: "۱۴ خرداد و ۱۵ خرداد تعطیله", 3 in 3 of the written sets one span)
    return b.m == a.m and b.d == a.d + 1 and bool(_WEEKDAY_OPENS.match(f, a.start) and _WEEKDAY_OPENS.match(f, b.start)
                                                  or _AND_ONLY.fullmatch(f, a.end, b.start))


_WEEKDAY_OPENS = re.compile(rf"(?:روز{SP1})?{WEEKDAY}{SP1}")
_AND_ONLY = re.compile(r"[^\S\n]و[^\S\n]")  # (one space each side: a glued spoken "is" made a space is no bare "و")
_DAYS_BEFORE = re.compile(rf"{B0}روزهای{SP1}$")
# "از عصر ۲۹ اسفند تا ظهر ۲ فروردین ۱۳۹۱": a run of days from a part of one to a part of another
_RANGE_GAP_PART = re.compile(rf"{SP}{_SEP_RANGE}{SP}(?:{DAYPART}){SP1}")
_AZ_PART_OF_DAY_BEFORE = re.compile(rf"{B0}از{SP1}(?:{DAYPART}){SP1}$")


def _merge_ranges(f: str, cands: list[Cand]) -> list[Cand]:
    """"۱۰ مهر تا ۵ آبان ۱۴۰۲", "از ۱ مهر ۱۴۰۲ تا ۵ آبان ۱۴۰۲": two explicit dates of one
    calendar joined by تا become one range mention; so do two joined by و after "در فاصله" or
    "بین" ("در فاصله ماه مه ۲۰۰۳ و نوامبر ۲۰۰۴")."""
    out: list[Cand] = []
    covered = -1
    for c in cands:
        if c.start < covered:
            continue  # the day word that ends a run just made ("از ۲۵ اسفند تا دیروز")
        if ((yearless_day(c) or c.form == "hijri_dm" and c.y is None or _dated_day(c)) and c.m and c.d
                and (az := _AZ_PART_BEFORE.search(f, max(0, c.start - 20), c.start))
                and (until := _UNTIL_DAY_WORD_AFTER.match(f, c.end))):
            # "از ۲۸ اسفند تا امروز", "از اول ماه رمضان تا امروز": from the last such day up to
            # the day word, one run ("از ۲۵ اسفند ۱۳۹۹ تا امروز": from the day written)
            n = -1 if until.group("w").startswith("روز") else relative.DAY_WORDS[until.group("w")]  # ("تا روز گذشته")
            end = Cand(0, 0, "relative", needs_ref=True, rel=lambda ref, n=n: relative.shift_days(ref, n))
            start = c if _dated_day(c) else replace(c, needs_ref=True, rel=lambda ref, n=n, cal=c.calendar, mon=c.m, d=c.d:
                                                     _on_or_before(ref + dt.timedelta(days=n), cal, mon, d))
            out.append(Cand(az.start(), until.end(), "range", c.calendar, parts=(start, end), needs_ref=True))
            covered = until.end()
            continue
        prev = out[-1] if out else None
        if (prev is not None and not prev.parts and prev.form == "relative"
                and (DAY_WORD_START.fullmatch(f, prev.start, prev.end) or _DAY_WORD_WEEKDAY.fullmatch(f, prev.start, prev.end)
                     or _PAST_DAY_WORD.fullmatch(f, prev.start, prev.end)  # ("از دیروز تا ۱۲ فروردین تعطیل است")
                     or _WEEKDAY_OF_WEEK.fullmatch(f, prev.start, prev.end)  # ("از دوشنبه هفته بعد تا ۲۲ بهمن")
                     or _THIS_WEEKDAY.fullmatch(f, prev.start, prev.end))
                and not c.parts and (yearless_day(c) or _dated_day(c) or _day_of_year_word(c) or c.form == "hijri_dm" and c.y is None)
                and c.m and c.d
                and (_UNTIL_GAP.fullmatch(f, prev.end, c.start)
                     # (to the night of a day: "از امروز تا شب ۱۹ رمضان", the 19th itself; or its noon)
                     or _UNTIL_NIGHT_GAP.fullmatch(f, prev.end, c.start))
                and (az := AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start))):
            # "از امروز تا ۳۱ ژانویه", "از فردا دوشنبه تا پنجشنبه ۹ مرداد": from a day word to the first
            # such day on or after it; "از امروز تا ۱۵ فروردین ۸۷": to the day written ("از فردا تا ۵ فروردین
            # سال بعد": or told by its year word)
            end = c if _dated_day(c) or _day_of_year_word(c) else replace(
                c, needs_ref=True, rel=lambda ref, r=prev.rel, cal=c.calendar, mon=c.m, d=c.d:
                _on_or_after(r(ref).start, cal, mon, d))
            out[-1] = Cand(az.start(), c.end, "range", c.calendar, parts=(prev, end), needs_ref=True)
            continue
        if (prev is not None and not prev.parts and prev.bare_wd is not None and prev.rel is not None
                and not c.parts and c.m and c.d
                and ((yearless_day(c) or _dated_day(c)) and c.calendar == "jalali" or c.form == "hijri_dm" and c.y is None)
                and _UNTIL_GAP.fullmatch(f, prev.end, c.start)
                and (az := AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start))):
            # "از بعدازظهر چهارشنبه تا شنبه ۱۷ آبان": the run ends on the day written, and begins on
            # the weekday named last before it (so "از جمعه تا ۱۵ رمضان")
            start = replace(prev, rel=lambda ref, e=c, wd=prev.bare_wd, r=prev.rel: _run_start(r(ref), _interval(e, ref), wd))
            out[-1] = Cand(az.start(), c.end, "range", c.calendar, parts=(start, c), needs_ref=True)
            continue
        if (prev is not None and not prev.parts and not c.parts and prev.form in ("jalali_m", "gregorian_m", "hijri_m")
                and c.form == prev.form[:-1] + "my" and prev.calendar == c.calendar and c.y is not None
                and _RANGE_GAP.fullmatch(f, prev.end, c.start)):
            # "از مهر تا اسفند ۱۳۹۹": the first month of the run takes the year written at its end (a lunar
            # month's too: "از محرم تا رجب ۱۲۵۵ قمری")
            first = replace(prev, form=c.form, y=c.y if prev.m <= c.m else c.y - 1, rel=None, needs_ref=False)
            az = AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start)
            out[-1] = Cand(az.start() if az else prev.start, c.end, "range", c.calendar, parts=(first, c))
            continue
        if (prev is not None and not prev.parts and not c.parts and prev.form in ("jalali_m", "gregorian_m")
                and c.form == prev.form[:-1] + "my" and prev.calendar == c.calendar
                and c.y is not None and c.m == prev.m + 1 and AND_GAP.fullmatch(f, prev.end, c.start)):
            # (Gregorian months too: "(سپتامبر و اکتبر ۱۸۷۱)", "نوامبر و دسامبر ۲۰۲۱", 4 of 4 in the gold)
            # "طی ماه‌های دی و بهمن ۱۳۸۷", "در خرداد و تیر ۱۴۰۰ اجرا شد": two months running on, the year
            # told once at the end, one run (13 of 16 such pairs in the written sets' gold; yearless pairs,
            # "فروردین و اردیبهشت", stay two mentions, and so do those told by a year word, "تیر و مرداد
            # امسال": 5 of 8 in the gold)
            first = replace(prev, form=c.form, y=c.y, rel=None, needs_ref=False)
            out[-1] = Cand(prev.start, c.end, "range", c.calendar, parts=(first, c))
            continue
        if (prev is not None and not prev.parts and not c.parts and prev.form in ("jalali_m", "gregorian_m")
                and c.form == prev.form[:-1] + "my" and prev.calendar == c.calendar and c.y is None and c.rel is not None
                and _RANGE_GAP.fullmatch(f, prev.end, c.start)):
            # "از مهر تا آذر امسال": the first month of the run is of the year told at its end
            first = replace(prev, needs_ref=True, rel=lambda ref, r=c.rel, cal=c.calendar, mon=prev.m, end_m=c.m:
                            MAKE[cal](year_of_interval(r(ref), cal) - (1 if mon > end_m else 0), mon))
            az = AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start)
            out[-1] = Cand(az.start() if az else prev.start, c.end, "range", c.calendar, parts=(first, c), needs_ref=True)
            continue
        if prev is not None and prev.form in ("hijri_dmy", "jalali_dmy", "gregorian_dmy") and prev.y is not None and prev.d \
                and not prev.parts and c.form == prev.form[:-1] and c.y is None and c.m and c.d and not c.parts \
                and _RANGE_GAP.fullmatch(f, prev.end, c.start):
            # "از پنجشنبه ۲۹ رمضان ۱۴۲۸ تا ۴ شوال": a lunar run with its year told at its first end
            # (the second takes it, or the next one when its month comes round again); so a solar
            # one ("از جمعه ۱۳ فروردین ۱۳۸۹ تا ۳۱ خرداد")
            if c.m == prev.m and c.d < prev.d:
                # "برای نوبت ۱۷ ژانویه ۲۰۰۹ تا ۳ ژانویه ثبت‌نام کنند": an earlier day of the same month
                # ends no run of a year; it is the day something is open until
                out.append(c)
                continue
            c = replace(c, y=prev.y + (1 if (c.m, c.d) < (prev.m, prev.d) else 0), rel=None, needs_ref=False)
        if (prev is not None and not prev.parts and not c.parts and prev.calendar != c.calendar
                and prev.y is not None and prev.d is not None and c.y is not None and c.d is not None
                and prev.rel is None and c.rel is None and not prev.gloss and not c.gloss
                and _RANGE_GAP.fullmatch(f, prev.end, c.start)
                and (az := AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start))):
            # "از ۱۳ دی ۱۳۹۶ تا ۲۰ ژانویه ۲۰۱۸": a run whose two ends are told in two calendars
            out[-1] = Cand(az.start(), c.end, "range", prev.calendar, parts=(prev, c))
            continue
        # (also two yearless Hijri days: "از پنجشنبه ۱ شوال تا یکشنبه ۴ شوال")
        months = prev is not None and prev.form == c.form and c.form in ("jalali_m", "gregorian_m", "hijri_dm")
        if prev is not None and prev.form == "hijri_dm" and prev.y is None and c.form == "hijri_dmy" and c.y is not None \
                and not prev.parts and not c.parts and _RANGE_GAP.fullmatch(f, prev.end, c.start):
            # "از ۱ رمضان تا ۱ شوال ۱۴۳۷": a lunar run with its year told once, at its end (its first
            # end then takes that year, as a Jalali run's does)
            prev = replace(prev, rel=None, needs_ref=False)
        # (a glossing day may open a run whose end tells its own year: "۱۵ تا ۲۵ ژانویه ۲۰۰۹ (۲۶ دی تا
        # ۶ بهمن ۱۳۸۷)")
        # (and a glossing run in brackets too: "از ۱۲ تا ۲۲ اکتبر ۲۰۲۲ (۲۰ مهر تا ۳۰ مهر)")
        if (prev is not None and not prev.parts and not c.parts
                and (not (c.gloss or prev.gloss and c.y is None)
                     or prev.gloss and not c.gloss and _BRACKET_CLOSE_AFTER.match(f, c.end))
                and ((prev.rel is None and c.rel is None) or months or _rel_year_pair(prev, c) or _dated_rel_pair(prev, c))
                and prev.calendar == c.calendar and prev.form != "year"
                and (_RANGE_GAP.fullmatch(f, prev.end, c.start)
                     or AND_GAP.fullmatch(f, prev.end, c.start)
                     and (_BETWEEN_BEFORE.search(f, max(0, prev.start - 30), prev.start) or _month_turn(f, prev, c))
                     or prev.d and c.d and _RANGE_GAP_PART.fullmatch(f, prev.end, c.start)
                     and _AZ_PART_OF_DAY_BEFORE.search(f, max(0, prev.start - 20), prev.start)
                     # (to the night of the last day: "از ۲۵ آذر تا شب ۳۰ آذر", the 30th itself)
                     or prev.d and c.d and _UNTIL_NIGHT_GAP.fullmatch(f, prev.end, c.start)
                     and AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start))):
            az = AZ_BEFORE.search(f, max(0, prev.start - 40), prev.start) or _AZ_PART_OF_DAY_BEFORE.search(
                f, max(0, prev.start - 20), prev.start) or (
                f[prev.start].isdigit() and _AZ_GLUED_BEFORE.search(f, max(0, prev.start - 3), prev.start))
            if az and "(" in f[az.end():prev.start]:
                az = None  # "از ۲ تا ۸ ژوئیه ۲۰۰۸ (۱۲ تیر تا ۱۸ تیر ۱۳۸۷)": the "از" of the run glossed
            if _BEFORE_DAY_BEFORE.search(f, max(0, prev.start - 10), prev.start) \
                    or _DATED_BEFORE.search(f, max(0, prev.start - 12), prev.start) \
                    or _EXPIRES_ON_BEFORE.search(f, max(0, prev.start - 20), prev.start):
                # (or the day a thing expires, then the day it is extended to: "پروانه‌های ... با تاریخ انقضای
                # ۱۳۹۲/۱۲/۲۹ تا ۱۵ فروردین ... تمدید می‌شوند")
                # (or a letter's date, then the day a thing lasts until: "بنا بر نامه مورخ ۱۳۹۵/۷/۲۰ تا ۲۰ آبان ۱۳۹۵
                # ... بسته است")
                # "پروانه‌های صادرشده پیش از 1387/01/01 تا 30 آبان 1387 اعتبار دارند": a day things came
                # before, then the day they last until
                out.append(c)
                continue
            if not az and prev.d is None and prev.m is not None and c.d is not None:
                # "قبوض صادره در اسفند ۸۸ تا ۱۵ فروردین ۱۳۸۹": a month, then the day something lasts
                # until, with no "از" to open a run
                out.append(c)
                continue
            start = az.start() if az else prev.start
            if "this" in (prev.tense, c.tense):
                # "امسال از ۱۵ فروردین تا ۱۵ خرداد": the year said before the run holds both ends
                prev, c = replace(prev, tense="this"), replace(c, tense="this")
            elif prev.tense == "future" and c.y is None and _FOR_DAY_BEFORE.search(f, max(0, prev.start - 12), prev.start):
                # "هشدار برای روزهای ۳۰ اسفند تا ۲ فروردین صادر شد": the days a thing is for, both ends ahead
                c = replace(c, tense="future")
            out[-1] = Cand(start, c.end, "range", c.calendar, parts=(prev, c),
                            needs_ref=c.y is None or _dated_rel_pair(prev, c))
            continue
        out.append(c)
    return out


_BEFORE_DAY_BEFORE = re.compile(rf"{B0}(?:پیش|قبل){SP1}از{SP1}$")
_EXPIRES_ON_BEFORE = re.compile(rf"{B0}(?:تاریخ{SP1})?(?:انقضای|انقضا|انقضاء){SP1}$")


_STALE_YEAR = dt.timedelta(days=300)


def _contradicts(c: Cand, year: int, ref: dt.date | None, listed: bool = False) -> bool:
    """Whether taking ``year`` for ``c`` goes against what the sentence says of that day: its
    written weekday falls on another day that year ("آزمون ... سال ۹۵، جمعه ۱۴ اسفند ... برگزار
    شد": 14 Esfand 1394 is the Friday), or a day told in the past would lie ahead of publication,
    or one told in the future behind it."""
    try:
        iv = MAKE[c.calendar](year, c.m, c.d)
    except ValueError:
        return True
    if c.wd is not None and c.d is not None and convert.persian_weekday(iv.start) != c.wd:
        return True
    # ... or one told in the future would lie most of a year behind it ("جام ملت‌های آسیا ۲۰۲۳ ...
    # از ۱۲ ژانویه آغاز می‌شود", published in December 2023: the cup's name, not the day's year;
    # a few months behind is left to the year told, as a corpus's nominal date lags its text)
    # ... or one told in no future would lie most of a year ahead ("روزهای نخست سال ۹۹ ... همچنان
    # نرخ‌های ۲۵ اسفند را نشان می‌دهند" in Farvardin 1399: the Esfand just past)
    # ... or one something lasts until, told in the present, would be over long since ("مناقصه که
    # ۲۳ دسامبر ۲۰۱۹ منتشر شد، تا ۱۵ ژانویه باز است" on 30 December 2019)
    # (A day ``listed`` after one that took the year is of it however far ahead: "در سال ۲۰۱۶ دو
    # خورشیدگرفتگی، ۹ مارس و ۱ سپتامبر، رخ می‌دهد" on 1 January 2016.)
    return ref is not None and (c.lasts and iv.end < ref - FAR
                                or c.tense in ("past", "done") and iv.start > ref + ahead_limit(c.tense)
                                or c.tense in ("future", "will") and iv.end < ref - _STALE_YEAR
                                or c.d is not None and iv.start > ref + dt.timedelta(days=relative.FAR_FUTURE_DAYS)
                                and (c.tense not in ("future", "will") or _nearer_ahead(c, iv, ref))
                                and not listed)


_YEAR_GONE = dt.timedelta(days=365)


def _ongoing_since(f: str, c: Cand, ref: dt.date | None) -> bool:
    """A day gone by that something has gone on since, told in the present of its clause ("ساعت‌سازی
    که از ۱۵ مهر ۱۳۱۲ در همان حجره کار می‌کند، روز ۲۰ دی‌ماه ... جشن می‌گیرد"): its year is no later
    day's (a day ahead that something starts from lends it: "از ۱۹ فروردین ۱۴۰۲ آغاز می‌شود و ... ۲۸ خرداد").
    So a year long gone by: "رادیو نمایش از سال ۱۳۷۵ نمایش‌های رادیویی پخش می‌کند و سه‌شنبه ۷ فروردین ..."."""
    if ref is None or c.d is None and c.form != "year" or not AZ_BEFORE.search(f, max(0, c.start - 4), c.start):
        return False
    try:
        if MAKE[c.calendar](c.y, c.m, c.d).end >= ref - (_YEAR_GONE if c.d is None else dt.timedelta(0)):
            return False
    except ValueError:
        return False
    stop = _clause_end(f, c.end)
    # (or where a thing has been since: "پرونده‌تون از ۱۲ شهریور ۱۳۹۳ اینجاست، اگه تا آخر مهر ...")
    act = PRESENT_ACT.search(f, c.end, stop) or _IS_HERE.search(f, c.end, stop)
    return bool(act) and not PAST_ONLY.search(f, c.end, stop) and not _UNTIL_WORD.search(f, c.end, act.start())


_UNTIL_WORD = re.compile(rf"{B0}(?:تا|الی|لغایت){B1}")
_IS_HERE = re.compile(rf"{B0}(?:اینجاست|اونجاست|آنجاست|همینجاست|پیش{SP1}ماست|دست{SP1}ماست){B1}")


def _near_day_told_ahead(c: Cand, year: int, told_m: int, told_d: int | None, ref: dt.date | None) -> bool:
    """A day within a few weeks of a day told ahead of publication in the year lent."""
    if ref is None or c.d is None or not told_m or told_d is None:
        return False
    try:
        told, iv = MAKE[c.calendar](year, told_m, told_d), MAKE[c.calendar](year, c.m, c.d)
    except ValueError:
        return False
    return told.start > ref and abs((iv.start - told.start).days) <= _NEAR_TOLD_DAYS


_NEAR_TOLD_DAYS = 45


def _run_ends_ahead(end: Cand, ref: dt.date | None) -> bool:
    if ref is None:
        return False
    try:
        return MAKE[end.calendar](end.y, end.m, end.d).end > ref
    except ValueError:
        return False


def _ahead_but_over(f: str, c: Cand, year: int, ref: dt.date | None) -> bool:
    """A month told in the future, after a year told of what is past, that the year would put wholly
    behind publication ("قیمت برنج در سال ۲۰۱۲ ... کاهش یافت و ... پیش‌بینی می‌کنند نرخ‌ها در ژانویه ثابت
    بماند" on 2 January 2013): the coming one, not one of that year."""
    if ref is None or c.d is not None or c.m is None:
        return False
    if _REPORT_OF_BEFORE.search(f, max(0, c.start - 25), c.start) or _FIGURES_OF_BEFORE.search(f, max(0, c.start - 25), c.start):
        return False  # "فروش در سال ۲۰۱۵ ... و آمار دقیق دسامبر هفته آینده منتشر می‌شود": the figures of a month of that year
    stop = sentence_end(f, c.end)
    if not (c.tense in ("future", "will") or c.tense is None and future_first(f, c.end, stop)):
        return False
    try:
        return MAKE[c.calendar](year, c.m).end < ref
    except ValueError:
        return False


def _nearer_ahead(c: Cand, iv: convert.Interval, ref: dt.date) -> bool:
    """A day told as ahead that a year told before would put more than half a year on, while an
    occurrence not yet past lies nearer ("پیش‌بینی می‌شود ... تا ۲۸ اسفند کامل شود" after "نوروز
    ۹۵", "تور نوروز ۱۴۰۴ با حرکت ۲۹ اسفند": the Esfand before that Nowruz)."""
    try:
        near = MAKE[c.calendar](year_of_interval(iv, c.calendar) - 1, c.m, c.d)
    except ValueError:
        return False
    return near.end >= ref
