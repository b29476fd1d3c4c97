"""The reader of days told with their month: Jalali days ("۵ اسفند", "پنجم اسفند ۱۳۹۷"),
Dari month names, a month's first or last day ("اولین روز آذر", "آخرین روز اسفند") and runs of
days ("۵ تا ۸ اسفند", "از پنجم تا نهم سپتامبر آینده"). A number before a month name is a day
only when it is no count, no name and no score.
"""
from __future__ import annotations

import re

from . import convert
from .candidate import AZ_BEFORE, MAKE, UNTIL_BEFORE, Cand
from .clauses import PAST_ONLY, PERFECT_RE, has_verb, sentence_end, sentence_start
from .lexicon import (
    B0, B1, DARI_MONTHS, DAY_WORD, DURATION_BEFORE, ELECTION_CUE, ERA_JALALI, GMONTH, GMONTH_ANY, HISTORIC_CUE,
    HISTORIC_DAYS, HMONTH, HTAIL, JALALI_YEAR_WORD, JMONTH, MAH, SP, SP1, WORD, UNIT_AFTER, WEEKDAY, _alt, in_title,
    month_number, weekday_number, year_word_value,
)
from .tense import (
    WISH_VERB, approaching, by_tense, day_tense, deadline, lasts_until, moved_ahead, nearest_side, planned_before,
    promised, set_off_on, told_tense, was_planned, weekday_with,
)
from .today import BEARS_NAME_AFTER
from .forms import (
    P_JDAY, _B1_OR_YEAR, _CLOCK_WORD_BEFORE, _COMPARED_BEFORE, _DAY, _DAY1, _DAYS_COUNT_BEFORE, _FOG_WORDS, _INSHALLAH,
    _PART_OF_MONTH,
    _RELYEAR, _SEP_RANGE, _TO_DIGITS, _YEAR, _clause_end,
)
from .spans import _NUMBERED_NOUN_BEFORE, _day, _era_calendar, _rel_year_step, _trim, _year_group, _year_of
from .cues import (
    _ALSO_AFTER, _AT_CLOCK_AFTER, _BIG_NUMBER_AFTER, _EVENT_OF_BEFORE, _EXAMPLE_BEFORE, _FOR_DAY_BEFORE,
    _FOR_EVENT_DAY_BEFORE, _MAH_BEFORE, _MOVEMENT_AFTER, _MOVEMENT_BEFORE, _NAMED_AS_AFTER, _NAMED_WEEK_AFTER,
    _NAMES_LIST_BEFORE, _NAME_BEFORE, _NUMBER_GOES_ON, _NUMBER_NOUN_BEFORE, _PLACE_LIST, _PLANNED_BEFORE,
    _PUT_OFF_TO_BEFORE, _THING_OF_DAY_BEFORE, _proposed, named_place_before, renamed_to, _word_end, _year_ok, _year_word_ok, _yearly,
)

_DAY_AFTER_SEP = rf"(?:{B0}(?P<dw>{DAY_WORD})|(?P<d>[0-9]{{1,2}})(?![0-9]))"
# "اولین روز آذر", "آخرین روز اسفند": the month's first or last day
P_EDGE_DAY = re.compile(
    rf"{B0}(?P<edge>اولین|نخستین|آخرین|واپسین){SP1}روز{SP1}(?:ماه{SP1})?(?P<mon>{JMONTH})(?P<mah>{MAH})?{B1}"
    rf"(?:{SP}(?P<sal>سال{SP1})?(?P<y>[0-9]{{4}})(?![0-9]))?"
)
# ... and of a lunar or Gregorian month with its year: "در نخستین روز رمضان ۱۳۴۳ قمری"
P_EDGE_DAY_FOREIGN = re.compile(
    rf"{B0}(?P<edge>اولین|نخستین|آخرین|واپسین){SP1}روز{SP1}(?:ماه{SP1})?(?:(?P<hmon>{HMONTH}){HTAIL}|(?P<gmon>{GMONTH})){B1}"
    rf"{SP}(?:سال{SP1})?(?P<y>[0-9]{{4}})(?![0-9])(?:{SP1}(?P<era>(?:هجری{SP1})?قمری|میلادی){B1})?"
)
_DAYRANGE_END = (rf"{_DAY_AFTER_SEP}{SP}(?:(?P<mon>{JMONTH})(?P<mah>{MAH})?|(?P<gmon>{GMONTH})"
                 # "۱۷ و ۱۸ ماه مه", "۱۴ تا ۲۵ مه ۲۰۱۹", "از ۱۰ تا ۱۲ مه" (after a day "مه" is no fog)
                 rf"|(?:ماه{SP1}(?P<gmay>مه)|(?P<gmay2>مه))(?![\w\u200c])(?!{SP1}{_FOG_WORDS}{B1})){_B1_OR_YEAR}"
                 rf"(?:{_YEAR}|{_RELYEAR})?")
# (with the two weekdays before it: "چهارشنبه و پنجشنبه ۱۱ و ۱۲ مرداد")
P_DAYRANGE = re.compile(rf"(?:{B0}(?:روزهای{SP1})?{WEEKDAY}{SP1}و{SP1}{WEEKDAY}{SP1})?"
                        # (or the first day's weekday after "از": "از چهارشنبه ۵ تا ۱۰ اردیبهشت ۱۳۹۷")
                        rf"(?:{B0}از{_TO_DIGITS}|{B0}از{SP1}{WEEKDAY}{SP1})?{_DAY1}{SP}(?:{_SEP_RANGE}|و){SP}{_DAYRANGE_END}")
# each day with its weekday: "پنجشنبه ۲۹ و جمعه ۳۰ اسفند", "از شنبه ۱۵ تا پنجشنبه ۲۰ دی"
P_WD_DAYRANGE = re.compile(rf"(?:{B0}از{SP1})?(?:روز{SP1})?{WEEKDAY}{SP}[،,]?{SP}{_DAY1}{SP}(?:{_SEP_RANGE}|و){SP}"
                           rf"(?:روز{SP1})?{WEEKDAY}{SP}[،,]?{SP}{_DAYRANGE_END}")
