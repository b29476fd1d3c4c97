"""Words around a candidate that several readers ask about: a yearly custom ("هر سال"),
a name or a list a number belongs to, a clause's opening, a copula's tense, a plan proposed or
a thing reserved for a day, and the nearest month or weekday a yearless mention means.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from . import convert, relative
from .candidate import TO_BEFORE
from .clauses import (
    CLAUSE_BREAK, CLAUSE_END, FUTURE, IS_APART, IS_ON_WEEKDAY, NOT_AFTER_MI, PAST_FORMS, PAST_ONLY, PERFECT_RE, PRESENT_ACT, READ_AHEAD,
    SPOKEN_CLOSED, WILL, has_verb, sentence_end, sentence_start,
)
from .lexicon import (
    B0, B1, DAY_WORD, HMONTH, JMONTH, MAH, NUMBER_WORDS, SP, SP1, TENS, UNIT_AFTER, WEEKDAY, _alt, year_word_value,
)
from .tense import COMMA, SEMICOLON, SUBJ_LIGHT
from .forms import P_NUM_DMY, P_NUM_YMD, P_NUM_YY, _HUNDRED_WORDS, _PARTICIPLE, _clause_end
from .spans import _two_digit

_ALSO_AFTER = re.compile(rf"{SP1}هم{B1}")
_YEARLY = re.compile(rf"{B0}(?:هر{SP}ساله|همه{SP}ساله|هر{SP1}سال|سالانه|سالیانه){B1}")
# "مجمع عمومی عادی سالیانه", "جشنواره سالانه": the name of a yearly gathering, held once on its day
# (also a yearly fee, whose deadline is this year's: "عوارض سالانه املاک خود را تا ۳۰ آبان بپردازند")
_YEARLY_GATHERING = re.compile(rf"{B0}(?:مجمع|جشنواره|نمایشگاه|همایش|گردهمایی|کنفرانس|کنگره|اجلاس|نشست|جشن|افطاری|مراسم"
                               # (or a yearly contract or its instalment: "قسط دوم قرارداد سالانه رو تا ۵ آبان ...")
                               rf"|عوارض|مالیات|حق{SP1}(?:عضویت|اشتراک|بیمه)|اشتراک|شهریه|قرارداد|بیمه{SP}نامه|تمدید|قسط|اقساط"
                               # (or a yearly jab or check-up, given a day: "واکسن سالانه‌ی خرگوش‌تون ۱ آبان، ساعت ۵ عصر")
                               rf"|واکسن|واکسیناسیون|معاینه|چکاپ|چک{SP}آپ|سرویس)"
                               # (its name going on: "سالانه ۳۰ اردیبهشت برگزار می‌شود" is each year's)
                               # (a kind of contract named between: "قرارداد نگهداری سالانه")
                               rf"(?:{SP1}(?:عمومی|عادی|فوق{SP}العاده|بزرگ|نگهداری|پشتیبانی|خدمات|سرویس))*{SP1}(?:سالانه|سالیانه){B1}(?={SP1}[^\W\d])")
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
    # (a year after the habit's own clause is the next clause's: "مانوری که هر سال در خرداد انجام می‌شود،
    # امسال از ۲۰ خرداد ۱۳۹۱ ... آغاز خواهد شد")
    # (only after "هر سال" and the like: "سالانه" is often a thing's adjective, "عضویت سالانه", whose
    # year another clause may tell)
    every = any(not y.group(0).startswith("سال") for y in yearly)
    after = _clause_end(f, m.end()) if every else stop
    # (another day of the same rule is no year near it, after "هر سال" or "معمولا": "هر سال از ۲۶ تیر تا ۳
    # شهریور ... معمولاً در ۲۱ یا ۲۲ مرداد"; after "سالانه" it may well be this year's: "تعمیرات سالانه
    # ... از ۱۰ تا ۲۰ فروردین ... از ۲۱ فروردین")
    days = every or bool(usually)
    return not (_year_near(f, start, m.start(), days) or _year_near(f, m.end(), after, days)
                or past or PERFECT_RE.search(f, m.end(), stop))


def _year_near(f: str, start: int, stop: int, days: bool = False) -> bool:
    return any(not (y.group(0)[0].isdigit() and (UNIT_AFTER.match(f, y.end())
                                                    or days and len(y.group(0)) <= 2 and _DAY_OF_MONTH_AFTER.match(f, y.end())))
               for y in _RELYEAR_NEAR.finditer(f, start, stop))


_DAY_OF_MONTH_AFTER = re.compile(rf"(?:{SP1}(?:یا|و|تا){SP1}[0-9]{{1,2}})?{SP1}(?:{JMONTH}|{HMONTH}){B1}")


_YEAR_AFTER_OF_ANY = re.compile(rf"{SP1}سال{SP1}(?:بعد|قبل){B1}")
_RELYEAR_NEAR = re.compile(rf"{B0}(?:امسال|پارسال|سال{SP1}(?:جاری|گذشته|آینده|قبل|پیش)){B1}"
                           rf"|(?<![0-9])[0-9]{{2,4}}(?![0-9])")  # also a year glued to its month ("اسفند۱۳۹۹")
# (also spoken "we take it to": "تور جمعه رو می‌بریم هفته‌ی بعد")
_PUT_OFF_TO_BEFORE = re.compile(rf"{B0}(?:(?:موکول|محول){SP1}به|می{SP}ره|می{SP}رود|می{SP}بریم|میبریم|می{SP}بریمش)(?:{SP1}(?:به|برای|واسه))?{SP1}(?:روز{SP1})?$")
# "هتل‌ها برای ۱۲ و ۱۳ فروردین پر است": the day something is booked or planned for, ahead
# (also "برای شب ۲۱ رمضان"; and the spoken "برا": "برداشت رو گذاشتیم برا پنجشنبه")
_FOR_DAY_BEFORE = re.compile(rf"{B0}(?:برای|برا|واسه|واسه{SP}ی){SP1}(?:روز{SP}(?:های)?{SP1}|شب{SP1})?$")
# ... and what is done for an occasion on a day, told in the past of the doing: "برای عروسی‌تون در ۳ شهریور
# ۲ تا طرح آماده کردیم", "برای حراج اول ژانویه ۴۰ تا کتاب کنار گذاشتم", "واسه نذری شب ۱۹ رمضون ... سفارش داده"
# (or its meal: "یه نفر ۲ میلیون برای غذای شب ۲۸ صفر داده")
_FOR_EVENT_DAY_BEFORE = re.compile(rf"{B0}(?:برای|واسه){SP1}(?:[^\W\d]+{SP1})?(?:عروسی|جشن|تولد|مراسم|مهمونی|مهمانی|عقد|حراج|کنسرت|نمایشگاه|سانس|نذری|اجرای|رسیتال|غذای|شام|افطاری)"
                                   rf"(?:{SP}(?:تون|شون|مون|ت|ش|م|ی|های))?(?:{SP1}(?:در|روز|شب))?{SP1}$")
# "روزنامه ... مورخ ۱۲ آبان": a paper or letter of that date, which has passed
# an event named as a noun with its day, the object of what is said: "درباره برگزاری کمیسیون مشترک در ۲۰
# فوریه گفت‌وگو کرد", "از آغاز صدور روادید الکترونیکی از ۱۵ ژانویه خبر داد" (told in no tense of its own)
# (not the noun of a verb and a clause after it: "... در ۲۰ آذر ۱۳۱۷ افتتاح شد و از ۱۵ فروردین ... باز خواهد بود")
_EVENT_OF_BEFORE = re.compile(rf"{B0}(?:برگزاری|آغاز|شروع|افتتاح|صدور){SP1}"
                              rf"(?:(?!(?:شد|شده|شدند|گردید|کرد|کردند|و|است|بود){B1})[^\s\d.،,:؛!؟]+{SP1}){{0,4}}(?:در|از){SP1}$")
# tickets for a day, sold or bought before it: "بلیت قطارهای ۵ فروردین فروخته شد" (the selling's tense
# is not the day's); a thing of a day, in speech: "با یکی مال ۲۰ اردیبهشت عوض کردم" (a cheque of it);
# a day's programme announced: "برنامه ۱۲ فروردین را اعلام کرد"
_TICKET = rf"(?:بلیت|بلیط)(?:{SP}ها(?:ی)?|ی)?(?:{SP1}(?:قطار|پرواز|اتوبوس|هواپیما|کنسرت|بازی)(?:{SP}ها(?:ی)?|ی)?)?"
_THING_OF_DAY_BEFORE = re.compile(rf"{B0}(?:{_TICKET}|مال|برنامه(?:{SP}ی)?){SP1}(?:روز{SP1})?$")
_WORD_REST = re.compile(r"[^\W_]*(?:\u200c[^\W_]+)*")


def _word_end(f: str, pos: int) -> int:
    """``pos``, or the end of the word it falls inside: a search bounded mid-word would take the cut
    for a word's end, and a short form would match a longer word's head ("بخور" of "بخورد")."""
    if 0 < pos < len(f) and (f[pos - 1].isalnum() or f[pos - 1] == "\u200c"):
        return _WORD_REST.match(f, pos).end()
    return pos


_EVERY_YEAR = re.compile(rf"{B0}هر{SP1}سال{B1}")
_BIG_NUMBER_AFTER = re.compile(rf"{SP1}(?:هزار|میلیون|میلیارد|تریلیون)(?![\w\u200c])")
_MAH_BEFORE = re.compile(rf"{B0}ماه{SP1}$")
# "ماه رمضان آغاز شد", "از امروز هم ماه رمضان شروع شده": the month at hand, begun
_BEGUN_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:هم|نیز))?(?:{SP1}(?:از{SP1}(?:امروز|دیروز|دیشب)|که))?{SP1}(?:آغاز|شروع){SP1}(?:شد|شده|گردید)(?:{SP}(?:است))?{B1}"
                                # (spoken "مهر که شروع شد کارها زیاد شده": since it began)
                                # (also "ماه رمضان از امروز شروع شد")
                                # ... or ending, spoken: "بهمن هم که داره تموم می‌شه"
                                rf"|(?:{SP1}هم{SP1}که)?{SP1}داره{SP1}تموم{SP1}می{SP}شه{B1}")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.،,؛:!?؟\n])\s*$")


def _nearest_of_three_years(ref: dt.date, year: int, make) -> convert.Interval:
    """Of ``make(year - 1)``, ``make(year)`` and ``make(year + 1)``, the one nearest ``ref``."""
    return min((make(y) for y in (year - 1, year, year + 1)), key=lambda iv: convert.gap(iv, convert.day(ref)))


# (also a product's version: "پشتیبانی از ویندوز ۱۰ تا ۱۴ اکتبر ۲۰۲۵ ادامه دارد")
_NUMBER_NOUN_BEFORE = re.compile(rf"{B0}(?:شماره|کد|پلاک|تلفن|نمابر|فکس|داخلی|صفحه|صفحات|بند|ماده|ردیف|پرواز"
                                 rf"|ویندوز|آیفون|اندروید|گلکسی|پیکسل|پلی{SP}استیشن|نسخه){SP1}$")
# A year the sentence names through what happened in it: "بهار و تابستان ۱۳۹۵", "المپیک ۲۰۱۶
# برزیل", "المپیک توکیو ۲۰۲۰", "جام جهانی ۲۰۲۲". Only the number is the mention.
# a word of letters, its parts joined by ZWNJ ("بازی‌های", "نرم‌افزار"); and such a word in a long
# name, none of the words that end one or open a clause of its own
_NAME_WORD = r"[^\W\d][^\W\d\u200c]*(?:\u200c[^\W\d]+)*"
_YEAR_RANGE_OK = {"jalali": (1250, 1500), "gregorian": (1800, 2100), "hijri": (1300, 1520)}


def _year_ok(y: int, cal: str) -> bool:
    lo, hi = _YEAR_RANGE_OK[cal]
    return lo <= y < hi


def _year_word_ok(words: str) -> bool:
    """"سال سی دانشجو" counts students: a bare "بیست"/"سی" is no year unless the hundreds are
    written; years in words are told from the 1340s on."""
    return "هزار" in words or year_word_value(words) >= 1340


# "سال دو هزار و پانصد نفر": the number goes on past the year words, a count
# (also an ordinal, a rank: "زیر ۲۳ سال پنجاه و یکم شد")
_NUMBER_GOES_ON = re.compile(rf"{SP1}و{SP1}(?:[0-9]|(?:{_alt(NUMBER_WORDS)})(?:م|مین)?{B1}|{DAY_WORD}{B1})")
# "سال هفتاد و خورده‌ای": some year of the seventies, none told
_AND_SOME_AFTER = re.compile(rf"{SP1}و{SP1}(?:خورده|خرده|اندی|چند|چندی)(?:{SP}ای)?{B1}")
_DAY_OF_AFTER = re.compile(rf"{SP1}(?:روز(?:{SP}های)?{SP1}(?:[0-9]|{DAY_WORD}|{WEEKDAY})|(?:هفته|ماه){SP1}(?:آینده|گذشته|جاری|آتی|بعد|قبل|پیش){B1}"
                           rf"|روز{SP1}(?:گذشته|قبل){B1})")  # (also "در سال ۹۰ روز گذشته ... پایان داد")


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
# "امام جمعه", "نماز جمعه", "روزهای یکشنبه": a weekday that names no day.
_IF = re.compile(rf"{B0}(?:اگر|اگه){B1}")


# "یه روز قبل خبر بدید", "دو روز قبل بیارید": notice or goods bidden ahead of the day they serve
def _clause_open(f: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens: past the last pause of its sentence before ``pos``."""
    start = sentence_start(f, pos)
    return max([start] + [p.end() for p in CLAUSE_END.finditer(f, start, pos)])


