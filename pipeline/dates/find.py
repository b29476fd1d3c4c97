"""The date finder: regular patterns over the folded text, overlap resolution (longest wins),
range merging, years inherited from neighbours, and conversion; then the passes over the resolved
dates (passes.py) and the clock times set on them (times.py).

Precision comes first: a number is a date only with a cue (a month name, "سال", an era word,
the shape of a numeric date); a bare 4-digit number is never a year on its own.

Times of day ("ساعت ۱۴", "۱۰ صبح", "03:19") are never returned as mentions of their own: a time
sets ``DateValue.time`` of the nearest date in its sentence, and a time with no date in its
sentence is dropped (a date mention with value None would only be noise for consumers).
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import replace

from ..records import DateMention, DateValue
from ..text.align import Aligned
from . import convert, relative
from .candidate import AND_GAP, AZ_BEFORE, DAY_WORD_START, MAKE, UNTIL_BEFORE, WEEKDAY_AND_BEFORE, Cand, NoReference, year_of_interval, yearless_day
from .clauses import (
    CLAUSE_BREAK, CLAUSE_END, COPULA, FUTURE, FUTURE_MORE, HABIT, NOT_AFTER_MI, PAST_FORMS, PAST_ONLY, PAST_VERB, PERFECT_RE,
    PRESENT_ACT, READ_AHEAD, REDUCED_PERFECT, SENTENCE_END, SPOKEN_CLOSED, WILL, future_first, has_verb, sentence_end, sentence_of,
    sentence_start, tense_stop,
)
from .passes import (
    MEANS_BEFORE, Resolved, SAID_AFTER, anchor_weekdays, anchored_hijri_months, months_by_their_days, glossed_days, month_pairs, moved_from_years, or_days, same_months, schedule_order, year_words_before,
)
from .tense import (
    BOOKED, COMMA, DEPARTURE_BEFORE, EVENT_PAST, FALLS_ON_BEFORE, FAR, HAVE_ANY, HAVE_OR_NOT, HAVE_PRESENT, LASTS_UNTIL_AFTER, MUST_WORD, SEMICOLON,
    PLUPERFECT_AT, SINCE_NOW_AFTER,
    SUBJ_LIGHT, THAT, VOTE_BEFORE, WAS_PLANNED_BEFORE, WEEKDAY_BRACKET_BEFORE, WISH_VERB, WORD_AFTER, ahead_limit,
    approaching, by_tense, day_tense, deadline, in_programme, jalali_ref_year, lasts_until, month_tense, move_edge,
    moved_ahead, moved_to, nearest_side, planned_before, planned_in, promised, set_off_on, stopped_until, tense_side, told_tense, was_planned,
    weekday_with,
)
from .times import attach_times
from .today import BEARS_NAME_AFTER, generic_today
from .lexicon import (
    B0, B1, CARDINAL_DAY, DAY_WORD, DAYPART, DURATION_BEFORE, ERA_GREGORIAN, ERA_HIJRI, ERA_JALALI, GMONTH,
    GMONTH_ANY,
    AMBIGUOUS_GREGORIAN, GREGORIAN_MONTHS, HMONTH, HTAIL, JMONTH, MAH, NUMBER_WORDS, SP, SP1, UNIT_AFTER, WEEKDAY, WEEKDAYS,
    DARI_MONTHS, ELECTION_CUE, HISTORIC_CUE, HISTORIC_DAYS, JALALI_YEAR_WORD, TENS, YEAR_WORD, _alt, day_word_number, fold, month_number, weekday_number,
    year_word_value, in_title,
)

NO_REFERENCE = "no reference date"
# a Hijri-month year below this without "قمری" may be Jalali; from it on, no Jalali year of the news
# ("در شوال ۱۴۱۲ وارد حوزه شد", "نهم جمادی‌الاول ۱۴۰۷")
HIJRI_ONLY_FROM = 1406
HIJRI_OLD_BEFORE = 1300  # ... but not one below this: no Jalali year the news dates by a Hijri month


# ---------------------------------------------------------------------------------- patterns
_DAY = rf"(?:{B0}(?P<dw>{DAY_WORD})|(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}})(?![0-9])(?:{SP}ام(?![\w\u200c]))?)"  # "۲۶ ام دسامبر"
_DAY1 = rf"(?:{B0}(?P<dw1>{DAY_WORD}){B1}|(?<![0-9/.\-:])(?P<d1>[0-9]{{1,2}})(?![0-9]))"  # (not spoken "اولو", "the first one")
# "روز یکشنبه مورخ هفتم ...", "سه شنبه شب ۲۴ اسفند" (the weekday's evening: that day)
_WD = rf"(?:{B0}(?:روز{SP1})?(?P<wd>{WEEKDAY})(?:\u200cی(?={SP1}[0-9]))?(?:{SP1}(?:شب|صبح|عصر|ظهر))?{SP}[،,]?{SP}(?:(?:مورخ|مورخه){SP1})?)?"
# a space before digits, or none: scraped text glues "سال1366", "از2009"
_TO_DIGITS = rf"(?:{SP1}|(?=[0-9]))"
_RELYEAR = (rf"(?:{SP1}(?:سال{SP1}(?P<ry>جاری|گذشته|آینده|آتی|قبل|پیش|بعد(?!{SP1}از{B1}))|(?P<ry2>امسال|پارسال|جاری)"
            rf"|(?P<ry3>آینده|گذشته)(?!{SP}میلادی)){B1})")
_YEAR = (rf"(?:{SP}(?:[،,]{SP}(?=سال{SP1}[0-9]))?(?P<sal>سال{_TO_DIGITS})?(?P<y>[0-9]{{4}}|[0-9]{{2}}(?![.٫][0-9]))(?![0-9])(?!{SP}:{SP}[0-9])"  # not "۲۳ : ۵۹", "اسفند ۸۷.۲۸ درصد"
         rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI})(?![\w]))?)")  # not "ق" of "قرار"
_Y4 = (rf"(?:{SP}(?:سال{_TO_DIGITS})?(?P<y>[0-9]{{4}})(?![0-9])"
       rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI})(?![\w]))?)")  # not "ق" of "قرار"
# a year of one to three digits told by its era: "۶۱ هجری قمری", "۶۸۰ میلادی"
_SHORT_YEAR = (rf"(?<![0-9/.\-:])(?P<y>[0-9]{{1,3}})(?![0-9/.\-:]?[0-9]){SP}"
               rf"(?P<era>هجری(?:{SP1}قمری)?(?!{SP1}(?:شمسی|خورشیدی))|قمری|هـ?{SP}?\.?{SP}?ق(?!{SP}?\.?{SP}?ش)"
               rf"|(?<=[0-9]{{3}} )ق(?!{SP}?\.)|(?<=[0-9]{{3}})ق(?!{SP}?\.)"  # "در ۱۱۱ ق", "۱۱۱ق": a bare "ق" after three digits only
               rf"|میلادی)(?![\w\u200c])")
_SEP_RANGE = r"(?:تا|الی|لغایت|-|–)"

# a day may also be a cardinal word ("هفت اسفند", "هفت مه"): group cw, checked where it is read
_JDAY_DAY = _DAY[:-1] + rf"|(?<![\w\u200c])(?P<cw>{CARDINAL_DAY}))"  # not the "سی" of "بی‌بی‌سی"
# a year may be glued to its month ("بهمن ماه۱۳۸۱", "دسامبر۲۰۱۹"), as scraped text drops the space
_B1_OR_YEAR = rf"(?:{B1}|(?=[0-9]{{4}}(?![0-9])|[0-9]{{2}}(?![0-9])))"
_B1_OR_Y4 = rf"(?:{B1}|(?=[0-9]{{4}}(?![0-9])))"
# (also with the spoken copula glued on, "تولدم ۱۲ آبانه"; not مهر، تیر، دی, whose "مهره", "تیره",
# "دیه" are words of their own)
P_JDAY = re.compile(rf"{_WD}{_JDAY_DAY}{SP}(?P<mon>{JMONTH})(?P<mah>{MAH})?"
                    rf"(?:{_B1_OR_YEAR}(?:{_YEAR}|{_RELYEAR})?|(?<!مهر)(?<!تیر)(?<!دی)(?=ه(?![\w\u200c])))")
_DAY_AFTER_SEP = rf"(?:{B0}(?P<dw>{DAY_WORD})|(?P<d>[0-9]{{1,2}})(?![0-9]))"
# "اولین روز آذر", "آخرین روز اسفند": the month's first or last day
P_EDGE_DAY = re.compile(
    rf"{B0}(?P<edge>اولین|نخستین|آخرین|واپسین){SP1}روز{SP1}(?:ماه{SP1})?(?P<mon>{JMONTH})(?P<mah>{MAH})?{B1}"
    rf"(?:{SP}(?P<sal>سال{SP1})?(?P<y>[0-9]{{4}})(?![0-9]))?"
)
# what tells "مه" as fog, not May: "۲ مه غلیظ", "مه و غبار"
_FOG_WORDS = rf"(?:غلیظ|رقیق|صبحگاهی|سنگین|و{SP1}(?:غبار|دود))"
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
P_JMY = re.compile(rf"{B0}(?P<mon>{JMONTH})(?P<mah>{MAH})?{_B1_OR_YEAR}{_YEAR}")
_TIME_PREP_BEFORE = re.compile(rf"{B0}(?:در|تو|از|تا|طی|برای|اوایل|اواخر|اواسط|ابتدای|پایان|(?<=تا )آخر|مقایسه{SP1}با|نسبت{SP1}به|آزمون|کنکور|امتحانات){SP1}$")
_MONTH_YEAR_AFTER = re.compile(rf"{SP1}و{SP1}{JMONTH}{SP1}[0-9]{{2}}(?![0-9])")
# "تیر ۹۷ (ژوئیه ۲۰۱۸)": glossed by the Gregorian month it falls in
_GREGORIAN_GLOSS_AFTER = re.compile(rf"{SP}[(\[]{SP}{GMONTH_ANY}")
P_JMREL = re.compile(
    rf"{B0}(?P<mon>{JMONTH})(?P<mah>{MAH})?{B1}(?:{_RELYEAR}|{SP1}(?P<rm>گذشته|آینده|جاری){B1})"
)
P_JM = re.compile(rf"{B0}(?P<mon>{JMONTH}){MAH}(?:ه(?={SP}(?:[.!؟?]|$)))?{B1}")  # (spoken "اواخر تیر ماهه.": it is)
# "امسال خرداد می‌گیریم", "پارسال آذرماه": spoken, the year said first, then the month of it ("بهمن"
# after it is as often a friend: "امسال بهمن قهرمان شد")
P_RELYEAR_MONTH = re.compile(
    rf"{B0}(?P<w>امسال|پارسال){SP1}(?P<mon>{JMONTH})(?P<mah>{MAH})?{B1}(?!{SP}[0-9])")
P_GDAY = re.compile(
    rf"{_WD}{_JDAY_DAY}{SP}(?:ماه{SP1})?(?P<mon>{GMONTH_ANY}){_B1_OR_Y4}(?:{_Y4}|{SP1}(?:سال{SP1})?(?:(?P<gry>جاری|گذشته|آینده)"
    rf"(?:{SP1}میلادی)?|(?:سال{SP1})?میلادی{SP1}(?P<gry2>جاری|گذشته|آینده)){B1})?"  # "۹ دسامبر سال آینده میلادی"
)
# one digit after a month, then a word: a count, no day or year ("تا پایان دسامبر ۲ مسابقه دیگر باقی
# است", "تا آخر اسفند ۳ کلاس داریم")
_ONE_DIGIT_COUNT_AFTER = (rf"{SP}[1-9](?![0-9]|[.٫/:\-][0-9]){SP1}(?!(?:و|تا|الی|لغایت|سال|ماه|میلادی|شمسی|هجری|قمری|ساعت"
                          rf"|صبح|عصر|شب|ظهر|بامداد){B1})[^\W\d_]")
# "جون" is also colloquial "dear", "مارچ"/"جنوری" are rare: bare months only for the rest. A
# number right after is the day or year of a longer date, unless it counts something ("در ماه
# اکتبر ۵۶ درصد افزایش یافت").
P_GM_BARE = re.compile(
    # (not the end of a word joined by ZWNJ: "کال‌اوت", a call-out)
    rf"(?<![\w\u200c])(?P<mon>{_alt(w for ws in GREGORIAN_MONTHS.values() for w in ws if w not in AMBIGUOUS_GREGORIAN | {'جون', 'مارچ', 'جنوری'})}){B1}"
    rf"(?!(?!{_ONE_DIGIT_COUNT_AFTER}){SP}[0-9]+(?![0-9]|[.٫][0-9])(?!{UNIT_AFTER.pattern}))"
)
# "ماه می" is May only where "می" cannot be the verb prefix ("یک ماه می‌گذرد"): before a
# preposition, a conjunction, punctuation or a year word ("در ماه می در پکن", "ماه می گذشته").
# "ماه مه" is May wherever it stands ("در ماه مه قرارداد امضا شد"), but not "ماه مه‌آلود".
_MAY_AFTER = (rf"(?={SP}(?:[،,.:;؛)»]|$)|{SP1}(?:در|و|به|با|از|تا|برگزار|میلادی|گذشته|آینده|سال"
              # a past or passive verb after it cannot take "می" as its prefix: "ماه می اعلام شد"
              rf"|\w+{SP1}(?:شد|شده|گردید|کرد|کردند|بود)){B1})")
P_GM_MAY = re.compile(rf"{B0}ماه{SP1}(?P<mon>مه(?![\w\u200c])|می{B1}{_MAY_AFTER})")
# May's edge ("تا آخر مه"), in a sentence that tells Gregorian time (a month's name or a year)
P_GM_MAY_EDGE = re.compile(rf"{B0}(?:اول|اوایل|اواسط|اواخر|آخر|پایان|ابتدای){SP1}(?P<mon>مه)(?![\w\u200c])(?!{SP1}{_FOG_WORDS}{B1})")
_GREGORIAN_TOLD = re.compile(rf"{B0}(?:{_alt(w for ws in GREGORIAN_MONTHS.values() for w in ws if w not in AMBIGUOUS_GREGORIAN)}|میلادی){B1}"
                             rf"|(?<![0-9])(?:19|20)[0-9]{{2}}(?![0-9])")
# "۱۴ مه در کاخ الیزه": after a day and a space, before a preposition, a pause or its hour ("از ۲
# مه ساعت ۱۲ ظهر"), or what is held on it ("نشست بعدی در ۲۸ مه برگزار می‌شود")
_MAY_OK_AFTER = re.compile(rf"{SP}(?:[،,.:;؛)»]|$)|{SP1}(?:در|به|با|از|تا|میلادی|گذشته|آینده|سال|برگزار|پایان|آغاز){B1}|{SP1}ساعت{SP1}[0-9]")
# what may follow "می" when it is May (not "۳ ماه می‌ماند", "۶ ماه می گذرد": months and a verb)
_MAY_FOLLOWS = re.compile(_MAY_AFTER)
# (so after a day alone, or glued: "مه‌آلود")
_FOG_AFTER = re.compile(rf"{SP1}(?:{_FOG_WORDS}|آلود){B1}|{SP}آلود")
P_GM_REL = re.compile(
    rf"(?:{B0}(?P<mon>{GMONTH})|(?<=ماه[ \u200c])(?P<may>مه|می)){B1}(?:{SP1}میلادی)?{SP1}(?P<st>گذشته|آینده)(?:{SP1}میلادی)?{B1}"
)
# "ماه فوریه سال گذشته میلادی": the month in the Gregorian year before publication's
P_GM_YEAR_REL = re.compile(
    rf"(?:{B0}(?P<mon>{GMONTH})|(?<=ماه[ \u200c])(?P<may>مه|می)){B1}{SP1}(?:سال{SP1}(?P<st>گذشته|آینده|جاری){SP1}میلادی|(?P<st0>امسال)"
    # "ماه مارس سال گذشته": a Gregorian month takes the Gregorian year the words point to
    rf"|سال{SP1}(?P<st1>گذشته|قبل|آینده|جاری)(?!{SP1}میلادی)){B1}"
)
P_GMY = re.compile(rf"{B0}(?P<mon>{GMONTH_ANY}){_B1_OR_Y4}{_Y4}")
# (with its weekday before it, "چهارشنبه ۱۱ ذی‌القعده ۱۴۴۴", and "ماه مبارک" between, "اول ماه
# مبارک رمضان ۱۴۲۸")
_HMONTH_OF = rf"(?:ماه{SP1}(?:(?:مبارک|پربرکت){SP1})?)?"
# (also the "سنه" of deeds and inscriptions, after the month's epithet: "رمضان المبارک سنه ۱۲۹۱")
_HY4 = (rf"(?:(?:{SP1}(?:الحرام|المظفر|المرجب|المعظم|المبارک|المکرم))?{SP}(?:(?:سال|سنه){_TO_DIGITS})?(?P<y>[0-9]{{4}})(?![0-9])"
        rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI})(?![\w]))?)")
P_HDAY = re.compile(rf"{_WD}{_DAY}{SP}{_HMONTH_OF}(?P<mon>{HMONTH}){_B1_OR_Y4}{_HY4}")
P_HMY = re.compile(rf"{B0}(?P<mon>{HMONTH}){_B1_OR_Y4}{_HY4}")
# "۱۰ محرم سال ۶۱ هجری قمری", "رمضان سال ۴۰ هجری": a Hijri day or month of the first centuries
P_HDAY_SHORT = re.compile(rf"{_DAY}{SP}(?P<mon>{HMONTH}){B1}{SP}(?:سال{SP1})?{_SHORT_YEAR}")
P_HMY_SHORT = re.compile(rf"{B0}(?P<mon>{HMONTH}){B1}{SP}(?:سال{SP1})?{_SHORT_YEAR}")
# with no era anywhere, three digits after a Hijri day ("در ۵ جمادی‌الآخر ۶۷۲ درگذشت") or
# after a Hijri month told with "در" ("در رجب ۸۲۷ کتابت شده") are its year when a clause's
# end, a preposition or a record's verb follows, not a noun counted ("۲۸ صفر ۱۲۰ زائر")
_OLD_YEAR = (rf"(?<![0-9/.\-:])(?P<y>[1-9][0-9]{{2}})(?![0-9/.\-:]?[0-9])(?P<era>)"
             rf"(?={SP}(?:[،,.؛:)]|$|(?:در|به|که|از|کتابت|درگذشت|وفات|رحلت|زاده|متولد|شهید|کشته|تاسیس|تأسیس|بنا|ساخته)(?![\w\u200c])))")
_HMONTH_3DIGITS = re.compile(rf"{HMONTH}{SP}[1-9][0-9]{{2}}(?![0-9])")  # a cheap test before P_HDAY_OLD / P_HMY_OLD
P_HDAY_OLD = re.compile(rf"{_DAY}{SP}(?P<mon>{HMONTH})(?:{B1}|(?=[0-9])){SP}{_OLD_YEAR}")  # also glued: "رجب۸۲۷"
P_HMY_OLD = re.compile(rf"{B0}در{SP1}(?P<mon>{HMONTH})(?:{B1}|(?=[0-9])){SP}{_OLD_YEAR}")
# a count of goods after a Hijri day, no year of its ("۲۳ رمضان ۱۰ کیلو زولبیا نذر کردیم", "تعطیلات ۱ و ۲
# شوال ۱۸ پرواز فوق‌العاده"), or of days ("بعد از ۲۱ رمضون ۲ هفته مرخصی می‌گیرم")
_COUNT_OF_GOODS = rf"{SP1}(?:کیلو|کیلوگرم|کیسه|گونی|کارتن|کیلویی|تن|نفر|عدد|جعبه|بسته|دیگ|سینی|قطعه|پرس|تا|پرواز|قطار|اتوبوس|کاروان|زائر|روز|هفته|لیوان|شیشه|بطری|درصد|هزار|میلیون|تومن|تومان|گوسفند|راس|گاو|شتر|مرغ|بز|کاسه|ظرف|قابلمه|شاخه|دسته|سبد|تاج{SP}گل){B1}"
# Hijri months without a year. The names are also names and words (رمضان، رجب، شعبان are first
# names, صفر is "zero", محرم "confidant"), so only with a day ("ششم محرم", "۲۸ صفر"), a year
# word ("محرم امسال") or a cue for a period ("ایام محرم و صفر", "دهه اول محرم", "نیمه شعبان").
P_HDAY_NY = re.compile(
    # (not before a number a lunar year might be, unless things are counted by it; "شب ۱۹ رمضان ۴۵۰۰ مأمور"
    # is no year's)
    rf"(?:{_WD}{_DAY}|{B0}(?P<nim>نیمه)){SP}{_HMONTH_OF}(?P<mon>{HMONTH}){HTAIL}{B1}(?!{SP}(?:1[2-4][0-9]{{2}}|[0-9]{{1,3}})(?![0-9])(?!{_COUNT_OF_GOODS}))"
    rf"(?:{SP1}(?P<ry>امسال|(?:سال{SP1})?جاری|پارسال|سال{SP1}(?:گذشته|قبل|پیش)){B1})?"
)
_DAHE_BEFORE = re.compile(rf"دهه(?:{SP}ی)?{SP1}$")  # (also with its ezafe written: "دهه‌ی اول محرم")
_FEAST_OF_BEFORE = re.compile(rf"{B0}(?:جشن|جشن{SP}های|جشنواره|مناسبت|میلاد|ولادت|عید|تعطیلی|تعطیلات)(?:{SP1}(?:بزرگ|ملی|باشکوه))?{SP1}$")
# the days before a Hijri day that share its month: "۹ و ۱۰ محرم", "از ۱ تا ۴ شوال" (a run), or
# "۱۹، ۲۱ و ۲۳ رمضان" (a list, digits only)
_HIJRI_DAYS_BEFORE = re.compile(
    rf"(?<![0-9/.\-:])(?P<list>(?:[0-9]{{1,2}}{SP}[،,]{SP})*)(?:(?P<d1>[0-9]{{1,2}}){SP}|{B0}(?P<d1w>{DAY_WORD}){SP1})(?P<sep>و|تا|الی|لغایت)"
    rf"(?:{SP1}|(?<=[0-9]و)|(?<=[0-9]تا))$")  # also glued digits: "از۱۳تا۱۵رجب", "۲۶و۲۷رمضان"


_NIGHTS_BEFORE = re.compile(rf"{B0}(?:شب{SP}های|شبهای|شب{SP}ها){SP1}$")


def _days_start(days: re.Match) -> int:
    return days.start("d1") if days.group("d1") else days.start("d1w")


def _az_before(f: str, pos: int) -> re.Match | None:
    """"از" right before ``pos``, with its space or glued to digits ("از۱۳تا۱۵رجب")."""
    return AZ_BEFORE.search(f, max(0, pos - 6), pos) or (
        f[pos:pos + 1].isdigit() and _AZ_GLUED_BEFORE.search(f, max(0, pos - 3), pos)) or None


_PRAYER_BEFORE = re.compile(rf"{B0}(?:دعای|اعمال|زیارت){SP1}(?:روز{SP1})?$")
_PART_OF_MONTH = re.compile(rf"(?:هفته|نیمه|دهه|روزهای|ماه)(?:{SP}ی)?{SP1}$")
P_HM_REL = re.compile(rf"{B0}(?P<mon>{HMONTH}){HTAIL}{SP1}(?P<ry>امسال|(?:سال{SP1})?جاری|سال{SP1}(?P<step>بعد|آینده|آتی|گذشته|قبل|پیش)|پارسال){B1}")
# "در ماه مبارک رمضان ... برگزار خواهد شد": a programme for the coming month (a clause in the
# present, "در ماه رمضان ... می‌خورند", is every year's)
# (no year after it; a count may follow: "برای ماه رمضان ۲۰ هزار تن خرما")
P_HM_MAH = re.compile(rf"{B0}ماه{SP1}(?:(?:مبارک|پربرکت){SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}"
                      # (one or two digits are no year either: "در ماه محرم ۱۲ مستند پخش می‌کنند")
                      rf"(?!{SP}[0-9]{{3}}(?![0-9]*{SP1}(?:هزار|میلیون|میلیارد|تن|نفر|درصد|کیلو|کیلوگرم|بسته){B1}))")
# "ماه رمضان که از ۲۲ اسفند آغاز شد، ... به پایان می‌رسد", "نوروز و ماه رمضان هم‌زمان شده‌اند": the
# month at hand, told as begun, ending or coinciding
_MONTH_RUNS_AFTER = re.compile(
    rf"{SP1}(?:که(?:{SP1}[^\s.،,؛:]+){{0,4}}{SP1}(?:آغاز|شروع){SP1}(?:شد|شده)"
    rf"|هم{SP}زمان{SP1}(?:شده|شد|است|هستند|اند)"
    # spoken: "ماه رمضون با تعطیلات عید یکی شده"
    rf"|با(?:{SP1}[^\s.،,؛:]+){{1,3}}{SP1}یکی{SP1}(?:شده|شد|می{SP}شه|میشه)){B1}")
# a month's name alone opening its clause, the clause telling it begins ("رمضون هفته‌ی بعد شروع
# می‌شه"); not "صفر" (zero) nor one after "ماه" (P_HM_MAH's)
# (or right after what is said: "می‌گن رمضون پس‌فردا شروع می‌شه")
P_HM_BEGINS = re.compile(rf"(?:^|(?<=[.،,؛:!?؟\n])|(?<=[.،,؛:!?؟\n] )|(?<=می\u200cگن )|(?<=می\u200cگه )|(?<=میگن )|(?<=میگه )"
                         rf"|(?<=می گن )|(?<=می گه )|(?<=اینکه )|(?<=این\u200cکه )|(?<=این که ))(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}")
# "اگه دفاع بیفته به رمضون": what may fall in the month, the one to come
P_HM_FALLS_INTO = re.compile(rf"{B0}(?:بیفته|بیفتد|بیافتد|بیافته|می{SP}افته|میفته|می{SP}افتد|بخوره|بخورد){SP1}(?:به|تو|در){SP1}"
                             rf"(?:ماه{SP1}(?:مبارک{SP1})?)?(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}")
# "تو این رمضون", "همین ماه محرم": this one, the nearest to publication
# (with "ماه" or after a preposition: "ببین این رمضان حی می‌گوید" is a man named Ramadan)
P_HM_THIS = re.compile(rf"(?:{B0}(?:این|همین){SP1}ماه{SP1}(?:مبارک{SP1})?|{B0}(?:در|تو|توی|برای|واسه|از|تا){SP1}(?:این|همین){SP1})"
                       rf"(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}")
# "چون رمضونه", "ماه صفره و عروسی کمه": the month it is now (only after "ماه" is صفر no zero, nor
# محرم one's kin)
# (a written "است" only after "چون" or "الان": "ورود به ماه رمضان است" says what something is)
P_HM_IS = re.compile(rf"(?:(?<!به\s){B0}ماه{SP1}(?:مبارک{SP1})?(?P<mon>{HMONTH}){HTAIL}ه"
                     rf"|{B0}(?:چون|الان|الآن|حالا|دیگه){SP1}(?:ماه{SP1}(?:مبارک{SP1})?|(?!(?:صفر|محرم){B1}))"
                     rf"(?P<mon2>{HMONTH}){HTAIL}(?:ه|{SP1}(?:است|هست)))(?=[^\S\n]*(?:[؟?!.،,؛]|و{B1}|$))", re.M)
# "از فردا که ماه رمضونه ساعت کاری ...": the month it is, told in a "که" clause, whatever follows
P_HM_IS_THAT = re.compile(rf"(?<=که\s)ماه{SP1}(?:مبارک{SP1})?(?P<mon>{HMONTH}){HTAIL}ه{B1}")
P_HM_NEAR = re.compile(rf"{B0}(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{SP1}(?:(?:هم|نیز)(?:{SP1}که)?{SP1})?(?:(?:شروع|آغاز){SP1}(?:می{SP}شود|می{SP}شه|میشه)"
                       rf"|نزدیک(?:ه|{SP1}(?:است|ه|شده))|در{SP1}راه{SP1}است"
                       # what waits for its end: "رمضون تموم بشه بعد بریم", "چون رمضون تموم نشده"
                       rf"|تموم{SP1}(?:بشه|نشه|نشده|شه|می{SP}شه)|تمام{SP1}(?:شود|نشود|نشده|بشود)){B1}")  # (also "رمضون هم که نزدیکه")
# a plan set before or after a month: "عقد رو بذاریم بعد از صفر", "جمعه ۹ آذر که قبل از محرم باشه"
P_HM_AROUND = re.compile(rf"{B0}(?:(?:قبل|پیش|بعد){SP1}از|پس{SP1}از(?!{SP1}ماه{B1})|قبل){SP1}(?:ماه{SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}"  # (spoken "قبل محرم")
                         rf"(?!{SP}[0-9])(?!{SP1}(?:امسال|پارسال|سال|گذشته|آینده){B1})")
# "سفارش نذری‌تون برای محرم آماده‌ست": what is for the month, the one not yet over (not a pair,
# "واسه محرم و صفر که اجرا نداریم": those months of any year)
P_HM_FOR = re.compile(rf"{B0}(?:برای|واسه){SP1}(?:ماه{SP1})?(?:مبارک{SP1})?(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}"
                      rf"(?!{SP}[0-9])(?!{SP1}(?:امسال|پارسال|سال|گذشته|آینده){B1})(?!{SP1}و{SP1}{HMONTH})")
_CLAUSE_PAUSE_AFTER = re.compile(r"[،,؛;.!?؟\n]")
# the spoken spelling "رمضون" is the month wherever it stands ("کل رمضون رو من شیفتم", "به‌خاطر
# رمضون ..."), not a man so named ("مش رمضون", "آقا رمضون") nor one with its year (P_HMY's)
P_HM_SPOKEN = re.compile(rf"(?<!مش )(?<!آقا )(?<!عمو )(?<!حاج )(?<!دایی )(?<!کربلایی ){B0}(?P<mon>رمضون){B1}"
                         rf"(?!{SP}[0-9](?![0-9]*{SP1}(?:تا|درصد|هزار|میلیون|نفر|روز|ساعت){B1}))")  # ("رمضون ۲۰ تا شیشه")
# no year after the month (a count may follow: "تا پایان ذی‌الحجه ۲۰ درصد تخفیف می‌دهد")
_NO_HYEAR_AFTER = rf"(?!{SP}[0-9](?![0-9]*{SP1}(?:درصد|هزار|میلیون|میلیارد|نفر|تن|روز|ساعت){B1}))"
P_HM_FALLS_IN = re.compile(
    rf"(?:(?P<fall>{B0}(?:بیفته|بیفتد|بیفتن|بیفتند|میفته|می{SP}افته|می{SP}افتد)){SP1}(?:تو{SP1}|در{SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}{_NO_HYEAR_AFTER}"
    rf"|{B0}(?:تو|در){SP1}(?P<mon2>{HMONTH}){HTAIL}{SP1}(?:هستیم|هستم|هستید|هستن|هستند){B1}"
    # spoken "تو" (in) before the month: the one at hand ("تو رمضون استاد رحم نکرد", "سلف تو رمضون فقط
    # افطاری می‌ده")
    # (not a pair, "تو محرم و صفر کسی عروسی نمی‌گیره": those months of any year)
    rf"|{B0}تو{SP1}(?:ماه{SP1})?(?P<mon3>{HMONTH}){HTAIL}{B1}{_NO_HYEAR_AFTER}(?!{SP1}و{SP1}{HMONTH}))")
P_HM_CUE = re.compile(
    rf"{B0}(?:ایام|دهه(?:{SP}ی)?{SP1}(?:اول|نخست|دوم|سوم|آخر|پایانی)|(?P<ahead>آستانه|فرا{SP}رسیدن|هلال)|حلول"
    rf"|ماه{SP}های(?={SP1}{HMONTH}{HTAIL}{SP1}و{SP1}{HMONTH})"  # "هم‌زمان با ماه‌های رجب و شعبان"
    rf"|(?:پایان|آغاز|سرآغاز|ابتدای|اوایل|اواخر|طول|(?:آخرین|واپسین|نخستین|اولین){SP1}(?:روزهای|روز|شب{SP}های)"
    rf"|(?:روزهای|شب{SP}های){SP1}(?:پایانی|آخر|نخست)"  # "در شب‌های پایانی ماه رمضان"
    rf"|(?P<ahead2>استقبال{SP1}از|در{SP1}پیش{SP1}بودن|نزدیک{SP1}شدن{SP1}به)){SP1}ماه"  # "با نزدیک شدن به ماه رمضان"
    # "تا پایان ذی‌القعده", "از ابتدای رمضان", spoken "تا آخر رمضون" (not "آخر صفر" of a count, "تا آخر")
    rf"|(?:پایان|آغاز|سرآغاز|ابتدای|اوایل|اواسط|اواخر|وسط|بقیه(?:\u200cی)?|(?<=تا\s)آخر|(?<=برای\s)آخر|(?<=[،,]\s)آخر|(?:اولین|نخستین|آخرین){SP1}روز"  # (also "برای آخر رمضان", "...، آخر صفر، ...")
    rf"|(?:روزهای|شب{SP}های){SP1}(?:پایانی|آخر|نخست))(?={SP1}(?:ماه{SP1}(?:مبارک{SP1})?)?(?:(?:صفر|محرم|رمضان|رمضون|شعبان|شوال){B1}|ذی|ربیع|جمادی))){SP1}"
    rf"(?:ماه{SP1})?(?:(?:مبارک|پربرکت){SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}{_NO_HYEAR_AFTER}"
    rf"(?:{SP1}و{SP1}(?P<mon2>{HMONTH}){B1}{_NO_HYEAR_AFTER})?"
)
# "سال ۱۳۷۳", and "سال1373" or "درسال ۱۳۷۳" with the space dropped (not the decimal of "زیر ۱۲
# سال ۳۷٫۵ یورو": an age, then a price)
P_YEAR = re.compile(
    rf"{B0}(?:(?:در(?=سال))?(?P<sal>سال(?:{SP}ها(?:ی)?)?(?:{SP1}مالی)?){_TO_DIGITS}(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.\-:٫][0-9])(?![0-9])"
    rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?"
    rf"|(?<![0-9/.\-:])(?P<y2>[0-9]{{4}}){SP}(?P<era2>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))"
    rf"(?:(?![\w])|(?<=[0-9]{{4}})(?=[^\W\d_]))"  # "سال 2012اشاره کرد": a word glued to four digits
)
_EVERY_WORD_BEFORE = re.compile(rf"{B0}هر{SP1}$")
_ORDINAL_YEAR_BEFORE = re.compile(rf"{B0}(?:نخستین|اولین|دومین|سومین|چهارمین|پنجمین|آخرین|واپسین){SP1}$")
_THAT_YEAR_BEFORE = re.compile(rf"{B0}(?:آن|همان|اون|همون){SP1}$")
_OBJECT_NOUN_AFTER = re.compile(rf"{SP1}[^\s\d،,.]+{SP1}را{B1}")  # the noun after the year is an object, not counted
P_SANAH = re.compile(rf"{B0}سنه{SP1}(?:(?P<y>[0-9]{{3,4}})(?![0-9/.\-:]?[0-9])|(?P<yw>{YEAR_WORD}){B1})"
                     rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?(?![\w])")
# "سال ۶۱ هجری قمری", "در ۳۵۲ هجری", "سال ۶۸۰ میلادی": a year of the first millennium, told by
# its era; "هجری" alone after so short a year is qamari (a solar year so written would say شمسی)
P_YEAR_SHORT_ERA = re.compile(rf"{B0}(?:(?P<sal>سال){_TO_DIGITS})?{_SHORT_YEAR}")
_CENTURY_BEFORE = re.compile(rf"{B0}(?:قرن|سده){SP1}$")
# a cheap test that a text holds an era word at all, before the short-year patterns scan it
_HIJRI_ERA_HINT = re.compile(rf"هجری|قمری|هـ?{SP}?\.?{SP}?ق(?![\w\u200c])|[0-9]{{3}} ?ق(?![\w\u200c])")
_SHORT_ERA_HINT = re.compile(rf"میلادی|{_HIJRI_ERA_HINT.pattern}")
# a manuscript's colophon or a deed, which date by the lunar year: "کتابت", "کاتب", "انجامه", "وقف‌نامه"
_SCRIBED = re.compile(rf"{B0}(?:[کك]تابت|[کك]اتب|انجامه|تحریر|[کك]تیبه|وقف{SP}نامه|رساله|قباله|نوشته{SP1}شده)")  # ("این رساله در ۱۷ ذی‌الحجه ۱۳۶۱ نوشته شده")
P_YEARRANGE2 = re.compile(
    rf"{B0}(?:از{SP1})?(?P<sal>سال(?:{SP}ها(?:ی)?)?|حد{SP}فاصل)(?:{SP1}|(?<=سال)(?=[0-9]))(?:(?:بین|میان){SP1})?(?P<y1>[0-9]{{2}}){SP}(?:تا|الی|لغایت|-|–){SP}(?:سال{SP1})?(?P<y2>[0-9]{{2}})(?![0-9/.\-:]?[0-9])"
)
_SEASON_NAMED_BEFORE = re.compile(rf"{B0}(?:فصل|سال{SP1}(?:مالی|تحصیلی|زراعی|آبی|ورزشی)){SP1}$")
_ONE_SEASON_BEFORE = re.compile(rf"سال{SP1}(?:مالی|تحصیلی|زراعی|آبی|ورزشی){SP}(?:[0-9]{{2,4}})?{SP}$")
P_YEAR_AND = re.compile(
    rf"{B0}(?P<bein>(?:بین|میان){SP1})?سال(?:{SP}ها(?:ی)?)?(?:{SP1}مالی)?{_TO_DIGITS}(?P<y1>[0-9]{{4}}|[0-9]{{2}}){SP}و{SP}(?P<y2>[0-9]{{4}}|[0-9]{{2}})(?![0-9])"
    rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?(?![\w])"
)
# "(۱۸۴۸ تا ۱۸۹۶ م)": "م" alone is the Gregorian era only right before the bracket closes
_ERA_M_CLOSED = rf"م(?={SP}[)])"
P_YEARRANGE = re.compile(
    rf"(?:{B0}(?P<cue>(?:از{SP1})?(?:سال(?:{SP}ها(?:ی)?)?|دهه)){_TO_DIGITS})?(?:{B0}(?P<az>از){_TO_DIGITS}|{B0}(?P<dar>در|تو|طی){SP1})?"
    rf"(?<![0-9/.\-:])(?P<y1>[0-9]{{4}})"
    rf"(?:{SP}(?P<era1>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}|{_ERA_M_CLOSED})(?![\w]))?"  # ("از سال ۱۳۱۱ قمری تا ۱۳۴۹ قمری")
    rf"{SP}{_SEP_RANGE}{SP}(?:سال{_TO_DIGITS})?(?P<y2>[0-9]{{4}})(?![0-9])"
    rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}|{_ERA_M_CLOSED})(?![\w]))?"
)
# "سال ۳۳۰ تا ۱۴۵۳ میلادی", "( سال ۱۲۹۹ تا ۱۹۲۲ میلادی )": an era written after the second year
# dates both, in any century (P_YEARRANGE keeps to years of the last two centuries)
# (digits first: an optional cue before them would be tried at every position; _YEARRANGE_CUE_BEFORE
# finds it after)
P_YEARRANGE_ERA = re.compile(
    rf"(?<![0-9/.\-:])(?P<y1>[0-9]{{1,4}}){SP}{_SEP_RANGE}{SP}(?:سال{_TO_DIGITS})?(?P<y2>[0-9]{{3,4}})(?![0-9])"
    rf"{SP}(?P<era>{ERA_GREGORIAN}|{ERA_HIJRI}|{_ERA_M_CLOSED})(?![\w])"
)
_YEARRANGE_CUE_BEFORE = re.compile(rf"(?:{B0}(?P<cue>(?:از{SP1})?سال(?:{SP}ها(?:ی)?)?){SP})?(?:{B0}از{SP1})?$")
# a numeric date ends where no digit or separator and digit follows, but a stamp's clock may be
# glued on after a dash ("1403/11/03-09:30")
_NUM_END = r"(?![0-9]|[/.][0-9]|-(?![0-9]{1,2}:[0-9]{2}(?![0-9:]))[0-9])"
# "از 1444/09/01 هـ، یعنی از فردا": a lunar date, told by its era ("هـ" alone is the Arabic
# "Hijri", "ه" once its tatweel is dropped; "هـ.ش" is solar)
_HIJRI_ERA_AFTER = re.compile(rf"{SP}(?:{ERA_HIJRI}|هـ?(?!{SP}\.?{SP}ش))(?![\w])")
_SPACED_TRIPLE = re.compile(r"[0-9] [0-9]{1,2} [0-9]")
P_NUM_YMD = re.compile(rf"(?<![0-9/.\-:])(?P<y>[0-9]{{4}})(?P<s>[/\-.٫])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}}){_NUM_END}")
# "2015 - 11 - 14", "۱۳۹۵ / ۰۳ / ۱۵": a tokenised text puts spaces around the separators
P_NUM_YMD_SPACED = re.compile(
    r"(?<![0-9/.\-:])(?P<y>[0-9]{4}) (?P<s>[/\-.]) (?P<m>[0-9]{1,2}) (?P=s) (?P<d>[0-9]{1,2})(?![0-9]| (?P=s) [0-9])")
# "جلسه 23 . 8 . 1395", "در تاریخ 5 / 9 / 1385": a tokenised Jalali date, day first
P_NUM_DMY_SPACED = re.compile(
    r"(?<![0-9/.\-:])(?P<d>[0-9]{1,2}) (?P<s>[./]) (?P<m>[0-9]{1,2}) (?P=s) (?P<y>1[34][0-9]{2})(?![0-9]| (?P=s) [0-9])")
# a web page's stamp: "11 . 15 . 2016 9 : 32 : 00 AM" (month first) or "تاریخ : 18 . آبان 1395"
P_NUM_MDY_SPACED = re.compile(
    r"(?<![0-9/.\-:])(?P<a>[0-9]{1,2}) \. (?P<b>[0-9]{1,2}) \. (?P<y>(?:19|20)[0-9]{2})(?![0-9]| \. [0-9])")
_AMPM_TIME_AFTER = re.compile(r" [0-9]{1,2} : [0-9]{2}(?: : [0-9]{2})? (?:AM|PM)")
P_JDAY_DOT = re.compile(
    rf"(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}}) \. (?P<mon>{JMONTH})(?P<mah>{MAH})?(?:{B1}{SP1}|(?=[0-9]))(?P<y>1[34][0-9]{{2}})(?![0-9])")
P_NUM_YY = re.compile(rf"(?<![0-9/.\-:])(?P<y>[0-9]{{2}})/(?P<m>[0-9]{{1,2}})/(?P<d>[0-9]{{1,2}}){_NUM_END}")
# also tokenised: "تاریخ انتشار : ۹۵ . ۰۸ . ۱۸"
P_NUM_YY_DOT = re.compile(rf"(?<![0-9/.\-:])(?P<y>[0-9]{{2}})(?P<s>[.\-]| [.\-] )(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}}){_NUM_END}(?!(?P=s)[0-9])")
P_NUM_DMYY = re.compile(rf"(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})/(?P<y>[0-9]{{2}}){_NUM_END}")
_DATE_WORD_BEFORE = re.compile(rf"(?:تاریخ|مورخ|مورخه)(?:{SP1}انتشار)?{SP}[:：]?{SP}$")
_OPEN_BRACKET_BEFORE = re.compile(rf"[(]{SP}$")
# a paper named by its date: "مصوبه ۹۴.۱۰.۰۶ هیئت وزیران" (not by its number: "بخشنامه شماره ...")
_DATED_PAPER_BEFORE = re.compile(rf"{B0}(?:مصوبه|بخشنامه|ابلاغیه|صورت{SP}جلسه|دستورالعمل)(?:{SP}ی)?{SP1}$")
_CLOSE_BRACKET_AFTER = re.compile(rf"{SP}[)]")
P_NUM_DMY = re.compile(rf"(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}})(?P<s>[/\-.٫])(?P<m>[0-9]{{1,2}})(?P=s)(?P<y>[0-9]{{4}}){_NUM_END}")

# "پیش رو" (the one ahead: "هفته پیش رو") is the coming unit, not the past one ("هفته پیش").
_UNIT_PREP_BEFORE = re.compile(rf"{B0}(?:در|طی|برای|تا|از|ظرف){SP1}$")
_OBJECT_RO = re.compile(r"پیش[^\S\n]+رو")  # (spaced: "پیش‌رو" is always the one ahead)
_STEP = rf"(?P<st>گذشته|پیشین|کنونی|روان|پیش{SP1}رو(?![\w])|پیش‌رو|پیش(?!{SP}بینی)(?!\u200c[^\W\d])|قبل|آینده|آتی|جاری|دیگر|دیگه)"
P_RELDAY = re.compile(
    rf"{B0}(?:(?P<p1>{DAYPART}){SP1})?"
    rf"(?P<w>امروز|امشب|دیروز|دی\u200cروز|دیشب|پریروز|پریشب|فردا|پس{SP}فردا|(?P<unit>روز|شب|شامگاه){SP1}(?:گذشته|جاری))"
    # a spoken clitic: "امروزم" (today too), "خواب دیشبم", "سخنرانی امروزش"; not "فرداش" (the
    # day after something) nor "دیروزش" (his past)
    rf"(?:(?<=امروز)ش|(?:(?<=امروز|دیروز)|(?<=امشب|دیشب))م|(?<=فردا)ست)?"  # (and "که فرداست": is tomorrow)
    # an apposed weekday ("فردا یکشنبه"), not the feast of "امشب چهارشنبه‌سوریه"
    # (nor a weekday its date follows, past a comma too: "صبح امروز دوشنبه، اول شوال ۱۴۲۷")
    rf"{B1}(?:{SP}(?P<wd>{WEEKDAY}){B1}(?!{SP}سوری)(?!{SP}[،,]{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}(?:{JMONTH}|{HMONTH}|{GMONTH_ANY}|{_alt(DARI_MONTHS)}){B1})(?!{SP}(?:[0-9]+(?![0-9])(?!{SP1}(?:هزار|میلیون|میلیارد|درصد|نفر|تن|میلی{SP}متر)(?![\w\u200c]))|{DAY_WORD}))|(?:{SP1}(?P<p3>{DAYPART}))?{SP}[(«»/]{SP}(?P<wdp>{WEEKDAY})(?:{SP1}{DAYPART})?{SP}[)»«/])?"
    rf"(?:{SP1}(?P<p2>{DAYPART}){B1})?"
)
# "جلسه فردای مجلس", "دیدار ۶ امتیازی فردای پیکان": tomorrow's meeting or match. Alone "فردای"
# is mostly the future ("فردای کشور") or the day after something ("فردای انتخابات", "فردای آن روز").
P_TOMORROWS = re.compile(
    rf"{B0}(?:جلسه|جلسات|دیدار|دیدارهای|بازی|بازی{SP}های|مسابقه|مسابقات|نشست|مراسم|اجلاس|همایش|تجمع|راهپیمایی)"
    rf"(?:{SP1}[^\s،,.:؛()«»]+){{0,2}}?{SP1}(?P<w>فردای)(?![\w\u200c])"
    rf"(?!{SP1}(?:آن|این|همان|روز|شب|انقلاب|انتخابات|پیروزی|قیامت|جنگ|توافق|حادثه|زلزله){B1})"
)
# "سال بعد", "هفته بعد": the next one only in a sentence told ahead, with no time of its own
# named before ("اگر سال بعد به تیم دیگری بروم", "نتیجه تا هفته بعد اعلام خواهد شد"); "شش سال بعد",
# "سال بعد از" and "در ۱۳۹۰ ... سال بعد" count from another time.
# "بعد" not as "after" ("سال بعد از انقلاب"), though "از" may open the clock of a day of the next week
# ("پنجشنبه‌ی هفته‌ی بعد از ۶ عصر تا ۲ شب")
# (but "هفته‌ی بعد از اردبیل میاد": the next week, what comes from a place)
_NEXT_NOT_AFTER = (rf"(?!{SP1}از(?![\w])(?!{SP1}(?:ساعت{B1}|[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?{SP1}"
                   rf"(?:صبح|عصر|شب|ظهر|بعدازظهر|غروب){B1}))"
                   rf"(?!{SP1}(?!(?:عید|نوروز|تعطیلات|تعطیلی|امتحانات|امتحان|رمضان|رمضون|محرم|سفر|عروسی|جشن){B1})[^\W\d]+{SP1}(?:میاد|میان|می{SP}آید|می{SP}رسه|میرسه|می{SP}رسد|میارن|میاریم|میارم|می{SP}آورند){B1}))")
P_NEXT_UNIT = re.compile(rf"{B0}(?P<unit>سال|هفته|ماه)(?:{SP}ی(?![\w]))?{SP1}بعد{B1}(?!{SP1}(?:آن|اش){B1}){_NEXT_NOT_AFTER}")  # also "هفته‌ی بعد"
_SPOKEN_OBJECT_AFTER = re.compile(rf"{SP1}رو{B1}")
_IF_RIGHT_AFTER = re.compile(rf"{SP1}(?:اگه|اگر){B1}")
_WAS_AFTER = re.compile(rf"{B0}(?:بود|بودند|بودیم|بودم){B1}")
_UNTIL_OR_FROM_RIGHT_BEFORE = re.compile(rf"{B0}(?:تا|از){SP1}$")
_CAN_NOW = re.compile(rf"{B0}می{SP}(?:تونید|تونین|توانید|تونی|تونن|توانند){B1}")
_UNTIL_END_BEFORE = re.compile(rf"{B0}تا{SP1}(?:آخر|پایان|انتهای){SP1}$")
_HAVE_RIGHT_AFTER = re.compile(rf"{SP1}(?:داریم|دارم|داره|دارن|دارید|دارین){B1}")
_IF_NOT_BEFORE = re.compile(rf"{B0}(?:اگه|اگر){SP1}(?:نشد|نشه|نرسید|نرسیدیم|نتونستیم|نتونستم){SP}[،,]?{SP1}(?:برای{SP1})?$")
_CLOSED_SPOKEN = re.compile(SPOKEN_CLOSED)
_LIKELY_BEFORE = re.compile(rf"{B0}(?:احتمالا|احتمالاً|احتمالن|شاید){SP1}(?:(?:آخر|اول|اواخر|اوایل|اواسط){SP1})?$")  # ("شاید آخر هفته‌ی بعد")
# a week, then the weekday of it ("هفته‌ی دیگه یکشنبه"; not a day glossing it, "هفته بعد، جمعه ۱۸ فروردین")
P_WEEK_THEN_WEEKDAY = re.compile(
    rf"{B0}هفته(?:{SP}ی(?![\w]))?{SP1}(?P<wk>بعد|دیگه|دیگر|آینده|آتی|گذشته|قبل|پیش)(?!{SP1}از{B1}){SP1}(?:روز{SP1})?(?P<wd>{WEEKDAY})"
    rf"(?![\w\u200c])(?!{SP}(?:ها|[0-9]))")
_AND_RIGHT_BEFORE = re.compile(rf"{B0}و{SP1}$")
_BETTER_AFTER = re.compile(rf"{SP1}(?:بهتره|بهتر{SP1}(?:است|هست)){B1}")  # "ماه بعد بهتره": the better time, ahead
# someone there or not then, or when a thing is, spoken ("مربی گفته هفته‌ی بعد نیست", "آزمون ماه بعد کیه؟")
_THERE_OR_WHEN_AFTER = re.compile(rf"(?:{SP1}(?:کلا|کلاً|اصلا|اصلاً|هم|دیگه))?{SP1}(?:نیست|نیستم|نیستیم|نیستن|نیستند|کیه|چندمه|چه{SP1}روزیه){SP}(?:[،,.؛!؟?]|$)")
# one's time told busy or free, spoken: "هفته‌ی بعد شلوغم", "ماه بعد سرمون خیلی شلوغه", "هفته‌ی بعد خالی‌ام"
_BUSY_OR_FREE_AFTER = re.compile(rf"(?:{SP1}(?:سرم|سرمون|سرمان|دستم|دستمون))?(?:{SP1}(?:خیلی|یکم|کمی))?{SP1}(?:شلوغ|خالی|آزاد|گرفتار|درگیر)"
                                 rf"(?:م|یم|ه|ین|ید|{SP}ام|{SP}ایم|{SP}اید)(?![\w\u200c])")
_BUSY_SPOKEN = re.compile(rf"{B0}(?:شلوغ|خلوت)(?:ه|یم|م|ن){B1}")


def _clause_end(f: str, pos: int) -> int:
    stop = sentence_end(f, pos)
    pause = CLAUSE_END.search(f, pos, stop)
    return pause.start() if pause else stop


# what is ready by then, spoken: "کفش‌ها تا آخر هفته‌ی بعد حاضره", "ماه بعد آماده‌ست"
_READY_AFTER = re.compile(rf"(?:{SP1}(?:هم|دیگه|حتما|حتماً))?{SP1}(?:حاضر|آماده)(?:ه|ن|{SP}ست|{SP}اند|{SP1}است|{SP1}هستن|{SP1}میشه|{SP1}می{SP}شه)(?![\w\u200c])")
# a plan of the first or second person in the subjunctive, or a spoken "it becomes"
_WE_PLAN = re.compile(rf"(?<![\w\u200c])(?:ب|ن)?(?:کنیم|کنم|کنین|شیم)(?![\w\u200c])|{B0}می{SP}?شه{B1}"
                      rf"|{B0}می{SP}[^\W\d]+یم(?![\w\u200c])")  # ("سال بعد هم با شما قرارداد می‌بندیم")
_YEAR_NAMED = re.compile(rf"(?<![0-9])[0-9]{{4}}(?![0-9])|{B0}سال{SP}[0-9]{{2}}(?![0-9])")
# "إن شاء الله" in its spellings
_INSHALLAH = rf"انشاالله|انشالله|ان{SP}شاء{SP}الله|انشاءالله|ان{SP}شاا?{SP}?الله|ایشالا|ایشالله|ایشاالله"
# "ان‌شاءالله ۱۵ اردیبهشت اگه اوضاع بهتر شد جمع می‌شیم": a day hoped for, ahead
_INSHALLAH_BEFORE = re.compile(rf"{B0}(?:{_INSHALLAH}){SP1}$")
_MOVE_ASKED_BEFORE = re.compile(rf"{B0}ب(?:بر|نداز|ذار|یار)(?:ین|ید)ش{SP1}(?:برای{SP1}|واسه{SP1})?$")
_INSHALLAH_FROM_BEFORE = re.compile(rf"{B0}(?:{_INSHALLAH}){SP1}از{SP1}$")
# (and "ایشالا سال بعد ...")
_AHEAD_BEFORE = re.compile(rf"{B0}(?:اگر|امیدوار|امیدواریم|امیدوارم|باید|امسال|{_INSHALLAH}){B1}")
# "۱۰ تا ۱۲ روز پیش": the days between, as one range (a span of years so told is vague)
_DAYS_AGO_HINT = re.compile(rf"روز{SP1}(?:پیش|قبل)")
P_RELN_RANGE = re.compile(
    rf"{B0}(?P<n1>[0-9]{{1,2}}){SP}(?:تا|الی|-|–){SP}(?P<n2>[0-9]{{1,2}}){SP}روز{SP1}(?:پیش|قبل){B1}(?!{SP1}از{B1})")
def _past_cut(f: str, start: int, stop: int) -> int:
    """Where a present told of what follows ``start`` must come by: the first past verb, or ``stop``."""
    past = PAST_ONLY.search(f, start, stop)
    return past.start() if past else stop


# "روزهای چهارشنبه و پنجشنبه هفته آینده": two days of a week named after them ("روزهای" alone is a habit)
P_WEEKDAY_PAIR_WEEK = re.compile(
    # (also without "روزهای", and "همین": "پنجشنبه و جمعه همین هفته پارکینگ بسته‌ست")
    rf"{B0}(?:روزهای{SP1})?(?P<wd1>{WEEKDAY}){SP1}و{SP1}(?P<wd2>{WEEKDAY}){SP1}"
    rf"(?:(?:این|همین){SP1}هفته|هفته(?:{SP}ی)?{SP1}(?P<st>آینده|آتی|جاری|گذشته|قبل|پیش)){B1}")
P_RELUNIT = re.compile(
    rf"{B0}(?:(?P<unit>هفته|ماه|سال)(?:{SP}ی)?(?:{SP1}(?P<mil0>میلادی|مسیحی))?{SP1}{_STEP}|(?:این{SP1}(?P<unit2>هفته|ماه)(?!{SP}نامه)(?!{SP1}(?:مبارک{SP1})?(?:{HMONTH}|{JMONTH}|{GMONTH})(?![\w]))|(?P<unit4>هفته){SP1}جدید(?!{SP1}(?:لیگ|رقابت|مسابقات|بازی))|همین{SP1}(?P<unit3>هفته|ماه)(?!{SP1}(?:پیش|گذشته|قبل|آینده|بعد|مبارک|{JMONTH}|{HMONTH})(?![\w])))|(?P<w>امسال|پارسال)(?:م(?![\u200c])|ه(?=[^\S\n]*[،,.؛!؟]))?){B1}(?!{SP}ها)(?P<mil>(?:{SP}ی)?{SP1}(?:میلادی|مسیحی))?"
)
# "دهم ماه جاری", "۲۵ همین ماه": a day of the month of publication
P_DAY_THIS_MONTH = re.compile(
    rf"(?:{_DAY1}{SP1}(?:و|تا){SP1})?{_DAY}{SP1}(?:ماه{SP1}(?:جاری|حاضر)|همین{SP1}ماه|این{SP1}ماه){B1}"
    rf"(?P<mil>{SP1}میلادی{B1})?"
)
# "پانزدهم ماه آینده", "روز ۲۵ ام ماه گذشته", "از دهم تا پانزدهم ماه بعد": a day of the month
# before or after publication's; the day is an ordinal ("۱۵ ماه گذشته" counts fifteen months)
P_DAY_NEXT_MONTH = re.compile(
    rf"(?:{_DAY1}{SP1}(?:و|تا){SP1})?{_DAY}{SP1}ماه{SP1}(?P<st>آینده|آتی|بعد|گذشته|قبل|پیش){B1}"
    rf"(?!{SP1}(?:از|آن|اش|پیش|رو|بینی){B1})")
_ORDINAL_DAY = re.compile(r".*(?:م|اول|نخست)")
_DAY_NAMED_BEFORE = re.compile(rf"{B0}(?:روز|تاریخ){SP1}$")
_COMPARED_BEFORE = re.compile(rf"(?:نسبت{SP1}به|به{SP1}نسبت|مشابه|در{SP1}مقایسه{SP1}با)(?:{SP1}مدت{SP1}مشابه)?{SP1}$")
# wages and arrears owed for a month ("مستمری تیر ماه", "معوقات مرداد", "مابه‌التفاوت فروردین تا
# خرداد"); not a subsidy or an instalment, which may be of the month to come
# (also a driver's or a contractor's settlement: "تسویه آذر ماه رو هفته بعد می‌ریزن")
_WAGES = rf"{B0}(?:حقوق|مستمری|تسویه(?:{SP1}حساب)?|معوقات|معوقه|مطالبات|دستمزد|مزد|کارکرد|کارانه|ما{SP}به{SP}التفاوت|حق{SP}الزحمه|اضافه{SP}کاری?)"
# a plural or an ezafe written out after the noun: "اضافه‌کاری‌های دی", "حق بیمه‌ی اسفند"
_NOUN_OF = rf"(?:{SP}(?:ها|های|ی)(?![\w]))?"
_WAGES_OF_BEFORE = re.compile(
    rf"{_WAGES}{_NOUN_OF}(?:{SP1}(?:و{SP1}مزایای|معوقه|عقب{SP1}افتاده))?{SP1}(?:ماه{SP}های{SP1}|ماه{SP1})?$")
# a month's bills, issued after it: "قبوض بهمن‌ماه تا ۱۵ فروردین سال آینده دریافت می‌شود" in Esfand
_BILLS_OF_BEFORE = re.compile(rf"{B0}(?:قبض|قبوض)(?:{SP}(?:ها|های|ی))?(?:{SP1}(?:آب|برق|گاز|تلفن))?{SP1}(?:ماه{SP1})?$")
_BILL_FOR_BEFORE = re.compile(rf"{B0}(?:صورت{SP}?حساب|قبض|فاکتور)(?:{SP}(?:ی|ها|های))?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}"
                              rf"{SP1}(?:برای|واسه){SP1}(?:ماه{SP1})?$")
# ... and the second month of "معوقات مرداد و شهریور", "مابه‌التفاوت فروردین تا خرداد"
_WAGES_NEAR_BEFORE = re.compile(rf"{_WAGES}{B1}")
_WAGES_RUN_BEFORE = re.compile(rf"{_WAGES}{SP1}(?:ماه{SP}(?:های)?{SP1})?(?:{JMONTH}|{GMONTH_ANY})(?:{MAH})?"
                               rf"{SP1}(?:و|تا){SP1}(?:ماه{SP1})?$")
# a year whose number is not there ("سال 0" in a corpus that masks its digits)
_MASKED_YEAR_BEFORE = re.compile(rf"{B0}سال{SP1}[0-9](?![0-9])")
# also "تا مارس یعنی سه ماه دیگر": a gloss of the time just named
_SPAN_LEFT_BEFORE = re.compile(rf"{B0}(?:فقط|تنها|تا|ظرف|طی|حداکثر|حداقل|حدود|برای|مدت|یعنی|(?:کم{SP}تر|بیش|بیش{SP}تر){SP1}از){SP1}$")
_SPAN_LEFT_AFTER = re.compile(rf"(?:{SP1}(?:هم{SP1})?(?:فرصت|مهلت|وقت|زمان|باقی|تمدید|طول|ادامه{SP1}(?:دارد|دارند|می{SP}یابد|خواهد))"
                             rf"|{SP}[،,]?{SP}تا{SP1}(?:پایان|اتمام|انقضای|آخر)){B1}")  # "سه ماه دیگر طول بکشد", "۸ هفته دیگر ادامه دارد", "۳ روز دیگر تا پایان اعتبار ... باقی مانده", "۹ ماه دیگر، تا پایان مارس ۲۰۱۸، تمدید کردند"
_SPAN_OF_BEFORE = re.compile(rf"{B0}(?:طی|ظرف|مدت|طول|حدود){SP1}$")
# "در هفته‌ای که گذشت", "سالی که گذشت": the last week, month or year
P_UNIT_PASSED = re.compile(
    rf"{B0}(?P<unit>هفته|ماه|سال)(?:{SP}ای|ی){SP1}که{SP1}(?:گذشت|گذشته|سپری{SP1}شد|سپری{SP1}شده){B1}")
_DAY_MONTH_RIGHT_AFTER = re.compile(rf"{SP}[،,]?{SP}(?:(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])|{DAY_WORD}){SP}(?:{JMONTH}|{GMONTH}){B1}")
_MOVED_TO_SPOKEN_BEFORE = re.compile(rf"{B0}(?:رفت|افتاد)(?:{SP1}(?:به|برای))?{SP1}$")
# an ordinal and "تا" or "و" before a day word: the end of a run of grades or ranks, not a first day
_ORDINALS_RUN_BEFORE = re.compile(rf"{B0}{DAY_WORD}{SP1}(?:تا|و){SP1}$")
# (also told with "که": "۲۸ دسامبر که پنجشنبه بود")
_DATED_DAY_RIGHT_BEFORE = re.compile(rf"(?:(?:(?<![0-9/.\-:])[0-9]{{1,2}}|{B0}{DAY_WORD}){SP}(?:{JMONTH}|{GMONTH})(?:{MAH})?"
                                     # ("امروز که جمعه‌ست": today's weekday, said of it)
                                     # ("امروز با اینکه جمعه‌ست": so with "although")
                                     rf"|{B0}(?:امروز|فردا|دیروز|پس{SP}فردا)(?:{SP1}هم)?(?={SP1}(?:که|با{SP1}(?:اینکه|این{SP}که))))"
                                     rf"(?:{SP1}(?:که|با{SP1}(?:اینکه|این{SP}که)))?{SP1}$")
_OCCASION_NAMED_BEFORE = re.compile(rf"{B0}(?:یلدا|یلدای|شب{SP1}یلدا|چهارشنبه{SP}سوری|سیزده{SP}به{SP}در|سیزده{SP}بدر|نوروز|عید|تولدش|تولدم|تولدت)"
                                    rf"(?:{SP1}(?:امسال|امسالم))?(?:{SP1}هم)?{SP1}$")
_LAST_OF_YEAR_AFTER = re.compile(rf"(?:{SP}ی)?{SP1}آخر{SP1}سال{B1}")
_DUSHANBE_AFTER = re.compile(rf"{SP1}(?:تاجیکستان|پایتخت){B1}")
_KAKI_AFTER = re.compile(rf"{SP1}و{SP1}کاکی{B1}")  # "زلزله شنبه و کاکی": the district in Bushehr
_IS_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:است|هست|بود|بوده)|\u200c?ست|ه)(?![\w\u200c])")
# the occasion a Hijri day is marked for ("به مناسبت ۱۳ رجب", "به مناسبت فرارسیدن ۱۵ شعبان"): the one at hand
_OCCASION_BEFORE = re.compile(rf"{B0}(?:(?:به{SP1})?مناسبت(?:{SP1}(?:آغاز|فرارسیدن|فرا{SP}رسیدن|شروع))?|تعطیلات){SP1}$")
_GREETING_BEFORE = re.compile(rf"(?:تبریک|شادباش|مبارکباد){SP1}$")
_GREETING_AFTER = re.compile(rf"{SP1}مبارک")
_GREGORIAN_WORD = re.compile(rf"{B0}(?:{GMONTH}|میلادی){B1}")
# "در سال جدید": the Jalali year just begun, or (in Esfand) the one about to begin; not the
# school, farming or Gregorian "new year".
P_NEWYEAR = re.compile(
    rf"{B0}سال{SP1}جدید{B1}(?!{SP}(?:تحصیلی|زراعی|آبی|مالی|میلادی|کاری|ورزشی|مسابقات|لیگ|مهد|مدرسه|مدارس|دانشگاه|آموزشگاه|باشگاه)(?![\w\u200c]))"
)
# a thing of the new year, no preposition between ("نخستین مسابقه سال جدید", "اولین جلسه‌ی سال جدید",
# "کلاسای سال جدید"; not "در سال جدید")
_OF_THING_BEFORE = re.compile(rf"(?<![\w\u200c])(?!(?:در|از|تا|طی|برای|واسه|به|با|که|و|آستانه|آغاز|ابتدای|شروع|اوایل|اواسط|اواخر){B1})"
                              rf"[^\W\d]+(?:\u200c[^\W\d]+)*(?:{SP}ی)?{SP1}$")
_DAY_MONTH_WRITTEN = re.compile(rf"(?<![0-9])[0-9]{{1,2}}{SP1}(?:{JMONTH}){B1}|{B0}(?:اول|یکم|نخست){SP1}(?:{JMONTH}){B1}")
# "آستانه سال نوی میلادی": the Gregorian year of publication, or in December the one ahead
P_NEWYEAR_G = re.compile(rf"{B0}سال{SP1}(?:جدید|نو|نوی){SP1}میلادی{B1}")
# only as a time ("در آستانه ..."), never a thing named after it ("بازار سال نو میلادی")
_WITHIN_YEAR_BEFORE = re.compile(rf"{B0}(?:در|طی|اوایل|اواسط|اواخر){SP1}$")
_WHEN_BEFORE = re.compile(rf"{B0}(?:در|از|تا|طی|آستانه|اوایل|اواسط|اواخر|آغاز|ابتدای|شروع|تعطیلات|فرارسیدن|فرا{SP}رسیدن){SP1}$")
# "یک‌صد سال قبل" is a year, as "۲۰۰ سال پیش" is; a thousand years and more name an era, not a year
_HUNDRED_WORDS = {"صد": 100, "یکصد": 100, "یک صد": 100, "یک\u200cصد": 100, "دویست": 200, "سیصد": 300,
                  "چهارصد": 400, "پانصد": 500}
# "سی و یک سال پیش": tens and units in words
_COMPOUND_COUNT = rf"(?:{_alt(list(TENS))}){SP1}و{SP1}(?:{_alt(NUMBER_WORDS[:9])})(?![\w\u200c])"
# "دو روز پیش", "۳ ماه قبل", "سه هفته دیگر": N units before or after publication. Not "بعد"
# (after the story's own time, not the publication's) and not "آینده" ("دو روز آینده" is the
# coming two days, a span).
P_RELN = re.compile(
    rf"{B0}(?P<n>[0-9]{{1,2}}|[0-9]{{3}}(?={SP1}سال)|[0-9]{{3,4}}(?={SP1}روز{SP1}(?:پیش|قبل){B1})|(?:{_alt(list(_HUNDRED_WORDS))})(?={SP}سال)|{_COMPOUND_COUNT}|{_alt(NUMBER_WORDS[:20] + list(TENS) + ['یه'])})"
    rf"(?P<half0>{SP1}و{SP1}نیم(?={SP1}سال))?(?:{SP1}|(?<=یک|صد)(?=سال))(?P<unit>روز|شب|هفته|ماه|سال)(?P<half>{SP1}و{SP1}نیم)?{SP1}(?P<st>پیش|قبل|دیگر|دیگه)(?:(?<=پیش)ه)?{B1}"  # "۱۶۵ سال پیش", "یکسال پیش", "صدسال قبل"
    rf"(?!(?<=پیش){SP1}(?:رو|روی)(?![\w\u200c]))"  # not "۱۲ ماه پیش رو": the months ahead
    # (spoken: "ده سال پیشه" = "... پیش است")
)
_CLOCK_WORD_BEFORE = re.compile(rf"{B0}ساعت{SP1}$")
_MORE_OR_LESS_THAN_BEFORE = re.compile(rf"{B0}(?:بیش|بیشتر|بیش{SP}تر|کمتر|کم{SP}تر){SP1}از{SP1}$")
# "مجالس ... با هماهنگی ۲ روز قبل برگزار می‌شود": a lead time arranged before each event, no day
_ARRANGED_WITH_BEFORE = re.compile(rf"{B0}(?:هماهنگی|اطلاع|اطلاع{SP}رسانی|رزرو|ثبت{SP}نام){SP1}$")
# "... ۳ روز دیگه از کارگاه میارن، یعنی چهارشنبه": glossed by its weekday or date further on in its clause
_MEANS_DAY_AFTER = re.compile(rf"[^.؛;!?؟\n]{{0,40}}?{SP}[،,]?{SP}یعنی{SP1}(?:{WEEKDAY}|[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH})){B1}")
# "۱۰ روز قبل از سال ۹۸", "دو روز پیش از آغاز": before that time, not before publication;
# but "سه روز پیش از زندان آزاد شد" is two days ago ("از" = from).
_AZ_AFTER = re.compile(rf"{SP1}از(?![\w])")
# "یک سال قبل از استان ... به تهران آمدیم": "از" a place the story set out from
_FROM_PLACES = "استان|شهرستان|شهر|روستا|کشور|زادگاه|خانه|زندان|بازداشتگاه|اردوگاه"
_FROM_PLACE_AFTER = re.compile(rf"{SP1}از{SP1}(?:{_FROM_PLACES}){B1}")
# the numbered operations of the Iran-Iraq war ("کربلای ۵", "والفجر ۸", "بیت‌المقدس ۲")
_OPERATION_BEFORE = re.compile(rf"{B0}(?:کربلای|والفجر|بیت{SP}المقدس){SP1}$")
_ARTICLE_BEFORE = re.compile(rf"{B0}(?:اصل|ماده|بند|تبصره|شماره|قانون|کد){SP1}$")
# "۵۰ - ۶۰ سال پیش", "۴۰ . ۳۰ سال پیش" (tokenised), "یکی دو سال پیش", "چهل سال یا شصت سال
# پیش": approximate
# (also "از ۸ تا ۱ شب پیش بچه‌ها": a run of hours up to one at night, "with" the children)
_COUNT_SPAN_BEFORE = re.compile(rf"(?:[0-9]{SP}[-–]|(?<![0-9])[0-9]{{1,2}}{SP}\.|{B0}یکی|{B0}(?:روز|هفته|ماه|سال){SP1}یا"
                                rf"|(?<![0-9:])[0-9]{{1,2}}{SP1}تا){SP}$")
# "سال قبل از سوی وزارت", "... سال قبل از رشد ۵ درصدی برخوردار", "سال قبل از نظر وزنی": "از" of
# the one who acted, of the verb or of a respect, not "before"
_FROM_AFTER_OK = re.compile(rf"{SP1}از{SP1}(?:نظر|لحاظ|حیث|رشد|افت|کاهش|افزایش|سوی|طرف|طریق|محل|جانب|{_FROM_PLACES}){B1}")
# "ماشین رو ۳ روز پیش باید می‌آوردید": what should have been done then, a day past
_SHOULD_HAVE_AFTER = re.compile(rf"{SP1}باید{SP1}ن?می{SP}[^\W\d]+(?:دید|تید|دیم|تیم|دم|تم|دن|تن|دند|تند)(?![\w\u200c])")
_MUST_AFTER = re.compile(rf"{SP1}باید{B1}")  # "قبل از ..." is always "before something"
# a feast right after "قبل", its "از" left out, closing the clause: "دو روز قبل سال نو میلادی." (not "سه
# روز پیش عید قربون بود": the feast was then)
_BEFORE_FEAST = re.compile(rf"{SP1}(?:سال{SP1}(?:نو|جدید)|عید|نوروز|کریسمس|یلدا|تحویل{SP1}سال)(?:{SP1}میلادی)?{SP}(?:[.،,؛!?؟]|$)")
_BEFORE_ANCHOR = re.compile(
    rf"{SP1}از{SP1}(?:(?:این|آن){SP}که{B1}|هر(?={SP1}[^\W\d])|آن{B1}(?!{SP1}(?:روز|سال|ماه|هفته){B1})|[0-9]|سال|ماه|هفته|روز|زمان|موعد|مهلت|موقع|آغاز|شروع|پایان|برگزاری|انقلاب|انتخابات|عید|نوروز|سفر|ورود|"
    rf"دیدار|مراسم|جلسه|نشست|اجلاس|افتتاح|مسابقه|بازی|حادثه|وقوع|اعلام|مرگ|فوت|شهادت|درگذشت|جشن|"
    # "یک هفته پیش از آزمون", "یک سال پیش از سقوط شاه", "پنج روز پیش از اربعین"
    rf"آزمون|امتحان|کنکور|مسابقات|سقوط|کودتا|پیروزی|جنگ|حمله|عملیات|انفجار|زلزله|تولد|ازدواج|عروسی|"
    rf"اربعین|عاشورا|تاسوعا|رمضان|محرم|تحویل|بازگشت|اعزام|عزیمت|پرواز|تعطیلات|انتشار|اکران|"
    # "دوز دوم را دست‌کم ۱۴ روز پیش از حضور دریافت کرده باشند", "یک ماه پیش از ترک کار"
    rf"حضور|ثبت{SP}نام|تزریق|مصرف|جراحی|زایمان|ترک{SP1}(?:کار|خدمت|محل){B1}|"
    # "دو روز پیش از مجمع نهایی می‌شود", "۱۵ روز پس از سررسید"
    rf"مجمع|سررسید|تصویب|ابلاغ|قتل|نصب|دریافت|واریز|اخطار|"
    # any noun but the agent phrases "از سوی / از طرف / از طریق / از جانب"
    # (not "دو سال پیش از دبی آورده بودیم": "بودیم" is no "بود" of a time before)
    rf"(?!سوی|طرف|طریق|جانب|آن{SP1}(?:زمان|تاریخ)|این{SP1}(?:بابت|رو)|(?:{_FROM_PLACES}){B1})\w+{SP1}(?:\w+{SP1}){{0,2}}(?:آغاز|شروع|برگزار|تشکیل|بود|است)(?:ه|ند)?{B1})"
)


def _weekly_hours(f: str, m: re.Match) -> bool:
    """"از دوشنبه تا جمعه، ساعت ۹ صبح تا ۵ بعدازظهر پاسخگوی مراجعان است": a run of weekdays with
    its clock hours, told in the present of a state, is every week's hours (not "از شنبه تا
    چهارشنبه از ساعت ۸ تا ۱۲ برق قطع خواهد شد", an outage to come)."""
    if m.group("mod") or m.group("wk") or m.group("wk0"):
        return False
    if _EVERY_WEEK_RIGHT_AFTER.match(f, m.end()) or _EVERY_WORD_BEFORE.search(f, max(0, m.start() - 4), m.start()):
        return True  # "از شنبه تا چهارشنبه هر هفته از ساعت ۸ تا ۱۴", "هر شنبه تا چهارشنبه ...": every week's
    if not _CLOCK_RANGE_AFTER.match(f, m.end()):
        return False
    stop = sentence_end(f, m.end())
    if not m.group("az") and not (WILL.search(f, m.end(), stop) or PAST_ONLY.search(f, m.end(), stop)):
        return True  # "تزریق شنبه تا چهارشنبه از ساعت ۸ تا ۱۴ انجام می‌شود": no "از", a timetable
    return bool(COPULA.search(f, m.end(), stop)) and not (FUTURE.search(f, m.end(), stop) or PAST_ONLY.search(f, m.end(), stop))


_EVERY_WEEK_RIGHT_AFTER = re.compile(rf"{SP1}(?:هر{SP1}هفته|همه{SP1}هفته|هفتگی){B1}")
# (or clock times with their minutes, no "ساعت": "شنبه تا چهارشنبه از ۷:۳۰ تا ۱۴:۳۰ پذیرای مراجعان است")
_CLOCK_RANGE_AFTER = re.compile(rf"{SP}[،,]?{SP}(?:از{SP1})?(?:ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?|[0-9]{{1,2}}[:٫][0-9]{{2}})"
                                rf"(?:{SP1}{DAYPART})?{SP1}تا{SP1}(?:ساعت{SP1})?[0-9]")
_LIST_COMMA_BEFORE = re.compile(rf"[،,]{SP}$")
_PLACE_WORD_BEFORE = re.compile(rf"{B0}(?:محله|روستای|روستا|منطقه|شهر|شهرک|خیابان|میدان|کوچه|بازار){SP1}$")
_AND_OTHERS_AFTER = re.compile(rf"{SP1}و{SP1}(?:دیگر|سایر){B1}")
_FEW_DAYS_AGO_AFTER = re.compile(rf"{SP1}(?:چند|دو|سه){SP1}روز{SP1}(?:قبل|پیش){B1}")
# a part of the day written onto its weekday with the ZWNJ dropped ("چهارشنبهشب"), or the ezafe
# ("صبح جمعهی")
_GLUED_PART = "شب|صبح|عصر|ظهر"
# "از شنبه تا سه‌شنبه پیش عزیزم": "پیش" before someone is "with", not "last"
_WITH_WHOM = (r"(?:عزیزم|مامان|مامانم|بابا|بابام|مادر|مادرم|پدر|پدرم|مادربزرگ|مادربزرگم|پدربزرگ|خاله|خالم|عمه|عمم|دایی|عمو"
              r"|دکتر|دوستم|دوستام|خواهرم|برادرم|داداشم|آبجیم|بچه|بچه‌ها|شما|ما|اونا|اون|من|تو|ایشون|آقاجون|مامانی)(?![\w\u200c])")
P_WEEKDAY = re.compile(
    rf"{B0}(?:(?P<p0>صبح|ظهر|عصر|بعدازظهر|بعد{SP}از{SP}ظهر|غروب|شامگاه|صبحگاه|بامداد|سحرگاه|نیمه{SP}شب){SP1})?(?:(?P<roz>روز){SP1})?(?P<wd>{WEEKDAY})(?:{B1}|(?=(?:{_GLUED_PART}|ی)(?![\w])))"
    # (a spoken ezafe between: "جمعه‌ی هفته‌ی بعد", "شنبه‌ی دیگه" (Saturday of the next week))
    rf"(?:(?:{SP}ی(?![\w]))?(?:{SP1}|(?=(?:{_GLUED_PART})(?![\w])))(?:(?P<mod>گذشته|آینده|آتی|جاری|دیگر|دیگه|بعدی|بعد(?!{SP1}از(?![\w]))|(?:پیش|قبل)(?!{SP}(?:رو|از|بینی)(?![\w]))(?!{SP1}{_WITH_WHOM}))|هفته(?:{SP}ی(?![\w]))?{SP1}(?P<wk>گذشته|آینده|آتی|جاری|قبل|پیش{SP1}رو|پیش‌رو|پیش|دیگر|دیگه|بعد{_NEXT_NOT_AFTER})"
    rf"|(?P<wk0>(?:این|همین){SP1}هفته)|(?P<part>{DAYPART})|(?P<rw>دیروز|امروز|فردا)){B1})?"
    rf"(?:(?<=[^\s\u200c]){SP1}(?P<mod2>گذشته|قبل|پیش(?!{SP}بینی))(?![\w\u200c]))?"  # "چهارشنبه شب گذشته"
)
# "کودتای جمعه شب", "معاملات جمعه": what took place that day, so a day past
_HAPPENED_BEFORE = re.compile(
    rf"{B0}(?:کودتای|حمله|حملات|انفجار|انفجارهای|زلزله|حادثه|ترور|تیراندازی|معاملات){SP1}(?:روز{SP1})?$")
# "با وجود کاهش قیمت ... در روز جمعه ،": a clause with no verb that grants a fact
_GRANTING = re.compile(rf"{B0}(?:با{SP1}وجود|علی{SP}رغم|علیرغم|به{SP1}رغم|در{SP1}پی|به{SP1}دنبال){B1}")


def _granted(f: str, start: int, end: int, stop: int) -> bool:
    """The weekday sits in a verbless clause that opens with "با وجود / در پی ...": a fact
    already there, whatever tense the main clause after its comma takes."""
    sentence = sentence_start(f, start, 200)
    begin = max((c.end() for c in CLAUSE_END.finditer(f, sentence, start)), default=sentence)
    comma = CLAUSE_END.search(f, end, stop)
    return bool(comma and _GRANTING.search(f, begin, start) and not has_verb(f, begin, comma.start()))


_DAYPART_WORD = re.compile(rf"{B0}(?:{DAYPART}){B1}")
_THIS_WEEK = re.compile(rf"{B0}(?:(?:این|همین){SP1}هفته|هفته{SP1}جاری){B1}")
# "از روز دوشنبه تا چهارشنبه", "یکشنبه تا چهارشنبه گذشته": one run of days
P_WEEKDAY_RANGE = re.compile(
    rf"{B0}(?:(?P<az>از){SP1})?(?:(?:روز(?:{SP}های)?|{DAYPART}){SP1})?(?P<wd1>{WEEKDAY}){SP1}تا{SP1}(?:(?:روز|{DAYPART}){SP1})?(?P<wd2>{WEEKDAY}){B1}"
    rf"(?!{SP}(?:(?:ها|های|{DAY_WORD}){B1}|[0-9]))"
    # (the week spoken too: "از دوشنبه تا چهارشنبه هفته‌ی بعد")
    rf"(?:{SP1}(?:(?P<mod>گذشته|آینده|جاری|(?:پیش|قبل)(?!{SP}(?:رو|از|بینی)(?![\w]))(?!{SP1}{_WITH_WHOM}))|هفته(?:{SP}ی(?![\w]))?{SP1}(?P<wk>گذشته|آینده|آتی|جاری|قبل|پیش|بعد(?!{SP1}از(?![\w])))"
    rf"|(?P<wk0>(?:این|همین){SP1}هفته)){B1})?"  # "از دوشنبه تا چهارشنبه این هفته"
)
# "از فردا تا دوشنبه", "از امروز تا جمعه": a run of days from a day word to a weekday; "از
# شنبه تا امروز" one that ends on it
# (not the weekday of a date: "از امروز تا شنبه ۲۰ خرداد" ends on the date)
_WD_END = rf"(?!{SP}(?:(?:ها|های|{DAY_WORD}){B1}|[0-9]))"
P_DAYWORD_TO_WEEKDAY = re.compile(
    # (a part of the day at either end: "از عصر فردا تا بامداد پنجشنبه")
    rf"{B0}(?:(?:{DAYPART}){SP1})?(?P<rw>امروز|فردا|پس{SP}فردا)(?:{SP1}(?:{DAYPART}))?{SP1}تا{SP1}(?:روز{SP1})?(?:(?:{DAYPART}){SP1})?"
    rf"(?P<wd>{WEEKDAY}){B1}{_WD_END}(?:{SP1}(?P<next>هفته{SP1}(?:آینده|بعد)){B1})?"
)
P_WEEKDAY_TO_DAYWORD = re.compile(
    rf"{B0}از{SP1}(?:روز{SP1})?(?P<wd>{WEEKDAY}){B1}{_WD_END}(?:{SP1}(?:گذشته|(?P<lastwk>هفته{SP1}(?:گذشته|قبل|پیش))){B1})?"
    rf"{SP1}تا{SP1}(?P<rw>امروز|دیروز){B1}"
)
_RANGE_GAP = re.compile(rf"{SP}{_SEP_RANGE}{SP}")
# a past participle, with its "است" or without ("آغاز کرده و", "بر پا شده")
_PARTICIPLE = re.compile(r"(?<![\w])ن?(?:شده|بوده|یافته|رسیده|گردیده|کرده|گرفته|داده|آمده|رفته|داشته|نموده|گذاشته)(?![\w])")
_BEGUN_AFTER = re.compile(rf"{SP1}(?:آغاز|شروع){SP1}(?:شده|گردیده){B1}")
_AZ_GLUED_BEFORE = re.compile(rf"{B0}از$")  # "از26اسفند تا ...": glued to a day's digits
# "امسال" a few words before a day ("امسال از روز سه‌شنبه ۲۹ شهریور"): the year is said
_THIS_YEAR_BEFORE = re.compile(rf"{B0}(?:امسال|سال{SP1}جاری)(?:{SP1}[^\s:،,.؟!]+){{0,3}}{SP1}$")


# ---------------------------------------------------------------------------------- helpers
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
# "فراخوان اسفند ۸۹ روز ۱۵ فروردین", "سررسید آذر ۹۵ روز گذشته معامله شد": the year, then a day
# (no "89 days": a month is not counted in days)
# (or a weekday: "حق بیمه خرداد ۹۴ روز یکشنبه ۳۱ خرداد")
_PLURAL_ZWNJ_AFTER = re.compile(r"\u200c?(?:ها|های)(?![\w\u200c])")
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
                         or _COUNT_AND_COUNT_AFTER.match(f, m.end("y"))):
        return None, m.start("sal") if m.group("sal") else m.start("y")
    return (_two_digit(int(ys)) if len(ys) == 2 else int(ys)), m.end()


def _rel_year_step(m: re.Match) -> int | None:
    """Year step of "سال جاری/گذشته/آینده", "امسال", "پارسال"; "next"/"last" (the strings)
    for "فروردین آینده" / "اسفند گذشته" (the next or last such month)."""
    if m.groupdict().get("ry3"):
        return "next" if m.group("ry3") == "آینده" else "last"
    w = m.group("ry") or m.group("ry2")
    if w is None:
        return None
    return {"جاری": 0, "امسال": 0, "گذشته": -1, "پیش": -1, "قبل": -1, "پارسال": -1, "آینده": 1, "آتی": 1, "بعد": 1}[w]


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
    dur = DURATION_BEFORE.search(before)
    at = max(0, start - 20) + dur.start() if dur else 0
    return bool(dur) and not _CLOCK_BEFORE.search(before) and not _PLUS_COUNT.search(before) \
        and not (f[at].isdigit() and _NUMBERED_NOUN_BEFORE.search(f, max(0, at - 16), at))


# (also a metro or bus line: "تونل خط ۷ هفته گذشته به ایستگاه ... رسید"; or a course's level or part:
# "امتحان سطح ۲ هفته‌ی آینده برگزار میشه"; not "انتخاب واحد ۹ و ۱۰ بهمن", course selection)
_NUMBERED_NOUN_BEFORE = re.compile(rf"{B0}(?:اصل|ماده|بند|تبصره|شماره|کد|منطقه|ناحیه|پلاک|(?<!انتخاب\s)(?<!حذف\s)واحد|بلوک|فاز|سکوی|سالن|اتاق|کلاس|خط"
                                   rf"|سطح|ترم|پایه|جلسه|مرحله|قسمت|درس){SP1}$")
_YEAR_NUMBER_BEFORE = re.compile(rf"(?<![0-9])(?:1[34]|19|20)[0-9]{{2}}{SP1}$")
_NUMERIC_DATE_BEFORE = re.compile(rf"(?<![0-9])[0-9]{{2,4}}/[0-9]{{1,2}}/[0-9]{{1,4}}{SP1}$")
# (an event's Jalali year too: "رقابت‌های جام نوروز ۱۳۹۶ روز گذشته ... به پایان رسید")
_EVENT_JALALI_YEAR_BEFORE = re.compile(rf"{B0}(?:جام|نوروز|مسابقات|رقابت{SP}های|لیگ|جشنواره|نمایشگاه|المپیاد|کنکور|همایش)"
                                       rf"(?:{SP1}[^\W\d]+)?{SP1}1[34][0-9]{{2}}{SP1}$")
_GREGORIAN_YEAR_BEFORE = re.compile(rf"(?<![0-9])(?:19|20)[0-9]{{2}}{SP1}$")
_WEEK_OR_MONTH = re.compile(rf"(?:هفته|ماه){B1}")
# a unit glossed by its day after a comma: its weekday ("هفته‌ی بعد، جمعه ...") or its day and month
# ("تولد مامانم ماه بعد هست، ۱۰ آذر", "سال بعد، یعنی ۱۶ فروردین ۹۲")
_DAY_GLOSS_AFTER = re.compile(rf"(?:{SP1}(?:هست|است))?{SP}[،,]{SP}(?:یعنی{SP1})?(?:(?:روز{SP1})?{WEEKDAY}{B1}|[0-9]{{1,2}}{SP1}(?:{JMONTH}){B1})")
_SAL_YEAR_BEFORE = re.compile(rf"{B0}سال{SP1}(?:(?:1[34]|19|20)[0-9]{{2}}|[0-9]{{2}}){SP1}$")  # (also "در سال ۹۰ روز گذشته")
_MONTH_YEAR_BEFORE = re.compile(rf"{B0}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{MAH})?{SP1}[0-9]{{2}}(?:[0-9]{{2}})?{SP}$")
_CODE_BEFORE = re.compile(r"(?:[A-Za-z][0-9]+|(?<![0-9])[0-9]{6,})\s*$")  # also "کد تعرفه ۱۰۰۱۹۹۱۰ هفته آینده"


_THOSE_UNTIL_BEFORE = re.compile(rf"{B0}که{SP1}تا{SP1}$")
_BETTER_THAN_BEFORE = re.compile(rf"{B0}هر{SP}روز{SP1}(?:[^\W\d]+{SP1})?[^\W\d]*\u200c?تر{SP1}از{SP1}$")  # "هرروز قوی‌تر از"
_PAST_PROGRESSIVE = re.compile(rf"{B0}می{SP}{PAST_FORMS}(?![\w])")
_REL_BRACKET_AFTER = re.compile(
    rf"{SP}[(]{SP}(?P<rw>امروز|امشب|دیروز|دیشب|فردا|پریروز|روز{SP1}گذشته){B1}(?P<close>{SP}[)])?")
_PLUS_COUNT = re.compile(rf"[0-9]{SP}\+{SP}[0-9]+{SP}$")
_NEWSPAPER = re.compile(rf"{SP}[:：]")
_LINE_START_WORD = re.compile(r"(?:^|[\n.!?؟»])[^\S\n]*\w+[^\S\n]*$")


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


# ---------------------------------------------------------------------------------- candidates
_TITLE_CLOSE_AFTER = re.compile(r"[^«»\n0-9]{1,30}»")
_DAYS_COUNT_BEFORE = re.compile(rf"(?:[0-9]{{1,2}}|{_alt(NUMBER_WORDS[:11])}){SP1}روز{SP1}$")
_LIKE_EVERY_YEAR_BEFORE = re.compile(rf"{B0}(?:مثل|مانند|همچون|همانند|چون|طبق|مطابق)(?:{SP1}(?:روال|رسم|سنت))?{SP1}هر{SP1}سال{SP}[،,]?{SP}$")
_EVERY_YEAR_RIGHT_BEFORE = re.compile(rf"{B0}هر{SP1}سال{SP}[،,]?{SP}$")
_ALSO_AFTER = re.compile(rf"{SP1}هم{B1}")
# "وقتی خاله ۳ فروردین رسید ببینه": a day in a "when" clause, its past verb the condition of a wish or
# plan told after it, ahead
_WHEN_CLAUSE_BEFORE = re.compile(rf"{B0}(?:وقتی|وقتیکه|هر{SP1}وقت|هروقت)(?:{SP1}که)?{B1}")


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
                          rf"|و{SP1}امضا(?:ی)?"  # ("پای وقف‌نامه ۳ مهر و امضای ۲ شاهد")
                          # (a seal's kind or stuff: "۱۸ مهر استوانه‌ای", "۵ مهر سنگی"; whose it is, "۲ مهر سلطنتی")
                          rf"|(?:استوانه{SP}ای|سنگی|گلی|مفرغی|برنزی|عقیق|مسطح|تخت|سلطنتی|شاهی|حکومتی|بیضی|بیضوی)"
                          # (stamped at a paper's foot: "۷ مهر پای آن خورده است"; not "۲۹ خرداد پای صندوق رأی")
                          rf"|پای{SP1}(?:[^\s.،,؛]+{SP1}){{0,2}}(?:خورده|زده|خورد|زدند|زد)){B1}")


# another count of a thing and "و" right before: "با ١٥ سطر متن و ٣ مهر" (seals)
_COUNTS_LISTED_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,3}}{SP1}(?!(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}|{_alt(DARI_MONTHS)})(?:{MAH})?{B1}|(?:روز|شب|هفته|ماه|سال|ساعت|دقیقه){B1})"
                                   rf"[^\W\d]+(?:{SP1}[^\W\d]+)?{SP1}و{SP1}$")


def _jalali_day_cands(f: str) -> list[Cand]:
    out = []
    for m in P_JDAY.finditer(f):
        if m.group("wd") and _ALSO_AFTER.match(f, m.end()) and f.find("،", m.end("wd"), m.start("mon")) >= 0:
            # "امتحان افتاد پنجشنبه، ۲۸ دی هم آخرین مهلت ...": a second day told after the weekday, no
            # gloss of it; the day alone is the mention (the weekday is one of its own)
            m = P_JDAY.match(f, min(m.start(g) for g in ("d", "dw", "cw") if m.group(g)))
            if m is None:
                continue
        d = _day(m)
        if not 1 <= d <= 35:
            continue
        mon = month_number(m.group("mon"), "jalali")
        if m.group("cw") and ((mon in (4, 7, 10) and not m.group("mah"))
                              or DURATION_BEFORE.search(f, max(0, m.start() - 20), m.start())):
            continue  # "سه تیر" (three arrows), "دو مهر"; "هزار و دو"
        y, end = _year_group(f, m, two_digit_ok=True)
        if y is None and m.group("d") and (not m.group("wd") and _NUMBER_LABEL_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                           or mon == 7 and (_SEALS_AFTER.match(f, m.end())
                                                            or _COUNTS_LISTED_BEFORE.search(f, max(0, m.start() - 30), m.start()))):
            # "پارکینگ شماره ۲ بهمن موتور": a number and a name; "سند ۳ برگ و ۲ مهر دارد": seals
            continue
        # (a weekday written before the day is no part of a name: "ورزشگاه سه‌شنبه ۲۱ فروردین افتتاح می‌شود";
        # nor a clock time after it: "آزمون عملی هنرستان ۱۸ خرداد ساعت ۸ صبح برگزار می‌شه")
        if y is None and (_NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()) and not m.group("wd")
                          and not _AT_CLOCK_AFTER.match(f, m.end())
                          or in_title(f, m.start(), m.end())
                          or _PLACE_LIST_BEFORE.search(f, max(0, m.start() - 70), m.start())
                          or _NAMES_LIST_BEFORE.search(f, max(0, m.start() - 50), m.start())
                          or _NAMED_WEEK_AFTER.match(f, m.end())
                          or (d, mon) == (2, 3) and (_MOVEMENT_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                                     or _MOVEMENT_AFTER.search(f, m.end(), min(len(f), m.end() + 50)))
                          or _NAMED_AS_AFTER.match(f, m.end()) and not m.group("wd")
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
                and (_yearly(f, m) or _EVERY_YEAR_RIGHT_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                           and not _LIKE_EVERY_YEAR_BEFORE.search(f, max(0, m.start() - 30), m.start())):
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
            tense = (None if y else "this" if this_year else "will" if put_off or approaching(f, m.start(), m.end())
                     or _INSHALLAH_BEFORE.search(f, max(0, m.start() - 14), m.start()) or _when_then_wish(f, m.start(), m.end())
                     or planned_before(f, m.start()) or deadline(f, m.start(), m.end()) or promised(f, m.start(), m.end())
                     or set_off_on(f, m.start())
                     else None if lasts or was_planned(f, m.start()) or _BOOKED_HAD_AFTER.match(f, end)
                     or _EVENT_OF_BEFORE.search(f, max(0, m.start() - 60), m.start())
                     or _THING_OF_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start())
                     else "done" if _DATED_BEFORE.search(f, max(0, m.start() - 12), m.start())
                     or _RESULTS_OF_BEFORE.search(f, max(0, m.start() - 40), m.start())
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
    return out


# a noun an ordinal day word may qualify instead ("نیمه دوم", "داور دوم", "مرحله اول")
_NOUN_OF_ORDINAL_BEFORE = re.compile(
    rf"{B0}(?:نیمه|دهه|هفته|داور|نفر|بخش|مرحله|فاز|دور|دوره|نوبت|قسط|جلسه|رتبه|مقام|گروه|بند|ماده|فصل|جلد|سری|قسمت|ترم|موج){SP1}$")
# ... of which a stage or a rank is never a day's (but "جلسه نهم تیرماه" is the session of 9 Tir)
_STAGE_BEFORE = re.compile(rf"{B0}(?:مرحله|فاز|دور|دوره|نوبت|گام|رتبه|مقام|داور|قسط){SP1}$")
_ORDINAL_OF_BEFORE = re.compile(rf"{B0}(?:پهلوی|جهانی|دوره|مرحله|فاز|نیمه|قرن|سده|رتبه|درجه|مقام|بخش|قسمت|فصل|جلد|شماره"
                                rf"|نیمسال|نیم{SP}سال|ترم|نوبت|شور|پایه|سطح|ماهه|گروه|دسته|رده|کلاس|ردیف|بند){SP1}$")  # "شهریه نیمسال دوم تا ۳۰ بهمن"
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
        if y is not None and _era_calendar(m.group("era"), y) != cal:
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
               rf"|ازدواج{SP1}(?:کرد|کردیم|کردم)|عروسی{SP1}(?:کرد|کردیم|کردم)"
               rf"|(?:اومد|آمد|رفت|پیوست|برگشت)ه?{SP1}(?!(?:به|از|در|تا){B1})[^\W\d]+)")  # "رونالدو ۲۰۰۹ اومد رئال", "دی ۹۷ اومده بود"
# (or a verb in the present or a perfect: "جشن رو مهر ۸۸ می‌گیریم", "نرگس‌ها رو مهر ۹۱ کاشته بودم")
_CLAUSE_GOES_ON_AFTER = re.compile(rf"{SP}(?:[،,.:؛]|(?:در|از|تا|که|را|رو|بود|شد|است|هم|نیز){B1}|{_LIFE_EVENT}|ن?می{SP}[^\W\d]"
                                   rf"|[^\W\d]+ه{SP1}(?:بود|بودم|بودیم|بودند|بودن|ام|ایم|اند){B1}"
                                   # (or a compound verb past: "ضدیخ شما مهر ۸۵ عوض شده", "مهر ۹۰ نصب کردیم")
                                   rf"|[^\W\d]+{SP1}(?:شد|شده|شدن|کرد|کرده|کردم|کردیم|کردن|کردند){B1})")


_OBJECT_DONE_BEFORE = re.compile(rf"{B0}(?:رو|را)(?:{SP1}هم)?{SP1}$")


_COUNTED_WITH_TA_AFTER = re.compile(
    rf"{SP1}تا{SP1}(?!(?:الان|امروز|حالا|اکنون|کنون|آخر|پایان|اواخر|اوایل|اواسط|نیمه|اول|ابتدای|سال|ماه|هفته|روز|فردا"
    rf"|{JMONTH}|{GMONTH}|{HMONTH}|{WEEKDAY}){B1})[^\W\d]")


_SESSIONS_AFTER = re.compile(rf"{SP1}(?:جلسه|جلسات|کلاس|قسط|قسمت|نوبت|دوره|بار|مورد|عدد|تخته|قطعه){B1}")
_PERIOD_WORD_BEFORE = re.compile(rf"{B0}دوره(?:{SP}ی)?{SP1}$")
_RUNS_OUT_AFTER = re.compile(rf"{SP1}(?:تموم|تمام|منقضی){SP1}(?:می{SP}شه|میشه|می{SP}شود|می{SP}شن|شد|شده|شده{SP1}است){B1}")


_HERE_SINCE_AFTER = re.compile(rf"{SP1}(?:اینجا|اونجا|پیش{SP1}(?:ما|ماست|مائه|شما))(?:ست|س|ه|{SP1}(?:است|هست|بوده))?{B1}")
_THAT_DAY_NAMED = re.compile(rf"{B0}(?:آن|همان|اون|همون){SP1}روز{B1}")


def _month_cands(f: str) -> list[Cand]:
    out = []
    month_years = list(P_JMY.finditer(f))
    # months that are no everyday word, with a year, to tell a list of months ("دی ۹۷ ... مرداد ۹۸")
    safe = [x.start() for x in month_years if month_number(x.group("mon"), "jalali") not in (4, 7, 10)]
    for m in month_years:
        mon = month_number(m.group("mon"), "jalali")
        if m.start() and f[m.start() - 1] == "\u200c":
            continue  # "سی‌دی ۴۰": the tail of a word joined by ZWNJ, no month
        # "آبان ۸۸": a two-digit year needs ماه or سال, or a month name that is no everyday word,
        # or a preposition before it or another month and year beside it ("در مهر ۹۲", "دی ۹۶ و آبان ۹۸")
        # or near it ("دی ۹۷ فلانی: ... . مرداد ۹۸ بهمانی: ...")
        y, end = _year_group(f, m, two_digit_ok=bool(m.group("mah") or m.group("sal"))
                             or mon not in (4, 7, 10)
                             or any(0 < abs(x - m.start()) <= 200 for x in safe)
                             or bool(_TIME_PREP_BEFORE.search(f, max(0, m.start() - 10), m.start()))
                             or bool(_MONTH_YEAR_AFTER.match(f, m.end()) or _GREGORIAN_GLOSS_AFTER.match(f, m.end()))
                             or bool(_CLAUSE_GOES_ON_AFTER.match(f, m.end()))
                             # "خونه‌ی قبلی رو هم مهر ۸۵ ... گرفته بودیم": when what was done was done
                             or bool(_OBJECT_DONE_BEFORE.search(f, max(0, m.start() - 10), m.start()))
                             # "یخچالی که تیر ۸۳ خریدم": what one did then, in a "که" clause
                             or bool(_KE_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _DID_RIGHT_AFTER.match(f, m.end()))
                             or was_planned(f, m.start())
                             or bool(P_MONTH_PAIR_BEFORE.search(f, max(0, m.start() - 30), m.start()))
                             # "آمار غرق‌شدگی تیر ۹۸ ... از تیر ۹۷": the same month of two years
                             or any(x.start() != m.start() and x.group("mon") == m.group("mon") and x.group("y")
                                    and abs(x.start() - m.start()) <= 120 for x in month_years)
                             # "تاریخ مصرفش تیر ۹۱ تموم می‌شه": the month something runs out
                             or bool(_RUNS_OUT_AFTER.match(f, m.end()))
                             # "مهر ۹۳ کیلویی ۱۴ بود": a price per unit then, its figure after
                             or bool(_PER_UNIT_PRICE_AFTER.match(f, m.end("y")))
                             # "قبض‌های دوره مهر ۹۱": a billing period's month
                             or bool(_PERIOD_WORD_BEFORE.search(f, max(0, m.start() - 8), m.start()))
                             # "نرخ تورم تیر ۹۳": the month a figure or a report is of
                             or bool(_PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start())
                                     or _REPORT_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())))
        if y is None or _era_calendar(m.group("era"), y) != "jalali":
            continue
        if len(m.group("y")) == 2 and not m.group("era") and _COUNTED_WITH_TA_AFTER.match(f, end):
            continue  # "تا آخر تیر ۵۰ تا کلاه ببافیم": fifty of a thing (not "تیر ۹۸ تا الان")
        if len(m.group("y")) == 2 and not m.group("era") and not m.group("sal") \
                and (UNIT_AFTER.match(f, end) and not _DAY_OF_AFTER.match(f, end) and not _PER_UNIT_PRICE_AFTER.match(f, end)
                     or _SESSIONS_AFTER.match(f, end)):
            continue  # "تا آخر مرداد ۱۰ جلسه‌ی دیگه مونده": ten sessions, no year
        if len(m.group("y")) == 4 and not m.group("era") and (not _year_ok(y, "jalali") or _BIG_NUMBER_AFTER.match(f, m.end())):
            continue  # "صادرات در آبان ۱۲۰۰ تن بود": a count after the month (not "مهر ۱۴۰۱ سکه رو ... خریدم")
        out.append(Cand(m.start(), end, "jalali_my", y=y, m=mon))
    for m in P_JMREL.finditer(f):
        mon = month_number(m.group("mon"), "jalali")
        if m.group("ry") in ("بعد", "قبل") and _EVERY_YEAR.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "سال مالی از اول تیر هر سال آغاز و به پایان خرداد سال بعد ختم می‌شود": any year's
        step = _rel_year_step(m)
        if step in ("next", "last"):
            if not m.group("mah") and mon in _EVERYDAY_WORD_MONTHS:
                continue  # "مهر گذشته" without ماه is too rare to risk (but "از اسفند گذشته" is the month)
            rel = (lambda ref, mon=mon, fut=step == "next": relative.month_last_or_next(ref, mon, fut))
        elif step is not None:
            rel = (lambda ref, mon=mon, step=step: relative.month_in_year(ref, mon, step))
        elif m.group("rm") == "جاری":
            rel = (lambda ref, mon=mon: relative.month_in_year(ref, mon, 0))
        else:
            if not m.group("mah") and mon in _EVERYDAY_WORD_MONTHS:
                continue  # "مهر گذشته" without ماه is too rare to risk
            future = m.group("rm") == "آینده"
            rel = (lambda ref, mon=mon, future=future: relative.month_last_or_next(ref, mon, future))
        out.append(Cand(m.start(), m.end(), "jalali_my", m=mon, rel=rel, needs_ref=True))
    for m in P_RELYEAR_MONTH.finditer(f):
        mon = month_number(m.group("mon"), "jalali")
        if mon == 11 and not m.group("mah") or _NO_MONTH_AFTER.match(f, m.end()):
            continue
        # two mentions, as the spoken order sets them apart (dates_written189, 334; 248 read one):
        # the year word, and the month of that year
        step = -1 if m.group("w") == "پارسال" else 0
        out.append(Cand(m.start("w"), m.end("w"), "relative", needs_ref=True, priority=1,
                         rel=lambda ref, step=step: relative.jalali_year(ref, step)))
        out.append(Cand(m.start("mon"), m.end(), "jalali_m", m=mon, needs_ref=True, priority=1,
                         rel=lambda ref, mon=mon, step=step: relative.month_in_year(ref, mon, step)))
    for m in P_JM_YEAR_WORD.finditer(f):
        # "در آذرماه سال پنجاه و یک", "بهمن سال هزار و سیصد و شصت و یک", "اردیبهشت هزار و سیصد و
        # بیست": a month of a year in words
        if (UNIT_AFTER.match(f, m.end()) or _NUMBER_GOES_ON.match(f, m.end()) or _AND_SOME_AFTER.match(f, m.end())
                or not _year_word_ok(m.group("yw")) or _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start())):
            continue
        out.append(Cand(m.start(), m.end(), "jalali_my", y=year_word_value(m.group("yw")),
                         m=month_number(m.group("mon"), "jalali")))
    for m in P_JM.finditer(f):
        mon = month_number(m.group("mon"), "jalali")
        if _CLIMATE_KIND_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            continue  # "میانگین بارش دی‌ماه در گرگان ۴۵ میلیمتر است": any year's Dey, a record's kind
        if _seasonal(f, m) or _yearly(f, m) or _MONTH_LENGTH_AFTER.match(f, m.end()) or (_NAMED_WEEK_AFTER.match(f, m.end())
                                                and (_DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())
                                                     or _PART_OF_MONTH.search(f, max(0, m.start() - 20), m.start())
                                                     or _WEEK_OF_MONTH_BEFORE.search(f, max(0, m.start() - 20), m.start()))):
            continue  # "۱۰ تا ۱۶ مهر ماه به عنوان هفته ...", "هفته اول دی ماه به عنوان هفته ایمنی"
        out.append(Cand(m.start(), m.end(), "jalali_m", m=mon, needs_ref=True,
                         rel=_month_rel(f, m, "jalali", mon), inherits=True, tense=month_tense(f, m)))
    for m in P_JM_BARE.finditer(f):
        # A month name without "ماه": only the names that are no everyday word (شهریور, not
        # مهر "kindness" or تیر "arrow"), or any name beside another month ("مهر و آبان",
        # "از مهر تا آذر"); never in a place name ("خیابان شهریور").
        gloss = bool(_GLOSS_BEFORE.search(f, max(0, m.start() - 40), m.start()))  # "دسامبر ( آذر )"
        paired = bool(P_MONTH_PAIR_AFTER.match(f, m.end()) or P_MONTH_PAIR_BEFORE.search(f, max(0, m.start() - 30), m.start())
                      or gloss)
        # "ماه مهر": "ماه" before the name makes any name a month
        month_word = bool(_MAH_BEFORE.search(f, max(0, m.start() - 6), m.start()))
        # "در آبان همان سال": only a month is followed by "that same year"; "به آغاز مهر": only a
        # month has a beginning and an end; "ماه آینده (اسفند)": the month that glosses it
        month_word = month_word or bool(_SAME_YEAR_AFTER.match(f, m.end())) \
            or bool(_PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start()) and not _NO_MONTH_AFTER.match(f, m.end())) \
            or bool(_WAGES_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())) \
            or bool(_REPORT_OF_BEFORE.search(f, max(0, m.start() - 25), m.start()) and not _NO_MONTH_AFTER.match(f, m.end())) \
            or bool(_BEGUN_RIGHT_AFTER.match(f, m.end())) \
            or bool(_NOW_BEFORE.search(f, max(0, m.start() - 8), m.start()) and _BECOME_AFTER.match(f, m.end())) \
            or bool(_REL_MONTH_GLOSS_BEFORE.search(f, max(0, m.start() - 20), m.start())) \
            or bool(_REL_MONTH_MEANS_BEFORE.search(f, max(0, m.start() - 80), m.start())) \
            or bool(_MONTH_EDGE_BEFORE.search(f, max(0, m.start() - 20), m.start())
                    and not _NO_MONTH_AFTER.match(f, m.end()))
        # "در آذر به مجلس تقدیم شود", "نسبت به آبان": a preposition of time before آبان، آذر، دی،
        # اسفند; before مهر and بهمن (kindness, the agency, a first name: "از بهمن فرمان‌آرا") only
        # with a verb of time or a pause after ("از مهر آغاز می‌شود"); never تیر ("از تیر چراغ برق")
        mon_any = month_number(m.group("any") or m.group("safe"), "jalali")
        month_word = month_word or bool(_TIME_PREP_MONTH_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                        and (mon_any in (8, 9, 10, 12)
                                             or mon_any in (7, 11) and (_TIME_VERB_AFTER.match(f, m.end())
                                                                        # "در آبان ۱۳۸۵ منتشر شد و ... در بهمن"
                                                                        or _dated_month_before(f, m.start())
                                                                        # "تا آخر دی ثابته ولی از بهمن ...": the month
                                                                        # after the one a run ends in
                                                                        or _after_until_month(f, m.start(), mon_any)
                                                                        # "انبارداری دی‌ماه رو پرداخت کردید؟ از بهمن
                                                                        # ...": the month after one named just before
                                                                        or _month_before_named(f, m.start(), mon_any)))
                                        and not _NO_MONTH_AFTER.match(f, m.end())
                                        # not a habit: "کشت گندم معمولا در آبان انجام می‌شود" (in its own
                                        # clause: "تا آخر بهمن هر روز ساعت ۷ دم خونه‌ست؛ برای اسفند هم خبر بدین")
                                        and not HABIT.search(f, _after_semicolon(f, m.start()), m.start()))
        # "لیگ که قرار بود مهر آغاز شود": what was or is to start in a month (a subjunctive of starting);
        # "بچه‌تون مهر می‌ره کلاس اول": school starting in Mehr
        # (the next such month, whatever the tense of the clause: "مهر که مدرسه‌ها باز شد من خونه‌ام")
        starts = bool(_START_SUBJ_AFTER.match(f, m.end())) or mon_any == 7 and bool(_TO_SCHOOL_AFTER.match(f, m.end()))
        month_word = month_word or starts
        # "می‌خوان قبل از مهر بیان": before or after Mehr (not "قبل از مهر و امضا", the seal)
        month_word = month_word or mon_any == 7 and bool(_AROUND_MONTH_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                                         and not _NO_MONTH_AFTER.match(f, m.end())
                                                         and not _SEAL_AFTER.match(f, m.end()))
        # "انار ۲۰ مهر، ازگیل آبان": the next item of a list whose item before was dated
        month_word = month_word or mon_any != 4 and bool(_DATED_ITEM_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                                         and not _NO_MONTH_AFTER.match(f, m.end()))
        # "گل‌گاوزبون رو همین آذر بخرید": this very month (not مهر "seal", تیر "arrow", بهمن a name)
        month_word = month_word or mon_any not in (4, 7, 11) and bool(_THIS_ONE_BEFORE.search(f, max(0, m.start() - 8), m.start())
                                                                     and not _NO_MONTH_AFTER.match(f, m.end()))
        # "نوبت‌های آذر پره": the month's appointment slots
        month_word = month_word or bool(_SLOTS_OF_BEFORE.search(f, max(0, m.start() - 14), m.start())
                                        and not _NO_MONTH_AFTER.match(f, m.end()))
        # "پرداخت خسارت ... در تیر انجام می‌شود": what is done in a month, the verb right after it
        # (not what is done in it every year: "مسابقات فجر که هر سال در بهمن برگزار می‌شود")
        month_word = month_word or bool(_IN_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                        and _DONE_IN_MONTH_AFTER.match(f, m.end())
                                        and not HABIT.search(f, _clause_start(f, m.start()), m.start()))
        # "اگه برای مهر ماشین می‌خواید", "صورتحساب آسانسور برای مهر ۲ میلیون شده": what is for Mehr
        # (11 of 11 bare "برای مهر" in the written sets; not the seal's or the dowry's: "برای مهر و
        # امضا", "برای مهر نماز", "برای مهر عروس")
        month_word = month_word or mon_any == 7 and bool(_FOR_DAY_BEFORE.search(f, max(0, m.start() - 8), m.start())
                                                         and not _NO_MONTH_AFTER.match(f, m.end())
                                                         and not _SEAL_AFTER.match(f, m.end())
                                                         and not _SEAL_OR_DOWRY_OF_AFTER.match(f, m.end()))
        # "فکر نمی‌کردیم تا تیر طول بکشه": what lasts until a month, even تیر
        month_word = month_word or bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _LASTS_AFTER.match(f, m.end()))
        # "امسال از مهر نوبت‌ها فقط عصرهاست": a month of the year just named, after a preposition of time
        month_word = month_word or mon_any not in (4, 11) and bool(_YEAR_WORD_PREP_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                                              and not _NO_MONTH_AFTER.match(f, m.end()))
        # "با قیمت آبان حساب می‌شه": a month's price (not Mehr's: "با قیمت مهر" may be a stamp's)
        month_word = month_word or mon_any != 7 and bool(_PRICE_OF_BEFORE.search(f, max(0, m.start() - 16), m.start()))
        # "از مهر پیش‌فروش می‌کنیم", "کنسرت پاییزه رو آبان می‌گیریم": what we sell ahead or hold in a month
        month_word = month_word or mon_any in (7, 8, 12) and bool(
            _WE_SELL_AHEAD_AFTER.match(f, m.end())
            or _RO_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _WE_HOLD_AFTER.match(f, m.end()))
        # "میشه اسفند بیاید؟": a visit asked for in a month (no rue comes, and Esfand is no one's name)
        # (so with "میاد" a month that is no common first name: "گفته آبان میاد", "بابا گفت مهر میاد")
        month_word = month_word or mon_any == 12 and bool(_COME_RIGHT_AFTER.match(f, m.end())) \
            or mon_any in (7, 8, 10, 12) and bool(_COMES_RIGHT_AFTER.match(f, m.end())) and not _NO_MONTH_AFTER.match(f, m.end())
        # "ماه پیش ۲۱۰ تا بردم، این ماه تا حالا ۹۵ تا؛ اسفند حتماً بیشتر می‌شه": a month opening its clause
        # after this month and the last were counted (not مهر, تیر or بهمن, names and words too)
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(
            _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
            and _THIS_OR_LAST_MONTH.search(f, sentence_start(f, m.start()), m.start())
            and not _NO_MONTH_AFTER.match(f, m.end()))
        # "... که بهمن ۱۳۹۰ پنجم شده بود، اسفند به اردو دعوت می‌شود": a month opening its clause after a
        # month told with its year in the sentence (not مهر, تیر, دی or بهمن, everyday words too)
        month_word = month_word or mon_any in (8, 9, 12) and bool(
            _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
            and any(x.group("y") and len(x.group("y")) == 4 for x in P_JMY.finditer(f, sentence_start(f, m.start()), m.start()))
            and not _NO_MONTH_AFTER.match(f, m.end()))
        # "آبان نصب می‌کنیم": what we do in a month (a first person is no one named مهر or آبان)
        month_word = month_word or mon_any in (7, 8, 12) and bool(_WE_DO_IN_MONTH_AFTER.match(f, m.end()))
        # (آذر too, its object told before it: "نرده‌ی راه‌پله رو آذر می‌سازیم")
        month_word = month_word or mon_any == 9 and bool(_RO_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                         and _WE_DO_PRESENT_AFTER.match(f, m.end()))
        # "ترازنامه را بهمن منتشر می‌کند": the written object marker, then the month and a light verb to
        # come, said of a body (no one named بهمن comes between an object and its verb)
        month_word = month_word or bool(_RA_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                        and _BODY_WILL_DO_AFTER.match(f, m.end()))
        # "از مهر تا حالا فقط ۹ تا سفارش داشتیم": since a month, up to now
        month_word = month_word or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and SINCE_NOW_AFTER.match(f, m.end()))
        # "مهر کیلویی ۱۲ بود": a month's price per unit, its figure after
        month_word = month_word or bool(_PER_UNIT_PRICE_AFTER.match(f, m.end()))
        # "آبان تموم شد و سگم هنوز واکسن نزده": a month that ended or is ending
        month_word = month_word or bool(_MONTH_ENDED_AFTER.match(f, m.end()))
        # "مهر خیلی شلوغه": only a time is busy or quiet (but "بهمن خیلی شلوغه" may be a lively boy)
        month_word = month_word or mon_any not in (9, 11) and bool(_MONTH_BUSY_AFTER.match(f, m.end()))
        # "به اسفند موکول شد", "شاید بیفته تیر": a month something is put off to, or falls in, the next
        put_off = bool(_TO_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _PUT_OFF_AFTER.match(f, m.end())
                       or FALLS_ON_BEFORE.search(f, max(0, m.start() - 14), m.start())) and not _NO_MONTH_AFTER.match(f, m.end())
        put_off = put_off or starts
        # (bidden to bring it then, ahead: "بهمن بیارین یه چک کنیم")
        put_off = put_off or mon_any in (8, 9, 10, 11, 12) and bool(_BRING_BIDDEN_AFTER.match(f, m.end()))
        # (the verb first: "وقتای اون روزا رو منتقل می‌کنیم به آبان")
        put_off = put_off or bool(_MOVED_VERB_TO_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                  and not _NO_MONTH_AFTER.match(f, m.end()))
        month_word = month_word or put_off
        # "بازارچه‌ی اسفند ۱۱ میلیون فروخت", "دورهمی اسفند لغو شد": the month of a gathering named by it
        month_word = month_word or bool(mon_any not in (4, 7, 9, 11) and _GATHERING_OF_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                        and not _NO_MONTH_AFTER.match(f, m.end()))
        # "آبان که بیاد خریدارا کم می‌شن": a month that is to come, the next, opening its clause (not
        # "آقا بهمن که بیاد"); "مهر", "آذر", "بهمن", "تیر" are names too, so only with "ماه"
        # "آبان که اسباب‌کشی کردین خبرم کنین": a month opening a clause of what you will have done by
        # then, bidden to tell (a past form in a "when" clause, ahead)
        put_off = put_off or mon_any not in (4, 7, 9, 11) and bool(
            _WHEN_YOU_DID_AFTER.match(f, m.end()) and _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
            and _TELL_ME_BIDDEN.search(f, m.end(), sentence_end(f, m.end())))
        put_off = put_off or bool((when := _WHEN_COMES_AFTER.match(f, m.end()))
                                  and (when.group("mah") or when.group("starts") or mon_any not in (4, 7, 9, 11))
                                  and _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start()))
        month_word = month_word or put_off
        # "دورهمی فروردین کنسله": a month whose plan is called off, this one or the next
        called_off = bool(_CALLED_OFF_RIGHT_AFTER.match(f, m.end())) and not _NO_MONTH_AFTER.match(f, m.end())
        # (but a gathering's month called off in the past tense is the nearest such month: "بازارچه‌ی
        # اسفند لغو شد" on 9 Farvardin is the Esfand just gone, "نمایشگاه اردیبهشت کنسل شد" on 20
        # Farvardin the coming Ordibehesht)
        gone_or_coming = called_off and bool(_GATHERING_OF_BEFORE.search(f, max(0, m.start() - 30), m.start())) \
            and not _CALLED_OFF_RIGHT_AFTER.match(f, m.end()).group(0).strip().endswith("کنسله")
        # "امسال هم آذر بریم؟": a month of the year just named
        month_word = month_word or bool(_THIS_YEAR_TOO_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                        and mon_any != 11 and not _NO_MONTH_AFTER.match(f, m.end()))
        # "شاخص در مرداد ماه امسال ۰.۸ درصد نسبت به تیر افزایش یافت": Tir too, compared with a month named
        # ("چک آقای کریمی رو گذاشتم برای ۱۷ خرداد، یکی هم برای تیر داریم": or what is for it; "خرداد ۱۴۰۰
        # قیمت‌ها ثابت می‌مونه، از تیر احتمالا گرون می‌شه": or what runs from it)
        month_word = month_word or bool(mon_any == 4 and (_COMPARED_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                                          or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                                          or AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                          and not _NO_MONTH_AFTER.match(f, m.end()) and not _POLE_OR_BEAM_AFTER.match(f, m.end()))
                                        and _MONTH_NAME.search(f, sentence_start(f, m.start()), m.start()))
        if mon_any == 10 and _INSURER_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "بیمه دی": the insurer, not a month's insurance
        if paired and not month_word and _WITH_NAMES_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "با بهمن و آذر رفتیم کافه": two friends, not two months
        if not (m.group("safe") or paired or month_word) or _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or in_title(f, m.start(), m.end()) or _SUPERLATIVE_BEFORE.search(f, max(0, m.start() - 8), m.start()) \
                or (_GUILLEMET_OPEN_BEFORE.search(f, max(0, m.start() - 8), m.start()) and _GUILLEMET_CLOSE_AFTER.match(f, m.end())) \
                or _ANOTHER_AFTER.match(f, m.end()) or _NAMED_WEEK_AFTER.match(f, m.end()) or _MONTH_LENGTH_AFTER.match(f, m.end()) \
                or (_DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())
                    and (_NAMED_AS_AFTER.match(f, m.end()) or BEARS_NAME_AFTER.match(f, m.end()))) \
                or _NAMED_DAY_BEFORE.search(f, max(0, m.start() - 50), m.start()) \
                or _PLACE_LIST_DAY_BEFORE.search(f, max(0, m.start() - 80), m.start()) \
                or _NAMES_LIST_DAY_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
                or _MOVEMENT_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or (_SECOND_BEFORE.search(f, max(0, m.start() - 8), m.start())
                    and _MOVEMENT_AFTER.search(f, m.end(), min(len(f), m.end() + 50))) \
                or (_MONTHS_PLURAL_BEFORE.search(f, max(0, m.start() - 60), m.start())
                    and not PAST_ONLY.search(f, m.end(), sentence_end(f, m.end()))
                    and not _HELD.search(f, m.end(), sentence_end(f, m.end()))):
            # also "جبهه دوم خرداد": the named day's month is no date either; "در ماه‌های مهر،
            # آبان و آذر ... ارزان است" the months of any year, unless told in the past
            continue
        mon = month_number(m.group("safe") or m.group("any"), "jalali")
        if not gloss and (_seasonal(f, m) or _yearly(f, m) or _USUALLY_BEFORE.search(f, max(0, m.start() - 40), m.start())):
            continue  # (also "آبیاری ... معمولا از اواسط مهر آغاز می‌شود": a usual month)
        if _EVERY_YEAR_DAY_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "هر سال ۱۰ فروردین": the month of every year's day, no more a date than the day
        rel = (lambda ref, mon=mon: relative.month_last_or_next(ref, mon, True)) if put_off \
            else (lambda ref, mon=mon: _nearest_jalali_month(ref, mon)) if gone_or_coming \
            else (lambda ref, mon=mon: relative.month_this_or_next(ref, mon)) if called_off else _month_rel(f, m, "jalali", mon)
        out.append(Cand(m.start(), m.end(), "jalali_m", m=mon, needs_ref=True, rel=rel, gloss=gloss))
    return out


# "میانگین بیشینه تیرماه", "بیشترین بارش روزانه دی‌ماه در ۶۵ سال گذشته", "بالاترین دمای تیرماه این شهر"
_CLIMATE_KIND_BEFORE = re.compile(
    rf"{B0}(?:میانگین|نرمال|بیشترین|کمترین|بالاترین|پایین{SP}ترین|رکورد)(?:{SP1}(?:بارش|بارندگی|دما|دمای|بیشینه|کمینه))?"
    rf"{SP1}(?:بارش|بارندگی|دما|دمای|بیشینه|کمینه)(?:{SP1}(?:روزانه|ماهانه))?{SP1}$")
# the month names that are everyday words too: تیر (arrow), مهر (kindness), دی, بهمن (first names)
_EVERYDAY_WORD_MONTHS = frozenset({4, 7, 10, 11})
_MONTH_PAIRED = re.compile(rf"{SP1}(?:و|تا|یا){SP1}(?:اواسط{SP1}|اوایل{SP1}|اواخر{SP1})?(?:ماه{SP}(?:ها|های){SP1})?{JMONTH}")
_MONTH_PAIRED_BEFORE = re.compile(rf"{JMONTH}(?:{MAH})?{SP1}(?:و|تا|یا){SP1}(?:(?:اواسط|اوایل|اواخر|در){SP1})*$")


_MONTH_WORD = re.compile(rf"{B0}{JMONTH}(?:{MAH})?{B1}")
_DAY_OF_MONTH_BEFORE = re.compile(rf"(?:(?<![0-9/.\-:])[0-9]{{1,2}}|{B0}{DAY_WORD}){SP}$")


def _seasonal(f: str, m: re.Match) -> bool:
    """Months named in pairs ("در شهریور و مهرماه", "از مهر ... تا آذرماه") in a clause told in
    the present, with no past verb and no outright future: the months of any year ("برداشت
    زیتون از مهر آغاز و ... تا آذرماه ادامه دارد")."""
    start = sentence_start(f, m.start())
    stop = sentence_end(f, m.end())
    # (a month of a day, "از ۱ خرداد" or "اول مهر", is no second month of a pair)
    # (nor a seal: "مهر دادگستری ... ماه پیش خورده، یعنی شهریور")
    months = [x for x in _MONTH_WORD.finditer(f, start, stop) if not _DAY_OF_MONTH_BEFORE.search(f, max(0, x.start() - 12), x.start())
              and not (x.group(0).startswith("مهر") and (_NO_MONTH_AFTER.match(f, x.end()) or _SEAL_AFTER.match(f, x.end())
                                                         or _COURT_SEAL_AFTER.match(f, x.end())))]
    paired = (_MONTH_PAIRED.match(f, m.end()) or _MONTH_PAIRED_BEFORE.search(f, max(0, m.start() - 40), m.start())
              or len(months) >= 2)
    if not paired or _RELYEAR_NEAR.search(f, start, stop) \
            or any(_UNTIL_END_OF_BEFORE.search(f, max(0, x.start() - 20), x.start()) for x in months) \
            or _WAGES_NEAR_BEFORE.search(f, max(start, m.start() - 40), m.start()) \
            or _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start()):
        # (what is owed for months is owed for these ones; "سهمیه مهر" is one month's; "اقساط فروردین
        # و اردیبهشت ... تا پایان خرداد قابل پرداخت است": a deadline is one year's)
        return False
    # (nor a month it now is: "گفته بودن آخر تیر، الان که مرداد شده!"; nor months of one's own plan,
    # told in the first or second person: "من آخر آبان می‌رم، پس از آذر اجاره رو تقسیم کنید")
    # (but "اگه یه وقت تو آذر و دی اومدید ... میتونید": any year's, in a condition)
    return not (PAST_ONLY.search(f, start, stop) or PERFECT_RE.search(f, start, stop)
                or _PERSONAL_VERB.search(f, start, stop) and not _IF.search(f, start, m.start())
                or WILL.search(f, start, stop) or _HELD.search(f, m.end(), stop)
                or any(_NOW_THAT_BEFORE.search(f, max(0, x.start() - 12), x.start()) and _BECOME_AFTER.match(f, x.end())
                       for x in months))


# a verb of the first or second person, present or subjunctive: "می‌رم", "می‌گیریم", "تقسیم کنید", "بدین"
_PERSONAL_VERB = re.compile(rf"{B0}(?:ن?می{SP}[^\W\d]+?(?:م|یم|ید|ین)|(?:ب|ن)?(?:کنید|کنیم|کنم|کنین|دید|دیم|دین|گیرید|گیریم))(?![\w\u200c])")
_NOW_THAT_BEFORE = re.compile(rf"{B0}(?:الان|حالا|اکنون)(?:{SP1}که)?{SP1}$")


# "کلاس‌ها در ماه‌های تیر و مرداد برگزار می‌شود": something held is put on once, in those months
# of one year (a harvest "از مهر آغاز و تا آذر ادامه دارد" is every year's)
_HELD = re.compile(rf"{B0}برگزار{SP1}می{SP}(?:شود|شوند|گردد|گردند){B1}")


# "در سال‌های کبیسه ماه اسفند ۳۰ روز دارد": how long the month is, in any year
_MONTH_LENGTH_AFTER = re.compile(rf"{SP1}(?:[0-9]{{2}}|سی|بیست{SP1}و{SP1}(?:نه|هشت)){SP1}روز{SP}ه?{SP1}(?:دارد|است|می{SP}شود|بود|نیست){B1}")
_YEARLY = re.compile(rf"{B0}(?:هر{SP}ساله|همه{SP}ساله|هر{SP1}سال|سالانه|سالیانه){B1}")
# "مجمع عمومی عادی سالیانه", "جشنواره سالانه": the name of a yearly gathering, held once on its day
# (also a yearly fee, whose deadline is this year's: "عوارض سالانه املاک خود را تا ۳۰ آبان بپردازند")
_YEARLY_GATHERING = re.compile(rf"{B0}(?:مجمع|جشنواره|نمایشگاه|همایش|گردهمایی|کنفرانس|کنگره|اجلاس|نشست|جشن|افطاری"
                               # (or a yearly contract or its instalment: "قسط دوم قرارداد سالانه رو تا ۵ آبان ...")
                               rf"|عوارض|مالیات|حق{SP1}(?:عضویت|اشتراک|بیمه)|اشتراک|شهریه|قرارداد|بیمه{SP}نامه|تمدید|قسط|اقساط"
                               # (or a yearly jab or check-up, given a day: "واکسن سالانه‌ی خرگوش‌تون ۱ آبان، ساعت ۵ عصر")
                               rf"|واکسن|واکسیناسیون|معاینه|چکاپ|چک{SP}آپ|سرویس)"
                               # (its name going on: "سالانه ۳۰ اردیبهشت برگزار می‌شود" is each year's)
                               rf"(?:{SP1}(?:عمومی|عادی|فوق{SP}العاده|بزرگ))*{SP1}(?:سالانه|سالیانه){B1}(?={SP1}[^\W\d])")
# "معمولا از ۱۵ آذر", "معمولاً در مهر": a usual day of the year, shortly before it
_USUALLY_BEFORE = re.compile(rf"{B0}(?:معمولا|معمولاً|معمولا{SP}هر{SP1}سال){B1}[^.،,؛:]*$")
_MI_BEFORE = re.compile(rf"{B0}می{SP}$")
_YEARLY_AFTER = re.compile(rf"(?:{SP1}ماه)?{SP1}(?:هر{SP1}سال|همه{SP1}ساله){B1}")


def _yearly(f: str, m: re.Match) -> bool:
    """A yearless month or day in a rule that recurs each year ("از این پس هرساله ... در دومین
    هفته شهریورماه برگزار خواهد شد", "اول مهر هر سال"), not told as done and with no year near."""
    start, stop = sentence_start(f, m.start()), sentence_end(f, m.end())
    if _YEAR_AFTER_OF_ANY.match(f, m.end()) and _EVERY_YEAR.search(f, start, m.start()):
        return True  # "از اول تیر هر سال آغاز و به پایان خرداد سال بعد ختم می‌شود"
    usually = _USUALLY_BEFORE.search(f, max(start, m.start() - 30), m.start())
    # (the habit word in the day's own clause: not "برگه‌های ارزیابی سالانه که ... توزیع شد، ۱۵ اسفند
    # است", an annual thing whose deadline is this year's)
    own = _clause_open(f, m.start())
    yearly = [y for y in _YEARLY.finditer(f, own, m.start())
              if not any(g.start() <= y.start() < g.end() for g in _YEARLY_GATHERING.finditer(f, max(own, y.start() - 60), m.start()))]
    if not (yearly or _YEARLY_AFTER.match(f, m.end()) or usually):
        return False
    past = PAST_ONLY.search(f, m.end(), stop)
    if past and WILL.search(f, m.end(), past.start()):
        past = None  # "برگزار خواهد شد"
    if past and usually and _MI_BEFORE.search(f, max(0, past.start() - 4), past.start()):
        past = None  # "فصل اسکی معمولا از ۱۵ آذر آغاز می‌شد": what used to happen each year
    if usually and not _YEARLY.search(f, start, m.start()) and not _YEARLY_AFTER.match(f, m.end()):
        # (a usual day is read in its own clause: "برف امسال ... بارید؛ فصل اسکی معمولا از ...")
        start = max(start, max((x.end() for x in CLAUSE_BREAK.finditer(f, start, usually.start())), default=start))
    # (the day's own number is no year near it, nor is a count: "هر کندو ۱۲ کیلوگرم عسل می‌دهد")
    return not (_year_near(f, start, m.start()) or _year_near(f, m.end(), stop)
                or past or PERFECT_RE.search(f, m.end(), stop))


def _year_near(f: str, start: int, stop: int) -> bool:
    return any(not (y.group(0)[0].isdigit() and UNIT_AFTER.match(f, y.end())) for y in _RELYEAR_NEAR.finditer(f, start, stop))


_YEAR_AFTER_OF_ANY = re.compile(rf"{SP1}سال{SP1}(?:بعد|قبل){B1}")
_RELYEAR_NEAR = re.compile(rf"{B0}(?:امسال|پارسال|سال{SP1}(?:جاری|گذشته|آینده|قبل|پیش)){B1}"
                           rf"|(?<![0-9])[0-9]{{2,4}}(?![0-9])")  # also a year glued to its month ("اسفند۱۳۹۹")


# "ماه گذشته ( نوامبر )": the month named in brackets is the one "ماه گذشته" means, whatever
# the tense of the clause
# (also after a comma, in speech: "عملمو انداختن ماه دیگه، آذر")
_REL_MONTH_GLOSS_BEFORE = re.compile(rf"{B0}ماه{SP1}(?P<st>گذشته|قبل|پیش|آینده|بعد|دیگه|دیگر){SP}[(\[،,]{SP}$")
# ... or that it means, further on in its sentence: "ماه بعد شهریه ۱۰ درصد زیاد میشه، یعنی از تیر ..."
_REL_MONTH_MEANS_BEFORE = re.compile(rf"{B0}ماه{SP1}(?:گذشته|قبل|پیش|آینده|بعد|دیگه|دیگر){B1}[^.!?؟\n]{{0,60}}"
                                     rf"{B0}یعنی{SP1}(?:(?:از|تا|در|برای|واسه){SP1})?$")


# (not "به گزارش مهر": by the report of the Mehr agency)
# ... with a word between: "آمار دقیق دسامبر", "گزارش نهایی آذر"
_FIGURES_OF_BEFORE = re.compile(rf"{B0}(?:گزارش|آمار){SP1}(?:دقیق|نهایی|کامل|رسمی|قطعی){SP1}(?:ماه{SP1})?$")
# (or a pupil's report card of a month: "کارنامه‌ی آبان بچه‌ها کی میاد؟")
_REPORT_OF_BEFORE = re.compile(rf"(?<!به\s)(?<!به\u200c){B0}(?:گزارش|آمار|داده{SP}های|داده{SP}ها|کارنامه|کارنامه{SP}های){_NOUN_OF}"
                               rf"(?:{SP1}(?:تورم|فروش|تولید|صادرات|واردات|اشتغال|بیکاری))?{SP1}(?:ماه{SP1})?$")  # ("گزارش تورم آذرماه")
# the level a month set, kept as a mark: "تثبیت تولید در سطح ژانویه"
_LEVEL_OF_BEFORE = re.compile(rf"{B0}(?:سطح|سقف){SP1}(?:تولید{SP1})?(?:ماه{SP1})?$")


_PLANNED_FOR_AFTER = re.compile(rf"{SP1}برنامه{SP}ریزی{SP1}شده{SP1}(?:بود|بوده){B1}")


def _month_rel(f: str, m: re.Match, calendar: str, mon: int):
    """A yearless month's resolver: the latest (or next) such month when it glosses "ماه گذشته
    (آینده)" just before it, else by the tense of its clause."""
    if g := _REL_MONTH_GLOSS_BEFORE.search(f, max(0, m.start() - 20), m.start()):
        future = g.group("st") in ("آینده", "بعد", "دیگه", "دیگر")
        if calendar == "gregorian":
            return lambda ref: relative.gregorian_month_last_or_next(ref, mon, future)
        return lambda ref: relative.month_last_or_next(ref, mon, future)
    if calendar == "jalali" and _ALLOWANCE_OF_BEFORE.search(f, max(0, m.start() - 30), m.start()):
        # "سهمیه بنزین آبان ماه روز گذشته واریز شد" on 30 Mehr: a month's allowance is paid about its
        # turn, before it or in it, so the month is the nearest such month whatever the tense
        return lambda ref: _nearest_jalali_month(ref, mon)
    if calendar in ("jalali", "gregorian") and (
            _IN_BEFORE.search(f, max(0, m.start() - 10), m.start()) and _SAID_RIGHT_AFTER.match(f, m.end())
            or _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _WAGES_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _WAGES_RUN_BEFORE.search(f, max(0, m.start() - 50), m.start())
            or _BILLS_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _DAMAGE_CAUSE_BEFORE.search(f, max(0, m.start() - 35), m.start())
            or _REPORT_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _LEVEL_OF_BEFORE.search(f, max(0, m.start() - 20), m.start())
            or _BILL_FOR_BEFORE.search(f, max(0, m.start() - 50), m.start())):
        # "صورتحساب شرکت آسانسور برای مهر ۲ میلیون شده": the month a bill is for, come;
        # "وزیر در مصاحبه‌ای در ماه ژوئن گفت": the month it was said in, which has come; "تولید امسال به
        # دلیل سرمازدگی فروردین کمتر خواهد بود": a month whose frost or flood is the cause, come; "تورم
        # آذر نسبت به آبان": a month a figure is compared with, which has come; "حقوق آذر ماه
        # ... از فردا واریز می‌شود": the month a wage is owed for, worked already; "گزارش آذر را ۸ دی
        # منتشر می‌کند", "آمار دسامبر هفته آینده منتشر می‌شود": the month a report covers, begun; "تثبیت
        # تولید در سطح ژانویه": the month whose level is kept, measured
        # (but the next month's wage, told with no past, is paid ahead of it: "مستمری فروردین پیش از
        # پایان تعطیلات می‌رسد" in Esfand, not last year's)
        ahead = bool(_WAGES_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
                     and not PAST_ONLY.search(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end()))))

        def latest(ref: dt.date, mon=mon, calendar=calendar, ahead=ahead) -> convert.Interval:
            j = convert.to_jalali(ref)
            y, cur = (ref.year, ref.month) if calendar == "gregorian" else (j.year, j.month)
            if ahead and mon == cur % 12 + 1:
                return MAKE[calendar](y + (mon == 1), mon)
            return MAKE[calendar](y if mon <= cur else y - 1, mon)
        return latest
    if calendar in ("jalali", "gregorian") and (
            planned_before(f, m.start()) or _MONTH_MUST_AFTER.match(f, m.end())
            # (not a report for the month, told as out: "گزارش ... برای ماه ژوییه منتشر شد")
            or _BOOKED_FOR_BEFORE.search(f, max(0, m.start() - 30), m.start())
            and not PAST_ONLY.search(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end())))
            # "با وعده بازگشایی رودخانه در اسفند پراکنده شدند": the month a promise is for
            or _PROMISE_OF_BEFORE.search(f, max(0, m.start() - 40), m.start())
            # "سفر ترکیه رو بذاریم اردیبهشت؟": what is put on the month, in speech
            or FALLS_ON_BEFORE.search(f, max(0, m.start() - 20), m.start())):
        # "قرار است از فروردین اجرا شود", "از فروردین باید با ... زندگی کند": a plan or a must,
        # this year's month when it is not over, else next year's
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar in ("jalali", "gregorian") and (was_planned(f, m.start()) or _PLANNED_FOR_AFTER.match(f, m.end())):
        # "آزمون که قرار بود اردیبهشت برگزار شود، به تیر ماه موکول شد": the month once planned, the
        # nearest such month whatever the tense of the change of plan (so "که برای اوت برنامه‌ریزی شده بود")
        make = MAKE[calendar]
        return lambda ref: relative.nearest_year(ref, lambda y: make(y, mon, None), jalali_ref_year(ref, calendar))
    if calendar in ("jalali", "gregorian") and stopped_until(f, m.start(), m.end()):
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar in ("jalali", "gregorian") and moved_to(f, m.start(), m.end()):
        # "سفر به اواسط فوریه موکول شد": the month a plan is moved to, not yet over, when that
        # is within half a year; else the tense's
        told = by_tense(f, m.end(), calendar, mon)

        def moved(ref: dt.date, mon=mon, calendar=calendar, told=told) -> convert.Interval:
            iv = _month_not_over(ref, calendar, mon)
            return iv if (iv.start - ref).days <= relative.FAR_FUTURE_DAYS else told(ref)
        return moved
    if _UNTIL_MONTH_BEFORE.search(f, max(0, m.start() - 30), m.start()) and LASTS_UNTIL_AFTER.match(f, m.end()):
        # "کاهش تولید تا پایان مارس ادامه می‌یابد", "پیست ... تا فروردین باز است": the month not yet over
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "gregorian" and _DELIVERY_BEFORE.search(f, max(0, m.start() - 20), m.start()):
        # "نفت برای تحویل در مارس ... ارزان شد": a futures contract's month, not yet over
        return lambda ref: _month_not_over(ref, calendar, mon)
    return by_tense(f, m.end(), calendar, mon)


def _month_not_over(ref: dt.date, calendar: str, mon: int) -> convert.Interval:
    """The month ``mon`` of this year, or of the next when this year's is over at ``ref``."""
    year = jalali_ref_year(ref, calendar)
    return next(iv for y in (year, year + 1) if (iv := MAKE[calendar](y, mon)).end >= ref)


_IN_BEFORE = re.compile(rf"{B0}در{SP1}(?:ماه{SP1})?$")
# "با وعده بازگشایی رودخانه در اسفند": the month a promise is for
_PROMISE_OF_BEFORE = re.compile(rf"{B0}(?:وعده|قول)(?:{SP1}[^\s\d.،,؛:]+){{1,3}}{SP1}(?:در|تا|از){SP1}(?:ماه{SP1})?$")
# "ظرفیت هتل‌ها برای نیمه اول فروردین پر شده": the month it is booked for
_BOOKED_FOR_BEFORE = re.compile(rf"{B0}برای{SP1}(?:(?:نیمه|دهه|هفته){SP1}(?:اول|دوم|سوم|نخست|آخر|پایانی){SP1}|(?:اوایل|اواسط|اواخر){SP1})?(?:ماه{SP1})?$")
_MONTH_MUST_AFTER = re.compile(rf"{SP1}(?:باید|بایستی|موظفند|موظف{SP1}(?:است|هستند)){B1}")
# a verb of saying right after the month: it dates the saying
_SAID_RIGHT_AFTER = re.compile(
    rf"{SP1}(?:گفت|گفتند|افزود|نوشت|(?:اعلام|اظهار|تصریح|تاکید|عنوان){SP1}(?:کرد|کردند|داشت|نمود)){B1}")
_DELIVERY_BEFORE = re.compile(rf"{B0}تحویل{SP1}(?:در{SP1})?(?:ماه{SP1})?$")
_UNTIL_END_OF_BEFORE = re.compile(rf"{B0}تا{SP1}(?:پایان|آخر|انتهای){SP1}(?:ماه{SP1})?$")


# How long over a day something still "lasts until" must be before it is next year's: a season,
# since a corpus's nominal publication date may lag its text by a few months
_LONG_OVER = dt.timedelta(days=120)


_PROGRAMME_TITLE = re.compile(rf"«[^«»\n]{{0,40}}(?:{WEEKDAY}){SP}ها[^«»\n]{{0,10}}»")
_TODAY_TOMORROW_IDIOM = re.compile(
    rf"{B0}امروز{SP1}و{SP1}فردا{SP1}(?:کردن|می{SP}(?:کنند|کند|کنیم|کنی|کنم)|کرد|کردند|نکنید|نکنیم){B1}")
# "همین انبار فردا روزی پاتوق می‌شود": some day, not tomorrow; "فردا رو کی دیده؟": who knows
# what comes (the "امروز" beside it is the proverb's too: "امروز رو عشق کن")
# (not from tomorrow, per day: "از فردا روزی ۵۰۰ هزار تومن خسارت می‌ده")
_SOME_DAY_IDIOM = re.compile(rf"(?<!از ){B0}فردا{SP1}روزی{B1}(?!{SP1}(?:(?:است|خواهد|که|یک|یه|دو|سه|چند){B1}|[0-9]))"
                             rf"|{B0}فردا{SP1}(?:را|رو){SP1}(?:کی|که|کسی){SP1}دیده(?:{SP}است)?{B1}(?:[^.\n]{{0,8}}امروز{SP1}(?:را|رو){B1})?")
# "در شبانه روز گذشته": the past twenty-four hours, not yesterday
_ROUND_THE_CLOCK = re.compile(rf"شبانه{SP}$")
_NINE_ELEVEN_BEFORE = re.compile(
    rf"(?:حملات|حمله|حادثه|حوادث|واقعه|وقایع|رویداد|رویدادهای|گزارش|پرونده|قربانیان|عاملان|"
    rf"ماجرای|کمیسیون|بعد{SP1}از|پس{SP1}از|از{SP1}زمان|قبل{SP1}از|پیش{SP1}از|تروریستی|دو{SP}قلو{SP}[(]){SP}$")


# "ششم نوامبر - ۱۶ آبان", "( ۳۱ ژوئیه / ۹ مرداد )": a Jalali day glossing the Gregorian one before it
_GDAY_GLOSS_BEFORE = re.compile(
    rf"(?:[0-9]{{1,2}}|{DAY_WORD}){SP}(?:ماه{SP1})?{GMONTH_ANY}(?:{SP}[0-9]{{4}})?{SP}[-–/(]{SP}$")


# (spoken too: "اگه بارون بیاد می‌ره هفته‌ی بعد", goes to the next week)
# (spoken "برای" too: "کار میره برای هفته بعد")
# a perfect, spoken too, whose state still holds: "روز مادر امسال با ۲۹ اسفند یکی شده"
_STATE_PERFECT = re.compile(rf"{PERFECT_RE.pattern}|{B0}(?:شده|بوده|افتاده)(?![\w\u200c])")
_PUT_OFF_TO_BEFORE = re.compile(rf"{B0}(?:(?:موکول|محول){SP1}به|می{SP}ره|می{SP}رود)(?:{SP1}(?:به|برای|واسه))?{SP1}(?:روز{SP1})?$")


_BEGUN_LATER_AFTER = re.compile(rf"{WORD_AFTER}{{0,4}}?{_BEGUN_AFTER.pattern}")


_FRIDAY_PRAYER_BEFORE = re.compile(rf"{B0}(?:نماز|نمازهای|امام|ایمه|ائمه|خطیب|خطبه{SP}(?:های|ها)?|مصلای|مصلی){SP1}$")


# "هتل‌ها برای ۱۲ و ۱۳ فروردین پر است": the day something is booked or planned for, ahead
_FOR_DAY_BEFORE = re.compile(rf"{B0}(?:برای|واسه|واسه{SP}ی){SP1}(?:روز{SP}(?:های)?{SP1}|شب{SP1})?$")  # (also "برای شب ۲۱ رمضان")
# ... and what is done for an occasion on a day, told in the past of the doing: "برای عروسی‌تون در ۳ شهریور
# ۲ تا طرح آماده کردیم", "برای حراج اول ژانویه ۴۰ تا کتاب کنار گذاشتم"
_FOR_EVENT_DAY_BEFORE = re.compile(rf"{B0}(?:برای|واسه){SP1}(?:[^\W\d]+{SP1})?(?:عروسی|جشن|تولد|مراسم|مهمونی|مهمانی|عقد|حراج|کنسرت|نمایشگاه)"
                                   rf"(?:{SP}(?:تون|شون|مون|ت|ش|م|ی|های))?(?:{SP1}(?:در|روز))?{SP1}$")


# ... further on, for a lunar day: "۱۵ شعبان رو از چند ماه پیش رزرو کردیم"
_BOOKED_FAR_AFTER = re.compile(rf"{WORD_AFTER}{{0,6}}?{BOOKED}")


_ITS_AFTER = re.compile(rf"{SP1}(?:آن|اش){B1}")
# "روزنامه‌ها هنوز از نتایج انتخابات ۷ اسفند می‌نویسند": the results of a day, which has passed
_RESULTS_OF_BEFORE = re.compile(rf"{B0}(?:نتایج|نتیجه){SP1}(?:انتخابات|آزمون|کنکور|مسابقات|مسابقه|همه{SP}پرسی|(?:رای|رأی){SP}گیری|قرعه{SP}کشی)"
                                rf"(?:{SP1}[^\W\d]+)?{SP1}$")
# "روزنامه ... مورخ ۱۲ آبان": a paper or letter of that date, which has passed
# an event named as a noun with its day, the object of what is said: "درباره برگزاری کمیسیون مشترک در ۲۰
# فوریه گفت‌وگو کرد", "از آغاز صدور روادید الکترونیکی از ۱۵ ژانویه خبر داد" (told in no tense of its own)
# (not the noun of a verb and a clause after it: "... در ۲۰ آذر ۱۳۱۷ افتتاح شد و از ۱۵ فروردین ... باز خواهد بود")
_EVENT_OF_BEFORE = re.compile(rf"{B0}(?:برگزاری|آغاز|شروع|افتتاح|صدور){SP1}"
                              rf"(?:(?!(?:شد|شده|شدند|گردید|کرد|کردند|و|است|بود){B1})[^\s\d.،,:؛!؟]+{SP1}){{0,4}}(?:در|از){SP1}$")
_DATED_BEFORE = re.compile(rf"{B0}(?:مورخ|مورخه){SP1}$")
# tickets for a day, sold or bought before it: "بلیت قطارهای ۵ فروردین فروخته شد" (the selling's tense
# is not the day's); a thing of a day, in speech: "با یکی مال ۲۰ اردیبهشت عوض کردم" (a cheque of it);
# a day's programme announced: "برنامه ۱۲ فروردین را اعلام کرد"
_TICKET = rf"(?:بلیت|بلیط)(?:{SP}ها(?:ی)?|ی)?(?:{SP1}(?:قطار|پرواز|اتوبوس|هواپیما|کنسرت|بازی)(?:{SP}ها(?:ی)?|ی)?)?"
_THING_OF_DAY_BEFORE = re.compile(rf"{B0}(?:{_TICKET}|مال|برنامه(?:{SP}ی)?){SP1}(?:روز{SP1})?$")
# an appointment's weekday, set: "نوبت بازدید لباسشویی شما دوشنبه ساعت ۱۱ ثبت شد"
_APPOINTMENT_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}$")
_SET_FOR_DAY_AFTER = re.compile(rf"(?:{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?)?(?:{SP1}(?:صبح|عصر|ظهر|شب|بعدازظهر))?"
                                rf"{SP1}(?:ثبت|رزرو|قطعی){SP1}(?:شد|شده|کردیم|کردم|کردن){B1}")
# a weekday's ticket, got before it: "من بلیت پنجشنبه رو گرفته بودم ولی ... میشه پولم رو برگردونین؟"
_TICKET_OF_BEFORE = re.compile(rf"{B0}{_TICKET}{SP1}(?:روز{SP1})?$")
# a subjunctive "be" ("آرزو می‌کنم ... قبول باشد"): the sentence is no heading (a habitual
# present, "در طول ماه رمضان ... وزن پیدا می‌کنند", stays out: it tells of every year)
# (or any subjunctive of a compound verb: "... را در شب‌های پایانی ماه رمضان افزایش دهند")
_PRESENT_VERB = re.compile(r"(?<![\w])(?:باشد|باشند|ب?(?:دهد|دهند|کند|کنند|شود|شوند|گیرد|گیرند))(?![\w])")
_MONTH_NAME = re.compile(rf"{B0}(?:{JMONTH}(?:{MAH})?|{GMONTH_ANY}|{HMONTH}){B1}")


_PAST_AND_RIGHT_BEFORE = re.compile(rf"(?:{PAST_ONLY.pattern}){SP}[،,]?{SP1}و{SP1}$")
_PAST_THEN_PAUSE = re.compile(rf"(?:{PAST_ONLY.pattern}){SP}[،,]")


def _month_named_before(f: str, pos: int, whole: bool = False) -> bool:
    """A month named earlier in the sentence ("صادرات در ماه اکتبر ... نسبت به ماه قبل"), not before
    a semicolon ("... بامداد ۲۳ مرداد برخاست؛ ۲ مورد مشابه ماه گذشته ثبت شده بود"); not the verb
    prefix "می" ("به سر می برم"), which is May only beside a number or after "ماه". ``whole``: the
    month named as a whole, not as one day's ("از شنبه ۱۳ دی تعطیلیم، حقوق این ماه": the paper's
    month), though a lunar month's day still names the month "این ماه" is."""
    return any((m.group(0) != "می" or _MAY_BESIDE.search(f, max(0, m.start() - 6), m.start())
                and not _CLOCK_HOUR_BEFORE.search(f, max(0, m.start() - 12), m.start())  # ("ساعت ۶ می تونیم")
                or _NUMBER_AFTER.match(f, m.end(), m.end() + 3))
               and not (whole and _DAY_OF_MONTH_BEFORE.search(f, max(0, m.start() - 12), m.start())
                        # ("از اول رمضان تا پایان این ماه": no pause between)
                        and not (_HMONTH_WORD.fullmatch(m.group(0)) and not CLAUSE_END.search(f, m.end(), pos)))
               for m in _MONTH_NAME.finditer(f, _clause_start(f, pos), pos)) \
        or whole and bool(_HOLY_MONTH.search(f, _clause_start(f, pos), pos))


# "نخستین روز ماه صیام است و ... تا پایان این ماه": a month named by its epithet
_HOLY_MONTH = re.compile(rf"{B0}ماه{SP1}(?:صیام|مبارک|خدا|عزا|میهمانی{SP1}خدا){B1}")


def _clause_start(f: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: its sentence's start, or past the sentence's last
    semicolon before ``pos``."""
    start = sentence_start(f, pos)
    return max([start] + [s.end() for s in SEMICOLON.finditer(f, start, pos)])


_UNTIL_MONTH = re.compile(rf"{B0}تا{SP1}(?:(?:آخر|پایان|اواخر|انتهای|ته){SP1})?(?P<mon>{JMONTH})(?:{MAH})?{B1}")


def _after_until_month(f: str, pos: int, mon: int | None) -> bool:
    """A run ending in the month before this one, earlier in the sentence ("تا آخر دی ... از بهمن")."""
    return mon is not None and any(month_number(u.group("mon"), "jalali") % 12 + 1 == mon
                                   for u in _UNTIL_MONTH.finditer(f, sentence_start(f, pos), pos))


_MONTH_WITH_MAH = re.compile(rf"{B0}(?P<mon>{JMONTH})(?:{SP}ماه|{SP1}[0-9])|{B0}ماه{SP1}(?P<mon2>{JMONTH}){B1}")


def _month_before_named(f: str, pos: int, mon: int | None) -> bool:
    """The month before this one, named with "ماه" or a number, within the few sentences before."""
    return mon is not None and any(month_number(x.group("mon") or x.group("mon2"), "jalali") % 12 + 1 == mon
                                   for x in _MONTH_WITH_MAH.finditer(f, max(0, pos - 120), pos))


def _dated_month_before(f: str, pos: int) -> bool:
    """A month written with its day or year earlier in the sentence ("در آبان ۱۳۸۵ منتشر شد و ...")."""
    return any(_NUMBER_AFTER.match(f, m.end()) or _DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())
               for m in _MONTH_NAME.finditer(f, sentence_start(f, pos), pos))


_CLOCK_HOUR_BEFORE = re.compile(rf"{B0}ساعت{SP1}[0-9]{{1,2}}{SP1}$")
_MAY_BESIDE = re.compile(rf"(?:[0-9]|ماه){SP1}$")
_GMONTH_WORD = re.compile(rf"{B0}(?:{GMONTH}){B1}|{B0}(?:مه|می){SP1}(?:19|20)[0-9]{{2}}(?![0-9])")  # (also "تو مه ۲۰۱۹")
_NUMBER_AFTER = re.compile(rf"{SP1}[0-9]")


_WORD_REST = re.compile(r"[^\W_]*(?:\u200c[^\W_]+)*")


def _word_end(f: str, pos: int) -> int:
    """``pos``, or the end of the word it falls inside: a search bounded mid-word would take the cut
    for a word's end, and a short form would match a longer word's head ("بخور" of "بخورد")."""
    if 0 < pos < len(f) and (f[pos - 1].isalnum() or f[pos - 1] == "\u200c"):
        return _WORD_REST.match(f, pos).end()
    return pos


def _stop_after(ends: list[int], pos: int) -> int:
    """The end of the sentence holding ``pos`` (``ends`` sorted, the text's length last), or
    READ_AHEAD characters on, whichever comes first."""
    return min(ends[bisect.bisect_left(ends, pos)], pos + READ_AHEAD)


# a week named for what it marks ("هفته کتاب", "هفته ملی کودک", "هفته دفاع مقدس"), then its days
_NAMED_WEEK = re.compile(rf"{B0}هفته{SP1}(?:ملی{SP1})?(?:کتاب|کودک|دولت|وحدت|بسیج|سلامت|دفاع{SP1}مقدس|ناجا|معلم|محیط{SP1}زیست"
                         rf"|منابع{SP1}طبیعی|پژوهش|فرهنگی|تربیت{SP1}بدنی|نیروی{SP1}انتظامی|قوه{SP1}قضاییه|صرفه{SP1}جویی|ازدواج){B1}"
                         rf"(?:{SP1}[0-9]{{2,4}})?(?:{SP1}[^\W\d]+){{0,2}}{SP1}از{SP1}[0-9]")  # (its days told: not "هفته سلامت ... در این هفته", this one; "هفته کتاب ۱۳۸۶ از ...")
_DURING_BEFORE = re.compile(rf"{B0}(?:در|طی){SP1}$")
_LEAGUE_WEEK = re.compile(
    rf"{B0}هفته{SP1}(?:{DAY_WORD}|[0-9]{{1,2}}(?:{SP}ام)?){SP1}(?:لیگ|رقابت|مسابقات|جام|دور){B1}"
    rf"|(?:بازی|دیدار|مسابقه){SP}(?:ها|های)?{SP1}هفته{SP1}(?:{DAY_WORD}|[0-9]{{1,2}}(?:{SP}ام)?){B1}")
_SCHOOL_YEAR = re.compile(rf"{B0}سال{SP1}(?:تحصیلی|زراعی|آبی|مالی){B1}")
_EVERY_YEAR = re.compile(rf"{B0}هر{SP1}سال{B1}")


def _after_semicolon(f: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens: its sentence's start or the last semicolon before it."""
    start = sentence_start(f, pos)
    semis = list(SEMICOLON.finditer(f, start, pos))
    return semis[-1].end() if semis else start


def _day_named_before(f: str, pos: int) -> bool:
    """A day with its month written earlier in the sentence ("یکشنبه ۲۸ شهریورماه")."""
    start = sentence_start(f, pos)
    return any(P_JDAY.finditer(f, start, pos)) or any(P_GDAY.finditer(f, start, pos))


# what lasts until a month ("تا تیر طول بکشه", after UNTIL_BEFORE)
_LASTS_AFTER = re.compile(rf"{SP1}طول{SP1}(?:بکشه|بکشد|بکشن|کشید|کشیده|می{SP}کشه|می{SP}کشد|میکشه){B1}"
                          # (or not open again until then: "سفارت ... احتمالاً تا تیر باز نمی‌شه")
                          rf"|{SP1}باز{SP1}(?:نمی{SP}?شه|نمی{SP}?شود|نخواهد{SP1}شد){B1}")
# a month after "امسال از", a month's price, what we sell ahead or hold in a month
_YEAR_WORD_PREP_BEFORE = re.compile(rf"{B0}(?:امسال|پارسال){SP1}(?:از|در|تو|تا|برای){SP1}$")
_PRICE_OF_BEFORE = re.compile(rf"{B0}(?:با|به){SP1}(?:قیمت|نرخ)(?:{SP}(?:ها|های))?{_NOUN_OF}{SP1}$")
_WE_SELL_AHEAD_AFTER = re.compile(rf"{SP1}پیش{SP}فروش(?:{SP}?(?:ش|شو|ش{SP1}رو|ش{SP1}را))?{SP1}(?:شروع{SP1})?(?:می|نمی){SP}?(?:کنیم|کنم|شه|شود){B1}")
_RO_BEFORE = re.compile(rf"{B0}(?:رو|را){SP1}$")
_WE_HOLD_AFTER = re.compile(rf"{SP1}(?:می{SP}?گیریم|برگزار{SP1}می{SP}?کنیم|اجرا{SP1}می{SP}?کنیم){B1}")
_WE_DO_PRESENT_AFTER = re.compile(rf"{SP1}(?:می|نمی){SP}?[^\W\d]+?(?:یم|م)(?![\w\u200c])")
_WE_DO_IN_MONTH_AFTER = re.compile(rf"{SP1}(?:نصب|تحویل|ارسال|شروع|آغاز|اجرا|پرداخت|تسویه|تمدید|رزرو){SP1}"
                                   rf"(?:می|نمی){SP}?(?:کنیم|کنم|دیم|دم|گیریم|گیرم)(?![\w\u200c])")
# a seal's, a prayer stone's or a dowry's "مهر": "برای مهر نماز", "برای مهر عروس", "برای مهرش"
_SEAL_OR_DOWRY_OF_AFTER = re.compile(rf"(?:{SP}ی)?{SP1}(?:نماز|عروس|زن|همسر|محضر|دفتر|دفترخانه|مادری|پدری|لاستیکی|چوبی|تایید|تأیید|ها|های|و){B1}"
                                     rf"|{SP}(?:ش|شو|شون|شان|یه|ی|ها|های){B1}")
_SEMICOLON_RIGHT_BEFORE = re.compile(rf"[؛;]{SP}$")
# a month told with its year: "اردیبهشت ۱۳۱۰", "مهر ماه ۱۳۹۵", "ژوئن ۲۰۱۹"
_DATED_MONTH = re.compile(rf"{B0}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH})(?:{SP}ماه)?{SP1}(?:سال{SP1})?[0-9]{{4}}(?![0-9])")
_SLOTS_OF_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت)(?:{SP}(?:های|ها|ای|ا))(?:{SP}ی)?{SP1}$")
_RA_RIGHT_BEFORE = re.compile(rf"{B0}را{SP1}$")
_BODY_WILL_DO_AFTER = re.compile(rf"{SP1}[^\W\d]+{SP1}(?:می|نمی){SP}(?:کند|کنند|شود|شوند|دهد|دهند|گیرد|گیرند){B1}")
_KE_RIGHT_BEFORE = re.compile(rf"{B0}که{SP1}$")
_DID_RIGHT_AFTER = re.compile(rf"{SP1}[^\W\d]+(?:دم|دیم|دین|دید|تم|تیم|تین|تید)(?![\w\u200c])")
_DOWN_SINCE_AFTER = re.compile(rf"{SP1}(?:قطعه|قطعن|قطع{SP1}است|خرابه|خراب{SP1}است|از{SP1}کار{SP1}افتاده){SP}[،,]")
_DONE_SOON_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}ن?می{SP}?(?:شه|شود|رسه|رسد|یاد|آید|کنن|کنند|دن|دهند){B1}")
_SET_FOR_SEASON_BEFORE = re.compile(rf"{B0}(?:گذاشتیم|گذاشتم|گذاشتن|انداختیم|انداختم|انداختن|بذاریم|بندازیم)(?:{SP1}(?:برای|واسه|به))?"
                                    rf"{SP1}(?:بهار|تابستان|تابستون|پاییز|زمستان|زمستون|اول|اوایل|اواخر|آخر){SP1}$")
_SESSION_OF_BEFORE = re.compile(rf"{B0}(?:جلسه|کلاس|کلاسای|کلاس{SP}های|امتحان|آزمون|مسابقه|بازی|اردو|اردوی|تمرین)(?:{SP}ی)?{SP1}$")
_IF_RIGHT_BEFORE = re.compile(rf"{B0}(?:اگه|اگر){SP1}(?:روز{SP1})?$")
# "از تیر برق افتاد", "از تیر سقف آویزان": a pole or a beam, not the month
_POLE_OR_BEAM_AFTER = re.compile(rf"{SP1}(?:برق|چراغ|چوبی|آهنی|بتنی|فلزی|سقف|تلفن|خلاص|غیب|کمان|و{SP1}کمان){B1}")
_DONE_IN_MONTH_AFTER = re.compile(rf"{SP1}(?:انجام|برگزار|پرداخت|واریز|توزیع|اجرا|افتتاح){SP1}"
                                  rf"(?:می{SP}?شود|می{SP}?شه|خواهد{SP1}شد|شد|شده{SP1}است|شده{SP1}بود|شود|بشود|بشه)(?![\w\u200c])")
_MONTH_ENDED_AFTER = re.compile(rf"(?:{SP1}(?:هم|دیگه|دیگر))?{SP1}(?:تموم|تمام){SP1}(?:شد|شده|می{SP}شه|میشه|می{SP}شود){B1}")
# (or it arrives: "احتمالاً آبان می‌رسه دستمون")
_COMES_RIGHT_AFTER = re.compile(rf"{SP1}(?:میاد|میام|میایم|میاین|می{SP}رسه|می{SP}رسن){B1}")  # (not "میان": "سی دی میان مسافران")
# (also booked full: "اسفند کلاً پره"; "پر" with its copula only, not "پر از")
_MONTH_BUSY_AFTER = re.compile(rf"(?:{SP1}(?:سرمون|سرمان|سرم|خیلی|که|کلا|کلاً|دیگه))*{SP1}(?:(?:شلوغ|خلوت)(?:ه|{SP1}(?:است|هست|می{SP}شه))?|پره|پر{SP1}(?:است|هست)){B1}")
# "بهمن بیارین یه چک کنیم": bidden to bring it in a month (no one named بهمن is brought so; not مهر,
# the seal one brings, nor تیر)
_THIS_OR_LAST_MONTH = re.compile(rf"{B0}(?:این{SP1}ماه|ماه{SP1}(?:پیش|گذشته|قبل)){B1}")
_BRING_BIDDEN_AFTER = re.compile(rf"{SP1}(?:بیارین|بیارید|بیاورید|بیارینش|بیاریدش|بیاوریدش){B1}")
_COME_RIGHT_AFTER = re.compile(rf"{SP1}(?:بیاید|بیاین|بیایید|بیام|بیایم|بیاییم|میام|میاید|میاین|میایم){B1}")
# Jalali month names that are no everyday word or common name, so safe without "ماه".
_SAFE_JMONTHS = ["فروردین", "فرودین", "اردیبهشت", "خرداد", "مرداد", "امرداد", "شهریور"]
_MEASURE_AFTER = re.compile(rf"{SP1}(?:تن|کیلو|کیلوگرم|گرم|لیتر|متر|مترمربع|متر{SP1}مربع|کارتن|گونی|کیسه)(?:ی)?(?![\w])")
_BIG_NUMBER_AFTER = re.compile(rf"{SP1}(?:هزار|میلیون|میلیارد|تریلیون)(?![\w\u200c])")
P_JM_BARE = re.compile(
    # (a number after it is its year, unless a count goes on: "در آبان ۶۱ میلیون تومان بود", "تورم
    # اسفند ۴۰.۷ درصد", or a number counts things: "تو شهریور ۳ تا پکیج داریم", "تا آخر تیر ۵۰ تا کلاه",
    # or it opens a run of hours: "ساعت کار تا پایان مرداد ۷ تا ۱۳ است")
    # (not "اسپند" alone: wild rue, the seed burnt against the evil eye, far more often than the month)
    rf"{B0}(?!اسپند{B1})(?:(?P<safe>{_alt(_SAFE_JMONTHS)})|(?P<any>{JMONTH})){B1}"
    rf"(?!(?!{_ONE_DIGIT_COUNT_AFTER}){SP}(?:ماه|[0-9]+(?![0-9])(?![.٫][0-9])(?!{_BIG_NUMBER_AFTER.pattern}|{UNIT_AFTER.pattern}|{_SESSIONS_AFTER.pattern})"
    rf"(?!{_COUNTED_WITH_TA_AFTER.pattern})(?!(?<![3-9][0-9])(?<![0-9][0-9][0-9]){SP}(?:تا|الی){SP}(?:[01]?[0-9]|2[0-4])(?![0-9]))))"
)
_START_SUBJ_AFTER = re.compile(rf"{SP1}(?:آغاز|شروع|افتتاح){SP1}(?:شود|بشود|بشه|شه|گردد){B1}")
_TO_SCHOOL_AFTER = re.compile(rf"{SP1}(?:(?:می{SP}ره|میره|می{SP}رود|می{SP}رن|میرن|می{SP}روند){SP1}(?:مدرسه|کلاس|دبستان|پیش{SP}دبستانی|دانشگاه)"
                              # (or when schools open: "مهر که مدرسه‌ها باز بشه لازمش داره")
                              rf"|که{SP1}(?:مدرسه|مدارس|دانشگاه)(?:{SP}ها)?{SP1}(?:باز|شروع)){B1}")
_MOVED_VERB_TO_BEFORE = re.compile(rf"{B0}(?:منتقل|موکول|جابجا|جابه{SP}جا){SP1}(?:می{SP}کنیم|میکنیم|می{SP}شه|میشه|شد|شدند|شده|کردیم){SP1}به{SP1}$")
_AROUND_MONTH_BEFORE = re.compile(rf"{B0}(?:قبل|پیش|بعد){SP1}از{SP1}$")
_COURT_SEAL_AFTER = re.compile(rf"{SP1}(?:دادگستری|وزارت|سفارت|کنسولگری|دفترخانه|محضر|برجسته){B1}")
_SEAL_AFTER = re.compile(rf"{SP1}(?:و{SP1}امضا|زدن|شدن|کردن|خوردن|و{SP1}موم|برنجی|شرکت|اداره){B1}")
_DATED_ITEM_BEFORE = re.compile(rf"(?<![0-9])[0-9]{{1,2}}{SP1}{JMONTH}{SP}[،,]{SP}[^\s\d.،,؛:!?؟]+{SP1}$")
_THIS_ONE_BEFORE = re.compile(rf"{B0}(?:همین|همون|همان){SP1}$")
_GLOSS_BEFORE = re.compile(rf"{GMONTH_ANY}(?:{SP}[0-9]{{4}})?{SP}[(«]{SP}(?:{JMONTH}{SP}[-–/]{SP})?$")
_MAH_BEFORE = re.compile(rf"{B0}ماه{SP1}$")
_TO_BEFORE = re.compile(rf"{B0}به{SP1}$")
_PUT_OFF_AFTER = re.compile(rf"{SP1}(?:موکول|محول){B1}")
_EVERY_YEAR_DAY_BEFORE = re.compile(rf"{B0}هر{SP1}سال{SP}[،,]?{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}$")
# a month name alone in guillemets is a title ("نمایش «خرداد»", "به گزارش «مهر»")
_WITH_NAMES_BEFORE = re.compile(rf"{B0}(?:با|همراه){SP1}(?:{JMONTH}{SP1}و{SP1})?$")
_GUILLEMET_OPEN_BEFORE = re.compile(rf"«{SP}(?:ماه{SP1})?$")  # «خرداد», گالری «ماه مهر»
_GUILLEMET_CLOSE_AFTER = re.compile(rf"{SP}»")
_TIME_PREP_MONTH_BEFORE = re.compile(
    rf"{B0}(?:در|تو|از|تا|طی|برای|نسبت{SP1}به|تا{SP1}پایان|پس{SP1}از|قبل{SP1}از|پیش{SP1}از|بعد{SP1}از"
    rf"|مربوط{SP1}به|منتهی{SP1}به){SP1}$")  # (also "گزارش ... مربوط به اسفند", "دوازده ماهه منتهی به آذر")
_TIME_VERB_AFTER = re.compile(rf"{SP}(?:[،,.؛]|$)|{SP1}نسبت{SP1}به|{SP1}(?:آغاز|شروع|برگزار|اجرا|تمام|اعمال|منتشر|افتتاح|رونمایی|اکران|صبر|"
                              rf"تحویل|پرداخت|واریز|معرفی|اعلام|ابلاغ|تصویب|ارائه|تقدیم|تعیین|به{SP1}بعد|تا{SP1}{JMONTH}){B1}")
# what makes a month's name another word: kindness ("مهر و محبت", "مهر و ماه")
_NO_MONTH_AFTER = re.compile(rf"{SP1}و{SP1}(?:محبت|مهربانی|عطوفت|دوستی|وفا|عشق|ماه){B1}"
                             # ... or the seal a thing is stamped with: "روی نسخه‌ها مهر کنند"
                             rf"|{SP1}(?:ب|ن|نمی{SP}|می{SP})?(?:کنند|کنید|کنیم|کند|کرد|کردند|کرده|شود|شده|بزنید|زدند|زده|بخورد|خورده){B1}")
_MONTH_EDGE_BEFORE = re.compile(rf"{B0}(?:آغاز|پایان|ابتدای|انتهای|اوایل|اواخر|اواسط|نیمه(?:{SP}ی)?(?:{SP1}(?:اول|دوم|نخست))?|آخر"
                                rf"|(?:آخرین|نخستین|اولین){SP1}هفته"
                                # "در هفته اول دی ارسال نمایند", "دهه سوم بهمن": a part of the month
                                rf"|(?:هفته|دهه)(?:{SP}ی)?{SP1}(?:اول|دوم|سوم|چهارم|آخر|نخست|پایانی)){SP1}$")
# a month's pay or bill: "حقوق آذر تا امروز واریز نشده", "قسط مهر"
# ... or its sales, output or inflation: "پیش‌بینی می‌کند فروش اسفند بیشتر شود"
# (the wages of _WAGES among them)
_PAY_OF_BEFORE = re.compile(rf"(?:{_WAGES}|{B0}(?:یارانه|اقساط|قسط|سررسید|کرایه|اجاره(?:{SP}بها)?|قبض|قبوض|عیدی|فروش|تولید|صادرات|واردات|تورم|شماره|ویژه{SP}نامه|سهمیه(?:{SP1}(?:بنزین|سوخت|گازوییل|نفت|آرد))?"
                            rf"|حق{SP1}بیمه|گزارش{SP1}(?:ماهانه|ماهیانه|کارکرد|عملکرد)"
                            # a building's charge, a bill of water, gas or power, a fee, a monthly meeting: "شارژ آذر رو
                            # ندادن", "قبض‌های آب آذر رسید", "شهریه‌ی سرویس آبان", "جلسه‌ی ماهانه‌ی تیر"
                            # (and a month's service visit: "سرویس اسفند انجام شد")
                            rf"|شارژ|شهریه(?:{_NOUN_OF}{SP1}سرویس)?|سرویس|(?:قبض|قبوض){SP}(?:های)?{SP1}(?:آب|برق|گاز|تلفن)(?:{SP1}مشترک)?"
                            rf"|جلسه{_NOUN_OF}{SP1}ماهانه"
                            # what is billed by the month: "فاکتور مرداد", "حساب‌های مهر رو بسته", "کارهای اسفند رو ... حساب کردم"
                            rf"|فاکتور|صورت{SP}حساب|حساب{SP}های|کارهای"
                            # an account, a cheque or a price list of a month: "حساب مهر", "چک آبان رو ۱۵ آبان میدم",
                            # "با لیست قیمت خرداد"
                            rf"|حساب|چک|چک{SP}های|چک{SP}ا|(?:لیست|فهرست){SP1}قیمت"
                            # a worker's insurance of a month, spoken "that of" one, and a month's prescription,
                            # gathering, orders or rota: "بیمه بهمن کارگر رو دادم؛ مال اسفند رو هم ...", "نسخه‌ی
                            # آذر", "دورهمی مهر", "سفارش‌های اسفند", "برنامه‌ی تیر"
                            # (or a deposit's instalment: "قسط ودیعه‌ی اسفند رو کارت به کارت کنید")
                            rf"|بیمه|مال|نسخه|دورهمی|سفارش{SP}های|برنامه|ودیعه|رهن))"
                            # (a monthly one too: "سرویس ماهانه دی رو گذاشتیم برای پنجشنبه")
                            rf"{_NOUN_OF}(?:{SP1}(?:ماهانه|ماهیانه){_NOUN_OF})?{SP1}(?:ماه{SP1})?$")
_INSURER_BEFORE = re.compile(rf"{B0}بیمه{SP1}$")
_MONTHS_PLURAL_BEFORE = re.compile(rf"ماه{SP}ها(?:ی)?{SP1}(?:{JMONTH}{SP}[،,و]{SP})*$")
P_MONTH_PAIR_AFTER = re.compile(rf"{SP1}(?:و|تا|یا){SP1}{JMONTH}(?:{B1}|(?=[0-9]))")  # "مهر تا اسفند۱۳۹۹"
P_MONTH_PAIR_BEFORE = re.compile(rf"{B0}{JMONTH}(?:{MAH})?{SP1}(?:و|تا|یا){SP1}$")


_EVERY_WEEK_BEFORE = re.compile(rf"{B0}هر{SP1}هفته{SP1}$")
# "آگهی‌های شماره جمعه هر هفته تا ساعت ۱۴ روز پنجشنبه پذیرفته می‌شود": each week's deadline
_EVERY_WEEK_UNTIL_BEFORE = re.compile(rf"{B0}هر{SP1}هفته{SP1}تا{SP1}(?:ساعت{SP1}[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?{SP1})?(?:روز{SP1})?$")
# the weekday in the plural: "ساعت ۶ صبح جمعه‌هاست" (every Friday's)
_WEEKDAYS_PLURAL_AFTER = re.compile(rf"{SP}(?:ها|هاست|های|هایی)(?![\w])")
# the parts of days in the plural, spoken too: "صبحای شنبه", "شب‌های جمعه", "روزای دوشنبه" (habits)
# ("روزهای" has its own reading: "روزهای سه‌شنبه و چهارشنبه" told in the past are two days)
_PARTS_PLURAL_BEFORE = re.compile(rf"{B0}(?:(?:صبح|شب|عصر|ظهر|غروب)(?:{SP}?های|ای)|روزای){SP1}$")
# "به روزهای یکشنبه و سه‌شنبه منتقل کردیم": every Sunday and Tuesday from then on (but "روزهای شنبه و
# یکشنبه‌ی گذشته", "روزهای شنبه و یکشنبه ۱۰ و ۱۱ آبان" and "طی روزهای سه‌شنبه و چهارشنبه دنبال شد"
# are days of a week told; only what is moved to them is every week's)
_DAYS_PLURAL_BEFORE = re.compile(rf"{B0}به{SP1}روز{SP}?(?:های|ها|ای){SP1}(?:{WEEKDAY}{SP1}(?:و|تا|یا){SP1})?$")
_WEEK_TOLD_AFTER = re.compile(rf"(?:{SP1}(?:و|تا|یا){SP1}{WEEKDAY})?(?:{SP}ی)?{SP1}(?:هفته|گذشته|آینده|پیش|قبل|بعد|اخیر|این|همین|[0-9]){B1}")
_NAME_OR_POSSESSIVE_AFTER = re.compile(rf"(?:\u200cی|ی)?{SP1}(?:خان|بیگ|سیاه|نیک|مقدس){B1}|\u200c(?:ات|ت|تان|تون|ش|مان|مون)(?![\w])")
_CONGREGATION_BEFORE = re.compile(rf"{B0}(?:نمازگزاران|نماز{SP}گزاران|نمازگزار){SP1}$")
_MEANS_AFTER = re.compile(rf"{SP1}یعنی{B1}")
# ("سفارش رو چهارشنبه یعنی یه روز زودتر میارم": the day against the usual one, not what a day is like)
_MEANS_SHIFT_AFTER = re.compile(rf"{SP1}یعنی{SP1}(?:یه|یک|دو|سه|[0-9]){SP1}روز{SP1}(?:زودتر|دیرتر|زودتر{SP1}از|دیرتر{SP1}از){B1}")
# ("شنبه‌ی هفته‌ی آینده یعنی ۲۸ اسفند": a day told by its week, glossed by its date, its month glued or not)
_MEANS_DATE_AFTER = re.compile(rf"{SP1}یعنی{SP1}[0-9]{{1,2}}{SP}(?:{JMONTH}|{GMONTH_ANY})")
_ORDINALS = rf"{B0}(?:اولین|نخستین|دومین|سومین|چهارمین|آخرین){SP1}"
_ORDINAL_BEFORE = re.compile(rf"{_ORDINALS}$")
# "گرم‌ترین ژوئن ثبت‌شده", "خشک‌ترین مهر": a month as a kind, of any year
_SUPERLATIVE_BEFORE = re.compile(rf"(?<=[^\W\d_])\u200c?ترین{SP1}$")
_NTH_WEEKDAY_BEFORE = re.compile(rf"{_ORDINALS}{WEEKDAY}(?:{SP}[یٔ])?{SP1}(?:ماه{SP1})?$")  # "... نخستین دوشنبه ماه نوامبر"


# "اگه فوریه، پنجشنبه ... هستم": "فوری" with a spoken "is" (urgent), not February
_URGENT_BEFORE = re.compile(rf"{B0}(?:اگه|اگر|خیلی|کارتون|کارت|کارش){SP1}$")


def _foreign_cands(f: str) -> list[Cand]:
    out = []
    for m in P_GDAY.finditer(f):
        d = _day(m)
        word = m.group("mon")
        y = int(m.group("y")) if m.group("y") else None
        if m.group("cw") and DURATION_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "هزار و دو"
        if not 1 <= d <= 35 or (y is None and word.strip() in AMBIGUOUS_GREGORIAN
                                 and not (m.group("gry") or m.group("gry2"))
                                 and not _MAH_BEFORE.search(f, max(0, m.start("mon") - 6), m.start("mon"))
                                 and not _JALALI_GLOSS_AFTER.match(f, m.end())
                                 and not (m.end() == m.end("mon") and f[m.start("mon") - 1].isspace()
                                          and _MAY_OK_AFTER.match(f, m.end()))
                                 and not (word.strip() == "مه" and _GMONTH_WORD.search(f, sentence_start(f, m.start()),
                                                                                     sentence_end(f, m.end())))
                                 and not (word.strip() == "مه" and m.group("d") and m.end() == m.end("mon")
                                          and f[m.start("mon") - 1].isspace() and not _FOG_AFTER.match(f, m.end()))):
            # "۱۳ ماه مه" is a day of May, and so is "۷ مه ( ۱۸ اردیبهشت )" or "ماشینی که ۳۰ مه گرفتید"
            # (after a day in digits "مه" is no fog, unless told as fog); "۱۳ می" may be the verb prefix;
            # but not beside another Gregorian month ("که ۲۷ آوریل ۲۰۱۶ تصویب شد، ... تا ۲۵ مه فرصت دارند")
            continue
        if y is None and word.strip() == "می" and not (m.group("gry") or m.group("gry2")) \
                and not _MAY_FOLLOWS.match(f, m.end()):
            continue  # "۳ ماه می‌ماند": three months remain
        if m.group("dw") and _PART_OF_MONTH.search(f, max(0, m.start() - 12), m.start()):
            continue
        if y is None and (_NAMED_AS_AFTER.match(f, m.end()) or _EXAMPLE_BEFORE.search(f, max(0, m.start() - 25), m.start())
                          or (nm := _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                          and not _ART_OR_SPORT.match(nm.group(0))):
            # "۱۰ اکتبر را روز جهانی ... نامیدند": every year's; "مثلا اول جولای"; "ائتلاف ۱۴ مارس" (but no
            # hall or body is named for a Gregorian day after "هنری"/"ورزشی": "ژیمناستیک هنری ۵ مارس")
            continue
        if y is not None and _era_calendar(m.group("era"), y, "gregorian") != "gregorian":
            continue
        mon = month_number(word, "gregorian")
        if y is None and (d, mon) == (11, 9) and _NINE_ELEVEN_BEFORE.search(f, max(0, m.start() - 25), m.start()):
            y = 2001  # "حملات ۱۱ سپتامبر", "گزارش ۱۱ سپتامبر": the attacks, not this year's day
        ry = m.group("gry") or m.group("gry2")
        if ry:  # "۱۷ دسامبر سال گذشته": the Gregorian year before the publication's
            step = {"جاری": 0, "گذشته": -1, "آینده": 1}[ry]
            if step and "سال" not in f[m.end("mon"):m.start("gry" if m.group("gry") else "gry2")]:
                # "۲۳ می گذشته": the latest 23 May before publication, "... آینده" the next
                rel = (lambda ref, mon=mon, d=d, fut=step > 0: nearest_side(ref, convert.gregorian, mon, d, fut))
            else:
                rel = (lambda ref, mon=mon, d=d, step=step: convert.gregorian(ref.year + step, mon, d))
            out.append(Cand(m.start(), m.end(), "gregorian_dmy", "gregorian", m=mon, d=d, needs_ref=True, rel=rel))
            continue
        lasts = y is None and lasts_until(f, m.start(), m.end())
        out.append(Cand(m.start(), m.end(), "gregorian_dmy" if y else "gregorian_dm",
                         "gregorian", y=y, m=mon, d=d, needs_ref=y is None,
                         tense=None if y else "will" if approaching(f, m.start(), m.end()) or moved_ahead(f, m.start(), m.end())
                         or planned_before(f, m.start()) or deadline(f, m.start(), m.end())
                         or set_off_on(f, m.start())
                         # "برای سه‌شنبه ۲ ژانویه ... برنامه‌ریزی کرده‌اند": what a plan is for is
                         # told in no tense of its own (its weekday, if written, decides the year)
                         else None if (_FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                       or _FOR_EVENT_DAY_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                       or lasts or was_planned(f, m.start())
                                       or _EVENT_OF_BEFORE.search(f, max(0, m.start() - 60), m.start())
                                       or _THING_OF_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                         else told_tense(f, m.start(), m.end()),
                         wd=weekday_with(f, m), lasts=lasts))
    for m in P_GM_BARE.finditer(f):
        # "اوایل آوریل": a Gregorian month alone (the unambiguous names), of the nearest year.
        if _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()) or _REVOLUTION_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                or _EXAMPLE_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or _NTH_WEEKDAY_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or _SUPERLATIVE_BEFORE.search(f, max(0, m.start() - 8), m.start()) \
                or m.group(0).startswith("فوریه") and _URGENT_BEFORE.search(f, max(0, m.start() - 8), m.start()) \
                or _USUALLY_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            # also "انقلاب اکتبر": the October Revolution; the month of a day-month that the
            # day finder turned down ("۱۰ اکتبر را روز جهانی ... نامیدند"); a rule's day,
            # "اولین سه‌شنبه نوامبر" (the first Tuesday of every November); and a usual month,
            # "پنجره‌های هوای مناسب معمولاً اواخر ژوئیه باز می‌شود"
            continue
        mon = month_number(m.group("mon"), "gregorian")
        out.append(Cand(m.start(), m.end(), "gregorian_m", "gregorian", m=mon, needs_ref=True,
                         rel=_month_rel(f, m, "gregorian", mon), inherits=True, tense=month_tense(f, m)))
    for m in P_GM_YEAR_REL.finditer(f):
        mon = month_number(m.group("mon"), "gregorian") if m.group("mon") else 5  # "ماه مه سال جاری میلادی"
        # "ژوئیه امسال": this Gregorian year's
        step = {"گذشته": -1, "قبل": -1, "جاری": 0, "آینده": 1, None: 0}[m.group("st") or m.group("st1")]
        out.append(Cand(m.start(), m.end(), "gregorian_my", "gregorian", m=mon, needs_ref=True, priority=2,
                         rel=lambda ref, mon=mon, step=step: convert.gregorian(ref.year + step, mon)))
    for m in P_GM_MAY.finditer(f):
        out.append(Cand(m.start("mon"), m.end(), "gregorian_m", "gregorian", m=5, needs_ref=True,
                         rel=_month_rel(f, m, "gregorian", 5), inherits=True, tense=month_tense(f, m)))
    for m in P_GM_MAY_EDGE.finditer(f) if "مه" in f else ():
        # "اول مارس ۲۰۲۴ میاد و تا آخر مه اینجاست": May's edge, in a sentence that tells Gregorian time
        # (fog has no end or beginning named so)
        ss, se = sentence_start(f, m.start()), sentence_end(f, m.end())
        if _GREGORIAN_TOLD.search(f, ss, m.start("mon")) or _GREGORIAN_TOLD.search(f, m.end(), se):
            out.append(Cand(m.start("mon"), m.end(), "gregorian_m", "gregorian", m=5, needs_ref=True,
                             rel=_month_rel(f, m, "gregorian", 5), inherits=True, tense=month_tense(f, m)))
    for m in P_GM_REL.finditer(f):
        # "توافقات دسامبر گذشته": the latest December before publication; "ژوئن آینده" the next.
        if m.group("mon") == "جون" and AZ_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "از جون گذشته": selfless (spoken "جان"), an idiom
        mon = month_number(m.group("mon"), "gregorian") if m.group("mon") else 5  # "ماه مه گذشته"
        out.append(Cand(m.start(), m.end(), "gregorian_my", "gregorian", m=mon, needs_ref=True,
                         rel=lambda ref, mon=mon, fut=m.group("st") == "آینده":
                         relative.gregorian_month_last_or_next(ref, mon, fut)))
    for m in P_GMY.finditer(f):
        y = int(m.group("y"))
        if _era_calendar(m.group("era"), y, "gregorian") != "gregorian" \
                or _MODEL_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            continue  # also "هواپیماهای مدل دسامبر ۲۰۰۶": a model's name
        out.append(Cand(m.start(), m.end(), "gregorian_my", "gregorian", y=y,
                         m=month_number(m.group("mon"), "gregorian")))
    for pattern, form in ((P_HDAY, "hijri_dmy"), (P_HMY, "hijri_my")):
        for m in pattern.finditer(f):
            y = int(m.group("y"))
            era = m.group("era")
            # "محرم ۱۳۵۷" names a Hijri month of the Jalali year 1357: without "قمری" only years
            # no Jalali year of modern news reaches are read as Hijri.
            if era and _era_calendar(era, y) != "hijri":
                continue
            # with "قمری" written, a year before the Umm al-Qura table too ("هشتم صفر ۱۳۱۹ قمری");
            # without it, a year no Jalali year of the news reaches ("۱۲ شوال ۱۰۳۰", "۱۸
            # ربیع‌الاول ۱۲۶۸") unless a count follows ("ماه رمضان ۱۲۰۰ نفر")
            old = y < HIJRI_OLD_BEFORE and not UNIT_AFTER.match(f, m.end())
            # a day of a year before the table's, in a sentence that tells its lunar era elsewhere: "از
            # ۱۲۶۴ تا ۱۳۱۳ قمری ... و در ۱۷ ذی‌القعده ۱۳۱۳ ... کشته شد" (or of one the table holds that a
            # Jalali year might be too: "در سال ۱۳۰۸ قمری ... و ... از ۱ محرم ۱۳۵۰ دوباره باز شد")
            old = old or (form == "hijri_dmy" and y < HIJRI_ONLY_FROM and not UNIT_AFTER.match(f, m.end())
                          and bool(_HIJRI_ERA_HINT.search(f, sentence_start(f, m.start()), sentence_end(f, m.end()))))
            # a day of a manuscript's colophon, which dates by the lunar year ("نسخه‌ای که در ۱۲
            # ذی‌الحجه ۱۳۵۵ کتابت شده"): no Jalali year is written after a Hijri day there
            old = old or (form == "hijri_dmy" and y < HIJRI_ONLY_FROM and not UNIT_AFTER.match(f, m.end())
                          and bool(_SCRIBED.search(f, sentence_start(f, m.start()), sentence_end(f, m.end()))))
            # a day of a lunar month of a year before the table's ("فرمان مشروطیت در ۱۴ جمادی‌الثانی ۱۳۲۴
            # صادر شد"): a lunar date of that lunar year, as every such day in the sets is (a Jalali
            # year the news names by a lunar month, "محرم ۱۳۵۷", is a month's)
            old = old or (form == "hijri_dmy" and y < convert.HIJRI_YEARS[0] and not UNIT_AFTER.match(f, m.end()))
            # ... and a month of such a year beside the Gregorian year it falls in ("گزارش ... به تاریخ
            # ۱۷ ژوئیه ۱۹۰۱ نوشته شده و در ربیع‌الثانی ۱۳۱۹ به تهران رسیده": 1319 AH is 1901; the
            # Jalali 1319 is 1940); "محرم ۱۳۴۲" alone is the Jalali year's, of 15 Khordad
            old = old or (form == "hijri_my" and y < convert.HIJRI_YEARS[0] and not UNIT_AFTER.match(f, m.end())
                          and (_gregorian_year_beside(f, m, convert.hijri(y, 1).start.year)
                               # ... or in a sentence that tells its lunar era elsewhere ("در سال ۱۳۱۰ قمری
                               # ... در صفر ۱۳۱۰ ...")
                               or bool(_HIJRI_ERA_HINT.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())))))
            # ... or a run between two lunar months with their years ("از محرم ۱۳۴۵ تا شوال ۱۳۵۰")
            old = old or (form == "hijri_my" and convert.HIJRI_YEARS[0] <= y < HIJRI_ONLY_FROM
                          and bool(_HIJRI_MY_TO_AFTER.match(f, m.end()) or _HIJRI_MY_FROM_BEFORE.search(f, max(0, m.start() - 40), m.start())))
            # a lunar year a Jalali one might be, told with the same time in another calendar ("در ۳ شعبان
            # ۱۳۵۲ برابر ۳۰ آبان ۱۳۱۲", "در جمادی‌الثانی ۱۳۷۱ (سال ۱۹۵۲ میلادی)"): the lunar reading's own years
            old = old or (convert.HIJRI_YEARS[0] <= y < HIJRI_ONLY_FROM and not UNIT_AFTER.match(f, m.end())
                          and _glossed_in_its_years(f, m, y, month_number(m.group("mon"), "hijri")))
            if not (y <= convert.HIJRI_YEARS[1] and (era or old or (convert.HIJRI_YEARS[0] <= y and y >= HIJRI_ONLY_FROM))):
                continue
            d = _day(m) if form == "hijri_dmy" else None
            if d is not None and not 1 <= d <= 35:
                continue
            if d is not None and m.group("dw") and _PART_OF_MONTH.search(f, max(0, m.start() - 12), m.start()):
                continue  # "دهه اول محرم ۱۴۴۳": part of the month (P_HMY reads "محرم ۱۴۴۳")
            mon = month_number(m.group("mon"), "hijri")
            days = None if d is None or m.group("wd") else _HIJRI_DAYS_BEFORE.search(f, max(0, m.start() - 40), m.start())
            if days and not days.group("list") and 1 <= (d1 := _day_number(days.group("d1") or days.group("d1w"))) < d:
                # "۲۶ و ۲۷ رمضان ۱۴۳۳", "از ۱ تا ۳ شوال ۱۴۴۴": a run of days of that month and year
                az = _az_before(f, _days_start(days)) if days.group("sep") != "و" else None
                parts = (Cand(0, 0, "", "hijri", y=y, m=mon, d=d1), Cand(0, 0, "", "hijri", y=y, m=mon, d=d))
                out.append(Cand(az.start() if az else _days_start(days), m.end(), "range", "hijri", parts=parts, priority=1))
                continue
            out.append(Cand(m.start(), m.end(), form, "hijri", y=y, m=mon, d=d))
    shorts = ((P_HDAY_SHORT, "hijri_dmy"), (P_HMY_SHORT, "hijri_my")) if _HIJRI_ERA_HINT.search(f) else \
        ((P_HDAY_OLD, "hijri_dmy"), (P_HMY_OLD, "hijri_my")) if _HMONTH_3DIGITS.search(f) else ()
    for pattern, form in shorts:
        for m in pattern.finditer(f):
            d = _day(m) if form == "hijri_dmy" else None
            if m.group("era") == "میلادی" or int(m.group("y")) == 0 or d is not None and not 1 <= d <= 30:
                continue
            if not m.group("era") and (UNIT_AFTER.match(f, m.end()) or _NUMBER_GOES_ON.match(f, m.end())):
                continue  # "۲۸ صفر ۱۲۰ هزار زائر"
            start = m.start("mon") if pattern is P_HMY_OLD else m.start()  # "در" outside
            out.append(Cand(start, m.end(), form, "hijri", y=int(m.group("y")),
                             m=month_number(m.group("mon"), "hijri"), d=d))
    out.extend(_hijri_noyear_cands(f))
    return out


_GREGORIAN_YEAR = re.compile(r"(?<![0-9/.\-:])(?:1[6-9][0-9]{2})(?![0-9/.\-:])")


_HIJRI_MY_TO_AFTER = re.compile(rf"{SP1}تا{SP1}(?:{HMONTH}){HTAIL}{SP1}1[34][0-9]{{2}}(?![0-9])")
_HIJRI_MY_FROM_BEFORE = re.compile(rf"{B0}از{SP1}(?:{HMONTH}){HTAIL}{SP1}1[34][0-9]{{2}}{SP1}تا{SP1}$")
_JALALI_YEAR4 = re.compile(r"(?<![0-9/.\-:])1[23][0-9]{2}(?![0-9/.\-:])")


def _glossed_in_its_years(f: str, m: re.Match, y: int, mon: int | None) -> bool:
    """The sentence of ``m`` (a lunar month of year ``y``) names the Gregorian or the Jalali year
    that month falls in, outside ``m`` itself."""
    if mon is None:
        return False
    start = convert.hijri(y, mon).start
    jy = convert.to_jalali(start).year
    lo, hi = sentence_start(f, m.start()), sentence_end(f, m.end())
    return _gregorian_year_beside(f, m, start.year) or any(
        abs(int(j.group(0)) - jy) <= 1 and not m.start() <= j.start() < m.end() for j in _JALALI_YEAR4.finditer(f, lo, hi))


def _gregorian_year_beside(f: str, m: re.Match, year: int) -> bool:
    """The sentence of ``m`` names a Gregorian year within one of ``year``."""
    lo, hi = sentence_start(f, m.start()), sentence_end(f, m.end())
    return any(abs(int(g.group(0)) - year) <= 1 for g in _GREGORIAN_YEAR.finditer(f, lo, hi))


_BECAUSE_OF = (rf"{B0}(?:به{SP1}(?:دلیل|علت|خاطر)|(?:تقارن|هم{SP}زمانی|مصادف{SP1}شدن){SP1}با|هم{SP}زمان{SP1}با)"
               rf"(?:{SP1}(?:تقارن|هم{SP}زمانی){SP1}با)?{SP1}")
_BECAUSE_OF_BEFORE = re.compile(rf"{_BECAUSE_OF}$")
_DAMAGE_CAUSE_BEFORE = re.compile(rf"{B0}به{SP1}(?:دلیل|علت|خاطر){SP1}(?:سرمازدگی|سرما{SP}زدگی|یخبندان|خشکسالی|سیل|سیلاب|تگرگ|طوفان"
                                  rf"|زلزله|آتش{SP}سوزی|گرمای{SP1}شدید|بارش{SP}های{SP1}سنگین)(?:{SP}ی)?{SP1}(?:ماه{SP1})?$")


_HIJRI_DATED = re.compile(rf"[0-9]{{1,2}}{SP}(?P<mon>{HMONTH}){HTAIL}{SP1}1[34][0-9]{{2}}(?![0-9])")


def _dated_later(f: str, end: int, mon: int) -> bool:
    """The same Hijri month told later in the sentence with a day and its year: that date is the
    mention, the month named before it no time of its own."""
    d = _HIJRI_DATED.search(f, end, sentence_end(f, end))
    return d is not None and month_number(d.group("mon"), "hijri") == mon


# asked of someone, spoken, about what they do in the month: "ماه رمضون تا کی بازید؟", "ماه رمضون
# میاید برای لوله‌ی آشپزخونه؟" (the month not yet over)
_ASKED_OF_YOU = re.compile(rf"(?:{SP1}[^\s.،,؛:!؟?]+){{0,3}}?{SP1}(?:ن?می{SP}[^\W\d_]+(?:ید|ین)|بازید|بازین|هستید|هستین)(?![\w\u200c])"
                           rf"[^.،,؛:!؟?\n]{{0,30}}[؟?]")


# the hours kept in the month: "ساعت کاری ماه رمضون ۱۰ صبح تا ۴ عصره" (the month not yet over)
_HOURS_OF_BEFORE = re.compile(rf"{B0}(?:ساعت|ساعات|ساعت{SP}های){SP1}(?:کاری|کار|اداری|بازدید|ملاقات)(?:{SP}ی)?{SP1}$")


# a run of hours right after the month: "کل ماه رمضان ساعت ۱۰ شب تا ۲ بامداد باز هستیم"
_HOURS_RUN_AFTER = re.compile(rf"(?:{SP1}(?:از|هم)|{SP1}[^\s\d.،,؛:!?؟]+(?={SP1}(?:از{SP1})?ساعت{B1}))?{SP1}(?:از{SP1})?(?:ساعت{SP1})?[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب|بامداد))?"
                              rf"{SP1}(?:تا|الی){SP1}(?:ساعت{SP1})?[0-9]{{1,2}}(?![0-9])")
# moved to an hour in the month: "جلسات درس در رمضان به ساعت ۲۱ منتقل می‌شود"
_MOVED_TO_HOUR_AFTER = re.compile(rf"{SP1}به{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب))?"
                                  rf"{SP1}(?:منتقل|تغییر){SP1}(?:می{SP}شود|می{SP}شه|شد|شده|خواهد{SP1}شد|می{SP}یابد|یافت){B1}")
_HOURS_AFTER = re.compile(rf"{SP1}(?:ساعت|ساعات|ساعت{SP}های){SP1}(?:کاری|کار|اداری)(?:{SP}(?:مون|مان|ما|شون|شان|تون|تان|ی))?{B1}"
                          # the hour a thing starts or is held at in the month: "کلاسای ماه رمضان ساعت ۹:۳۰ شب
                          # شروع میشه", "تمرینات در ماه رمضان ساعت ۲۲ برگزار می‌شود"
                          rf"|{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب))?"
                          rf"{SP1}(?:شروع|آغاز|برگزار){B1}")


_WEEKDAY_GLOSS_AFTER = re.compile(rf"{SP1}(?P<wd>{WEEKDAY})(?![\w\u200c])")


def _hijri_noyear_cands(f: str) -> list[Cand]:
    out = []
    for m in P_HDAY_NY.finditer(f):
        d = 15 if m.group("nim") else _day(m)
        if m.group("nim") and _FEAST_OF_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "جشن‌های نیمه شعبان", "به مناسبت نیمه شعبان": the feast named, not a day told
        if (not 1 <= d <= 30 or _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start())
                or _DAHE_BEFORE.search(f, max(0, m.start() - 10), m.start())
                or _PRAYER_BEFORE.search(f, max(0, m.start() - 20), m.start())):
            continue  # "دهه نخست محرم" is ten days, not the first day; "دعای روز دهم رمضان" a prayer
        mon = month_number(m.group("mon"), "hijri")
        if m.group("nim") and mon == 8 and (not m.group("ry") or _dated_later(f, m.end(), mon)):
            # "برنامه ویژه نیمه شعبان", "نیمه شعبان باز هستید؟": the feast's name, left out as the other
            # feasts' names are (no written set annotates it: 21 left out), unless told with its year
            # ("در نیمه شعبان امسال", fars-dev)
            continue
        if m.group("nim") and mon != 8:
            # "از نیمه ذی‌الحجه آغاز می‌شود": the middle of the month, "نیمه" a hedge outside, as
            # "اواسط X" ("نیمه شعبان", the feast's name, is left out above)
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=by_tense(f, m.end(), "hijri", mon)))
            continue

        def rel_of(d, m=m, mon=mon):
            if (wd := _WEEKDAY_GLOSS_AFTER.match(f, m.end())) and not m.group("ry"):
                return _hijri_on_weekday(mon, d, weekday_number(wd.group("wd")))
            if m.group("ry") and m.group("ry").startswith(("پارسال", "سال")) and "جاری" not in m.group("ry"):
                # "۲۰ صفر پارسال عمود ۱۴۰۰ بودیم": a lunar year before the nearest such day
                return lambda ref, near=_nearest_hijri(mon, d): convert.hijri(convert.hijri_year_of(near(ref).start) - 1, mon, d)
            if was_planned(f, m.start()) or _MOVED_TO_SPOKEN_BEFORE.search(f, max(0, m.start() - 10), m.start()) \
                    and planned_in(f, sentence_start(f, m.start()), m.start()):
                # "بازی ما که قرار بود ۲۰ صفر باشه رفت ۲۳ صفر": the day once planned, and the one it
                # went to, the nearest such days whatever the tense
                return _nearest_hijri(mon, d)
            if _HIJRI_AHEAD_BEFORE.search(f, max(0, m.start() - 30), m.start()) or moved_ahead(f, m.start(), m.end()) \
                    or _BOOKED_FAR_AFTER.match(f, m.end()) or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start()):
                # "از در پیش بودن پانزدهم شعبان گفت", "اجرا به ۱۲ محرم موکول شد": the coming day; so
                # what is booked or ordered for one ("۱۵ شعبان رو از چند ماه پیش رزرو کردیم", "برای ۲۰
                # صفر ۵۰۰ تا شیرکاکائو سفارش داده")
                return _upcoming_hijri(mon, d)
            if lasts_until(f, m.start(), m.end()):
                return _upcoming_hijri(mon, d)  # "تا ۲۰ صفر ادامه دارد و ... اعزام شده است": not yet over
            if _HOLIDAY_BEFORE.search(f, max(0, m.start() - 30), m.start()) or _COINCIDES_AFTER.match(f, m.end()) \
                    or _HOLIDAY_OF_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
                    or _OCCASION_BEFORE.search(f, max(0, m.start() - 20), m.start()) \
                    or _BRACKET_OPEN_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                    or _COINCIDING_DAYS_BEFORE.search(f, max(0, m.start() - 50), m.start()):
                # (so a day something coincides with: "به دلیل همزمانی با ۹ و ۱۰ محرم یک هفته عقب افتاد")
                # "به دلیل تعطیلی ۲۱ رمضان، مجمع ... موکول شد", "به مناسبت ۱۳ رجب با عفو ... موافقت کرد" (the
                # occasion at hand), "دیدارهایی که با ۹ و ۱۰ محرم مصادف شده
                # بود": the holiday that moves a date; "چهارشنبه ۲۳ فروردین (۲۱ رمضان)": the Hijri
                # day glossing a day near publication; the nearest
                return _nearest_hijri(mon, d)
            return by_tense(f, m.end(), "hijri", mon, d)
        days = None if m.group("nim") or m.group("wd") else _HIJRI_DAYS_BEFORE.search(f, max(0, m.start() - 40), m.start())
        # (not the nights of a vigil, two apart: "شب‌های ۲۱ و ۲۳ رمضان" is two nights, as a list is)
        run = days is not None and (days.group("sep") != "و" or not days.group("list")) \
            and not (days.group("sep") == "و" and days.group("d1") and int(days.group("d1")) + 1 < d
                     and _NIGHTS_BEFORE.search(f, max(0, _days_start(days) - 12), _days_start(days)))
        if run:
            # "۹ و ۱۰ محرم", "از ۱ تا ۴ شوال": a run of days of that month
            d1 = _day_number(days.group("d1") or days.group("d1w"))
            if 1 <= d1 < d:
                az = _az_before(f, _days_start(days)) if days.group("sep") != "و" else None
                parts = (Cand(0, 0, "", "hijri", m=mon, d=d1, needs_ref=True, rel=rel_of(d1)),
                         Cand(0, 0, "", "hijri", m=mon, d=d, needs_ref=True, rel=rel_of(d)))
                out.append(Cand(az.start() if az else _days_start(days), m.end(), "range", "hijri", parts=parts,
                                 needs_ref=True, priority=1))
                continue
        elif days:
            # "شب‌های ۱۹، ۲۱ و ۲۳ رمضان": each day of the list, of that month
            for e in re.finditer(r"[0-9]{1,2}", f[days.start():days.end()]):
                dn = int(e.group(0))
                if 1 <= dn <= 30:
                    out.append(Cand(days.start() + e.start(), days.start() + e.end(), "hijri_dm", "hijri", m=mon, d=dn,
                                     needs_ref=True, rel=rel_of(dn)))
        out.append(Cand(m.start(), m.end(), "hijri_dm", "hijri", m=mon, d=d, needs_ref=True, rel=rel_of(d)))
    for m in P_HM_REL.finditer(f):
        # "محرم امسال": the Muharram of this (Jalali) year, whatever the verb
        mon = month_number(m.group("mon"), "hijri")
        # ... and "رمضان سال بعد", "محرم پارسال": that of the Jalali year after or before
        step = 1 if m.group("step") in ("بعد", "آینده", "آتی") else -1 if m.group("step") or m.group("ry") == "پارسال" else 0
        out.append(Cand(m.start(), m.end(), "hijri_my", "hijri", m=mon, needs_ref=True,
                         rel=_hijri_this_year(mon, by_tense(f, m.end(), "hijri", mon), step)))
    ends = [e.start() for e in SENTENCE_END.finditer(f)] + [len(f)]
    for m in P_HM_MAH.finditer(f):
        stop = _stop_after(ends, m.end())
        tstop = tense_stop(f, m.end(), stop)
        mon = month_number(m.group("mon"), "hijri")
        hours = bool(_HOURS_OF_BEFORE.search(f, max(0, m.start() - 20), m.start()) or _HOURS_AFTER.match(f, m.end())
                     or _HOURS_RUN_AFTER.match(f, m.end()) or _MOVED_TO_HOUR_AFTER.match(f, m.end()))
        ahead = (WILL.search(f, m.end(), tstop) and future_first(f, m.end(), tstop)) or _hijri_programme(f, m, tstop) \
            or _ASKED_OF_YOU.match(f, m.end())
        if ahead or hours and not HABIT.search(f, sentence_start(f, m.start()), m.start()) \
                and not _ANNUAL.search(f, sentence_start(f, m.start()), m.start()):  # ("هر سال در ماه رمضان ساعات کار ...")
            # (hours kept in the month, told in the past, are the gone one's: "در ماه رمضان ساعت کار موزه‌ها
            # را تغییر نداد")
            past_hours = not ahead and PAST_ONLY.search(f, m.end(), tstop)
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=by_tense(f, m.end(), "hijri", mon) if past_hours else _upcoming_hijri(mon)))
        elif (_BEGUN_RIGHT_AFTER.match(f, m.end()) or _BECAUSE_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
              or _MONTH_RUNS_AFTER.match(f, m.end())) \
                and not HABIT.search(f, sentence_start(f, m.start()), m.start()):
            # also "به دلیل ماه رمضان، دیدارها ... آغاز می‌شود": what the month at hand brings
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=_nearest_hijri(mon)))
    for m in P_HM_FALLS_IN.finditer(f):
        # "عمه می‌گه عقد بیفته ذی‌الحجه بهتره": what is to fall in the month, the coming one; "الان که
        # تو محرم هستیم": the month one is in, the one at hand
        g = "mon" if m.group("mon") else "mon2" if m.group("mon2") else "mon3"
        mon = month_number(m.group(g), "hijri")
        rel = _upcoming_hijri(mon) if m.group("fall") else _nearest_hijri(mon)
        out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=rel))
    # the month about to begin: told so right after it ("سه‌شنبه ۱۸ تیر رمضان شروع می‌شود", "رمضان
    # نزدیک است"), or opening a clause that tells it begins ("رمضون هفته‌ی بعد شروع می‌شه")
    for m in P_HM_FALLS_INTO.finditer(f):
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_IS_THAT.finditer(f):
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_IS.finditer(f):
        g = "mon" if m.group("mon") else "mon2"
        mon = month_number(m.group(g), "hijri")
        out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for m in P_HM_THIS.finditer(f):
        if not HABIT.search(f, sentence_start(f, m.start()), m.start()):
            mon = month_number(m.group("mon"), "hijri")
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for pattern in (P_HM_NEAR, P_HM_BEGINS):
        for m in pattern.finditer(f):
            if pattern is P_HM_BEGINS and not _BEGINS_AFTER.match(f, m.end()) \
                    or HABIT.search(f, sentence_start(f, m.start()), m.start()):
                continue
            mon = month_number(m.group("mon"), "hijri")
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_SPOKEN.finditer(f):
        pause = _CLAUSE_PAUSE_AFTER.search(f, m.end())
        if HABIT.search(f, sentence_start(f, m.start()), pause.start() if pause else sentence_end(f, m.end())):
            continue  # "هر رمضون ... می‌ریم مشهد": every year's (in its own clause: not "... ؛ اسم هر دومونو نوشتم")
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, priority=-1,
                         rel=by_tense(f, m.end(), "hijri", mon)))
    for m in P_HM_FOR.finditer(f):
        if HABIT.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            continue  # "هر سال برای محرم ...": every year's
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_AROUND.finditer(f):
        if HABIT.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هر سال بعد از ماه رمضان": every year's
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                         rel=by_tense(f, m.end(), "hijri", mon)))
    for m in P_HM_CUE.finditer(f):
        stop = _stop_after(ends, m.end())
        start = sentence_start(f, m.start())
        if not (has_verb(f, start, stop) or _PRESENT_VERB.search(f, start, stop) or _PARTICIPLE.search(f, start, stop)
                or SUBJ_LIGHT.search(f, m.end(), stop)  # (also "تا آخر رمضون صبر کنیم")
                or WISH_VERB.search(f, m.end(), stop)  # ("تا آخر رمضون سحری هم قند بگیر")
                or _COPULA.search(f, m.end(), stop)  # ("تا آخر رمضان از ۹ تا ۱ هستیم": hours kept till then)
                or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and HAVE_OR_NOT.search(f, m.end(), stop)  # ("تا آخر صفر اجرا نداریم")
                or f.startswith("آخر", m.start()) and HAVE_ANY.search(f, m.end(), stop)  # ("برای ...، آخر صفر، اتاق دارین؟")
                or PRESENT_ACT.search(f, m.end(), stop)):  # ("در روزهای پایانی رمضان کاهش می‌یابد")
            continue  # "ماه مبارک رمضان، ماه ..." in a heading: a name, not a reported time
        if _EVERY_YEAR_BEFORE.search(f, max(0, m.start() - 25), m.start()):
            continue  # "هر سال در اواخر ماه رمضان": every year's
        if _ALWAYS_RIGHT_AFTER.match(f, m.end()):
            continue  # "دهه‌ی اول محرم همیشه از ۶ صبح ... بازیم": every year's
        for g in ("mon", "mon2"):
            if m.group(g):
                mon = month_number(m.group(g), "hijri")
                if _dated_later(f, m.end(g), mon):
                    continue  # "به احترام ایام محرم، ... از ۱ تا ۱۲ محرم ۱۴۳۵ لغو شد": the dated month is the mention
                # "از نزدیک شدن و در پیش بودن ماه صفر گفت", "آیین استقبال از ماه رمضان برگزار شد": the
                # coming one; "در آستانه" too, even told as done ("دیدار در آستانه ماه محرم برگزار
                # شد" was held on the eve of the month still to come)
                ahead = m.group("ahead2") or m.group("ahead")
                rel = _upcoming_hijri(mon) if ahead else by_tense(f, m.end(), "hijri", mon)
                out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=rel))
    return out


# a lunar month's part "always" so: every year's ("دهه‌ی اول محرم همیشه ... بازیم")
_ALWAYS_RIGHT_AFTER = re.compile(rf"{SP1}(?:همیشه|همواره|معمولا|معمولاً|هر{SP1}سال){B1}")


# "برنامه‌های شبکه در ماه رمضان", "جشن‌ها را در ماه ربیع‌الاول برگزار می‌کند", "هم‌زمانی آن با ماه
# رمضان": a programme for the month, or what falls in it, told in the present; the month at hand
# or ahead. Not a habit ("هر سال", "همیشه", "هر شب ماه رمضان"), nor what one does in any such
# month ("در ماه رمضان عادت‌ها تغییر می‌کند")
_PROGRAMME_WORD = re.compile(rf"{B0}(?:برنامه|ویژه{SP1}برنامه|جشن|جشنواره|مسابقه|مسابقات|طرح|مراسم|(?:ساعت|ساعات){SP1}(?:کاری|کار|پاسخگویی)){B1}")
_PLANNED_PRESENT = re.compile(
    rf"{B0}(?:برگزار|پخش|اجرا|برپا|آغاز|شروع|افتتاح|اعزام|توزیع|عرضه|تشکیل){SP}می{SP}\w+|{B0}می{SP}پرداز(?:د|ند){B1}")
# what is for the month: "ویژه / برای / مورد نیاز ماه رمضان"
_FOR_MONTH_BEFORE = re.compile(rf"{B0}(?:برای|ویژه|مخصوص|نیاز){SP1}$")
# (spoken "شروع میشه"; and the subjunctive, "رمضون که شروع بشه سفر سخت می‌شه")
_BEGINS_AFTER = re.compile(rf"{WORD_AFTER}{{0,6}}?{SP1}(?:آغاز|شروع){SP1}(?:می{SP}شود|می{SP}شه|خواهد{SP1}شد|بشه|بشود){B1}")
# "ماه رمضان آغاز شد", "از امروز هم ماه رمضان شروع شده": the month at hand, begun
_BEGUN_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:هم|نیز))?(?:{SP1}(?:از{SP1}(?:امروز|دیروز|دیشب)|که))?{SP1}(?:آغاز|شروع){SP1}(?:شد|شده|گردید)(?:{SP}(?:است))?{B1}"
                                # (spoken "مهر که شروع شد کارها زیاد شده": since it began)
                                # (also "ماه رمضان از امروز شروع شد")
                                # ... or ending, spoken: "بهمن هم که داره تموم می‌شه"
                                rf"|(?:{SP1}هم{SP1}که)?{SP1}داره{SP1}تموم{SP1}می{SP}شه{B1}")
# "الان بهمن شده": the month that has come
_THIS_YEAR_TOO_BEFORE = re.compile(rf"{B0}(?:امسال|پارسال){SP1}هم{SP1}$")
_NOW_BEFORE = re.compile(rf"{B0}(?:الان|حالا|اکنون|دیگه){SP1}$")
_BECOME_AFTER = re.compile(rf"{SP1}(?:شده|شد|شده{SP}است|شده{SP}ست){B1}")
_COINCIDING_BEFORE = re.compile(rf"{B0}هم{SP}زمان(?:ی)?(?:{SP1}\w+)?{SP1}با{SP1}$")
_COINCIDING_DAYS_BEFORE = re.compile(_COINCIDING_BEFORE.pattern[:-1] + rf"(?:[0-9]{{1,2}}{SP}(?:و|تا|[،,]){SP})*$")


def _hijri_programme(f: str, m: re.Match, tstop: int) -> bool:
    start = sentence_start(f, m.start())
    # (not "هر شب پس از افطار": nights of the month itself)
    if any(not _WITHIN_MONTH.match(f, h.end()) for h in HABIT.finditer(f, start, tstop)):
        return False
    if _COINCIDING_BEFORE.search(f, max(0, m.start() - 30), m.start()) or _FOR_MONTH_BEFORE.search(f, max(0, m.start() - 8), m.start()):
        return True  # (also what is for the month, whatever the verb: "برای ماه رمضان ... آغاز شد")
    if _BEGINS_AFTER.match(f, m.end()):
        return True  # "ماه مبارک رمضان نیز دو روز پس از آن آغاز می‌شود": the month that begins
    if not _IN_BEFORE.search(f, max(0, m.start() - 8), m.start()):  # "در ماه رمضان"
        # spoken, the month opening its clause with its hours right after it: "سلام، ماه رمضون ساعت
        # کاری ما ۱۰ صبح تا ۴ بعدازظهره"
        return bool(_CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
                    and _PROGRAMME_WORD.match(f, m.end() + 1) and f[m.end()].isspace()
                    and not HABIT.search(f, start, tstop))
    planned = _PLANNED_PRESENT.search(f, m.end(), tstop)
    past = PAST_ONLY.search(f, m.end(), tstop)
    if planned and not (past and past.start() < planned.start()) or _PROGRAMME_WORD.search(f, max(start, m.start() - 80), m.start()):
        return True
    comma = CLAUSE_END.search(f, m.end(), tstop)
    if PAST_ONLY.search(f, m.end(), comma.start() if comma else tstop):
        return False
    # the month's hours, told right after it ("در ماه رمضان از ساعت ۸ تا ۱۴ بیمار می‌پذیرند", "در
    # ماه رمضان ساعت پاسخگویی پشتیبانی از ۹ تا ۱۵ است"), or a sentence of the paper's own days
    # ("در ماه رمضان سلف فقط افطاری سرو می‌کند و رزرو آن از امروز ...")
    return bool(_CLOCK_RANGE_AFTER.match(f, m.end()) or _PROGRAMME_WORD.match(f, m.end() + 1) and f[m.end()].isspace()
                or _TODAY_WORD.search(f, start, sentence_end(f, m.end())))


# "به دلیل تعطیلات تاسوعا و عاشورا در روزهای ۹ و ۱۰ محرم": the holiday named, then its days
_HOLIDAY_OF_BEFORE = re.compile(rf"(?:{_BECAUSE_OF}|{B0})(?:تعطیلی|تعطیلات){SP1}[^.،,؛:0-9]{{1,40}}{SP1}(?:در{SP1})?(?:روزهای|روز){SP1}(?:[0-9]{{1,2}}{SP1}(?:و|تا){SP1})?$")
_TODAY_WORD = re.compile(rf"{B0}(?:امروز|فردا|امشب){B1}")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.،,؛:!?؟\n])\s*$")
_HAVE_ASKED = re.compile(rf"{B0}(?:دارید|دارین|داری){B1}")
_CLAUSE_OPENS_LOOSE_BEFORE = re.compile(rf"(?:^|[.،,؛:!?؟\n])\s*(?:(?:پس|ولی|اما|و){SP1})?(?:(?:آخر|اول|اوایل|اواخر|وسط){SP1})?$"
                                        # (or "تا" after the object, in a clause of its own: "کتاب رو تا هفته بعد دارید؟")
                                        rf"|(?:^|[.،,؛:!?؟\n])[^.،,؛:!?؟\n]{{0,40}}{B0}(?:رو|را){SP1}تا{SP1}$")
_HOLIDAY_BEFORE = re.compile(rf"(?:{_BECAUSE_OF}|{B0})(?:تعطیلی|تعطیلات){SP1}$|{_BECAUSE_OF}$")
_COINCIDES_AFTER = re.compile(rf"{SP1}(?:مصادف|هم{SP}زمان|مقارن){B1}")
_BRACKET_OPEN_BEFORE = re.compile(rf"[(]{SP}$")
_WITHIN_MONTH = re.compile(rf"{SP1}(?:شب|روز|سحر|افطار){B1}")


def _hijri_this_year(mon: int, otherwise, step: int = 0):
    """The Hijri month ``mon`` that begins in the Jalali year of publication (``step`` years on)."""
    def rel(ref: dt.date) -> convert.Interval:
        year, jy = convert.hijri_year_of(ref) + step, convert.to_jalali(ref).year + step
        for y in (year, year + 1, year - 1):
            iv = convert.hijri(y, mon)
            if convert.to_jalali(iv.start).year == jy:
                return iv
        return otherwise(ref)
    return rel


def _nearest_of_three_years(ref: dt.date, year: int, make) -> convert.Interval:
    """Of ``make(year - 1)``, ``make(year)`` and ``make(year + 1)``, the one nearest ``ref``."""
    return min((make(y) for y in (year - 1, year, year + 1)), key=lambda iv: convert.gap(iv, convert.day(ref)))


def _nearest_hijri(mon: int, d: int | None = None):
    """The Hijri month ``mon`` (or its day ``d``) nearest publication."""
    def rel(ref: dt.date) -> convert.Interval:
        return _nearest_of_three_years(ref, convert.hijri_year_of(ref), lambda y: convert.hijri(y, mon, d))
    return rel


def _hijri_on_weekday(mon: int, d: int, wd: int):
    """The day ``d`` of Hijri month ``mon`` nearest publication among those that fall on weekday ``wd``
    ("برای نذری ۲۸ صفر سه‌شنبه ... بیارین": the 28th of Safar that is a Tuesday); the nearest if none does."""
    def rel(ref: dt.date) -> convert.Interval:
        hy = convert.hijri_year_of(ref)
        found = []
        for y in (hy - 1, hy, hy + 1):
            try:
                iv = convert.hijri(y, mon, d)
            except ValueError:
                continue
            if convert.persian_weekday(iv.start) == wd:
                found.append(iv)
        if not found:
            return _nearest_hijri(mon, d)(ref)
        return min(found, key=lambda iv: abs((iv.start - ref).days))
    return rel


def _upcoming_hijri(mon: int, d: int | None = None):
    """The Hijri month ``mon`` (or its day ``d``) not yet over at publication."""
    def rel(ref: dt.date) -> convert.Interval:
        year = convert.hijri_year_of(ref)
        iv = convert.hijri(year, mon, d)
        return iv if iv.end >= ref else convert.hijri(year + 1, mon, d)
    return rel


_WEEK_OF_MONTH_BEFORE = re.compile(rf"{B0}هفته(?:{SP}ی)?{SP1}(?:اول|دوم|سوم|چهارم|آخر|نخست|پایانی){SP1}$")
_SAME_MONTH_OF = re.compile(rf"{B0}ماه{SP1}مشابه{SP1}سال{B1}")
# every year: "سالانه", "هر سال", "همه‌ساله", "سال به سال"
_EVERY_YEAR_WORDS = rf"(?:سالانه|سالیانه|هر{SP}سال(?:ه)?|همه{SP}ساله|سال{SP1}به{SP1}سال)"
_ANNUAL = re.compile(rf"{B0}{_EVERY_YEAR_WORDS}{B1}")
_EVERY_YEAR_BEFORE = re.compile(rf"{B0}{_EVERY_YEAR_WORDS}(?:{SP1}\w+)?{SP1}$")
_HIJRI_AHEAD_BEFORE = re.compile(rf"{B0}(?:در{SP1}پیش{SP1}بودن|در{SP1}آستانه|آستانه|فرا{SP}رسیدن|استقبال{SP1}از){SP1}$")


_DASH_YEAR_AFTER = re.compile(rf"{SP}[-–/]{SP}[0-9]")
_JALALI_GLOSS_AFTER = re.compile(rf"{SP}[(]{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP}{JMONTH}")
_YEAR_NOUN_AFTER = re.compile(rf"{SP1}سال(?:ی)?{B1}")
# "پیک سال ۹۵ برابر ۵۳ هزار مگاوات بود": "equal to" a number, no "95 times"
_EQUAL_TO_NUMBER_AFTER = re.compile(rf"{SP1}برابر{SP1}[0-9]")
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


_MODEL_BEFORE = re.compile(rf"{B0}مدل{SP1}$")
# "شماره ۱۹۲۵-۱۹۳۰", "صفحات ۱۹۰۰ - ۱۹۲۰": numbers that name things, not a span of years
_COUNTED_TO_BEFORE = re.compile(rf"{B0}(?:شماره|کد|پلاک|صفحه|صفحات|بند|ماده|ردیف|پرواز){SP1}[0-9]+{SP1}$")
# (also a product's version: "پشتیبانی از ویندوز ۱۰ تا ۱۴ اکتبر ۲۰۲۵ ادامه دارد")
_NUMBER_NOUN_BEFORE = re.compile(rf"{B0}(?:شماره|کد|پلاک|تلفن|نمابر|فکس|داخلی|صفحه|صفحات|بند|ماده|ردیف|پرواز"
                                 rf"|ویندوز|آیفون|اندروید|گلکسی|پیکسل|پلی{SP}استیشن|نسخه){SP1}$")
_YEAR_LIST_AFTER = re.compile(rf"{SP}(?:[،,]|و|تا|الی|-|–){SP}[0-9]")


_MONTH_NAME_AFTER = re.compile(rf"{SP}(?:{JMONTH}|{GMONTH}|{HMONTH}){B1}")


# The imperial era of 1355-1357 (2535-2537, counted from Cyrus): "۲۵۳۵ شاهنشاهی", "سال ۲۵۳۷"; its
# year is the Jalali year 1180 before
P_IMPERIAL_YEAR = re.compile(rf"(?:{B0}(?P<sal>سال){SP1})?(?<![0-9/.\-:])(?P<y>25[0-9]{{2}})(?![0-9/.\-:٫]?[0-9])(?P<era>{SP1}شاهنشاهی{B1})?")
_IMPERIAL_OFFSET = 1180


def _imperial_year_cands(f: str) -> list[Cand]:
    out = []
    for m in P_IMPERIAL_YEAR.finditer(f) if "25" in f else ():
        y = int(m.group("y"))
        # the era named, or "سال" before one of the three years it was used
        if not (m.group("era") and 2500 <= y <= 2540 or m.group("sal") and 2535 <= y <= 2537) \
                or UNIT_AFTER.match(f, m.end()):
            continue
        out.append(Cand(m.start(), m.end(), "year", "jalali", y=y - _IMPERIAL_OFFSET))
    return out


def _year_cands(f: str) -> list[Cand]:
    out = _imperial_year_cands(f)
    for m in P_SANAH.finditer(f):
        # "عمل استاد حسین معمار سنه ۱۱۲۵": the Arabic "year" of inscriptions and old deeds, a
        # lunar Hijri one unless its era says otherwise
        # (also in words: "وفات سنه هزار و دویست و نود و هشت")
        y = int(m.group("y")) if m.group("y") else year_word_value(m.group("yw"), base=1000)
        if m.group("yw") and "هزار" not in m.group("yw"):
            continue  # "سنه نود": which century, unsaid
        cal = _era_calendar(m.group("era"), y, default="hijri") if m.group("era") else "hijri"
        if 100 <= y < _YEAR_RANGE_OK[cal][1] and not UNIT_AFTER.match(f, m.end()):
            out.append(Cand(m.start(), m.end(), "year", cal, y=y))
    for m in P_YEAR.finditer(f):
        ys = m.group("y") or m.group("y2")
        era = m.group("era") or m.group("era2")
        if m.group("sal") and "مالی" in m.group("sal") and _DASH_YEAR_AFTER.match(f, m.end("y")):
            continue  # "سال مالی ۲۰۱۴ - ۲۰۱۵": one fiscal year named by two
        if m.group("sal") and _season_of_two(f, m.group("sal"), ys, m.end("y")):
            continue  # "سال ۹۵ - ۹۶" (a school or sports year)
        if m.group("sal") and _EVERY_WORD_BEFORE.search(f, max(0, m.start() - 5), m.start()):
            continue  # "هر سال ۲۰ مهر روز دوستی دو شهر است": every year's day, no year
        if m.group("sal") and len(ys) == 2 and (_THAT_YEAR_BEFORE.search(f, max(0, m.start() - 6), m.start())
                                                or _ORDINAL_YEAR_BEFORE.search(f, max(0, m.start() - 10), m.start())):
            # (or its own first year: "در نخستین سال ۶۵ عضو داشت")
            continue  # "صنف آسیابانان در آن سال ۴۶ عضو داشت": that year, named before; the number counts
        if m.group("sal") and len(ys) == 2 and _COUNT_OF_YEARS_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and not _LABELLED_NUMBER_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            # (not an article's number: "از ماده 180 سال 94")
            continue  # "زیر ۲۰ سال ۱۶ وزنه‌بردار": twenty years of age, then a count
        if len(ys) == 2:
            if UNIT_AFTER.match(f, m.end("y")) and not (m.group("sal") and (_YEAR_NOUN_AFTER.match(f, m.end("y"))
                                                                            or _DAY_OF_AFTER.match(f, m.end("y"))
                                                                            or _OBJECT_NOUN_AFTER.match(f, m.end("y"))
                                                                            or _EQUAL_TO_NUMBER_AFTER.match(f, m.end("y"))
                                                                            or not f[sentence_start(f, m.start()):m.start()].strip())):
                continue  # "۹۵ نفر"; but "سال ۹۵ سالی پربار باشد", "سال ۹۷ روز یکشنبه ...", "سال ۸۷ تیم را ..." name the year
                # (and so does a sentence opening on it: "سال ۸۹ تیم ما قهرمان شد")
            if (sh := P_YEAR_SHORT_ERA.match(f, m.start())) and sh.group("era") != "میلادی":
                continue  # "سال ۶۱ هجری قمری": P_YEAR_SHORT_ERA's
            y, cal = _two_digit(int(ys)), "jalali"
            if era and _era_calendar(era, 1990) == "gregorian":
                # "سال ۷۰ میلادی": a Gregorian year of the last century (or this one, "۲۰").
                y, cal = (1900 if int(ys) >= 30 else 2000) + int(ys), "gregorian"
        else:
            y = int(ys)
            cal = _era_calendar(era, y)
        if _BC_AFTER.match(f, m.end()):
            continue  # "سال ۱۲۶۵ پیش از میلاد": before the era, which a DateValue cannot hold
        if not m.group("sal") and _DAHE_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "در دهه ۱۳۴۰ خورشیدی": a decade, no year
        # "سال ۱۲۰۷ هجری قمری", "۱۳۵۰ میلادی": with its era written, a Hijri or Gregorian year of any
        # century; "سال ۱۶۶۵" without one: no Jalali year that far ahead is told, so Gregorian
        early = not era and m.group("sal") and len(ys) == 4 and 1500 <= y < 1800
        cal = "gregorian" if early else cal
        ok = (1000, _YEAR_RANGE_OK[cal][1]) if cal in ("hijri", "gregorian") and (era or early) else _YEAR_RANGE_OK[cal]
        if cal == "jalali" and era and len(ys) == 4:
            ok = (1000, ok[1])  # "در سال ۱۲۳۰ خورشیدی": a solar year of an earlier century, its era written
        if not ok[0] <= y < ok[1]:
            continue
        if _MODEL_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            continue  # "خودرو مدل سال ۲۰۱۶": a model year, not a time
        if (m.group("sal") and "ها" in m.group("sal") and len(ys) == 4 and y % 10 == 0
                and not _YEAR_LIST_AFTER.match(f, m.end())):
            continue  # "در سال‌های ۱۹۸۰": the decade (the 1980s), not the year
        start = m.start("y") if m.group("sal") and "ها" in m.group("sal") else m.start()
        nxt = _DASH_NEXT_YEAR.match(f, m.end("y")) if len(ys) == 4 and cal == "jalali" and not era else None
        if (nxt and int(nxt.group("y")) == (y + 1) % 100 and not UNIT_AFTER.match(f, nxt.end())
                and not _SEASON_WORD.search(f, sentence_start(f, m.start(), 300), sentence_end(f, m.end()))):
            # "سال ۱۳۹۱ - ۹۲": the two years, the second written short (a school or farming year
            # so written is one year, left as the first)
            out.append(Cand(start, nxt.end(), "range", cal, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y), Cand(0, 0, "", cal, y=y + 1))))
            continue
        out.append(Cand(start, m.end(), "year", cal, y=y))
        if m.group("sal") and "ها" in m.group("sal"):
            out.extend(_year_list_cands(f, out[-1]))
        elif m.group("sal") and len(ys) == 2 and cal == "jalali" and not era:
            out.extend(_year_list_cands2(f, out[-1]))
        elif m.group("sal") and (first := P_YEAR_NEXT.match(f, m.end())) and first.group("along"):
            # "سال ۲۰۱۰ همراه با ۱۹۹۸ و ۲۰۰۵ گرم‌ترین سال‌ها", "سال ۲۰۱۷ پس از ۲۰۱۶ و ۲۰۱۵": the years
            # ranked with it
            out.extend(_year_list_cands(f, out[-1]))
    for m in P_YEAR_SHORT_ERA.finditer(f) if _SHORT_ERA_HINT.search(f) else ():
        y = int(m.group("y"))
        cal = "gregorian" if m.group("era") == "میلادی" else "hijri"
        if y == 0 or cal == "gregorian" and len(m.group("y")) < 3:
            continue  # "سال ۷۰ میلادی" is P_YEAR's: the last century's
        if not m.group("sal") and _CENTURY_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            continue  # "قرن ۱۴ ه . ق": a century, not a year
        out.append(Cand(m.start(), m.end(), "year", cal, y=y))
    for m in P_YEARRANGE2.finditer(f):
        # "سال ۸۴ تا ۸۶": two-digit Jalali years, not a quantity ("سال ۸۴ تا ۸۶ نفر" is rare)
        if UNIT_AFTER.match(f, m.end()) or _MONTH_NAME_AFTER.match(f, m.end()):
            continue  # (nor "سال ۹۸ تا ۲۵ اسفند تعیین می‌شود": a year, then a day it is set by)
        if _season_of_two(f, m.group("sal"), m.group("y1"), m.end("y1")):
            continue  # "سال ۹۵ - ۹۶" names one school or sports year, not two years
        y1, y2 = _two_digit(int(m.group("y1"))), _two_digit(int(m.group("y2")))
        if int(m.group("y1")) < int(m.group("y2")) and y1 > y2:
            y1 = _ShortYear(y1 - 100)  # "از سال ۴۲ تا ۵۰": one century's run across the 50 that parts them
        if y1 < y2 and y2 - y1 <= 30 and (y1 < 1400 or y2 <= 1410):  # not "سال‌های ۱۳ تا ۲۰" (ages)
            out.append(Cand(m.start(), m.end(), "range", "jalali", priority=1,
                             parts=(Cand(0, 0, "", "jalali", y=y1), Cand(0, 0, "", "jalali", y=y2))))
    for m in P_YEAR_AND.finditer(f):
        # "سال ۲۰۱۲ و ۲۰۱۳": two consecutive years after one "سال" are a span, as two days are
        if len(m.group("y1")) != len(m.group("y2")) or UNIT_AFTER.match(f, m.end("y2")):
            continue
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if len(m.group("y1")) == 2:  # "سال ۹۳ و ۹۴"
            y1, y2 = _two_digit(y1), _two_digit(y2)
        if y1 == y2 + 1:
            y1, y2 = y2, y1  # "سال‌های ۲۰۱۵ و ۲۰۱۴": the same two years, the later first
        cal = _era_calendar(m.group("era"), y1)
        ok = _YEAR_RANGE_OK[cal]
        if (y2 == y1 + 1 or m.group("bein") and y1 < y2 <= y1 + 100) and ok[0] <= y1 < ok[1]:
            # "بین سال‌های ۲۰۱۰ و ۲۰۶۰": the span between them
            out.append(Cand(m.start("bein") if m.group("bein") else m.start(), m.end(), "range", cal, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
        elif len(m.group("y2")) == 4 and y1 < y2 <= y1 + 50 and not m.group("bein") and _year_ok(y2, cal):
            # "در سال ۱۳۷۱ و ۱۳۷۳": two years apart, each its own ("سال ۱۳۷۱" is found alone)
            out.append(Cand(m.start("y2"), m.end("y2"), "year", cal, y=y2))
    for m in P_YEARRANGE_ERA.finditer(f) if _SHORT_ERA_HINT.search(f) else ():
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        cal = _era_calendar(m.group("era"), y2)
        if 0 < y1 < y2 <= _YEAR_RANGE_OK[cal][1] and not (y1 >= 1000 and _year_ok(y1, cal)):
            # two years of the last centuries are P_YEARRANGE's
            cue = _YEARRANGE_CUE_BEFORE.search(f, max(0, m.start() - 20), m.start())
            start = m.start() if "ها" in (cue.group("cue") or "") else cue.start()
            out.append(Cand(start, m.end(),
                             "range", cal, needs_ref=False, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    for m in P_YEARRANGE.finditer(f):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 == y1 + 1 and _SEASON_NAMED_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            continue  # "فصل ۱۴۰۱-۱۴۰۲", "سال تحصیلی ۱۴۰۲-۱۴۰۳": one season or school year, named by two
        if m.group("era1") and _era_calendar(m.group("era1"), y1) != _era_calendar(m.group("era"), y2):
            continue  # two eras, two calendars: each year its own
        cal = _era_calendar(m.group("era") or m.group("era1"), y1)
        tail = f[m.end():m.end() + 1]
        cued = m.group("cue") or m.group("era") or m.group("era1") or m.group("az") and (not tail or not tail.isalnum())
        # "در ۱۸۷۵ تا ۱۸۷۹ ... رد شدند": a few years apart after "در", before no unit, are years
        cued = cued or bool(m.group("dar") and 0 < y2 - y1 <= 20 and not UNIT_AFTER.match(f, m.end()))
        # "۲۰۱۸ تا ۲۰۲۲ رو تو برلین گذروندیم": a few years apart, the run itself the object
        cued = cued or bool(0 < y2 - y1 <= 50 and _OBJECT_MARK_AFTER.match(f, m.end()))
        # "میانگین دما در دوره ۱۳۶۰ تا ۱۳۹۰": a period named by its years
        cued = cued or bool(not m.group("az") and y1 < y2 and _PERIOD_BEFORE.search(f, max(0, m.start() - 20), m.start()))
        # "خشکسالی ۱۳۷۸ تا ۱۳۸۰": an episode named by the years it lasted
        cued = cued or bool(not m.group("az") and 0 < y2 - y1 <= 20 and _EPISODE_BEFORE.search(f, max(0, m.start() - 12), m.start())
                            and not UNIT_AFTER.match(f, m.end()))
        # "کتابای چاپ ۱۳۹۵ تا ۱۳۹۸": the years books were printed in
        cued = cued or bool(0 < y2 - y1 <= 30 and _PRINTED_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start()))
        dashed = re.search("[-–]", f[m.end("y1"):m.start("y2")]) is not None
        if not cued and tail and (tail.isalnum() or tail == " " and re.match(r"\s*\w", f[m.end():])) and not (
                dashed and tail == " " and not UNIT_AFTER.match(f, m.end())
                and not _NUMBER_NOUN_BEFORE.search(f, max(0, m.start() - 12), m.start())):
            # "۱۳۰۰ تا ۱۴۰۰ نفر": bare numbers followed by a word are quantities; but "جنگ ۱۹۳۹ -۱۹۴۵ است"
            continue
        if not cued and _NUMBER_NOUN_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "در جلد ۲۳ مجله، صفحات ۱۳۱۲ تا ۱۳۲۵، به چاپ رسیده": pages, not years
        if y2 == y1 + 1 and _ONE_SEASON_BEFORE.search(f, max(0, m.start() - 25), m.start("y1")):
            continue  # "سال مالی ۲۰۱۴ - ۲۰۱۵", "سال تحصیلی ۹۴-۹۳": one fiscal or school year
        if y1 > y2 and (m.group("cue") or m.group("era")) and re.search("[-–]", f[m.end("y1"):m.start("y2")]):
            y1, y2 = y2, y1  # "سال‌های 1347-1340 ش": typed right to left
        ok = _YEAR_RANGE_OK[cal]
        if not (ok[0] <= y1 < y2 < ok[1] and y2 - y1 <= 100):
            continue
        start = m.start("y1") if m.group("cue") and "ها" in m.group("cue") or m.group("dar") else m.start()
        if m.group("cue") and m.group("cue").startswith("دهه"):
            continue
        out.append(Cand(start, m.end(), "range", cal, needs_ref=False, priority=1,
                         parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    for m in P_BORN_YEARS.finditer(f) if "متولد" in f else ():
        # "برای متولدین ۱۳۸۲ تا ۱۳۸۶", "متولدین ۸۸ و ۸۹": an age group's years of birth, one run
        if len(m.group("y1")) != len(m.group("y2")) or UNIT_AFTER.match(f, m.end()):
            continue
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if len(m.group("y1")) == 2:
            y1, y2 = _two_digit(y1), _two_digit(y2)
        cal = _era_calendar(None, y1)
        if _year_ok(y1, cal) and y1 < y2 <= y1 + 20 and (m.group("to") or y2 == y1 + 1):
            out.append(Cand(m.start("y1"), m.end(), "range", cal, needs_ref=False, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    for m in P_IN_YEAR_AND.finditer(f):
        # "۱۲۰ عکس آن در ۱۹۷۵ و ۱۹۷۶ میلادی گرفته شده": two years in a row after "در", one run, as
        # two days in a row are ("در ۱۹۷۲ و ۱۹۷۶": two years apart, each its own)
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        cal = _era_calendar(m.group("era"), y1)
        if y2 == y1 + 1 and _year_ok(y1, cal) and not UNIT_AFTER.match(f, m.end("y2")):
            out.append(Cand(m.start("y1"), m.end(), "range", cal, needs_ref=False, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    return out


P_IN_YEAR_AND = re.compile(
    rf"{B0}(?:در|تو){SP1}(?P<y1>[0-9]{{4}}){SP}و{SP}(?P<y2>[0-9]{{4}})(?![0-9/.\-:])"
    rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI})(?![\w]))?")
P_BORN_YEARS = re.compile(
    rf"{B0}متولد(?:ین|ان)?{SP1}(?P<y1>[0-9]{{4}}|[0-9]{{2}}){SP}(?:(?P<to>تا|الی|لغایت|-|–)|و){SP}(?P<y2>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.\-:]?[0-9])")
_SEASON = r"(?:بهار|تابستان|پاییز|زمستان|تابستون|زمستون)"  # (spoken "زمستون ۹۶")
# A year the sentence names through what happened in it: "بهار و تابستان ۱۳۹۵", "المپیک ۲۰۱۶
# برزیل", "المپیک توکیو ۲۰۲۰", "جام جهانی ۲۰۲۲". Only the number is the mention.
# a word of letters, its parts joined by ZWNJ ("بازی‌های", "نرم‌افزار"); and such a word in a long
# name, none of the words that end one or open a clause of its own
_NAME_WORD = r"[^\W\d][^\W\d\u200c]*(?:\u200c[^\W\d]+)*"
_FILLER_WORD = rf"{SP1}(?!(?:سال|در|از|با|برای|که|و(?!{SP1}پرورش)){B1}){_NAME_WORD}"  # ("آموزش و پرورش" is one name)
# the cities of the summer and winter games since 1980, as a medal names them ("طلای ۲۰۱۲ لندن")
_OLYMPIC_HOSTS = (rf"(?:مسکو|لس{SP}آنجلس|سئول|سیول|بارسلون|بارسلونا|آتلانتا|سیدنی|آتن|پکن|لندن|ریو|توکیو|پاریس"
                  rf"|ونکوور|سوچی|پیونگ{SP}چانگ|تورین|سالت{SP}لیک|ناگانو|ملبورن|هلسینکی|رم|مونیخ|مونترال|مکزیکوسیتی|مکزیکو{SP1}سیتی)")
# in a sentence of the games, a year beside a host city: "المپیک ۱۹۸۰ مسکو و ۱۹۸۴ لس‌آنجلس", "در سئول ۱۹۸۸",
# "بازی‌های ۱۹۵۶ ملبورن"
P_YEAR_HOST = re.compile(rf"(?<![0-9/.\-:])(?P<y>(?:19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9]){SP1}{_OLYMPIC_HOSTS}{B1}"
                         rf"|{B0}{_OLYMPIC_HOSTS}{SP1}(?P<y2>(?:19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9])")
_GAMES_WORD = re.compile(rf"{B0}(?:المپیک|پارالمپیک|بازی{SP}(?:ها|های)){B1}")
# what is billed or taxed by the year: "فاکتورهای ۱۴۰۳", "تعرفه‌ی ۱۴۰۲" (a year it names lends itself to no later day)
_BILL_WORD = rf"(?:تعرفه|فاکتور|صورت{SP}حساب|اظهارنامه|کرایه|(?:لیست|فهرست){SP1}قیمت(?:{SP1}(?:صادراتی|جدید|رسمی|عمده|فروش))?|حراج|نرخ|کالابرگ)(?:{SP}(?:ها|های))?"  # ("لیست قیمت ۲۰۱۹", "نخستین حراج ۱۴۰۰", "کالابرگ ۱۴۰۳")
# those a contest or league counts: "در لیگ برتر ۱۴۰۰ نمونه گرفته شد", "لیگ آنلاین ۱۴۰۰ شطرنج‌باز"
_ENTRANTS_AFTER = re.compile(rf"{SP1}(?:نمونه|شرکت{SP}کننده|ورزشکار|بازیکن|تماشاگر|تماشاچی|بازدیدکننده|دانش{SP}آموز|هنرمند|[^\W\d]+{SP}?باز"
                             rf"|پاروزن|قایقران|کشتی{SP}گیر|وزنه{SP}بردار|دونده|شناگر|تیرانداز|کماندار|رکابزن|ملی{SP}پوش|مربی|داور|سهمیه|زائر|زایر|زوار)"  # ("انتخابی المپیک ۱۲ پاروزن")
                             rf"(?:ان|ها|های|{SP}ها|{SP}های)?{B1}")
# a bare four-digit year of a near century, and what makes one a year: a new year's greeting before it
# ("سال نو میلادی مبارک! امیدوارم ۲۰۲۱ ..."), or the object mark after it ("۱۳۹۷ رو با سفر شروع کنیم"),
# unless a code, a model or a number owns it ("کد تخفیف ۱۴۰۱ رو بزنین")
P_YEAR_BARE4 = re.compile(r"(?<![0-9/.\-:\w])(?P<y>13[5-9][0-9]|140[0-9]|20[0-3][0-9])(?![0-9/.\-:])")
_NEW_YEAR_CUE = re.compile(rf"{B0}(?:سال{SP1}(?:نو|جدید)|تحویل{SP1}سال|سال{SP1}تحویل|مبارک){B1}")
P_YEAR_OBJECT = re.compile(rf"(?<![0-9/.\-:\w])(?P<y>13[5-9][0-9]|140[0-9]|20[0-3][0-9])(?![0-9/.\-:]){SP1}(?:رو|را){B1}")
# a code's label before a colon: "کد تخفیف مشتریای قدیمی: ۱۳۹۱"
_CODE_LABEL_BEFORE = re.compile(rf"{B0}(?:کد|کُد|رمز|پسورد|شماره)(?:{SP1}[^\s\d:：]+){{0,3}}{SP}[:：]{SP}$")
_CODE_NOUN_BEFORE = re.compile(rf"{B0}(?:کد|کُد|مدل|شماره|شماره{SP}ی|رمز|پسورد|فاکتور|سرور|نسخه|ورژن|پلاک|تلفن|پیامک|سامانه|پژو|تخفیف|سریال|و"
                               rf"|فیفا)"  # (a game named by its year: "بازی فیفا ۲۰۰۷ رو داریم", a product like a model)
                               rf"(?:{SP1}[^\s\d]+)?{SP1}$")
P_YEAR_CUED = re.compile(
    rf"{B0}(?:(?P<season>{_SEASON}(?:{SP1}و{SP1}{_SEASON})?|نوروز|نوروزی|عید)(?:{SP1}سال)?"  # "طرح نوروزی ۱۴۰۲", "عکس عید ۱۳۶۵"
    rf"|ویمبلدون|رولان{SP}گاروس|گرند{SP}(?:سوییس|سویس|پری|اسلم)|آزاد{SP1}(?:استرالیا|فرانسه|آمریکا)|سوپر{SP}(?:جام|کاپ)|جام{SP1}اتحادیه|کوپا{SP}آمریکا|جام{SP1}ملت{SP}های{SP1}(?:آسیا|اروپا|آفریقا)"
    rf"|(?:المپیک|پارالمپیک|جام{SP1}جهانی)(?P<host>{SP1}(?!(?:سال|حدود|بیش|کمتر|نزدیک|تقریبا|با|و|در|از|به|تا){B1}){_NAME_WORD})?|یورو|بازی{SP}(?:ها|های){SP1}(?:(?:آسیایی{SP1})?داخل{SP1}سالن(?:{SP1}و{SP1}هنر{SP}های{SP1}رزمی)?|آسیایی|پاراآسیایی|پارا{SP1}آسیایی|المپیکی?|پارالمپیک)"
    # (a host city too: "بازی‌های آسیایی دوحه ۲۰۰۶", "بازی‌های داخل سالن و هنرهای رزمی عشق‌آباد ۲۰۱۷")
    rf"(?:{SP1}(?!(?:سال|حدود|بیش|کمتر|نزدیک|تقریبا|با|و|در|از|به|تا){B1}){_NAME_WORD})?"
    # (a host city too: "قهرمانی جهان کازان ۲۰۱۵")
    rf"|سال{SP1}(?:جهانی|بین{SP}المللی)(?:{SP1}(?!(?:سال|در|از|با|به|تا){B1}){_NAME_WORD}){{1,2}}"  # "سال جهانی نجوم ۲۰۰۹"
    rf"|قهرمانی{SP1}(?:آسیا|جهان|اروپا)(?:{SP1}(?!(?:سال|حدود|بیش|کمتر|نزدیک|تقریبا|با|و|در|از|به|تا){B1}){_NAME_WORD})?|اسکار|مصوب|چشم{SP}انداز|افق"
    rf"|چاپ{SP1}(?:اول|دوم|سوم|چهارم|پنجم|نخست)(?:{SP}[،,:])?"
    rf"|(?P<four>(?:مسابقات|رقابت{SP}های|نمایشگاه|جشنواره|همایش|اجلاس|کنفرانس|رویداد|رتبه{SP}بندی|ماراتن|رالی|داکار|کورس(?:{SP}های)?)(?:{SP1}«)?(?:{SP1}(?!(?:سال|با|در|از|به|تا|و|که|را|رو){B1})[^\W\d]\w*){{0,2}}"  # (no number nor preposition among its words: "مسابقات ۲۰۱۲ روز ۱۵ ژانویه", "مسابقات آسیایی با ۱۳۲۰ پین")
    rf"|فصل|لیگ(?:{SP1}(?!سال)[^\W\d]\w*){{0,2}}|جام{SP1}باشگاه{SP}های{SP1}جهان"  # "فصل ۲۰۲۲", "لیگ قهرمانان آسیا ۲۰۰۸"
    rf"|محصول|[0-9]{{1,2}}{SP1}ماهه"  # a film "محصول ۱۳۹۸", "عملکرد ۹ ماهه ۱۴۰۲"
    # "در هفت ماهه ۱۴۰۱", "در ۱۱ ماه نخست ۲۰۲۳" (four digits only)
    # ("دو ماهه نخست ۱۴۰۳"; "تقویم رسمی ۱۳۹۰", the year's official calendar)
    rf"|(?:[0-9]{{1,2}}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده){SP1}ماه(?:ه(?:{SP1}(?:نخست|اول))?|{SP1}(?:نخست|اول))(?=[\s\u200c]+[0-9]{{4}}(?![0-9]))"
    # (calendars and diaries of a year, "تقویم‌های دیواری ۲۰۲۲", "سررسید ۱۴۰۴"; "نسبت به مدت مشابه ۲۰۱۳";
    # "اکسپو ۲۰۱۰ شانگهای")
    rf"|(?:با{SP1})?تاریخ(?=[\s\u200c]+(?:13|14)[0-9]{{2}}(?![0-9/.\-:]))"  # a coin's or a print's year: "سکه‌های بهار آزادی با تاریخ ۱۴۰۳"
    rf"|(?:(?:تقویم|سررسید|سالنامه)(?:{SP}(?:ها|های))?(?:{SP1}(?:رسمی|نمایشگاهی|دیواری|رومیزی|میلادی|شمسی|آماری))?|مدت{SP1}مشابه|اکسپو|هانوفر{SP1}مسه|کاوش{SP}?های|فصل{SP1}کاوش)(?=(?:\u200cی)?[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"  # ("سالنامه‌ی ۲۰۱۳")
    # a world championship named in full, then its year: "مسابقات سریع و برق‌آسای جهان ۲۰۲۱"
    rf"|(?:جهان|آسیا|اروپا|آفریقا|جهانی|آسیایی)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"  # (and the Worlds: "در جهانی ۲۰۱۴ توکیو")  # (so "قهرمان سه‌گانه آسیا ۲۰۲۲")
    rf"|گزارش|کودتای|جنگ|زلزله|خشکسالی|قحطی|بحران|سیل|سیلاب|سیل{SP}آسای|طرح{SP1}ترافیک|سالانه|لاتاری(?:{SP1}گرین{SP1}کارت)?|بلک{SP}فرایدی"
    # an epidemic by its year, four digits: "وبای 1892", "همه‌گیری ۱۸۲۱", "طاعون ۱۹۱۱"
    rf"|(?:وبا|وبای|طاعون|همه{SP}گیری|آنفلوآنزای|آنفلوانزای|آنفولانزای)(?=[\s\u200c]+(?:1[2-9]|20)[0-9]{{2}}(?![0-9]))"  # "لاتاری ۲۰۲۶ آمریکا", "حراج بلک فرایدی ۲۰۱۴"
    rf"|فینال(?:{SP1}(?!سال)(?:[^\W\d]+|\.)){{0,4}}"  # "فینال اف . ای کاپ ۱۹۶۷"
    # (a medal's year, four digits: "مدال کارنگی ۲۰۲۴")
    rf"|قرارداد(?:{SP}های)?|کنوانسیون|معاهده|اعلامیه|مدال{SP1}(?:طلای|نقره{SP}ی|نقره|برنز)|مدال{SP1}(?!سال)[^\W\d](?:[^\W\d]|\u200c)*(?=[\s\u200c]+(?:19|20)[0-9]{{2}}(?![0-9]))|(?:طلای|نقره{SP}ی|برنز)(?={SP1}[0-9]{{4}}{SP1}{_OLYMPIC_HOSTS}{B1})|(?P<rev>انقلاب(?:{SP1}اسلامی)?)"
    rf"|(?:جوایز|جایزه|المپیاد|نوبل)(?:{SP1}(?!سال)[^\W\d](?:[^\W\d]|\u200c)*){{0,2}}(?:{SP}«[^«»\n0-9]{{1,30}}»)?|گلدن{SP}گلوب|گرمی|بفتا"  # "جایزه ادبی «مهرگان» ۱۴۰۲", "جایزه بوکر بین‌المللی ۲۰۲۳", "المپیاد جهانی ریاضی ۲۰۱۸", "نوبل فیزیک ۲۰۲۳"
    rf"|(?:پیش{SP1}از|قبل{SP1}از|تا|از|در){SP1}(?:پایان|ابتدای|اوایل|اواخر|اواسط)"
    rf"|(?:پیش{SP1}از|قبل{SP1}از|تا|از){SP1}اول(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9])))"  # ("از اول ۲۰۱۹")
    rf"|(?P<quarter>(?:سه|3|۳|شش|6|۶){SP}ماهه(?:\u200cی)?{SP1}(?:اول|دوم|سوم|چهارم|نخست)|نیمه{SP1}(?:اول|دوم|نخست)|(?<![A-Za-z])[QH][1-4])"  # "Q3 2022"
    rf"|(?P<last>(?:آخرین|واپسین|نخستین|اولین){SP1}(?:روزهای|روز|شب|قسمت|شماره)(?:{SP1}(?:معاملاتی|کاری))?|روزهای{SP1}(?:پایانی|آخر|نخست|اول)"  # "آخرین روزهای ۲۰۱۷", "آخرین شب ۲۰۲۲"
    rf"|(?:وداع|خداحافظی){SP1}با|(?:به{SP1})?استقبال{SP1}از"  # "وداع با ۲۰۱۹", "به استقبال ۱۴۰۰"
    rf"|(?:شب|جشن|آغاز|تحویل|تور){SP1}سال{SP1}نوی?(?=[\s\u200c]+[0-9]{{4}}(?![0-9]))|کریسمس(?=[\s\u200c]+(?:19|20)[0-9]{{2}}(?![0-9]))"  # "شب سال نو ۲۰۰۹", "تور سال نوی ۲۰۲۱"
    # an exam named in full, then its year: "آزمون کاردانی به کارشناسی ناپیوسته ۱۴۰۳"
    # (four digits only: two are the shorter names' own, "آزمون سراسری ۹۵")
    rf"|(?:آزمون|کنکور)(?:{_FILLER_WORD}){{1,4}}(?=[\s\u200c]+[0-9]{{4}}(?![0-9])))"
    # students named by the year they entered, four digits only ("ورودی ۱۳۹۱"; dates_blind89
    # left "ورودی 94" out), and no count after it ("ورودی ۱۳۰۰ نفر")
    # a product's version named by its year, four digits only ("نسخه ۲۰۰۹", dates_blind86's "نسخه 2015";
    # not "نسخه ۱۴.۲")
    rf"|نسخه(?:{SP}ی)?(?:{SP1}(?:میلادی|شمسی))?(?=[\s\u200c]+(?:1[34]|19|20)[0-9]{{2}}(?![0-9]))"  # ("نسخه‌ی میلادی ۲۰۱۷")
    # a season's races by their year: "کورس بهاره ۱۳۸۸", "مسابقات پاییزه ۱۳۹۸"
    rf"|(?:بهاره|پاییزه|زمستانه|تابستانه)(?=[\s\u200c]+(?:13|14)[0-9]{{2}}(?![0-9]))"
    # "زاده ۱۲۸۹ بود", four digits only (a surname written apart, "حسن زاده 12", may end in it)
    rf"|(?<!\u200c)زاده(?=(?:\u200cی)?[\s\u200c]+(?:1[23]|19|20)[0-9]{{2}}(?![0-9]))"
    # a coin's year of minting: "سکه طلای ۱۰ پهلوی ضرب ۱۳۵۴" (solar years on the Pahlavi coins; the
    # Qajar coins' lunar years before 1300 are left alone)
    rf"|ضرب(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"
    rf"|(?P<entry>(?:دانشجویان{SP1})?ورودی|دانش{SP}آموختگان|فارغ{SP}التحصیلان|(?<!این\s)(?<!همین\s)(?<!آن\s)(?<!هر\s)دوره)(?=[\s\u200c]+(?:13[0-9][0-9]|140[0-9]|19[0-9][0-9]|20[0-3][0-9])(?![0-9]))"  # (also a class by its year: "دوره ۱۹۹۳")
    # the year a bill, a tariff or a fare is of, or an open tournament's: "فاکتورهای ۱۴۰۳", "با تعرفه‌ی ۱۴۰۲",
    # "کرایه‌های ۱۳۹۳",
    # "کراس‌فیت اوپن ۲۰۲۴" (four digits only, of a near century: "کد تعرفه ۸۷۰۳" is a customs heading)
    rf"|(?P<bill>{_BILL_WORD}|اوپن|تورنمنت|(?:سال{SP1})?ساخت|برنامه|هدف{SP}گذاری|جام|اربعین)"  # ("روادید اربعین ۱۳۹۷")  # ("جام ۲۰۱۳ لاهور")  # ("برنامه ۲۰۱۵ با اردوی ۲۰ ژانویه آغاز می‌شود")  # ("ساخت ۱۳۵۵", "تورنمنت ۲۰۱۸", "هدف‌گذاری ۱۳۹۶")
    rf"(?=(?:\u200cی)?[\s\u200c]+(?:13[5-9][0-9]|140[0-9]|19[5-9][0-9]|20[0-3][0-9])(?![0-9]))"
    # "تا دهه فجر ۹۶", "هفته دولت ۱۴۰۲": the year of an occasion of the Republic's (no earlier)
    rf"|(?P<fajr>دهه{SP1}(?:مبارک{SP1})?فجر|هفته{SP1}دولت|هفته{SP1}(?:ملی{SP1})?کتاب)"  # ("هفته کتاب ۱۳۸۶")
    # (a census by its year, two digits too: "سرشماری نفوس و مسکن ۱۳۹۰", "سرشماری ۹۵")
    rf"|(?P<two>سرشماری(?:{SP1}(?:عمومی{SP1}کشاورزی|عمومی{SP1}نفوس{SP1}و{SP1}مسکن|نفوس{SP1}و{SP1}مسکن|عمومی|آزمایشی|ثبتی|کشاورزی|نفوس))?|متولد|متولدین|یلدای|یلدا|حجاج|حج(?:{SP1}(?:تمتع|عمره))?|(?:انتخابات|رقابت{SP}های{SP1}انتخاباتی)(?:{SP1}(?:ریاست{SP}جمهوری|مجلس|کنگره))?|فتنه|عملکرد"
    rf"|بودجه(?:{SP1}(?:ملی|عمومی|سالانه|کل{SP1}کشور|پیشنهادی|سال))?"  # "بودجه ملی ۱۴۰۰"
    rf"|(?:پژوهانه|گرنت)(?:{SP1}سال)?"  # a research grant's year: "پژوهانه ۹۸", "گرنت ۱۴۰۳"
    rf"|تقویم(?:{SP}(?:ها|های))?(?:{SP1}(?:رسمی|نمایشگاهی|دیواری|رومیزی|جیبی))?"  # a calendar's two-digit year: "تقویم‌های دیواری ۹۷"
    rf"|(?:کنکور|آزمون)(?:{SP1}(?:سراسری|ارشد|کارشناسی{SP1}ارشد|دکتری|دکترا|استخدامی))?|آزمون{SP1}سراسری|امتحانات{SP1}نهایی))"  # "کنکور سراسری ۱۴۰۲"
    rf"(?:\u200cی)?(?:{SP1}|_|(?<![0-9])(?=[0-9]{{4}}(?![0-9])))"  # "المپیک۲۰۱۲", "انتخابات2020": a four-digit year glued to a word (not a number's last digits); "#یلدا_۱۴۰۱"; "بودجه‌ی ۱۴۰۳"
    rf"(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.\-:][0-9])(?![0-9\w])"
)
# An event named at length, four digits after: "کنفرانس ملی مهندسی نرم‌افزار ۱۳۸۹", "آزمون استخدامی
# آموزش و پرورش ۱۳۸۸", "لیگ آسیایی
# پابجی موبایل ۲۰۲۵", "کنفرانس بین‌المللی شبکه‌های کامپیوتری ICCN 2022" (read apart from P_YEAR_CUED,
# whose shorter cues inside such a name, "المپیک 2016 برزیل", keep their own checks)
P_YEAR_EVENT_LONG = re.compile(
    rf"{B0}(?:(?:مسابقات|رقابت{SP}های|نمایشگاه|جشنواره|همایش|اجلاس|کنفرانس|کنگره|رویداد|لیگ|جام|آزمون)"
    rf"(?:{_FILLER_WORD}){{3,5}}"
    # a cup by its name, one or two words, and its year: "جام تختی ۱۴۰۰ از ۲۷ تا ۲۹ دی"; a tour or a
    # season of races ("تور دو فرانس ۲۰۱۴ پیشتاز است", "فصل جاده ۲۰۲۲ آسیا")
    rf"|جام(?:{_FILLER_WORD}){{1,2}}|(?P<tour>تور(?:{_FILLER_WORD}){{1,3}}|فصل{SP1}جاده))"
    rf"[\s\u200c]+(?P<y>[0-9]{{4}})(?![0-9/.\-:٫]?[0-9])(?![\w])")
_COINS_PLURAL_BEFORE = re.compile(rf"سکه{SP}(?:ها|های){SP1}$")
_MARK_OUT_OF_AFTER = re.compile(rf"{SP1}از{SP1}[0-9]+(?!{SP}[0-9])(?!{SP1}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}){B1})")
P_EXAM_YEAR = re.compile(rf"{B0}(?:آزمون|کنکور)(?:{SP1}(?!(?:سال|در|از|با|برای|که|و|روز|هفته|ماه){B1})[^\W\d]+){{1,3}}{SP1}"
                         rf"(?P<y>[0-9]{{2}}|1[34][0-9]{{2}})(?![0-9/.\-:٫])(?![\w])")
# Further years of a list after a cued one: "سال‌های ۱۹۸۲، ۱۹۷۹و ۱۹۷۱ - ۱۹۷۲".
P_YEAR_NEXT = re.compile(
    rf"(?:و)?{SP}(?:[،,]|و|نسبت{SP1}به|(?P<along>همراه{SP1}با|پس{SP1}از|بعد{SP1}از)){SP}(?P<y1>[0-9]{{4}})(?:{SP}[-–]{SP}(?P<y2>[0-9]{{4}}))?(?![0-9/.\-:][0-9])(?![0-9])"
)
# "سال ۹۶ نسبت به ۹۵ و ۹۵ نسبت به ۹۴": two-digit years compared with a cued one
P_YEAR_NEXT2 = re.compile(
    rf"{SP}(?:و|نسبت{SP1}به){SP}(?P<y1>[0-9]{{2}})(?![0-9/.\-:]?[0-9])"
)
_BC_AFTER = re.compile(rf"{SP1}(?:پیش|قبل){SP1}از{SP1}میلاد{B1}")
_YEAR_RANGE_OK = {"jalali": (1250, 1500), "gregorian": (1800, 2100), "hijri": (1300, 1520)}


def _year_ok(y: int, cal: str) -> bool:
    lo, hi = _YEAR_RANGE_OK[cal]
    return lo <= y < hi


def _year_word_ok(words: str) -> bool:
    """"سال سی دانشجو" counts students: a bare "بیست"/"سی" is no year unless the hundreds are
    written; years in words are told from the 1340s on."""
    return "هزار" in words or year_word_value(words) >= 1340


# a month and a year in words, "سال" between (or "ماه" after the month, and "سال" or none)
P_JM_YEAR_WORD = re.compile(
    rf"{B0}(?P<mon>{JMONTH})(?:{MAH}(?:{SP1}سال)?|{SP1}سال|(?={SP1}هزار{SP1}و)){SP1}(?P<yw>{JALALI_YEAR_WORD})(?:{SP1}{ERA_JALALI})?{B1}")
# after a Jalali day and month, with "سال" between or none, and a Jalali era after or none
P_YEAR_WORD_AFTER = re.compile(rf"(?:{SP1}سال)?{SP1}(?P<yw>{JALALI_YEAR_WORD})(?:{SP1}{ERA_JALALI})?{B1}")
# "سال دو هزار و پانصد نفر": the number goes on past the year words, a count
# (also an ordinal, a rank: "زیر ۲۳ سال پنجاه و یکم شد")
_NUMBER_GOES_ON = re.compile(rf"{SP1}و{SP1}(?:[0-9]|(?:{_alt(NUMBER_WORDS)})(?:م|مین)?{B1}|{DAY_WORD}{B1})")
# "سال هفتاد و خورده‌ای": some year of the seventies, none told
_AND_SOME_AFTER = re.compile(rf"{SP1}و{SP1}(?:خورده|خرده|اندی|چند|چندی)(?:{SP}ای)?{B1}")
# "سال هزار و سیصد و هجده", "متولد پنجاه و هفت", and a season's year: "زمستان هزار و سیصد و
# هجده", "نوروز پنجاه و هفت" (the year alone is the mention, as after "متولد")
P_YEAR_WORDS = re.compile(
    rf"{B0}(?:سال(?:{SP1}مالی)?|(?P<born>متولد|نوروز|بهار|تابستان|پاییز|پائیز|زمستان)(?:{SP1}سال)?){SP1}(?P<yw>{YEAR_WORD})(?:{SP1}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?{B1}")
# "تا ۲۰۳۰، بازار ...", "در ۱۳۶۹، جایزه ...": a bare four-digit year after a preposition and
# before a comma or full stop. Before a word ("در ۱۹۷۲ است", "تا ۱۴۰۴ صفر می‌شود") only a year of
# the last century or this one that is not a count: no unit, era or "تا" after a number.
P_YEAR_BARE = re.compile(
    rf"{B0}(?P<prep>در|تو|تا|از|پس{SP1}از|قبل{SP1}از|پیش{SP1}از|بعد{SP1}از|اواخر|اوایل|اواسط|برای|نسبت{SP1}به){SP1}"
    # (an older Jalali year too, with what was done in it right after: "در ۱۲۸۹ منتشر شد")
    rf"(?P<y>(?:13|14)[0-9]{{2}}|12[5-9][0-9]|(?:18|19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9])(?:(?={SP}(?:[،,.؛;!?؟](?![0-9])|$|[\U0001F000-\U0001FAFF\u2600-\u27BF]))"
    rf"|(?P<word>(?={SP1}[^\W\d]))"  # also before an emoji or the end: "۵ دقیقه تا ۲۰۱۵ 🎉"
    # or glossed in another calendar: "در ۱۳۴۷ (۱۹۶۸ میلادی) به بهره‌برداری رسید"
    rf"|(?={SP}[(]{SP}[0-9]{{4}}(?:{SP1}(?:{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?{SP}[)]))")
# "از ۱۳۶۲ در همان بخش کار می‌کرد": a preposition after, so no count ("از ۱۴۰۰ غرفه")
# (also a place, where one has been since: "از ۱۳۹۲ اونجا بود"; or a thing named before, its object:
# "ایران از ۱۳۸۵ آن را اجرا نمی‌کند")
_PREP_AFTER = re.compile(rf"{SP1}(?:در|به|تا|با|که|تاکنون|درباره|پیرامون|روی|(?:اون|آن|این|همون|همان){SP}جا|(?:آن|این|اون){SP1}(?:را|رو)){B1}")
# a year opening an entry of a timeline, after a colon or a semicolon: "ایران و جنگ جهانی اول: 1914
# آغاز جنگ ...؛ 1919 امضای قرارداد ...", "(سال‌ها خورشیدی): ۱۲۸۵ گشایش مجلس"; or a field's value:
# "سال ساخت: ۱۳۴۱"
P_YEAR_ENTRY = re.compile(
    rf"(?:[:؛;]|{B0}سال{SP1}(?:ساخت|تولید|تاسیس|تأسیس|انتشار){SP}[:：]){SP}(?P<y>(?:12[5-9]|13[0-9]|140)[0-9]|(?:18|19|20)[0-9]{{2}})(?![0-9/.\-:٫])"
    rf"(?={SP}(?:[؛;.،,]|$)|{SP1}[^\W\d])")
def _counted_subject(f: str, end: int) -> bool:
    """A number opening a clause after a semicolon that goes on to a verb of its own counts its
    subject ("...؛ ۱۸۰۰ کاشی از سفارش امسال باید تا پایان این ماه تحویل شود"); a timeline's entry is
    a noun phrase ("؛ 1919 امضای قرارداد")."""
    stop = sentence_end(f, end)
    semi = SEMICOLON.search(f, end, stop)
    stop = semi.start() if semi else stop
    return bool(has_verb(f, end, stop) or PRESENT_ACT.search(f, end, stop) or MUST_WORD.search(f, end, stop))


# "مشتری: ۱۴۰۰ تا برچسب می‌خوام": so many of a thing (not "۱۹۱۴ تا پایان جنگ")
_COUNT_TA_AFTER = re.compile(rf"{SP1}تا{SP1}(?!(?:آخر|پایان|اول|اوایل|اواسط|اواخر|نیمه|امروز|الان|حالا|کنون|سال|{JMONTH}|{GMONTH_ANY}|{WEEKDAY})(?![\w]))[^\W\d]")
_ALSO_WANTED_AFTER = re.compile(rf"{SP1}هم{SP1}(?:[0-9]+|{_alt(NUMBER_WORDS[:12])}){SP1}تا{B1}")
_BARE_YEAR_BEFORE_WORD = re.compile(r"13[0-9]{2}|140[0-9]|19[0-9]{2}|20[0-3][0-9]")
# ... in a record of studies, not a table of places ("ظرفیت کارشناسی ۱۴۰۰، ارشد ۲۰۰۰")
_CV_WORD = re.compile(r"سوابق|رزومه|تحصیلات|مدرک|فارغ|دانش[\s\u200c]?آموخته")
_OLDER_YEAR = re.compile(r"12[5-9][0-9]|18[0-9]{2}")
_DONE_RIGHT_AFTER = re.compile(
    rf"{SP1}(?:[^\W\d][^\W\d\u200c]*{SP1})?(?:شد|شدند|بود|بوده|بودند|گردید|کرد|کردند|درگذشت|رسید)(?![\w\u200c])")
_NUMBER_TO_BEFORE = re.compile(rf"[0-9]{SP1}$")
P_YEAR_MOVED_TO = re.compile(rf"{B0}به{SP1}(?P<y>(?:13|14)[0-9]{{2}}|(?:19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9])"
                             rf"{SP1}(?:منتقل|موکول|تعویق|افتاد|افتاده){B1}")  # (not "به ۱۴۰۰ رسید", a count)
# a place, a cause or a means right after an older year told with "در": "در ۱۸۹۹ به علت کمبود چغندر
# تعطیل شد", "در ۱۸۸۰ با ..." (no count is followed by a preposition)
# "تا ۱۹۲۴ شعبه‌هایی ... گشود": a plural noun, "some", after the number; a count takes the singular
P_YEAR_AFTER_OBJECT = re.compile(rf"{B0}(?:رو|را){SP1}(?P<y>13[5-9][0-9]|140[0-9])(?![0-9/.\-:٫]?[0-9])(?={SP1}[^\W\d])")
_PLURAL_INDEFINITE_AFTER = re.compile(rf"{SP1}[^\W\d]+{SP}(?:هایی|هائی|هایى){B1}")
_PLACE_OR_CAUSE_AFTER = re.compile(rf"{SP1}(?:در|به|با){B1}")
_FIRST_RIGHT_AFTER = re.compile(rf"{SP}[،,]?{SP1}(?:نخستین|اولین|برای{SP1}(?:نخستین|اولین){SP1}بار){B1}")
_YEAR_LISTED_AFTER = re.compile(rf"(?:{SP}[،,]{SP}|{SP1}و{SP1})(?P<y>(?:13|14|19|20)[0-9]{{2}})(?![0-9/.\-:٫])")
_TO_NUMBER_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}[0-9]")
_ERA_AFTER = re.compile(rf"{SP}(?:{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}){B1}")
# "در سال جاری میلادی ( 2016 )": a year glossing a date word in brackets (the bracket is searched
# first, the word before it after: an alternation of every month name at each position is slow)
P_YEAR_GLOSS = re.compile(rf"[(]{SP}(?P<y>(?:13|14)[0-9]{{2}}|(?:19|20)[0-9]{{2}}){SP}[)]")
_GLOSSED_WORD_BEFORE = re.compile(
    rf"(?:سال|میلادی|شمسی|خورشیدی|جاری|گذشته|آینده|امسال|پارسال|{JMONTH}|{GMONTH_ANY}|{B0}سال{SP1}[0-9]{{4}}|{B0}دوره){SP}$")
# "جنگ دوم لبنان ( 2006 )", "تهاجم نظامی آمریکا به عراق ( 2003 )": the year of an event named
# before the bracket
_EVENT_GLOSSED_BEFORE = re.compile(
    rf"{B0}(?:جنگ|انقلاب|کودتای|کودتا|زلزله|انتخابات|قرارداد|توافق|توافقنامه|بحران|قطعنامه|اعلامیه|معاهده|پیمان"
    rf"|تهاجم|اشغال|سقوط|فروپاشی)(?:{SP1}[^\s()0-9،,.]+){{0,5}}{SP}$")
_OBJECT_MARK_AFTER = re.compile(rf"{SP1}(?:را|رو){B1}")
_PERIOD_BEFORE = re.compile(rf"{B0}(?:دوره|بازه|دوران|دوره{SP1}آماری|میانگین|میانگین{SP1}دوره|فاصله|حد{SP}فاصل"
                            rf"|(?:رویدادهای|رخدادهای|حوادث|وقایع|اتفاقات)(?:{SP1}سال{SP}های)?){SP1}$")  # ("به رویدادهای ۱۹۱۷ تا ۱۹۱۹ می‌پردازد")  # (also "میانگین ۱۹۹۱ تا ۲۰۲۰", "در فاصله ۱۳۷۰ تا ۱۳۸۵")
# "از ۱۹۷۹ تاکنون": a year the time since is counted from (also "از ۱۸۵۰ به این سو": the records
# of a century and more)
P_YEAR_SINCE = re.compile(
    rf"{B0}از{SP1}(?P<y>(?:1[34]|18|19|20)[0-9]{{2}})(?![0-9]){SP1}(?:تاکنون|تا{SP}کنون|تا{SP1}(?:امروز|به{SP1}امروز|حالا)"
    rf"|به{SP1}(?:این{SP1}(?:سو|طرف|سمت)|بعد)){B1}")
# "سازمان ملل ۲۰۱۰ را سال جهانی تنوع زیستی نامید": a year named as the year of something
P_YEAR_NAMED = re.compile(
    rf"(?<![\w\u200c/.:,\-])(?P<y>(?:1[34]|19|20)[0-9]{{2}})(?![0-9]){SP1}(?:را|رو){SP1}(?:به{SP1}عنوان{SP1})?سال{B1}")
# "۲۰۲۰ تموم میشه", "۱۴۰۰ رو شروع کردیم": a year that ends or begins, told with its verb
P_YEAR_ENDS = re.compile(
    rf"(?<![\w\u200c/.:,\-])(?P<y>(?:1[34]|19|20)[0-9]{{2}})(?![0-9]){SP1}(?:(?:رو|را){SP1})?"
    rf"(?:(?:تموم|تمام){SP1}(?:شد|شده|میشه|می{SP}شه|می{SP}شود)|(?:شروع|آغاز){SP1}(?:شد|شده|کنیم|کردیم|میشه|می{SP}شه|می{SP}شود)"
    rf"|هم{SP1}(?:اومد|آمد|رسید|از{SP1}راه{SP1}رسید)|مبارک|مبارکباد){B1}")  # "۲۰۲۰ هم اومد", "۲۰۱۷ مبارک!"
# a book's printing: "دیوان شمس چاپ ۱۳۳۶", "نسخه‌ی چاپ ۱۸۹۵ لندن", "چاپ سنگی ۱۳۰۶" (not "چاپ ۱۰۰۰ نسخه")
_PRINTED_RIGHT_BEFORE = re.compile(rf"{B0}چاپ{SP1}$")
P_YEAR_PRINTED = re.compile(rf"{B0}چاپ(?:{SP1}(?:سنگی|اول|دوم|نخست))?{SP1}(?P<y>(?:12[5-9]|13[0-9]|140|18[0-9]|19[0-9]|20[0-2])[0-9])(?![0-9/.\-:٫])")
# a CV's line: a degree, where it was earned, then its year before a pause ("دیپلم ریاضی‌فیزیک ۱۳۸۹،
# کارشناسی مهندسی عمران از دانشگاه تبریز ۱۳۹۳ و ...")
P_YEAR_PAUSE = re.compile(rf"(?<![\w\u200c/.:,\-٫])(?P<y>(?:13|14)[0-9]{{2}}|(?:19|20)[0-9]{{2}})(?![0-9/\-:٫]|\.[0-9])"
                          rf"(?={SP}(?:[،,؛;)]|و{B1}|\.(?![0-9])|$))")
_DEGREE_BEFORE = re.compile(rf"{B0}(?:دیپلم|کاردانی|کارشناسی|لیسانس|دکتری|دکترا|پیش{SP}دانشگاهی)(?:{SP1}{_NAME_WORD}){{0,8}}{SP1}$")
# a countdown to a new year: "تا نیم ساعت دیگه ۲۰۲۳ میشه", "ده دقیقه دیگر ۱۴۰۰ می‌شود"
P_YEAR_COUNTDOWN = re.compile(rf"{B0}(?:ساعت|دقیقه|ثانیه|روز){SP1}(?:دیگه|دیگر){SP1}(?P<y>(?:1[34]|19|20)[0-9]{{2}})(?![0-9])"
                              rf"(?={SP1}(?:میشه|می{SP}شه|می{SP}شود){B1})")
# (also with where it happened between: "او ۱۹۴۱ در شیراز متولد شده بود")
P_YEAR_LIFE = re.compile(rf"(?<![\w\u200c/.:,\-])(?P<y>(?:1[34]|19|20)[0-9]{{2}})(?![0-9])"
                         rf"(?:{SP1}در(?:{SP1}[^\W\d]+){{1,2}}?)?{SP1}{_LIFE_EVENT}(?!ند{B1})")
# a year between the commas of a reference ("حسن بن علی، ۱۳۶۸، گنجینه سخن، مشهد"),
# in a sentence that reads like a bibliography
P_YEAR_CITED = re.compile(rf"[،,(]{SP}(?P<y>(?:1[234]|19|20)[0-9]{{2}})(?P<q>{SP}ق)?{SP}[،,)]")
_BIBLIOGRAPHY = re.compile(
    rf"انتشارات|نشر|مؤسسه|موسسه|چاپ|صص|{B0}ص{SP}[.0-9]|{B0}ج{SP}[0-9]|دار{SP}ال|مکتبه|مطبعه|گردآورنده|مترجم"
    rf"|[،,]{SP}(?:قم|بیروت|نجف|تهران|مشهد|قاهره){SP}[،,:]")


# Four-digit numbers of a sentence, for _year_run_cands
_FOUR_DIGITS = re.compile(r"(?<![0-9/.\-:٫])[0-9]{4}(?![0-9]|[/.\-:٫][0-9])")
_YEAR_RUN_MIN = 4


def _year_run_cands(f: str, bounds: list[int]) -> list[Cand]:
    """"برزیل ۱۹۹۴ فرانسه ۱۹۹۸ برزیل ۲۰۰۲ ...": a sentence whose four-digit numbers are all
    years of the last century or this one, at least four of them and none counting anything,
    lists years, though no word cues any one of them."""
    out = []
    if len(_FOUR_DIGITS.findall(f)) < _YEAR_RUN_MIN:
        return out
    for start, end in zip([0] + bounds, [b - 1 for b in bounds] + [len(f)]):
        ms = list(_FOUR_DIGITS.finditer(f, start, end))
        if len(ms) < _YEAR_RUN_MIN or len({m.group(0) for m in ms}) < _YEAR_RUN_MIN:
            continue
        years = [int(m.group(0)) for m in ms]
        if not all(1900 <= y <= 2030 or 1300 <= y <= 1409 for y in years):
            continue
        if any(UNIT_AFTER.match(f, m.end()) or _ERA_AFTER.match(f, m.end()) for m in ms):
            continue  # a count among them: a table of figures, not of years
        for m, y in zip(ms, years):
            out.append(Cand(m.start(), m.end(), "year", "gregorian" if y >= 1900 else "jalali", y=y))
    return out


def _cued_year_cands(f: str) -> list[Cand]:
    out = []
    for m in P_YEAR_WORDS.finditer(f):
        if (UNIT_AFTER.match(f, m.end()) and not _DAYS_OF_AFTER.match(f, m.end())) or _AND_SOME_AFTER.match(f, m.end()) \
                or _NUMBER_GOES_ON.match(f, m.end()):
            continue  # (not "سال نود و هشت روزهای خوبی داشت": the days of that year)
        yw, era = m.group("yw"), m.group("era")
        thousands = "هزار" in yw
        cal = _era_calendar(era, 0)
        if cal == "hijri" and not thousands:
            continue  # "سال شصت قمری": which century, unsaid
        # "سال نود میلادی" is 1990; two digits alone are otherwise the Jalali 1300s
        y = year_word_value(yw, base=1900 if cal == "gregorian" else 1300)
        if not era:
            cal = _era_calendar(None, y)
        if thousands or _year_word_ok(yw):
            # "متولد هزار و سیصد و سی و هشت": born that year; the year alone is the mention
            out.append(Cand(m.start("yw") if m.group("born") else m.start(), m.end(), "year", cal, y=y))
    for m in P_YEAR_ENTRY.finditer(f) if ":" in f or "؛" in f else ():
        y = int(m.group("y"))
        if UNIT_AFTER.match(f, m.end()) or _ERA_AFTER.match(f, m.end()) or _TO_NUMBER_AFTER.match(f, m.end()) \
                or _COUNT_TA_AFTER.match(f, m.end()) \
                or _SAID_END.search(f, max(0, m.start() - 30), m.start()) \
                or _CODE_LABEL_BEFORE.search(f, max(0, m.start("y") - 40), m.start("y")) \
                or m.group(0)[0] in "؛;" and _counted_subject(f, m.end()):
            continue  # (not what is said after a colon: "اعلام کرد: 1250 پرونده")
        cal = "gregorian" if y >= 1800 else "jalali"
        out.append(Cand(m.start("y"), m.end(), "year", cal, y=y))
    for m in P_YEAR_PAUSE.finditer(f) if _CV_WORD.search(f) else ():
        if _DEGREE_BEFORE.search(f, max(0, m.start() - 90), m.start()) \
                and _CV_WORD.search(f, sentence_start(f, m.start()), m.start()):
            y = int(m.group("y"))
            cal = _era_calendar(None, y)
            if _year_ok(y, cal):
                out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for pattern in (P_YEAR_BARE, P_YEAR_SINCE, P_YEAR_GLOSS, P_YEAR_ENDS, P_YEAR_NAMED, P_YEAR_LIFE, P_YEAR_COUNTDOWN):
        for m in pattern.finditer(f):
            if pattern is P_YEAR_BARE and m.group("word") is None and m.group("y").startswith("12") \
                    and not f[m.end("y"):m.end("y") + 3].lstrip(" \u200c").startswith("("):
                continue  # an older Jalali year only with what was done in it, or glossed ("تا ۱۲۹۰." may count)
            if pattern is P_YEAR_BARE and m.group("word") is not None and (
                    m.group("prep") == "از" and not _PREP_AFTER.match(f, m.end("y"))
                    or not (_BARE_YEAR_BEFORE_WORD.fullmatch(m.group("y"))
                            # an older year with what was done in it right after: "در ۱۸۶۲ منتشر شد"
                            or _OLDER_YEAR.fullmatch(m.group("y")) and (_DONE_RIGHT_AFTER.match(f, m.end("y"))
                                                                        # ("در ۱۸۲۳ نخستین گزارش رسمی وبا ... ثبت شد")
                                                                        or m.group("prep") == "در" and (_FIRST_RIGHT_AFTER.match(f, m.end("y"))
                                                                                                       # ("در ۱۸۹۵ در کهریزک ساخته شد")
                                                                                                       or _PLACE_OR_CAUSE_AFTER.match(f, m.end("y")))))
                    or UNIT_AFTER.match(f, m.end("y")) and not _PLURAL_INDEFINITE_AFTER.match(f, m.end("y"))
                    or _ERA_AFTER.match(f, m.end("y"))
                    or m.group("prep") == "تا" and _NUMBER_TO_BEFORE.search(f, max(0, m.start() - 12), m.start())
                    or _TO_NUMBER_AFTER.match(f, m.end("y")) or _COUNT_TA_AFTER.match(f, m.end("y"))):
                # "از ۱۴۰۰ غرفه", "در ۲۰۰۰ نسخه", "۱۰۰۰ تا ۲۰۰۰ کودک", "در ۲۰۰۰ تا ۳۰۰۰ خانه": counts
                # (and "تو ۱۴۰۰ تا نظر سایت": "تا" counting)
                # (a run of years is P_YEARRANGE's)
                continue
            if pattern is P_YEAR_BARE and m.group("prep") == "تا" and _COUNTED_TO_BEFORE.search(f, max(0, m.start() - 30), m.start()):
                continue  # "صفحات ۱۳۱۲ تا ۱۳۲۵،": the end of a run of pages, no year
            if pattern is P_YEAR_BARE and m.group("prep") == "برای" and (m.group("word") is not None or int(m.group("y")) < 1900) \
                    and not _ALSO_WANTED_AFTER.match(f, m.end("y")) \
                    and not (int(m.group("y")) >= 1900 and _DONE_RIGHT_AFTER.match(f, m.end("y"))):
                # (but "تقویم فدراسیون برای ۲۰۲۵ منتشر شد": the year a thing is for, the verb right after it)
                # "برای ۲۰۲۵!" is a year; "برای ۲۰۰۰ نفر", "برای ۱۴۰۰ دانش‌آموز" count (but "برای ۱۴۰۳ هم
                # ۳۰۰ تا می‌خوایم": the year one orders for too)
                continue
            if _NUMBER_NOUN_BEFORE.search(f, max(0, m.start("y") - 12), m.start("y")):
                continue  # "درب ضدسرقت کد ۱۳۸۷ تموم شده": a model's number, sold out
            if pattern is P_YEAR_GLOSS and not (_GLOSSED_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start())
                                                or _EVENT_GLOSSED_BEFORE.search(f, max(0, m.start() - 60), m.start())):
                continue
            y = int(m.group("y"))
            cal = _era_calendar(None, y)
            if _year_ok(y, cal):
                out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
                # "پس از ۱۹۵۴، ۱۹۷۴ و ۱۹۹۰ قهرمان جهان شد": the years listed after it, of its century
                end = m.end("y")
                while (nxt := _YEAR_LISTED_AFTER.match(f, end)) and not UNIT_AFTER.match(f, nxt.end("y")):
                    y2 = int(nxt.group("y"))
                    if y2 // 100 != y // 100 or not _year_ok(y2, cal):
                        break
                    out.append(Cand(nxt.start("y"), nxt.end("y"), "year", cal, y=y2))
                    end = nxt.end("y")
    for m in P_YEAR_HOST.finditer(f) if _GAMES_WORD.search(f) else ():
        g = "y" if m.group("y") else "y2"
        y = int(m.group(g))
        if _GAMES_WORD.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())) and _year_ok(y, "gregorian") \
                and not UNIT_AFTER.match(f, m.end(g)):
            out.append(Cand(m.start(g), m.end(g), "year", "gregorian", y=y))
    for m in P_YEAR_AFTER_OBJECT.finditer(f) if "رو" in f or "را" in f else ():
        # "این نرده‌ها رو ۱۳۸۵ برای همین ساختمون ساختیم": when the thing was done, told in the past
        y = int(m.group("y"))
        stop = _clause_end(f, m.end())
        if not (UNIT_AFTER.match(f, m.end()) or _MONEY_AFTER.match(f, m.end()) or _BIG_NUMBER_AFTER.match(f, m.end())
                or _COUNT_TA_AFTER.match(f, m.end())) and PAST_ONLY.search(f, m.end(), stop) and _year_ok(y, "jalali"):
            out.append(Cand(m.start("y"), m.end("y"), "year", "jalali", y=y))
    for m in P_YEAR_MOVED_TO.finditer(f):
        # "جام جهانی ... که برای مارس ۲۰۲۰ برنامه‌ریزی شده بود، به ۲۰۲۱ منتقل شده": the year it is moved to
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_PRINTED.finditer(f) if "چاپ" in f else ():
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if not (UNIT_AFTER.match(f, m.end("y")) or _ERA_AFTER.match(f, m.end("y")) or _TO_NUMBER_AFTER.match(f, m.end("y"))) \
                and _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_EVENT_LONG.finditer(f):
        # (a count may follow an event's long name: "جشنواره ... ۲۰۰۰ شرکت‌کننده")
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        # (a day after it is no count of days: "نمایشگاه ملی صنایع دستی ۱۴۰۳ جمعه ۲۵ اسفند", "... ۱۴۰۳ روز ۲۵ اسفند")
        if (_EVENT_YEAR_AFTER.match(f, m.end("y")) or m.group("tour")) \
                and (not UNIT_AFTER.match(f, m.end("y")) or _DAY_OF_AFTER.match(f, m.end("y"))) \
                and _year_ok(y, cal) \
                and not _COUNT_WORD_BEFORE.search(f, max(0, m.start("y") - 16), m.start("y")):  # (not "کد ۱۳۹۶")
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_EXAM_YEAR.finditer(f):
        # "آزمون کاردانی فنی ۹۱ از ۲۵ فروردین ...", "نتایج آزمون دکتری ۹۰ هفته آینده اعلام می‌شود": an
        # exam named at length by its year, the time of it told right after
        ys = m.group("y")
        if not _EVENT_YEAR_AFTER.match(f, m.end("y")) or UNIT_AFTER.match(f, m.end("y")) and not _DAY_OF_AFTER.match(f, m.end("y")) \
                or _MARK_OUT_OF_AFTER.match(f, m.end("y")):
            continue  # (not a mark: "نمره‌ام در آزمون MSRT شد ۶۸ از ۱۰۰")
        y = _two_digit(int(ys)) if len(ys) == 2 else int(ys)
        if len(ys) == 2 and not 57 <= int(ys) <= 99 and int(ys) > 9:
            continue  # (a recent year's two digits only: "آزمون تستی ۲۰ روز ..." counts)
        if _year_ok(y, "jalali"):
            out.append(Cand(m.start("y"), m.end("y"), "year", "jalali", y=y))
    for m in P_YEAR_CITED.finditer(f):
        if not _BIBLIOGRAPHY.search(f, max(0, m.start() - 80), m.end() + 80):
            continue
        y = int(m.group("y"))
        cal = "hijri" if m.group("q") else _era_calendar(None, y)
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("q") if m.group("q") else m.end("y"), "year", cal, y=y))
    for m in P_YEAR_BARE4.finditer(f) if _NEW_YEAR_CUE.search(f) or "رو" in f or "را" in f else ():
        # "سال نو میلادی مبارک! امیدوارم ۲۰۲۱ براتون پر از ...", "سال تحویل شد ... ۱۴۰۰ رو با امید شروع کنیم":
        # a year named soon after a new year's greeting or its moment (114 of 114 such in gold); "آخرین
        # برنامه‌ی ۱۳۹۹ رو می‌ریم", "۱۳۹۷ رو با سفر شروع کنیم": a year made the object (not a code's, a
        # model's or a number's: "کد تخفیف ۱۴۰۱ رو بزنین", "مدل ۱۳۹۵ را", "شماره‌ی ۲۰۲۰ رو")
        greeted = _NEW_YEAR_CUE.search(f, max(0, m.start() - 100), m.start()) and not _YEAR_BEFORE_NUMBER.search(f, max(0, m.start() - 6), m.start()) \
            and not (UNIT_AFTER.match(f, m.end()) or _MONEY_AFTER.match(f, m.end()) or _BIG_NUMBER_AFTER.match(f, m.end())
                     or _COUNT_TA_AFTER.match(f, m.end()))  # ("سال نو مبارک؛ ۱۴۰۰ تا پنل سفارش دادیم")
        if not (greeted or P_YEAR_OBJECT.match(f, m.start())) or _CODE_NOUN_BEFORE.search(f, max(0, m.start() - 30), m.start()):
            continue
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_CUED.finditer(f):
        ys = m.group("y")
        if m.group(0).startswith("ضرب") and _COINS_PLURAL_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            continue  # "ربع سکه‌های ضرب ۱۴۰۲": a kind of coin on sale, named by its year (set 272), not one coin's minting
        if m.group(0).startswith("فصل") and _SEASON_SECOND_AFTER.match(f, m.end()):
            continue  # "فصل 2007 08": a season of two years
        # (a count of players or entrants is no games' year: "برای جام جهانی ۱۴ بازیکن را دعوت کرد")
        if len(ys) == 2 and not UNIT_AFTER.match(f, m.end("y")) and not _ENTRANTS_AFTER.match(f, m.end("y")) \
                and (y := _games_year(m.group(0), int(ys))):
            pass  # "جام جهانی ۷۸ آرژانتین": a Gregorian year the games were held in
        elif len(ys) == 2:
            # ("آخرین روز ۹۶": the year's last day; not "آخرین شماره ۹۶", an issue)
            if not (m.group("season") or m.group("two") or m.group("fajr") or m.group("quarter")
                    or m.group("rev") and ys in ("56", "57") or m.group("last") and _DAYS_OF_YEAR.match(m.group("last"))) \
                    or UNIT_AFTER.match(f, m.end("y")) and not _DAY_OF_AFTER.match(f, m.end("y")) \
                    or _NUMBER_AFTER.match(f, m.end("y")) or _OUT_OF_AFTER.match(f, m.end("y")) \
                    or m.group("two") in ("یلدا", "یلدای") and _COUNTED_WITH_TA_AFTER.match(f, m.end("y")):  # "انتخابات 50 50": a split, two counts
                # (nor "برای شب یلدا ٤٠ تا قاب فروختیم": a count told with "تا"; elsewhere "تا" is as
                # often "until": "کنکور ۹۰ تا ساعت ۲۴ ... تمدید شد", "از فتنه ۸۸ تا ...")
                # (and "حد نصاب قبولی آزمون ۵۰ از ۱۰۰ است": a score)
                # (but "کنکور سراسری ۹۵ روز ۳ شهریور": the year, then its day)
                # (the revolution's two digits only for its own years: "پس از انقلاب ۲۲ جلسه" counts)
                continue
            y = _two_digit(int(ys))
            if m.group("season"):
                y = _SeasonShortYear(y)
        else:
            y = int(ys)
            if ((m.group("four") or m.group("host") or m.group("quarter") or m.group("entry") or m.group("last") or m.group("bill"))
                    and (UNIT_AFTER.match(f, m.end("y")) and not _COVER_AFTER.match(f, m.end("y"))
                         or (m.group("four") or m.group("bill")) and _ENTRANTS_AFTER.match(f, m.end("y")))
                    and not _DAY_OF_AFTER.match(f, m.end("y"))
                    or _MONEY_AFTER.match(f, m.end("y")) or _BIG_NUMBER_AFTER.match(f, m.end("y"))
                    or _TO_COUNT_AFTER.match(f, m.end("y")) or _SCORE_AFTER.match(f, m.end("y"))
                    # (a weight or a measure after any cue: "سبد کالای شب یلدا ۱۴۰۰ تن مرغ")
                    or _MEASURE_AFTER.match(f, m.end("y"))):
                # (and a score after any cue: "قهرمانی جهان تورین ۲۰۷۸ امتیاز گرفتند")
                # (also "بودجه ۱۸۰۰ میلیارد ریالی", "کرایه ۱۳۹۰ تا ۱۴۰۰ تومانه")
                continue  # "مسابقات ۲۰۰۰ متر", "یورو ۱۲۸۰ تومان": a count (but "اسکار ۲۰۲۱ روز ۲۸ فوریه")
        if m.group("fajr") and (not 1357 <= y < 1500 or len(ys) == 2 and 10 <= int(ys) < 57):
            continue  # "در جریان هفته دولت ۱۲ تفاهم‌نامه ...": a count (two digits: ۵۷-۹۹ or ۰۰-۰۹)
        if m.group("two") in ("عملکرد", "آزمون") and len(ys) == 2 and 10 <= int(ys) < 57:
            continue  # "عملکرد ۱۴ بازیکن", "آزمون ۱۰ پرش": a count (a year's is a recent year's: "عملکرد ۹۸")
        cal = _era_calendar(None, y)
        if m.group("two") and m.group("two").startswith("حج") and len(ys) == 4 and 1410 <= y < 1500:
            cal = "hijri"  # "حج تمتع ۱۴۳۵": the pilgrimage's lunar year
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
            # "انتخابات ۸۸ و ۹۲", "المپیک‌های ۲۰۰۸ و ۲۰۱۲": the years listed after it
            out.extend(_year_list_cands2(f, out[-1]) if len(ys) == 2 and cal == "jalali" else _year_list_cands(f, out[-1]))
    return out


# a day or a relative week or month after a year: "اسکار ۲۰۲۱ روز ۲۸ فوریه", "«مهرگان» ۱۴۰۲ هفته آینده",
# "آزمون ارشد سال ۸۸ روزهای ۲۴ و ۲۵ بهمن"
_DAYS_OF_AFTER = re.compile(rf"{SP1}(?:روزهای|روزها|ماه{SP}های){B1}")
# a diary's cover, not a count of volumes: "سررسیدهای 1392 جلد چرمی"
_COVER_AFTER = re.compile(rf"{SP1}جلد{SP1}(?:چرمی|سخت|گالینگور|طلاکوب|مقوایی|فانتزی|پارچه{SP}ای|ساده|رنگی){B1}")
_SEASON_SECOND_AFTER = re.compile(rf"{SP}[-–/]?{SP}[0-9]")
# the first of two counts: "کرایه ۱۳۹۰ تا ۱۴۰۰ تومانه"
_TO_COUNT_AFTER = re.compile(rf"{SP1}(?:تا|الی|[-–]){SP1}[0-9]+{UNIT_AFTER.pattern}")
_MONEY_AFTER = re.compile(rf"{SP1}(?:تومان|تومن|ریال|دلار|یورو|درهم|پوند|سنت)(?![\w\u200c])")
_DAY_OF_AFTER = re.compile(rf"{SP1}(?:روز(?:{SP}های)?{SP1}(?:[0-9]|{DAY_WORD}|{WEEKDAY})|(?:هفته|ماه){SP1}(?:آینده|گذشته|جاری|آتی|بعد|قبل|پیش){B1}"
                           rf"|روز{SP1}(?:گذشته|قبل){B1})")  # (also "در سال ۹۰ روز گذشته ... پایان داد")


_OUT_OF_AFTER = re.compile(rf"{SP1}از{SP1}[0-9]+(?={SP}(?:[.،,؛]|$|(?:است|بود|هست|نمره|امتیاز){B1}))")  # (not "از ۲۰ تیر")
_DAYS_OF_YEAR = re.compile(rf"(?:(?:آخرین|واپسین|نخستین|اولین){SP1}روز|روزهای){B1}")


def _games_year(cued: str, yy: int) -> int | None:
    """The year of a World Cup or summer Olympics told by two digits, when the games were held then."""
    y = (1900 if yy >= 30 else 2000) + yy
    if re.match(rf"جام{SP1}جهانی{SP1}[0-9]", cued):
        return y if y % 4 == 2 and y not in (1942, 1946) else None
    if re.match(rf"المپیک{SP1}[0-9]", cued):
        return y if y % 4 == 0 and y not in (1916, 1940, 1944) else None
    return None


def _year_list_cands2(f: str, c: Cand) -> list[Cand]:
    out, pos = [], c.end
    while (m := P_YEAR_NEXT2.match(f, pos)) is not None and not UNIT_AFTER.match(f, m.end("y1")):
        out.append(Cand(m.start("y1"), m.end("y1"), "year", "jalali", y=_two_digit(int(m.group("y1")))))
        pos = m.end()
    return out


def _year_list_cands(f: str, c: Cand) -> list[Cand]:
    out, pos = [], c.end
    while (m := P_YEAR_NEXT.match(f, pos)) is not None:
        if m.group("along") and UNIT_AFTER.match(f, m.end()):
            break  # "سال ۱۳۹۰ پس از ۱۴۰۰ نفر": a count (but "سال ۲۰۱۰ همراه با ۱۹۹۸ و ۲۰۰۵", "سال ۲۰۱۷ پس از ۲۰۱۶")
        y1 = int(m.group("y1"))
        cal = _era_calendar(None, y1)
        if cal != c.calendar:
            break
        lo, hi = _YEAR_RANGE_OK[cal]
        if m.group("y2"):
            y2 = int(m.group("y2"))
            if not (lo <= y1 < y2 < hi and y2 - y1 <= 100):
                break
            out.append(Cand(m.start("y1"), m.end("y2"), "range", cal, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
        else:
            if not lo <= y1 < hi:
                break
            out.append(Cand(m.start("y1"), m.end("y1"), "year", cal, y=y1))
        pos = m.end()
    return out


# A date whose slashes a scraper dropped ("مورخ 1399 7 3", "یکشنبه 95 09 21", "25 09 2020"): three
# numbers alone between words, a four-digit year of this era first or last; a two-digit year
# only after a weekday or "تاریخ / مورخ"
P_NUM_BARE = re.compile(
    r"(?<![0-9/.\-:])(?<![0-9] )(?:(?P<y>1[34][0-9]{2}|(?P<yy>[0-9]{2})) (?P<m>[0-9]{1,2}) (?P<d>[0-9]{1,2})"
    r"|(?P<gd>[0-9]{1,2}) (?P<gm>[0-9]{1,2}) (?P<gy>(?:19|20)[0-9]{2})"
    r"|(?P<jd>[0-9]{1,2}) (?P<jm>[0-9]{1,2}) (?P<jy>1[34][0-9]{2}))(?![0-9]| [0-9])(?![/.\-:][0-9])")
_BARE_DATE_CUE_BEFORE = re.compile(rf"(?:{B0}{WEEKDAY}|تاریخ|مورخ|مورخه){SP1}$")
# a bank text's stamp, month/day and clock with no year: "مانده ۳٬۴۵۶٬۰۰۰ ریال؛ ۰۸/۲۳-۱۴:۰۵", a
# day on or before the message
P_NUM_MD_CLOCK = re.compile(r"(?<![0-9/.\-:])(?P<m>[0-9]{2})/(?P<d>[0-9]{2})(?=-[0-9]{1,2}:[0-9]{2}(?![0-9:]))")
P_NUM_MD = re.compile(r"(?<![0-9/.\-:])(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9]|[/.\-:][0-9])")
# a year and a month: "کارت شما در ۱۴۰۲/۰۹ منقضی می‌شود" (a card's expiry)
P_NUM_YM = re.compile(r"(?<![0-9/.\-:])(?P<y>1[34][0-9]{2}|20[0-9]{2}|[0-9]{2})/(?P<m>0[1-9]|1[0-2])(?![0-9]|[/.\-:][0-9])")
# "تاریخ انقضای ۸۸/۱۰": a two-digit year and month only after an expiry or a make
_EXPIRY_BEFORE = re.compile(rf"(?:انقضا|انقضای|مصرف|تولید|ساخت){SP}[:：]?{SP}$")


def _stamp_day(ref: dt.date, mon: int, d: int) -> convert.Interval:
    """The Jalali ``mon``/``d`` last on or before ``ref``, judged before it is made: "۱۲/۳۰" on
    1 Farvardin 1396 is 30 Esfand 1395, not an impossible 30 Esfand 1396."""
    j = convert.to_jalali(ref)
    return convert.jalali(j.year if (mon, d) <= (j.month, j.day) else j.year - 1, mon, d)


def _numeric_cands(f: str) -> list[Cand]:
    out = []
    for m in P_NUM_BARE.finditer(f) if _SPACED_TRIPLE.search(f) else ():
        if m.group("gy"):
            cal, y, mo, d = "gregorian", int(m.group("gy")), int(m.group("gm")), int(m.group("gd"))
        elif m.group("jy"):
            # "در تاریخ 03 07 1399": a Jalali day first, told by a cue or by its zero-padding
            if not (_BARE_DATE_CUE_BEFORE.search(f, max(0, m.start() - 12), m.start())
                    or m.group("jd").startswith("0") or m.group("jm").startswith("0")):
                continue
            cal, y, mo, d = "jalali", int(m.group("jy")), int(m.group("jm")), int(m.group("jd"))
        else:
            cal, y, mo, d = "jalali", int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if m.group("yy"):
                if not _BARE_DATE_CUE_BEFORE.search(f, max(0, m.start() - 12), m.start()):
                    continue
                y = _two_digit(y)
        unit = UNIT_AFTER.match(f, m.end())
        if 1 <= mo <= 12 and 1 <= d <= 31 and not (unit and "ساعت" not in unit.group(0)):  # a clock may follow
            out.append(Cand(m.start(), m.end(), "numeric", cal, y=y, m=mo, d=d))
    for m in P_NUM_MD_CLOCK.finditer(f) if "-" in f else ():
        mo, d = int(m.group("m")), int(m.group("d"))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(Cand(m.start(), m.end(), "numeric", needs_ref=True,
                             rel=lambda ref, mo=mo, d=d: _stamp_day(ref, mo, d)))
    for m in P_NUM_MD.finditer(f) if "/" in f else ():
        # "فاکتور رو با تاریخ ۳/۱۵ بزنین": a month/day after "تاریخ" / "مورخ", its year by the clause
        mo, d = int(m.group("m")), int(m.group("d"))
        if 1 <= mo <= 12 and 1 <= d <= 31 and _DATE_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start()):
            out.append(Cand(m.start(), m.end(), "numeric", needs_ref=True, rel=by_tense(f, m.end(), "jalali", mo, d)))
    for m in P_NUM_YM.finditer(f) if "/" in f else ():
        y = int(m.group("y"))
        if len(m.group("y")) == 2:
            if not _EXPIRY_BEFORE.search(f, max(0, m.start() - 12), m.start()):
                continue
            y = _two_digit(y)
        if not _NUMBER_LABEL_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            out.append(Cand(m.start(), m.end(), "numeric", "gregorian" if y >= 1900 else "jalali", y=y, m=int(m.group("m"))))
    spaced_dot = " . " in f  # the tokenised stamps below need one; most texts have none
    for m in P_NUM_MDY_SPACED.finditer(f) if spaced_dot else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if 1 <= a <= 12 < b <= 31:
            out.append(Cand(m.start(), m.end(), "numeric", "gregorian", y=int(m.group("y")), m=a, d=b))
        elif 1 <= b <= 12 < a <= 31:
            out.append(Cand(m.start(), m.end(), "numeric", "gregorian", y=int(m.group("y")), m=b, d=a))
        elif 1 <= a <= 12 and 1 <= b <= 12 and _AMPM_TIME_AFTER.match(f, m.end()):
            # both 12 or less: an English stamp's "AM / PM" tells the month first
            out.append(Cand(m.start(), m.end(), "numeric", "gregorian", y=int(m.group("y")), m=a, d=b))
    for m in P_NUM_DMY_SPACED.finditer(f) if spaced_dot or " / " in f else ():
        d, mo = int(m.group("d")), int(m.group("m"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append(Cand(m.start(), m.end(), "numeric", "jalali", y=int(m.group("y")), m=mo, d=d))
    for m in P_JDAY_DOT.finditer(f) if spaced_dot else ():
        if 1 <= int(m.group("d")) <= 31:
            out.append(Cand(m.start(), m.end(), "jalali_dmy", y=int(m.group("y")),
                             m=month_number(m.group("mon"), "jalali"), d=int(m.group("d"))))
    for m in P_NUM_DMYY.finditer(f):
        # "۲۷/۳/۶۶": day/month/two-digit year, only after "تاریخ"/"مورخ" (else a ratio or a code)
        d, mo, yy = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if 1 <= d <= 31 and 1 <= mo <= 12 and _DATE_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start()):
            out.append(Cand(m.start(), m.end(), "numeric", "jalali", y=_two_digit(yy), m=mo, d=d))
    for m in P_NUM_YY_DOT.finditer(f):
        # "مورخ ۹۵.۳.۱۳": two-digit year first, dots or dashes, only after "تاریخ"/"مورخ" (else a
        # version), or alone in brackets after what it dates ("مرگ ... ( ۹۰.۳.۱۱ )"), of a year of
        # the 1350s on (a version in brackets has small numbers)
        yy, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if 1 <= d <= 31 and 1 <= mo <= 12 and (
                _DATE_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start())
                or _DATED_PAPER_BEFORE.search(f, max(0, m.start() - 20), m.start())
                or yy >= 50 and m.group("s") == "." and _OPEN_BRACKET_BEFORE.search(f, max(0, m.start() - 3), m.start())
                and _CLOSE_BRACKET_AFTER.match(f, m.end())):
            out.append(Cand(m.start(), m.end(), "numeric", "jalali", y=_two_digit(yy), m=mo, d=d))
    for pattern in (P_NUM_YMD, P_NUM_YMD_SPACED, P_NUM_YY, P_NUM_DMY):
        for m in pattern.finditer(f):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if len(m.group("y")) == 2:
                y = _two_digit(y)
            if pattern is P_NUM_DMY and mo > 12 and 1 <= d <= 12 and y >= 1800:
                mo, d = d, mo  # "11.22.2016": a Gregorian date written month first
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue  # "۱۲/۴۵/۱۳۹۸" is no date at all, not an impossible one
            if 1250 <= y < 1500:
                cal = "hijri" if _HIJRI_ERA_AFTER.match(f, m.end()) else "jalali"
            elif 1800 <= y < 2100:
                cal = "gregorian"
            else:
                continue
            if (m.group(0).count(".") and cal == "jalali" and pattern not in (P_NUM_YMD, P_NUM_YMD_SPACED)
                    and not (len(m.group("d")) == 2 and len(m.group("m")) == 2) and d <= 12):
                continue  # "۱.۲.۱۳۹۸" reads like a version or a list number; "12.05.1394", "25.8.1395" not
            out.append(Cand(m.start(), m.end(), "numeric", cal, y=y, m=mo, d=d))
    return out


_MOVED_TO_WEEKDAY_AFTER = re.compile(rf"(?:{SP1}(?:شما|من|ما|ایشون|ایشان))?(?:{SP1}(?:باشه|باشد))?{SP1}(?:افتاد|رفت|افتاده){SP1}(?:(?:به|برای){SP1})?(?:روز{SP1})?(?P<wd2>{WEEKDAY}){B1}")
# an appointment's verb of moving, of any tense
_MOVED_ON_VERB = re.compile(rf"{B0}(?:منتقل|موکول|تغییر){SP1}(?:شد|شده|کردیم|کردن|کردند|می{SP}شه|میشه|می{SP}شود){B1}")
_MOVED_FROM_TO_AFTER = re.compile(rf"{SP1}به{SP1}(?:روز{SP1})?(?P<wd2>{WEEKDAY}){B1}[^.،,؛!?؟\n]{{0,30}}?{SP1}{_MOVED_ON_VERB.pattern}")
# ... the day it went to: "... از پنجشنبه به شنبه ساعت ۵ عصر منتقل شد"
_MOVED_FROM_WD_BEFORE = re.compile(rf"{B0}از{SP1}(?:روز{SP1})?{WEEKDAY}{SP1}به{SP1}(?:روز{SP1})?$")
_MOVED_LATER = re.compile(rf"{B0}(?:رفت|افتاد|افتاده|موکول|منتقل|تعویق|عقب{SP1}افتاد){B1}")
_PLURAL_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY}{SP}ها(?:ی)?{SP1}$")
# set for it, spoken: "سرویس رو گذاشتم هفته بعد", "گذاشتیم برای هفته‌ی بعد"
_SET_FOR_BEFORE = re.compile(rf"{B0}(?:گذاشتیم|گذاشتم|گذاشتن|گذاشتند|گذاشته{SP}ایم){SP1}(?:(?:برای|واسه|به){SP1})?$")
_LEAVE_FOR_BEFORE = re.compile(rf"{B0}(?:بذار|بگذار|بذارید|بگذارید|بذارین|بذاریم|بگذاریم|موند|ماند|بمونه|بماند|می{SP}مونه)"
                               rf"(?:{SP1}[^\s\d.،,]+)?{SP1}(?:برای|واسه)(?:{SP}ی)?{SP1}$")  # (also "عمل آقاجون موند برای هفته‌ی بعد", spoken "بمونه واسه ماه بعد")
_BOOKED_GIVEN_AFTER = re.compile(rf"{SP1}(?:(?:نوبت|وقت){SP1}(?:داده|داد|دادن|دادند|گرفتم|گرفتیم|گرفته|گرفتن)"
                                 rf"|رزرو{SP1}(?:کردم|کردیم|کرده|کردن|کردند|شده|شد)){B1}")  # ("استودیو رو برای هفته ی بعد رزرو کردم")


_IN_HISTORY_AFTER = re.compile(rf"{SP1}در{SP1}تاریخ{SP}:")


def _relative_cands(f: str) -> list[Cand]:
    out = []
    ends = [e.start() for e in SENTENCE_END.finditer(f)] + [len(f)]
    idioms = [(i.start(), i.end()) for i in _TODAY_TOMORROW_IDIOM.finditer(f)]
    idioms += [(i.start(), i.end()) for i in (_SOME_DAY_IDIOM.finditer(f) if "روزی" in f or "دیده" in f else ())]
    # a programme's title in guillemets: "« عصر امروز ، یکشنبه‌ها »"
    idioms += [(i.start(), i.end()) for i in _PROGRAMME_TITLE.finditer(f)]
    generic_at: list[int] = []  # where a bare "امروز" meant "these days" (the last one is read)
    for m in P_RELDAY.finditer(f):
        w = re.sub(r"[\s\u200c]+", "", m.group("w"))
        if any(a <= m.start() < b for a, b in idioms):
            continue  # "امروز و فردا می‌کنند": they put it off
        if m.group("unit"):
            if _is_duration(f, m.start("w")) or _ROUND_THE_CLOCK.search(f, max(0, m.start() - 8), m.start()):
                continue
            if _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()) and _day_named_before(f, m.start()):
                continue  # "در معاملات یکشنبه ۲۸ شهریور ... نسبت به روز گذشته": the day before that one
            n = 0 if w.endswith("جاری") else -1
        else:
            n = relative.DAY_WORDS[w]
        if ((_QUOTED_ALONE.search(f, max(0, m.start("w") - 4), m.start("w")) or _OPEN_QUOTE_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                and not m.group("p1") and _QUOTE_CLOSE.match(f, m.end())) or _SLOGAN_BEFORE.search(f, max(0, m.start() - 20), m.start()) \
                or (m.group("p1") and _GUILLEMET_OPEN_BEFORE.search(f, max(0, m.start() - 3), m.start())
                    and _QUOTE_CLOSE.match(f, m.end()) and in_title(f, m.start(), m.end())):
            # (a day part with it too, after a title's noun: "روزنامه «صبح امروز»")
            continue  # "جشنواره « فردا »": a title; "با شعار « فردا برای خواندن دیر است »": a slogan
        if WEEKDAY_BRACKET_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            continue  # "از سه‌شنبه ( روز گذشته )": a gloss of the weekday, which is the mention
        if w == "دیروز" and (_THOSE_UNTIL_BEFORE.search(f, max(0, m.start() - 12), m.start())
                             or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                             and _PAST_PROGRESSIVE.search(f, m.end(), min(len(f), m.end() + 40))):
            continue  # "کسانی که تا دیروز ...", "تا دیروز تلاش می‌کردند": until lately, an idiom
        if w == "دیروز" and _BETTER_THAN_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            continue  # "هر روز بهتر از دیروز": every day against the one before, a motto
        if w == "فردا" and (_PERIODICAL_BEFORE.search(f, max(0, m.start() - 60), m.start())
                            and not _FROM_OR_UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                            or _GENERATION_BEFORE.search(f, max(0, m.start() - 8), m.start())
                            or _DONT_SAY_AFTER.match(f, m.end())):
            continue  # "مجله توقیف شده ایران فردا": a magazine's name; "نسل فردا"; "فردا نگی ..."
        if w in ("امروز", "فردا") and not m.group("p1") and _NEWSPAPER.match(f, m.end()) and m.start() > 0 \
                and f[m.start() - 1] in " \u200c" and _LINE_START_WORD.search(f, max(0, m.start() - 20), m.start()):
            continue  # "آرمان امروز : ..."، "وطن امروز:": a newspaper's name in a press review
        if w == "امروز" and not m.group("p1") and _IN_HISTORY_AFTER.match(f, m.end()):
            continue  # "امروز در تاریخ: ۸ مهر ۱۳۵۹ ...": a column's name heading the day it recalls
        stop = _stop_after(ends, m.end())
        # (a part of the day after it names the day: "دلار امروز صبح ... گذشت")
        if w == "امروز" and not (m.group("p1") or m.group("p2")) and not (m.group("wd") or m.group("wdp")) \
                and generic_today(f, m.start(), m.end(), stop):
            generic_at.append(m.start())
            continue
        if w == "فردا" and not (m.group("p1") or m.group("p2")) and not (m.group("wd") or m.group("wdp")) \
                and not AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                and generic_at and generic_at[-1] >= sentence_start(f, m.start()) \
                and not _TODAY_AND_GAP.fullmatch(f, generic_at[-1], m.start()):
            # "سیاستی که امروز ... ، فردا با ... روبه‌رو می‌شود": today and tomorrow of a saying (not
            # "از فردا", "فردا صبح", nor the pair "امروز و فردا", which the check on "امروز" alone misreads)
            continue
        start = m.start() if not m.group("p1") or not _is_duration(f, m.start()) else m.start("w")
        wd = m.group("wd") or m.group("wdp")
        if wd:
            # "فردا (یکشنبه)" in a story filed on Saturday and published on Sunday: the weekday
            # the writer names is surer than the publication stamp; for "امروز" the tense
            # tells the side ("امروز (سه شنبه) ... رسید" has passed).
            side = n or tense_side(f, m.end())
            rel = (lambda ref, n=n, t=weekday_number(wd), side=side: relative.weekday_near(ref, n, t, side))
        else:
            rel = (lambda ref, n=n: relative.shift_days(ref, n))
        out.append(Cand(start, m.end(), "relative", rel=rel, needs_ref=True))
    for m in P_NEXT_UNIT.finditer(f) if "بعد" in f else ():
        if (dur := DURATION_BEFORE.search(f, max(0, m.start() - 20), m.start())) \
                and not _NUMBERED_NOUN_BEFORE.search(f, max(0, dur.start() - 12), dur.start()):
            continue  # "شش سال بعد": after another time (not "امتحان سطح ۸ هفته بعد": a level's number)
        ss, stop = sentence_start(f, m.start()), _stop_after(ends, m.end())
        tstop = tense_stop(f, m.end(), stop)
        unit = m.group("unit")
        # a week or month told in a present of what is planned ("رمضون هفته‌ی بعد شروع می‌شه"), or put
        # off to it ("موکول به هفته بعد", spoken "می‌ره هفته‌ی بعد")
        told_ahead = unit != "سال" and future_first(f, m.end(), tstop)
        put_off = bool(_PUT_OFF_TO_BEFORE.search(f, max(0, m.start() - 14), m.start()))
        for_day = bool(_FOR_DAY_BEFORE.search(f, max(0, m.start() - 8), m.start()))
        # "کتاب رو تا هفته بعد دارید؟": asked whether one has a thing by then
        has_by_asked = bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _HAVE_ASKED.match(f, m.end() + 1))
        if unit == "هفته" and _THAT_DAY_NAMED.search(f, ss, m.start()):
            continue  # "نوبت‌های آن روز به هفته بعد منتقل می‌شود": the week after the day named, not publication's
        # (but a week or month told ahead counts from publication: "تست ... روز یکشنبه ۵ مرداد ۱۳۹۳ انجام
        # شد و نتایجش هفته‌ی بعد اعلام می‌شه")
        if (_YEAR_NAMED.search(f, _clause_start(f, m.start()), m.start()) or _month_named_before(f, m.start())) \
                and not (told_ahead or unit != "سال" and put_off
                         # ("... ۳۱ خرداد میایم، قسط دوم بمونه برای ماه بعد": what is left for the next
                         # week or month counts from publication)
                         or unit != "سال" and for_day and _LEAVE_FOR_BEFORE.search(f, max(ss, m.start() - 20), m.start())
                         or FALLS_ON_BEFORE.search(f, max(0, m.start() - 14), m.start())  # ("... وگرنه می‌افته به سال بعد")
                         or _SET_FOR_SEASON_BEFORE.search(f, max(0, m.start() - 30), m.start())  # ("گذاشتیم بهار سال بعد")
                         # ("... از ۲۸ دسامبر نایاب شده، قول دادن هفته‌ی بعد ۲۰۰ شیشه بفرستن": promised for it)
                         or unit != "سال" and _PROMISED_BEFORE.search(f, max(ss, m.start() - 30), m.start())
                         # ("نوبت ۲۰ دی رو برداشتم؛ برای هفته‌ی بعد ۲ تا وقت دیگه داریم": what one has for it, a
                         # clause after the day's)
                         or unit != "سال" and for_day and CLAUSE_END.search(f, ss, m.start()) is not None
                         and HAVE_PRESENT.search(f, m.end(), tstop) and not PAST_ONLY.search(f, m.end(), tstop)
                         or _DAY_GLOSS_AFTER.match(f, m.end())  # ("... و سال بعد، یعنی ۱۶ فروردین ۹۲، برمی‌گردم")
                         or MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start())  # ("۲۰ آذر، یعنی هفته‌ی بعد")
                         # ("این هفته به خاطر ماه رمضون ... باز هستیم، از هفته‌ی بعد دوباره تا ۹ شب": a month
                         # named with no day or year, the paper's own; from the next week on)
                         or unit != "سال" and AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                         and not _YEAR_NAMED.search(f, _clause_start(f, m.start()), m.start())
                         and not _dated_month_before(f, m.start()) and not PAST_ONLY.search(f, ss, tstop)
                         # ("به مناسبت ۱۷ ربیع‌الاول تا آخر هفته‌ی بعد تخفیف داریم": what lasts until the
                         # end of the next week, told in the present, counts from publication)
                         or unit != "سال" and _UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                         and HAVE_PRESENT.search(f, m.end(), tstop) and not PAST_ONLY.search(f, ss, tstop)
                         # ("... ۲ ژانویه بار زده شد، ولی گمرک گفته تا آخر هفته‌ی بعد ترخیص نمی‌شه": its own
                         # present, after a "but")
                         or unit != "سال" and _UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                         and _BUT.search(f, ss, m.start()) and _DONE_SOON_AFTER.match(f, m.end())
                         # ("برای تولد ... ۲۲ اسفند ... سفارش بدم، تا آخر هفته‌ی بعد آماده‌ست؟": ready by its end)
                         or unit != "سال" and _UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                         and _READY_AFTER.match(f, m.end())
                         # ("۱۶ شهریور تحویل بدید، تا هفته‌ی بعد هم بیعانه رو می‌ریزم": by the next week, one's
                         # own present, in a clause after the day's)
                         # (or its thing made a spoken object after a pause: "کارگرا از ۱ آبان مرخصی‌ان، پس سفارش
                         # ماه بعد رو همین هفته بدین")
                         or unit != "سال" and _SPOKEN_OBJECT_AFTER.match(f, m.end()) and CLAUSE_END.search(f, ss, m.start()) is not None
                         # (or the next month's bill, in a clause after the day's: "۲۷ و ۲۸ مرداد ... بازه؛ شارژ ماه
                         # بعد هم همون ۶۰۰ تومنه")
                         or unit == "ماه" and _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start())
                         and CLAUSE_END.search(f, ss, m.start()) is not None and not PAST_ONLY.search(f, m.end(), tstop)
                         # (or from it on: "اجرا ۲۰ تیر ساعت ۶ عصره، بلیت‌ها رو از هفته‌ی بعد می‌تونید بگیرید")
                         or unit != "سال" and _UNTIL_OR_FROM_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
                         and CLAUSE_END.search(f, ss, m.start()) is not None
                         and (_present_own(f, m.end(), tstop) or _CAN_NOW.search(f, m.end(), tstop))
                         and not PAST_ONLY.search(f, m.end(), tstop)
                         # (or opening a clause of one's own present: "بازی ۲۱ نوامبر تو استانبوله، هفته‌ی بعد
                         # بلیتا رو می‌گیریم")
                         # (or bidden in it: "قطعه‌ها از ۲۰ تا ۲۵ آبان می‌رسه، پس آخر هفته‌ی بعد زنگ بزنین")
                         or unit != "سال" and _CLAUSE_OPENS_LOOSE_BEFORE.search(f, max(0, m.start() - 60), m.start())
                         and (_present_own(f, m.end(), tstop) or _BIDDING.search(f, m.end(), tstop)
                              # (or what one has by it, asked: "امتحان‌مون ۱۸ دیه، کتاب رو تا هفته بعد دارید؟")
                              or has_by_asked)
                         and not PAST_ONLY.search(f, ss, tstop)):
            continue  # "در ۱۳۹۰ ... سال بعد": the year after that one
        # also what falls on or is put off to it ("جلسه افتاد هفته‌ی بعد", "موکول به هفته بعد"), and
        # what one is told to leave for it ("بذار برای هفته‌ی بعد"), has set for it ("گذاشتیم برای
        # هفته‌ی بعد") or has booked for it ("برای هفته‌ی بعد نوبت داده")
        put = bool(FALLS_ON_BEFORE.search(f, max(0, m.start() - 14), m.start()) or put_off
                   # ("اولین نوبت خالی رو برای هفته‌ی بعد داریم": what one has for it)
                   or for_day and _HAVE_RIGHT_AFTER.match(f, m.end())
                   or unit != "سال" and _SET_FOR_BEFORE.search(f, max(0, m.start() - 18), m.start())
                   or for_day and (_LEAVE_FOR_BEFORE.search(f, max(ss, m.start() - 20), m.start())
                                   or _BOOKED_GIVEN_AFTER.match(f, m.end())))
        # (or agreed on: "قرار شد بله‌برون هفته‌ی بعد باشه")
        put = put or told_ahead or unit != "سال" and bool(_PROMISED_BEFORE.search(f, max(ss, m.start() - 30), m.start()))
        # ... or glossed by the day it holds ("هفته‌ی بعد، جمعه ۱۸ فروردین، مهمون سپاهانه"), or told in a
        # present with no past in its clause ("هفته ی بعد دو تا بازی داریم", "هفته‌ی بعد بریم لواسون؟"),
        # or said to be better ("هفته بعد نیایم ...، ماه بعد بهتره")
        # ... or glossed by its date, the next year too ("سال بعد، یعنی ۱۶ فروردین ۹۲، برمی‌گردم")
        put = put or unit == "سال" and bool(_DAY_GLOSS_AFTER.match(f, m.end()))
        # ... or what one has until its end, the verb told first ("۲۰ درصد تخفیف داریم تا آخر هفته بعد")
        put = put or unit != "سال" and bool(_UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                            and HAVE_PRESENT.search(f, _clause_start(f, m.start()), m.start())
                                            and not PAST_ONLY.search(f, _clause_start(f, m.start()), m.start()))
        # ... or its week's or month's thing made a spoken object ("سفارش هفته بعد رو دو برابر کن",
        # "برنامه‌ی هفته‌ی بعد رو تو گروه گذاشتم": the plan for the coming week, whatever the tense)
        put = put or unit != "سال" and bool(_SPOKEN_OBJECT_AFTER.match(f, m.end()))
        # ... or its month's bill or charge ("شارژ ماه بعد هم همون ۶۰۰ تومنه"), counted from publication
        bill = unit == "ماه" and bool(_PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start()))
        put = put or bill
        # ... or a plan of one's own for it, in speech, no past before it ("سال بعد زودتر رزرو کنیم",
        # "ثبت‌نام اردوی سال بعد کی شروع میشه؟"; not a narrated "سال بعد ... شود")
        put = put or unit == "سال" and not HABIT.search(f, ss, m.start()) and (pcut := _past_cut(f, m.end(), tstop)) > m.end() \
            and bool(_WE_PLAN.search(f, m.end(), pcut) or WISH_VERB.search(f, m.end(), pcut))
        put = put or unit != "سال" and (
            # (or followed by the condition it hangs on: "هفته‌ی بعد اگه جاده‌ها باز شد ... می‌زنم")
            bool(_DAY_GLOSS_AFTER.match(f, m.end()) or _BETTER_AFTER.match(f, m.end()) or _IF_RIGHT_AFTER.match(f, m.end())
                 or _BUSY_OR_FREE_AFTER.match(f, m.end()) or _READY_AFTER.match(f, m.end())
                 # (busy, said at its clause's end: "هفته‌ی بعد هم برای عکسای سال نو شلوغه")
                 or _BUSY_SPOKEN.search(f, m.end(), _clause_end(f, m.end()))
                 # (someone there or not, or when a thing is, spoken: "مربی گفته هفته‌ی بعد نیست", "آزمون ماه بعد کیه؟")
                 or _THERE_OR_WHEN_AFTER.match(f, m.end())
                 # (the fallback if a plan fails: "این هفته درست می‌کنیم، اگه نشد هفته‌ی بعد")
                 or _IF_NOT_BEFORE.search(f, max(0, m.start() - 16), m.start()))
            # (a present before a past of another clause: "هفته‌ی بعد امتحان دارم ...؛ پریروز ... نرفتم")
            or not HABIT.search(f, ss, m.start()) and (pcut := _past_cut(f, m.end(), tstop)) > m.end()
            and (not for_day  # (not "تا برای هفته بعد ریکاوری کنم"; but "برای هفته بعد دوباره سراغ بگیرید")
                 and bool(WISH_VERB.search(f, m.end(), pcut) or HAVE_PRESENT.search(f, m.end(), pcut)
                          or MUST_WORD.search(f, m.end(), pcut)  # ("هفته‌ی بعد باید کمترش کنم")
                          or _BIDDING.search(f, m.end(), pcut)  # ("تا آخر هفته‌ی بعد واریز کنید")
                          or _CLOSED_SPOKEN.search(f, m.end(), pcut))  # ("هفته‌ی بعد ... دو روز تعطیلیم")
                 or bool(_BIDDING.search(f, m.end(), pcut))
                 # (or any present of one's own: "بلیت واسه هفته‌ی بعد به بندرعباس می‌خوام")
                 or _present_own(f, m.end(), pcut)))
        # "برای هفته‌ی بعد ۲ تا وقت دیگه داریم": what one has for it, a few words on
        put = put or unit != "سال" and for_day and bool(HAVE_PRESENT.search(f, m.end(), min(tstop, m.end() + 30))
                                                        and not PAST_ONLY.search(f, m.end(), tstop))
        # "تا آخر هفته‌ی بعد ترخیص نمی‌شه": what is (not) done by its end, told in the present
        put = put or unit != "سال" and bool(_UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                            and _DONE_SOON_AFTER.match(f, m.end()))
        # "عروسی رو گذاشتیم بهار سال بعد": set for a season of it
        put = put or bool(_SET_FOR_SEASON_BEFORE.search(f, max(0, m.start() - 30), m.start()))
        # "جلسه‌ی هفته‌ی بعد درباره‌ی اردوی اردیبهشت ماه هست": a session of that week, told with no past
        put = put or unit != "سال" and bool(_SESSION_OF_BEFORE.search(f, max(0, m.start() - 14), m.start())
                                            and not PAST_ONLY.search(f, ss, tstop) and not PERFECT_RE.search(f, ss, tstop)
                                            and not HABIT.search(f, ss, m.start()))
        # "هفته بعد که برگشتید خبر بدید": a week opening a clause of what you will have done by then,
        # bidden to tell (a past form in a "when" clause, ahead)
        put = put or unit != "سال" and bool(_WHEN_YOU_DID_AFTER.match(f, m.end())
                                            and _TELL_ME_BIDDEN.search(f, m.end(), sentence_end(f, m.end())))
        # "۲۰ آذر، یعنی هفته‌ی بعد", "احتمالاً هفته‌ی بعد": glossing a day, or guessed at
        put = put or bool(MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start()) or _LIKELY_BEFORE.search(f, max(0, m.start() - 12), m.start()))
        # "کتاب رو تا هفته بعد دارید؟": asked whether one has a thing by then
        put = put or unit != "سال" and has_by_asked and not PAST_ONLY.search(f, ss, tstop)
        if not (put or WILL.search(f, m.end(), tstop) or _AHEAD_BEFORE.search(f, ss, m.start())
                or AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and not PAST_ONLY.search(f, m.end(), tstop)):
            # not a habit: "با برف سال بعد دوباره زنده می‌شود" (but "از هفته بعد کلاس شروع میشه":
            # from the next one on)
            continue
        fn = {"هفته": relative.week, "ماه": relative.jalali_month, "سال": relative.jalali_year}[unit]
        out.append(Cand(m.start(), m.end(), "relative", rel=lambda ref, fn=fn: fn(ref, 1), needs_ref=True))
    for m in P_WEEK_THEN_WEEKDAY.finditer(f) if "هفته" in f else ():
        # "تجمع رو گذاشتن هفته‌ی دیگه یکشنبه": that weekday of that week, one mention
        rel = (lambda ref, t=weekday_number(m.group("wd")), ws=relative.step(m.group("wk")): relative.weekday(ref, t, False, ws))
        out.append(Cand(m.start(), m.end(), "relative", rel=rel, needs_ref=True))
    for m in P_RELN_RANGE.finditer(f) if _DAYS_AGO_HINT.search(f) else ():
        n1, n2 = int(m.group("n1")), int(m.group("n2"))
        if 0 < n1 < n2 <= 60:
            out.append(Cand(m.start(), m.end(), "range", needs_ref=True, priority=1, parts=(
                Cand(0, 0, "", needs_ref=True, rel=lambda ref, k=n2: relative.shift_days(ref, -k)),
                Cand(0, 0, "", needs_ref=True, rel=lambda ref, k=n1: relative.shift_days(ref, -k)))))
    for m in P_WEEKDAY_PAIR_WEEK.finditer(f) if "هفته" in f else ():
        ws = relative.step(m.group("st")) if m.group("st") else 0
        for g, end in (("wd1", m.end("wd1")), ("wd2", m.end())):
            out.append(Cand(m.start(g), end, "relative", needs_ref=True, priority=1,
                             rel=lambda ref, t=weekday_number(m.group(g)), ws=ws: relative.weekday(ref, t, False, ws)))
    for m in P_WEEKDAY_GONE.finditer(f) if "گذشت" in f else ():
        # "شنبه‌ای که گذشت یه نفر اومد ...": the weekday that has just gone by
        out.append(Cand(m.start("wd"), m.end(), "relative", needs_ref=True, priority=1,
                         rel=lambda ref, t=weekday_number(m.group("wd")): relative.weekday(ref, t, False)))
    for m in P_TOMORROWS.finditer(f) if "فردای" in f else ():
        out.append(Cand(m.start("w"), m.end("w"), "relative", rel=lambda ref: relative.shift_days(ref, 1), needs_ref=True))
    for m in P_RELUNIT.finditer(f):
        if m.group("w"):
            step = 0 if m.group("w") == "امسال" else -1
            unit = "سال"
        else:
            # "همین هفته" is this very week; "همین سال" points back to a year named before it
            unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")  # "هفته جدید": this one
            step = relative.step(m.group("st")) if m.group("unit") else 0
            if m.group("unit") and _is_duration(f, m.start()):
                continue
        end = m.end()
        if m.group("unit") and _OBJECT_RO.fullmatch(m.group("st")) and not _UNIT_PREP_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and PAST_ONLY.search(f, m.end(), _word_end(f, min(sentence_end(f, m.end()), m.end() + 40))):
            # "اجاره‌ی ماه پیش رو ریختم", "عکسای هفته‌ی پیش رو توی دو تا پوشه گذاشتم": the last unit,
            # its object marked in speech, told in the past (not "در سال پیش رو ...", the unit ahead)
            step, end = -1, m.start("st") + 3
        if m.group("unit") == "هفته" and _PLURAL_WEEKDAY_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            continue  # "رزرو غذای هر هفته تا چهارشنبه‌های هفته قبل": each week's week before
        if m.group("unit2") == "هفته" and _LEAGUE_WEEK.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هفته سیزدهم لیگ ... دیدار این هفته": the league's round, not a calendar week
        if m.group("unit2") == "هفته" and _DURING_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and _NAMED_WEEK.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هفته کتاب از ۲۴ تا ۳۰ آبان ... در این هفته ۲۰ درصد تخفیف": the named week again
        if m.group("unit") and step == -1 and _ITS_AFTER.match(f, m.end()):
            continue  # "نسبت به سال قبل آن": the year before one named earlier
        if m.group("st") in ("قبل", "پیش") and _AZ_AFTER.match(f, m.end()) and not _FROM_AFTER_OK.match(f, m.end()):
            continue  # "یک سال قبل از خانم فلانی": a year before someone else, not before publication
        if (m.group("unit") and step == -1 and _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start())
                and _ANNUAL.search(f, sentence_start(f, m.start()), m.start())):
            continue  # "کاهش سالانه ... نسبت به سال قبل": each year against the one before it
        if (unit == "ماه" and (m.group("unit2") or m.group("unit3") or step == -1 and _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()))
                and _month_named_before(f, m.start(), whole=bool(m.group("unit2") or m.group("unit3")))
                # (not "شهریه شهریور رو تخفیف دادیم، از این ماه دوباره کامل حساب میشه": from now on, set
                # against the month named and done with)
                and not (m.group("unit2") and AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                         and (done := _PAST_THEN_PAUSE.search(f, _clause_start(f, m.start()), m.start()))
                         and not _MONTH_NAME.search(f, done.end(), m.start()))
                # (nor "ساخت پل در خرداد ۱۳۸۶ آغاز شد و این ماه به ۳۸ درصد پیشرفت رسیده است": a new clause
                # after the month's past, told of now)
                and not (m.group("unit2") and _PAST_AND_RIGHT_BEFORE.search(f, max(0, m.start() - 30), m.start())
                         and not PAST_ONLY.search(f, m.end(), sentence_end(f, m.end())))
                # (nor this month's fee or wage made a spoken object: "مهد تا آخر اردیبهشت بسته‌ست و شهریه
                # این ماه رو برمی‌گردونیم", the paper's month)
                and not (m.group("unit2") and _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start())
                         and _SPOKEN_OBJECT_AFTER.match(f, m.end()))):
            continue  # "در ماه اکتبر ... نسبت به ماه قبل", "در مهرماه ... این ماه": counted from the month named
        if m.group("unit2") == "ماه" and _SEMICOLON_RIGHT_BEFORE.search(f, max(0, m.start() - 3), m.start()) \
                and _DATED_MONTH.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "... در اردیبهشت ۱۳۱۰ به کار افتاد؛ این ماه با ذی‌الحجه ۱۳۴۹ برابر است": the month just named
        if (unit == "ماه" and (m.group("unit2") or step == -1)
                and _SAME_MONTH_OF.search(f, sentence_start(f, m.start()), sentence_end(f, m.end()))):
            continue  # a monthly report ("در این ماه ... نسبت به ماه قبل ... ماه مشابه سال ۱۳۹۴"): its month is named elsewhere
        fn = {"هفته": relative.week, "ماه": relative.jalali_month, "سال": relative.jalali_year}[unit]
        if (m.group("mil") or m.group("mil0")) and unit != "هفته":  # "ماه گذشته میلادی", "سال میلادی جاری"
            fn = {"ماه": relative.gregorian_month, "سال": relative.gregorian_year}[unit]
        if unit == "سال" and step == -1 and _EVERY_YEAR.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هر سال باید کامل‌تر از سال قبل باشد": each year's own year before
        if m.group("st") == "گذشته" and _PASSED_MARK.search(f, sentence_start(f, m.start()), m.start()) \
                and _COPULA_AFTER.match(f, m.end()):
            continue  # "برداشت گندم از مرز ۹ میلیون تن در سال گذشته است": per year, it has passed the mark
        if _SUPPOSED.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "مثلا اگر کسی پس از خرج‌های سال گذشته‌اش ... داشته باشد": a made-up case
        if unit == "سال" and step == -1 and not (m.group("mil") or m.group("mil0")) and _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()):
            # "در سال ۹۳ ... در قیاس با مدت مشابه سال قبل": the year before the one compared
            prior = [y for y in P_YEAR.finditer(f, max(0, m.start() - 200), m.start())
                     if not SENTENCE_END.search(f, y.end(), m.start())]
            if prior:
                y = prior[-1]
                if not y.group("y"):
                    continue
                ys = int(y.group("y"))
                ys = _two_digit(ys) if len(y.group("y")) == 2 else ys
                cal = _era_calendar(y.group("era"), ys)
                if cal != "jalali" or not 1250 <= ys < 1500:
                    continue
                out.append(Cand(m.start(), m.end(), "relative", "jalali", y=ys - 1, priority=1))
                continue
            if _MASKED_YEAR_BEFORE.search(f, max(0, m.start() - 200), m.start()):
                continue  # "در سال 0 ... نسبت به سال قبل": counted from a year not written
        if m.group("unit3") == "ماه" and any(P_JMY.finditer(f, sentence_start(f, m.start()), m.start())):
            continue  # "نرخ تورم دی ۱۳۹۱ را ... ؛ ... رقم تورم همین ماه را": that same month, named
        if step == -1 and unit in ("هفته", "ماه") and _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()) \
                and _reported_unit_before(f, m.start(), unit):
            continue  # "در هفته مورد گزارش ... نسبت به هفته قبل": a week counted from the one reported
        out.append(Cand(m.start(), end, "relative", rel=lambda ref, fn=fn, s=step: fn(ref, s),
                         needs_ref=True))
    for m in P_DAY_THIS_MONTH.finditer(f):
        d = _day(m)
        if not 1 <= d <= 31 or (m.group("d") and (_is_duration(f, m.start())
                                                   or _SPAN_OF_BEFORE.search(f, max(0, m.start() - 12), m.start()))):
            continue  # "طی ۳ ماه جاری": three months, not the 3rd
        if m.group("dw") and _NOUN_OF_ORDINAL_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "در نیمه دوم ماه جاری": the second half, not the second day
        d1 = _day(m, "1") if (m.group("d1") or m.group("dw1")) else d
        if not 1 <= d1 <= d:
            continue
        if m.group("mil"):
            rel = (lambda ref, d1=d1, d=d: convert.span(convert.gregorian(ref.year, ref.month, d1),
                                                        convert.gregorian(ref.year, ref.month, d)))
        else:
            rel = (lambda ref, d1=d1, d=d: convert.span(
                convert.jalali(convert.to_jalali(ref).year, convert.to_jalali(ref).month, d1),
                convert.jalali(convert.to_jalali(ref).year, convert.to_jalali(ref).month, d)))
        out.append(Cand(m.start(), m.end(), "relative", rel=rel, needs_ref=True, priority=1))
    for m in P_DAY_NEXT_MONTH.finditer(f) if "ماه" in f else ():
        if m.group("dw") and not m.group("dw1") and _NOUN_OF_ORDINAL_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "داور دوم ماه پیش تعیین شد": the second referee, named last month
        days = [(m.group("d1"), m.group("dw1")), (m.group("d"), m.group("dw"))]
        if not all(w is None or _ORDINAL_DAY.fullmatch(re.sub(r"[\s\u200c]+", "", w)) for _, w in days) \
                or (m.group("d") and not (m.group(0).rstrip().endswith("ام") or "ام" in f[m.end("d"):m.start("st")]
                                          or _DAY_NAMED_BEFORE.search(f, max(0, m.start() - 8), m.start()))):
            continue  # "بیست و دو ماه گذشته", "۱۵ ماه گذشته": months counted
        d = _day(m)
        d1 = _day(m, "1") if (m.group("d1") or m.group("dw1")) else d
        if not 1 <= d1 <= d <= 31:
            continue
        step = 1 if m.group("st") in ("آینده", "آتی", "بعد") else -1

        def rel(ref, d1=d1, d=d, step=step):
            mon = relative.jalali_month(ref, step)
            j = convert.to_jalali(mon.start)
            return convert.span(convert.jalali(j.year, j.month, d1), convert.jalali(j.year, j.month, d))
        out.append(Cand(m.start(), m.end(), "relative", rel=rel, needs_ref=True, priority=1))
    for m in P_UNIT_PASSED.finditer(f):
        fn = {"هفته": relative.week, "ماه": relative.jalali_month, "سال": relative.jalali_year}[m.group("unit")]
        out.append(Cand(m.start(), m.end(), "relative", rel=lambda ref, fn=fn: fn(ref, -1), needs_ref=True))
    for m in P_NEWYEAR.finditer(f):
        if _GREETING_BEFORE.search(f, max(0, m.start() - 12), m.start()) or _GREETING_AFTER.match(f, m.end()):
            continue  # "با تبریک سال جدید", "سال جدید مبارک!": a greeting
        if _GREGORIAN_WORD.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            continue  # "فردا، اول ژانویه ۲۰۱۴، نخستین جلسه اردوی سال جدید": the Gregorian one, unnamed
        if _SCHOOL_YEAR.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "سال تحصیلی گذشته ... سال جدید هم ...": the new school year
        if _OF_THING_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                and _DAY_MONTH_WRITTEN.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            # "نخستین مسابقه سال جدید ... ۲۰ فروردین ۱۳۸۹ در قطر است", "کلاسای سال جدید از ۱۵ فروردین
            # شروع می‌شه": the new year's first thing, its day written; the year names no time of its own
            continue
        out.append(Cand(m.start(), m.end(), "relative", rel=relative.new_year, needs_ref=True))
    for m in P_NEWYEAR_G.finditer(f) if "میلادی" in f else ():
        # a time within the year ("در اوایل سال جدید میلادی"), not its eve or its coming, which name
        # the holiday ("در آستانه سال نو میلادی", "با آغاز سال نو میلادی", "به مناسبت آغاز ...":
        # dates_written12, 19, 25, 28, 76)
        if _WITHIN_YEAR_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            out.append(Cand(m.start(), m.end(), "relative", "gregorian", needs_ref=True, rel=relative.new_gregorian_year))
    for m in P_RELN.finditer(f):
        n = _count(m.group("n"))
        st = m.group("st")
        if st == "دیگه":
            # spoken, only when glossed by the day it comes to ("۳ روز دیگه از کارگاه میارن، یعنی
            # چهارشنبه"): writers leave the bare spoken count out
            if m.group("unit") not in ("روز", "شب") or not _MEANS_DAY_AFTER.match(f, m.end()):
                continue
            st = "دیگر"
        if st in ("پیش", "قبل") and m.group("unit") == "سال" and _MORE_OR_LESS_THAN_BEFORE.search(f, max(0, m.start() - 14), m.start()):
            continue  # "یعنی بیشتر از ۱۵۰ سال پیش": a bound, not a year
        dur = DURATION_BEFORE.search(f, max(0, m.start() - 20), m.start())
        if dur and _ARTICLE_BEFORE.search(f, max(0, dur.start() - 10), dur.start()):
            dur = None  # "کمیسیون اصل ۹۰ سه روز پیش": an article's number, then the count
        if dur and (_YEAR_NUMBER_BEFORE.search(f, max(0, m.start() - 12), m.start())
                    or _NUMERIC_DATE_BEFORE.search(f, max(0, m.start() - 16), m.start())):
            # "مدال کارنگی ۲۰۲۴ دو هفته پیش منتشر شد", "حکم مورخ ۱۴۰۰/۰۷/۰۹ سه روز پیش ابلاغ شد": a
            # year or a date, then the count
            dur = None
        if dur or _COUNT_SPAN_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _GUILLEMET_OPEN_BEFORE.search(f, max(0, m.start() - 2), m.start()) and f.find("»", m.end(), m.end() + 40) >= 0 \
                or _OPERATION_BEFORE.search(f, max(0, m.start() - 16), m.start()) \
                or _CLOCK_WORD_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            # "دو سه سال پیش", "۵۰ - ۶۰ سال پیش", "۵ میلیون سال پیش": vague, or a count before the
            # count; "ستون «۲۰ سال پیش در چنین روزی»": a title; "عملیات کربلای ۵ شب قبل آغاز شده": the
            # number names the operation; "وزن‌کشی از ساعت ۱۷ روز قبل": the hour, on the day before
            # something
            continue
        if st == "دیگر" and (_SPAN_LEFT_BEFORE.search(f, max(0, m.start() - 12), m.start())
                             or _SPAN_LEFT_AFTER.match(f, m.end())):
            continue  # "تنها سه هفته دیگر وقت باقی است", "تا دو سال دیگر": time left, not a day
        if st == "دیگر" and (past := PAST_ONLY.search(f, m.end(), _word_end(f, min(len(f), m.end() + 30)))) \
                and not has_verb(f, m.end(), past.start()) and not CLAUSE_END.search(f, m.end(), past.start()):
            continue  # "گردان ما ۲ ماه دیگر در خط ماند": so much longer, told in the past
        if n is None or (st == "قبل" and _AZ_AFTER.match(f, m.end()) and not _FROM_PLACE_AFTER.match(f, m.end())) \
                or _BEFORE_ANCHOR.match(f, m.end()) or _MUST_AFTER.match(f, m.end()) and not _SHOULD_HAVE_AFTER.match(f, m.end()) \
                or st == "قبل" and _BEFORE_FEAST.match(f, m.end()):
            continue  # also "۱۰ روز قبل باید ... برسد": a deadline counted from an event
        if st == "پیش" and (_WITH_SOMEONE_AFTER.match(f, m.end()) or m.group("unit") == "شب" and _NIGHTS_WITH_AFTER.match(f, m.end())) \
                or _AT_LEAST_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                or st == "قبل" and _ARRANGED_WITH_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                or st == "قبل" and _LEAD_BIDDEN_AFTER.match(f, m.end()):
            # "۳ ماه پیش شما می‌مونه": a stay with someone; "حداقل ۲ هفته قبل سفارش بدید", "فقط یه
            # روز قبل خبر بدید": a lead time before some event, no day
            continue
        if st == "قبل" and m.group("unit") in ("روز", "شب") and not CLAUSE_END.search(f, m.end(), m.end() + 30) \
                and FUTURE_MORE.search(f, m.end(), near := _word_end(f, min(sentence_end(f, m.end()), m.end() + 30))) \
                and not PAST_ONLY.search(f, m.end(), near):
            continue  # "لینکش رو یه روز قبل برات می‌فرستم": a day before the event, told ahead
        if st == "قبل" and _SENTENCE_CLOSES.match(f, m.end()) \
                and not PAST_ONLY.search(f, (cs := _clause_open(f, m.start())), m.start()) \
                and (FUTURE_MORE.search(f, cs, m.start()) or _present_own(f, cs, m.start())):
            continue  # "۵۰ درصد رو الان می‌دم باقیش یه هفته قبل.": before the event told, ahead, no day
        sign = 1 if st == "دیگر" else -1
        unit = m.group("unit")
        if m.group("half") or m.group("half0"):
            if unit != "سال" or sign == 1:
                continue  # "دو ماه و نیم پیش" is no calendar month; "... دیگر" is time left
            # "سه سال و نیم پیش", "یک و نیم سال قبل": the month forty-two (eighteen) months back
            rel = (lambda ref, k=12 * n + 6: relative.jalali_month(ref, -k))
        elif unit in ("روز", "شب"):  # "سه شب پیش": the night three days back
            rel = (lambda ref, k=sign * n: relative.shift_days(ref, k))
        else:
            fn = {"هفته": relative.week, "ماه": relative.jalali_month, "سال": relative.jalali_year}[unit]
            rel = (lambda ref, fn=fn, k=sign * n: fn(ref, k))
        out.append(Cand(m.start(), m.end(), "relative", rel=rel, needs_ref=True, priority=1))
    weekday_runs = list(P_WEEKDAY_RANGE.finditer(f))
    hours = [(h.start(), h.end()) for h in weekday_runs if _weekly_hours(f, h)]
    for m in P_WEEKDAY.finditer(f):
        if any(a <= m.start() < b for a, b in hours):
            continue
        if m.group("p0") and not (m.group("wk") or m.group("wk0") or m.group("mod") or m.group("part") or m.group("rw")) \
                and _DAY_MONTH_RIGHT_AFTER.match(f, m.end()):
            continue  # "بامداد روز شنبه ۱۲ دی": the weekday with its date is the mention
        if (bd := _BRACKET_DATE_AFTER.match(f, m.end())) and not (m.group("wk") or m.group("wk0") or m.group("mod")) \
                and not _SECOND_DAY_AFTER.match(f, bd.end()):
            # "بعدازظهر جمعه (۲ مهر)": the bracketed date is the mention; "یکشنبه هفته آتی ( ۲۷
            # نوامبر )" is one too, told by its week
            continue
        if _ROUTE_BEFORE.search(f, max(0, m.start() - 2), m.start()) or _ROUTE_AFTER.match(f, m.end("wd")):
            continue  # "پرواز مستقیم مشهد-دوشنبه": Dushanbe, a city of a route
        if _SURI_AFTER.match(f, m.end("wd")):
            continue  # "شب چهارشنبه‌سوری": the feast, whatever list it stands in
        if _BEFORE_IT_GLOSSED_AFTER.match(f, m.end("wd")):
            continue  # "پیانو رو شنبه‌ی قبلش، ۸ آبان، کوک می‌کنیم": the date glossing it is the mention
        if _PLURAL_AFTER.match(f, m.end()) or _weekly(f, m.start(), ends) and not (m.group("wk") or m.group("mod")):
            # "یکشنبه شب‌ها", "سه‌شنبه شب ... و چهارشنبه‌ها ...": a weekly schedule (but "از شنبه
            # هفته آینده ... پنجشنبه‌ها تعطیل": the day a schedule starts, told by its week)
            continue
        if _GUILLEMET_OPEN_BEFORE.search(f, max(0, m.start() - 3), m.start()) and _TITLE_CLOSE_AFTER.match(f, m.end()):
            continue  # "نمایش دوباره «پنجشنبه آخر ماه»": a title that opens with the weekday
        first_of_run = _WEEKDAY_TO_BEFORE.search(f, max(0, m.start() - 16), m.start())
        if _OFFICE_HOURS_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or (first_of_run and _OFFICE_HOURS_BEFORE.search(f, max(0, first_of_run.start() - 30), first_of_run.start())):
            continue  # "ساعات کاری: شنبه تا چهارشنبه از ۸ تا ۱۶": every week's hours
        if _DAY_WORD_BEFORE_WEEKDAY.search(f, max(0, m.start() - 12), m.start()) and not m.group("roz"):
            continue  # "از بامداد امروز جمعه ۱۵۰۰ تومان": the weekday of "امروز", one day told
        if (numbered := _numeric_day_after(f, m.end())) is not None:
            iv, n, y = numbered
            if _DATED_AFTER.match(f, m.end()):
                continue  # "روز پنجشنبه مورخ ۱۳۹۷/۰۲/۱۳": the dated numbers are the mention
            if convert.persian_weekday(iv.start) == weekday_number(m.group("wd")):
                # "روز سه‌شنبه ۱۴۰۱/۰۴/۲۸": the weekday opens the date it agrees with, as it
                # opens "سه‌شنبه ۲۸ تیر" (dates_gold, the earliest set, kept the two apart)
                out.append(Cand(m.start(), n.end(), "numeric", "gregorian" if y >= 1900 else "jalali",
                                 y=y, m=int(n.group("m")), d=int(n.group("d")), priority=1))
                continue
            # "روز یکشنبه 24/10/1385" with another weekday: a date of its own, the day written
            out.append(Cand(m.start(), m.end(), "relative", rel=lambda ref, iv=iv: iv, needs_ref=True))
            continue
        if _DATED_DAY_RIGHT_BEFORE.search(f, max(0, m.start() - 24), m.start()) and _IS_RIGHT_AFTER.match(f, m.end()) \
                or _OCCASION_NAMED_BEFORE.search(f, max(0, m.start() - 24), m.start()) and (is_ := _IS_RIGHT_AFTER.match(f, m.end())) \
                and _DAY_MONTH_RIGHT_AFTER.match(f, is_.end()):
            # "چون اول مهر جمعه‌ست": the weekday the day falls on, said of it, no day of its own; so with
            # a feast whose date is told after it ("یلدا پنجشنبه‌ست، ۳۰ آذر": the date is the mention; but
            # "یلدای امسال چهارشنبه است" alone names the day, dates_written229)
            continue
        if _LAST_OF_YEAR_AFTER.match(f, m.end()) or m.group("wd") == "دوشنبه" and _DUSHANBE_AFTER.match(f, m.end()) \
                or m.group("wd") == "شنبه" and _KAKI_AFTER.match(f, m.end("wd")):
            continue  # "سه‌شنبه‌ی آخر سال": the feast's name; "در دوشنبه تاجیکستان": the city
        if m.group("roz") and _STORY_THAT_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                and not FUTURE.search(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end()))):
            # "آن روز شنبه وقتی رفتم": that Saturday of a story, no day of the paper's (but "متن آن روز
            # دوشنبه منتشر می‌شود": its text, on the Monday ahead)
            continue
        if _ORDINAL_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _MEANS_AFTER.match(f, m.end()) and not ((m.group("wk") or m.group("mod")) and _MEANS_DATE_AFTER.match(f, m.end())
                                                           or _MEANS_SHIFT_AFTER.match(f, m.end())) \
                or _NAME_OR_POSSESSIVE_AFTER.match(f, m.end("wd")) \
                or _EVERY_WEEK_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _EVERY_WEEK_UNTIL_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or _PARTS_PLURAL_BEFORE.search(f, max(0, m.start() - 10), m.start()) \
                or (_DAYS_PLURAL_BEFORE.search(f, max(0, m.start() - 30), m.start())
                    and not (m.group("wk") or m.group("mod") or _WEEK_TOLD_AFTER.match(f, m.end()))) \
                or _WEEKDAYS_PLURAL_AFTER.match(f, m.end("wd")) \
                or _CONGREGATION_BEFORE.search(f, max(0, m.start() - 14), m.start()):
            # (also "نمازگزاران جمعه": the Friday prayer's congregation)
            # "اولین صبح جمعه پاییز": the first of a season's; "صبح جمعه یعنی ...": what one is
            # like; "هر هفته جمعه صبح": a habit; "سردار جمعه خان", "جمعه سیاه": names; "صبح
            # جمعه‌ات به خیر": a greeting; "صبحای شنبه", "صبح جمعه‌هاست": every Saturday's or Friday's morning
            continue
        if not m.group("roz") and (_LIST_COMMA_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                   and _AND_OTHERS_AFTER.match(f, m.end("wd"))
                                   or _PLACE_WORD_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                   and not (m.group("wk") or m.group("wk0") or m.group("mod"))):
            # "مساجد ... ، کوفه ، جمعه و دیگر مکان‌ها", "محله جمعه اولاد": a place's name (not
            # "برق این منطقه شنبه هفته آینده قطع خواهد بود": a week told with it)
            continue
        if _EVERY_DAY_BUT_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or _PLURAL_OF_WEEKDAY_BEFORE.search(f, max(0, m.start() - 14), m.start()) and _OWN_WEEKDAY.match(f, m.end("wd")):
            continue  # "هر روز بجز جمعه ... هستیم", "شیفت‌های جمعه‌م": every week's, no day
        if _EVERY_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or _COUNTED_WEEKDAYS_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "هر شنبه جلسه داریم", "هر روز شنبه": every week's, no day; "دو تا پنجشنبه": counted
        if _WEEKLY_DAYS_BEFORE.search(f, max(0, m.start() - 60), m.start()) and not _DAYS_RUN_OF_WEEK_AFTER.match(f, m.end()) \
                and not (m.group("wk") or m.group("wk0") or m.group("mod")) \
                and not PAST_ONLY.search(f, m.end(), sentence_end(f, m.end())):
            # "روزهای شنبه و دوشنبه ساعت ۲۱ پخش می‌شود", spoken "روزاش همون یکشنبه و سه‌شنبه‌ست": every
            # week's, whatever hour is told
            continue
        target = weekday_number(m.group("wd"))
        mod, wk = m.group("mod") or (m.group("part") and m.group("mod2")), m.group("wk") or m.group("wk0")
        if mod in ("قبل", "پیش", "بعد") and _FROM_WORD_AFTER.match(f, m.end()):
            mod = None  # "سه‌شنبه عصر قبل از چهارشنبه‌سوری": before an occasion, not the last Tuesday
        if mod in ("دیگر", "دیگه"):
            if re.match(r"(?:یک|دو)[\s\u200c]", m.group("wd")):
                continue  # "یک شنبه دیگر هم گذشت": one more Saturday, no Sunday
            mod, wk = None, mod  # "شنبه‌ی دیگه": that day of the week to come, as "شنبه هفته دیگه"
        end = m.end() if (mod or wk or m.group("rw")) else m.end("wd")
        # (a "و" after a verb joins clauses: "... منفی ۲۰ درجه بود و پنجشنبه این هفته")
        not_day = bool(_WEEKDAY_NOT_BEFORE.search(f, max(0, m.start() - 40), m.start())) \
            and not _CLAUSE_AND_BEFORE.search(f, max(0, m.start() - 40), m.start())
        if m.group("wk0") and not_day:
            continue  # "نماز جمعه این هفته": the prayer; "این هفته" is the mention
        if m.group("rw") and not m.group("roz") and not_day:
            continue  # "نماز جمعه امروز": the prayer; "امروز" is the mention
        rb = None if m.group("rw") or mod or wk else _REL_BRACKET_AFTER.match(f, m.end())
        if m.group("rw") or rb:
            # "روز سه‌شنبه دیروز", "روز شنبه (امروز)", "سه‌شنبه ( روز گذشته )": the weekday the
            # writer names, near the day the word points to (a bracketed word is no mention of its own)
            word = rb.group("rw") if rb else m.group("rw")
            n = -1 if word.startswith("روز") else relative.DAY_WORDS[word]
            if rb and rb.group("close"):
                end = rb.end()
            side = n or tense_side(f, m.end())
            rel = (lambda ref, n=n, t=target, side=side: relative.weekday_near(ref, n, t, side))
        elif wk:
            ws = 0 if m.group("wk0") else relative.step(wk)  # "پنجشنبه این هفته"
            rel = (lambda ref, t=target, ws=ws: relative.weekday(ref, t, False, ws))
        elif mod == "جاری":
            rel = (lambda ref, t=target: relative.weekday(ref, t, False, 0))
        elif mod in ("گذشته", "پیش", "قبل") or _FEW_DAYS_AGO_AFTER.match(f, m.end()) \
                or (AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and SINCE_NOW_AFTER.match(f, m.end())):
            # also "از شنبه تاکنون / تا حالا": since the last Saturday
            # also "روز شنبه چند روز قبل": a Saturday some days before, not the paper's own
            # "جمعه گذشته" in a Friday's paper is a week ago, not the same day
            rel = (lambda ref, t=target: relative.weekday(ref - dt.timedelta(days=1), t, False))
        else:
            first = None  # the weekday before "و", when this one is the second of a pair
            state = False
            # "شب قدر اول میفته پنجشنبه شب", "امسال افتاده به جمعه": what falls on a day (told before it)
            falls_on = bool(FALLS_ON_BEFORE.search(f, max(0, m.start() - 20), m.start()))
            if mod:
                future = mod in ("آینده", "آتی", "بعد", "بعدی")
            else:
                stop = _stop_after(ends, m.end())
                tstop = tense_stop(f, m.end(), stop)
                planned = bool(_PLANNED_BEFORE.search(f, max(0, m.start() - 20), m.start())
                               or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               or in_programme(f, m.start()) and not _FRIDAY_PRAYER_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               or DEPARTURE_BEFORE.search(f, max(0, m.start() - 16), m.start())
                               # "برنامه‌ی جمعه: ساعت ۶:۳۰ ...": the day's plan; "رکاب‌زنی جمعه لغو شد":
                               # what was called off had not come yet
                               or _PLAN_OF_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               or _TICKET_OF_BEFORE.search(f, max(0, m.start() - 30), m.start())
                               # ("نوبت بازدید لباسشویی شما دوشنبه ساعت ۱۱ ثبت شد": an appointment set for it)
                               or _APPOINTMENT_BEFORE.search(f, max(0, m.start() - 40), m.start())
                               and _SET_FOR_DAY_AFTER.match(f, m.end())
                               or _CALLED_OFF_RIGHT_AFTER.match(f, m.end()) or _PUT_OFF_LATER_AFTER.match(f, m.end())
                               # ("جلسه‌ی سه‌شنبه هم ساعت ۷ شد": its hour changed, ahead)
                               or _SET_TO_CLOCK_AFTER.match(f, m.end())
                               or _reserved_for(f, m.end(), stop)
                               # ("جلسه‌ی جبرانی رو گذاشتم جمعه ساعت ۱۰": set on it; no child is named a weekday)
                               or _SET_FOR_BEFORE.search(f, max(0, m.start() - 18), m.start())
                               # ("جمعه رو هم مرخصی گرفته": the day itself taken off)
                               or _DAY_OFF_AFTER.match(f, m.end())
                               # ("سه‌شنبه تولد مهساست", "پنجشنبه راند دکتره": the day's event, said to be on it)
                               or _EVENT_IS_AFTER.match(f, m.end())
                               or falls_on)
                # "سه‌شنبه در دبی تمرین داریم": a fixture or session one has, ahead
                comma = CLAUSE_END.search(f, m.end(), stop)
                planned = planned or bool(_SCHEDULED.search(f, m.end(), comma.start() if comma else stop)
                                          or _BOOKED_STAY.search(f, m.end(), comma.start() if comma else stop))
                # "که شنبه زنگ بزنم": a plan told in the subjunctive, right after the day and before
                # any past verb (not "صبح جمعه ... بخوابم ... ولی مجبورم برم", a wish of every week)
                wish = WISH_VERB.search(f, m.end(), _word_end(f, min(comma.start() if comma else stop, m.end() + 30)))
                past = PAST_ONLY.search(f, m.end(), tstop)
                wish = bool(wish) and not (past and past.start() < wish.start())
                # "برای امضای قرارداد روز شنبه به شعبه مراجعه کنید": what the reader is told to do
                bid = _BIDDING.search(f, m.end(), comma.start() if comma else tstop)
                wish = wish or bool(bid) and not (past and past.start() < bid.start()) \
                    and not PAST_ONLY.search(f, m.end(), bid.start()) and not PERFECT_RE.search(f, m.end(), bid.start())
                # "سه‌شنبه شب خوبه؟": a day put forward, asked about
                wish = wish or bool(_GOOD_FOR_AFTER.match(f, m.end()))
                # "از شنبه رژیم می‌گیرم", "از شنبه مدارس باز می‌شوند": from a day on, told in the
                # present (not "از روز دوشنبه ... آغاز کرده و ... خاتمه می‌یابد", since a day past)
                cstop = comma.start() if comma else tstop
                from_on = bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                               and (PRESENT_ACT.search(f, m.end(), cstop) or SUBJ_LIGHT.search(f, m.end(), cstop)
                                    or _DENIED_ACT.search(f, m.end(), cstop))
                               and not PAST_ONLY.search(f, m.end(), cstop) and not _PARTICIPLE.search(f, m.end(), cstop))
                # (or to a day written, a run whatever recurs in it: "از شنبه تا اول مهر هر شب تا ۱۰ بازیم")
                from_on = from_on or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                          and _TO_WRITTEN_DAY_AFTER.match(f, m.end()))
                # (or the hours kept from it on, none told as past: "از سه‌شنبه تا عید فطر ساعت کاری‌مون ۸ شب
                # تا ۲ بامداده")
                from_on = from_on or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                          and _HOURS_AFTER.search(f, m.end(), cstop)
                                          and not PAST_ONLY.search(f, m.end(), cstop))
                # "از جمعه آغاز شده، امروز به پایان می‌رسد": since a day past, begun
                # "از جمعه شب قطعه و الان ...": since a day past, up to now
                # (also past a place: "از شامگاه پنجشنبه در ارتفاعات البرز آغاز شده، تا فردا ادامه دارد")
                but = _BUT.search(f, m.end(), tstop)  # (not "... شروع می شه ولی این هفته هنوز خبری نیست")
                since = bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                             and (_BEGUN_LATER_AFTER.match(f, m.end()) or _NOW_LATER.search(f, m.end(), but.start() if but else tstop)))
                # "سامانه‌ی بیمه از جمعه قطعه، ۴۰ تا نسخه رو دستی ثبت کردیم": down since a day, what was done
                # meanwhile told in the past
                since = since or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                      and (down := _DOWN_SINCE_AFTER.match(f, m.end()))
                                      and PAST_ONLY.search(f, down.end(), sentence_end(f, down.end())))
                # "دوشنبه پذیرش پرواز ندارد", "تا جمعه ادامه داشته باشد": a state told in the
                # present or the subjunctive, before any past verb, is of a day ahead
                # (not the verb of a clause of its own: "روز شنبه از زندانی که ... قرار دارد، فرار کردند")
                # also a copula that ends no perfect: "ادارات روز چهارشنبه تعطیل است", "تحویل سال
                # بامداد چهارشنبه است" (the first verb after the day; not "روز شنبه ... برگزار شده
                # است", nor "حاکی است"); told in the present, the paper's own weekday is that same day
                state = _STATE_VERB.search(f, m.end(), cstop) or _copula_state(f, m.end(), min(cstop, m.end() + 40)) \
                    or _WHERE_STATE.search(f, m.end(), min(cstop, m.end() + 40))
                state = bool(state) and not (past and past.start() < state.start()) \
                    and not THAT.search(f, m.end(), state.start()) and not _AND_NOT_WEEKDAY.search(f, m.end(), state.start())
                # "جمعه نیمه‌ی شعبونه", "سه‌شنبه که تاسوعاست": the occasion the day is, told in speech
                state = state or bool(_OCCASION_IS_AFTER.match(f, m.end()))
                # "وعده داده پرواز ساعت ۲ بامداد پنجشنبه انجام شود": a subjunctive the first verb
                # after the day, what is to be done, ahead
                subj = SUBJ_LIGHT.search(f, m.end(), cstop)
                subj = bool(subj) and not (has_verb(f, m.end(), subj.start()) or PRESENT_ACT.search(f, m.end(), subj.start())
                                           or THAT.search(f, m.end(), subj.start()) or _RA.search(f, m.end(), subj.start())) \
                    and bool(_PROMISED_BEFORE.search(f, max(sentence_start(f, m.start()), m.start() - 40), m.start()))
                # (not a weekday of a month named alone before it in its clause: "دورهمی آبان رو پنجشنبه میگیریم")
                present = _present_own(f, m.end(), cstop) and not any(
                    not _DIGIT_RIGHT_BEFORE.search(f, max(0, mm.start() - 3), mm.start())
                    and mm.group(0) != "می"  # (the verb prefix: "می‌خوام تا یلدا برسه، سه‌شنبه تحویل می‌دید؟")
                    for mm in _MONTH_NAME.finditer(f, _clause_start(f, m.start()), m.start()))
                future = not since and (future_first(f, m.end(), tstop) or planned or wish or from_on or state or subj
                                        or present or bool(_POSTPONED_AFTER.match(f, m.end())))
                future = future or falls_on  # ahead
                if future and (aside := _PRESENT_ASIDE_THEN_PAST.match(f, m.end(), tstop)) \
                        and not (has_verb(f, m.end(), that := aside.start("that")) or PRESENT_ACT.search(f, m.end(), that)
                                 or _STATE_VERB.search(f, m.end(), that)):
                    # "عصر پنجشنبه تانکر ... در رستورانی که زائران به آن مراجعه می‌کنند، منفجر شد": the
                    # present is a "که" clause's, the day's own verb after its comma is past (not "دوشنبه
                    # جلسه داریم که جای ... حساب می‌شه، همون که تعطیل شد": the day's verb comes first)
                    future = False
                at_clock = bool(_AT_CLOCK_AFTER.match(f, m.end()))
                until_hour = bool(_UNTIL_HOUR_BEFORE.search(f, max(0, m.start() - 24), m.start()))
                # a deadline's day, whatever verb or none: "ثبت نام تا پنجشنبه.", "لطفاً تا پنجشنبه
                # بفرستیدش", "اگه تا پنجشنبه تب نکنه" (not a count, "۲ تا پنجشنبه", nor a run's end)
                until_day = bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                 and not _COUNT_TA_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                 and not _FROM_TO_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                 and not _WEEKDAY_TO_BEFORE.search(f, max(0, m.start() - 16), m.start()))
                # the other day offered after a day ahead: "فرش رو پس‌فردا میارید یا یکشنبه؟"
                # (or after a weekday with a present: "سفارش رو پنجشنبه می‌فرستین یا شنبه؟")
                cs = _clause_start(f, m.start())
                or_ahead = bool(_OR_RIGHT_BEFORE.search(f, max(0, m.start() - 8), m.start())
                                and (_DAY_AHEAD_WORD.search(f, cs, m.start())
                                     and not PAST_ONLY.search(f, sentence_start(f, m.start()), m.start())
                                     or _WEEKDAY_THEN_PRESENT.search(f, cs, m.start())))
                future = future or or_ahead
                # "شنبه ۸ فروردین هم هستم، ولی یکشنبه نه": the day set against one told in the present
                but_not = bool(_BUT_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start())
                               and _NOT_ALONE_AFTER.match(f, end)
                               and (_present_own(f, cs, m.start()) or _AM_THERE.search(f, cs, m.start()))
                               and not PAST_ONLY.search(f, cs, m.start()))
                future = future or but_not
                # "دوشنبه میاید برای نصب کرکره؟": asked whether one comes that day
                you_come = bool(_YOU_COME_AFTER.match(f, m.end()))
                # ("...؛ ان شاالله از یکشنبه.": hoped for from the day on, the verb left out)
                you_come = you_come or bool(_INSHALLAH_FROM_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                            and _ALONE_AFTER.match(f, end))
                # ("میشه ببرینش پنجشنبه؟": a move to the day asked for, the day last)
                you_come = you_come or bool(_MOVE_ASKED_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                            and _ALONE_AFTER.match(f, end))
                future = future or you_come
                # the day an appointment was moved to from another weekday ("... از پنجشنبه به شنبه منتقل شد")
                future = future or bool(_MOVED_FROM_WD_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                        and _MOVED_ON_VERB.search(f, m.end(), min(stop, m.end() + 40)))
                # "اگه دوشنبه هم تعطیل شد خبر میدم": a past form in a condition opened right before the
                # day, ahead (not "اگر دوشنبه رفته بودی", a wish about the past)
                future = future or bool(_IF_RIGHT_BEFORE.search(f, max(0, m.start() - 8), m.start()) and past
                                        and not PLUPERFECT_AT.match(f, past.start()))
                # the day given in answer to "when?": "کی آماده باشه؟ عروس: جمعه."
                # (or "کی میاید؟ نقاش: سه‌شنبه، ۱۲۰ متره": the answer, then what goes with it)
                answer = bool(_ANSWER_COLON_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _ANSWER_END_AFTER.match(f, end)
                              and _WHEN_ASKED_BEFORE.search(f, max(0, m.start() - 120), m.start()))
                future = future or answer
                # spoken order, the verb before the day and none after it: "بر می گردیم پنجشنبه شب"
                future = future or bool(not has_verb(f, m.end(), cstop) and not PAST_ONLY.search(f, m.end(), cstop)
                                        and _FUTURE_RIGHT_BEFORE.search(f, max(0, m.start() - 24), m.start()))
                # "این هفته بیاید، ترجیحاً چهارشنبه": the day one would rather have for what was just bidden
                preferred = bool(_PREFERABLY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                 and (_BIDDEN_BEFORE.search(f, sentence_start(f, m.start()), m.start())
                                      or _BIDDING.search(f, sentence_start(f, m.start()), m.start())))
                future = future or preferred
                # an hour set on the day, and nothing told as past after it: an appointment ahead
                semi = SEMICOLON.search(f, m.end(), tstop)  # ("... عصره؛ پیچوندن واجب شد": another clause)
                sstop = semi.start() if semi else tstop
                future = future or at_clock and not PAST_ONLY.search(f, m.end(), sstop) and not PERFECT_RE.search(f, m.end(), sstop) \
                    and not REDUCED_PERFECT.search(f, m.end(), sstop)
                # "روز جمعه تیم باید به میدان برود": what must be done is ahead
                near = min(tstop, m.end() + 40)
                colon = f.find(":", m.end(), near)
                near = colon if colon >= 0 else near
                # (not "طرح روز یکشنبه را باید ... ارزیابی کرد": one must judge the plan of that day)
                # (nor a "باید" after the day's own past verb: "ماشین رو سه‌شنبه گرفتم ولی باید پنجشنبه پس بدم")
                must = MUST_WORD.search(f, m.end(), near)
                future = future or bool(must and not EVENT_PAST.search(f, m.end(), near)
                                        and not _OBJECT_AFTER.match(f, m.end()) and not PAST_ONLY.search(f, m.end(), must.start()))
                moved = moved_ahead(f, m.start(), end) or lasts_until(f, m.start(), end)
                if _REPORTS_NOW_AFTER.match(f, m.end()) or SAID_AFTER.match(f, m.end()):
                    # "خبرگزاری فرانسه روز چهارشنبه می‌نویسد", "سرمربی روز یکشنبه گفت ... استراحت دارد":
                    # the day it wrote or said, whatever it said of days ahead
                    future = False
                elif ((UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) or until_hour)
                      and not _FROM_TO_BEFORE.search(f, max(0, m.start() - 40), m.start())
                      and (not (PAST_ONLY.search(f, m.end(), sstop) or PERFECT_RE.search(f, m.end(), sstop))
                           or until_day and _IF.search(f, _clause_start(f, m.start()), m.start()))):
                    # "صیادان تا صبح یکشنبه ... خودداری کنند": until a day ahead (the clause up to a
                    # semicolon: "تا یکشنبه اونجاییم؛ هتل رو ... گرفتیم"); a condition's past is none
                    # ("اگه تا سه‌شنبه پول نرسید از حساب خودم میدم")
                    future = True
                elif moved and not _WAS_AFTER.search(f, m.end(), sstop):
                    # "مهلت تا پنجشنبه تمدید شد": extended to a day ahead (not a term that was:
                    # "قرارداد تا یکشنبه ساعت ۶ عصر بود")
                    future = True
                if future and _PROMISE_SAID_BEFORE.search(f, max(0, m.start() - 20), m.start()) \
                        and _BUT_NOT_DONE.search(f, m.end(), stop):
                    future = False  # "شما گفتید دوشنبه میاید ولی نیومدید": a day promised and let pass
                if _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()) or _said_before_colon(f, tstop):
                    # "نرخ امروز نسبت به روز سه شنبه": a day already past; "خبرگزاری ... روز
                    # چهارشنبه در گزارشی با بیان اینکه ... می‌شوند، نوشت:": the day it was written
                    future = False
                # "طی روزهای سه‌شنبه و چهارشنبه ... دنبال شد": two days of a week told in the past
                # (a verb of happening, not "بود": "معلم روزهای یکشنبه بود" is a habit)
                happened = EVENT_PAST.search(f, m.end(), tstop)
                # nor a present perfect: "مدتی است در روزهای شنبه و یکشنبه برپا شده است"
                pair = bool(_DAYS_PAIR_BEFORE.search(f, max(0, m.start() - 40), m.start())
                            and happened and not happened.group(0).endswith("بود")
                            and not PERFECT_RE.match(f, happened.start())
                            and not future_first(f, m.end(), tstop))
                happened_noun = bool(_HAPPENED_BEFORE.search(f, max(0, m.start() - 20), m.start()))
                if pair or happened_noun or _granted(f, m.start(), m.end(), stop):
                    future = False
                # "اگر بخواهم ... چهارشنبه گچ دستم را باز کنم": a plan in a condition, ahead
                iffy = bool(_IF.search(f, sentence_start(f, m.start()), m.start())
                            and _SUBJUNCTIVE.search(f, m.end(), min(stop, m.end() + 60))
                            and not _FRIDAY_PRAYER_BEFORE.search(f, max(0, m.start() - 12), m.start()))
                future = future or iffy and not PAST_ONLY.search(f, m.end(), stop)
                # "( یکشنبه و دوشنبه )": the second of two weekdays, the first of which is a day
                pa = WEEKDAY_AND_BEFORE.search(f, max(0, m.start() - 20), m.start())
                first = next((c for c in out if pa and c.end == pa.end("wd") and c.rel), None)
                if first is None and _AND_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                        and not has_verb(f, m.end(), stop) and not PAST_ONLY.search(f, m.end(), stop) \
                        and not _WEEKDAY_NOT_AFTER.match(f, m.end()):
                    # "پنجشنبه دست اول رو می‌زنیم و شنبه دست دوم": a weekday of a clause whose verb is
                    # left out, the one before it told in the sentence; the next such day after that one
                    first = next((c for c in reversed(out) if c.bare_wd is not None and c.rel
                                  and c.start >= sentence_start(f, m.start())), None)
                pair = pair or first is not None
                means = bool(MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start()))
                # "به جای یکشنبه، دوشنبه آماده می‌شه": the day a plan had, told in the tense of the
                # whole sentence (the comma after it parts it from the day put in its place)
                instead = bool(_INSTEAD_BEFORE.search(f, max(0, m.start() - 10), m.start()))
                # "سه‌شنبه نه، ولی دوشنبه ... آماده‌ست": a day turned down for another, in that one's tense
                instead = instead or bool(_NOT_BUT_AFTER.match(f, m.end()))
                if instead:
                    rest = sentence_end(f, m.end())
                    future = future or not (PAST_ONLY.search(f, m.end(), rest) or PERFECT_RE.search(f, m.end(), rest))
                if not (m.group("roz") or m.group("part") or m.group("p0") or planned or pair or happened_noun or iffy
                        or from_on or means or at_clock or until_hour or until_day or or_ahead or answer or instead or moved or preferred
                        or since or but_not or you_come) and (
                        not (has_verb(f, m.end(), stop) or PAST_ONLY.search(f, m.end(), stop) or wish or state or present
                             or future and (SUBJ_LIGHT.search(f, m.end(), stop) or FUTURE_MORE.search(f, m.end(), stop)
                                            or WISH_VERB.search(f, m.end(), stop))
                             or _ENDS_PRESENT.search(f, m.end(), stop))
                                           or (_WEEKDAY_NOT_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                               and not _CLAUSE_AND_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                                           or (_DAYS_RUN_BEFORE.search(f, max(0, m.start() - 60), m.start())
                                               and not _DAYS_RUN_OF_WEEK_AFTER.match(f, m.end()))
                                           or _WEEKDAY_NOT_AFTER.match(f, m.end())
                                           and not (future and _WHEN_BEFORE_COMMA.search(f, max(0, m.start() - 16), m.start()))):
                    continue
            # (what a day falls on may be today: "تولدم ... امسال افتاده به جمعه" on that Friday)
            # (not from a day on: "از شنبه دوباره تمرین داریم" said on a Saturday is the next one)
            now = future and (state or falls_on) and not AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
            rel = own = (lambda ref, t=target, fut=future, now=now: relative.weekday(
                ref, t, fut and not (now and convert.persian_weekday(ref) == t)))
            if not mod and (WAS_PLANNED_BEFORE.search(f, max(0, m.start() - 30), m.start())
                            and _MOVED_LATER.search(f, m.end(), sentence_end(f, m.end()))
                            # ("قرارمون برای یکشنبه بود، ولی ...": the day the plan was for)
                            or _PLAN_FOR_BEFORE.search(f, max(0, m.start() - 20), m.start()) and _WAS_RIGHT_AFTER.match(f, end)
                            or future and VOTE_BEFORE.search(f, max(0, m.start() - 12), m.start())):
                # the nearest such day: one once planned and then moved ("بازی ما که قرار بود جمعه
                # باشه رفت دوشنبه ۲۶ فروردین"), or a vote named by its day and still being counted
                # ("شمارش آرای انتخابات سه‌شنبه آمریکا ادامه دارد")
                rel = (lambda ref, t=target: relative.weekday_near(ref, 0, t, 0))
            if not mod and WAS_PLANNED_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                    and _NOT_DONE.search(f, m.end(), sentence_end(f, m.end())) \
                    and not _MOVED_LATER.search(f, m.end(), sentence_end(f, m.end())):
                # "قرار بود سه‌شنبه بیاین، نیومدین!": the day planned, gone by with nothing done
                rel = (lambda ref, t=target: relative.weekday(ref, t, False))
            if not mod and _YOU_SAID_BEFORE.search(f, max(0, m.start() - 16), m.start()) \
                    and (but := _BUT.search(f, m.end(), stop)) and PAST_ONLY.search(f, but.end(), stop):
                # "گفتید یکشنبه میارید ولی یه خبر هم ندادید": the day promised, gone by unkept
                rel = (lambda ref, t=target: relative.weekday(ref, t, False))
            moved_from = None if mod else _MOVED_TO_WEEKDAY_AFTER.match(f, m.end())
            # (or "نوبت شما از پنجشنبه به شنبه ساعت ۵ منتقل شد": an appointment moved, whatever the tense)
            moved_on = None if mod or not AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                else _MOVED_FROM_TO_AFTER.match(f, m.end())
            if moved_on and weekday_number(moved_on.group("wd2")) != target:
                moved_from = moved_on
            if moved_from and weekday_number(moved_from.group("wd2")) != target \
                    and (moved_from is moved_on or not PAST_ONLY.search(f, moved_from.end(), sentence_end(f, moved_from.end()))):
                # "بازی جمعه افتاد شنبه", "قرار بود پنجشنبه باشه افتاد جمعه": the day moved from, the
                # last such day before the one it went to, which is ahead
                rel = (lambda ref, t=target, t2=weekday_number(moved_from.group("wd2")):
                       _weekday_before(relative.weekday(ref, t2, True).start, t))
            ss = sentence_start(f, m.start())
            same = next((c for c in reversed(out) if c.bare_wd == target and c.start >= ss), None)
            if first is not None:
                # the next such weekday after the first: "شنبه و یکشنبه" are two days in a row
                gap = (target - (first.bare_wd if first.bare_wd is not None else weekday_number(pa.group("wd")))) % 7 or 7
                rel = (lambda ref, r=first.rel, gap=gap: relative.shift_days(r(ref).start, gap))
            elif same is not None and not mod:  # (not "جمعه آینده": told from publication)
                rel = same.rel  # "دما روز دوشنبه ... خواهد بود و ... در روز دوشنبه ... است": that same day
            out.append(Cand(m.start(), end, "relative", rel=rel, needs_ref=True, bare_wd=target,
                            ahead_today=now and rel is own))
            continue
        out.append(Cand(m.start(), end, "relative", rel=rel, needs_ref=True))
    for m in weekday_runs:
        if _weekly(f, m.start(), ends):
            continue
        mod, wk = m.group("mod"), m.group("wk")
        if _weekly_hours(f, m):
            continue
        if not (mod or wk or m.group("az") or m.group("wk0")):
            continue  # "شنبه تا چهارشنبه" needs "از" or a modifier to be one run of days
        t1, t2 = weekday_number(m.group("wd1")), weekday_number(m.group("wd2"))
        if (t2 - t1) % 7 == 1 and _DAYPART_WORD.search(f, m.start(), m.end()):
            # "از شامگاه سه شنبه تا صبح چهارشنبه": hours across a night are two dates
            # (dates_blind27.md); "از بعدازظهر سه‌شنبه تا صبح پنجشنبه" is a run of days
            continue
        if m.group("wk0"):
            side, wk = 0, "جاری"
        elif wk:
            side = relative.step(wk)
        elif mod:
            side = 1 if mod == "آینده" else 0 if mod == "جاری" else -1
        elif _THIS_WEEK.search(f, sentence_start(f, m.start()), m.start()):
            side = 0  # "در هفته جاری از روز دوشنبه تا چهارشنبه ..."
        else:
            tstop = tense_stop(f, m.end(), _stop_after(ends, m.end()))
            # (or a state told in the present before any past: "خیابان‌ها از عصر دوشنبه تا
            # بامداد چهارشنبه بسته است")
            state = _copula_state(f, m.end(), min(tstop, m.end() + 60))
            state = state is not None and not PAST_ONLY.search(f, m.end(), state.start())
            # (or a plan told in the subjunctive before any past: "از پنجشنبه تا دوشنبه بریم گیلان؟")
            near = _word_end(f, min(tstop, m.end() + 30))
            wish = WISH_VERB.search(f, m.end(), near) or _BIDDING.search(f, m.end(), near)
            wish = wish is not None and not PAST_ONLY.search(f, m.end(), wish.start())
            # (or no verb after it, and a day ahead named before it: "پس‌فردا برمی‌گردم تهران؛ از یکشنبه تا
            # سه‌شنبه آزمایشگاهم")
            comma = CLAUSE_END.search(f, m.end(), tstop)
            cstop = comma.start() if comma else tstop
            ahead_before = not has_verb(f, m.end(), cstop) and not PAST_ONLY.search(f, m.end(), cstop) \
                and bool(_DAY_AHEAD_WORD.search(f, sentence_start(f, m.start()), m.start()))
            # (or a present of having or one's own before any past: "از پنجشنبه تا دوشنبه لازم دارم")
            have = HAVE_PRESENT.search(f, m.end(), cstop)
            have = bool(have) and not PAST_ONLY.search(f, m.end(), have.start()) or _present_own(f, m.end(), cstop)
            side = 1 if (future_first(f, m.end(), tstop) or state or wish or _BOOKED_STAY.search(f, m.end(), tstop)
                         or _PLANNED_BEFORE.search(f, max(0, m.start() - 20), m.start()) or ahead_before or have) else -1
        out.append(Cand(m.start(), m.end(), "range", rel=lambda ref, t1=t1, t2=t2, side=side, wk=bool(wk) or side == 0:
                         relative.weekday_run(ref, t1, t2, side, wk), needs_ref=True, priority=1))
    for m in P_DAYWORD_TO_WEEKDAY.finditer(f):
        n, t = relative.DAY_WORDS[re.sub(r"[\s\u200c]+", "", m.group("rw"))], weekday_number(m.group("wd"))
        az = AZ_BEFORE.search(f, max(0, m.start() - 5), m.start())
        out.append(Cand(az.start() if az else m.start(), m.end(), "range", needs_ref=True, priority=1,
                         rel=lambda ref, n=n, t=t, nxt=bool(m.group("next")): relative.day_to_weekday(ref, n, t, nxt)))
    for m in P_WEEKDAY_TO_DAYWORD.finditer(f):
        n, t = relative.DAY_WORDS[m.group("rw")], weekday_number(m.group("wd"))
        out.append(Cand(m.start(), m.end(), "range", needs_ref=True, priority=1,
                         rel=lambda ref, n=n, t=t, last=bool(m.group("lastwk")): relative.weekday_to_day(ref, t, n, last)))
    for m in P_EVE.finditer(f):
        # "شب یکشنبه" is the evening before Sunday: Saturday's date. Only with a verb in the
        # sentence (a reported night), never "هر شب جمعه" / "شب‌های جمعه" (habits).
        stop = _stop_after(ends, m.end())
        tstop = tense_stop(f, m.end(), stop)
        # a plan for the night: a subjunctive ("شب جمعه نمی‌توانم بیایم", "قصد دارد ... شب جمعه
        # برگزار کند"), or its hour with no past told ("شب جمعه ساعت ۱۹ دربیه")
        plan = bool(WISH_VERB.search(f, m.end(), tstop) or SUBJ_LIGHT.search(f, m.end(), tstop)
                    or _HOUR_AFTER.match(f, m.end("wd")) and not PAST_ONLY.search(f, sentence_start(f, m.start()), stop)) \
            and not _IF.search(f, sentence_start(f, m.start()), m.start())  # ("اگر ... باید شب جمعه برن": a case put)
        # (a present of what goes on counts: "شب یکشنبه و شب سه‌شنبه در حرم ادامه می‌یابد")
        if not (has_verb(f, m.end(), stop) or FUTURE_MORE.search(f, m.end(), stop) or plan) \
                or _EVE_NOT_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue
        target = weekday_number(m.group("wd"))
        # (also the night a forecast or a booking is for: "برای شب جمعه رگبار پیش‌بینی کرده است")
        future = bool(FUTURE.search(f, m.end(), tstop) or FUTURE_MORE.search(f, m.end(), tstop) or plan
                      or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start()))
        rel = (lambda ref, t=target, fut=future: relative.eve(ref, t, fut))
        out.append(Cand(m.start(), m.end("wd"), "relative", rel=rel, needs_ref=True))
    for m in P_THIS_WEEKDAY.finditer(f) if "این" in f or "همین" in f else ():
        # "این پنجشنبه میریم لواسون", "نه این جمعه! این جمعه فقط حنابندونه": the coming one (that
        # day itself on it), or, told in the past, the last one ("این دوشنبه رفتیم")
        if _PLURAL_AFTER.match(f, m.end()) or _THIS_WEEKDAY_NOT_AFTER.match(f, m.end()):
            continue
        t = weekday_number(m.group("wd"))
        tstop = tense_stop(f, m.end(), _stop_after(ends, m.end()))
        p = PAST_ONLY.search(f, m.end(), tstop)
        # (a state told first is now and ahead: "من این چهارشنبه نیستم، کلاس دارم؛ ... عوض کردیم")
        past = bool(p) and not future_first(f, m.end(), tstop) \
            and not (_PERSONAL_STATE.search(f, m.end(), p.start()) or HAVE_PRESENT.search(f, m.end(), p.start()))
        out.append(Cand(m.start(), m.end(), "relative", needs_ref=True, priority=1, rel=lambda ref, t=t, past=past: (
            relative.weekday(ref, t, False) if past or convert.persian_weekday(ref) == t else relative.weekday(ref, t, True))))
    return out


_TO_WRITTEN_DAY_AFTER = re.compile(rf"{SP1}تا{SP1}(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}(?:{JMONTH}|{HMONTH}){B1}")
_PERSONAL_STATE = re.compile(rf"{B0}(?:هستم|نیستم|هستیم|نیستیم|هستید|نیستید|هستی|نیستی|هستن|نیستن){B1}")
P_THIS_WEEKDAY = re.compile(rf"{B0}(?:این|همین){SP1}(?:روز{SP1})?(?P<wd>{WEEKDAY}){B1}")
# (not one with its own week or date: "همین جمعه گذشته", "این شنبه ۱۲ مهر", "این یکشنبه هفته بعد")
_THIS_WEEKDAY_NOT_AFTER = re.compile(rf"{SP}(?:[0-9]|(?:گذشته|آینده|آتی|قبل|پیش|بعد|دیگر|دیگه|هفته|{DAY_WORD}){B1})")


def _count(word: str) -> int | None:
    if word[0].isdigit():
        return int(word)
    parts = re.split(rf"{SP1}و{SP1}", word)
    if len(parts) == 2:  # "سی و یک"
        tens, units = (_COUNT_WORDS.get(re.sub(r"[\s\u200c]+", "", w)) for w in parts)
        return tens + units if tens and units else None
    return _COUNT_WORDS.get(re.sub(r"[\s\u200c]+", "", word))


_COUNT_WORDS = {w: n for n, w in enumerate(NUMBER_WORDS[:18], 1)} | {"هیجده": 18, "نوزده": 19} | TENS | {"یه": 1} | {
    re.sub(r"[\s\u200c]+", "", w): n for w, n in _HUNDRED_WORDS.items()}
P_EVE = re.compile(rf"{B0}شب{SP1}(?P<wd>{WEEKDAY}){B1}(?!{SP}(?:ها|های|سوری|[0-9]))")  # not "شب چهارشنبه‌سوری"
_EVE_NOT_BEFORE = re.compile(rf"(?:هر|همه|تمام){SP1}$")
_HOUR_AFTER = re.compile(rf"{SP1}ساعت{SP1}[0-9]")


# "امام جمعه", "نماز جمعه", "روزهای یکشنبه": a weekday that names no day.
_IF = re.compile(rf"{B0}(?:اگر|اگه){B1}")
_SUBJUNCTIVE = re.compile(rf"{B0}{NOT_AFTER_MI}(?:کنم|کنیم|کنند|بروم|برویم|بروند|بیایم|بیاییم|بیایند|باشم|باشیم|بدهم|بدهیم|بگیرم|بگیریم|شوم|شویم){B1}")
# (a stay: "۳ ماه پیش شما می‌مونه"; not "سه روز پیش تو تمرین", "۴ سال پیش ما بودند")
_WITH_SOMEONE_AFTER = re.compile(rf"{SP1}(?:شما|ما|من|تو|او|اون|اونا|ایشون|ایشان|خودش|خودم|خودمون|خودتون|مامان|بابا)(?:{SP}ها)?"
                                 rf"(?:{SP1}[^\s\d.،,؛]+)?{SP1}(?:می{SP})?(?:ب)?(?:مون|مان|موند|ماند)\w*{B1}")
# nights spent with someone: "۵ شب پیش شما بودیم" (not "۴ سال پیش ما بودند", four years ago)
_NIGHTS_WITH_AFTER = re.compile(rf"{SP1}(?:شما|ما|من|تو|او|اون|اونا|ایشون|ایشان|خودتون){SP1}(?:بودیم|بودم|بودن|بودند|هستیم|هستم){B1}")
_AT_LEAST_BEFORE = re.compile(rf"{B0}(?:حداقل|حداکثر|دست{SP}کم|اقلا|اقلاً){SP1}$")
# "یه روز قبل خبر بدید", "دو روز قبل بیارید": notice or goods bidden ahead of the day they serve
def _clause_open(f: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens: past the last pause of its sentence before ``pos``."""
    start = sentence_start(f, pos)
    return max([start] + [p.end() for p in CLAUSE_END.finditer(f, start, pos)])


_SENTENCE_CLOSES = re.compile(r"[^\S\n]*(?:[.!؟?]|$)")
_LEAD_BIDDEN_AFTER = re.compile(rf"[^.؛!?؟،,]{{0,20}}?{B0}(?:(?:خبر|اطلاع|هماهنگ|سفارش|زنگ|رزرو){SP1}(?:بدید|بدین|بدهید|کنید|کنین|بزنید|بزنین)"
                                rf"|بیارید|بیارین|بیاورید|بفرستید|بفرستین|بگید|بگین){B1}")
# "همین هفته هر روز بجز جمعه ... هستیم": the day left out of every day's hours
_EVERY_DAY_BUT_BEFORE = re.compile(rf"{B0}هر{SP1}روز(?:{SP1}[^\s\d.،,؛]+)?{SP1}(?:بجز|به{SP1}جز|جز|غیر{SP1}از){SP1}(?:روز(?:{SP}های)?{SP1})?$")
# "اگه شیفت‌های جمعه‌م رو بگیری": one's Friday shifts, every week's (not "کلاس‌های روز پنجشنبه تشکیل
# نمی‌شود", this Thursday's)
_PLURAL_OF_WEEKDAY_BEFORE = re.compile(rf"{B0}(?:شیفت|کلاس|جلسه|تمرین|برنامه){SP}های{SP1}$")
_OWN_WEEKDAY = re.compile(r"\u200c?(?:م|ت|ش|مون|تون|شون)(?![\w\u200c])")
_EVERY_BEFORE = re.compile(rf"{B0}هر{SP1}(?:(?:شیفت|نوبت|کلاس|جلسه){SP1})?(?:{WEEKDAY}{SP}(?:[،,]|و){SP})*$")  # (and "هر شیفت جمعه")  # also "هر شنبه، دوشنبه و چهارشنبه"
# spoken order, a verb of going or coming right before the day: "بر می گردیم پنجشنبه شب"
_FUTURE_RIGHT_BEFORE = re.compile(rf"(?:{B0}(?:بر{SP})?می{SP}(?:گردیم|گردم|گرده|گردن|ریم|رم|ره|رن|رسیم|رسه|رسن|آییم|آیم|آد|اد|ایم|یام|یایم)|{B0}(?:برمی{SP}گردیم|میریم|میرم)){SP1}(?:روز{SP1})?$")
# a stay or a seat booked for the days: "از پنجشنبه تا یکشنبه توی کلاردشت ویلا گرفتیم", "برای
# پنجشنبه شب بلیت کنسرت گرفتیم"
_EVENT_IS_AFTER = re.compile(rf"{SP1}(?:تولد|عمل|جشن|عروسی|امتحان|مهمونی|مهمانی|عقد|نامزدی|راند|کنکور|ختم|آخرین|مهلت"  # ("شنبه آخرین مهلته")
                             # (or a feast or a lunar month's first day: "جمعه عید قربونه و ...", "دوشنبه اول رمضونه")
                             rf"|عید|اول(?={SP1}(?:{HMONTH})))"
                             # (an age's count between too: "دوشنبه تولد ۷۰ سالگی بابامه")
                             rf"(?:{SP1}[0-9]{{1,3}}{SP1}سالگی)?(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,2}}?(?:ه|{SP}ست){SP}(?:[.،,؛!؟]|$|(?<=ه)(?=[^\S\n]+و{B1}))")
_DAY_OFF_AFTER = re.compile(rf"{SP1}رو(?:{SP1}هم)?{SP1}مرخصی{SP1}(?:گرفتیم|گرفتم|گرفته|گرفتن|گرفته{SP}ایم|گرفته{SP}ام){B1}")
_BOOKED_STAY = re.compile(rf"{B0}(?:ویلا|هتل|اتاق|سوئیت|اقامتگاه|بلیت|بلیط){SP1}(?:[^\W\d]+{SP1})?(?:گرفتیم|گرفتم|گرفته{SP}ایم|گرفته{SP}ام|رزرو{SP1}(?:کردیم|کردم)){B1}")
_SCHEDULED = re.compile(
    rf"{B0}(?:تمرین|بازی|مسابقه|جلسه|دیدار|امتحان|کلاس|اردو|استراحت){SP1}(?:[^\W\d]+{SP1})?(?:داریم|دارد|دارند|دارم){B1}")
# "... میزبان سوئیس است و دوشنبه ... می‌رود": the "و" after a verb joins two clauses, not a
# list of days or prayers
# (also a day word and "و": "فردا و جمعه تعطیلیم", two days)
_CLAUSE_AND_BEFORE = re.compile(rf"(?:{COPULA.pattern}|{PAST_VERB.pattern}|{HAVE_PRESENT.pattern}|{B0}(?:بر{SP})?می{SP}\w+|{B0}(?:گذشت|برد|باخت|شکست{SP1}داد){B1}"
                                rf"|{B0}(?:امروز|فردا|پس{SP}فردا|دیروز|پریروز|امشب){B1}){SP1}و{SP1}$")
_WEEKDAY_NOT_BEFORE = re.compile(
    rf"(?<![\w\u200c])(?:امام|امامت|ایمه|ائمه|نماز|نمازهای|خطیب|موقت|مصلا|مصلی|مصلای|آخرین|اولین|نخستین|خطبه|خطبه{SP}های|خطبه{SP}ها|هر|شب|شبهای|شب{SP}های|روزهای|روزها|بازار|"
    rf"مسجد|جمعه|تعطیلات|تعطیلی|عبادی{SP1}سیاسی|نسخه|و){SP}$"
)
_WEEKLY_DAYS_BEFORE = re.compile(rf"(?:{B0}روزهای|{B0}روزای|{B0}روزاش|{B0}روزهاش|{B0}روزهایش)(?:{SP1}(?:همون|همان))?"
                                 rf"(?:{SP1}{WEEKDAY}{SP}(?:[،,]|تا|الی|و))*{SP1}$")
_DAYS_PAIR_BEFORE = re.compile(rf"روزهای{SP1}(?:{WEEKDAY}{SP1}و{SP1})?$")
# "روزهای شنبه تا چهارشنبه", "روزهای شنبه، دوشنبه و چهارشنبه": the last of a run of days of every week
_DAYS_RUN_BEFORE = re.compile(rf"روزهای{SP1}(?:{WEEKDAY}{SP}(?:[،,]|تا|الی|و){SP})+$")
# (not "در روزهای یکشنبه، دوشنبه و سه‌شنبه هفته جاری": those days of one week)
_DAYS_RUN_OF_WEEK_AFTER = re.compile(
    rf"(?:{SP}(?:[،,]|تا|الی|و){SP}{WEEKDAY})*{SP1}(?:هفته{SP1}(?:جاری|آینده|آتی|بعد|گذشته|قبل)|(?:این|همین){SP1}هفته){B1}")
_PLURAL_AFTER = re.compile(rf"{SP}ها(?:ی)?(?![\w])")
_PLURAL_WEEKDAY = re.compile(rf"{B0}{WEEKDAY}(?:{SP1}(?:شب|صبح|عصر|ظهر))?{SP}ها(?:ی)?(?![\w])")


_WEEKDAYS_DAILY = re.compile(rf"{B0}{WEEKDAY}{SP1}تا{SP1}{WEEKDAY}{B1}(?:{SP1}\w+){{0,3}}{SP1}(?:هر{SP1}روز|همه{SP}روزه|روزانه){B1}")


def _weekly(f: str, start: int, ends: list[int]) -> bool:
    """A weekday in a sentence that names a weekday in the plural ("چهارشنبه‌ها") or a span of
    weekdays run daily ("از یکشنبه تا سه‌شنبه هر روز ساعت ۲۰"): a timetable."""
    i = bisect.bisect_left(ends, start)
    stop = min(ends[i] if i < len(ends) else len(f), start + READ_AHEAD)
    begin = max(ends[i - 1] + 1 if i else 0, start - READ_AHEAD)
    plurals = list(_PLURAL_WEEKDAY.finditer(f, begin, stop))
    if plurals and plurals[-1].end() <= start and _BUT.search(f, plurals[-1].end(), start):
        # "سه‌شنبه‌ها میاره نه پنجشنبه‌ها، ولی دوشنبه ساعت ۷ یه بار اضافه هم میاره": a day set
        # against the timetable told before it
        plurals = []
    # (nor the timetable of a clause of its own after a semicolon: "فردا یا شنبه بیاید ببرید؛ جمعه‌ها بسته‌ایم")
    # (nor after a comma closing the weekday's own clause with its verb: "دستگاه‌تون رو دوشنبه ساعت ۵ عصر
    # تحویل بگیرید، ما پنجشنبه‌ها زودتر می‌بندیم")
    plurals = [p for p in plurals if not (p.start() > start and (
        SEMICOLON.search(f, start, p.start())
        or (comma := COMMA.search(f, start, p.start())) and (has_verb(f, start, comma.start()) or _BIDDING.search(f, start, comma.start()))))]
    return bool(plurals) or _WEEKDAYS_DAILY.search(f, begin, stop) is not None \
        or _TIMES_A_WEEK.search(f, begin, stop) is not None and _DAYS_OF_WEEK_BEFORE.search(f, max(begin, start - 30), start) is not None \
        or _OTHER_DAYS.search(f, begin, stop) is not None and _THREE_WEEKDAYS.search(f, begin, stop) is not None


# "سانس آقایون شنبه، دوشنبه و چهارشنبه از ۱۶ تا ۲۲، بقیه‌ی روزها مال بانوانه": three weekdays listed
# and the rest of the days: a timetable
_OTHER_DAYS = re.compile(rf"{B0}(?:بقیه|سایر|باقی)(?:{SP}ی)?{SP1}(?:روزها|روزا|ایام){B1}")
_THREE_WEEKDAYS = re.compile(rf"{WEEKDAY}{SP}(?:[،,]|و){SP}{WEEKDAY}{SP}(?:[،,]|و){SP}{WEEKDAY}")


# "دو بار در هفته، روزهای شنبه و سه‌شنبه": so many times a week, on those days
_TIMES_A_WEEK = re.compile(rf"{B0}(?:بار{SP1}در{SP1}هفته|هر{SP1}هفته|هفته{SP}ای{SP1}(?:یک|دو|سه|[0-9]){SP1}بار){B1}")
_DAYS_OF_WEEK_BEFORE = re.compile(rf"روزهای{SP1}(?:{WEEKDAY}{SP}(?:[،,]|و){SP})*$")
# "قبلش، دوشنبه، باید گاز رو قطع کنیم": a time word, then the weekday it is, set off by commas
_WHEN_BEFORE_COMMA = re.compile(rf"{B0}(?:قبلش|بعدش|(?:قبل|بعد|پیش){SP1}از{SP1}(?:اون|آن)){SP}[،,]{SP}$")
_WEEKDAY_NOT_AFTER = re.compile(rf"{SP}(?:را|ها|های|بازار|شب|ها|سوری|سوریه|سوریست|،|(?:شب|صبح|عصر){SP}ها)(?![\w])")
# "جمعه (۲ مهر)", "روز دوشنبه ( 19 سپتامبر )", "یکشنبه - 11 مهر -"
_OFFICE_HOURS_BEFORE = re.compile(rf"(?:ساعات|ساعت|روزهای){SP1}(?:کاری|کار|اداری|مراجعه|ملاقات|پاسخگویی|پاسخ{SP}گویی|پذیرش){SP}[:：]?{SP}$")
# "المپیاد یکشنبه با مراسم اختتامیه به کار خود پایان می‌دهد": a present of what is to be done
_ENDS_PRESENT = re.compile(rf"{B0}(?:پایان|خاتمه|ادامه|پاسخ|حکم|رای|رأی){SP1}می{SP}(?:دهد|دهند){B1}")
_SURI_AFTER = re.compile(rf"{SP}سوری")
_BEFORE_IT_GLOSSED_AFTER = re.compile(rf"(?:{SP}ی)?{SP1}(?:قبلش|بعدش){SP}[،,(]{SP}[0-9]{{1,2}}{SP}(?:{JMONTH}|{GMONTH_ANY})")
_ROUTE_BEFORE = re.compile(r"[^\W\d_][-–]$")
_ROUTE_AFTER = re.compile(r"[-–][^\W\d_]")
_WEEKDAY_TO_BEFORE = re.compile(rf"{WEEKDAY}{SP1}(?:تا|الی){SP1}$")
_DAY_WORD_BEFORE_WEEKDAY = re.compile(rf"{B0}(?:امروز|فردا|دیروز){SP1}(?:هم{SP1})?$")  # (also "امروز هم جمعه‌ست")
_NUMERIC_AFTER = re.compile(rf"{SP}(?:(?:مورخ|مورخه){SP1})?(?=[0-9])")
_DATED_AFTER = re.compile(rf"{SP}(?:مورخ|مورخه){SP1}")


def _numeric_day_after(f: str, pos: int) -> tuple[convert.Interval, re.Match, int] | None:
    """The day of a full numeric date right after ``pos`` ("1394/11/06", "24/10/1385", "۹۹/۹/۹"),
    if any, its match and its year."""
    at = _NUMERIC_AFTER.match(f, pos)
    if not at:
        return None
    for pattern in (P_NUM_YMD, P_NUM_DMY, P_NUM_YY):
        n = pattern.match(f, at.end())
        if n:
            y, mo, d = int(n.group("y")), int(n.group("m")), int(n.group("d"))
            if pattern is P_NUM_YY:
                y = _two_digit(y)
            try:
                return (convert.gregorian if y >= 1900 else convert.jalali)(y, mo, d), n, y
            except ValueError:
                return None
    return None


# ... but not one told as a second thing ("افتاد پنجشنبه، ۲۸ دی هم آخرین مهلت ...")
_SECOND_DAY_AFTER = re.compile(rf"(?:{MAH})?{_ALSO_AFTER.pattern}")
_BRACKET_DATE_AFTER = re.compile(
    rf"{SP}[(\-–،,]{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP}(?:{JMONTH}|{GMONTH_ANY})")
_STORY_THAT_BEFORE = re.compile(rf"{B0}آن{SP1}$")
# "تا ساعت ۲۴ چهارشنبه": a deadline's hour, then its day
_UNTIL_HOUR_BEFORE = re.compile(rf"{B0}تا{SP1}ساعت{SP1}[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?(?:{SP1}{DAYPART})?{SP1}(?:روز{SP1})?$")
_COUNT_TA_BEFORE = re.compile(rf"(?:[0-9]|{B0}(?:{_alt(NUMBER_WORDS[:20])}|چند)){SP1}تا{SP1}$")
# "از شامگاه سه‌شنبه تا صبح چهارشنبه": the end of a run whose start is told, not a day ahead
_FROM_TO_BEFORE = re.compile(rf"{B0}از{SP1}(?:[^\s.؟!]+{SP1}){{1,3}}تا{SP1}$")
_OBJECT_AFTER = re.compile(rf"{SP1}را{B1}")
_REPORTS_NOW_AFTER = re.compile(rf"{SP1}می{SP}(?:نویسد|نویسند|گوید|گویند){B1}")
_POSTPONED_AFTER = re.compile(rf"{SP1}(?:موکول|موکول{SP}شد|تعویق|(?:هم{SP1})?باید){B1}")
# (nor across "و" to another clause: "از جمعه شب قطعه و الان با وای‌فای ... دارم"; but "شنبه و یکشنبه")
_AND_NOT_WEEKDAY = re.compile(rf"{SP1}و{SP1}(?!(?:روز{SP1})?{WEEKDAY})")
# (not "از هم‌اکنون / از الان": from now on)
_NOW_LATER = re.compile(r"(?<![\w\u200c])(?<!از )(?:الان|اکنون|هنوز|همچنان)(?![\w\u200c])")
_BUT = re.compile(rf"{B0}(?:ولی|اما|لیکن){B1}")
_RA = re.compile(rf"{B0}را{B1}")  # "تا جلسه روز چهارشنبه ... را ... موکول کند": the day names a thing
# a promise, a request or a decision that what follows be done
_PROMISED_BEFORE = re.compile(rf"{B0}(?:(?:وعده|قول){SP1}(?:داده|داد|دادند|داده{SP}اند|دادن|دادیم|دادم)|خواستار{SP1}(?:شد|شدند)|(?:قرار|مقرر){SP1}شد"
                              rf"|تصمیم{SP1}(?:گرفت|گرفتند|گرفته)|درخواست{SP1}(?:کرد|کردند|کرده)"
                              # "از مردم خواست روز یکشنبه در مراسم شرکت کنند": asked of someone
                              # "کسی می‌تونه شیفت پنجشنبه عصر رو با من عوض کنه؟": a favour asked
                              rf"|{B0}می{SP}(?:تونه|تونی|تونید|تونین|توانید|توانی|تواند)|{B0}میتون(?:ه|ی|ید|ین)"
                              rf"|(?<=[^\W\d])\u200c?(?:ها|های)?{SP1}خواست|{B0}از{SP1}(?:{_NAME_WORD}{SP1}){{1,3}}(?:خواست|خواستند)){B1}")
# (and the negated "نیست": "همراه‌بانک بامداد جمعه در دسترس نیست", a state ahead as "تعطیل است")
# (and the plural "اند" after no participle: "ادارات پنجشنبه تعطیل اند / تعطیل‌اند", not "رفته‌اند")
_COPULA = re.compile(r"(?<![\w\u200c])(?:است|هست|هستند|هستیم|هستم|نیست|نیستند|نیستم|نیستیم|هستن|نیستن|هستین|نیستین|هستید|نیستید)(?![\w\u200c])"
                     r"|(?<![\w\u200c])(?<!ه )اند(?![\w\u200c])|(?<=[^\W\dه]\u200c)اند(?![\w\u200c])|(?<=[^\W\d]\u200c)ست(?![\w\u200c])"
                     r"|(?<![\w\u200c])(?:داره|دارن|داریم)(?![\w\u200c])"  # spoken: "جواب سه‌شنبه آماده‌ست", "شنبه نوبت داره"
                     # open or full, spoken: "پنجشنبه بازید؟", "از شنبه دوباره بازیم", "پنجشنبه پره"; or
                     # on leave: "دکتر از شنبه تا دوشنبه مرخصیه"
                     # (or free, the first person: "فقط صبح یکشنبه خالیم")
                     r"|(?<![\w\u200c])(?:بازیم|بازید|بازین|بازه|پره|خالیه|خالیم|خالی\u200cام|مرخصیه|مرخصیم)(?![\w\u200c])"
                     # still on, spoken: "جلسه‌ی دوشنبه سر جاشه", "از سه‌شنبه برنامه مثل قبله"
                     r"|(?<![\w\u200c])(?:سر[\s\u200c]+جا(?:ش|شون)ه|مثل[\s\u200c]+قبله)(?![\w\u200c])"
                     # glued to a part of the day: "ملاقات پنجشنبه از ساعت ۴ تا ۷ عصره" (not "شبه": "like")
                     r"|(?:(?<=[\s\u200c]عصر)|(?<=[\s\u200c]صبح)|(?<=[\s\u200c]ظهر))ه(?![\w\u200c])"
                     rf"|{SPOKEN_CLOSED}")
# "حاکی از آن است" (a report says), "موکول شده است" (a perfect)
_NO_STATE_BEFORE = re.compile(rf"(?:{B0}حاکی(?:{SP1}از{SP1}(?:آن|این))?|{_PARTICIPLE.pattern}){SP1}$")


def _copula_state(f: str, start: int, stop: int) -> re.Match | None:
    c = _COPULA.search(f, start, stop)
    if not c or PERFECT_RE.search(f, max(start, c.start() - 14), c.end()) or _EVERY_BEFORE_ANY.search(f, start, c.start()) \
            or _NO_STATE_BEFORE.search(f, max(start, c.start() - 20), c.start()):
        return None
    if has_verb(f, start, c.start()) or PRESENT_ACT.search(f, start, c.start()) or SUBJ_LIGHT.search(f, start, c.start()):
        return None  # "مسابقه روز سه‌شنبه به ... موکول شود اما ... معتقد است": another clause's
    return c


_ANSWER_COLON_BEFORE = re.compile(rf"[:：]{SP}$")
_ALONE_AFTER = re.compile(rf"{SP}(?:[.!؟?]|$)")
P_WEEKDAY_GONE = re.compile(rf"{B0}(?P<wd>{WEEKDAY})\u200c?ای{SP1}که{SP1}گذشت{B1}")
_LABELLED_NUMBER_BEFORE = re.compile(rf"{B0}(?:ماده|بند|تبصره|اصل|شماره|کد|ردیف|پلاک){SP1}[0-9]{{1,3}}{SP1}$")
_COUNT_OF_YEARS_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,3}}{SP1}$")
_EPISODE_BEFORE = re.compile(rf"{B0}(?:خشکسالی|خشک{SP}سالی|قحطی|جنگ|بحران|رکود|سیل{SP}های|تحریم{SP}های){SP1}$")
_GONE_BY_AFTER = re.compile(rf"{SP1}که{SP1}(?:گذشت|گذشته|رد{SP1}شد|رد{SP1}شده|تموم{SP1}شد){B1}")
# "۳۰ بهمن برای تعویض باتری وقت گرفته بودم ولی نمی‌رسم": a day once booked, the nearest such day
# (or booked for the one spoken to: "٢ فروردین ساعت ١٠ برات نوبت زدم")
_BOOKED_HAD_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,4}}?{SP1}(?:(?:وقت|نوبت){SP1}گرفته{SP1}(?:بودم|بودیم|بودن|بودند|بود)"
                               rf"|(?:برات|براتون|براش|براشون)(?:{SP1}[^\s.،,؛:!?؟]+)?{SP1}(?:وقت|نوبت){SP1}(?:زدم|زدیم|گذاشتم|گذاشتیم|گرفتم|گرفتیم)){B1}")
_NOT_DONE = re.compile(rf"{B0}ن(?:یومد|یامد|اومد|کرد|شد|رفت|داد|رسید|یاورد|یورد)(?:ین|ید|یم|ن|ند|م)?{B1}")
_PLAN_FOR_BEFORE = re.compile(rf"{B0}قرار(?:مون|مان|شون|شان|تون|تان|م|ت|ش)?{SP1}(?:برای|واسه){SP1}(?:روز{SP1})?$")
_WAS_RIGHT_AFTER = re.compile(rf"{SP1}بود{B1}")
_BRACKET_CLOSE_AFTER = re.compile(rf"{SP}[)）]")
_ANSWER_END_AFTER = re.compile(rf"{SP}(?:[.!؟?،,]|$)")
_WHEN_ASKED_BEFORE = re.compile(rf"{B0}(?:کی|چه{SP1}روزی|چه{SP1}موقع)(?:{SP1}[^\s؟?.]+){{0,4}}{SP}[؟?][^؟?]*$")
_OR_RIGHT_BEFORE = re.compile(rf"{B0}یا{SP1}(?:روز{SP1})?$")
# (the second person too: "سه‌شنبه ۲۸ آذر میاری یا چهارشنبه؟")
_WEEKDAY_THEN_PRESENT = re.compile(rf"{B0}{WEEKDAY}{SP1}(?:[^\s.،,؛:!؟?]+{SP1}){{0,2}}(?:می|نمی){SP}[^\W\d]+(?:ین|ید|یم|ن|ه|د|ی)(?![\w\u200c]){SP1}یا{SP1}$")
_DAY_AHEAD_WORD = re.compile(rf"{B0}(?:فردا|پس{SP}فردا|هفته(?:{SP}ی)?{SP1}(?:آینده|بعد|دیگه|دیگر)){B1}")
_EVERY_BEFORE_ANY = re.compile(rf"{B0}هر{B1}")
# "فقط دو تا پنجشنبه مونده", "چند تا جمعه": weekdays counted, no day of their own
_COUNTED_WEEKDAYS_BEFORE = re.compile(rf"(?<!از )(?<!ساعت ){B0}(?:[0-9]+|{_alt(NUMBER_WORDS[:12])}|یه|چند){SP1}تا{SP1}$")
# where one is, told in speech: "تا یکشنبه اونجاییم", "جمعه خونه‌ایم"
_WHERE_STATE = re.compile(r"(?<![\w\u200c])(?:(?:این|اون|آن)جا|خونه|سر[\s\u200c]+کار)\u200c?(?:ییم|یم|ایم|ئیم|ام|ن|اند|ست|اید)(?![\w\u200c])"
                          # (also at work: "شنبه سر کاریم", "از سه‌شنبه مغازه‌م")
                          r"|(?<![\w\u200c])(?:مغازه|دفتر|مطب|کارگاه|شرکت|شیفت)\u200c(?:م|ایم|یم)(?![\w\u200c])"
                          # (busy or quiet: "اسباب‌کش‌ها گفتن جمعه سرشون شلوغه")
                          r"|(?<![\w\u200c])(?:شلوغ|خلوت)(?:ه|ن|یم|م)(?![\w\u200c])"
                          # (likewise, after a state told of another day: "فردا تعطیلیم، پنجشنبه هم همین‌طور")
                          r"|(?<=هم[\s\u200c])همین[\s\u200c]?طور(?:ه)?(?![\w\u200c])"
                          # (at one's service: "فردا نیستیم؛ سه‌شنبه در خدمتیم")
                          r"|(?<![\w\u200c])در[\s\u200c]+خدمت(?:یم|م|ایم|ن)(?![\w\u200c])"
                          # (on leave: "از شنبه تا ۲۰ تیر آقا رحیم مرخصیه")
                          r"|(?<![\w\u200c])مرخصی\u200c?(?:ه|م|ام|یم|ایم|ن|ان)(?![\w\u200c])"
                          # (absent or present: "کلاس سه‌شنبه رو غایبم")
                          r"|(?<![\w\u200c])(?:غایب|حاضر)\u200c?(?:م|یم|ه|ن|ید|ین)(?![\w\u200c])"
                          # (cut off, in speech, at its clause's end: "برق یکشنبه از ۹ تا ۱۳ قطعه،"; not "۳ قطعه" of pieces)
                          r"|(?<![\w\u200c])قطع(?:ه|ن)(?=[^\S\n]*(?:[،,.؛!?؟]|$))"
                          # open or shut, in speech: "پنجشنبه استخر بازه؟", "جمعه مطب تعطیله" (not "بازه زمانی")
                          rf"|(?:{SPOKEN_CLOSED}|(?<![\w\u200c])(?:بازه|بسته\u200c?ست|بسته\u200c?ایم|بسته\u200c?یم)(?![\w\u200c]))(?![\s\u200c]*(?:ی|زمانی|سنی)(?![\w]))")
_OCCASION_IS_AFTER = re.compile(
    rf"(?:{SP1}شب)?(?:{SP1}(?:هم{SP1})?که)?{SP1}(?:شب{SP1})?"
    rf"(?:نیمه(?:{SP}ی)?{SP1}(?:شعبان|شعبون)|تاسوعا|عاشورا|عید(?:{SP1}(?:فطر|قربان|غدیر|مبعث))?|چهارشنبه{SP}سوری|یلدا|اربعین"
    rf"|قدر|انتخابات|تولد(?:م|ش|ت|مون|شون)?|سالگرد(?:م|ش|مون|شون)?|سال{SP}تحویل|تحویل{SP1}سال"  # ("پنجشنبه سال تحویله")
    # (a day the calendar names for someone: "پنجشنبه روز مادره، ... دسته گل می‌خوام")
    rf"|روز{SP1}(?:جهانی{SP1})?(?:مادر|پدر|معلم|پرستار|زن|مرد|دختر|پسر|عشق|ولنتاین|کودک|درختکاری|دانشجو|کارگر|پزشک|خبرنگار))"
    rf"(?:{SP}ه|{SP}ست|{SP1}است)(?![\w\u200c])")
_FROM_WORD_AFTER = re.compile(rf"{SP1}از{B1}")
_NOT_BUT_AFTER = re.compile(rf"{SP1}نه{SP}[،,]{SP1}(?:ولی|اما|بلکه){B1}")
_INSTEAD_BEFORE = re.compile(rf"{B0}به{SP1}جای{SP1}(?:روز{SP1})?$")
_STATE_VERB = re.compile(r"(?<![\w\u200c])ن?(?:باش|دار)(?:د|ند|یم|م|ی|ید)(?![\w\u200c])"
                         r"|(?<![\w\u200c])ن?باشه(?![\w\u200c])")  # spoken: "قول می‌دم چهارشنبه آماده باشه"
# "پنجشنبه ساعت ۸ شب کافه‌ی ...، یه میز ۱۲ نفره رزرو کردم": a day something was booked for, the
# booking the first thing done after it in its sentence
_RESERVED = re.compile(rf"{B0}(?:رزرو{SP1}(?:کردیم|کردم|کردن|کردند|کرده{SP}ام|کرده{SP}ایم|شده|شد)"
                       # (or a slot got for it: "سه‌شنبه ساعت ۸ صبح وقت گرفتید")
                       rf"|(?:وقت|نوبت){SP1}(?:گرفتید|گرفتین|گرفتی|گرفتم|گرفتیم)"
                       # (or set for someone: "یه جلسه‌ی تمرینی پنجشنبه براتون گذاشتم")
                       rf"|(?:براتون|برات|براش|براشون|برای{SP1}شما){SP1}(?:گذاشتم|گذاشتیم|گذاشتن|گذاشتند)){B1}")


def _reserved_for(f: str, end: int, stop: int) -> bool:
    booked = _RESERVED.search(f, end, stop)
    if not booked:
        return False
    # (not the day the booking was made, for another: "عقد رو یکشنبه برای ۱۷ ربیع‌الاول رزرو کردیم")
    return PAST_ONLY.search(f, end, booked.start()) is None and _FOR_WORD.search(f, end, booked.start()) is None


_FOR_WORD = re.compile(rf"{B0}(?:برای|واسه){B1}")


# "برنامه‌ی جمعه: ..." (the day's plan); "رکاب‌زنی جمعه لغو شد" (called off, so still to come)
_PLAN_OF_BEFORE = re.compile(rf"{B0}برنامه(?:{SP}ی)?{SP1}(?:روز{SP1})?$")
# "تورنمنت پنج‌شنبه رو گذاشتیم برای هفته بعد": a day's event put off to later had not come yet
_PUT_OFF_LATER_AFTER = re.compile(rf"(?:{SP1}(?:رو|را))?{SP1}(?:گذاشتیم|گذاشتن|گذاشتند|انداختیم|انداختن|انداختند|(?:منتقل|موکول){SP1}(?:کردیم|کردن|کردند|شد)"
                                  rf"|عقب{SP1}(?:انداختیم|انداختن|انداختند))(?:{SP1}(?:برای|به))?{SP1}(?:هفته(?:{SP}ی)?{SP1}(?:بعد|آینده|دیگه|دیگر)"
                                  rf"|ماه{SP1}(?:بعد|آینده)){B1}")
_BUT_RIGHT_BEFORE = re.compile(rf"{B0}(?:ولی|اما){SP1}$")
_YOU_SAID_BEFORE = re.compile(rf"{B0}(?:گفتید|گفتین|گفتی|گفته{SP1}(?:بودید|بودین|بودی)|قول{SP1}(?:دادید|دادین|دادی)){SP1}$")
_SET_TO_CLOCK_AFTER = re.compile(rf"(?:{SP1}(?:هم|رو|را))?{SP1}ساعت{SP1}[0-9]{{1,2}}(?::[0-9]{{2}})?(?:{SP1}(?:صبح|عصر|شب|ظهر))?{SP1}(?:شد|شده){B1}")
_YOU_COME_AFTER = re.compile(rf"{SP1}(?:میاید|میاین|میایید|میای|میارید|میارین|میاریدش|میارینش|تشریف{SP1}میارید){B1}")
_AM_THERE = re.compile(rf"{B0}(?:هستم|هستیم|هستن|هستند|هستین|هستید|بازیم|بازه|داریم|دارم|میام|میایم|میاییم){B1}")
_NOT_ALONE_AFTER = re.compile(rf"{SP1}نه{SP}(?:[.!؟?،,؛]|$)")
_CALLED_OFF_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:رو|را))?{SP1}(?:(?:لغو|کنسل){SP1}(?:شد|شده|شدند|کردند|کردن|کردیم|کنیم|کنین|کنید|کنم)|کنسله){B1}")  # ("کلاس پنجشنبه رو کنسل کنیم؟")
# (also spoken "our meeting is": "بچه‌ها قرارمون پنجشنبه کنار عمود ۱۴۰۰")
_PLANNED_BEFORE = re.compile(rf"(?:قرار{SP1}(?:است|شده)|{B0}قراره|{B0}قرار(?:مون|مان|تون|تان|شون|شان)){SP1}(?:\w+{SP1})?$")


# a weekday with its hour is an appointment: "بابا این هفته نوبت دکتر داره، سه‌شنبه ساعت ۴ بعدازظهر"
_AT_CLOCK_AFTER = re.compile(rf"{SP1}ساعت{SP1}[0-9]")
# a present denied: "بانک‌ها از روز شنبه کارت ملی قدیمی را نمی‌پذیرند", from that day on
_DENIED_ACT = re.compile(rf"{B0}نمی{SP}\w+")
# a present of the first or second person, or a spoken third, of any verb ("کوله‌ها رو پنجشنبه شب
# می‌بندیم", "جمعه میچینیم"): told of a weekday, a plan; not a past progressive, whose past stem
# ends in د or ت ("پنجشنبه می‌رفتیم", "می‌خریدیم"). Glued to "می" only in the plural and second
# persons, as nouns end in "ه" or "ن" ("میوه", "میدان").
_PRESENT_OWN = re.compile(
    r"(?<![\w\u200c])ن?می(?:[\u200c ](?P<s1>[^\W\d_]{2,}?)(?:یم|ید|ین|م|ی|ه|ن)|(?P<s2>[^\W\d_]{2,}?)(?:یم|ید|ین))(?![\w\u200c])")
# the spoken present of giving, after the noun it makes a verb of (not "می‌دید" of seeing: "تحویل می‌دید؟")
_GIVE_PRESENT = re.compile(rf"{B0}(?:تحویل|ارسال|پس|قول|خبر|جواب|انجام|نوبت|وقت|تخفیف|اطلاع|سفارش){SP1}"
                           r"(?P<v>ن?می[\u200c ]?(?:دین|دید|دیم|دن|دم|ده|دی))(?![\w\u200c])")
# (not the present stem "فرست" of sending: "دارو رو پنجشنبه میفرستین؟")
_PAST_STEM_END = re.compile(r"(?<!^فر)[رایوسشفخمز][دت]$")
_DIGIT_RIGHT_BEFORE = re.compile(r"[0-9][^\S\n]*$")


def _present_own(f: str, start: int, stop: int) -> bool:
    """The first verb after ``start`` is such a present."""
    m = _PRESENT_OWN.search(f, start, stop)
    give = _GIVE_PRESENT.search(f, start, stop)
    if give and (not m or give.start("v") <= m.start()):
        # "سه‌شنبه تحویل می‌دید؟", "میدین": the spoken present of giving, one letter of stem
        m = give
    elif not m or _PAST_STEM_END.search(m.group("s1") or m.group("s2")):
        return False
    return not (PAST_ONLY.search(f, start, m.start()) or PERFECT_RE.search(f, start, m.start())
                or has_verb(f, start, m.start()) or SUBJ_LIGHT.search(f, start, m.start()))


# (words parted by whitespace only, as in tense._THAT_PAST_ASIDE: a class that took the ZWNJ too
# would split every word at each ZWNJ, and the match would take exponential time)
_PRESENT_ASIDE_THEN_PAST = re.compile(
    rf"(?:[^\S\n]+[^\s.،,؛:!؟]+){{0,12}}?[^\S\n]+(?P<that>که)(?:[^\S\n]+[^\s.،,؛:!؟]+){{0,10}}?[^\S\n]+ن?می[\u200c ]?[^\W\d]+"
    rf"[^\S\n]*[،,](?:[^\S\n]+[^\s.،,؛:!؟]+){{0,3}}?[^\S\n]+{PAST_ONLY.pattern}")
# a day put forward and asked about, spoken: "سه‌شنبه شب خوبه؟", "جمعه چطوره؟"
_GOOD_FOR_AFTER = re.compile(rf"(?:{SP1}(?:شب|صبح|عصر|ظهر))?{SP1}(?:خوبه|چطوره|مناسبه)(?![\w\u200c])")
# a day said to be kept and then let pass: "شما گفتید دوشنبه میاید ولی نیومدید"
_PROMISE_SAID_BEFORE = re.compile(rf"{B0}(?:گفتید|گفتین|گفتی|گفتن|گفته{SP1}بودید|قرار{SP1}بود|قرار{SP}مون{SP1}بود)(?:{SP1}(?:که|روز))?{SP1}$")
_BUT_NOT_DONE = re.compile(rf"{B0}(?:ولی|اما){SP1}(?:[^\W\d]+{SP1})?(?:نیومد|نیامد|نرفت|نکرد|ندید|نداد|نزد|نشد)(?:ی|ید|ین|یم|ن|ند)?{B1}")
# the day one would rather have, after a bid to come: "این هفته بیاید، ترجیحاً چهارشنبه"
_PREFERABLY_BEFORE = re.compile(rf"{B0}(?:ترجیحا|ترجیحاً){SP1}(?:روز{SP1})?$")
_BIDDEN_BEFORE = re.compile(rf"(?<![\w\u200c])(?:بیاید|بیاین|بیایید|تشریف{SP1}(?:بیارید|بیارین|بیاورید))(?![\w\u200c])")
# the second person plural told to act, in a notice: "به شعبه مراجعه کنید / نمایید / فرمایید",
# "تماس بگیرید", "ارسال نکنید" (not "می‌کنید", the present)
_BIDDING = re.compile(rf"(?<![\w\u200c]){NOT_AFTER_MI}ن?(?:کنید|نمایید|فرمایید|بفرمایید|بیایید|بیاورید|بپردازید|بدهید|دهید|بگیرید|بفرستید|باشید"
                      # spoken: "رزومه‌ها رو تا یکشنبه بخونین", "مدارک رو تا این پنجشنبه مرتب کنین" (not "بدین"
                      # of "بدین ترتیب")
                      r"|کنین|بکنین|بگیرین|بفرستین|بیارین|بیارید|باشین|بخونین|بزنین|بذارین|بذارید|بدید"
                      # ("سه‌شنبه عصر بیاید، ساعت ۵ به بعد": come, in speech)
                      r"|بیاید)(?![\w\u200c])")


_REPORTED_UNIT = re.compile(rf"{B0}(?P<unit>هفته|ماه){SP1}(?:مورد{SP1}(?:گزارش|بررسی)|منتهی{SP1}به){B1}")


def _reported_unit_before(f: str, start: int, unit: str) -> bool:
    """"هفته مورد گزارش" / "ماه مورد بررسی" earlier in the sentence: a periodic report whose own
    week or month, not publication, is what "هفته قبل" / "ماه قبل" counts back from."""
    return any(r.group("unit") == unit for r in _REPORTED_UNIT.finditer(f, sentence_start(f, start, 300), start))


_SAID_END = re.compile(rf"(?<![\w]){PAST_FORMS}{SP}$")


def _said_before_colon(f: str, stop: int) -> bool:
    """The clause ends in a past verb of saying before a colon ("... نوشت :", "... اظهار کرد :")."""
    return stop < len(f) and f[stop] == ":" and bool(_SAID_END.search(f, max(0, stop - 30), stop))


# (whole words: "اپل ۲۵ سپتامبر" holds no "پل")
_NAME_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:میدان|میدون|خیابان|خیابون|خیابان{SP}های|خیابان{SP}ها|بلوار|بزرگراه|اتوبان|کوچه|پل|پیاده{SP}رو|پیاده{SP}راه|گذر|مدرسه|دبیرستان|دبستان|هنرستان|ورزشگاه|سالن|شهرک|"
    rf"ایستگاه|مترو|ایتلاف|درمانگاه|سد|استخر|آموزشگاه{SP1}رانندگی|"  # "ائتلاف", folded; "استخر ۱۲ فروردین"
    rf"(?:داروخانه|بیمارستان|مدرسه|میدان|پارک|ورزشگاه){SP}های|"  # "داروخانه‌های ۱۳ آبان و ۱۷ شهریور"
    rf"مجتمع|بیمارستان|داروخانه|درمانی|پارک|بوستان|ناحیه|تالار|حسینیه|مسجد|پایگاه|سپاه|لشکر|تیپ|فرودگاه|نگارخانه|گالری|تیاتر|سینما|"  # ("تئاتر", folded)
    rf"شهدای|شهید|هنری|ورزشی|جبهه|فراکسیون|جنبش|دولت{SP1}اصلاحات|جریان|طیف|احزاب|زیرمجموعه{SP}های|زیرمجموعه|نقل{SP1}از|فرهنگسرای|فرهنگسرا)(?:\u200cی(?=\s))?{SP}(?:(?:شبانه{SP}روزی|تخصصی|مخزنی|انحرافی){SP1})?(?:ماه{SP1}|«{SP})?$"  # also "نگارخانه ماه مهر", "فرهنگسرای «۱۵ خرداد»"
)

_ART_OR_SPORT = re.compile(r"(?:هنری|ورزشی)(?![\w\u200c])")
# "دوم خرداد" as the reform movement of 1376: "مخالف دوم خرداد", "منتسب به دوم خرداد"
_MOVEMENT_BEFORE = re.compile(
    rf"{B0}(?:علیه|مخالف|مخالفان|طرفدار|طرفداران|حامی|حامیان|هواداران|منتقد|منتقدان|منتسب{SP1}به|"
    rf"گفتمان|نیروهای|اصلاحات|اصلاح{SP}طلبان|جنبش|جناح|شعارهای|آرمان{SP}های|مطبوعات|نشریات|روزنامه{SP}های|دوره|دوران){SP1}$")
# "دوم خرداد ... دیگر یک جنبش نیست": the movement named as such after it
_SECOND_BEFORE = re.compile(rf"{B0}دوم{SP1}$")
_MOVEMENT_AFTER = re.compile(rf"{B0}(?:جنبش|گفتمان){B1}")
_MOVEMENT_DAY_BEFORE = re.compile(_MOVEMENT_BEFORE.pattern[:-1] + rf"دوم{SP}$")
# "سیزدهم آبان ... تسخیر لانه جاسوسی": the day of 1358 itself, unless its anniversary is meant
# ("فردا سیزدهم آبان، روز ملی ... و یادآوری ... تسخیر لانه جاسوسی")
_EMBASSY = re.compile(rf"تسخیر{SP1}لانه|لانه{SP1}جاسوسی")
_ANNIVERSARY_WORDS = re.compile(rf"{B0}(?:روز{SP1}ملی|سالروز|سالگرد|یادآوری|گرامیداشت|راهپیمایی|امروز|فردا|امسال){B1}")
_SLOGAN_BEFORE = re.compile(rf"{B0}(?:شعار|عنوان|نام|تیتر|سرود|ترانه|آهنگ|کتاب|فیلم){SP}[«\"]{SP}$")
_QUOTED_ALONE = re.compile(rf"[«\"]{SP}$")
# (also after the title's other day words: "کتاب « تهران؛ دیروز و امروز »")
# (at most three more: a run of day words must not be read to its end from each of them)
_QUOTE_CLOSE = re.compile(rf"(?:{SP}(?:و|[،,]){SP}(?:[^\s«»\"]+{SP1}){{0,2}}(?:دیروز|امروز|فردا)){{0,3}}{SP}[»\"]")
# "با عنوان « ستاره‌ای برای فردا »": the day word closes a title opened a few words before
_OPEN_QUOTE_BEFORE = re.compile(
    rf"(?:عنوان|نام|شعار|کتاب|فیلم|برنامه|مستند|نمایش|سریال|ترانه|آهنگ|مجموعه|دفتر|رمان|داستان|شعر|اثر|نشریه|مجله|روزنامه|سرود|قطعه)"
    rf"(?:{SP1}[^\s«»]+){{0,2}}{SP}«[^»«.؟!:]{{0,40}}$")  # also "شعار این نمایشگاه «..."
# "فردا نگی / نگویید که ...": "don't say later that ...", a warning, no day
_DONT_SAY_AFTER = re.compile(rf"{SP1}(?:نگی|نگید|نگین|نگویید|نگوئید|نگوید){B1}")
# (a name's last word follows no "از" / "تا": "نشریه از فردا ... می‌پذیرد" is the day)
_FROM_OR_UNTIL_BEFORE = re.compile(rf"{B0}(?:از|تا){SP1}$")
_GENERATION_BEFORE = re.compile(rf"{B0}نسل{SP1}$")  # "نسل فردا": the generation to come
# (a "پایگاه" only as a news site: "پایگاه خبری ... فردا", not "پایگاه‌های ثابت نیز فردا ... فعال خواهند بود")
_PERIODICAL_BEFORE = re.compile(
    rf"{B0}(?:مجله|نشریه|ماهنامه|فصلنامه|هفته{SP}نامه|دوهفته{SP}نامه|رادیو|تلویزیون|پایگاه{SP1}(?:خبری|اطلاع{SP}رسانی|اینترنتی)|سایت|وب{SP}سایت)"
    rf"(?:{SP1}[^\s،,.:]+){{0,4}}{SP1}$")
_DAY_NUMBER_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,2}}{SP}$")
_PASSED_MARK = re.compile(rf"{B0}از{SP1}(?:مرز|رقم){B1}")
_COPULA_AFTER = re.compile(rf"{SP1}(?:است|اند){B1}")
# a case made up to explain a rule: its "last year" is nobody's
# ("مثلا فرض کنید ... سال گذشته ... بود" asks to suppose a fact: its year is one)
_SUPPOSED = re.compile(rf"{B0}(?:مثلا|مثلاً|فرضا|فرضاً){SP1}اگر{B1}")
# "شام رو بذاریم بعد از عید؛ مثلاً ۲۸ تیر؟", "وسط اردیبهشت، مثلاً جمعه ۱۵ اردیبهشت": a day put forward
# for a plan, not a made-up case
# (or a slot offered, or a plan of ours or a visit bidden: "ماه بعد جا داریم، مثلاً ۱۵ آبان", "... رو قبلش،
# مثلاً ۲۵ آذر، انجام بدیم")
_PROPOSAL = re.compile(rf"{B0}(?:ب?ذار(?:یم|ید|ین)(?:ش)?|می{SP}ذار(?:یم|ید|ین)|چطوره|خوبه"
                       rf"|(?:جا|وقت|نوبت){SP1}(?:داریم|هست|خالیه)|(?:انجام|تحویل){SP1}(?:بدیم|بدید|بدین)|بیاین|بیایید|بریم|بگیریم"
                       # (or a job left for later, or our coming: "نصب بمونه برای بعد از سیزده‌به‌در، مثلاً ۱۷ فروردین")
                       rf"|بمونه|بمونن|بیایم|بیاییم|بیام|می{SP}ایم|می{SP}یایم){B1}")


def _proposed(f: str, m: re.Match) -> bool:
    return bool(m.groupdict().get("wd")) or bool(_PROPOSAL.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())))


_EXAMPLE_BEFORE = re.compile(rf"{B0}(?:مثلا|مثلاً|برای{SP1}مثال|به{SP1}عنوان{SP1}مثال){SP}[«»\"]?{SP}$")
_EXAMPLE_DAY_BEFORE = re.compile(_EXAMPLE_BEFORE.pattern[:-1] + rf"(?:{DAY_WORD}|[0-9]{{1,2}}){SP}$")
# also "به سمت دوم خرداد دیگری": "another" of its kind, no day
_ANOTHER_AFTER = re.compile(rf"{SP1}دیگری{B1}")
# (also "روز ۱۰ آذر روز مجلس نام‌گذاری شده": named without "را")
_NAMED_AS_AFTER = re.compile(rf"{SP1}را{SP1}(?:به{SP1}عنوان|روز){B1}|{_ANOTHER_AFTER.pattern}"
                             rf"|{SP1}(?:به{SP1}عنوان{SP1})?روز{SP1}[^.،,:\n]{{1,60}}?{SP}(?:نام{SP}گذاری|نامیده|نام{SP1}گرفته){B1}")
_NAMED_WEEK_AFTER = re.compile(rf"(?:{SP1}ماه)?{SP1}(?:را{SP1})?به{SP1}عنوان{SP1}(?:هفته|دهه|روز){B1}")
_REVOLUTION_BEFORE = re.compile(rf"(?:انقلاب|قیام|جنبش|کمون){SP1}$")
# "از میدان آزادی ، میدان انقلاب یا ۱۵ خرداد": the last of a list of squares or streets is one too
_PLACE = rf"{B0}(?:میدان|خیابان|بلوار|بزرگراه|اتوبان|پل){SP1}[^\s،,.:0-9]+(?:{SP1}[^\s،,.:0-9]+)?"
# (a comma only after two of them: "در خیابان ولیعصر ، ۱۲ آذر تصادف شد" may be a day)
_PLACE_LIST = rf"(?:{_PLACE}{SP1}(?:یا|و){SP1}|{_PLACE}{SP}[،,]{SP}{_PLACE}{SP}(?:[،,]|یا|و){SP})"
_PLACE_LIST_BEFORE = re.compile(rf"{_PLACE_LIST}$")
# the second of two places named for days: "داروخانه‌های ۱۳ آبان و ۱۷ شهریور"
_NAMES_LIST_BEFORE = re.compile(rf"{B0}(?:داروخانه|بیمارستان|مدرسه|میدان|پارک|ورزشگاه|خیابان){SP}های{SP1}[0-9]{{1,2}}{SP1}{JMONTH}(?:{MAH})?{SP1}و{SP1}$")
_NAMES_LIST_DAY_BEFORE = re.compile(_NAMES_LIST_BEFORE.pattern[:-1] + rf"[0-9]{{1,2}}{SP1}$")
_PLACE_LIST_DAY_BEFORE = re.compile(rf"{_PLACE_LIST}(?:{DAY_WORD}|[0-9]{{1,2}}){SP}$")
_NAMED_DAY_BEFORE = re.compile(_NAME_BEFORE.pattern[:-1] + rf"(?:{DAY_WORD}|[0-9]{{1,2}}){SP}$")


# "شلیک ۲۴ تیر هوایی": shots, تیر the bullet; so an archer's or a biathlete's arrows and shots ("۵ تیر
# به سیبل‌ها شلیک می‌کنند", "با ۲ تیر ۱۰ امتیازی", "۳ نوع تیر ۲۰، ۲۴ و ۲۸ گرمی")
_SHOTS_AFTER = re.compile(rf"{SP1}(?:(?:هوایی|مشقی|جنگی|اخطار|شلیک|پیاپی){B1}|به{SP1}(?:سمت{SP1})?(?:سیبل|هدف)|[0-9]+{SP1}امتیازی{B1})")
_SCORE_AFTER = re.compile(rf"{SP1}(?:امتیاز|امتیازی|پوینت){B1}")
_ARCHERS = re.compile(rf"{B0}(?:کماندار|کمانداران|تیرانداز|تیراندازان|تیراندازی{SP1}با{SP1}کمان|کامپوند|ریکرو|سیبل){B1}")
# "برای هر کیلومتر ۱۶ تیر و ۲۵۰ کیلوگرم سیم لازم بود": poles, listed with other quantities
_QUANTITY_LISTED_AFTER = re.compile(rf"{SP1}و{SP1}[0-9][0-9,٫.]*{SP1}(?:کیلوگرم|کیلو|گرم|متر|کیلومتر|تن|عدد|قطعه|حلقه|بشکه|لیتر|کیسه|کارتن|تومان|تومن|ریال){B1}")
_SHOTS_BEFORE = re.compile(rf"{B0}(?:نوع|شلیک|پرتاب){SP1}$")
# "پنجم تا یازدهم اردیبهشت هر سال", "پنجشنبه آخر هر ماه": a day of every year or month
_EVERY_AFTER = re.compile(rf"(?:{SP1}(?:آخر|اول|نخست|دوم|سوم|چهارم))?{SP}[،,]?{SP1}هر{SP}(?P<unit>سال|ماه|هفته){B1}")

_EVERY_RUN_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}[^.،,؛:]{{1,20}}?" + _EVERY_AFTER.pattern)

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


def _rel_year_day(c: Cand) -> bool:
    """"اول مهر سال گذشته", "۹ دسامبر سال آینده میلادی": a day whose year is told relative to
    publication."""
    return c.form in ("jalali_dmy", "gregorian_dmy") and c.y is None and c.rel is not None and c.d is not None


def _rel_year_pair(a: Cand, b: Cand) -> bool:
    """"از دهم آبان سال گذشته تا ۲ خرداد", "از ۱۰ مهر تا ۵ آبان امسال": one end's year is
    relative, the other end has none and takes it from that end."""
    return (_rel_year_day(a) and yearless_day(b)) or (yearless_day(a) and _rel_year_day(b))


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
    return c.form in ("jalali_dmy", "gregorian_dmy", "hijri_dmy") and c.y is not None and c.rel is None


_TODAY_AND_GAP = re.compile(rf"امروز{SP1}و{SP1}")
# "از شب ۲۵ آبان تا امروز": the part of the first day is inside the run
_AZ_PART_BEFORE = re.compile(rf"{B0}از{SP1}(?:(?:{DAYPART}){SP1})?$")
# "تا", not a dash: "از امروز - ۲۸ فروردین ماه -" glosses the day
_PAST_DAY_WORD = re.compile(r"(?:دیروز|پریروز)")
_UNTIL_GAP = re.compile(rf"{SP}(?:تا|الی|لغایت){SP}")
_UNTIL_NIGHT_GAP = re.compile(rf"{SP}تا{SP1}شب{SP1}")
_DAY_WORD_WEEKDAY = re.compile(rf"{DAY_WORD_START.pattern}{SP}[،,]?{SP}(?:روز{SP1})?{WEEKDAY}")  # "فردا دوشنبه"


def _weekday_before(day: dt.date, wd: int) -> convert.Interval:
    """The last ``wd`` before ``day`` (a week before, when ``day`` is one)."""
    return relative.shift_days(day, -((convert.persian_weekday(day) - wd) % 7 or 7))


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


def _on_or_after(start: dt.date, calendar: str, mon: int, d: int) -> convert.Interval:
    """The day ``mon``/``d`` of ``calendar`` that comes first on or after ``start``."""
    make = MAKE[calendar]
    year = year_of_interval(convert.day(start), calendar)
    iv = make(year, mon, d)
    return iv if iv.start >= start else make(year + 1, mon, d)


def _month_turn(f: str, a: Cand, b: Cand) -> bool:
    """"۲۹ اسفند و ۱ فروردین", "۳۱ شهریور و ۱ مهر": two yearless days of the same calendar, the
    last of a month and the first of the next, are two days in a row (a run, as "۱۲ و ۱۳ فروردین" is);
    so are two days of one month each told with its weekday and month ("شنبه ۲۴ آذر و یکشنبه ۲۵ آذر
    ۱۴۰۳", the year told at the end; not "عروسی ۲۴ آبانه و ۲۵ آبان هم پاتختیه", two events)."""
    if a.y is not None and b.y is not None and a.form == b.form and a.form.endswith("_dmy") and a.m and b.m and a.d and b.d \
            and _DAYS_BEFORE.search(f, max(0, a.start - 10), a.start):
        # "در روزهای ۳۱ دسامبر ۲۰۱۸ و ۱ ژانویه ۲۰۱۹": two dated days in a row after "روزهای"
        try:
            return MAKE[b.calendar](b.y, b.m, b.d).start - MAKE[a.calendar](a.y, a.m, a.d).start == dt.timedelta(days=1)
        except ValueError:
            return False
    if a.form == b.form == "gregorian_dm" and a.y is None and b.y is None and a.m and b.m and a.d and b.d:
        # "۳۱ دسامبر و ۱ ژانویه": so in the Gregorian calendar, the turn of a month only, told without
        # weekdays (set 104 keeps "یکشنبه ۳۱ دسامبر و دوشنبه اول ژانویه", a game on each, apart)
        return b.m == a.m % 12 + 1 and b.d == 1 and a.d >= 30 and not _WEEKDAY_OPENS.match(f, a.start)
    if a.form != "jalali_dm" or b.form not in ("jalali_dm", "jalali_dmy") or a.y is not None or not (a.m and b.m and a.d and b.d):
        return False
    if b.m == a.m % 12 + 1 and b.d == 1 and a.d >= 29:
        return b.y is None
    return b.m == a.m and b.d == a.d + 1 and bool(_WEEKDAY_OPENS.match(f, a.start) and _WEEKDAY_OPENS.match(f, b.start))


_WEEKDAY_OPENS = re.compile(rf"(?:روز{SP1})?{WEEKDAY}{SP1}")
_DAYS_BEFORE = re.compile(rf"{B0}روزهای{SP1}$")


def _nearest_jalali_month(ref: dt.date, mon: int) -> convert.Interval:
    """The Jalali month ``mon`` nearest ``ref``: this year's, last year's or next year's."""
    return _nearest_of_three_years(ref, convert.to_jalali(ref).year, lambda y: convert.jalali(y, mon))


_WHEN_YOU_DID_AFTER = re.compile(rf"{SP1}که{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,3}}[^\s\d.،,؛:!?؟]+(?:دین|دید|تین|تید){B1}")
_TELL_ME_BIDDEN = re.compile(rf"{B0}(?:خبرم|خبر|زنگ|اطلاع|پیام)(?:{SP1}(?:بدین|بدید|بده|بزنین|بزنید|بزن|کنین|کنید|کن|بدین)|{SP1}?کنین|{SP1}?کنید)(?![\w\u200c])")
# a monthly allowance, its kind after it: "سهمیه بنزین", "یارانه نقدی", "کالابرگ"; or a month's orders,
# seen to about its turn ("سفارش‌های اسفند رو بعد از بازگشایی می‌فرستیم" in Farvardin: the Esfand just gone)
_ALLOWANCE_OF_BEFORE = re.compile(rf"{B0}(?:سهمیه|یارانه|کالابرگ|سفارش(?:{SP}(?:های|ها|ای|ا))?)(?:{SP}ی)?(?:{SP1}[^\s\d.،,؛:!?؟]+)?{SP1}$")
_GATHERING_OF_BEFORE = re.compile(rf"{B0}(?:بازارچه|جشن|دورهمی|دورهمی{SP}های|نمایشگاه|اردو|اردوی|مهمونی|مهمانی|جشنواره|مسابقه|مسابقات|حراج"
                                  rf"|دفاع{SP}های|دفاع{SP}ها)"  # ("دفاع‌های اسفند تا ۲۰ اسفند باید تموم بشه")
                                  # (also with its kind: "برای نمایشگاه گروهی آبان ۸ تا تابلو دارم")
                                  rf"(?:{SP}ی)?(?:{SP1}(?:گروهی|انفرادی|سالانه|پاییزه|بهاره|زمستانه|تابستانه|بزرگ|خیریه)(?:{SP}ی)?)?{SP1}$")
_WHEN_COMES_AFTER = re.compile(rf"(?P<mah>{SP1}ماه)?{SP1}که{SP1}(?:بیاد|بیاید|برسه|برسد|بشه|بشود|(?P<starts>شروع){SP1}(?:بشه|شود|بشود)){B1}")
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
                     or _PAST_DAY_WORD.fullmatch(f, prev.start, prev.end))  # ("از دیروز تا ۱۲ فروردین تعطیل است")
                and not c.parts and (yearless_day(c) or _dated_day(c) or c.form == "hijri_dm" and c.y is None) and c.m and c.d
                and (_UNTIL_GAP.fullmatch(f, prev.end, c.start)
                     # (to the night of a day: "از امروز تا شب ۱۹ رمضان", the 19th itself)
                     or _UNTIL_NIGHT_GAP.fullmatch(f, prev.end, c.start))
                and (az := AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start))):
            # "از امروز تا ۳۱ ژانویه", "از فردا دوشنبه تا پنجشنبه ۹ مرداد": from a day word to the first
            # such day on or after it; "از امروز تا ۱۵ فروردین ۸۷": to the day written
            end = c if _dated_day(c) else replace(
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
        if (prev is not None and not prev.parts and not c.parts and prev.form in ("jalali_m", "gregorian_m")
                and c.form == prev.form[:-1] + "my" and prev.calendar == c.calendar and c.y is not None
                and _RANGE_GAP.fullmatch(f, prev.end, c.start)):
            # "از مهر تا اسفند ۱۳۹۹": the first month of the run takes the year written at its end
            first = replace(prev, form=c.form, y=c.y if prev.m <= c.m else c.y - 1, rel=None, needs_ref=False)
            az = AZ_BEFORE.search(f, max(0, prev.start - 6), prev.start)
            out[-1] = Cand(az.start() if az else prev.start, c.end, "range", c.calendar, parts=(first, c))
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


# "۱۲ آذرماه سالروز حادثه در سال ۷۰": the coming anniversary, not the year it recalls
_ANNIVERSARY_AFTER = re.compile(rf"{SP1}(?:سالروز|سالگرد){B1}")


_STALE_YEAR = dt.timedelta(days=300)
# "از فردا، اول ژانویه، ...": a day glossing a day word is that day, not of a year told before
_DAY_WORD_GLOSSED_BEFORE = re.compile(rf"{B0}(?:امروز|فردا|دیروز|پس{SP}فردا"
                                      # (so a weekday or a count of days told from publication: "پنجشنبه
                                      # گذشته، ۷ ژانویه، ..." after "۱۹۰۳"; "سه روز پیش، ۲۲ شهریور")
                                      rf"|(?:{WEEKDAY}){SP1}(?:گذشته|پیش|قبل|آینده|بعد)"
                                      rf"|(?:[0-9]{{1,2}}|{_alt(NUMBER_WORDS[:11])}){SP1}روز{SP1}(?:پیش|قبل|بعد|دیگر)){SP}[،,(]{SP}$")


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


def _ongoing_since(f: str, c: Cand, ref: dt.date | None) -> bool:
    """A day gone by that something has gone on since, told in the present of its clause ("ساعت‌سازی
    که از ۱۵ مهر ۱۳۱۲ در همان حجره کار می‌کند، روز ۲۰ دی‌ماه ... جشن می‌گیرد"): its year is no later
    day's (a day ahead that something starts from lends it: "از ۱۹ فروردین ۱۴۰۲ آغاز می‌شود و ... ۲۸ خرداد")."""
    if ref is None or c.d is None or not AZ_BEFORE.search(f, max(0, c.start - 4), c.start):
        return False
    try:
        if MAKE[c.calendar](c.y, c.m, c.d).end >= ref:
            return False
    except ValueError:
        return False
    stop = _clause_end(f, c.end)
    act = PRESENT_ACT.search(f, c.end, stop)
    return bool(act) and not PAST_ONLY.search(f, c.end, stop) and not _UNTIL_WORD.search(f, c.end, act.start())


_UNTIL_WORD = re.compile(rf"{B0}(?:تا|الی|لغایت){B1}")


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


_SAME_YEAR_AFTER = re.compile(rf"{SP1}(?P<that>همان|همین){SP1}سال{B1}")
_THAT_YEAR_AFTER = re.compile(rf"{SP1}(?:همان|آن|همون|اون){SP1}سال{B1}")


def _jalali_year_in(gregorian_year: int, month: int) -> int:
    """The Jalali year whose ``month`` falls in ``gregorian_year`` (Farvardin..Dey from March on)."""
    return gregorian_year - 621 if month <= 10 else gregorian_year - 622


# a budget's or a fiscal year names the plan, not the year of the days told beside it ("بودجه ۱۴۰۳
# ... از ۲۰ آبان آغاز می‌شود" in 1402, "سال مالی ۲۰۲۱ ... در آوریل"); so does the year of an
# admission exam, held the year before ("آزمون ارشد سال ۸۸ ... ثبت‌نام از اول آبان" in 1387), and
# a year something is for ("مزایده غرفه‌ها را برای سال ۱۳۹۲ برگزار می‌کند؛ مهلت تا پایان آبان"), and
# the year a tax return or a report covers ("اظهارنامه دوره زمستان ۱۴۰۰ را تا ۱۵ اردیبهشت ..."), or
# the Hajj of ("پیش‌ثبت‌نام حج ۹۷ از ۱ بهمن": the pilgrimage of 1397 is booked in 1396)
_LABEL_YEAR_BEFORE = re.compile(rf"{B0}(?:(?:آخرین|واپسین){SP1}(?:روزهای|روز|شب)|(?:بودجه|آزمون(?:{SP1}سراسری)?|کنکور(?:{SP1}سراسری)?|ارشد|ناپیوسته|دکتری|دکترا|عملکرد|حج(?:{SP1}تمتع)?|حجاج|سود(?:{SP1}(?:سهام|نقدی))?|پژوهانه|گرنت)(?:{SP1}سال)?|مالی|برای"
                                rf"|{_BILL_WORD}(?:\u200cی)?|ساخت|چاپ(?:{SP1}سنگی)?"  # "فاکتورهای ۱۴۰۳ رو تا ۱۵ فروردین", "دیوان چاپ ۱۳۲۰ ... تا ۲۰ شهریور"
                                # (calendars and diaries made for a year: "سررسید ۱۴۰۴ رو ۲۰ دی تحویل می‌دید؟")
                                # (not "تقویم رسمی ۱۴۰۳", whose holidays are of that year)
                                rf"|سررسید(?:{SP}(?:ها|های))?|تقویم{SP}(?:ها|های)(?:{SP1}(?:دیواری|رومیزی|میلادی|شمسی))?|تقویم{SP1}(?:دیواری|رومیزی)"
                                rf"|دوره{SP1}(?:بهار|تابستان|پاییز|زمستان)"
                                rf"|مثل|مانند|همانند){SP1}$")  # ("کرایه اسفند ... مثل سال ۹۰؛ تا ۵ اسفند": a year compared)


# ... nor is a year set against the one told of ("نوروز امسال بر خلاف نوروز ۹۸ ... بیشترین بارش
# روز ۸ فروردین": this year's Farvardin)
_CONTRAST_BEFORE = re.compile(rf"{B0}(?:بر{SP}خلاف|به{SP1}خلاف|بر{SP}عکس|برخلاف|برعکس)(?:{SP1}[^\s\d،,.]+)?{SP1}(?:سال{SP1})?$")
# ... nor is a year of birth ("سال ۱۹۲۷ میلادی در تفلیس زاده شد و ۱۴ دسامبر ... درگذشت")
_BORN_AFTER = re.compile(rf"(?:{SP1}(?:میلادی|شمسی|هجری))?(?:{SP1}در)?{WORD_AFTER}{{0,2}}?{SP1}(?:زاده|متولد|به{SP1}دنیا){B1}")
_BORN_BEFORE = re.compile(rf"{B0}(?:متولد|زاده){SP1}(?:سال{SP1})?$")


def _labels_year(f: str, c: Cand) -> bool:
    return c.form == "year" and ("مالی" in f[c.start:c.end] or bool(_LABEL_YEAR_BEFORE.search(f, max(0, c.start - 14), c.start))
                                 or bool(_BORN_AFTER.match(f, c.end)) or bool(_BORN_BEFORE.search(f, max(0, c.start - 12), c.start))
                                 or bool(_CONTRAST_BEFORE.search(f, max(0, c.start - 30), c.start)))


_YEAR_AHEAD = dt.timedelta(days=365)
_AFTER_DAY_BEFORE = re.compile(rf"{B0}(?:پس{SP1}از|بعد{SP1}از|از|در)(?:{SP1}تاریخ)?{SP1}$")
_UNTIL_MONTH_BEFORE = re.compile(rf"{B0}تا{SP1}(?:(?:هفته|دهه|نیمه){SP1}[^\W\d]+{SP1}|(?:پایان|اواسط|اوایل|اواخر|آخر|انتهای){SP1})?(?:ماه{SP1})?$")


_NEW_YEAR_BEFORE = re.compile(rf"{B0}(?:نوروز|نوروزی|سال{SP1}نو|تحویل{SP1}سال)(?:{SP1}(?:سال|میلادی))?{SP1}$")
# "سال ۱۴۰۱ رو ده تحویل می‌کنیم": the year told is the one that comes in
_YEAR_WELCOMED_AFTER = re.compile(rf"{SP1}(?:را|رو){SP1}(?:[^\W\d]+{SP1}){{0,2}}تحویل{B1}")


def _inherit_years(f: str, bounds: list[int], cands: list[Cand], ref: dt.date | None = None) -> list[Cand]:
    """"در سال ۸۰ ماجرای ۲۲ تیر ...": a day or month without its year takes the year of the
    last explicit date of the same calendar earlier in its sentence; one followed by "همان سال"
    takes the last year told anywhere before it, and without one it is left out (its year is
    the story's, not the publication's)."""
    out: list[Cand] = []
    last: dict[tuple[int, str], int] = {}
    told: tuple[str, int] | None = None  # the last explicit year before, of either calendar
    inherited: Cand | None = None  # the last mention that took a year told before it
    inherited_run: Cand | None = None  # ... and the last run of days that did
    last_m: dict[tuple[int, str], int] = {}  # the month of the last date told, 0 for a year
    last_at: dict[tuple[int, str], tuple[int, int]] = {}  # where the last date told stands
    last_d: dict[tuple[int, str], int | None] = {}  # ... and its day, if it has one
    for c in cands:
        sent = sentence_of(bounds, c.start)
        same_year = _SAME_YEAR_AFTER.match(f, c.end) if c.y is None and c.m is not None and not c.parts else None
        if same_year and c.calendar == "jalali" and (sent, c.calendar) not in last \
                and (sent, "gregorian") not in last:
            # "در سال ۱۳۹۳ ... . در آبان همان سال": the year of an earlier sentence ("همین سال"
            # with none told is this year)
            if told is None or told[0] not in ("jalali", "gregorian"):
                if same_year.group("that") == "همان":
                    continue
            else:
                y = told[1] if told[0] == "jalali" else _jalali_year_in(told[1], c.m)
                if not _contradicts(c, y, ref):
                    c = replace(c, y=y, needs_ref=False, rel=None)
            out.append(c)
            continue
        if c.y is not None and not c.parts and c.rel is None:
            told = (c.calendar, c.y)
        # "بیشترین ولادت‌های سال ۹۰ در مرداد ماه و کمترین آنها در فروردین": a bare month after one
        # that took the year told takes it too
        after_inherited = (c.form.endswith("_m") and bool(out) and out[-1] is inherited
                           and sentence_of(bounds, out[-1].start) == sent)
        # (a day right after one that took it, as the next of a list, whatever lies between)
        listed = c.d is not None and bool(out) and out[-1] is inherited and out[-1].d is not None \
            and sentence_of(bounds, out[-1].start) == sent
        # (and a run after a run: "برنامه سال 2025: قهرمانی آسیا 25 تا 30 مارس ... و قهرمانی جهان 13 تا 21 سپتامبر")
        listed_run = bool(out) and out[-1] is inherited_run and sentence_of(bounds, out[-1].start) == sent
        # (a day a few weeks from a day told ahead takes its year however far ahead: "المپیک از ۲۳
        # ژوئیه تا ۸ اوت ۲۰۲۱ برگزار می‌شود و مسابقات ترامپولین ۳۰ ژوئیه است")
        listed = listed or (sent, c.calendar) in last and _near_day_told_ahead(
            c, last[(sent, c.calendar)], last_m.get((sent, c.calendar), 0), last_d.get((sent, c.calendar)), ref)
        if c.y is None and (c.rel is None or c.inherits or same_year or after_inherited) and not c.parts and c.m is not None \
                and c.tense != "this" and (sent, c.calendar) in last and not _PAIR_YEAR_AFTER.match(f, c.end) and not _DAY_WORD_GLOSSED_BEFORE.search(f, max(0, c.start - 24), c.start) \
                and not _contradicts(c, last[(sent, c.calendar)], ref, listed) and not _ANNIVERSARY_AFTER.match(f, c.end) \
                and not _in_closed_clause(f, last_at[(sent, c.calendar)], c.start) \
                and not (c.d is not None and AZ_BEFORE.search(f, max(0, c.start - 4), c.start) and _TILL_NOW_RIGHT_AFTER.match(f, c.end)) \
                and not _THIS_TIME.search(f, last_at[(sent, c.calendar)][1], c.start) \
                and not _historic_aside(f, last_at[(sent, c.calendar)], last[(sent, c.calendar)], c.calendar, c.start, ref) \
                and not _ahead_but_over(f, c, last[(sent, c.calendar)], ref) \
                and not _ahead_past_a_semicolon(f, c, last[(sent, c.calendar)], last_at[(sent, c.calendar)], ref):
            # "در ژوئیه ۲۰۱۵ ... و سپس در ماه سپتامبر": September of that year ("۳ شهریور ۱۳۲۰ ... در
            # شهریور همان سال": told outright)
            y = last[(sent, c.calendar)]
            told_m = last_m.get((sent, c.calendar), 0)
            if c.d is None and told_m > c.m and ref is not None and MAKE[c.calendar](y, told_m).end < ref \
                    and _UNTIL_MONTH_BEFORE.search(f, max(0, c.start - 30), c.start):
                # "سفارش‌هایی که در دسامبر ۲۰۲۰ ثبت شده‌اند ... تا هفته دوم ژانویه ارسال نمی‌شوند": a month
                # things wait until, after a month told as past, is of the year after (not a deadline
                # before a month to come: "در مرداد ۱۴۰۰ قرار می‌گیرد و ... تا پایان تیرماه")
                y += 1
            elif c.d is not None and told_m > c.m and UNTIL_BEFORE.search(f, max(0, c.start - 6), c.start) \
                    and _AFTER_DAY_BEFORE.search(f, max(0, last_at[(sent, c.calendar)][0] - 10), last_at[(sent, c.calendar)][0]) \
                    and not _contradicts(c, y + 1, ref) and (ref is None or MAKE[c.calendar](y + 1, c.m, c.d).start <= ref + _YEAR_AHEAD):
                # "متقاضیانی که پس از ۱۴۰۲/۱۲/۱۵ ثبت‌نام کرده‌اند می‌توانند تا ۳۱ خرداد ...": a day until
                # which something goes on, after a day it runs from, lies after that day
                y += 1
            elif told_m >= 11 and c.m <= 2 and not _contradicts(c, y + 1, ref) \
                    and (ref is None or MAKE[c.calendar](y + 1, c.m, c.d).start <= ref + FAR):
                # "که ۲۷ اسفند ۱۳۸۷ تصویب کرد، ... پس از ۱ فروردین": a day at the start of the year told
                # after one at the end of the year before it is of the year after, as told in order
                y += 1
            elif 1 <= told_m <= 2 and c.m >= 11 and ref is not None and not _contradicts(c, y - 1, ref) \
                    and (c.d is not None or _WAGES_OF_BEFORE.search(f, max(0, c.start - 25), c.start)) \
                    and abs((MAKE[c.calendar](y - 1, c.m, c.d).start - ref).days) < abs((MAKE[c.calendar](y, c.m, c.d).start - ref).days):
                # "فهرست ریتینگ فروردین ۱۳۸۸ ... نتایج مسابقاتی که تا ۲۵ اسفند رسیده باشد" on 28 Esfand 1387: a
                # day at the end of a year told after a month at the start of the next is of the year
                # before, when that lies nearer publication; so is a month's pay ("دفتر فردا، اول ژانویه
                # ۲۰۰۸، تعطیل است و حقوق ماه دسامبر ..."), not a month a run goes on to ("از ۱ ژانویه ۲۰۱۹
                # ... تا پایان دسامبر ادامه دارد")
                y -= 1
            c = inherited = replace(c, y=y, needs_ref=False, rel=None)
        elif c.parts and c.calendar == "jalali" and told is not None and told[0] == "jalali" \
                and all(p.y is None and p.d is None and p.m for p in c.parts) \
                and _THAT_YEAR_AFTER.match(f, c.end):
            # "آنفلوآنزای ۱۲۹۷ خورشیدی، که از مهر تا دی آن سال ادامه داشت": a run of months of the year told
            a, b = c.parts
            c = replace(c, parts=(replace(a, y=told[1], needs_ref=False, rel=None),
                                  replace(b, y=told[1] + (b.m < a.m), needs_ref=False, rel=None)), needs_ref=False)
        elif c.parts and (sent, c.calendar) in last and _yearless_run(c) \
                and not _THIS_TIME.search(f, last_at[(sent, c.calendar)][1], c.start) \
                and not _contradicts(c.parts[1], last[(sent, c.calendar)], ref, listed_run) and not _ANNIVERSARY_AFTER.match(f, c.end) \
                and not _historic_aside(f, last_at[(sent, c.calendar)], last[(sent, c.calendar)], c.calendar, c.start, ref):
            # "در سال ۱۳۵۸ نتیجه همه‌پرسی ۱۰ و ۱۱ فروردین اعلام شد": a run of days of that year
            a, b = c.parts
            y = last[(sent, c.calendar)]
            # a run across the new year is of the year told when that year is its first end's ("در
            # سال ۱۳۸۴ ... از ۲۸ اسفند تا ۴ فروردین"), of the year it ends in after a New Year's
            # name or its first month ("نوروز ۱۴۰۲ از ۲۹ اسفند تا ۱۳ فروردین", "فروردین ۹۸"), or as
            # the year that comes in ("سال ۱۴۰۱ رو ده تحویل می‌کنیم، از ۲۷ اسفند تا ۱۲ فروردین")
            # (a date told late in its year is the run's first end's: "بخشنامه مورخ ۱۳۹۷/۱۲/۱۸ ... از ۲۸ اسفند تا
            # ۱۴ فروردین")
            new_year = 0 < (last_m.get((sent, c.calendar)) or 0) <= 6 or _NEW_YEAR_BEFORE.search(
                f, max(0, last_at[(sent, c.calendar)][0] - 25), last_at[(sent, c.calendar)][0]) \
                or _YEAR_WELCOMED_AFTER.match(f, last_at[(sent, c.calendar)][1])
            ya, yb = (y, y) if (a.m or b.m, a.d) <= (b.m, b.d) else (y - 1, y) if new_year else (y, y + 1)
            c = inherited_run = replace(c, parts=(replace(a, y=ya, m=a.m or b.m, needs_ref=False), replace(b, y=yb, needs_ref=False)),
                                        needs_ref=False)
        elif c.y is None and c.calendar == "jalali" and c.m is not None and not c.parts \
                and (sent, "gregorian") in last and _SAME_YEAR_AFTER.match(f, c.end):
            # "المپیک ۲۰۰۸ پکن ... در مرداد همان سال": the Jalali month that fell in that year
            g = last[(sent, "gregorian")]
            c = replace(c, y=_jalali_year_in(g, c.m), needs_ref=False, rel=None)
        elif c.y is None and c.calendar == "hijri" and c.form == "hijri_dm" and not c.parts \
                and (sent, "jalali") in last and not _ANNIVERSARY_AFTER.match(f, c.end) \
                and not _hijri_in_year_behind(f, c, last[(sent, "jalali")], ref):
            # "در سال ۱۳۲۴ در دوازدهم ماه رمضان": the Hijri day that fell in that Jalali year
            c = replace(c, rel=lambda ref, jy=last[(sent, "jalali")], m=c.m, d=c.d: _hijri_in_jalali_year(jy, m, d, ref))
        elif c.y is not None and not c.parts and c.rel is None and not _labels_year(f, c) \
                and not (c.form == "year" and P_YEAR_OBJECT.match(f, c.start) and not _YEAR_BEFORE_NUMBER.search(f, max(0, c.start - 6), c.start)) \
                and move_edge(f, c.start) != "تا" and not _BY_END_OF_BEFORE.search(f, max(0, c.start - 20), c.start) \
                and not _EVERY_YEAR_SINCE_AFTER.match(f, c.end) \
                and not _SINCE_TILL_NOW_AFTER.match(f, c.end) and not _ongoing_since(f, c, ref) \
                and not ((sent, c.calendar) in last and c.form == "year"
                         and _COMPARED_BEFORE.search(f, max(0, c.start - 25), c.start)):
            # (nor the year another is compared with, after one told: "خاموشی‌های سال ۱۳۸۸ در مقایسه با
            # سال ۱۳۸۷ ... در ۶ روز از تیرماه": the first year's Tir)
            # (not "از سال ۹۴ هر سال برپا می‌شه؛ ... ۱۰ شهریور", nor "از مهر ۸۷ ... تا الان؛ ۵ آبان ...")
            # (nor a bare year made the object: "آخرین بازی ۱۳۹۶ رو امشب می‌زنیم ... از ۱۲ فروردین", the next year's)
            # (not the end of a term: "قراردادش را تا ژوئن ۲۰۱۱ تمدید کرد و ... از ۴ ژانویه ...
            # می‌رود" is the coming January, not one of the contract's last year)
            last[(sent, c.calendar)] = c.y
            last_m[(sent, c.calendar)] = c.m or 0
            last_d[(sent, c.calendar)] = c.d
            last_at[(sent, c.calendar)] = (c.start, c.end)
        elif c.parts and c.parts[1].y is not None and c.parts[1].m is not None and c.rel is None \
                and _run_ends_ahead(c.parts[1], ref):
            # a run told with its year, still to come, lends it as a date does: "از ۲۳ ژوئیه تا ۸ اوت
            # ۲۰۲۱ برگزار می‌شود و ... ۳۰ ژوئیه" (not one gone by: "از سپتامبر ۲۰۰۸ تا ژوئن ۲۰۱۱ ... بود و از
            # اول ژانویه ... پیوسته است", nor a batch's dates: "تولید ۱ آبان تا ۳۰ آذر ۱۳۸۶")
            last[(sent, c.calendar)] = c.parts[1].y
            last_m[(sent, c.calendar)] = c.parts[1].m
            last_d[(sent, c.calendar)] = c.parts[1].d
            last_at[(sent, c.calendar)] = (c.start, c.end)
        out.append(c)
    # "هفتم مهر و ۱۲ آبان ۹۰", "مرداد و مهر ۹۶", "سپتامبر و دسامبر ۲۰۱۴": a day or month whose year is
    # told once, after the second of the pair
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.y is None and (a.form, b.form) in _PAIR_FORMS
                and not a.parts and b.y is not None and b.calendar == a.calendar and not b.parts
                and AND_GAP.fullmatch(f, a.end, b.start)
                # (a tense that the second, with its own year, goes against as well is no witness
                # against the pair's year: "برنامه ژانویه و فوریه ۲۰۱۲ اعلام شد" in December 2011)
                and (not _contradicts(a, b.y, ref)
                     or a.wd is None and _contradicts(replace(b, tense=a.tense, lasts=a.lasts), b.y, ref))):
            out[i] = replace(a, y=b.y, needs_ref=False, rel=None)
    return out


# a relative clause told in the pluperfect and closed by a comma: "تونل که حفاری آن از ۱۲ مهر
# ۱۳۹۴ آغاز شده بود، ۲۲ آبان به خروجی رسید", "کاپیتان که در سال ۹۳ هم همین آسیب را دیده بود، ۲۵
# اسفند ..."
_THAT_BEFORE = re.compile(rf"{B0}که{B1}")
# (or with the main clause's day right after it, spoken: "قرارداد که از مرداد ۸۷ بسته بودیم ۳۱ تیر تموم شد")
_PLUPERFECT_CLOSE = re.compile(rf"ه{SP}(?:بود|بودند|بودیم|بودید|بودم)(?:{SP}[،,]|{SP1}(?=[0-9]))")


def _ahead_past_a_semicolon(f: str, c: Cand, year: int, told: tuple[int, int], ref: dt.date | None) -> bool:
    """A day told ahead, in a clause after a semicolon, that the year told before the semicolon
    would put behind publication ("در ۹ ماهه نخست سال ۸۷ ... بود؛ آمار کامل سال تا ۱۵ فروردین منتشر
    می‌شود": the coming 15 Farvardin, of 1388)."""
    if ref is None or not SEMICOLON.search(f, told[1], c.start):
        return False
    # (or bid to be done by it: "... بسته بودیم؛ برای تمدید تا ۱۰ مرداد ۲۴۰ هزار تومن واریز کنین")
    if c.tense not in ("future", "will") and not _BIDDING.search(f, c.end, sentence_end(f, c.end)):
        return False
    try:
        day = MAKE[c.calendar](year, c.m, c.d)
    except ValueError:
        return False
    # (nor far ahead of it, a deadline bidden: "سال ۹۲ قیمت دام بالا میره؛ ... تا ۲۸ اسفند پیش‌پرداخت
    # بدید" on 25 Esfand 1391, three days off, not a year)
    return day.end < ref or c.d is not None and (day.start - ref).days > 200 \
        and bool(_BIDDING.search(f, c.end, sentence_end(f, c.end)))


# "سال ۲۰۱۸ هم از شما ماشین گرفتم، این بار از ۲۹ دسامبر تا ۳ ژانویه می‌خوام": this time set against
# that one, its year not lent
# (or this year, told against the year before: "سال ۱۴۰۲ ... ارزون بود، امسال ... تا ۱۵ آبان بار نمی‌رسه")
_THIS_TIME = re.compile(rf"{B0}(?:این{SP1}(?:بار|دفعه)|اینبار|این{SP}دفه|امسال|سال{SP1}جاری){B1}")


def _in_closed_clause(f: str, told: tuple[int, int], pos: int) -> bool:
    """The date told at ``told`` stands in a clause opened by "که" and closed, before ``pos``, by a
    pluperfect and a comma: what it tells is background, and its year is not the main clause's."""
    close = _PLUPERFECT_CLOSE.search(f, told[1], pos + 1)  # (its look at the day after it reaches ``pos``)
    # (the clause right after it: not "خبرنگاری که ژانویه ۱۹۸۷ به شلمچه آمده بود، ...؛ او نوشته است ۹
    # ژانویه ...", where a later clause tells of that time again)
    return close is not None and not SENTENCE_END.search(f, told[1], close.start()) \
        and not SEMICOLON.search(f, close.end(), pos) and bool(_THAT_BEFORE.search(f, max(0, told[0] - 80), told[0]))


# (also a participle closing a "که" clause: "... که در سال ۱۳۰۷ ساخته شده، از ۱۵ فروردین ... است")
_PAST_CLOSE = re.compile(rf"(?:{PAST_ONLY.pattern}|{B0}(?:شده|گردیده|بوده)(?:{SP1}(?:است|بود))?){SP}[،,]")
_PAST_AND_CLOSE = re.compile(rf"{PAST_ONLY.pattern}{SP1}و{B1}")
_LONG_AGO = dt.timedelta(days=3650)


def _historic_aside(f: str, told: tuple[int, int], year: int, cal: str, pos: int, ref: dt.date | None) -> bool:
    """The date told at ``told`` stands in a clause opened by "که" and closed by a past verb and a
    comma (or in a clause of its own closed by a past verb and "و"), of a year long before
    publication, and the main clause after it, where ``pos`` stands, is told in the present with no
    past verb ("ایستگاهی که در ۱۲ اردیبهشت ۱۳۱۵ افتتاح شد، از ۷ تا ۱۳ فروردین میزبان نمایشگاه است"):
    the year is the place's history, not the present clause's."""
    if ref is None or MAKE[cal](year).end > ref - _LONG_AGO:
        return False
    close = _PAST_CLOSE.search(f, told[1], pos)
    if close is None or SENTENCE_END.search(f, told[1], close.start()) or SEMICOLON.search(f, close.end(), pos) \
            or not _THAT_BEFORE.search(f, max(0, told[0] - 80), told[0]):
        # (or a clause of its own, closed by its past verb and "و", before one about something of it:
        # "میدان آزادی در ۲۴ مهر ۱۳۵۰ افتتاح شد و برج آن از ۴ تا ۱۵ فروردین پذیرای مسافران است")
        close = _PAST_AND_CLOSE.search(f, told[1], pos)
        if close is None or SENTENCE_END.search(f, told[1], close.start()) or SEMICOLON.search(f, close.end(), pos) \
                or CLAUSE_END.search(f, told[1], close.start()):
            return False
    rest = sentence_end(f, pos)
    return bool(COPULA.search(f, pos, rest) or PRESENT_ACT.search(f, pos, rest)) \
        and not (PAST_ONLY.search(f, pos, rest) or PERFECT_RE.search(f, pos, rest))


# "... در سال ۲۰۰۶ ... رسید و از اول ژانویه تاکنون ...": from the last such day up to now, no year lent
_TILL_NOW_RIGHT_AFTER = re.compile(rf"{SP1}(?:تاکنون|تا{SP}کنون|تا{SP1}(?:الان|حالا|امروز)){B1}")
_EVERY_YEAR_SINCE_AFTER = re.compile(rf"{SP1}هر{SP1}سال{B1}")
# "از مهر ۸۷ که اومد تا الان ...؛ ۵ آبان هم آزمون داره": a time counted from up to now lends no year
_SINCE_TILL_NOW_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!؟]+){{0,3}}{SP1}(?:تا{SP1}(?:الان|حالا|کنون|امروز)|تاکنون){B1}")
# "خودروهای تولید نوامبر و دسامبر ۲۰۲۱" after "از ۱۰ ژانویه ۲۰۲۲": the year told at the pair's end is
# its first month's too (the pass after the loop gives it), not the year told before
_PAIR_YEAR_AFTER = re.compile(rf"{SP1}و{SP1}(?:[0-9]{{1,2}}{SP1})?(?:{JMONTH}(?:{MAH})?|{GMONTH_ANY}){SP1}[0-9]{{2,4}}(?![0-9])")
_PAIR_FORMS = {(f"{cal}_{p}", f"{cal}_{p}y") for cal in ("jalali", "gregorian", "hijri") for p in ("dm", "m")}


# "پیش از پایان سال ۲۰۱۸ منتشر شد و نوبت بعدی ۹ مارس است": a limit, not the story's year
_BY_END_OF_BEFORE = re.compile(rf"{B0}(?:تا|پیش{SP1}از|قبل{SP1}از){SP1}(?:پایان|آخر|انتهای){SP1}$")


def _yearless_run(c: Cand) -> bool:
    """A run of two days of one calendar, neither with a year nor read from publication."""
    a, b = c.parts
    return (a.y is None and b.y is None and a.rel is None and b.rel is None and a.d is not None
            and b.d is not None and b.m is not None and a.calendar == b.calendar == c.calendar)


def _hijri_in_year_behind(f: str, c: Cand, jy: int, ref: dt.date | None) -> bool:
    """A Hijri day told ahead that the Jalali year of another date before it would put months behind
    publication ("مقاله ۲۵ اسفند ۱۴۰۱ منتشر شد و نشست آن ۱۵ رمضان برگزار می‌شود" on 10 Farvardin 1402)."""
    if ref is None or day_tense(f, c.end) not in ("future", "will"):
        return False
    return _hijri_in_jalali_year(jy, c.m, c.d, ref).end < ref - FAR


def _hijri_in_jalali_year(jy: int, month: int, day: int, ref: dt.date | None = None) -> convert.Interval:
    """The Hijri ``day`` of ``month`` within the Jalali year ``jy``: the first, or, when the
    lunar year puts two in it ("۲۱ اسفند ۱۴۰۲ اول ماه مبارک رمضان است"; 1 Ramadan fell on 3
    Farvardin and 21 Esfand 1402), the one nearest ``ref``."""
    year = convert.jalali(jy)
    hy = convert.hijri_year_of(year.start)
    found = [iv for iv in (convert.hijri(y, month, day) for y in (hy, hy + 1)) if year.start <= iv.start <= year.end]
    if not found:
        raise ValueError(f"no {day}/{month} Hijri in Jalali {jy}")
    if ref is None or len(found) == 1:
        return found[0]
    return min(found, key=lambda iv: abs((iv.start - ref).days))


# what may follow a year named bare beside another: a pause, the end, an emoji, or a word that
# counts nothing ("برنامه‌های ۲۰۱۶ رو انجام ندادم", "امیدوارم ۲۰۲۱ برای همه سال بهتری باشه")
_YEAR_WORD_AFTER = re.compile(
    rf"{SP}(?:[،,.؛;:!?؟)»]|$|[\U0001F000-\U0001FAFF\u2600-\u27BF])"
    rf"|{SP1}(?:رو|را|هم|که|و|برای|با|به|در|تو|است|بود|هست|نیز|فقط|تموم|تمام|شروع|آغاز|می|نمی"
    rf"|بهتر|بدتر|بهترین|بدترین|خوب|بد|سخت{SP}تر){B1}")  # ("ولی امیدوارم ۲۰۲۱ بهتر باشه")
_EVENT_YEAR_AFTER = re.compile(
    rf"{_YEAR_WORD_AFTER.pattern}|{SP1}(?:از|تا|امروز|دیروز|پریروز|فردا|امشب|امسال|برگزار|روز|روز{SP}های|هفته|ماه|{WEEKDAY}"
    rf"|(?:اعلام|منتشر|آغاز|شروع|افتتاح){SP1}(?:شد|شده|می{SP}شود|گردید)"  # ("لیگ برتر بازی‌های رایانه‌ای ۱۳۹۰ اعلام شد")
    # (or taken part in: "تا در جام زمستانی ۲۰۲۳ شرکت کند")
    rf"|شرکت{SP1}(?:کند|کنند|کرد|کردند|کرده|می{SP}کند|می{SP}کنند|خواهد|خواهند)){B1}")
# (or a product's version: "ویندوز سرور ۲۰۱۹", "آفیس ۲۰۱۶")
_COUNT_WORD_BEFORE = re.compile(rf"{B0}(?:ویندوز|سرور|آفیس|اکسل|اتوکد|فتوشاپ|ورژن|مدل|حدود|حدودا|حدوداً|تقریبا|تقریباً|بیش|کمتر|تعداد|رقم|عدد|مبلغ|قیمت|شماره|کد|پلاک|نسخه|تلفن|ساعت|از{SP1}مجموع){SP1}(?:از{SP1})?$")


_CODE_WORD_BEFORE = re.compile(rf"{B0}(?:کد|کُد|رمز|پسورد|سریال|پلاک)(?:{SP1}[^\s\d]+)?(?:{SP1}هم)?{SP1}$")


def _neighbour_years(f: str, bounds: list[int], chosen: list[Cand]) -> list[Cand]:
    """"سال ۲۰۱۷ داره میاد و من هنوز برنامه‌های ۲۰۱۶ رو انجام ندادم": four digits bare in a sentence
    that names a year within ten of them (in either calendar), before no count's noun, are a year too."""
    def gregorian(y: int, cal: str) -> int:
        return y + 621 if cal == "jalali" else y  # (near enough for "within ten")

    years: dict[int, list[int]] = {}
    for c in chosen:
        for y, cal in [(c.y, c.calendar)] + [(p.y, p.calendar or c.calendar) for p in c.parts]:
            if isinstance(y, int) and not isinstance(y, _SeasonShortYear) and cal in ("jalali", "gregorian"):
                years.setdefault(sentence_of(bounds, c.start), []).append(gregorian(y, cal))
    if not years:
        return chosen
    taken = [(c.start, c.end) for c in chosen]
    out = list(chosen)
    for m in _FOUR_DIGITS.finditer(f):
        near = years.get(sentence_of(bounds, m.start()))
        if not near or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        y = int(m.group(0))
        cal = "gregorian" if y >= 1700 else "jalali"
        if not _year_ok(y, cal) or not any(abs(gregorian(y, cal) - n) <= 10 for n in near):
            continue
        if not _YEAR_WORD_AFTER.match(f, m.end()) or _COUNT_WORD_BEFORE.search(f, max(0, m.start() - 16), m.start()) \
                or _TO_NUMBER_AFTER.match(f, m.end()) or _NUMBER_TO_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _CODE_WORD_BEFORE.search(f, max(0, m.start() - 30), m.start()):
            continue  # (nor a code's digits: "کد تخفیفش هم ۲۰۲۰ هست")
        out.append(Cand(m.start(), m.end(), "year", cal, y=y))
    return sorted(out, key=lambda c: c.start)


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


# "پنجره‌ی ژانویه", "پنجره نقل و انتقالات ژانویه": a transfer window's name
# a weekday's things changed from now on: every such weekday ("کلاس‌های شنبه هم از این هفته یه ساعت دیرتر
# شروع میشه"), not one day
_THINGS_OF_WEEKDAY_BEFORE = re.compile(rf"[^\W\d]{SP}های{SP1}$")
_FROM_NOW_ON = re.compile(rf"{B0}از{SP1}(?:(?:این|همین){SP1}هفته|هفته(?:{SP}ی)?{SP1}(?:بعد|آینده|دیگه)|این{SP1}به{SP1}بعد|حالا{SP1}به{SP1}بعد){B1}")
_WINDOW_BEFORE = re.compile(rf"{B0}پنجره(?:\u200cی|ی)?(?:{SP1}(?:نقل{SP1}و{SP1}انتقالات|زمستانی|تابستانی)(?:ی)?)?{SP1}$")


def _of_months(c: Cand) -> bool:
    """Any mention but a year or a run of years ("هر سال" after those names the years)."""
    return c.m is not None or bool(c.parts) and c.parts[-1].m is not None or c.form not in ("year", "range")


def _every_after(f: str, c: Cand) -> bool:
    """"۱۵ مهر هر سال", "از ۱۵ مهر تا ۱۵ بهمن هر سال": every year's; but months or a run told with
    what happens each month or week in them are those months ("اقساط از مهر تا اسفند امسال، هر ماه
    ۶۵۰ هزار ریال", "ترم پاییز از ۱ مهر تا ۳۰ آذر هر هفته سه‌شنبه و پنجشنبه")."""
    e = _EVERY_AFTER.match(f, c.end) or _EVERY_RUN_AFTER.match(f, c.end)
    # (a weekday so told is a habit: "سه‌شنبه دوم هر ماه منتشر می‌شود"; but a week or month from which
    # on a habit holds is that one: "از ماه بعد هر هفته یه روز سرویس داریم")
    if e and c.form == "relative" and e.group("unit") != "سال" and c.bare_wd is None \
            and AZ_BEFORE.search(f, max(0, c.start - 4), c.start):
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
    rf"|(?<=تا\s)(?:آخر|پایان|اواخر){SP1}(?:{JMONTH}|{GMONTH})(?:{MAH})?)"  # ("مهلت ... تا آخر آبانه")
    rf"(?P<h>ه)(?=[^\S\n]*(?:[؟?!.،,؛]|(?:یا|دیگه|ولی|اما){B1}|$))", re.M)


# ... and before "و" after a month no everyday word ends in "ه" with ("۱۵ تیره و ..." is clans): "یلدا
# اونجا ۲۱ دسامبره و خودشون هم جشن می‌گیرن"; any month after a day in words ("فردا اول تیره و ...")
_SPOKEN_COPULA_AND = re.compile(
    rf"(?:(?<![0-9/.\-:])(?:0?[1-9]|[12][0-9]|3[01]){SP}(?!(?:تیر|مهر|دی)ه)|{B0}{DAY_WORD}{SP1})(?:{JMONTH}|{GMONTH}|(?:(?<=اول )ماه{SP1})?{HMONTH})(?:{MAH})?"
    rf"(?P<h>ه)(?=[^\S\n]+و{B1})")  # (also "امروز سوم محرمه و ما ...")


# ... and a day glossing a day word after "که", whatever follows: "از فردا که اول مهره ساعت کاری ..."
_SPOKEN_COPULA_GLOSS = re.compile(
    rf"(?<=که )(?:{DAY_WORD}|[0-9]{{1,2}}){SP1}(?:{JMONTH}|{GMONTH}|{HMONTH})(?:{MAH})?(?P<h>ه)(?=[^\S\n]+[^\W\d])")


# ... and after "از"/"تا" a day of تیر, مهر or دی (beads and clans otherwise: "مهره", "تیره") before
# "و", when the sentence names that month with a day elsewhere ("تحویل اتاق از ۸ مهره و ودیعه رو تا ۵
# مهر باید بریزید")
_SPOKEN_COPULA_FROM_DAY = re.compile(rf"(?:(?<=از )|(?<=تا ))[0-9]{{1,2}}{SP}(?P<mon>تیر|مهر|دی)(?P<h>ه)(?=[^\S\n]+و{B1})")


def _spoken_copulas(f: str) -> tuple[str, frozenset[int]]:
    """``f`` with each such clitic made a space (one character for one, offsets stand), and where
    they were: the date is read as if said without it, and its mention ends before it, as "جمعه
    ۱۸ فروردین" of "... فروردینه"."""
    where = [m.start("h") for m in _SPOKEN_COPULA.finditer(f)] + [m.start("h") for m in _SPOKEN_COPULA_AND.finditer(f)] \
        + [m.start("h") for m in _SPOKEN_COPULA_GLOSS.finditer(f)] \
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
    cands = (_day_range_cands(f) + _edge_day_cands(f) + _jalali_day_cands(f) + _dari_day_cands(f) + _month_cands(f) + _foreign_cands(f)
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
                                                               or c.y is None and _QUANTITY_LISTED_AFTER.match(f, c.end)))
             # "هر کماندار در هر نوبت ۶ تیر پرتاب می‌کند", "هر دیدار ۲۴ تیر دارد": arrows, in a sentence of
             # archers, a yearless day with no preposition of time before it
             # (not one glossing a Gregorian day: "از ۲ تا ۸ ژوئیه ۲۰۰۸ (۱۲ تیر تا ۱۸ تیر ۱۳۸۷)")
             and not (c.m == 4 and c.calendar == "jalali" and c.y is None and c.d is not None and not c.parts and not c.gloss
                      and _ARCHERS.search(f, sentence_start(f, c.start), sentence_end(f, c.end))
                      and not _TIME_PREP_BEFORE.search(f, max(0, c.start - 10), c.start))
             and not (c.form == "gregorian_m" and _WINDOW_BEFORE.search(f, max(0, c.start - 30), c.start))
             # "مسکن مهر": the housing scheme, whatever follows it ("مسکن مهر تا شهریور ۱۳۹۷ به طول میانجامد")
             and not (c.calendar == "jalali" and f.startswith("مهر", c.start) and _HOUSING_BEFORE.search(f, max(0, c.start - 8), c.start))
             and not (c.bare_wd is not None and c.form == "relative" and c.end - c.start <= 9
                      and _THINGS_OF_WEEKDAY_BEFORE.search(f, max(0, c.start - 8), c.start)
                      and _FROM_NOW_ON.search(f, c.end, sentence_end(f, c.end)))]
    chosen = _inherit_years(f, bounds, _hijri_years(f, _centre_short_years(_merge_ranges(f, _select(cands)), ref), ref), ref)
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
    return _clock_past(attach_times(f, bounds, mentions), [c for c, _ in resolved], published)


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


_HMONTH_WORD = re.compile(rf"{B0}{HMONTH}{B1}")
_HOUSING_BEFORE = re.compile(rf"{B0}مسکن{SP1}$")


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


