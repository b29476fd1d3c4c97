"""Passes over the resolved dates of one text, in the order find._find_dates runs them: each
takes the list of (candidate, interval or error) and returns it with some intervals corrected by
what their neighbours say (a weekday anchored by a dated day of its week, a yearless day glossing
a dated one, a month named twice, a schedule in order, a year word a few words before)."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from . import convert
from .candidate import AND_GAP, AZ_BEFORE, DAY_WORD_START, MAKE, WEEKDAY_AND_BEFORE, Cand, year_of_interval, yearless_day
from .clauses import (HABIT, PAST_ONLY, PAUSE, PRESENT_ACT, READ_AHEAD, SENTENCE_END, future_first, has_verb, sentence_end, sentence_of,
                      sentence_start, tense_stop)
from .lexicon import B0, B1, DAY_WORD, HMONTH, JMONTH, HTAIL, NUMBER_WORDS, SP, SP1, WEEKDAY, _alt, month_number, weekday_number
from .cues import _BIDDING
from .merge import _ongoing_since
from .tense import MUST_WORD

Resolved = list[tuple[Cand, convert.Interval | Exception]]


_STEP_WORD = re.compile(rf"{B0}(?:آینده|آتی){B1}")


SAID_AFTER = re.compile(rf"{SP1}(?:[^\W\d]+{SP1})?(?:(?:اعلام|اظهار|عنوان|تاکید|تصریح|خاطرنشان){SP1}(?:کرد|کردند|داشت|نمود)"
                         rf"|گفت|گفتند|افزود|نوشت){B1}")


_THAT_IS_GAP = re.compile(rf"{SP1}(?:هم{SP1})?که{SP1}")
_DAY_GLOSS_GAP = re.compile(rf"{SP}[/(]{SP}")


_COMMA_GAP = re.compile(rf"{SP}[،,]{SP}")
_FALLS_ON_GAP = re.compile(rf"{SP1}(?:که{SP1})?(?:می{SP}?افته|میفته|می{SP}?افتد){SP1}|{SP1}که{SP1}")
_EQUAL_GAP = re.compile(rf"{SP}(?:[،,]{SP}|را{SP1})?(?:برابر|مطابق|معادل)(?:{SP1}با)?{SP1}")


def _own_clauses(f: str, a: Cand, b: Cand) -> bool:
    """"تابلوی شما افتاد برای ۱۰ شهریور، شنبه پیش‌فاکتورش رو می‌فرستم": a day ending a clause told with
    its verb, and a weekday opening the next with a verb of its own, are two days (not a gloss)."""
    start = sentence_start(f, a.start)
    start = max([start] + [p.end() for p in PAUSE.finditer(f, start, a.start)])
    pause = PAUSE.search(f, b.end, sentence_end(f, b.end))
    stop = pause.start() if pause else sentence_end(f, b.end)
    return bool((PAST_ONLY.search(f, start, a.start) or PRESENT_ACT.search(f, start, a.start))
                and (PAST_ONLY.search(f, b.end, stop) or PRESENT_ACT.search(f, b.end, stop)))


def _day_beside(c: Cand, iv: convert.Interval) -> convert.Interval | None:
    """The yearless day ``c`` in the year (of its calendar) that puts it within a day of ``iv``, the
    year before or after too, as a gloss or a day word may sit across a new year from it."""
    base = year_of_interval(iv, c.calendar)
    for y in (base - 1, base, base + 1):
        try:
            day = MAKE[c.calendar](y, c.m, c.d)
        except ValueError:
            continue
        if abs((day.start - iv.start).days) <= 1:
            return day
    return None


# "کلاسشو شنبه‌ی بعدش شروع کنیم؟": the weekday after (or before) the day told before it in the sentence
_AFTER_OR_BEFORE_IT = re.compile(rf"(?:{SP}ی)?{SP1}(?P<side>بعدش|قبلش)(?![\w\u200c])(?!{SP}[،,(]{SP}[0-9])")


def weekdays_after_a_day(f: str, bounds: list[int], resolved: Resolved):
    """"حسین ۱۰ فروردین برمی‌گرده، کلاسشو شنبه‌ی بعدش شروع کنیم؟": a weekday named alone with "بعدش"
    ("قبلش") is the first such weekday after (before) the last day told before it in its sentence,
    not the one nearest publication."""
    out: Resolved = []
    for c, iv in resolved:
        side = _AFTER_OR_BEFORE_IT.match(f, c.end) if c.bare_wd is not None and isinstance(iv, convert.Interval) else None
        day = next((piv for pc, piv in reversed(out) if isinstance(piv, convert.Interval) and piv.precision == "day"
                    and pc.end <= c.start and sentence_of(bounds, pc.start) == sentence_of(bounds, c.start)), None) if side else None
        if day is not None:
            step = 1 if side.group("side") == "بعدش" else -1
            d = day.start + dt.timedelta(days=step)
            while convert.persian_weekday(d) != c.bare_wd:
                d += dt.timedelta(days=step)
            iv = convert.day(d)
        out.append((c, iv))
    return out


def glossed_days(f: str, resolved: Resolved):
    """"هفت مه ( ۱۷ اردیبهشت ۹۶ )", "روز سه‌شنبه ۱۶ شهریور / شش سپتامبر": a yearless Gregorian day
    beside the Jalali day it glosses, whose year is written or fixed by its written weekday, is
    that same day (a day off at most, as the press converts), in that year."""
    out = list(resolved)
    for i in range(len(out) - 1):
        (a, ia), (b, ib) = out[i], out[i + 1]
        if (a.form == "relative" and DAY_WORD_START.fullmatch(f, a.start, a.end) and isinstance(ia, convert.Interval)
                and ia.precision == "day" and _COMMA_GAP.fullmatch(f, a.end, b.start) and not b.parts
                and yearless_day(b) and b.d is not None
                and isinstance(ib, convert.Interval) and ib.start != ia.start):
            # "فردا، اول ژانویه، سرور ... آفلاینه، واسه همین ... انداختیم": the day glossing a day word
            # is that day, whatever tense a later clause takes
            if (day := _day_beside(b, ia)) is not None:  # (the day word may sit across a new year from it)
                out[i + 1] = (b, day)
            continue
        if (b.bare_wd is not None and isinstance(ia, convert.Interval) and ia.precision == "day" and not a.parts
                and ia.start == ia.end and (_COMMA_GAP.fullmatch(f, a.end, b.start) or _FALLS_ON_GAP.fullmatch(f, a.end, b.start))
                and isinstance(ib, convert.Interval)
                and ib.start != ia.start and convert.persian_weekday(ia.start) == b.bare_wd
                and not _own_clauses(f, a, b)):
            # "موکتا هم اول محرم، شنبه صبح": a weekday set after a day that falls on it names that day (so
            # "برای اول رمضون که می‌افته دوشنبه", "اول رمضون که دوشنبه‌ست": told to fall on it)
            out[i + 1] = (b, convert.day(ia.start))
            continue
        if (_EQUAL_GAP.fullmatch(f, a.end, b.start) and isinstance(ia, convert.Interval) and ia.precision == "day"
                and ia.start == ia.end and not a.parts and a.y is not None and yearless_day(b) and b.d is not None
                and not b.parts and isinstance(ib, convert.Interval) and ib.start != ia.start):
            # "۱ شوال ۱۴۲۹ برابر ۱۰ مهر", "کسوف ۹ مارس ۲۰۱۶ را برابر ۱۹ اسفند آورده": a yearless day told
            # "equal to" a dated one is that day (a day off at most, as calendars are converted)
            if (day := _day_beside(b, ia)) is not None:
                out[i + 1] = (b, day)
            continue
        if (a.bare_wd is not None and _THAT_IS_GAP.fullmatch(f, a.end, b.start) and b.d is not None and not b.parts
                and isinstance(ib, convert.Interval) and ib.precision == "day" and ib.start == ib.end
                and convert.persian_weekday(ib.start) == a.bare_wd and isinstance(ia, convert.Interval) and ia.start != ib.start):
            # "پنجشنبه هم که ۲۸ صفر تعطیله": a weekday glossed by the day it is, which falls on it, is that day
            out[i] = (a, convert.day(ib.start))
            continue
        if not _DAY_GLOSS_GAP.fullmatch(f, a.end, b.start):
            continue
        if (a.calendar == "hijri" and a.y is None and a.d is not None and not a.parts and f[a.end:b.start].strip() == "("
                and b.calendar in ("jalali", "gregorian") and b.d is not None and not b.parts
                and isinstance(ib, convert.Interval) and ib.precision == "day" and ib.start == ib.end
                and isinstance(ia, convert.Interval) and ia.start != ib.start):
            # "رحلت پیامبر در ۲۸ صفر (۱۳ مهر)": a lunar day glossed in brackets by the solar day it falls on
            # is the lunar day of that year (a day off at most, as sighting goes)
            if (day := _day_beside(a, ib)) is not None:
                out[i] = (a, day)
            continue
        for (g, ig, gi), (j, ij) in (((a, ia, i), (b, ib)), ((b, ib, i + 1), (a, ia))):
            if (g.calendar == "gregorian" and g.y is None and g.d is not None and not g.parts and isinstance(ig, convert.Interval)
                    and j.calendar == "jalali" and j.d is not None and not j.parts
                    # (or a yearless Jalali day glossed in brackets after it, whose year its clause fixed: "فینال
                    # به ۱۵ دی (۵ ژانویه) موکول شد"; the Gregorian gloss follows it)
                    and (j.y is not None or j.wd is not None or j is a and f[a.end:b.start].strip() == "(")
                    and isinstance(ij, convert.Interval) and ij.precision == "day"):
                for y in (ij.start.year - 1, ij.start.year, ij.start.year + 1):  # a day off may cross New Year
                    try:
                        day = dt.date(y, g.m, g.d)
                    except ValueError:
                        continue
                    if abs((day - ij.start).days) <= 1:
                        out[gi] = (g, convert.day(day, "gregorian"))
    return out


# (not an hour: "پنجشنبه ۲۳ اسفند ساعت ۵ یا شنبه ۲۵ اسفند ساعت ۱۰")
_OR_DAY_BEFORE = re.compile(rf"(?<![0-9/.\-:])(?<!ساعت\s)(?P<d>[0-9]{{1,2}}){SP1}یا{SP1}$")
# "پنجشنبه یا جمعه ۲۸ اسفند": a weekday offered before a dated day's own weekday
_OR_WEEKDAY_BEFORE = re.compile(rf"{B0}(?:روز{SP1})?(?P<wd>{WEEKDAY}){SP1}یا{SP1}$")


def or_days(f: str, resolved: Resolved):
    """"۷ یا ۸ اکتبر": the first of two days told as alternatives is a day of the same month and
    year as the second (a range joins days with "تا" or "و", not "یا")."""
    out = list(resolved)
    for c, iv in resolved:
        if c.d is None or c.parts or c.form not in ("jalali_dm", "jalali_dmy", "gregorian_dm", "gregorian_dmy") \
                or not isinstance(iv, convert.Interval) or iv.precision != "day":
            continue
        if c.wd is not None and (w := _OR_WEEKDAY_BEFORE.search(f, max(0, c.start - 20), c.start)):
            # the day of that weekday nearest the dated one, in its week or the one before
            gap = (weekday_number(w.group("wd")) - c.wd) % 7
            if gap and convert.persian_weekday(iv.start) == c.wd \
                    and not any(o.start < w.end("wd") and w.start("wd") < o.end for o, _ in resolved):
                days = gap if gap <= 3 else gap - 7
                out.append((replace(c, start=w.start("wd"), end=w.end("wd"), wd=None, d=None, form="relative"),
                            convert.day(iv.start + dt.timedelta(days=days))))
            continue
        b = _OR_DAY_BEFORE.search(f, max(0, c.start - 12), c.start)
        if not b or not 1 <= int(b.group("d")) <= 31 or int(b.group("d")) == c.d:
            continue
        try:
            first = MAKE[c.calendar](year_of_interval(iv, c.calendar), c.m, int(b.group("d")))
        except ValueError:
            continue  # "۳۰ یا ۳۱ شهریور" in a year whose month has no such day
        out.append((replace(c, start=b.start("d"), end=b.end("d"), wd=None), first))
    return sorted(out, key=lambda r: r[0].start) if len(out) > len(resolved) else resolved


def anchor_weekdays(f: str, bounds: list[int], resolved: Resolved,
                     ref: dt.date | None = None):
    """"برف از صبح چهارشنبه ... و صبح روز پنجشنبه ( ۴ آذر ) ...": a weekday named alone beside a
    day written with its date and weekday is the one of that day's week (within three days of
    it), not the one nearest publication; but not a weekday told in the past beside a day told
    in the future ("ملکه که پنجشنبه ... درگذشت، دوشنبه ۲۸ شهریور ... سپرده می‌شود")."""
    if all(c.bare_wd is None for c, _ in resolved):
        return resolved
    resolved = _means_weekdays(f, resolved)
    anchors: dict[int, tuple[dt.date, bool, int, bool]] = {}  # sentence -> (the day, told in the future, where, year written)
    for c, iv in resolved:
        # (a day with its year written may lie years back, "او جمعه گفت که جلسه دوشنبه ۱۲ تیر
        # ۱۳۹۰ ...": only a yearless one, told in the paper's own days, is an anchor; or one within two weeks of
        # publication for the end of its own run, "از جمعه ۱۸ مرداد ۱۳۹۸ ساعت ۲۳ تا صبح شنبه" told on the
        # Saturday before)
        if c.wd is not None and c.d is not None and not c.parts and isinstance(iv, convert.Interval) \
                and (c.y is None or ref is not None and abs((iv.start - ref).days) <= 14) \
                and iv.precision == "day" and convert.persian_weekday(iv.start) == c.wd:
            anchors.setdefault(sentence_of(bounds, c.start), (iv.start, c.tense in ("future", "will"), c.start, c.y is not None))
    if not anchors:
        return resolved
    out: Resolved = []
    for c, iv in resolved:
        sent = sentence_of(bounds, c.start)
        if sent not in anchors and (nxt := anchors.get(sent + 1)) and not nxt[3] and c.bare_wd is not None \
                and isinstance(iv, convert.Interval) and convert.persian_weekday(nxt[0]) == c.bare_wd \
                and iv.start != nxt[0] and abs((nxt[0] - iv.start).days) <= 7 and not _STEP_WORD.search(f, c.start, c.end):
            # "گفتن سهشنبه آماده است. پذیرش: بله، سهشنبه ۲۵ دی بعد از ساعت ۲ بیاید": a weekday named
            # alone, the same weekday given its date in the very next sentence (the answer to it)
            out.append((c, convert.day(nxt[0])))
            continue
        day, ahead, at, dated = anchors.get(sent, (None, False, 0, False))
        if dated and not (at < c.start and AZ_BEFORE.search(f, max(0, at - 4), at)
                          and _UNTIL_BEFORE.search(f, max(0, c.start - 8), c.start)):
            day = None
        # not "دوشنبه آتی" (told from publication) nor "روز جمعه اعلام کرد" (the day of the report),
        # nor a weekday told in the past beside a day told in the future (two weeks apart), nor one of
        # this week, named between them
        if c.bare_wd is not None and day is not None and isinstance(iv, convert.Interval) \
                and not _STEP_WORD.search(f, c.start, c.end) and not SAID_AFTER.match(f, c.end) \
                and not _OTHER_WEEK_BEFORE.search(f, max(0, c.start - 40), c.start) \
                and not (at < c.start and _THIS_WEEK.search(f, at, c.start)) \
                and not (ahead and told_in_past(f, c.end, bounds)):
            pa = WEEKDAY_AND_BEFORE.search(f, max(0, c.start - 20), c.start)
            prev_c, prev_iv = out[-1] if out else (None, None)
            if pa and prev_c is not None and prev_c.bare_wd is not None and prev_c.end == pa.end("wd") \
                    and isinstance(prev_iv, convert.Interval):
                # "برای پنجشنبه و جمعه": the second of a pair follows the first, whichever way the
                # anchor's three days either side would have put it
                iv = convert.day(prev_iv.start + dt.timedelta(days=(c.bare_wd - prev_c.bare_wd) % 7 or 7))
            else:
                shift = (c.bare_wd - convert.persian_weekday(day) + 3) % 7 - 3  # -3 .. 3
                moved = convert.day(day + dt.timedelta(days=shift))
                # (not a day told as ahead put back before publication: "... روز دوشنبه ۳ شهریور
                # ابلاغ شده و جمع‌آوری آن تا جمعه ادامه دارد")
                # (nor a day something has run since, "بارش برف که از عصر پنجشنبه آغاز شده، ... سه‌شنبه
                # ۱۴ دی", put ahead of publication by a later anchor)
                # (nor one told before its anchor, and read before it, put after it: "ما از شنبه تمرین
                # رو شروع می‌کنیم و بازی اولمون جمعه ۱۸ فروردین", "پس از شکست ... در روز دوشنبه، جمعه ۴
                # آذر ... به مصاف ولز می‌رود")
                # (nor a deadline bidden before its anchor put after it: "پنجشنبه ۲۲ اردیبهشت رو براتون ثبت
                # کردم، بیعانه رو تا شنبه بدید")
                # (nor one told in the past put into the week after publication: "سه‌شنبه ۲۰ خرداد؛ شنبه
                # که رفتم فقط فشارم رو گرفتن"; an anchor far ahead of the stamp is left to move it)
                if not (ref is not None and (shift < 0 and iv.start > ref and moved.start < ref
                                             or shift > 0 and iv.start <= ref and moved.start > ref
                                             and AZ_BEFORE.search(f, max(0, c.start - 4), c.start)
                                             or iv.start <= ref < moved.start <= ref + dt.timedelta(days=7)
                                             and told_in_past(f, c.end, bounds)
                                             # (nor a day told ahead, after an anchor told in the past, put back
                                             # before publication: "شنبه ۱۰ بهمن نوبت داشتم ولی نتونستم بیام،
                                             # یکشنبه میام")
                                             or shift > 0 and not ahead and at < c.start and iv.start > ref > moved.start
                                             and future_first(f, c.end, sentence_end(f, c.end)))
                        or shift > 0 and c.start < at and iv.start < day
                        # (either way: "تا شنبه بیارید، دوشنبه ۳۱ اردیبهشت تحویل میدیم" is the nearest Saturday)
                        or shift != 0 and iv.start < day and _UNTIL_BEFORE.search(f, max(0, c.start - 8), c.start)
                        and _BIDDEN_AFTER.match(f, c.end)):
                    iv = moved
        out.append((c, iv))
    return out


_YEARLESS_FORMS = {f"{cal}_{p}" for cal in ("jalali", "gregorian") for p in ("dm", "m")}


def _yearless_month(c: Cand) -> bool:
    # (the ends of a run of days carry no form: "۱ تا ۴ فروردین")
    return c.y is None and c.m is not None and (c.form in _YEARLESS_FORMS or not c.form and c.rel is None)


def yearless_month_of(c: Cand) -> int | None:
    """The month of a day, month or run of days told without a year or a word that places it
    ("۱ تا ۴ فروردین", "اسفند"), else None."""
    ends = c.parts or (c,)
    if not all(_yearless_month(p) or p is not c and p.y is None and p.m is None and p.rel is None for p in ends):
        return None
    return next((p.m for p in ends if p.m is not None), None)


_LIST_JOIN = re.compile(rf"[،,؛;]|{SP1}و{SP1}")
# a clause between two days, no list: a spoken present or a relative clause ("مربی‌ها از ۱۴ فروردین
# برمی‌گردن؛ آزمونی که برای ۳ فروردین داشتید ...")
_CLAUSE_BETWEEN = re.compile(r"(?<![\w\u200c])(?:(?:بر)?می[\u200c ][^\W\d]+|که(?![\w\u200c]))")


def _yearless_days(c: Cand) -> bool:
    """A day, or a run of days, written without a year and placed by no word of its own."""
    if c.calendar not in ("jalali", "gregorian") or c.rel is not None or c.tense in ("past", "done"):
        return False
    if c.parts:
        return c.form == "range" and all(p.y is None and p.d is not None and p.rel is None for p in c.parts)
    return yearless_day(c) and c.d is not None


_WORD_RIGHT_AFTER = re.compile(rf"{SP1}[^\W\d]")
_SUBJUNCTIVE_SPOKEN = re.compile(rf"{B0}ن?ب?(?:شه|شود|کنه|کند|باشه|باشد)(?![\w\u200c])")


def schedule_order(f: str, bounds: list[int], ref: dt.date | None, resolved: Resolved):
    """"مهلت ارسال مقالات ۲۰ ژانویه، اعلام نتایج داوری ۱۰ مارس و تاریخ برگزاری ۲ تا ۴ مه": days
    listed without their years after one placed ahead of publication are a schedule in order; one
    that came out as past, and a year on would follow the day before it, is that year's."""
    if ref is None:
        return resolved
    out = list(resolved)
    prev: tuple[int, convert.Interval, int] | None = None  # (sentence, interval, end) of the last yearless day
    for i, (c, iv) in enumerate(resolved):
        if not isinstance(iv, convert.Interval) or not _yearless_days(c):
            continue
        sent = sentence_of(bounds, c.start)
        # (items of one list: a short label between, no verb: not "روز چهارشنبه ۶ ژانویه آرای ... را که
        # ۳ نوامبر ... شمارش می‌کند")
        # (nor a bidding or a subjunctive between that closes the first's clause, the second's own told after it:
        # "فایلا رو تا ۱۴ دی بفرستین، دستگاه ۵ از ۲۰ آذر تو سرویسه", "بیمه تا ۳۰ بهمن تمدید نشه، فاکتور ۲۲ بهمن رو
        # نمی‌تونیم ثبت کنیم"; not "چک اول رو ۱۵ فروردین بزنین، دومی هم ۱۵ اردیبهشت.", bid too)
        listed = prev is not None and c.start - prev[2] <= 60 and bool(_LIST_JOIN.search(f, prev[2], c.start)) \
            and not has_verb(f, prev[2], c.start) \
            and not PAST_ONLY.search(f, prev[2], c.start) and not PRESENT_ACT.search(f, prev[2], c.start) \
            and not _CLAUSE_BETWEEN.search(f, prev[2], c.start) \
            and not ((_BIDDING.search(f, prev[2], c.start) or _SUBJUNCTIVE_SPOKEN.search(f, prev[2], c.start))
                     and _WORD_RIGHT_AFTER.match(f, c.end)) \
            and not _BUT_BETWEEN.search(f, prev[2], c.start)  # (nor set against it: "قربون ۳۰ مرداده، ولی ما از ۲۸ مرداد کشتار داریم")
        if listed and prev[0] == sent and prev[1].start > ref and iv.end < ref and iv.start < prev[1].start:
            try:
                later = moved_years(iv, c.calendar, 1)
            except ValueError:
                later = None
            if later is not None and later.start >= prev[1].start and (later.start - ref).days <= 366:
                out[i] = (c, later)
                iv = later
        prev = (sent, iv, c.end)
    return out