_PLURAL_WEEKDAY = re.compile(rf"{B0}{WEEKDAY}(?:{SP1}(?:شب|صبح|عصر|ظهر))?{SP}ها(?:ی)?(?![\w])")
_WEEKDAYS_DAILY = re.compile(rf"{B0}{WEEKDAY}{SP1}تا{SP1}{WEEKDAY}{B1}(?:{SP1}\w+){{0,3}}{SP1}(?:هر{SP1}روز|همه{SP}روزه|روزانه){B1}"
                             # (or "every day" told first: "ناهار هر روز از شنبه تا چهارشنبه رو می‌خوایم")
                             rf"|{B0}(?:هر{SP1}روز|همه{SP}روزه|روزانه){SP1}(?:از{SP1})?{WEEKDAY}{SP1}تا{SP1}{WEEKDAY}{B1}")


def _own_plan_told(f: str, start: int, plural_end: int) -> bool:
    """The weekday's clause bids or tells one's own plan, and names no run of weekdays after the plural one."""
    ce = _clause_end(f, start)
    return bool((_BIDDING.search(f, start, ce) or FUTURE.search(f, start, ce) or _I_OR_WE_DO.search(f, start, ce))
                and not _RUN_OF_WEEKDAYS.search(f, plural_end, ce))


# set for it, spoken: "سرویس رو گذاشتم هفته بعد", "گذاشتیم برای هفته‌ی بعد"
_SET_FOR_BEFORE = re.compile(rf"{B0}(?:گذاشتیم|گذاشتم|گذاشتن|گذاشتند|گذاشته{SP}ایم){SP1}(?:(?:برای|واسه|به){SP1})?$")