# "از یک تا چهارم آذر": a cardinal "یک" starts a range only after "از" and before "تا"
P_DAYRANGE_ONE = re.compile(rf"{B0}از{SP1}(?P<one>یک){SP1}تا{SP1}{_DAYRANGE_END}")
# "از پنجم تا نهم سپتامبر آینده": a Gregorian range in the next (or last) such month
P_GDAYRANGE_REL = re.compile(
    rf"(?:{B0}از{SP1})?{_DAY1}{SP}(?:{_SEP_RANGE}|و){SP}{_DAY}{SP}(?:ماه{SP1})?(?P<gmon>{GMONTH}){B1}"
    rf"{SP1}(?P<st>آینده|گذشته){B1}"
)
# "ان‌شاءالله ۱۵ اردیبهشت اگه اوضاع بهتر شد جمع می‌شیم": a day hoped for, ahead
_INSHALLAH_BEFORE = re.compile(rf"{B0}(?:{_INSHALLAH}){SP1}$")
# an ordinal and "تا" or "و" before a day word: the end of a run of grades or ranks, not a first day
_ORDINALS_RUN_BEFORE = re.compile(rf"{B0}{DAY_WORD}{SP1}(?:تا|و){SP1}$")
# "امسال" a few words before a day ("امسال از روز سه‌شنبه ۲۹ شهریور"): the year is said
# (not across a semicolon: "دیروز آخرین جلسه‌ی امسال بود؛ کلاس‌ها از ۶ فروردین دوباره شروع می‌شن")
_LAST_YEAR_THIS_TIME = re.compile(rf"{B0}(?:پارسال|سال{SP1}(?:گذشته|قبل|پیش))(?:{SP1}(?:در|تو))?{SP1}(?:این|همین){SP1}(?:موقع|وقت|روزها|ایام){B1}")
_NOWRUZ_THIS_YEAR = re.compile(rf"{B0}(?:نوروز|عید){SP1}امسال{B1}")
_THIS_YEAR_BEFORE = re.compile(rf"{B0}(?:امسال|سال{SP1}جاری)(?:{SP1}[^\s:،,.؟!؛;]+){{0,3}}{SP1}$")
_LIKE_EVERY_YEAR_BEFORE = re.compile(rf"{B0}(?:مثل|مانند|همچون|همانند|چون|طبق|مطابق)(?:{SP1}(?:روال|رسم|سنت))?{SP1}هر{SP1}سال{SP}[،,]?{SP}(?:روز{SP1})?$")
_EVERY_YEAR_RIGHT_BEFORE = re.compile(rf"{B0}هر{SP1}سال{SP}[،,]?{SP}$")
# "وقتی خاله ۳ فروردین رسید ببینه": a day in a "when" clause, its past verb the condition of a wish or
# plan told after it, ahead
_WHEN_CLAUSE_BEFORE = re.compile(rf"{B0}(?:وقتی|وقتیکه|هر{SP1}وقت|هروقت)(?:{SP1}که)?{B1}")
# a word after a two-digit "year" that makes it a count of something ("۳۰ ظرف آش")
_NOUN_RIGHT_AFTER = re.compile(rf"{SP1}(?!(?:و|تا|در|از|به|که|را|رو|ساعت|روز|شب|صبح|عصر|ظهر){B1})[^\W\d]")


_GLOSS_MEANS_BEFORE = re.compile(rf"{B0}یعنی{SP1}$")
_NEIGHBOURHOOD_BEFORE = re.compile(rf"{B0}محله{SP1}$")


def _weekday_fits(y: int, mon: int, d: int, wd: int) -> bool:
    """Jalali ``y``/``mon``/``d`` falls on weekday ``wd`` (0 Saturday .. 6 Friday); an impossible day fits."""
    try:
        return convert.persian_weekday(convert.jalali(y, mon, d).start) == wd
    except ValueError:
        return True


def _when_then_wish(f: str, start: int, end: int) -> bool:
    """The day at ``f[start:end]`` stands in such a clause. (The sentence's bounds are looked up only
    after the cheap test: this runs for every day written without its year.)"""
    if not _WHEN_CLAUSE_BEFORE.search(f, max(0, start - 30), start):
        return False
    when = _WHEN_CLAUSE_BEFORE.search(f, max(sentence_start(f, start), start - 30), start)
    if when is None:
        return False
    stop = sentence_end(f, end)
    past = PAST_ONLY.search(f, end, stop)
    return bool(past) and not has_verb(f, when.end(), start) and WISH_VERB.search(f, past.end(), _word_end(f, min(stop, past.end() + 30))) is not None


_NUMBER_LABEL_BEFORE = re.compile(rf"{B0}(?:شماره|پلاک|ردیف|کد){SP1}$")
_SEALS_AFTER = re.compile(rf"{SP1}(?:دارد|دارند|داشت|داشتند|خورده|زده|اش|آن(?!{SP1}(?:سال|روز|ماه|هفته)){B1}|به{SP1}رنگ"
                          rf"|و{SP1}[0-9]+{SP1}(?:گواه|شاهد|امضا|امضای|برگ|صفحه){B1}"  # ("... ۴ مهر و ۱۱ گواه دارد")
                          rf"|و{SP1}امضا(?:ی)?"  # ("پای وقف‌نامه ۳ مهر و امضای ۲ شاهد")
                          rf"|بر{SP1}(?:حاشیه|پشت|روی|پای){B1}"  # ("۳۴ مهر بر حاشیه آن دیده می‌شود")
                          # (or their stone or age: "سفارش ۳ مهر یاقوت", "۹ مهر ساسانی به موزه ... بازگردانده شد")
                          rf"|(?:یاقوت|عقیق|فیروزه|سنگی|برنجی|نقره|طلا|ساسانی|هخامنشی|صفوی|قاجاری|باستانی|تاریخی){B1}"
                          # (a seal's kind or stuff: "۱۸ مهر استوانه‌ای", "۵ مهر سنگی"; whose it is, "۲ مهر سلطنتی")
                          # ("با ۲ مهر سربی پلمب شده", lead seals)
                          # (a consulate's, or a seal and its wax: "۱۹ مهر کنسولی", "۲۵ مهر و موم")
                          rf"|(?:استوانه{SP}ای|سنگی|گلی|مفرغی|برنزی|عقیق|مسطح|تخت|سلطنتی|شاهی|حکومتی|بیضی|بیضوی|سربی|لاکی|فلزی|برنجی|مسی"
                          rf"|کنسولی|سفارت|و{SP1}موم)"
                          # (stamped at a paper's foot: "۷ مهر پای آن خورده است"; not "۲۹ خرداد پای صندوق رأی")
                          rf"|پای{SP1}(?:[^\s.،,؛]+{SP1}){{0,2}}(?:خورده|زده|خورد|زدند|زد)){B1}")
