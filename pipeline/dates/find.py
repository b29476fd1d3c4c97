"""The date finder: the readers' candidates over the folded text (days.py, months.py,
foreign.py, years.py, numeric.py, relative_words.py), overlaps resolved and ranges merged
(merge.py), years inherited from neighbours (inherit.py), and conversion; then the passes over
the resolved dates (passes.py) and the clock times set on them (times.py).

Precision comes first: a number is a date only with a cue (a month name, "سال", an era word,
the shape of a numeric date); a bare 4-digit number is never a year on its own.

Times of day ("ساعت ۱۴", "۱۰ صبح", "03:19") are never returned as mentions of their own: a time
sets ``DateValue.time`` of the nearest date in its sentence, and a time with no date in its
sentence is dropped (a date mention with value None would only be noise for consumers).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..records import DateMention, DateValue
from ..text.align import Aligned
from . import convert
from .candidate import AZ_BEFORE, Cand, NoReference
from .clauses import SENTENCE_END, sentence_end, sentence_start
from .lexicon import B0, B1, DAY_WORD, GMONTH, HMONTH, JMONTH, MAH, SP, SP1, WEEKDAYS, fold
from .passes import (
    Resolved, anchor_weekdays, anchored_hijri_months, glossed_days, month_pairs, months_by_their_days,
    moved_from_years, or_days, same_months, schedule_order, weekdays_after_a_day, year_words_before,
)
from .times import attach_times
from .forms import _TIME_PREP_BEFORE
from .spans import _centre_short_years, _interval
from .cues import _HMONTH_WORD
from .days import _dari_day_cands, _day_range_cands, _edge_day_cands, _jalali_day_cands
from .months import _GUILLEMET_CLOSE_AFTER, _month_cands
from .foreign import _foreign_cands
from .years import _cued_year_cands, _year_cands, _year_run_cands
from .numeric import _numeric_cands
from .relative_words import _relative_cands
from .merge import _merge_ranges, _select
from .inherit import _inherit_years, _neighbour_years, _parallel_years

NO_REFERENCE = "no reference date"
# "فراخوان اسفند ۸۹ روز ۱۵ فروردین", "سررسید آذر ۹۵ روز گذشته معامله شد": the year, then a day
# (no "89 days": a month is not counted in days)
# (or a weekday: "حق بیمه خرداد ۹۴ روز یکشنبه ۳۱ خرداد")
_PLURAL_ZWNJ_AFTER = re.compile(r"\u200c?(?:ها|های)(?![\w\u200c])")
_GONE_BY_AFTER = re.compile(rf"{SP1}که{SP1}(?:گذشت|گذشته|رد{SP1}شد|رد{SP1}شده|تموم{SP1}شد){B1}")
# "شلیک ۲۴ تیر هوایی": shots, تیر the bullet; so an archer's or a biathlete's arrows and shots ("۵ تیر
# به سیبل‌ها شلیک می‌کنند", "با ۲ تیر ۱۰ امتیازی", "۳ نوع تیر ۲۰، ۲۴ و ۲۸ گرمی")
# beams, counted with no year: "به دلیل تعویض ۱۲ تیر چوبی سقف" (not "از ۱ تیر ۱۳۸۵ سقف پرداخت")
_BEAMS_AFTER = re.compile(rf"{SP1}(?:چوبی|آهنی|فلزی|بتنی|سقف){B1}")
# (or fired without a miss: "نخستین تفنگ ... آزمایش شد و ۳۰ تیر بدون خطا شلیک کرد")
_SHOTS_AFTER = re.compile(rf"{SP1}(?:(?:هوایی|مشقی|جنگی|اخطار|شلیک|پیاپی|توپ|تفنگ){B1}|به{SP1}(?:سمت{SP1})?(?:سیبل|هدف)|[0-9]+{SP1}امتیازی{B1}"
                          rf"|(?:بدون|بی){SP1}(?:خطا|نقص|اشکال|وقفه){SP1}شلیک{B1})")
_AVALANCHE_SIZE_AFTER = re.compile(rf"{SP1}(?:بزرگ|کوچک|مرگبار|سنگین|عظیم|خطرناک|پیاپی|متوالی){B1}")  # ("دو بهمن پیاپی": one after another)
_ARCHERS = re.compile(rf"{B0}(?:کماندار|کمانداران|تیرانداز|تیراندازان|تیراندازی{SP1}با{SP1}کمان|کامپوند|ریکرو|سیبل){B1}")
# "برای هر کیلومتر ۱۶ تیر و ۲۵۰ کیلوگرم سیم لازم بود": poles, listed with other quantities
_QUANTITY_LISTED_AFTER = re.compile(rf"{SP1}و{SP1}[0-9][0-9,٫.]*{SP1}(?:کیلوگرم|کیلو|گرم|متر|کیلومتر|تن|عدد|قطعه|حلقه|بشکه|لیتر|کیسه|کارتن|تومان|تومن|ریال){B1}")
_UNTIL_DAY_OF_MONTH_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}[0-9]{{1,2}}{SP1}(?!تیر{B1}){JMONTH}{B1}")
_SHOTS_BEFORE = re.compile(rf"{B0}(?:نوع|شلیک|پرتاب){SP1}$")
# "پنجم تا یازدهم اردیبهشت هر سال", "پنجشنبه آخر هر ماه": a day of every year or month
_EVERY_AFTER = re.compile(rf"(?:{SP1}(?:آخر|اول|نخست|دوم|سوم|چهارم))?{SP}[،,]?{SP1}هر{SP}(?P<unit>سال|ماه|هفته){B1}")
_FROM_START_OF_BEFORE = re.compile(rf"{B0}از{SP1}(?:ابتدای|اول|اوایل|آغاز|شروع){SP1}$")
_EVERY_RUN_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}[^.،,؛:]{{1,20}}?" + _EVERY_AFTER.pattern)
# Marks a text may carry inside its words that change nothing read: tatweel ("آذرمـاه"), harakat,
# the superscript alef and bidi controls. ``fold`` keeps lengths, so they are dropped through an
# alignment instead (the canonical text of pipeline.text has none; raw text given to the CLI may).
_NO_WIDTH_MARKS = re.compile("[\u0640\u064b-\u0652\u0670\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")


def find_dates(text: str, published: DateValue | None = None) -> list[DateMention]:
    """Every date expression in ``text`` (offsets into ``text``), converted; relative ones
    resolved against ``published`` (value None and error "no reference date" without it)."""
    if not text or not _NO_WIDTH_MARKS.search(text):
        return _find_dates(text, published)
    aligned = Aligned.identity(text).sub(_NO_WIDTH_MARKS, "")
    out = []
    for m in _find_dates(aligned.text, published):
        start, end = aligned.to_raw(m.start, m.end)
        surface = text[start:end]
        out.append(replace(m, start=start, end=end, text=surface,
                           value=m.value and replace(m.value, text=surface)))
    return out


# a weekday's things changed from now on: every such weekday ("کلاس‌های شنبه هم از این هفته یه ساعت دیرتر
# شروع میشه"), not one day
_THINGS_OF_WEEKDAY_BEFORE = re.compile(rf"[^\W\d]{SP}های{SP1}$")
_FROM_NOW_ON = re.compile(rf"{B0}از{SP1}(?:(?:این|همین){SP1}هفته|هفته(?:{SP}ی)?{SP1}(?:بعد|آینده|دیگه)|این{SP1}به{SP1}بعد|حالا{SP1}به{SP1}بعد){B1}")
# "پنجره‌ی ژانویه", "پنجره نقل و انتقالات ژانویه": a transfer window's name
_TITLE_OPENS_BEFORE = re.compile(r"«[^»«\n]*[^\W\d][^»«\n]*$")
_WINDOW_BEFORE = re.compile(rf"{B0}پنجره(?:\u200cی|ی)?(?:{SP1}(?:نقل{SP1}و{SP1}انتقالات|زمستانی|تابستانی)(?:ی)?)?{SP1}$")


def _of_months(c: Cand) -> bool:
    """Any mention but a year or a run of years ("هر سال" after those names the years)."""
    return c.m is not None or bool(c.parts) and c.parts[-1].m is not None or c.form not in ("year", "range")


def _every_after(f: str, c: Cand) -> bool:
    """"۱۵ مهر هر سال", "از ۱۵ مهر تا ۱۵ بهمن هر سال": every year's; but months or a run told with
    what happens each month or week in them are those months ("اقساط از مهر تا اسفند امسال، هر ماه
    ۶۵۰ هزار ریال", "ترم پاییز از ۱ مهر تا ۳۰ آذر هر هفته سه‌شنبه و پنجشنبه")."""
    if c.y is not None and c.d is not None or c.parts and all(p.y is not None for p in c.parts):
        return False  # "از ۱ فروردین ۱۳۰۶ تا ۲۹ اسفند ۱۳۱۹ هر سال منتشر می‌شد": a day told with its year, one year's
    e = _EVERY_AFTER.match(f, c.end) or _EVERY_RUN_AFTER.match(f, c.end)
    # (a weekday so told is a habit: "سه‌شنبه دوم هر ماه منتشر می‌شود"; but a week or month from which
    # on a habit holds is that one: "از ماه بعد هر هفته یه روز سرویس داریم")
    # (or from its start: "از ابتدای ماه آینده هر هفته ۲۰۰ تاکسی پذیرش می‌شود")
    if e and c.form == "relative" and e.group("unit") != "سال" and c.bare_wd is None \
            and (AZ_BEFORE.search(f, max(0, c.start - 4), c.start) or _FROM_START_OF_BEFORE.search(f, max(0, c.start - 18), c.start)):
        return False
    return bool(e) and (e.group("unit") == "سال" or c.form == "relative")


# right after a weekday's name ("دوشنبه اول رمضونه"), one fixed-width look-behind each
_AFTER_WEEKDAY = "|".join(f"(?<={w} )" for w in sorted({w for ws in WEEKDAYS.values() for w in ws}))
# a spoken "is" glued to the word a date ends with: "مهلتش ۱۵ دیه", "جشن ۳۱ دسامبره یا ۲ ژانویه؟",
# "برای دوازدهم همین ماهه", "عروسی پنجشنبه‌ی هفته‌ی بعده"; only after a day of a month, "همین/این
# ماه" or a next or coming week, month or year, and where the clause then ends ("۱۵ تیره عشایر" is
# fifteen clans)
_SPOKEN_COPULA = re.compile(
    rf"(?:(?<![0-9/.\-:])(?:0?[1-9]|[12][0-9]|3[01]){SP}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{MAH})?"  # (also "امروز ۲۸ صفره؛")
    rf"|{B0}{DAY_WORD}{SP1}(?:{JMONTH}|{GMONTH})(?:{MAH})?"
    rf"|(?:(?<=امروز )|(?<=فردا )|(?<=امشب شب )|{_AFTER_WEEKDAY}){DAY_WORD}{SP1}(?:ماه{SP1})?{HMONTH}"  # ("امروز اول رمضونه،", "دوشنبه اول رمضونه،"; not "... ۱۸ تیر روز اول رمضانه؛", its gloss)
    rf"|{B0}(?:همین|این){SP1}ماه|{B0}(?:هفته|ماه|سال)(?:{SP}ی)?{SP1}(?:بعد|دیگه)"
    rf"|(?<=تا\s)(?:آخر|پایان|اواخر){SP1}(?:{JMONTH}|{GMONTH})(?:{MAH})?"  # ("مهلت ... تا آخر آبانه")
    rf"|{B0}(?:اواخر|اوایل|اواسط){SP1}(?:{JMONTH}|{GMONTH})"  # ("واکسن سالانه‌ی گربه‌تون اواخر آذره"; "اوایل مرداد ماهه" keeps its "ماهه")
    rf"|[0-9]{SP}(?:قمری|شمسی|خورشیدی|میلادی))"  # ("مال سال۱۳۱۰ قمریه")
    rf"(?P<h>ه)(?=[^\S\n]*(?:[؟?!.،,؛]|(?:یا|دیگه|ولی|اما){B1}|$))", re.M)
# ... and before "و" after a month no everyday word ends in "ه" with ("۱۵ تیره و ..." is clans): "یلدا
# اونجا ۲۱ دسامبره و خودشون هم جشن می‌گیرن"; any month after a day in words ("فردا اول تیره و ...")
_SPOKEN_COPULA_AND = re.compile(
    rf"(?:(?<![0-9/.\-:])(?:0?[1-9]|[12][0-9]|3[01]){SP}(?!(?:تیر|مهر|دی)ه)|{B0}{DAY_WORD}{SP1})(?:{JMONTH}|{GMONTH}|(?:(?<=اول )ماه{SP1})?{HMONTH})(?:{MAH})?"
    rf"(?P<h>ه)(?=[^\S\n]+و{B1})")  # (also "امروز سوم محرمه و ما ...")
# ... and a day glossing a day word after "که", whatever follows: "از فردا که اول مهره ساعت کاری ...",
# "از فردا که اول ماه رمضانه، ساعت کاری ..."
_SPOKEN_COPULA_GLOSS = re.compile(
    rf"(?<=که )(?:{DAY_WORD}|[0-9]{{1,2}}){SP1}(?:{JMONTH}|{GMONTH}|(?:ماه{SP1})?{HMONTH})(?:{MAH})?(?P<h>ه)(?=[^\S\n]+[^\W\d]|[^\S\n]*[،,؛])")
# ... and after "از"/"تا" a day of تیر, مهر or دی (beads and clans otherwise: "مهره", "تیره") before
# "و", when the sentence names that month with a day elsewhere ("تحویل اتاق از ۸ مهره و ودیعه رو تا ۵
# مهر باید بریزید")
_SPOKEN_COPULA_FROM_DAY = re.compile(rf"(?:(?<=از )|(?<=تا ))[0-9]{{1,2}}{SP}(?P<mon>تیر|مهر|دی)(?P<h>ه)(?=[^\S\n]+و{B1})")


# ... and a spoken "است" written apart after a day of a month, the clause ending there: "ولنتاین ۱۴ فوریه
# ست، از همین الان ... پیش‌خرید کردیم" (the mark is the space or ZWNJ before "ست")
_SPOKEN_COPULA_ST = re.compile(
    rf"(?<![0-9/.\-:])(?:0?[1-9]|[12][0-9]|3[01]){SP}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{MAH})?(?P<h>[\u200c ])ست(?=[^\S\n]*(?:[؟?!.،,؛]|$))", re.M)


def _spoken_copulas(f: str) -> tuple[str, frozenset[int]]:
    """``f`` with each such clitic made a space (one character for one, offsets stand), and where
    they were: the date is read as if said without it, and its mention ends before it, as "جمعه
    ۱۸ فروردین" of "... فروردینه"."""
    where = [m.start("h") for m in _SPOKEN_COPULA.finditer(f)] + [m.start("h") for m in _SPOKEN_COPULA_AND.finditer(f)] \
        + [m.start("h") for m in _SPOKEN_COPULA_GLOSS.finditer(f)] \
        + [m.start("h") for m in _SPOKEN_COPULA_ST.finditer(f)] \
        + [m.start("h") for m in _SPOKEN_COPULA_FROM_DAY.finditer(f)
           if re.search(rf"(?<![0-9])[0-9]{{1,2}}{SP}{m.group('mon')}(?![\w\u200c])", f)]
    if not where:
        return f, frozenset()
    chars = list(f)
    for i in where:
        chars[i] = " "
    return "".join(chars), frozenset(where)


def _find_dates(text: str, published: DateValue | None) -> list[DateMention]:
    if not text or not text.strip():
        return []
    # a hashtag writes its spaces as "_" ("#۱۸_دی_۹۸"); one character for one, offsets stand
    f = fold(text).replace("_", " ")
    f, copulas = _spoken_copulas(f)
    ref = dt.date.fromisoformat(published.gregorian) if published else None
    # where each sentence starts, for the passes that work sentence by sentence (see sentence_of)
    bounds = [e.start() + 1 for e in SENTENCE_END.finditer(f)]
    cands = (_day_range_cands(f) + _edge_day_cands(f) + _jalali_day_cands(f, copulas) + _dari_day_cands(f) + _month_cands(f) + _foreign_cands(f)
             + _year_cands(f) + _cued_year_cands(f) + _year_run_cands(f, bounds) + _numeric_cands(f) + _relative_cands(f))
    # (also the first end of a run that ends so: "از ۱۵ مهر تا ۱۵ بهمن هر سال")
    # (not a run of years: "از سال ۱۳۸۶ تا ۱۳۹۱ هر سال ... برگزار می‌شد" names those years)
    # a day said to be ("عروسیم ۱۸ خرداده و آرایشگر قبلیم کنسل کرد") takes no past from the clause
    # after it: its own verb is the present "is"
    cands = [replace(c, tense=None) if c.end in copulas and c.d is not None and c.tense in ("past", "done") else c
             for c in cands]
    # "یعنی تا ۲۹ دسامبر که گذشته": a yearless day said to be gone by, whatever its clause's tense
    cands = [replace(c, tense="past") if c.d is not None and c.y is None and c.rel is None and not c.parts
             and _GONE_BY_AFTER.match(f, c.end) else c for c in cands]
    cands = [c for c in cands if not (_of_months(c) and _every_after(f, c))
             # "رمضون‌ها تا ۱۱ شب هستیم": the month in the plural, every year's
             and not (c.form in ("hijri_m", "jalali_m") and _PLURAL_ZWNJ_AFTER.match(f, c.end))
             and not (c.m == 4 and c.calendar == "jalali" and (_SHOTS_AFTER.match(f, c.end)
                                                               or _SHOTS_BEFORE.search(f, max(0, c.start - 8), c.start)
                                                               or c.y is None and _QUANTITY_LISTED_AFTER.match(f, c.end)
                                                               or c.y is None and c.form == "jalali_dm" and _BEAMS_AFTER.match(f, c.end)))
             # "هر کماندار در هر نوبت ۶ تیر پرتاب می‌کند", "هر دیدار ۲۴ تیر دارد": arrows, in a sentence of
             # archers, a yearless day with no preposition of time before it
             # (not one glossing a Gregorian day: "از ۲ تا ۸ ژوئیه ۲۰۰۸ (۱۲ تیر تا ۱۸ تیر ۱۳۸۷)")
             and not (c.m == 4 and c.calendar == "jalali" and c.y is None and c.d is not None and not c.parts and not c.gloss
                      and _ARCHERS.search(f, sentence_start(f, c.start), sentence_end(f, c.end))
                      and not _TIME_PREP_BEFORE.search(f, max(0, c.start - 10), c.start)
                      # (nor the first of a run to a day of another month: "روی اسب ۲۹ تیر تا ۲ مرداد ۱۴۰۲")
                      and not _UNTIL_DAY_OF_MONTH_AFTER.match(f, c.end))
             and not (c.form == "gregorian_m" and _WINDOW_BEFORE.search(f, max(0, c.start - 30), c.start))
             # "بازی «ترافورمینگ مارس»": a title's last word in guillemets (Mars), no month
             and not (c.form == "gregorian_m" and _GUILLEMET_CLOSE_AFTER.match(f, c.end)
                      and _TITLE_OPENS_BEFORE.search(f, max(0, c.start - 30), c.start))
             # "پارسال در همین زمان ۴ بهمن بزرگ در این منطقه ثبت شد": avalanches counted by their size (not
             # the days they fell on: "ریزش بهمن بامداد جمعه ۱ بهمن ... تا ظهر ۲ بهمن")
             and not (c.m == 11 and c.calendar == "jalali" and c.y is None and c.d is not None and not c.parts
                      and _AVALANCHE_SIZE_AFTER.match(f, c.end))
             and not ((c.form == "relative" or c.y is None and not c.parts) and _in_verse(f, c.start))
             and not (c.calendar == "jalali" and c.m == 12 and c.d is None and c.y is None and not c.parts and f.startswith("اسفند", c.start)
                      and (_RUE_WEIGHED_BEFORE.search(f, max(0, c.start - 14), c.start)
                           or _RUE_AFTER.match(f, c.end) and not _MONTH_TIME_BEFORE.search(f, max(0, c.start - 10), c.start)))
             # "مسکن مهر": the housing scheme, whatever follows it ("مسکن مهر تا شهریور ۱۳۹۷ به طول میانجامد")
             and not (c.calendar == "jalali" and f.startswith("مهر", c.start) and _HOUSING_BEFORE.search(f, max(0, c.start - 8), c.start))
             and not (c.bare_wd is not None and c.form == "relative" and c.end - c.start <= 9
                      and _THINGS_OF_WEEKDAY_BEFORE.search(f, max(0, c.start - 8), c.start)
                      and _FROM_NOW_ON.search(f, c.end, sentence_end(f, c.end)))]
    chosen = _inherit_years(f, bounds, _parallel_years(f, bounds, _hijri_years(f, _centre_short_years(_merge_ranges(f, _select(cands)), ref), ref)), ref)
    chosen = _neighbour_years(f, bounds, chosen)

    resolved: Resolved = []
    prev: convert.Interval | None = None
    for c in chosen:
        try:
            iv = _gloss_interval(c, prev) if c.gloss and prev is not None else _interval(c, ref)
            prev = iv
        except (NoReference, ValueError) as e:
            resolved.append((c, e))
            continue
        resolved.append((c, iv))
    resolved = schedule_order(f, bounds, ref, year_words_before(f, ref, same_months(f, bounds, month_pairs(f, moved_from_years(f, or_days(f, anchor_weekdays(f, bounds, glossed_days(f, resolved), ref)))))))
    resolved = weekdays_after_a_day(f, bounds, resolved)
    resolved = anchored_hijri_months(f, bounds, months_by_their_days(f, bounds, ref, resolved))

    mentions: list[DateMention] = []
    for c, iv in resolved:
        surface = text[c.start:c.end]
        source = "relative" if c.needs_ref or c.rel is not None else "text"
        if isinstance(iv, NoReference):
            mentions.append(DateMention(c.start, c.end, surface, None, c.form, True, NO_REFERENCE))
        elif isinstance(iv, Exception):
            mentions.append(DateMention(c.start, c.end, surface, None, c.form, False, str(iv)))
        else:
            mentions.append(DateMention(c.start, c.end, surface, iv.value(surface, source), c.form))
    return _clock_past(attach_times(f, bounds, mentions, published), [c for c, _ in resolved], published)


def _clock_past(mentions: list[DateMention], cands: list[Cand], published: DateValue | None) -> list[DateMention]:
    """A weekday told ahead that is the paper's own weekday, at a clock time already past when it
    was stamped, is next week's ("پنجشنبه ساعت ۳ تمرین داریم" on a Thursday at 17:15: three
    o'clock, morning or afternoon, is over). An hour that may be the evening's keeps the day."""
    if published is None or published.time is None:
        return mentions
    out = []
    for c, m in zip(cands, mentions):
        v = m.value
        if c.ahead_today and v is not None and v.time is not None and v.gregorian == published.gregorian:
            h, mi = int(v.time[:2]), int(v.time[3:])
            if f"{h + 12 if h < 12 else h:02d}:{mi:02d}" < published.time:
                day = convert.day(dt.date.fromisoformat(v.gregorian) + dt.timedelta(days=7))
                m = replace(m, value=replace(day.value(v.text, v.source), time=v.time))
        out.append(m)
    return out


_HOUSING_BEFORE = re.compile(rf"{B0}مسکن{SP1}$")
# a verse's own words, quoted after the poem is named ("حافظ در غزلی می‌گوید «فردا که پیشگاه حقیقت شود
# پدید»", "این رباعی خوانده شد: «از دی که گذشت ...»") or said right after it unquoted ("در شعری ... می‌گوید
# امشب صدای تیشه ..."): the poet's time words, no day of the paper's (not an evening of poetry's: "در
# شب شعر، مدیر گفت: «امشب ...»")
# (or an omen read from Hafez: "فال گرفتم اومد «دی رفت و امروز دمی غنیمت است»")
_VERSE_WORD = re.compile(rf"{B0}(?<![\s\u200c]شب )(?<![\s\u200c]روز )(?:شعر|بیت|غزل|رباعی|مصرع|مصراع|قصیده|مثنوی|دوبیتی|فال)(?:{SP}(?:ی|ای|ها|های|م|ت|ش|مون))?{B1}")
_VERSE_SAID_BEFORE = re.compile(rf"{B0}(?:می{SP}گوید|می{SP}گه|گفته{SP1}است|گفته|سروده{SP1}است|سروده){SP}[:：]?{SP}$")
# wild rue, burnt against the evil eye or sold by weight: "۲۰۰ گرم اسفند", "۳ بار اسفند دود کرده",
# "اسفند دونه‌ای ۲ ریال بود" (not the month: "۲۸ اسفند", "اسفند امسال")
_RUE_WEIGHED_BEFORE = re.compile(rf"[0-9]{SP1}(?:گرم|کیلو|کیلوگرم|مثقال|سیر|بسته|کیسه|مشت|قاشق|پاکت)(?:{SP}ی)?{SP1}$")
# (a month's own words before it: "تا آخر اسفند دونه‌ای ۴ هزار می‌دم", each sold so until the month's end)
_MONTH_TIME_BEFORE = re.compile(rf"{B0}(?:تا|از|در|تو|برای|آخر|اول|اواخر|اوایل|اواسط|ماه|پایان){SP1}$")
_RUE_AFTER = re.compile(rf"{SP1}(?:دود|دونه|دانه|بسوزون|بسوزان|سوزوند|سوزاند|روی{SP1}(?:آتیش|آتش|ذغال|زغال)){B1}|{SP}دون(?:ی)?{B1}")


def _in_verse(f: str, start: int) -> bool:
    """``start`` lies in a verse quoted after its poem is named, or said right after it."""
    opened = f.rfind("«", max(0, start - 120), start)
    if opened >= 0 and "»" not in f[opened:start]:
        return bool(_VERSE_WORD.search(f, max(sentence_start(f, opened), opened - 50), opened))
    said = _VERSE_SAID_BEFORE.search(f, max(0, start - 20), start)
    return bool(said and _VERSE_WORD.search(f, max(sentence_start(f, start), said.start() - 80), said.start()))


def _hijri_years(f: str, cands: list[Cand], ref: dt.date | None) -> list[Cand]:
    """"سال ۱۴۳۸ ... صفر": a year without its era that would lie decades ahead as a Jalali one,
    in a sentence that names a Hijri month, is the Hijri year (1438 AH began in October 2016)."""
    if ref is None:
        return cands
    out = []
    for c in cands:
        if c.form == "year" and c.calendar == "jalali" and c.y is not None and not c.parts \
                and c.y - convert.to_jalali(ref).year > 15 and abs(c.y - convert.hijri_year_of(ref)) <= 2 \
                and _HMONTH_WORD.search(f, sentence_start(f, c.start, window=c.start), sentence_end(f, c.start)):
            c = replace(c, calendar="hijri")
        out.append(c)
    return out


def _gloss_interval(c: Cand, prev: convert.Interval) -> convert.Interval:
    """The Jalali month ``c`` that overlaps the Gregorian date it glosses the most; a Jalali day,
    the one nearest to it ("ششم نوامبر - ۱۶ آبان")."""
    year = convert.to_jalali(prev.start).year
    if c.d is not None:
        options = []
        for y in (year - 1, year, year + 1):
            try:
                options.append(convert.jalali(y, c.m, c.d))
            except ValueError:
                continue  # "۳۰ اسفند" in a common year
        if not options:
            raise ValueError(f"no Jalali day {c.d}/{c.m} near {prev.start}")
        return min(options, key=lambda iv: abs((iv.start - prev.start).days))
    options = [convert.jalali(y, c.m) for y in (year - 1, year, year + 1)]
    # the most overlap; with none ("( مهر - آبان )": آبان after مهر), the nearest
    return max(options, key=lambda iv: ((min(iv.end, prev.end) - max(iv.start, prev.start)).days,
                                        -abs((iv.start - prev.start).days)))