def _weekly(f: str, start: int, ends: list[int]) -> bool:
    """A weekday in a sentence that names a weekday in the plural ("چهارشنبه‌ها") or a span of
    weekdays run daily ("از یکشنبه تا سه‌شنبه هر روز ساعت ۲۰"): a timetable."""
    i = bisect.bisect_left(ends, start)
    stop = min(ends[i] if i < len(ends) else len(f), start + READ_AHEAD)
    begin = max(ends[i - 1] + 1 if i else 0, start - READ_AHEAD)
    plurals = list(_PLURAL_WEEKDAY.finditer(f, begin, stop))
    if plurals and plurals[-1].end() <= start and (
            _BUT.search(f, plurals[-1].end(), start)
            # (or a day bidden in a clause of its own after it: "من معمولاً جمعه‌ها نیستم، شنبه بیاین"; not
            # a run of days: "جمعه‌ها بار نمی‌گیرم، شنبه تا چهارشنبه از ۸ تا ۲ بیارین")
            # (or one's own plan for it so told: "من جمعه‌ها کار نمی‌کنم، شنبه میارم")
            or COMMA.search(f, plurals[-1].end(), start) and _own_plan_told(f, start, plurals[-1].end())
            # (or one of a week named after the timetable: "جلسه‌ای که سه‌شنبه‌ها برگزار می‌شد، این هفته در روز
            # پنجشنبه تشکیل شد")
            or _ONE_WEEK.search(f, plurals[-1].end(), start)):
        # "سه‌شنبه‌ها میاره نه پنجشنبه‌ها، ولی دوشنبه ساعت ۷ یه بار اضافه هم میاره": a day set
        # against the timetable told before it
        plurals = []
    # (nor the timetable of a clause of its own after a semicolon: "فردا یا شنبه بیاید ببرید؛ جمعه‌ها بسته‌ایم")
    # (nor after a comma closing the weekday's own clause with its verb: "دستگاه‌تون رو دوشنبه ساعت ۵ عصر
    # تحویل بگیرید، ما پنجشنبه‌ها زودتر می‌بندیم")
    plurals = [p for p in plurals if not (p.start() > start and (
        SEMICOLON.search(f, start, p.start())
        or (comma := COMMA.search(f, start, p.start())) and (has_verb(f, start, comma.start()) or _BIDDING.search(f, start, comma.start())
                                                             # (or set for it by the verb before it: "معاینه‌تون رو گذاشتم برای
                                                             # سه‌شنبه ساعت ۵ عصر، دکتر فقط سه‌شنبه‌ها میاد")
                                                             or _SET_FOR_BEFORE.search(f, max(0, start - 18), start))))]
    # (not a run of one week named before it: "هفته‌ی آینده ... از شنبه تا چهارشنبه هر روز ۵۰ کارتن می‌دیم")
    # (nor one bidden: "از شنبه تا چهارشنبه هر روز ۲ پرس بفرستید", "از شنبه تا دوشنبه هر روز ساعت ۱۱ بیاید")
    # (and "from now on": "از این به بعد شنبه تا چهارشنبه ۴ عصر تا ۱۲ شب بازیم", every week's hours)
    return bool(plurals) or _FROM_NOW_ON.search(f, begin, start) is not None \
        or _WEEKDAYS_DAILY.search(f, begin, stop) is not None and not _ONE_WEEK.search(f, begin, start) \
        and not _BIDDING.search(f, start, _clause_end(f, start)) and not _ONE_RUN_TOLD.search(f, start, stop) \
        or _TIMES_A_WEEK.search(f, begin, stop) is not None and _DAYS_OF_WEEK_BEFORE.search(f, max(begin, start - 30), start) is not None \
        or _OTHER_DAYS.search(f, begin, stop) is not None and _THREE_WEEKDAYS.search(f, begin, stop) is not None