# another count of a thing and "و" right before: "با ١٥ سطر متن و ٣ مهر" (seals)
_COUNTS_LISTED_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,3}}{SP1}(?!(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}|{_alt(DARI_MONTHS)})(?:{MAH})?{B1}|(?:روز|شب|هفته|ماه|سال|ساعت|دقیقه){B1})"
                                   rf"[^\W\d]+(?:{SP1}[^\W\d]+)?{SP1}و{SP1}$")


# the things a "first" with no "از" before it qualifies: results, reports, news (a plural, or a broken one)
# (not the days or nights of a run: "روزهای اول تا ۵ فروردین")
_RESULTS_OR_PLURAL_BEFORE = re.compile(rf"{B0}(?:نتایج|اخبار|آمار|(?!(?:روز|شب){SP}(?:ها|های){SP1}$)[^\W\d]+{SP}(?:ها|های)){SP1}$")
_COMMA_AFTER_WEEKDAY = re.compile(rf"{SP}[،,]{SP}(?=[0-9]|{DAY_WORD})")
_THIS_BEFORE = re.compile(rf"{B0}(?:این|همین){SP1}$")


_NEWS_OF_AFTER = re.compile(rf"{SP1}خبر{SP1}(?:داد|دادند|داده{SP}(?:است|اند)){B1}")


# "با ۴ مهر": "with four seals" (not "همزمان با ۴ مهر", "برابر با ۴ مهر": coinciding with the day)
_WITH_SEALS_BEFORE = re.compile(rf"(?<!همزمان )(?<!مصادف )(?<!برابر )(?<!مطابق )(?<!مقارن ){B0}با{SP1}$")
_ON_IT_AFTER = re.compile(rf"{SP1}(?:در|بر|روی){SP1}(?:آن|اون|آنها){B1}")
_IS_WORD_AFTER = re.compile(rf"{SP1}(?:هست|است){B1}")  # (or the "is" apart: "امتحان مدرسه ۲۰ دی هست", "مهلت مدرسه ۱۵ آذر هست")
_EXAM_OF_SCHOOL_BEFORE = re.compile(rf"{B0}(?:امتحان|آزمون|کنکور|مصاحبه|جشن|مراسم|مهلت)(?:{SP}ی)?(?:{SP1}[^\s\d.،,؛:]+){{0,2}}{SP1}"
                                    rf"(?:هنرستان|دبیرستان|مدرسه|دانشگاه|آموزشگاه)(?:{SP}ی)?{SP1}$")