def moved_years(iv: convert.Interval, calendar: str, years: int) -> convert.Interval:
    """``iv`` (days or whole months) the same days or months ``years`` years later."""
    to = convert.to_jalali if calendar == "jalali" else (lambda d: d)
    make = MAKE[calendar]
    a, b = to(iv.start), to(iv.end)
    if iv.precision == "month":
        return convert.span(make(a.year + years, a.month), make(b.year + years, b.month))
    return convert.span(make(a.year + years, a.month, a.day), make(b.year + years, b.month, b.day))


def same_months(f: str, bounds: list[int], resolved: Resolved):
    """"نوبت‌دهی برای نیمه اول فروردین از فردا آغاز می‌شود و فهرست کشیک روزهای ۱ تا ۴ فروردین ...
    قرار گرفته است": a month named twice without its year in one sentence is one month; each
    alone was read by its own clause's tense, and a clause told ahead cannot name a month gone,
    so both take the later year (not where the sentence says which year: "پارسال تا ۲۸ اسفند")."""
    groups: dict[tuple[int, str, int], list[int]] = {}
    for i, (c, iv) in enumerate(resolved):
        m = yearless_month_of(c)
        if isinstance(iv, convert.Interval) and m is not None:
            groups.setdefault((sentence_of(bounds, c.start), c.calendar, m), []).append(i)
    out = list(resolved)
    for (_, cal, _), idx in groups.items():
        years = [year_of_interval(out[i][1], cal) for i in idx]
        if len(set(years)) < 2:
            continue
        begin, stop = sentence_start(f, resolved[idx[0]][0].start), sentence_end(f, resolved[idx[-1]][0].end)
        if _YEAR_WORD.search(f, begin, stop):
            continue
        for i, y in zip(idx, years):
            if y < max(years):
                try:
                    out[i] = (out[i][0], moved_years(out[i][1], cal, max(years) - y))
                except ValueError:
                    pass
    return out