_I_OR_WE_DO = re.compile(rf"{B0}می{SP}?[^\W\d]+(?:م|یم)(?![\w\u200c])")  # ("جمعه می‌فرستیم", "شنبه می‌فرستم")
_RUN_OF_WEEKDAYS = re.compile(rf"{WEEKDAY}{SP1}(?:تا|الی){SP1}{WEEKDAY}")
# (nor a run told once, what comes after it or how long the work takes told after: "فیزیوتراپ گفت از شنبه تا
# چهارشنبه هر روز میاد، بعدش هفته‌ای ۲ بار", "از شنبه تا چهارشنبه کارگرا هر روز ... میان، ۵ روز کار داره")
_ONE_RUN_TOLD = re.compile(rf"[،,]{SP}(?:بعدش|بعد{SP1}از{SP1}(?:اون|آن)|پس{SP1}از{SP1}آن){B1}"
                           rf"|{B0}[0-9]+{SP1}روز{SP1}کار{SP1}(?:داره|دارد){B1}")
_ONE_WEEK = re.compile(rf"{B0}(?:هفته(?:{SP}ی)?{SP1}(?:آینده|بعد|دیگه|دیگر|آتی)|(?:این|همین){SP1}هفته){B1}")
# "سانس آقایون شنبه، دوشنبه و چهارشنبه از ۱۶ تا ۲۲، بقیه‌ی روزها مال بانوانه": three weekdays listed
# and the rest of the days: a timetable
_FROM_NOW_ON = re.compile(rf"{B0}(?:از{SP1}(?:این|حالا|الان){SP1}به{SP1}بعد|از{SP1}این{SP1}پس|من{SP1}بعد|از{SP1}این{SP1}هفته{SP1}به{SP1}بعد){B1}")
_OTHER_DAYS = re.compile(rf"{B0}(?:بقیه|سایر|باقی)(?:{SP}ی)?{SP1}(?:روزها|روزا|ایام){B1}")
_THREE_WEEKDAYS = re.compile(rf"{WEEKDAY}{SP}(?:[،,]|و){SP}{WEEKDAY}{SP}(?:[،,]|و){SP}{WEEKDAY}")
# "دو بار در هفته، روزهای شنبه و سه‌شنبه": so many times a week, on those days
# (or so many days a week: "۳ روز در هفته یعنی یکشنبه، سه‌شنبه و پنجشنبه")
# (or so many sessions, the days listed after a comma: "دیالیز مامان می‌شه ۳ جلسه در هفته، شنبه و دوشنبه و چهارشنبه")
_TIMES_A_WEEK = re.compile(rf"{B0}(?:(?:بار|روز|جلسه|نوبت){SP1}در{SP1}هفته|هر{SP1}هفته|هفته{SP}ای{SP1}(?:یک|دو|سه|[0-9]){SP1}(?:بار|روز)){B1}")
_DAYS_OF_WEEK_BEFORE = re.compile(rf"(?:(?:روزهای|یعنی){SP1}|در{SP1}هفته{SP}[،,:]{SP})(?:{WEEKDAY}{SP}(?:[،,]|و){SP})*$")
_NUMERIC_AFTER = re.compile(rf"{SP}(?:(?:مورخ|مورخه){SP1})?(?=[0-9])")


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


_BUT = re.compile(rf"{B0}(?:ولی|اما|لیکن){B1}")
# "this time", set against another time told before it: its year not lent ("سال ۲۰۱۸ هم از شما ماشین گرفتم،
# این بار از ۲۹ دسامبر تا ۳ ژانویه می‌خوام"; "سال ۱۴۰۲ ... ارزون بود، امسال ... تا ۱۵ آبان بار نمی‌رسه"), the
# next month counted from publication ("آذر ۱۴۰۰ با شما رفتیم، این دفعه می‌خوایم ماه بعد بیایم")
# (or "now", after a year long gone: "همون تختی که سال ۹۴ براتون آوردیم رو حالا باید ببریم ...؛ ۱۷ فروردین ...")
THIS_TIME = re.compile(rf"{B0}(?:این{SP1}(?:بار|دفعه|سری)|اینبار|ایندفعه|این{SP}دفه|امسال|سال{SP1}جاری|حالا){B1}")
# (and the negated "نیست": "همراه‌بانک بامداد جمعه در دسترس نیست", a state ahead as "تعطیل است")
# (and the plural "اند" after no participle: "ادارات پنجشنبه تعطیل اند / تعطیل‌اند", not "رفته‌اند")
_COPULA = re.compile(r"(?<![\w\u200c])(?:است|هست|هستند|هستیم|هستم|نیست|نیستند|نیستم|نیستیم|هستن|نیستن|هستین|نیستین|هستید|نیستید)(?![\w\u200c])"
                     r"|(?<![\w\u200c])(?<!ه )اند(?![\w\u200c])|(?<=[^\W\dه]\u200c)اند(?![\w\u200c])|(?<=[^\W\d]\u200c)ست(?![\w\u200c])"
                     rf"|{IS_APART}(?![\w\u200c])|{IS_ON_WEEKDAY}(?![\w\u200c])"
                     r"|(?<![\w\u200c])(?:داره|دارن|داریم)(?![\w\u200c])"  # spoken: "جواب سه‌شنبه آماده‌ست", "شنبه نوبت داره"
                     # open or full, spoken: "پنجشنبه بازید؟", "از شنبه دوباره بازیم", "پنجشنبه پره"; or
                     # on leave: "دکتر از شنبه تا دوشنبه مرخصیه"
                     # (or free, the first person: "فقط صبح یکشنبه خالیم")
                     # (or a half day: "پنجشنبه مدرسه نیم‌روزه")
                     # (or the weather, spoken: "از پنجشنبه هوا آفتابیه")
                     r"|(?<![\w\u200c])(?:بازیم|بازید|بازین|بازه|پره|خالیه|خالیم|خالی\u200cام|مرخصیه|مرخصیم|نیم\u200c?روزه"
                     # (or back to normal: "ولی از شنبه همه‌چی عادیه")
                     r"|آفتابیه|ابریه|بارونیه|برفیه|طوفانیه|عادیه"
                     # (or free, or cheaper, spoken: "پنجشنبه شب سالن آزاده، ولی جمعه ظهر ارزون‌تره")
                     r"|آزاده|آزادیم|آزادم|(?:ارزون|گرون)(?:\u200c?تر)?ه)(?![\w\u200c])"
                     # done or ready, spoken: "پنجشنبه کارش تمومه", "سه‌شنبه حاضره"; or where one is, the first
                     # person: "یکشنبه کارگاهم", "شنبه سر امتحان هنرستانم"
                     r"|(?<![\w\u200c])(?:تمومه|حاضره|تحویله)(?![\w\u200c])"  # ("اگه امروز تأیید کنید پنجشنبه تحویله")
                     r"|(?<![\w\u200c])(?:کارگاه|هنرستان|دانشگاه|سرکار|سر[\s\u200c]+کار|شیفت|مسافرت|بیمارستان|آموزشگاه|باشگاه)(?:م|\u200cام)(?![\w\u200c])"  # (also "شنبه تا ساعت ۵ سر کارم")
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


_EVERY_BEFORE_ANY = re.compile(rf"{B0}هر{B1}")
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
_CALLED_OFF_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:رو|را))?{SP1}(?:(?:لغو|کنسل){SP1}(?:شد|شده|شدند|کردند|کردن|کردیم|کنیم|کنین|کنید|کنم)|کنسله){B1}"  # ("کلاس پنجشنبه رو کنسل کنیم؟")
                                     # (or a cause between, spoken "is off": "کلاس پنجشنبه به خاطر اردوی مدرسه کنسله";
                                     # not a past, "پرتابی که دوشنبه به دلیل یخ‌زدگی لغو شد", the day it was called off)
                                     rf"|{SP1}(?:به{SP1}خاطر|به{SP}خاطر|به{SP1}دلیل|بخاطر)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}?{SP1}(?:کنسله|لغوه){B1}"
                                     # (or the day first, what is off a word or two on: "جمعه تمرین تیم کنسله")
                                     rf"|(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,2}}?{SP1}(?:کنسله|لغوه){B1}")