def _jalali_day_cands(f: str, said_is: frozenset[int] = frozenset()) -> list[Cand]:
    """``said_is``: where a spoken "is" was glued to a date (find._spoken_copulas)."""
    out = []
    for m in P_JDAY.finditer(f):
        if m.group("wd") and _COMMA_AFTER_WEEKDAY.match(f, m.end("wd")) \
                and (_ALSO_AFTER.match(f, m.end())
                     or _THIS_BEFORE.search(f, max(0, m.start() - 6), m.start())
                     and not any(m.group(g) for g in ("y", "ry", "ry2", "ry3"))):
            # "امتحان افتاد پنجشنبه، ۲۸ دی هم آخرین مهلت ...": a second day told after the weekday, no
            # gloss of it; and "همین پنجشنبه، ۳۰ اردیبهشت، ساعت ۵": this week's day, its date set off
            # by commas. The day alone is the mention (the weekday is one of its own); a heading
            # ("روز شنبه، ۱۲ مرداد", "پنجشنبه، ۲۳ اسفند ۱۳۶۳") stays one
            m = P_JDAY.match(f, min(m.start(g) for g in ("d", "dw", "cw") if m.group(g)))
            if m is None:
                continue
        d = _day(m)
        if not 1 <= d <= 35:
            continue
        mon = month_number(m.group("mon"), "jalali")
        if m.group("cw") and ((mon in (4, 7, 10) and not m.group("mah")
                               and not (" " in f[m.end("cw"):m.start("mon")]
                                        and (len(m.group("y") or "") == 4
                                             or _GLOSS_MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start()))))
                              or DURATION_BEFORE.search(f, max(0, m.start() - 20), m.start())):
            # "سه تیر" (three arrows), "دو مهر"; "هزار و دو" (but with its year, "قیام سی تیر ۱۳۳۱", or glossing a date:
            # "۲۰ ژانویه است، یعنی سی دی")
            continue
        y, end = _year_group(f, m, two_digit_ok=True)
        if y is not None and len(m.group("y")) == 2 and m.group("wd") and not m.groupdict().get("era") \
                and not m.groupdict().get("sal") and _NOUN_RIGHT_AFTER.match(f, m.end("y")) \
                and not _weekday_fits(y, mon, d, weekday_number(m.group("wd"))):
            # "برای افطار شنبه ۱۳ فروردین ۳۰ ظرف آش می‌خوام": a count after the day, which the weekday
            # written denies is a year (13 Farvardin 1330 was a Tuesday)
            y, end = None, m.start("y")
        if y is None and m.group("d") and (not m.group("wd") and (label := _NUMBER_LABEL_BEFORE.search(f, max(0, m.start() - 12), m.start()))
                                           # (but a paper's issue of a day of a month that is no one's name: "شماره ۲۹ اسفند")
                                           and not (label.group(0).startswith("شماره") and mon not in (4, 7, 9, 10, 11))
                                           or mon == 7 and (_SEALS_AFTER.match(f, m.end())
                                                            or _COUNTS_LISTED_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                                            or _WITH_SEALS_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                                            and _ON_IT_AFTER.match(f, m.end()))):
            # "پارکینگ شماره ۲ بهمن موتور": a number and a name; "سند ۳ برگ و ۲ مهر دارد": seals ("فرمان ... با ۴ مهر در
            # آن رونمایی خواهد شد": with four seals on it)
            continue
        # (a weekday written before the day is no part of a name: "ورزشگاه سه‌شنبه ۲۱ فروردین افتتاح می‌شود";
        # nor a clock time after it: "آزمون عملی هنرستان ۱۸ خرداد ساعت ۸ صبح برگزار می‌شه")
        if y is None and (named_place_before(f, m.start(), m.end()) and not m.group("wd")
                          and not _AT_CLOCK_AFTER.match(f, m.end())
                          # (nor a school's exam's day said to be, its "is" glued on: "امتحان ورودی هنرستان ۲۴ دیه، ...";
                          # a street so said is its name: "کارگاه تو خیابون ۱۷ شهریوره")
                          and not ((m.end() in said_is or _IS_WORD_AFTER.match(f, m.end()))
                                   and _EXAM_OF_SCHOOL_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                          # (not a sport's "artistic", no body's name: "انتخابی شنای هنری ۲۵ آبان برگزار می‌شود")
                          and not _ARTISTIC_SPORT_BEFORE.search(f, max(0, m.start() - 24), m.start())
                          or in_title(f, m.start(), m.end())
                          or _PLACE_LIST_BEFORE.search(f, max(0, m.start() - 70), m.start())
                          or _NAMES_LIST_BEFORE.search(f, max(0, m.start() - 50), m.start())
                          or _NAMED_WEEK_AFTER.match(f, m.end())
                          or (d, mon) == (2, 3) and (_MOVEMENT_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                                     or _MOVEMENT_AFTER.search(f, m.end(), min(len(f), m.end() + 50)))
                          or _NAMED_AS_AFTER.match(f, m.end()) and not m.group("wd")
                          # "تغییر نام خیابان مهر به ۱۷ شهریور", "نام بلوار را ... به ۲۲ بهمن تغییر داد": the name a
                          # place is given
                          or not m.group("wd") and renamed_to(f, m.start(), m.end())
                          # "در محله ۲۲ بهمن", "شبکه محله ۱۳ آبان": a neighbourhood named after the day (not one's
                          # event at an hour of it: "مسابقه‌ی دوچرخه‌سواری محله ۳ آبان ساعت ۸ صبح")
                          or not m.group("wd") and _NEIGHBOURHOOD_BEFORE.search(f, max(0, m.start() - 8), m.start())
                          and not _AT_CLOCK_AFTER.match(f, m.end())
                          or BEARS_NAME_AFTER.match(f, m.end()) and not m.group("wd")
                          or _EXAMPLE_BEFORE.search(f, max(0, m.start() - 25), m.start()) and not _proposed(f, m)):
            # "میدان هفتم تیر", "مدرسه ۱۵ خرداد": a place named after a date; "علیه دوم خرداد" the
            # movement; "۱۴ تیر را روز قلم نامیدند": a day of every year (but "چهارشنبه ۱۵ خرداد را
            # روز عید دانستند": a weekday pins one year's day)
            continue
        if m.group("dw") in ("اول", "نخست") and (dc := _DAYS_COUNT_BEFORE.search(f, max(0, m.start() - 16), m.start())) \
                and not _CLOCK_WORD_BEFORE.search(f, max(0, dc.start() - 8), dc.start()):
            # "در ۱۳ روز نخست فروردین": the first days of the month, the month itself (not "ساعت ۲۴
            # روز اول فروردین": an hour of the first day)
            continue
        if m.group("dw") and (pm := _PART_OF_MONTH.search(f, max(0, m.start() - 12), m.start())) \
                and not (pm.group(0).startswith("روزهای") and m.group("dw") not in ("اول", "نخست")):
            # "هفته اول دی‌ماه", "نیمه دوم مهر", "روزهای اول مهر": part of the month, not its day
            # ("روزهای هفتم مهر و ۱۲ آبان" names two days)
            continue
        if m.group("dw") and not m.group("wd") and _STAGE_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "داوری مرحله نخست تیر ماه است": the first stage, in Tir (the month is found alone)
        step = _rel_year_step(m)
        if y is None and step is None and not m.group("wd") \
                and (_yearly(f, m) or _EVERY_YEAR_RIGHT_BEFORE.search(f, max(0, m.start() - 12), m.start())) \
                and not _LIKE_EVERY_YEAR_BEFORE.search(f, max(0, m.start() - 30), m.start()):
            # "اول مهر هر سال", "هر سال ۵ آذر": the day of every year (not "امسال هم مثل هر سال ۲۹
            # اسفند راه می‌افتیم", "مطابق روال هر سال اول مهر است": this year's, as every year; nor a
            # day with its weekday, "دورهمی سالانه رو گذاشتیم پنجشنبه ۴ فروردین": one year's)
            continue
        if y is None and step is None and (yw := P_YEAR_WORD_AFTER.match(f, end)) \
                and not UNIT_AFTER.match(f, yw.end()) and not _NUMBER_GOES_ON.match(f, yw.end()) \
                and _year_word_ok(yw.group("yw")):
            y, end = year_word_value(yw.group("yw")), yw.end()  # "هشتم شهریور شصت"
        if y is None and step is None and (d, mon) in HISTORIC_DAYS \
                and (HISTORIC_CUE.search(f, max(0, m.start() - 40), m.start())
                     or ((d, mon) == (13, 8) and _EMBASSY.search(f, max(0, m.start() - 200), sentence_end(f, m.end()))
                         and not _ANNIVERSARY_WORDS.search(f, max(0, m.start() - 200), sentence_end(f, m.end())))
                     or ((d, mon) == (2, 3) and m.group("dw") and ELECTION_CUE.search(f, max(0, m.start() - 20), m.start()))):
            # "حماسه سیزدهم آبان", "حماسه ۲۳ تیر و ۹ دی": the day it happened
            y = HISTORIC_DAYS[(d, mon)]
        if step is not None:
            cand = Cand(m.start(), m.end(), "jalali_dmy", m=mon, d=d, needs_ref=True,
                         rel=lambda ref, mon=mon, d=d, step=step: convert.jalali(
                             _year_of(ref, mon, step), mon, d))
        else:
            cal = _era_calendar(m.group("era"), y or 0) if y else "jalali"
            if cal != "jalali":
                y, end = None, (m.start("sal") if m.group("sal") else m.start("y"))
                if _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()) and not m.group("wd"):
                    continue  # "طول خیابان ۱۷ شهریور ۲۴۰۰ متر است": a street's name, a length after it (no year)
            end = _trim(f, m.start(), end)
            # "امسال از دوشنبه ۱۰ مهر ... برپا می‌شود": this year's, whatever the tense
            this_year = y is None and _THIS_YEAR_BEFORE.search(f, max(0, m.start() - 60), m.start())
            put_off = _PUT_OFF_TO_BEFORE.search(f, max(0, m.start() - 20), m.start()) or moved_ahead(f, m.start(), m.end())
            lasts = y is None and lasts_until(f, m.start(), m.end())
            # (but told as done, the day is the latest such day: "امسال از ۲۵ اسفند سه برابر آوردیم"
            # in Farvardin is the Esfand just gone, this season's)
            # (not a perfect, a state still holding: "روز مادر امسال با ۲۹ اسفند یکی شده")
            if this_year and told_tense(f, m.start(), m.end()) in ("past", "done") \
                    and not _STATE_PERFECT.search(f, m.end(), _clause_end(f, m.end())):
                this_year = None
            # (nor this year's Nowruz, a day of its first month: "نوروز امسال از ۲ فروردین ..." said in Esfand
            # is the coming Farvardin; the nearest such day)
            # (or set against the same time last year: "پارسال این موقع ... لغو شد، امسال ۳ فروردین باز هستیم؟")
            if this_year and mon == 1 and (_NOWRUZ_THIS_YEAR.search(f, max(0, m.start() - 60), m.start())
                                           or _LAST_YEAR_THIS_TIME.search(f, sentence_start(f, m.start()), m.start())):
                this_year = None
            tense = (None if y else "this" if this_year else "will" if put_off or approaching(f, m.start(), m.end())
                     or _INSHALLAH_BEFORE.search(f, max(0, m.start() - 14), m.start()) or _when_then_wish(f, m.start(), m.end())
                     or planned_before(f, m.start()) or deadline(f, m.start(), m.end()) or promised(f, m.start(), m.end())
                     or set_off_on(f, m.start())
                     # (nor what is announced, the day the news is of: "از واریز آخرین قسط ... تا ۳۰ دی‌ماه خبر داد")
                     else None if lasts or was_planned(f, m.start()) or _BOOKED_HAD_AFTER.match(f, end)
                     # (or one's appointment that was on it, to be moved: "نوبتم ۲۵ اسفند بود ولی می‌خوام بیارمش جلوتر")
                     or _MY_APPOINTMENT_BEFORE.search(f, max(0, m.start() - 16), m.start()) and _WAS_BUT_MOVED_AFTER.match(f, end)
                     # (or any event that was on it, put off since: "حنابندون ۲۸ اسفند بود، ولی به خاطر کرونا افتاد سال بعد")
                     or (wb := _WAS_BUT_MOVED_AFTER.match(f, end)) is not None and wb.group(0).endswith(("افتاد", "موکول"))
                     or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _NEWS_OF_AFTER.match(f, end)
                     or _EVENT_OF_BEFORE.search(f, max(0, m.start() - 60), m.start())
                     or _THING_OF_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start())
                     else "done" if _DATED_BEFORE.search(f, max(0, m.start() - 12), m.start())
                     or _RESULTS_OF_BEFORE.search(f, max(0, m.start() - 40), m.start()) and not _ANNOUNCED_AHEAD_AFTER.match(f, end)
                     or _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start())
                     # "سگتون از ۱۲ خرداد اینجاست": here since a day gone by
                     or AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _HERE_SINCE_AFTER.match(f, end)
                     else "future" if _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                     or _FOR_EVENT_DAY_BEFORE.search(f, max(0, m.start() - 30), m.start())
                     else told_tense(f, m.start(), m.end()))
            cand = Cand(m.start(), end, "jalali_dmy" if y else "jalali_dm", y=y, m=mon, d=d,
                         needs_ref=y is None, tense=tense, wd=weekday_with(f, m),
                         lasts=lasts,
                         gloss=y is None and bool(_GDAY_GLOSS_BEFORE.search(f, max(0, m.start() - 40), m.start())))
        out.append(cand)
    return out