# a year word a few words before a Jalali day or month with none of its own: "پارسال، در همین روزهای
# آخر اسفند", "سال آینده در اردیبهشت برپا می‌شود", "پارسال تا ۲۸ اسفند طول کشید" (not "از سال
# گذشته تا اسفند", a run from it; nor "سال گذشته میلادی")
_YEAR_WORD_BEFORE = re.compile(
    rf"(?<!از )(?<!از\u200c)(?:{B0}(?P<last>پارسال|سال{SP1}(?:گذشته|قبل|پیش))|{B0}(?P<next>سال{SP1}(?:آینده|بعد|آتی|دیگر|دیگه))"
    # (and a month of this year named just before: "زایمانم می‌افته اسفند امسال، احتمالا ۲۵ اسفند")
    rf"|(?P<this>(?:{JMONTH}){SP1}امسال))"
    # (up to six words: "پارسال جشن دهه فجر مهد رو ۱۹ بهمن"; a measure among them: "پارسال در گرمای ۴۸ درجه مرداد")
    rf"(?!{SP1}(?:میلادی|قمری))(?:{SP}[،,])?(?:{SP1}(?:[^\s\d.،,:؛!؟]+|[0-9]{{1,3}}(?={SP1}[^\s\d.،,:؛!؟]))){{0,6}}{SP1}$")