# (also spoken "our meeting is": "بچه‌ها قرارمون پنجشنبه کنار عمود ۱۴۰۰")
_PLANNED_BEFORE = re.compile(rf"(?:قرار{SP1}(?:است|شده)|{B0}قراره|{B0}قرار(?:مون|مان|تون|تان|شون|شان)){SP1}(?:\w+{SP1})?$")
# a weekday with its hour is an appointment: "بابا این هفته نوبت دکتر داره، سه‌شنبه ساعت ۴ بعدازظهر"
_AT_CLOCK_AFTER = re.compile(rf"{SP1}ساعت{SP1}[0-9]")
# a present of the first or second person, or a spoken third, of any verb ("کوله‌ها رو پنجشنبه شب
# می‌بندیم", "جمعه میچینیم"): told of a weekday, a plan; not a past progressive, whose past stem
# ends in د or ت ("پنجشنبه می‌رفتیم", "می‌خریدیم"). Glued to "می" only in the plural and second
# persons, as nouns end in "ه" or "ن" ("میوه", "میدان").
_PRESENT_OWN = re.compile(
    # (its object glued on too, spoken: "پنجشنبه صبح میفرستیمش دفتر")
    r"(?<![\w\u200c])ن?می(?:[\u200c ](?P<s1>[^\W\d_]{2,}?)(?:یم|ید|ین|م|ی|ه|ن)(?:ش|شون)?|(?P<s2>[^\W\d_]{2,}?)(?:یم|ید|ین)(?:ش|شون)?"
    # (glued, the first person of a spoken causative: "پنجشنبه عصر خودمو میرسونم"; or the spoken third
    # person plural of a stem ending in a consonant: "دیوارها رو دوشنبه میچینن", not "میدان", "میمون")
    r"|(?P<s3>[^\W\d_]{2,}?ون)م|(?P<s4>[^\W\d_]+[بپتجچدرزژسشفقکگلمن])ن"
    # (or the first person of a common stem, glued: "کلید رو دوشنبه ازتون میگیرم")
    r"|(?P<s5>گیر|گذار|ذار|فرست|بر|یار|خر|کن|بین|نویس|زن|سپار|بند|دوز|پز|شور|گرد|گ|ر)م)(?![\w\u200c])")
# the spoken present of giving, after the noun it makes a verb of (not "می‌دید" of seeing: "تحویل می‌دید؟")
_GIVE_PRESENT = re.compile(rf"{B0}(?:تحویل|ارسال|پس|قول|خبر|جواب|انجام|نوبت|وقت|تخفیف|اطلاع|سفارش){SP1}"
                           r"(?P<v>ن?می[\u200c ]?(?:دین|دید|دیم|دن|دم|ده|دی))(?![\w\u200c])")
# (not the present stem "فرست" of sending: "دارو رو پنجشنبه میفرستین؟")
_PAST_STEM_END = re.compile(r"(?<!^فر)[رایوسشفخمز][دت]$")


def _present_own(f: str, start: int, stop: int) -> bool:
    """The first verb after ``start`` is such a present."""
    m = _PRESENT_OWN.search(f, start, stop)
    give = _GIVE_PRESENT.search(f, start, stop)
    if give and (not m or give.start("v") <= m.start()):
        # "سه‌شنبه تحویل می‌دید؟", "میدین": the spoken present of giving, one letter of stem
        m = give
    elif not m or _PAST_STEM_END.search(m.group("s1") or m.group("s2") or m.group("s3") or m.group("s4") or m.group("s5")) \
            or m.group("s4") and PAST_ONLY.search(f, m.end(), stop):
        return False  # (a glued "می...ن" before a past is a noun: "دوشنبه میگرن داشتم")
    return not (PAST_ONLY.search(f, start, m.start()) or PERFECT_RE.search(f, start, m.start())
                or has_verb(f, start, m.start()) or SUBJ_LIGHT.search(f, start, m.start()))