# A day of a Dari month (lexicon.DARI_MONTHS) with its weekday before it or its year after it:
# "روز چهارشنبه دوم میزان", "۱۲ جدی ۱۳۹۹" (each name is also a word: "میزان" amount, "جدی" serious)
P_DARI_DAY = re.compile(
    rf"(?:{B0}(?:روز{SP1})?(?P<wd>{WEEKDAY}){SP}[،,]?{SP})?{_DAY}{SP}(?P<mon>{_alt(DARI_MONTHS)}){B1}"
    rf"(?:{SP}(?:سال{SP1})?(?P<y>1[34][0-9]{{2}})(?![0-9]))?")
_YEAR_BEFORE_NUMBER = re.compile(rf"{B0}سال{SP1}$")
_JMONTH_GLOSS_AFTER = re.compile(rf"{SP}[(/]?{SP}(?:{JMONTH}){B1}")
_AFGHAN_CONTEXT = re.compile(
    rf"{B0}(?:افغانستان|کابل|ولایت|ولسوالی|طالبان|لویه{SP1}جرگه|افغانی|هرات|قندهار|بلخ|ننگرهار|بدخشان|تاجیکستان|دوشنبه{SP1}پایتخت|سامانی|کولاب|خجند){B1}")
_DARI_NAME = re.compile(rf"{B0}(?:{_alt(DARI_MONTHS)}){B1}")


