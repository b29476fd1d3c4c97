"""The pattern pieces several readers share: a day ("۵", "پنجم", "۲۵ام"), the weekday
before it, the year after it ("۱۳۹۷", "سال ۹۷", "سال گذشته"), the day-month, month-year and
numeric shapes, and the few tests of a match's clause (its end, a "despite" clause, weekly
opening hours) that readers ask alike. Each reader (days.py, months.py, foreign.py, years.py,
numeric.py, relative_words.py) keeps the patterns only it uses.
"""
from __future__ import annotations

import re

from .candidate import AZ_BEFORE
from .clauses import CLAUSE_END, COPULA, FUTURE, PAST_ONLY, WILL, has_verb, sentence_end, sentence_start
from .lexicon import (
    B0, B1, CARDINAL_DAY, DAYPART, DAY_WORD, ERA_GREGORIAN, ERA_HIJRI, ERA_JALALI, GMONTH_ANY, JMONTH, MAH, NUMBER_WORDS, SP,
    SP1, WEEKDAY, _alt,
)

_DAY = rf"(?:{B0}(?P<dw>{DAY_WORD})|(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}})(?![0-9])(?:{SP}ام(?![\w\u200c]))?)"  # "۲۶ ام دسامبر"
# (not spoken "اولو", "the first one"; nor a level's digit glued to its word: "دوره سطح۲ تا ۱۵ دی"; but "که۸تا۱۰ فوریه")
# (nor a name's number after a plus: "دفاتر پلیس+۱۰ تا ۱۵ فروردین تعطیل است"; nor a code's, glued to Latin letters:
# "کد تخفیف SWIM20 تا 31 دسامبر")
_DAY1 = rf"(?:{B0}(?P<dw1>{DAY_WORD}){B1}|(?<![0-9/.\-:+A-Za-z])(?<!سطح)(?<!پایه)(?<!مرحله)(?<!کلاس)(?<!ترم)(?<!گروه)(?P<d1>[0-9]{{1,2}})(?![0-9]))"
# "روز یکشنبه مورخ هفتم ...", "سه شنبه شب ۲۴ اسفند" (the weekday's evening: that day)
_WD = rf"(?:{B0}(?:روز{SP1})?(?P<wd>{WEEKDAY})(?:\u200cی(?={SP1}[0-9]))?(?:{SP1}(?:شب|صبح|عصر|ظهر))?{SP}[،,]?{SP}(?:(?:مورخ|مورخه){SP1})?)?"
# a space before digits, or none: scraped text glues "سال1366", "از2009"
_TO_DIGITS = rf"(?:{SP1}|(?=[0-9]))"
_RELYEAR = (rf"(?:{SP1}(?:سال{SP1}(?P<ry>جاری|گذشته|آینده|آتی|قبل|پیش|بعد(?!{SP1}از{B1})|دیگه|دیگر)|(?P<ry2>امسال|پارسال|جاری)"
            rf"|(?P<ry3>آینده|گذشته)(?!{SP}میلادی)){B1})")