# the second person plural told to act, in a notice: "به شعبه مراجعه کنید / نمایید / فرمایید",
# "تماس بگیرید", "ارسال نکنید" (not "می‌کنید", the present)
_BIDDING = re.compile(rf"(?<![\w\u200c]){NOT_AFTER_MI}ن?(?:کنید|نمایید|فرمایید|بفرمایید|بیایید|بیاورید|بپردازید|بدهید|دهید|بگیرید|بفرستید|باشید"
                      # spoken: "رزومه‌ها رو تا یکشنبه بخونین", "مدارک رو تا این پنجشنبه مرتب کنین" (not "بدین"
                      # of "بدین ترتیب")
                      r"|کنین|بکنین|بگیرین|بفرستین|بیارین|بیارید|باشین|بخونین|بزنین|بذارین|بذارید|بدید|بنویسین|بنویسید"
                      # ("سه‌شنبه عصر بیاید، ساعت ۵ به بعد": come, in speech)
                      r"|بیاید|بیاین"
                      # (and to one, spoken: "جمعه‌ها تعطیلم، بعدازظهر پنجشنبه بیا", "تا آخر همین ماه تمدید کن")
                      r"|بیا|بیار|کن|بکن|بفرست|بگیر|بزن|بذار|بنویس|بخون"
                      # ("هفته بعد یه روز رو خالی نگه دارید": keep it free; "دارید" alone is "you have")
                      r"|(?<=نگه[ \u200c])(?:دارید|دارین))(?![\w\u200c])")
_REPORTED_UNIT = re.compile(rf"{B0}(?P<unit>هفته|ماه){SP1}(?:مورد{SP1}(?:گزارش|بررسی)|منتهی{SP1}به){B1}")


def _reported_unit_before(f: str, start: int, unit: str) -> bool:
    """"هفته مورد گزارش" / "ماه مورد بررسی" earlier in the sentence: a periodic report whose own
    week or month, not publication, is what "هفته قبل" / "ماه قبل" counts back from."""
    return any(r.group("unit") == unit for r in _REPORTED_UNIT.finditer(f, sentence_start(f, start, 300), start))


_SAID_END = re.compile(rf"(?<![\w]){PAST_FORMS}{SP}$")


def _said_before_colon(f: str, stop: int) -> bool:
    """The clause ends in a past verb of saying before a colon ("... نوشت :", "... اظهار کرد :")."""
    return stop < len(f) and f[stop] == ":" and bool(_SAID_END.search(f, max(0, stop - 30), stop))


# (whole words: "اپل ۲۵ سپتامبر" holds no "پل"; nor a bridge pointed to: "مستند تازه این پل ۱۵ ژانویه پخش می‌شود")
_NAME_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:میدان|میدون|خیابان|خیابون|خیابان{SP}های|خیابان{SP}ها|بلوار|بزرگراه|اتوبان|کوچه|(?<!این )(?<!همین )پل|پیاده{SP}رو|پیاده{SP}راه|گذر|مدرسه|دبیرستان|دبستان|هنرستان|ورزشگاه|سالن|شهرک|"
    rf"ایستگاه|مترو|ایتلاف|درمانگاه|سد|استخر|آموزشگاه{SP1}رانندگی|فرونتون|استادیوم|جام|"  # "ائتلاف", folded; "استخر ۱۲ فروردین"; "فرونتون ۱۵ خرداد ورامین"; "مسابقات جام ۱۲ فروردین"
    rf"(?<!این )(?<!همین )مجموعه(?:{SP1}ورزشی)?|"  # a sports complex: "سالن شماره ۳ مجموعه ۱۲ فروردین"
    rf"[^\W\d]+{SP}فروشی|"  # a shop's name: "عینک‌فروشی مهر"
    rf"(?:داروخانه|بیمارستان|مدرسه|میدان|پارک|ورزشگاه|ایستگاه){SP}های|"  # "داروخانه‌های ۱۳ آبان و ۱۷ شهریور", "ایستگاه‌های ۷ تیر و ۱۵ خرداد"
    rf"مجتمع|بیمارستان|داروخانه|داروخونه(?=\u200cی)|درمانی|پارک|بوستان|ناحیه|تالار|حسینیه|مسجد|پایگاه|سپاه|لشکر|تیپ|فرودگاه|نگارخانه|گالری|تیاتر|سینما|"  # ("تئاتر", folded)
    rf"(?<![^\W\d_])به{SP1}نام|"  # what is named after the day: "میدان ... به نام ۱۷ شهریور"
    rf"شهدای|شهید|هنری|ورزشی|جبهه|فراکسیون|جنبش|دولت{SP1}اصلاحات|جریان|طیف|احزاب|زیرمجموعه{SP}های|زیرمجموعه|نقل{SP1}از|فرهنگسرای|فرهنگسرا)(?:\u200cی(?=\s))?{SP}(?:(?:شبانه{SP}روزی|تخصصی|مخزنی|انحرافی){SP1})?(?:ماه{SP1}|«{SP})?$"  # also "نگارخانه ماه مهر", "فرهنگسرای «۱۵ خرداد»"
)
# (but a school or a base said to open or shut right after the day: "مدرسه ۱ مهر باز میشه", "پایگاه ۱۳ رجب
# تعطیله", the day it does so; every such in the written sets is)
SCHOOL_OR_BASE = r"(?:مدرسه|دبستان|دبیرستان|هنرستان|آموزشگاه|پایگاه|درمانگاه)"
_SCHOOL_OR_BASE_BEFORE = re.compile(rf"{B0}{SCHOOL_OR_BASE}{SP1}$")
_OPENS_OR_SHUTS_AFTER = re.compile(rf"{SP1}(?:باز|بسته|تعطیل|بازگشایی)(?:{SP}(?:ه|ن|ست|است|اند)(?![\w\u200c])"
                                   rf"|{SP1}(?:می{SP}شه|میشه|می{SP}شن|میشن|می{SP}شود|می{SP}شوند|خواهد|است|هست)(?![\w\u200c]))")


# (nor a ticket for a play or a film on the day: "بلیت تئاتر ۵ فروردین رو گرفتم"; "تئاتر" folded)
_TICKET_FOR_SHOW_BEFORE = re.compile(rf"{B0}(?:بلیت|بلیط)(?:{SP}(?:ها|های|ی))?{SP1}(?:تیاتر|سینما){SP1}$")