def _dari_day_cands(f: str) -> list[Cand]:
    out = []
    # the names are common words: read the pattern only around each of them, not the whole text
    for name in _DARI_NAME.finditer(f):
        m = next((x for x in P_DARI_DAY.finditer(f, max(0, name.start() - 40), min(len(f), name.end() + 12))
                  if x.start("mon") == name.start()), None)
        if m is None:
            continue
        d, y = _day(m), int(m.group("y")) if m.group("y") else None
        # a day in digits right before the name, in Afghan copy ("۲۸ اسد" beside "کابل", "ولایت"):
        # no count goes before these names there
        afghan = (bool(m.group("d")) and not m.group("dw") and _AFGHAN_CONTEXT.search(f) is not None
                  and not _JMONTH_GLOSS_AFTER.match(f, m.end("mon"))  # "29 سنبله شهریور 1390" is read whole
                  and not _YEAR_BEFORE_NUMBER.search(f, max(0, m.start() - 6), m.start()))  # "سال 30 میزان ..." a year
        if not 1 <= d <= 31 or not (y or m.group("wd") or afghan):
            continue
        out.append(Cand(m.start(), m.end(), "jalali_dmy" if y else "jalali_dm", y=y, m=DARI_MONTHS[m.group("mon")], d=d,
                         needs_ref=y is None, tense=None if y else day_tense(f, m.end()),
                         wd=weekday_number(m.group("wd")) if m.group("wd") else None))
    # a Dari month and its year, in Afghan copy or after "ماه": "در حوت ۱۳۹۹ به پایان رسید" (not an
    # amount: "به میزان ۱۴۰۰ تن")
    for name in _DARI_NAME.finditer(f):
        m = P_DARI_MONTH_YEAR.match(f, name.start())
        if m is None or UNIT_AFTER.match(f, m.end()) or _BIG_NUMBER_AFTER.match(f, m.end()) \
                or _AMOUNT_OF_BEFORE.search(f, max(0, m.start() - 8), m.start()) \
                or not (_MAH_BEFORE.search(f, max(0, m.start() - 6), m.start()) or _AFGHAN_CONTEXT.search(f)
                        or _glossed_by_its_month(f, m.end(), DARI_MONTHS[m.group("mon")])
                        # (or a year from before the calendar law of 1304, when Iran too wrote them:
                        # "کمیسیون معارف مجلس در حمل ۱۳۰۳ ...")
                        or int(m.group("y")) <= _ZODIAC_NAMES_UNTIL):
            continue
        out.append(Cand(m.start(), m.end(), "jalali_my", y=int(m.group("y")), m=DARI_MONTHS[m.group("mon")]))
    return out


def _glossed_by_its_month(f: str, end: int, mon: int) -> bool:
    """The Persian name of the same month follows shortly: "حمل ۱۳۰۳ همان فروردین ۱۳۰۳ است"."""
    g = _JMONTH_NEAR_AFTER.match(f, end)
    return bool(g) and month_number(g.group("mon"), "jalali") == mon


_JMONTH_NEAR_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}(?P<mon>{JMONTH}){B1}")
P_DARI_MONTH_YEAR = re.compile(rf"(?P<mon>{_alt(DARI_MONTHS)}){SP1}(?:سال{SP1})?(?P<y>1[34][0-9]{{2}})(?![0-9/.\-:٫]?[0-9])(?![\w])")
_ZODIAC_NAMES_UNTIL = 1310
_AMOUNT_OF_BEFORE = re.compile(rf"{B0}(?:به|با|این|آن|همین){SP1}$")


def _edge_day_cands(f: str) -> list[Cand]:
    out = []
    for m in P_EDGE_DAY.finditer(f):
        mon = month_number(m.group("mon"), "jalali")
        last = m.group("edge") in ("آخرین", "واپسین")
        if _yearly(f, m):
            continue  # "آخرین روز اسفند هر سال"
        if m.group("y"):
            y = int(m.group("y"))
            if not _year_ok(y, "jalali"):
                continue
            month = convert.jalali(y, mon)
            out.append(Cand(m.start(), m.end(), "jalali_dmy", y=y, m=mon,
                             d=(month.end - month.start).days + 1 if last else 1))
            continue
        of_month = by_tense(f, m.end(), "jalali", mon)
        out.append(Cand(m.start(), m.end(), "jalali_dm", m=mon, needs_ref=True,
                         rel=lambda ref, of_month=of_month, last=last: convert.day(
                             of_month(ref).end if last else of_month(ref).start)))
    for m in P_EDGE_DAY_FOREIGN.finditer(f):
        cal = "hijri" if m.group("hmon") else "gregorian"
        if m.group("era") and (m.group("era") == "میلادی") != (cal == "gregorian"):
            continue
        y, mon = int(m.group("y")), month_number(m.group("hmon") or m.group("gmon"), cal)
        if not _year_ok(y, cal):
            continue
        month = MAKE[cal](y, mon)
        last = m.group("edge") in ("آخرین", "واپسین")
        out.append(Cand(m.start(), m.end(), f"{cal}_dmy", cal, y=y, m=mon, d=(month.end - month.start).days + 1 if last else 1))
    return out


# ... of which a stage or a rank is never a day's (but "جلسه نهم تیرماه" is the session of 9 Tir)
_STAGE_BEFORE = re.compile(rf"{B0}(?:مرحله|فاز|دور|دوره|نوبت|گام|رتبه|مقام|داور|قسط)(?:{SP}ی)?{SP1}$")
_ORDINAL_OF_BEFORE = re.compile(rf"{B0}(?:پهلوی|جهانی|دوره|مرحله|فاز|نیمه|قرن|سده|رتبه|درجه|مقام|بخش|قسمت|فصل|جلد|شماره|سری"
                                rf"|نیمسال|نیم{SP}سال|ترم|نوبت|شور|پایه|سطح|ماهه|گروه|دسته|رده|کلاس|ردیف|بند|قسط|جلسه|پرداخت)(?:{SP}ی)?{SP1}$")  # "شهریه نیمسال دوم تا ۳۰ بهمن", "قسط دوم تا ۳۱ خرداد", "مرحله‌ی دوم تا ۱۵ آذر" (a series too: "کارت‌های سری پنجم تا ۳۱ خرداد")