_COUNT_BEFORE = re.compile(rf"(?:[0-9]|{B0}(?:{_alt(NUMBER_WORDS)})){SP1}$")


def month_pairs(f: str, resolved: Resolved):
    """"اقساط اسفند و فروردین", "اجاره اسفند و فروردین": two yearless months in a row joined by
    "و" are consecutive, the second the month after the first (across the new year too); a
    yearless month joined to one whose year is told relative to publication takes that year."""
    out = list(resolved)
    for i in range(1, len(out)):
        (a, ia), (b, ib) = out[i - 1], out[i]
        if a.form == b.form == "jalali_m" and a.y is None and b.y is None and a.d is None and b.d is None \
                and b.m == a.m % 12 + 1 and isinstance(ia, convert.Interval) and isinstance(ib, convert.Interval) \
                and AND_GAP.fullmatch(f, a.end, b.start):
            year = year_of_interval(ia, "jalali")
            nxt = convert.jalali(year, a.m + 1) if a.m < 12 else convert.jalali(year + 1, 1)
            out[i] = (b, nxt)
        elif a.form == "jalali_m" and b.form == "jalali_my" and a.y is None and b.y is None and b.rel is not None \
                and a.m and b.m and isinstance(ia, convert.Interval) and isinstance(ib, convert.Interval) \
                and AND_GAP.fullmatch(f, a.end, b.start):
            # "خاموشی‌های تیر و مرداد امسال": the year told after the second month holds the first too
            year = year_of_interval(ib, "jalali")
            out[i - 1] = (a, convert.jalali(year - 1 if a.m > b.m else year, a.m))
    return out