_YEAR = (rf"(?:{SP}(?:[،,]{SP}(?=سال{SP1}[0-9]))?(?P<sal>سال{_TO_DIGITS})?(?P<y>[0-9]{{4}}(?![0-9])|[0-9]{{2}}(?![.٫][0-9])(?![0-9])(?!{SP}:{SP}[0-9]))"  # not "۲۳ : ۵۹", "اسفند ۸۷.۲۸ درصد" (but "مرداد ۱۳۹۰: ۴۲ تابلو", a heading)
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
# what tells "مه" as fog, not May: "۲ مه غلیظ", "مه و غبار"
_FOG_WORDS = rf"(?:غلیظ|رقیق|صبحگاهی|سنگین|و{SP1}(?:غبار|دود))"
P_JMY = re.compile(rf"{B0}(?P<mon>{JMONTH})(?P<mah>{MAH})?{_B1_OR_YEAR}{_YEAR}")
_TIME_PREP_BEFORE = re.compile(rf"{B0}(?:در|تو|از|تا|طی|برای|اوایل|اواخر|اواسط|ابتدای|پایان|(?<=تا )آخر|مقایسه{SP1}با|نسبت{SP1}به|آزمون|کنکور|امتحانات){SP1}$")
P_GDAY = re.compile(
    rf"{_WD}{_JDAY_DAY}{SP}(?:ماه{SP1})?(?P<mon>{GMONTH_ANY}){_B1_OR_Y4}(?:{_Y4}|{SP1}(?:سال{SP1})?(?:(?P<gry>جاری|گذشته|آینده)"
    rf"(?:{SP1}میلادی)?|(?:سال{SP1})?میلادی{SP1}(?P<gry2>جاری|گذشته|آینده)){B1})?"  # "۹ دسامبر سال آینده میلادی"
)
# one digit after a month, then a word: a count, no day or year ("تا پایان دسامبر ۲ مسابقه دیگر باقی
# است", "تا آخر اسفند ۳ کلاس داریم")
_ONE_DIGIT_COUNT_AFTER = (rf"{SP}[1-9](?![0-9]|[.٫/:\-][0-9]){SP1}(?!(?:و|تا|الی|لغایت|سال|ماه|میلادی|شمسی|هجری|قمری|ساعت"
                          rf"|صبح|عصر|شب|ظهر|بامداد){B1})[^\W\d_]")
_DAHE_BEFORE = re.compile(rf"{B0}دهه(?:{SP}ی)?{SP1}$")  # (also with its ezafe written: "دهه‌ی اول محرم")


def _days_start(days: re.Match) -> int:
    return days.start("d1") if days.group("d1") else days.start("d1w")


def _az_before(f: str, pos: int) -> re.Match | None:
    """"از" right before ``pos``, with its space or glued to digits ("از۱۳تا۱۵رجب")."""
    return AZ_BEFORE.search(f, max(0, pos - 6), pos) or (
        f[pos:pos + 1].isdigit() and _AZ_GLUED_BEFORE.search(f, max(0, pos - 3), pos)) or None


_PART_OF_MONTH = re.compile(rf"(?:هفته|نیمه|دهه|روزهای|ماه)(?:{SP}ی)?{SP1}$")
# "در ۱۳ روز نخست فروردین", "ده روز نخست ژانویه ۲۰۲۰": a count of the first days, the month itself
_DAYS_COUNT_BEFORE = re.compile(rf"(?:[0-9]{{1,2}}|{_alt(NUMBER_WORDS[:11])}){SP1}روز{SP1}$")
# "سال ۱۳۷۳", and "سال1373" or "درسال ۱۳۷۳" with the space dropped (not the decimal of "زیر ۱۲
# سال ۳۷٫۵ یورو": an age, then a price)
P_YEAR = re.compile(
    # (the era word before the year too: "تا پایان سال میلادی ۲۰۲۲")
    rf"{B0}(?:(?:در(?=سال))?(?P<sal>سال(?:{SP}ها(?:ی)?)?(?:{SP1}مالی|{SP1}میلادی(?={SP1}[0-9]{{4}}))?){_TO_DIGITS}(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.\-:٫][0-9])(?![0-9])"
    rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?"
    rf"|(?<![0-9/.\-:])(?P<y2>[0-9]{{4}}){SP}(?P<era2>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))"
    rf"(?:(?![\w])|(?<=[0-9]{{4}})(?=[^\W\d_]))"  # "سال 2012اشاره کرد": a word glued to four digits
)
_EVERY_WORD_BEFORE = re.compile(rf"{B0}هر{SP1}$")
# a cheap test that a text holds an era word at all, before the short-year patterns scan it
_HIJRI_ERA_HINT = re.compile(rf"هجری|قمری|هـ?{SP}?\.?{SP}?ق(?![\w\u200c])|[0-9]{{3}} ?ق(?![\w\u200c])")
# a numeric date ends where no digit or separator and digit follows, but a stamp's clock may be
# glued on after a dash ("1403/11/03-09:30")
_NUM_END = r"(?![0-9]|[/.][0-9]|-(?![0-9]{1,2}:[0-9]{2}(?![0-9:]))[0-9])"
P_NUM_YMD = re.compile(rf"(?<![0-9/.\-:])(?P<y>[0-9]{{4}})(?P<s>[/\-.٫])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}}){_NUM_END}")
P_NUM_YY = re.compile(rf"(?<![0-9/.\-:])(?P<y>[0-9]{{2}})/(?P<m>[0-9]{{1,2}})/(?P<d>[0-9]{{1,2}}){_NUM_END}")
P_NUM_DMY = re.compile(rf"(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}})(?P<s>[/\-.٫])(?P<m>[0-9]{{1,2}})(?P=s)(?P<y>[0-9]{{4}}){_NUM_END}")


def _clause_end(f: str, pos: int) -> int:
    stop = sentence_end(f, pos)
    pause = CLAUSE_END.search(f, pos, stop)
    return pause.start() if pause else stop


# "إن شاء الله" in its spellings
_INSHALLAH = rf"انشاالله|انشالله|ان{SP}شاء{SP}الله|انشاءالله|ان{SP}شاا?{SP}?الله|ایشالا|ایشالله|ایشاالله"


def _past_cut(f: str, start: int, stop: int) -> int:
    """Where a present told of what follows ``start`` must come by: the first past verb, or ``stop``."""
    past = PAST_ONLY.search(f, start, stop)
    return past.start() if past else stop


_COMPARED_BEFORE = re.compile(rf"(?:نسبت{SP1}به|به{SP1}نسبت|مشابه|در{SP1}مقایسه{SP1}با)(?:{SP1}مدت{SP1}مشابه)?{SP1}$")
# wages and arrears owed for a month ("مستمری تیر ماه", "معوقات مرداد", "مابه‌التفاوت فروردین تا
# خرداد"); not a subsidy or an instalment, which may be of the month to come
# (also a driver's or a contractor's settlement: "تسویه آذر ماه رو هفته بعد می‌ریزن")
_WAGES = (rf"{B0}(?:حقوق|مستمری|تسویه(?:{SP1}حساب)?|معوقات|معوقه|مطالبات|دستمزد|مزد|کارکرد|کارانه|ما{SP}به{SP}التفاوت|حق{SP}الزحمه|اضافه{SP}کاری?"
          # (a writer's or a teacher's fee: "حق‌التحریر بهمن رو ۲۶ اسفند میزنیم")
          rf"|حق{SP}التحریر|حق{SP}التدریس|حق{SP}التالیف"
          rf"|پاداش)")  # (or a bonus: "پاداش اسفند با حقوق ۱۵ فروردین میاد")
# a plural or an ezafe written out after the noun: "اضافه‌کاری‌های دی", "حق بیمه‌ی اسفند"
_NOUN_OF = rf"(?:{SP}(?:ها|های|ی)(?![\w]))?"
# ... or the pay or the payslips of a month, right before it: "پول اسفند و فروردین رو هفته‌ی آینده می‌دن",
# "فیش‌های دی رو بفرستید"
_PAID = rf"(?:{_WAGES}|{B0}(?:پول|فیش))"
_WAGES_OF_BEFORE = re.compile(
    rf"{_PAID}{_NOUN_OF}(?:{SP1}(?:و{SP1}مزایای|معوقه|عقب{SP1}افتاده))?{SP1}(?:ماه{SP}های{SP1}|ماه{SP1})?$")
_WHEN_BEFORE = re.compile(rf"{B0}(?:در|از|تا|طی|آستانه|اوایل|اواسط|اواخر|آغاز|ابتدای|شروع|تعطیلات|فرارسیدن|فرا{SP}رسیدن){SP1}$")
# "یک‌صد سال قبل" is a year, as "۲۰۰ سال پیش" is; a thousand years and more name an era, not a year
_HUNDRED_WORDS = {"صد": 100, "یکصد": 100, "یک صد": 100, "یک\u200cصد": 100, "دویست": 200, "سیصد": 300,
                  "چهارصد": 400, "پانصد": 500}
_CLOCK_WORD_BEFORE = re.compile(rf"{B0}ساعت{SP1}$")


def _weekly_hours(f: str, m: re.Match) -> bool:
    """"از دوشنبه تا جمعه، ساعت ۹ صبح تا ۵ بعدازظهر پاسخگوی مراجعان است": a run of weekdays with
    its clock hours, told in the present of a state, is every week's hours (not "از شنبه تا
    چهارشنبه از ساعت ۸ تا ۱۲ برق قطع خواهد شد", an outage to come)."""
    if m.group("mod") or m.group("wk") or m.group("wk0"):
        return False
    if _EVERY_WEEK_RIGHT_AFTER.match(f, m.end()) or _EVERY_WORD_BEFORE.search(f, max(0, m.start() - 4), m.start()):
        return True  # "از شنبه تا چهارشنبه هر هفته از ساعت ۸ تا ۱۴", "هر شنبه تا چهارشنبه ...": every week's
    if _WORKS_RIGHT_AFTER.match(f, m.end()):
        return True  # "نصاب ما از شنبه تا چهارشنبه کار می‌کنه": the days one works or is open, every week's
    if not _CLOCK_RANGE_AFTER.match(f, m.end()):
        return False
    stop = sentence_end(f, m.end())
    if not m.group("az") and not (WILL.search(f, m.end(), stop) or PAST_ONLY.search(f, m.end(), stop)):
        return True  # "تزریق شنبه تا چهارشنبه از ساعت ۸ تا ۱۴ انجام می‌شود": no "از", a timetable
    if _OPEN_OR_COME_AFTER_HOURS.match(f, m.end()):
        return True  # "از شنبه تا چهارشنبه ساعت ۹ تا ۲۱ باز هستیم / تشریف بیارید": a shop's hours, every week's
    return bool(COPULA.search(f, m.end(), stop)) and not (FUTURE.search(f, m.end(), stop) or PAST_ONLY.search(f, m.end(), stop))


# (or is open, spoken: "کلینیک دیابت از شنبه تا چهارشنبه بازه، ...")
_WORKS_RIGHT_AFTER = re.compile(rf"{SP1}(?:کار{SP1}(?:می{SP}|می)?کن(?:ه|ن|یم|م|ند|د)|بازه|بازیم|بازن){B1}")
_EVERY_WEEK_RIGHT_AFTER = re.compile(rf"{SP1}(?:هر{SP1}هفته|همه{SP1}هفته|هفتگی){B1}")
# (or clock times with their minutes, no "ساعت": "شنبه تا چهارشنبه از ۷:۳۰ تا ۱۴:۳۰ پذیرای مراجعان است")
_CLOCK_RANGE_AFTER = re.compile(rf"{SP}[،,]?{SP}(?:از{SP1})?(?:ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?|[0-9]{{1,2}}[:٫][0-9]{{2}})"
                                rf"(?:{SP1}{DAYPART})?{SP1}تا{SP1}(?:ساعت{SP1})?[0-9]")
# the hours, then "we are open" or "come by" (spoken too), with nothing between
_OPEN_OR_COME_AFTER_HOURS = re.compile(rf"{_CLOCK_RANGE_AFTER.pattern}[0-9]?(?:{SP1}{DAYPART})?"
                                       rf"{SP1}(?:باز{SP1}(?:هستیم|هستن|هستند)|در{SP1}خدمتیم|تشریف{SP1}(?:بیارید|بیارین|بیاورید)){B1}")
# "با وجود کاهش قیمت ... در روز جمعه ،": a clause with no verb that grants a fact
_GRANTING = re.compile(rf"{B0}(?:با{SP1}وجود|علی{SP}رغم|علیرغم|به{SP1}رغم|در{SP1}پی|به{SP1}دنبال){B1}")


def _granted(f: str, start: int, end: int, stop: int) -> bool:
    """The weekday sits in a verbless clause that opens with "با وجود / در پی ...": a fact
    already there, whatever tense the main clause after its comma takes."""
    sentence = sentence_start(f, start, 200)
    begin = max((c.end() for c in CLAUSE_END.finditer(f, sentence, start)), default=sentence)
    comma = CLAUSE_END.search(f, end, stop)
    return bool(comma and _GRANTING.search(f, begin, start) and not has_verb(f, begin, comma.start()))


# a past participle, with its "است" or without ("آغاز کرده و", "بر پا شده")
_PARTICIPLE = re.compile(r"(?<![\w])ن?(?:شده|بوده|یافته|رسیده|گردیده|کرده|گرفته|داده|آمده|رفته|داشته|نموده|گذاشته)(?![\w])")
_AZ_GLUED_BEFORE = re.compile(rf"{B0}از$")  # "از26اسفند تا ...": glued to a day's digits