# (also a quarter: "حق بیمه سه ماهه سوم تا ۳۰ دی ۱۳۹۴")


def _day_range_cands(f: str) -> list[Cand]:
    out = []
    for m in P_GDAYRANGE_REL.finditer(f):
        d1, d2 = _day(m, "1"), _day(m)
        if not (1 <= d1 < d2 <= 31):
            continue
        mon = month_number(m.group("gmon"), "gregorian")
        fut = m.group("st") == "آینده"
        out.append(Cand(m.start(), m.end(), "range", "gregorian", needs_ref=True, priority=2,
                         rel=lambda ref, mon=mon, d1=d1, d2=d2, fut=fut: convert.span(
                             nearest_side(ref, convert.gregorian, mon, d1, fut),
                             nearest_side(ref, convert.gregorian, mon, d2, fut))))
    for m in (*P_DAYRANGE.finditer(f), *P_WD_DAYRANGE.finditer(f), *(P_DAYRANGE_ONE.finditer(f) if "از یک" in f else ())):
        d1, d2 = _day(m, "1"), _day(m)
        if not (1 <= d1 <= 35 and 1 <= d2 <= 35) or d1 >= d2:
            continue  # ("پرده پنجم - ۳ تیر": no run of days backwards; the day is found alone)
        if m.groupdict().get("d1") and m.group("dw") and not m.group(0).startswith("از"):
            continue  # "۱ - دوم خرداد": a list's number before a day in words, no run of days
        if m.groupdict().get("dw1") and (_ORDINAL_OF_BEFORE.search(f, max(0, m.start("dw1") - 12), m.start("dw1"))
                                         or _ORDINALS_RUN_BEFORE.search(f, max(0, m.start("dw1") - 16), m.start("dw1"))):
            # "دوره پهلوی اول تا ۱۵ فروردین": the ordinal of a name, not a first day; "پایه‌های هفتم تا نهم
            # تا ۱۰ بهمن": the last of a run of grades
            continue
        if m.groupdict().get("dw1") in ("نخست", "اول") and not m.group(0).startswith("از") \
                and _RESULTS_OR_PLURAL_BEFORE.search(f, max(0, m.start("dw1") - 20), m.start("dw1")):
            continue  # "نتایج نخست تا ۱۵ فروردین اعلام خواهد شد": the first results, by a day (found alone)
        if m.groupdict().get("d1") and (_NUMBER_NOUN_BEFORE.search(f, max(0, m.start("d1") - 12), m.start("d1"))
                                        or _NUMBERED_NOUN_BEFORE.search(f, max(0, m.start("d1") - 16), m.start("d1"))):
            continue  # "الحاقیه شماره ۱ تا ۳۱ تیر ۱۳۹۳ تمدید شد": a number, then the day it runs to
        if _NAMED_WEEK_AFTER.match(f, m.end()):
            continue  # "۱۰ تا ۱۶ مهر به عنوان هفته کتاب نام‌گذاری شده": the week of every year
        gmay = m.group("gmay") or m.group("gmay2")
        cal = "gregorian" if m.group("gmon") or gmay else "jalali"
        mon = 5 if gmay else month_number(m.group("gmon") or m.group("mon"), cal)
        y, end = _year_group(f, m, two_digit_ok=cal == "jalali")
        step = _rel_year_step(m)
        # (a Gregorian month's four digits past any Jalali year are its year, however old: "از ۱۴ تا ۱۹ مه ۱۶۴۵")
        if y is not None and _era_calendar(m.group("era"), y, "gregorian" if cal == "gregorian" and y >= 1500 else "jalali") != cal:
            y, end = None, (m.start("sal") if m.group("sal") else m.start("y"))
        if step is not None and cal == "gregorian":
            if step in ("next", "last"):
                continue  # "از پنجم تا نهم سپتامبر آینده": P_GDAYRANGE_REL
            # "از ۵ تا ۸ ژوئن امسال": the Gregorian year of publication, plus the step
            y, end = None, m.end()
            a = Cand(0, 0, "", cal, m=mon, d=d1, needs_ref=True,
                      rel=lambda ref, mon=mon, d=d1, step=step: convert.gregorian(ref.year + step, mon, d))
            b = Cand(0, 0, "", cal, m=mon, d=d2, needs_ref=True,
                      rel=lambda ref, mon=mon, d=d2, step=step: convert.gregorian(ref.year + step, mon, d))
        elif step is not None:
            y, end = None, m.end()
            a = Cand(0, 0, "", m=mon, d=d1, needs_ref=True, rel=lambda ref, mon=mon, d=d1, step=step:
                      convert.jalali(_year_of(ref, mon, step), mon, d))
            b = Cand(0, 0, "", m=mon, d=d2, needs_ref=True, rel=lambda ref, mon=mon, d=d2, step=step:
                      convert.jalali(_year_of(ref, mon, step), mon, d))
        else:
            tense = None
            if y is None:
                # "امسال از ۱۵ فروردین تا ۱۵ خرداد ممنوع اعلام شد": this year's, whatever the tense
                tense = ("this" if _THIS_YEAR_BEFORE.search(f, max(0, m.start() - 60), m.start())
                         else "future" if _PLANNED_BEFORE.search(f, max(0, m.start() - 25), m.start())
                         or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                         # ("اردو که قرار بود از ۲ تا ۸ فروردین برگزار شود لغو شد": the run once planned, the nearest)
                         else None if was_planned(f, m.start())
                         else day_tense(f, m.end()))
            a = Cand(0, 0, "", cal, y=y, m=mon, d=d1, tense=tense)
            b = Cand(0, 0, "", cal, y=y, m=mon, d=d2, tense=tense)
        out.append(Cand(m.start(), _trim(f, m.start(), end), "range", cal, parts=(a, b),
                         needs_ref=y is None, priority=1))
    return out