# (nor a school's entrance exam held or its results told on the day: "آزمون ورودی هنرستان ۵ خرداد برگزار می‌شه",
# "نتیجه‌ی آزمون ورودی هنرستان ۲۸ دی اعلام می‌شه")
_SCHOOL_EXAM_BEFORE = re.compile(rf"{B0}(?:آزمون|امتحان)(?:{SP1}ورودی)?{SP1}{SCHOOL_OR_BASE}{SP1}$")
_HELD_OR_TOLD_AFTER = re.compile(rf"{SP1}(?:برگزار|اعلام){SP1}(?:می{SP}شه|میشه|می{SP}شود|شد|شده|خواهد|می{SP}گردد){B1}")


# (nor a trip to a park or a museum on the day: "اردوی بوستان ۲۵ اردیبهشت با اتوبوس می‌رین؟")
_TRIP_TO_PLACE_BEFORE = re.compile(rf"{B0}(?:اردو|سفر|گردش|بازدید)(?:{SP}ی)?(?:{SP1}(?:به|از))?{SP1}(?:بوستان|پارک|موزه|باغ{SP}وحش){SP1}$")


def named_place_before(f: str, start: int, end: int) -> bool:
    """A place named after the day stands right before it ("میدان ۱۵ خرداد", "مدرسه ۱۷ شهریور")."""
    return bool(_NAME_BEFORE.search(f, max(0, start - 40), start)) and not (
        _SCHOOL_OR_BASE_BEFORE.search(f, max(0, start - 12), start) and _OPENS_OR_SHUTS_AFTER.match(f, end)
        or _TICKET_FOR_SHOW_BEFORE.search(f, max(0, start - 20), start)
        or _SCHOOL_EXAM_BEFORE.search(f, max(0, start - 30), start) and _HELD_OR_TOLD_AFTER.match(f, end)
        or _TRIP_TO_PLACE_BEFORE.search(f, max(0, start - 30), start))


_RENAMING_BEFORE = re.compile(rf"{B0}تغییر{SP1}نام{B1}")
_NAME_OBJECT_BEFORE = re.compile(rf"{B0}نام{SP1}[^.؛!؟?]*?{B0}را{B1}")
_CHANGED_AFTER = re.compile(rf"{SP1}تغییر{SP1}(?:داد|دادند|یافت|کرد|کردند|می{SP}یابد|می{SP}دهد|خواهد){B1}")


def renamed_to(f: str, start: int, end: int) -> bool:
    """A place's new name, after "به": "تغییر نام خیابان مهر به ۱۷ شهریور", "نام بلوار را ... به ۲۲ بهمن
    تغییر داد" (a day things are moved to has no name before it)."""
    return bool(TO_BEFORE.search(f, max(0, start - 4), start)
                and (_RENAMING_BEFORE.search(f, max(0, start - 60), start)
                     or _NAME_OBJECT_BEFORE.search(f, max(0, start - 60), start) and _CHANGED_AFTER.match(f, end)))


# "دوم خرداد" as the reform movement of 1376: "مخالف دوم خرداد", "منتسب به دوم خرداد"
_MOVEMENT_BEFORE = re.compile(
    rf"{B0}(?:علیه|مخالف|مخالفان|طرفدار|طرفداران|حامی|حامیان|هواداران|منتقد|منتقدان|منتسب{SP1}به|"
    rf"گفتمان|نیروهای|اصلاحات|اصلاح{SP}طلبان|جنبش|جناح|شعارهای|آرمان{SP}های|مطبوعات|نشریات|روزنامه{SP}های|دوره|دوران){SP1}$")
_MOVEMENT_AFTER = re.compile(rf"{B0}(?:جنبش|گفتمان){B1}")
_DAY_NUMBER_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,2}}{SP}$")
# "شام رو بذاریم بعد از عید؛ مثلاً ۲۸ تیر؟", "وسط اردیبهشت، مثلاً جمعه ۱۵ اردیبهشت": a day put forward
# for a plan, not a made-up case
# (or a slot offered, or a plan of ours or a visit bidden: "ماه بعد جا داریم، مثلاً ۱۵ آبان", "... رو قبلش،
# مثلاً ۲۵ آذر، انجام بدیم")
_PROPOSAL = re.compile(rf"{B0}(?:ب?ذار(?:یم|ید|ین)(?:ش)?|می{SP}ذار(?:یم|ید|ین)|چطوره|خوبه"
                       rf"|(?:جا|وقت|نوبت){SP1}(?:داریم|هست|خالیه)|(?:انجام|تحویل){SP1}(?:بدیم|بدید|بدین)|بیاین|بیایید|بریم|بگیریم"
                       # (or a job left for later, or our coming: "نصب بمونه برای بعد از سیزده‌به‌در، مثلاً ۱۷ فروردین")
                       rf"|بمونه|بمونن|بیایم|بیاییم|بیام|می{SP}ایم|می{SP}یایم"
                       # (or a day we can put it off to: "می‌تونیم بندازیمش بعد از صفر، مثلاً ۳۰ شهریور")
                       rf"|ب?نداز(?:یم|ید|ین)(?:ش)?|بیندازیم(?:ش)?|می{SP}?تونیم"
                       # (or the day a plan falls on: "پس جشن میفته بعد از سیزده‌به‌در، مثلاً ۱۵ فروردین")
                       rf"|میفته|می{SP}افته|بیفته|بیوفته){B1}")


def _proposed(f: str, m: re.Match) -> bool:
    ss = sentence_start(f, m.start())
    if m.groupdict().get("wd") or _PROPOSAL.search(f, ss, sentence_end(f, m.end())):
        return True
    # "می‌شه امتحانم قبل از اون باشه؟ مثلاً ۲۰ دی؟": the example alone, a day put forward for the favour asked
    # just before it
    return bool(_EXAMPLE_OPENS.fullmatch(f, ss, m.start()) and _FAVOUR_ASKED.search(f, sentence_start(f, max(0, ss - 1)), ss))


_EXAMPLE_OPENS = re.compile(rf"{SP}(?:مثلا|مثلاً){SP}")
_FAVOUR_ASKED = re.compile(rf"{B0}(?:می{SP}شه|میشه|امکانش{SP1}هست)(?:{SP1}[^\s.!?؟]+){{1,8}}{SP}[؟?]{SP}$")