# "از ۱۵ آوریل به ۳۰ ژوئن ۲۰۲۰ منتقل کرد": a day moved to another, whose year is written
_MOVED_TO_GAP = re.compile(rf"{SP1}به{SP1}(?:روز{SP1})?")


def moved_from_years(f: str, resolved: Resolved):
    """"از ۱۵ آوریل به ۳۰ ژوئن ۲۰۲۰": a yearless day something was moved from takes the year of the
    day it was moved to, or the one that puts it nearest that day ("از ۲۵ اسفند به ۵ فروردین ۱۴۰۰"
    is Esfand 1399; "از ۲۳ شهریور به ۲۲ شهریور ۱۳۹۰", a day earlier, is still 1390)."""
    out = list(resolved)
    for i in range(1, len(out)):
        (a, ia), (b, ib) = out[i - 1], out[i]
        if yearless_day(a) and b.y is not None and b.d is not None and not b.parts and a.calendar == b.calendar \
                and isinstance(ia, convert.Interval) and isinstance(ib, convert.Interval) \
                and _MOVED_TO_GAP.fullmatch(f, a.end, b.start) and AZ_BEFORE.search(f, max(0, a.start - 4), a.start):
            def gap(y, a=a, ib=ib):
                try:
                    return abs((MAKE[a.calendar](y, a.m, a.d).start - ib.start).days)
                except ValueError:
                    return 10 ** 6
            want = min((b.y, b.y - 1, b.y + 1), key=gap)
            got = year_of_interval(ia, a.calendar)
            if got != want:
                try:
                    out[i - 1] = (a, moved_years(ia, a.calendar, want - got))
                except ValueError:
                    pass
    return out