# "فیلم‌برداری را مهر ۹۰ در اردبیل شروع کردیم": a preposition, a verb or a pause after the two
# digits, where a count would have its noun ("مهر ۹۰ برگ"; not "به": "تیر ۸۸ به هدف خورد")
# a life's events, told right after a year: "۱۳۷۴ به دنیا اومدم", "مهر ۹۵ عروسی کردیم"
_LIFE_EVENT = (rf"(?:به{SP1}دنیا{SP1}(?:آمد|اومد)|متولد{SP1}(?:شد|شدم|شده)|درگذشت|فوت{SP1}(?:کرد|شد)"
               rf"|ازدواج{SP1}(?:کرد|کردیم|کردم)|عروسی{SP1}(?:کرد|کردیم|کردم)|عقد{SP1}(?:کرد|کردیم|کردم|کردن|کردند)"
               # (the verb left out after a pair's first: "ما ۱۳۸۵ عقد کردیم و ۱۳۸۶ عروسی، ...")
               rf"|(?:عروسی|عقد|ازدواج)(?={SP}[،,.؛])"
               rf"|(?:اومد|آمد|رفت|پیوست|برگشت)ه?{SP1}(?!(?:به|از|در|تا){B1})[^\W\d]+)")  # "رونالدو ۲۰۰۹ اومد رئال", "دی ۹۷ اومده بود"
_HERE_SINCE_AFTER = re.compile(rf"{SP1}(?:اینجا|اونجا|پیش{SP1}(?:ما|ماست|مائه|شما))(?:ست|س|ه|{SP1}(?:است|هست|بوده))?{B1}")
# "ششم نوامبر - ۱۶ آبان", "( ۳۱ ژوئیه / ۹ مرداد )": a Jalali day glossing the Gregorian one before it
_GDAY_GLOSS_BEFORE = re.compile(
    rf"(?:[0-9]{{1,2}}|{DAY_WORD}){SP}(?:ماه{SP1})?{GMONTH_ANY}(?:{SP}[0-9]{{4}})?{SP}[-–/(]{SP}$")
# (spoken too: "اگه بارون بیاد می‌ره هفته‌ی بعد", goes to the next week)
# (spoken "برای" too: "کار میره برای هفته بعد")
# a perfect, spoken too, whose state still holds: "روز مادر امسال با ۲۹ اسفند یکی شده"
_STATE_PERFECT = re.compile(rf"{PERFECT_RE.pattern}|{B0}(?:شده|بوده|افتاده)(?![\w\u200c])")
# "روزنامه‌ها هنوز از نتایج انتخابات ۷ اسفند می‌نویسند": the results of a day, which has passed
_RESULTS_OF_BEFORE = re.compile(rf"{B0}(?:نتایج|نتیجه){SP1}(?:انتخابات|آزمون|کنکور|مسابقات|مسابقه|همه{SP}پرسی|(?:رای|رأی){SP}گیری|قرعه{SP}کشی)"
                                rf"(?:{SP1}[^\W\d]+)?{SP1}$")
# (not the day they are to be announced: "نتایج آزمون آنان ۱۵ بهمن اعلام می‌شود")
_ANNOUNCED_AHEAD_AFTER = re.compile(rf"{SP1}(?:اعلام|منتشر|اعلان){SP1}(?:می{SP}شود|می{SP}شوند|میشه|می{SP}شه|خواهد{SP1}شد){B1}")
_DATED_BEFORE = re.compile(rf"{B0}(?:مورخ|مورخه){SP1}$")
# after a Jalali day and month, with "سال" between or none, and a Jalali era after or none
P_YEAR_WORD_AFTER = re.compile(rf"(?:{SP1}سال)?{SP1}(?P<yw>{JALALI_YEAR_WORD})(?:{SP1}{ERA_JALALI})?{B1}")
# "۳۰ بهمن برای تعویض باتری وقت گرفته بودم ولی نمی‌رسم": a day once booked, the nearest such day
# (or booked for the one spoken to: "٢ فروردین ساعت ١٠ برات نوبت زدم")
_MY_APPOINTMENT_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت)(?:{SP}(?:م|ت|مون|تون|ش|شون))?(?:{SP1}(?:من|شما|ما))?{SP1}$")
_WAS_BUT_MOVED_AFTER = re.compile(rf"{SP1}بود{SP}[،,]?{SP1}(?:ولی|اما)(?:{SP1}{WORD}){{0,5}}?{SP1}"
                                  # (or put off to another time: "حنابندون ۲۸ اسفند بود، ولی به خاطر کرونا افتاد سال بعد")
                                  rf"(?:جلوتر|جلو|زودتر|عقب{SP}تر|عقب|عوض|جابه{SP}جا|جابجا|افتاد|موکول){B1}")
_BOOKED_HAD_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,4}}?{SP1}(?:(?:وقت|نوبت){SP1}گرفته{SP1}(?:بودم|بودیم|بودن|بودند|بود)"
                               rf"|(?:برات|براتون|براش|براشون)(?:{SP1}[^\s.،,؛:!?؟]+)?{SP1}(?:وقت|نوبت){SP1}(?:زدم|زدیم|گذاشتم|گذاشتیم|گرفتم|گرفتیم)){B1}")
# "سیزدهم آبان ... تسخیر لانه جاسوسی": the day of 1358 itself, unless its anniversary is meant
# ("فردا سیزدهم آبان، روز ملی ... و یادآوری ... تسخیر لانه جاسوسی")
_EMBASSY = re.compile(rf"تسخیر{SP1}لانه|لانه{SP1}جاسوسی")
_ANNIVERSARY_WORDS = re.compile(rf"{B0}(?:روز{SP1}ملی|سالروز|سالگرد|یادآوری|گرامیداشت|راهپیمایی|امروز|فردا|امسال){B1}")
_PLACE_LIST_BEFORE = re.compile(rf"{_PLACE_LIST}$")


_ARTISTIC_SPORT_BEFORE = re.compile(rf"{B0}(?:شنای|شنا|ژیمناستیک|اسکیت|پاتیناژ|اسکی|سوارکاری){SP1}هنری{SP1}$")