_EXAMPLE_BEFORE = re.compile(rf"{B0}(?:مثلا|مثلاً|برای{SP1}مثال|به{SP1}عنوان{SP1}مثال){SP}[«»\"]?{SP}$")
# also "به سمت دوم خرداد دیگری": "another" of its kind, no day
_ANOTHER_AFTER = re.compile(rf"{SP1}دیگری{B1}")
# (also "روز ۱۰ آذر روز مجلس نام‌گذاری شده": named without "را")
# (also with the year it was so named from: "۲۱ مارس را از سال ۲۰۱۳ روز جهانی جنگل‌ها نامیده")
# (not a one-off's day announced: "۱۲ ژانویه را روز تحویل نخستین لنج ... اعلام کرده بود", "موزه ۲۰ ژوئن را روز
# بازدید رایگان اعلام کرد")
_NAMED_AS_AFTER = re.compile(rf"{SP1}را{SP1}(?:از{SP1}(?:سال{SP1})?[0-9]{{4}}{SP1})?(?:به{SP1}عنوان|روز(?!{SP1}(?:تحویل|افتتاح|برگزاری|اجرای|آغاز|شروع|پایان|تعطیلی|بازگشایی|ثبت{SP}نام|اعزام|ورود|حرکت|بازدید)(?![\w\u200c]))){B1}|{_ANOTHER_AFTER.pattern}"
                             rf"|{SP1}(?:به{SP1}عنوان{SP1})?روز{SP1}[^.،,:\n]{{1,60}}?{SP}(?:نام{SP}گذاری|نامیده|نام{SP1}گرفته){B1}")
_NAMED_WEEK_AFTER = re.compile(rf"(?:{SP1}ماه)?{SP1}(?:را{SP1})?به{SP1}عنوان{SP1}(?:هفته|دهه|روز){B1}")
# "از میدان آزادی ، میدان انقلاب یا ۱۵ خرداد": the last of a list of squares or streets is one too
# (not "به میدان رفت و ۱۲ فروردین دیدار ... خواهد داشت": a team went onto the field, the square
# has no name that is a verb of going)
_GO_VERB = rf"(?:خواهد{SP1}|خواهند{SP1})?(?:رفت|رفتند|رفته|آمد|آمدند|آمده|برود|بروند|بیاید|بیایند|می{SP}رود|می{SP}روند|می{SP}آید|می{SP}آیند)"
_PLACE = (rf"{B0}(?:میدان|خیابان|بلوار|بزرگراه|اتوبان|پل)(?!{SP1}{_GO_VERB}{B1}){SP1}[^\s،,.:0-9]+"
          rf"(?:(?!{SP1}{_GO_VERB}{B1}){SP1}[^\s،,.:0-9]+)?")
# (a comma only after two of them: "در خیابان ولیعصر ، ۱۲ آذر تصادف شد" may be a day)
_PLACE_LIST = rf"(?:{_PLACE}{SP1}(?:یا|و){SP1}|{_PLACE}{SP}[،,]{SP}{_PLACE}{SP}(?:[،,]|یا|و){SP})"
# the second of two places named for days: "داروخانه‌های ۱۳ آبان و ۱۷ شهریور"
_NAMES_LIST_BEFORE = re.compile(rf"{B0}(?:داروخانه|بیمارستان|مدرسه|میدان|پارک|ورزشگاه|خیابان|ایستگاه){SP}های{SP1}[0-9]{{1,2}}{SP1}{JMONTH}(?:{MAH})?{SP1}و{SP1}$")


def _weekday_before(day: dt.date, wd: int) -> convert.Interval:
    """The last ``wd`` before ``day`` (a week before, when ``day`` is one)."""
    return relative.shift_days(day, -((convert.persian_weekday(day) - wd) % 7 or 7))


def _nearest_jalali_month(ref: dt.date, mon: int) -> convert.Interval:
    """The Jalali month ``mon`` nearest ``ref``: this year's, last year's or next year's."""
    return _nearest_of_three_years(ref, convert.to_jalali(ref).year, lambda y: convert.jalali(y, mon))


_WHEN_YOU_DID_AFTER = re.compile(rf"{SP1}که{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,3}}[^\s\d.،,؛:!?؟]+(?:دین|دید|تین|تید){B1}")
_TELL_ME_BIDDEN = re.compile(rf"{B0}(?:خبرم|خبر|زنگ|اطلاع|پیام)(?:{SP1}(?:بدین|بدید|بده|بزنین|بزنید|بزن|کنین|کنید|کن|بدین)|{SP1}?کنین|{SP1}?کنید)(?![\w\u200c])")
_SAME_YEAR_AFTER = re.compile(rf"{SP1}(?P<that>همان|همین){SP1}سال{B1}")
_UNTIL_MONTH_BEFORE = re.compile(rf"{B0}تا{SP1}(?:(?:هفته|دهه|نیمه){SP1}[^\W\d]+{SP1}|(?:پایان|اواسط|اوایل|اواخر|آخر|انتهای){SP1})?(?:ماه{SP1})?$")
# what may follow a year named bare beside another: a pause, the end, an emoji, or a word that
# counts nothing ("برنامه‌های ۲۰۱۶ رو انجام ندادم", "امیدوارم ۲۰۲۱ برای همه سال بهتری باشه")
_YEAR_WORD_AFTER = re.compile(
    rf"{SP}(?:[،,.؛;:!?؟)»]|$|[\U0001F000-\U0001FAFF\u2600-\u27BF])"
    rf"|{SP1}(?:رو|را|هم|که|و|برای|با|به|در|تو|است|بود|هست|نیز|فقط|تموم|تمام|شروع|آغاز|می|نمی"
    rf"|بهتر|بدتر|بهترین|بدترین|خوب|بد|سخت{SP}تر){B1}")  # ("ولی امیدوارم ۲۰۲۱ بهتر باشه")
# (or a product's version: "ویندوز سرور ۲۰۱۹", "آفیس ۲۰۱۶")
_COUNT_WORD_BEFORE = re.compile(rf"{B0}(?:ویندوز|سرور|آفیس|اکسل|اتوکد|فتوشاپ|ورژن|مدل|حدود|حدودا|حدوداً|تقریبا|تقریباً|بیش|کمتر|تعداد|رقم|عدد|مبلغ|قیمت|شماره|کد|پلاک|نسخه|تلفن|ساعت|از{SP1}مجموع){SP1}(?:از{SP1})?$")
_HMONTH_WORD = re.compile(rf"{B0}{HMONTH}{B1}")