# "مثل پارسال ۱ فروردین هم بازیم": a year a thing is compared with lends the day no year
_LIKE_RIGHT_BEFORE = re.compile(rf"{B0}(?:مثل|مانند|همچون|عین){SP1}$")


def year_words_before(f: str, ref: dt.date | None, resolved: Resolved):
    """A Jalali day or month without its year, a few words after "پارسال" / "سال آینده", is of that
    year, whatever its clause's tense would make of it."""
    if ref is None or ("سال" not in f and "پارسال" not in f):
        return resolved
    out = []
    for c, iv in resolved:
        if isinstance(iv, convert.Interval) and c.calendar == "jalali" and yearless_month_of(c) is not None:
            w = _YEAR_WORD_BEFORE.search(f, max(0, c.start - 50), c.start)
            stop = sentence_end(f, c.end)
            # (not a count of years, "خشک‌ترین مهر ۵۵ سال گذشته بود و تا پایان آبان"; nor last
            # year's things dealt with ahead, "سود سپرده‌های پارسال تا ۱۵ خرداد واریز می‌شود"; nor
            # next year's told as past; nor across a "but": "آلبوم بمونه برای سال آینده، ولی من می‌گم تا
            # ۲۵ مهر میکس تموم بشه"); nor after a day whose own the word is: "از ۲۵ اسفند پارسال ده‌ایم و
            # تا ۱۴ فروردین می‌مونیم"; nor last year's papers that must be in by a month, none told as past:
            # "اظهارنامه‌ی پارسال رو باید تا آخر تیر بدیم")
            if w and not _COUNT_BEFORE.search(f, max(0, w.start() - 12), w.start()) \
                    and not (w.group("last") and future_first(f, c.end, stop)) \
                    and not (w.group("next") and told_in_past(f, c.end, [stop])) \
                    and not (w.group("last") and MUST_WORD.search(f, w.end(w.lastgroup), c.start)
                             and not told_in_past(f, c.end, [stop])) \
                    and not _BUT_BETWEEN.search(f, w.end(w.lastgroup), c.start) \
                    and not (len(f[w.end(w.lastgroup):c.start].split()) > 4
                             and (has_verb(f, w.end(w.lastgroup), c.start) or _AND_WORD.search(f, w.end(w.lastgroup), c.start))) \
                    and not _LIKE_RIGHT_BEFORE.search(f, max(0, w.start(w.lastgroup) - 8), w.start(w.lastgroup)) \
                    and not (w.group("next") and iv.start > ref and (iv.start - ref).days <= 60
                             and AZ_BEFORE.search(f, max(0, c.start - 4), c.start) and _BEGINS_RIGHT_AFTER.match(f, c.end)) \
                    and not any(o.start <= w.start(w.lastgroup) and w.end(w.lastgroup) <= o.end
                                and (o.start, o.end) != w.span(w.lastgroup) for o, _ in resolved if o is not c):
                want = convert.to_jalali(ref).year + (-1 if w.group("last") else 0 if w.group("this") else 1)
                got = year_of_interval(iv, "jalali")
                if got != want:
                    try:
                        moved = moved_years(iv, "jalali", want - got)
                        # (not against its own weekday: "مجوزهای سالانه برای سال آینده از شنبه ۱۶ دی‌ماه":
                        # the Saturday is this year's 16 Dey, the permits next year's)
                        if c.wd is None or convert.persian_weekday(moved.start) == c.wd:
                            iv = moved
                    except ValueError:
                        pass
        out.append((c, iv))
    return out


# (nor what begins on a day soon of this year for the next: "ثبت‌نام آزمون سال آینده از ۵ بهمن آغاز می‌شود";
# or is issued or handed out from it: "پروانه‌های سال آینده از ۱۵ دی صادر می‌شوند")
_BEGINS_RIGHT_AFTER = re.compile(rf"{SP1}(?:آغاز|شروع|صادر|توزیع|عرضه){SP1}(?:می{SP}(?:شود|شوند)|می{SP}شه|میشه|میشن|می{SP}شن|خواهد{SP1}شد|خواهند{SP1}شد){B1}")
# (five or six words between only with no verb or "و" among them: "پارسال جشن دهه فجر مهد رو ۱۹ بهمن
# گرفتیم", not "پارسال قول داده بودید نمای پشتی تا اردیبهشت تموم بشه")
_AND_WORD = re.compile(rf"{B0}و{B1}")
_BUT_BETWEEN = re.compile(rf"[؛;]|{B0}(?:ولی|اما|ولیکن){B1}")
_YEAR_WORD = re.compile(rf"{B0}(?:امسال|پارسال|سال{SP1}(?:جاری|گذشته|آینده|قبل|پیش|بعد|آتی)|هر{SP1}سال){B1}")


