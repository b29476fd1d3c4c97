"""From a pattern's match to a span of days: the day, month and year groups read as numbers
(a two-digit year centred on the publication year), the calendar an era word names, and the
:class:`~pipeline.dates.convert.Interval` a candidate denotes.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from . import convert, relative
from .candidate import UNTIL_BEFORE, Cand, MAKE, NoReference, year_of_interval, yearless_day
from .clauses import sentence_end, sentence_start
from .lexicon import (
    B0, B1, DURATION_BEFORE, GMONTH, GMONTH_ANY, HMONTH, JMONTH, MAH, SP, SP1, UNIT_AFTER, WEEKDAY, day_word_number,
)
from .tense import FAR, ahead_limit, jalali_ref_year


def _day(m: re.Match, suffix: str = "") -> int:
    if suffix == "1" and m.groupdict().get("one"):
        return 1
    if m.group("d" + suffix):
        return int(m.group("d" + suffix))
    return day_word_number(m.group("dw" + suffix) or m.groupdict().get("cw" + suffix))


def _day_number(word: str) -> int:
    """"۱۹" -> 19, "نهم" -> 9."""
    return int(word) if word.isdigit() else day_word_number(word)


class _ShortYear(int):
    """A Jalali year written with two digits: its century is a first guess, which
    _centre_short_years settles against the publication date."""


# How far past the publication year a two-digit year may point: "سال ۰۵" written in 1398 is
# 1405, but "سال ۲۸" written in 1395 is 1328, not 1428.
_SHORT_YEAR_AHEAD = 10


class _SeasonShortYear(_ShortYear):
    """Two digits after a season or "نوروز": a year only up to the one after publication
    ("تعطیلات نوروز ۱۲ شکارچی" in 1403 counts hunters; "نوروز ۹۸" is a year)."""


# The imperial calendar of 1355-1357 (2535-2537, counted from Cyrus): its year is the Jalali year 1180 before
IMPERIAL_OFFSET = 1180
IMPERIAL_YEARS = range(2535, 2538)


def _two_digit(yy: int) -> int:
    # Two-digit years are Jalali: 50-99 -> 13xx ("سال 98"), 00-49 -> 14xx ("سال ۰۲").
    return _ShortYear(1300 + yy if yy >= 50 else 1400 + yy)


def _centre_short_years(cands: list[Cand], ref: dt.date | None) -> list[Cand]:
    """A two-digit 14xx year more than _SHORT_YEAR_AHEAD years after publication is 13xx; both
    ends of a range move together."""
    if ref is None:
        return cands
    limit = convert.to_jalali(ref).year + _SHORT_YEAR_AHEAD

    def short(c: Cand) -> bool:
        return isinstance(c.y, _ShortYear) and c.calendar == "jalali" and c.y >= 1400

    def back(c: Cand) -> Cand:
        return replace(c, y=_ShortYear(c.y - 100)) if short(c) else c

    out = []
    for c in cands:
        if isinstance(c.y, _SeasonShortYear) and c.y > convert.to_jalali(ref).year + 1:
            continue
        if c.parts and any(short(p) and p.y > limit for p in c.parts):
            c = replace(c, parts=tuple(back(p) for p in c.parts))
        elif short(c) and c.y > limit:
            c = back(c)
        out.append(c)
    return out


def _era_calendar(era: str | None, year: int, default: str = "jalali") -> str:
    if era:
        e = era.replace("\u200c", " ")
        if "قمری" in e or ".ق" in e or " ق" in e or e == "ق":
            return "hijri"
        if "میلادی" in e or e.startswith("م"):
            return "gregorian"
        return "jalali"
    if year >= 1700:
        return "gregorian"
    return default


_DAYS_MONTH_AFTER = re.compile(rf"{SP1}(?:{JMONTH}|{HMONTH}|{GMONTH_ANY})(?![\w\u200c])")
_PERCENT_SIGN_AFTER = re.compile(r"[\s\u200c]*[٪%]")
_PER_UNIT_PRICE_AFTER = re.compile(rf"{SP1}(?:کیلویی|دونه{SP}ای|عددی|متری|لیتری){SP1}[0-9]")
_DAY_DATE_AFTER = re.compile(rf"{SP1}(?:روز{SP1}(?:[0-9]{{1,2}}{SP1}(?:{JMONTH}|{HMONTH}|{GMONTH_ANY})(?![\w\u200c])|(?:گذشته|قبل){B1}|{WEEKDAY}{B1})"
                             rf"|(?:هفته|ماه){SP1}(?:آینده|گذشته|بعد|قبل|جاری){B1})")  # ("قبوض اسفند ۹۰ هفته آینده توزیع می‌شود")
# (a thing counted, not what was done: "۱۸ اردیبهشت ۹۶ منتشر شد و ۱۱ دستگاه را ...")
_NOT_COUNTED_WORD = (rf"(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}|{WEEKDAY}|روز|شب|ساعت|سال|ماه|هفته|برگزار|منتشر|اعلام|آغاز|شروع"
                     rf"|افتتاح|تشکیل|تصویب|امضا|شد|شده|شدند|کرد|کرده|کردند|گردید|بود|است|هست|را|رو){B1}")
_COUNT_AND_COUNT_AFTER = re.compile(
    rf"{SP1}(?!{_NOT_COUNTED_WORD})[^\W\d]+(?:{SP1}(?!{_NOT_COUNTED_WORD})[^\W\d]+)?{SP1}و{SP1}[0-9]+"
    rf"{SP1}(?!(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}|روز|شب|ساعت|سال|ماه|هفته){B1})[^\W\d]")


# (in the singular, as a count takes them: "اسفند ۹۹ معلمان" is the month's, of the teachers)
_PEOPLE_COUNTED_AFTER = re.compile(rf"{SP1}(?:کودک|دانش{SP}آموز|زائر|مسافر|بیمار|سالمند|ورزشکار|بازیکن|کارگر|معلم|پرستار|پزشک|خانواده){B1}")


_FULL_JALALI_YEAR = re.compile(r"(?<![0-9])1[34][0-9]{2}(?![0-9])")


def _until_after_a_later_year(f: str, start: int, yy: int) -> bool:
    """The day at ``start`` follows "تا", and a four-digit Jalali year is written before it in its
    sentence that the two digits ``yy``, read in its century, would fall before: a run cannot end
    before it starts."""
    return bool(UNTIL_BEFORE.search(f, max(0, start - 4), start)) and any(
        int(e.group(0)) // 100 * 100 + yy < int(e.group(0)) for e in _FULL_JALALI_YEAR.finditer(f, sentence_start(f, start), start))


def _year_group(f: str, m: re.Match, two_digit_ok: bool) -> tuple[int | None, int]:
    """(year, end) from the optional year group of ``m``; (None, end-before-year) when the
    group is absent or a two-digit "year" is really a quantity ("۱۵ خرداد ۲۰ نفر")."""
    ys = m.group("y")
    if ys is None:
        return None, m.end()
    # (nor things counted with "تا": "برای ۲۵ اردیبهشت ۶۰ تا آب‌میوه می‌خوام")
    if len(ys) == 2 and (not two_digit_ok or UNIT_AFTER.match(f, m.end("y")) and not _DAY_DATE_AFTER.match(f, m.end("y"))
                         and not _PER_UNIT_PRICE_AFTER.match(f, m.end("y"))
                         or _PERCENT_SIGN_AFTER.match(f, m.end("y"))  # ("تا ۱۰ آذر ۳۰٪ هست": a discount)
                         or _COUNTED_WITH_TA_AFTER.match(f, m.end("y"))
                         or _season_of_two(f, m.group("sal") or "", ys, m.end("y"))
                         or _DAYS_MONTH_AFTER.match(f, m.end("y"))  # ("آمار مهر ماه ۱۵ آبان منتشر می‌شود": a day)
                         # (nor the first of counts listed: "تا ۸ فروردین ۲۰ قایق نجات و ۱۵۰ نیرو")
                         or _COUNT_AND_COUNT_AFTER.match(f, m.end("y"))
                         # (nor people counted, no "سال" before: "از فردا تا ۵ فروردین ۴۰ کودک مهمان ... خواهند بود")
                         or not m.groupdict().get("sal") and _PEOPLE_COUNTED_AFTER.match(f, m.end("y"))
                         # (nor a count after the day a run goes "until", the year of its start written in full
                         # later than the two digits would be: "۱۵ اسفند ۱۳۸۵ افتتاح شد و تا ۱۵ فروردین ۶۰
                         # قطب‌نما به فروش می‌رساند")
                         or not m.groupdict().get("sal") and _until_after_a_later_year(f, m.start(), int(ys))):
        return None, m.start("sal") if m.group("sal") else m.start("y")
    if len(ys) == 4 and int(ys) in IMPERIAL_YEARS:
        return int(ys) - IMPERIAL_OFFSET, m.end()  # "۱۲ دی ۲۵۳۵": the imperial calendar's year, 1355 to 1357
    return (_two_digit(int(ys)) if len(ys) == 2 else int(ys)), m.end()


def _rel_year_step(m: re.Match) -> int | None:
    """Year step of "سال جاری/گذشته/آینده", "امسال", "پارسال"; "next"/"last" (the strings)
    for "فروردین آینده" / "اسفند گذشته" (the next or last such month)."""
    if m.groupdict().get("ry3"):
        return "next" if m.group("ry3") == "آینده" else "last"
    w = m.group("ry") or m.group("ry2")
    if w is None:
        return None
    return {"جاری": 0, "امسال": 0, "گذشته": -1, "پیش": -1, "قبل": -1, "پارسال": -1, "آینده": 1, "آتی": 1, "بعد": 1, "دیگه": 1, "دیگر": 1}[w]


def _year_of(ref: dt.date, mon: int, step) -> int:
    if step in ("next", "last"):
        return relative.month_last_or_next(ref, mon, step == "next").jalali_year
    return convert.to_jalali(ref).year + step


def _trim(f: str, start: int, end: int) -> int:
    while end > start and f[end - 1] in " \t\u200c":
        end -= 1
    return end


# (tokenised too: "ساعت 10 : 00 شب گذشته")
# (also one that ends a clause joined by "و": "امروز تا ساعت ۱۲ و هفته آینده از ساعت ۸ باز هستند")
_CLOCK_BEFORE = re.compile(rf"ساعت{SP}[0-9]{{1,2}}(?:{SP}[:٫]{SP}[0-9]{{2}})?(?:{SP1}و)?{SP}$")


def _is_duration(f: str, start: int) -> bool:
    """"سه سال گذشته", "چند روز گذشته": a span of time before the relative word (but not
    "ساعت ۱۷ روز گذشته", a clock time)."""
    before = f[max(0, start - 20):start]
    if _YEAR_NUMBER_BEFORE.search(before) and _WEEK_OR_MONTH.match(f, start) \
            or _GREGORIAN_YEAR_BEFORE.search(before) and f.startswith("روز", start) \
            or _EVENT_JALALI_YEAR_BEFORE.search(f, max(0, start - 40), start) and f.startswith("روز", start):
        # "جایزه «مهرگان» ۱۴۰۲ هفته آینده": a year, then the week; no one counts 1402 weeks (nor, of
        # a Gregorian year, days: "رالی داکار ۲۰۲۴ روز گذشته ... آغاز شد")
        return False
    if _SAL_YEAR_BEFORE.search(before) or _CODE_BEFORE.search(before) \
            or f.startswith(("روز", "هفته"), start) and _MONTH_YEAR_BEFORE.search(f, max(0, start - 30), start):
        # "بخشنامه بودجه سال ۱۳۹۲ روز گذشته ابلاغ شد", "سررسید آذر ۹۵ روز گذشته": the year named, then
        # the day (a month's days are not counted so; but "خشک‌ترین مهر ۵۵ سال گذشته" counts years);
        # "نماد PSAZ94 ماه آینده", "کد ۱۰۰۱۹۹۱۰ هفته آینده": a code's digits count nothing
        return False
    # not "گروه ۱+۵ سال گذشته": a name with a plus sign counts nothing; nor "کمیسیون ماده ۱۰۰ روز گذشته",
    # "شهرداری منطقه ۳ روز گذشته": the number is the article's or the district's
    if _THOUSANDS_BEFORE.search(before) and not f.startswith("سال", start):
        return False  # "اسپلیت ۲۴ هزار ماه پیش ۳۲ میلیون بود": the model's figure; none counts thousands of months back
    dur = DURATION_BEFORE.search(before)
    at = max(0, start - 20) + dur.start() if dur else 0
    return bool(dur) and not _CLOCK_BEFORE.search(before) and not _PLUS_COUNT.search(before) \
        and not (f[at].isdigit() and (_NUMBERED_NOUN_BEFORE.search(f, max(0, at - 16), at)
                                      or _NUMBERED_NOUNS_BEFORE.search(f, max(0, at - 40), at)))


_THOUSANDS_BEFORE = re.compile(rf"[0-9]{SP1}هزار{SP1}$")
# (also a metro or bus line: "تونل خط ۷ هفته گذشته به ایستگاه ... رسید"; or a course's level or part:
# "امتحان سطح ۲ هفته‌ی آینده برگزار میشه"; not "انتخاب واحد ۹ و ۱۰ بهمن", course selection, nor the indoor
# games, "بازی‌های آسیایی داخل سالن ۱۷ تا ۲۷ سپتامبر"; nor a noun an ordinal already numbers: "نخستین مرحله ۲۰ تا ۲۵
# آوریل"; a registry district too: "آگهی ثبت املاک بخش ۷ تا ۲۰ فروردین ۱۳۹۷")
_NUMBERED_NOUN = (rf"(?<!مین\s)(?<!نخستین\s)(?<!اولین\s)(?<!آخرین\s)(?:اصل|ماده|بند|تبصره|شماره|کد|منطقه|ناحیه|بخش|پلاک|(?<!انتخاب\s)(?<!حذف\s)واحد|بلوک|فاز|سکوی|(?<!داخل\s)سالن|اتاق|کلاس|خط"
                  # (not the end of a term: "نمایشگاه پایان ترم ۲۳ و ۲۴ اسفند")
                  rf"|سطح|(?<!پایان[\s\u200c])(?<!میان[\s\u200c])(?<!آخر[\s\u200c])ترم|پایه|جلسه|مرحله|قسمت|درس)")
_NUMBERED_NOUN_BEFORE = re.compile(rf"{B0}{_NUMBERED_NOUN}{SP1}$")
# (or the last of several, joined by "و": "بازدید از فازهای ۱۵ و ۱۶ هفته آینده انجام می‌شود")
_NUMBERED_NOUNS_BEFORE = re.compile(rf"{B0}{_NUMBERED_NOUN}{SP}(?:ها|های){SP1}[0-9]{{1,3}}(?:{SP}[،,]{SP}[0-9]{{1,3}})*{SP1}و{SP1}$")
_YEAR_NUMBER_BEFORE = re.compile(rf"(?<![0-9])(?:1[34]|19|20)[0-9]{{2}}{SP1}$")
# (an event's Jalali year too: "رقابت‌های جام نوروز ۱۳۹۶ روز گذشته ... به پایان رسید")
_EVENT_JALALI_YEAR_BEFORE = re.compile(rf"{B0}(?:جام|نوروز|مسابقات|رقابت{SP}های|لیگ|جشنواره|نمایشگاه|المپیاد|کنکور|همایش)"
                                       rf"(?:{SP1}[^\W\d]+)?{SP1}1[34][0-9]{{2}}{SP1}$")
_GREGORIAN_YEAR_BEFORE = re.compile(rf"(?<![0-9])(?:19|20)[0-9]{{2}}{SP1}$")
_WEEK_OR_MONTH = re.compile(rf"(?:هفته|ماه){B1}")
_SAL_YEAR_BEFORE = re.compile(rf"{B0}سال{SP1}(?:(?:1[34]|19|20)[0-9]{{2}}|[0-9]{{2}}){SP1}$")  # (also "در سال ۹۰ روز گذشته")
# (joined by "و" too: "انتقال خون در اسفند ۹۶ و هفته آینده با کمبود ... روبه‌رو است")
_MONTH_YEAR_BEFORE = re.compile(rf"{B0}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{MAH})?{SP1}[0-9]{{2}}(?:[0-9]{{2}})?{SP}(?:و{SP1})?$")
_CODE_BEFORE = re.compile(r"(?:[A-Za-z][0-9]+|(?<![0-9])[0-9]{6,})\s*$")  # also "کد تعرفه ۱۰۰۱۹۹۱۰ هفته آینده"
_PLUS_COUNT = re.compile(rf"(?:[0-9]{SP}|{B0}[^\W\d]+{SP1})\+{SP}[0-9]+{SP}$")  # (also a service's name: "پلیس +۱۰ روز گذشته")


def _explicit_interval(c: Cand, ref: dt.date | None) -> convert.Interval:
    make = MAKE[c.calendar]
    if c.y is not None:
        return make(c.y, c.m, c.d)
    if ref is None:
        raise NoReference()
    if c.tense == "this":
        return make(jalali_ref_year(ref, c.calendar), c.m, c.d)
    iv = relative.nearest_year(
        ref, lambda y: make(y, c.m, c.d), jalali_ref_year(ref, c.calendar),
        probe=lambda y: make(y, c.m, min(c.d, 28) if c.d else None), turn=c.tense not in ("past", "done"),
    )
    if c.wd is not None and c.d is not None and convert.persian_weekday(iv.start) != c.wd \
            and abs((iv.start - ref).days) > FAR.days:
        # "دوشنبه ۱۳ دی" in a headline months away: the neighbouring year whose 13 Dey is the
        # Monday written, unless the tense forbids that side; near publication, or against the
        # tense, the weekday is a slip and moves nothing
        for y in (year_of_interval(iv, c.calendar) + 1, year_of_interval(iv, c.calendar) - 1):
            other = make(y, c.m, c.d)
            wrong_side = ((c.tense in ("future", "will") and other.end < ref)
                          or (c.tense in ("past", "done") and other.start > ref))
            # (a month from publication, the day the weekday names outweighs the tense: "تحویل سال
            # چهارشنبه ۱ فروردین ...، سحری رو که خوردیم میشینیم سر سفره" three days ahead)
            if convert.persian_weekday(other.start) == c.wd and (not wrong_side or abs((other.start - ref).days) <= FAR.days):
                return other
    moved = None
    if c.tense in ("past", "done") and iv.start > ref + ahead_limit(c.tense):
        moved = make(year_of_interval(iv, c.calendar) - 1, c.m, c.d)
    elif c.tense in ("future", "will") and iv.end < ref - ahead_limit(c.tense) \
            or c.lasts and iv.end < ref - _LONG_OVER:
        # (also a day something still lasts until: "فصل صید ... تا ۱۵ فروردین ادامه دارد" told in
        # Mehr is the coming Farvardin's, not one half a year gone)
        moved = make(year_of_interval(iv, c.calendar) + 1, c.m, c.d)
    if moved is None:
        return iv
    # A weekday written with the day outweighs the tense ("روز دوشنبه ( 19 سپتامبر ) ... کشته
    # شدند" in a translated item), but a writer's slip in the weekday moves nothing.
    if c.wd is not None and convert.persian_weekday(iv.start) == c.wd != convert.persian_weekday(moved.start):
        return iv
    return moved


def _interval(c: Cand, ref: dt.date | None) -> convert.Interval:
    if not c.parts and c.calendar == "gregorian" and (c.m, c.d) == (2, 29) and c.y is None and ref is not None:
        try:
            return _interval_of(c, ref)
        except ValueError:
            # "جام جهانی ۲۹ فوریه آغاز می‌شود" on 30 December 2007: a leap day is of a leap year, the
            # nearest one to publication
            y = min((y for y in range(ref.year - 3, ref.year + 4) if calendar.isleap(y)), key=lambda y: abs(y - ref.year - 0.1))
            return convert.gregorian(y, 2, 29)
    return _interval_of(c, ref)


def _interval_of(c: Cand, ref: dt.date | None) -> convert.Interval:
    if c.parts:
        # (a run's ends are placed together below, not each by what lasts until it)
        a, b = (replace(p, lasts=False) for p in c.parts)
        if a.y is None and b.y is not None:
            # "۲۵ اسفند تا ۵ فروردین ۱۴۰۳": the first end takes the year of the second, one
            # less when its month/day comes later in the year.
            m_a, m_b = a.m or b.m, b.m
            later = (m_a or 0, a.d or 0) > (m_b or 0, b.d or 99)
            a = replace(a, y=b.y - 1 if later else b.y, m=m_a)
        elif a.m is None:
            a = replace(a, m=b.m, y=b.y if a.y is None else a.y)
        if _rel_year_pair(a, b):
            if ref is None:
                raise NoReference()
            # the yearless end lies on the near side of the other: the end after the start, a
            # year apart when both ends are one day ("از ۱۵ دی تا ۱۵ دی سال بعد")
            later = (a.m, a.d) >= (b.m, b.d)
            make = MAKE[a.calendar]
            year_of = (lambda d: d.year) if a.calendar == "gregorian" else (lambda d: convert.to_jalali(d).year)
            if a.rel is not None:
                ia = a.rel(ref)
                ya = year_of(ia.start)
                return convert.span(ia, make(ya + 1 if later else ya, b.m, b.d))
            ib = b.rel(ref)
            yb = year_of(ib.start)
            return convert.span(make(yb - 1 if later else yb, a.m, a.d), ib)
        if a.tense == b.tense == "this" and a.rel is None and b.rel is None and a.y is None and b.y is None and b.d:
            # "امسال از ۲۵ اسفند تا ۱۵ فروردین": the run starts this year and ends on the next such day
            # (but told in the first season of a Jalali year, a run across Nowruz is the one this year
            # began with: "زائران نوروزی امسال ... از ۲۸ اسفند تا ۱۲ فروردین" on 2 Farvardin)
            if a.calendar == "jalali" and b.m < a.m and convert.to_jalali(ref).month <= 3:
                yb = convert.to_jalali(ref).year
                return convert.span(MAKE["jalali"](yb - 1, a.m, a.d), MAKE["jalali"](yb, b.m, b.d))
            ia = _interval(a, ref)
            return convert.span(ia, _on_or_after(ia.start, b.calendar, b.m, b.d))
        ib = _interval(b, ref)
        if a.y is None and b.y is None and a.rel is not None and b.rel is not None and a.m and b.m \
                and not a.d and not b.d and a.calendar == b.calendar:
            # "از آوریل تا سپتامبر ... بود": the April before that September, not the nearest April
            yb = year_of_interval(ib, b.calendar)
            ia = MAKE[a.calendar](yb, a.m)
            return convert.span(ia if ia.start <= ib.start else MAKE[a.calendar](yb - 1, a.m), ib)
        if a.y is None and b.y is None and b.rel is None and a.rel is None and b.d \
                and (a.tense or b.tense) in ("past", "done") and ref is not None:
            # told in the past, the run began before publication and ends on the next such day
            # after its start: "۴۸۰۰ زندانی از ۲۵ اسفند تا ۱۵ فروردین به مرخصی رفته‌اند" on 26
            # Esfand is a leave still running
            ia = _interval(a, ref)
            return convert.span(ia, _on_or_after(ia.start, b.calendar, b.m, b.d))
        if a.y is None and b.y is None and b.rel is None and a.rel is None and (a.tense or b.tense):
            # both ends move by tense together: "از ۱۳ تا ۱۷ اردیبهشت ... برگزار می‌شود" must not
            # put its first day a year after its last
            yb = year_of_interval(ib, b.calendar)
            later = (a.m or 0, a.d or 0) > (b.m or 0, b.d or 99)
            a = replace(a, y=yb - 1 if later else yb)
        ia = _interval(a, ref)
        if ib.end < ia.start and a.y is None and b.y is None and a.rel is None and b.rel is None and ref is not None \
                and not (a.calendar == b.calendar and a.m and b.m and (a.m, a.d or 0) <= (b.m, b.d or 99)):
            # "از ۲۵ اسفند تا ۱۲ فروردین" told in no tense: each end alone took its own nearest
            # year; the run crosses the new year, the crossing nearest publication (a run within
            # one year, "۱۰ تا ۱۵ اردیبهشت" whose ends fell either side of the turn of the year, is
            # placed below)
            ya, yb = year_of_interval(ia, a.calendar), year_of_interval(ib, b.calendar)
            runs = [convert.span(_interval(replace(a, y=yb - 1), ref), ib),
                    convert.span(ia, _interval(replace(b, y=ya + 1), ref))]
            return min(runs, key=lambda iv: max(iv.start - ref, ref - iv.end, dt.timedelta(0)))
        if ib.end < ia.start and a.y is None and b.y is None and a.calendar == b.calendar and a.m and b.m \
                and (a.m, a.d or 0) <= (b.m, b.d or 99) and ref is not None:
            # "۱۳ تا ۱۵ رجب" whose ends took different years by themselves (the 13th today, the
            # 15th a year back by the past tense): a run within one year, of the end nearest publication
            make, runs = MAKE[a.calendar], []
            for y in (year_of_interval(ia, a.calendar), year_of_interval(ib, b.calendar)):
                try:
                    runs.append(convert.span(make(y, a.m, a.d), make(y, b.m, b.d)))
                except ValueError:
                    pass
            if runs:
                return min(runs, key=lambda iv: max(iv.start - ref, ref - iv.end, dt.timedelta(0)))
        return convert.span(ia, ib)
    if c.rel is not None:
        if ref is None:
            raise NoReference()
        return c.rel(ref)
    return _explicit_interval(c, ref)


# (also glued: "۱۵ مرداد ۵۰تا بادکنک"; or crews counted: "تا ۱۵ فروردین ۴۰ گروه ردیاب")
_COUNTED_WITH_TA_AFTER = re.compile(
    # (or spoken with its ezafe: "تا ۲۷ اسفند ۳۰ تای دیگه آماده می‌کنیم")
    rf"{SP1}(?:گروه|اکیپ|نیرو|مامور|مأمور|کارشناس){B1}|{SP1}تای{B1}|{SP}تا{SP1}(?!(?:الان|امروز|حالا|اکنون|کنون|آخر|پایان|اواخر|اوایل|اواسط|نیمه|اول|ابتدای|سال|ماه|هفته|روز|فردا"
    rf"|تاریخ|{JMONTH}|{GMONTH}|{HMONTH}|{WEEKDAY}){B1})"
    # (not a count of days to come after "until": "جریمه‌های مهر ۸۹ تا دو هفته دیگر با ۱۰ درصد تخفیف ...")
    rf"(?![^\W\d]+{SP1}(?:روز|هفته|ماه|سال){SP1}(?:دیگر|دیگه|آینده|بعد){B1})[^\W\d]")
# How long over a day something still "lasts until" must be before it is next year's: a season,
# since a corpus's nominal publication date may lag its text by a few months
_LONG_OVER = dt.timedelta(days=120)
_DASH_NEXT_YEAR = re.compile(rf"{SP}[-–/]{SP}(?P<y>[0-9]{{2}})(?![0-9])")
_SEASON_WORD = re.compile(rf"{B0}(?:تحصیلی|زراعی|ورزشی|مالی|آبی|فصل|لیگ){B1}")


def _season_of_two(f: str, sal: str, ys: str, end: int) -> bool:
    """"پروژه مهر سال ۹۵ - ۹۶" (after "سال تحصیلی ۹۵ - ۹۶"): one "سال" (not "سال‌های") before two
    consecutive two-digit years joined by a dash, in a sentence about a school, farming, fiscal or
    sports year, names that one year ("در سال ۲۸ - ۲۹ نوشت" elsewhere is two)."""
    nxt = _DASH_NEXT_YEAR.match(f, end)
    if not (len(ys) == 2 and nxt is not None and "ها" not in sal and int(nxt.group("y")) == (int(ys) + 1) % 100):
        return False
    return _SEASON_WORD.search(f, sentence_start(f, end, 300), sentence_end(f, end)) is not None


def _rel_year_day(c: Cand) -> bool:
    """"اول مهر سال گذشته", "۹ دسامبر سال آینده میلادی": a day whose year is told relative to
    publication."""
    return c.form in ("jalali_dmy", "gregorian_dmy") and c.y is None and c.rel is not None and c.d is not None


def _rel_year_pair(a: Cand, b: Cand) -> bool:
    """"از دهم آبان سال گذشته تا ۲ خرداد", "از ۱۰ مهر تا ۵ آبان امسال": one end's year is
    relative, the other end has none and takes it from that end."""
    return (_rel_year_day(a) and yearless_day(b)) or (yearless_day(a) and _rel_year_day(b))


def _on_or_after(start: dt.date, calendar: str, mon: int, d: int) -> convert.Interval:
    """The day ``mon``/``d`` of ``calendar`` that comes first on or after ``start``."""
    make = MAKE[calendar]
    year = year_of_interval(convert.day(start), calendar)
    iv = make(year, mon, d)
    return iv if iv.start >= start else make(year + 1, mon, d)