# "بیعانه رو تا شنبه بدید": a deadline bidden, met before the day it secures, not after it
_UNTIL_BEFORE = re.compile(rf"{B0}تا{SP1}(?:روز{SP1})?$")
_BIDDEN_AFTER = re.compile(rf"[^.؛!?؟]{{0,30}}?(?<![\w\u200c])(?:ب[^\W\d]{{1,8}}(?:ید|ین)|(?:واریز|پرداخت|اقدام|خبر){SP1}(?:کنید|کنین|بدید|بدین|بدهید)){B1}")
# "... ۲۹ تیر؛ این هفته بیاید، ترجیحاً چهارشنبه": this week named between an anchor and a weekday
_THIS_WEEK = re.compile(rf"{B0}(?:این|همین){SP1}هفته{B1}")
# "... چهارشنبه ۱۰ مهر ... و جلسات هفته آینده ... از یکشنبه": a weekday of another week
_OTHER_WEEK_BEFORE = re.compile(rf"{B0}هفته{SP1}(?:آینده|بعد|آتی|گذشته|قبل|پیش){B1}[^.؛:!?؟،,]*$")


# "یلدا ۳۰ آذر است، یعنی دوشنبه": a weekday that glosses the day just before it
MEANS_BEFORE = re.compile(rf"{B0}یعنی{SP1}(?:(?:از|تا){SP1})?(?:روز{SP1})?$")  # (also "از ۱۲ فروردین ...، یعنی از شنبه")


def _means_weekdays(f: str, resolved: Resolved):
    """A weekday after "یعنی" is the day written just before it, when that day falls on it."""
    out = []
    for i, (c, iv) in enumerate(resolved):
        if c.bare_wd is not None and i and MEANS_BEFORE.search(f, max(0, c.start - 8), c.start):
            pc, piv = resolved[i - 1]
            if isinstance(piv, convert.Interval) and piv.precision == "day" and piv.start == piv.end \
                    and c.start - pc.end <= 30 and not SENTENCE_END.search(f, pc.end, c.start) \
                    and convert.persian_weekday(piv.start) == c.bare_wd:
                iv = piv
        out.append((c, iv))
    return out


def told_in_past(f: str, end: int, bounds: list[int]) -> bool:
    """A past verb follows ``end`` in its sentence before any future form."""
    i = bisect.bisect_right(bounds, end)
    stop = tense_stop(f, end, min(bounds[i] - 1 if i < len(bounds) else len(f), end + READ_AHEAD))
    return bool(PAST_ONLY.search(f, end, stop)) and not future_first(f, end, stop)


# a day or part of a month ("آخرین جمعه ماه رمضان" is a day, not the month)
_PART_OF_BEFORE = re.compile(rf"{B0}(?:{WEEKDAY}|روز|شب|روزهای|شب{SP}های|هفته|نیمه)(?:{SP}ی)?{SP1}$")
# A Hijri month named alone, after "ماه", a preposition or a plural noun ("در ماه رمضان", "به
# احترام ماه محرم", "تعطیلی‌های محرم", "با رمضون"), or told to end ("صفر که تموم شه"); no day
# or year after it. "صفر" (zero) only so told or after "ماه"; a name ("آقای رمضان") has no cue.
_LONE_HMONTH = re.compile(
    rf"(?:(?P<mah>{B0}ماه){SP1}(?:(?:مبارک|پربرکت){SP1})?|{B0}(?:در|تو|با|از|تا|به|برای|واسه|خاطر|دلیل|احترام|اول|آغاز|پایان){SP1}"
    rf"|{SP}های{SP1})(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}(?!{SP}[0-9])"
    rf"|{B0}(?P<mon2>{HMONTH}){HTAIL}{SP1}(?:که{SP1})?(?:تموم|تمام){B1}")
_EVENT_NAMED_BEFORE = re.compile(rf"{B0}(?:تورنمنت|مسابقات|مسابقه|جام|لیگ|جشنواره|رقابت{SP}های)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}$")
_OCCASION_WORDS = (rf"به{SP1}مناسبت(?:{SP1}(?:آغاز|فرارسیدن))?|آغاز|شروع|پس{SP1}از|بعد{SP1}از"
                   # (or what is for its days or falls with it: "جام ... ویژه ایام ماه رجب، شنبه ۱۵ رجب ۱۴۴۵",
                   # "همزمان با ماه رمضان، ساعات کاری ... از ۱۰ تا ۲۹ رمضان ۱۴۳۶")
                   rf"|ویژه(?:{SP1}ایام)?|همزمان{SP1}با|مصادف{SP1}با")
_MONTH_OCCASION_BEFORE = re.compile(rf"{B0}(?:{_OCCASION_WORDS}){SP1}$")
_LUNAR_DAY_WRITTEN = re.compile(rf"(?<![0-9])[0-9]{{1,2}}{SP1}(?:{HMONTH}){SP1}[0-9]{{4}}(?![0-9])")
# (or the month itself named as the cause, then written with its year, its day a word or none: "به دلیل ماه
# رمضان، تمرین‌ها از اول رمضان ۱۴۳۵ ...", "کمک هزینه ویژه ماه رمضان ... در رمضان ۱۴۴۲ قمری ...")
_MONTH_CAUSE_BEFORE = re.compile(rf"{B0}(?:{_OCCASION_WORDS}|به{SP1}دلیل|به{SP1}خاطر){SP1}$")
_LUNAR_MONTH_YEAR = re.compile(rf"(?:(?<![0-9])[0-9]{{1,2}}{SP1}|{B0}(?:{DAY_WORD}){SP1}|{B0})(?P<hm>{HMONTH}){SP1}[0-9]{{4}}(?![0-9])")


def named_as_occasion(f: str, start: int, end: int, mon: int) -> bool:
    """The lunar month at ``f[start:end]`` ("ماه ...") is named as the occasion or the cause, and a day
    written after it in its sentence is the mention: a day of any lunar month with its year after an
    occasion's word, or the same month with its year after a cause's."""
    stop = sentence_end(f, end)
    return bool(_MONTH_OCCASION_BEFORE.search(f, max(0, start - 24), start) and _LUNAR_DAY_WRITTEN.search(f, end, stop)
                or _MONTH_CAUSE_BEFORE.search(f, max(0, start - 24), start)
                and any(month_number(x.group("hm"), "hijri") == mon for x in _LUNAR_MONTH_YEAR.finditer(f, end, stop)))
_OWN_DAYS_RUN_AFTER = re.compile(rf"{SP1}(?:از{SP1})?[0-9]{{1,2}}{SP1}(?:تا|و){SP1}[0-9]{{1,2}}{SP1}{HMONTH}")
# how near another date of its sentence the month must lie to be that month (its eve, its days,
# the days right after it)
_ANCHOR_DAYS = 7


def anchored_hijri_months(f: str, bounds: list[int], resolved: Resolved) -> Resolved:
    """"برنامه‌های ماه مبارک رمضان از سه‌شنبه ۱۸ تیر تا اواسط مرداد", "به دلیل گرمای هوا و ماه
    رمضان، ساعت کاری تا ۱۵ تیر ...": a Hijri month named alone, in a sentence with a date that
    falls in it or within a week of it, is that month; not in a habit ("هر سال در ماه رمضان")."""
    taken = [(c.start, c.end) for c, _ in resolved]
    added: Resolved = []
    for m in _LONE_HMONTH.finditer(f):
        g = "mon" if m.group("mon") else "mon2"
        start, end = m.start(g), m.end(g)
        if any(a < m.end() and start < b for a, b in taken) \
                or m.group("mah") and _PART_OF_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue
        if m.group("mah") and _EVENT_NAMED_BEFORE.search(f, max(0, m.start() - 40), m.start()) and _OWN_DAYS_RUN_AFTER.match(f, m.end()):
            continue  # "تورنمنت شبانه پینت‌بال ماه رمضان از ۲۰ تا ۲۵ رمضان ۱۴۳۶": the event's name; its days are the mention
        if m.group("mah") and named_as_occasion(f, m.start(), end, month_number(m.group(g), "hijri")):
            # "به مناسبت آغاز ماه رمضان، ... از ۱ رمضان ۱۴۴۴", "پس از ماه رمضان، ۷ شوال ۱۴۴۳": the month's
            # coming or going named as the occasion, the day written after it the mention (6 of 6 in
            # gold; with no such day the month is one, 26 of 27)
            continue
        i = sentence_of(bounds, start)
        lo, hi = bounds[i - 1] if i else 0, bounds[i] if i < len(bounds) else len(f)
        if HABIT.search(f, lo, hi):
            continue
        mon = month_number(m.group(g), "hijri")
        if any(lo <= c.start < hi and c.calendar == "hijri" and c.m == mon and c.d is None for c, _ in resolved):
            continue  # the month named again ("در ماه رمضان ... احکام ماه رمضان"): a name, told once
        best = None
        for c, iv in resolved:
            if not (lo <= c.start < hi and isinstance(iv, convert.Interval) and iv.precision in ("day", "week", "month")):
                continue
            y = convert.hijri_year_of(iv.start)
            for occ in (convert.hijri(y + k, mon) for k in (-1, 0, 1)):
                if convert.gap(occ, iv) <= _ANCHOR_DAYS and (best is None or convert.gap(occ, iv) < convert.gap(best, iv)):
                    best = occ
        if best is not None:
            added.append((Cand(start, end, "hijri_m", "hijri", m=mon, needs_ref=True, rel=lambda ref, iv=best: iv), best))
    return sorted(resolved + added, key=lambda r: r[0].start) if added else resolved


def months_by_their_days(f: str, bounds: list[int], ref: dt.date | None, resolved: Resolved) -> Resolved:
    """"حق بیمه ... برای مهر ماه تا ۳۰ آبان قابل پرداخت است", "مستمری فروردین ماه ... از ۲۷ اسفند
    پرداخت می‌شود": a month told without its year, read by its clause's tense, that lies far from
    every day of its sentence while the same month a year before or after lies beside one, is that
    one (a month paid or billed, reported or planned is told with the day it is settled on);
    not where a year word places it, nor away from a year of its calendar written in the sentence,
    nor ahead of publication when told in the past ("نشست که در اوایل مهرماه برگزار شد ... در نشست
    وین (۱۰ آذر)")."""
    if ref is None:
        return resolved
    out = list(resolved)
    for i, (c, iv) in enumerate(resolved):
        if c.form not in ("jalali_m", "gregorian_m") or c.y is not None or not isinstance(iv, convert.Interval) \
                or iv.precision != "month":
            continue
        sent = sentence_of(bounds, c.start)
        # (not a day something has gone on since, told in the present: "پرونده‌تون از ۱۲ شهریور ۱۳۹۳ اینجاست،
        # اگه تا آخر مهر آزمون ندین ...", on 1 Mehr 1394)
        days = [jv for d, jv in resolved if d is not c and isinstance(jv, convert.Interval) and jv.precision == "day"
                and sentence_of(bounds, d.start) == sent and not (d.y is not None and _ongoing_since(f, d, ref))]
        if not days or min(convert.gap(iv, d) for d in days) <= _FAR_FROM_DAYS:
            continue
        if _YEAR_WORD.search(f, sentence_start(f, c.start), sentence_end(f, c.start)):
            continue
        written = {d.y for d, _ in resolved if d.y is not None and d.calendar == c.calendar and sentence_of(bounds, d.start) == sent}
        past = told_in_past(f, c.end, bounds)
        for years in (-1, 1):
            try:
                moved = moved_years(iv, c.calendar, years)
            except ValueError:
                continue
            if written and year_of_interval(moved, c.calendar) not in written or past and moved.start > ref:
                continue
            if min(convert.gap(moved, d) for d in days) <= _BESIDE_DAYS:
                out[i] = (c, moved)
                break
    return out


# a month more than this far from every day of its sentence is read against them ...
_FAR_FROM_DAYS = 120
# ... and taken a year over when that puts it this near one
_BESIDE_DAYS = 45
