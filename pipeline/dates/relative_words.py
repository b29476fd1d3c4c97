"""The reader of relative dates resolved against the publication date: "امروز",
"دیروز", "پریروز", weekdays ("شنبه", "شنبه گذشته"), "هفته/ماه/سال آینده", counts ("۳ روز پیش",
"دو هفته دیگه"), and the spoken forms; whether a weekday is the one before or after the
publication comes from the clause's tense (tense.py).
"""
from __future__ import annotations

import datetime as dt
import re

from . import convert, relative
from .candidate import AND_RIGHT_BEFORE, AZ_BEFORE, KE_RIGHT_BEFORE, Cand, TO_BEFORE, UNTIL_BEFORE, WEEKDAY_AND_BEFORE
from .clauses import (
    CLAUSE_END, COPULA, EXTENDED_AFTER, FUTURE, FUTURE_MORE, HABIT, NOT_AFTER_MI, PAST_FORMS, PAST_ONLY, PAST_VERB, PERFECT_RE,
    PRESENT_ACT, REDUCED_PERFECT, SCHEDULED, SENTENCE_END, SPOKEN_CLOSED, SPOKEN_INVITED, WILL, future_first, has_verb, sentence_end,
    sentence_start, tense_stop,
)
from .lexicon import (
    B0, B1, DARI_MONTHS, DAYPART, DAY_WORD, DURATION_BEFORE, GMONTH, GMONTH_ANY, HMONTH, JMONTH, MAH, NUMBER_WORDS,
    SP, SP1, WORD, TENS, UNIT_AFTER, WEEKDAY, _alt, in_title, month_number, weekday_number,
)
from .passes import _COMMA_GAP, MEANS_BEFORE, SAID_AFTER
from .tense import (
    DEPARTURE_BEFORE, EVENT_PAST, FALLS_ON_BEFORE, HAVE_PRESENT, MUST_WORD, PLUPERFECT_AT, PUT_ON_BEFORE, SEMICOLON, SINCE_NOW_AFTER,
    CALLED_OFF_AFTER, SAID_FORMS, SUBJ_LIGHT, THAT, VOTE_BEFORE, WAS_PLANNED_BEFORE, WEEKDAY_BRACKET_BEFORE, WISH_VERB, WORD_AFTER, in_programme,
    lasts_until, moved_ahead, tense_side,
)
from .today import generic_today
from .forms import (
    P_JMY, P_YEAR, _CLOCK_WORD_BEFORE, _COMPARED_BEFORE, _DAY, _DAY1, _HUNDRED_WORDS, _INSHALLAH, _PARTICIPLE,
    _clause_end, _granted, _past_cut, _weekly_hours,
)
from .spans import _NUMBERED_NOUN_BEFORE, _YEAR_NUMBER_BEFORE, _day, _era_calendar, _is_duration, _on_or_after, _two_digit
from .cues import (
    _ALSO_AFTER, _AT_CLOCK_AFTER, _BIDDING, _BUT, _CALLED_OFF_RIGHT_AFTER, _EVERY_YEAR, _FOR_DAY_BEFORE, _FOR_EVENT_DAY_BEFORE, _IF,
    THIS_TIME, _NAME_WORD, _PLANNED_BEFORE, _PUT_OFF_TO_BEFORE, _TELL_ME_BIDDEN, _TICKET, _WHEN_YOU_DID_AFTER, _clause_open,
    _SET_FOR_BEFORE, _copula_state, _count, _numeric_day_after, _present_own, _reported_unit_before, _reserved_for,
    _said_before_colon, _weekday_before, _weekly, _word_end,
)
from .months import (
    SEAL_GOT, _ASKED_RIGHT_AFTER, _COMMA_RIGHT_BEFORE, _COUNT_TA_BEFORE, _GUILLEMET_OPEN_BEFORE, _IF_RIGHT_BEFORE,
    _MADE_OBJECT_AFTER, _MONTH_NAME,
    _MOVED_VERB_TO_BEFORE, _ORDINALS, _PAY_OF_BEFORE, _RO_BEFORE, _SENTENCE_CLOSES, _SLOTS_OF_BEFORE, _clause_start,
    _dated_month_before, _day_named_before, _month_named_before, _stop_after,
)
from .foreign import _ANNUAL, _CLOSES_SENTENCE_AFTER, _HOURS_AFTER
from .years import _FOUR_DIGITS

# "پیش رو" (the one ahead: "هفته پیش رو") is the coming unit, not the past one ("هفته پیش").
_UNIT_PREP_BEFORE = re.compile(rf"{B0}(?:در|طی|برای|تا|از|ظرف){SP1}$")
_OBJECT_RO = re.compile(r"پیش[^\S\n]+رو")  # (spaced: "پیش‌رو" is always the one ahead)
_STEP = rf"(?P<st>گذشته|پیشین|کنونی|روان|پیش{SP1}رو(?![\w])(?!{SP1}(?:که|هم)(?![\w]))|پیش‌رو|پیش(?!{SP}بینی)(?!\u200c[^\W\d])|قبل|آینده|آتی|جاری|دیگر|دیگه)"
P_RELDAY = re.compile(
    rf"{B0}(?:(?P<p1>{DAYPART}){SP1})?"
    rf"(?P<w>امروز|امشب|دیروز|دی\u200cروز|دیشب|پریروز|پریشب|فردا|پس{SP}فردا|(?P<unit>روز|شب|شامگاه){SP1}(?:گذشته|جاری))"
    # a spoken clitic: "امروزم" (today too), "خواب دیشبم", "سخنرانی امروزش"; not "فرداش" (the
    # day after something) nor "دیروزش" (his past)
    rf"(?:(?<=امروز)ش|(?:(?<=امروز|دیروز)|(?<=امشب|دیشب))م|(?<=فردا)ست)?"  # (and "که فرداست": is tomorrow)
    rf"(?<!فردا(?=\u200cش(?![\w\u200c])))"  # (nor "فردا‌ش", its ZWNJ kept: "برای ۱۷ خرداد ... نداریم، فردا‌ش رو بگیرین")
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
                   rf"(?:صبح|عصر|شب|ظهر|بعدازظهر|غروب){B1}"
                   rf"|(?:روز{SP1})?{WEEKDAY}{SP1}تا{B1}"  # (but a run of its days: "هفته‌ی بعد از شنبه تا سه‌شنبه آزاده")
                   # (or the day its things start from: "کلاسای سال بعد از ۱۶ فروردین شروع می‌شه")
                   rf"|[0-9]{{1,2}}{SP1}(?:{JMONTH}){SP1}(?:شروع|آغاز){B1}))"
                   rf"(?!{SP1}(?!(?:عید|نوروز|تعطیلات|تعطیلی|امتحانات|امتحان|رمضان|رمضون|محرم|سفر|عروسی|جشن){B1})[^\W\d]+{SP1}(?:میاد|میان|می{SP}آید|می{SP}رسه|میرسه|می{SP}رسد|میارن|میاریم|میارم|می{SP}آورند){B1}))")
_MUST_RIGHT_AFTER = re.compile(rf"{SP1}{MUST_WORD.pattern}")
P_NEXT_UNIT = re.compile(rf"{B0}(?P<unit>سال|هفته|ماه)(?:{SP}ی(?![\w]))?{SP1}بعد{B1}(?!{SP1}(?:آن|اش){B1}){_NEXT_NOT_AFTER}")  # also "هفته‌ی بعد"
_SPOKEN_OBJECT_AFTER = re.compile(rf"{SP1}رو{B1}")
# a rate by the month: "در ماه حداکثر ۶۰ لیتر", "در ماه ۲۰۰ هزار تومان"
_PER_MONTH_RATE = re.compile(rf"{B0}در{SP1}ماه{SP1}(?:حداکثر|حداقل|تا|[0-9])")
_IF_RIGHT_AFTER = re.compile(rf"{SP1}(?:اگه|اگر){B1}")
_WAS_AFTER = re.compile(rf"{B0}(?:بود|بودند|بودیم|بودم){B1}")
_UNTIL_OR_FROM_RIGHT_BEFORE = re.compile(rf"{B0}(?:تا|از){SP1}$")
_CAN_NOW = re.compile(rf"{B0}می{SP}(?:تونید|تونین|توانید|تونی|تونن|توانند){B1}")
_DENIED_RIGHT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}نمی{SP}?[^\W\d]")
_UNTIL_END_BEFORE = re.compile(rf"{B0}تا{SP1}(?:آخر|پایان|انتهای){SP1}$")
_FROM_FIRST_OF_BEFORE = re.compile(rf"{B0}از{SP1}(?:اول|ابتدای|ابتدا)(?:{SP}ی)?{SP1}$")
_STILL_SAME = re.compile(rf"{B0}(?:همون|همان|هنوز|همچنان|فعلا|فعلاً){B1}")
_WHICH_IS_CLAUSE_AFTER = re.compile(rf"{SP1}که{SP1}[^،,.!؟?\n]{{1,30}}{SP}[،,]")
_HAVE_RIGHT_AFTER = re.compile(rf"{SP1}(?:داریم|دارم|داره|دارن|دارید|دارین){B1}")
# (or a bare "if not", after a day asked for: "پنجشنبه ... جا دارید؟ اگه نه، جمعه هم برامون فرقی نداره")
_IF_NOT_BEFORE = re.compile(rf"{B0}(?:اگه|اگر){SP1}(?:نشد|نشه|نرسید|نرسیدیم|نتونستیم|نتونستم|نه){SP}[،,]?{SP1}(?:برای{SP1})?$")
_CLOSED_SPOKEN = re.compile(SPOKEN_CLOSED)
# (or offered as an example, or an estimate: "هر وقت خواستید، مثلاً هفته‌ی بعد.", "حدوداً ماه بعد")
_LIKELY_BEFORE = re.compile(rf"{B0}(?:احتمالا|احتمالاً|احتمالن|شاید|مثلا|مثلاً|حدودا|حدوداً|تقریبا|تقریباً)"
                            rf"{SP1}(?:(?:آخر|اول|اواخر|اوایل|اواسط){SP1})?$")  # ("شاید آخر هفته‌ی بعد")
# a week, then the weekday of it ("هفته‌ی دیگه یکشنبه", "این هفته پنجشنبه"; not a day glossing it, "هفته بعد،
# جمعه ۱۸ فروردین", nor a weekday dated or plural: "این هفته جمعه ۸ دی", "از این هفته پنجشنبه‌ها"; "این هفته روز
# چهارشنبه" stays two, as round 246's row has it)
P_WEEK_THEN_WEEKDAY = re.compile(
    rf"{B0}(?:هفته(?:{SP}ی(?![\w]))?{SP1}(?P<wk>بعد|دیگه|دیگر|آینده|آتی|گذشته|قبل|پیش)(?!{SP1}از{B1}){SP1}(?:روز{SP1})?"
    rf"|(?:این|همین){SP1}هفته{SP1})(?P<wd>{WEEKDAY})(?![\w\u200c])(?!{SP}(?:ها|[0-9]))")
_BETTER_AFTER = re.compile(rf"{SP1}(?:بهتره|بهتر{SP1}(?:است|هست)){B1}")  # "ماه بعد بهتره": the better time, ahead
# someone there or not then, or when a thing is, spoken ("مربی گفته هفته‌ی بعد نیست", "آزمون ماه بعد کیه؟")
# (a thing of it named between: "هفته بعد سانس آقایون چه روزاییه؟")
# (or whether one is open then, asked: "هفته‌ی بعد بازین؟")
_THERE_OR_WHEN_AFTER = re.compile(rf"(?:{SP1}(?:کلا|کلاً|اصلا|اصلاً|هم|دیگه))?(?:{SP1}[^\s\d.،,؛:!؟?]+){{0,2}}?{SP1}(?:نیست|نیستم|نیستیم|نیستن|نیستند|کیه|چندمه|چه{SP1}روزیه|چه{SP1}روزاییه|چه{SP1}روزهاییه){SP}(?:[،,.؛!؟?]|$)"
                                  rf"|{SP1}(?:بازین|بازید|تعطیلین|تعطیلید){SP}[؟?]"
                                  # (or whether one is there, and on which days, asked: "هفته بعد کدوم روزا خانم دکتر هست؟")
                                  rf"|(?:{SP1}{WORD}){{1,4}}?{SP1}(?:هست|هستن|هستند|هستش){SP}[؟?]")
# one's time told busy or free, spoken: "هفته‌ی بعد شلوغم", "ماه بعد سرمون خیلی شلوغه", "هفته‌ی بعد خالی‌ام"
_BUSY_OR_FREE_AFTER = re.compile(rf"(?:{SP1}(?:سرم|سرمون|سرمان|دستم|دستمون))?(?:{SP1}(?:خیلی|یکم|کمی))?{SP1}(?:شلوغ|خالی|آزاد|گرفتار|درگیر)"
                                 rf"(?:م|یم|ه|ین|ید|{SP}ام|{SP}ایم|{SP}اید)(?![\w\u200c])")
_BUSY_SPOKEN = re.compile(rf"{B0}(?:شلوغ|خلوت)(?:ه|یم|م|ن){B1}")
# what is ready by then, spoken: "کفش‌ها تا آخر هفته‌ی بعد حاضره", "ماه بعد آماده‌ست"
# (also with "all of it" between: "هفته بعد همه‌اش آماده‌ست")
_READY_AFTER = re.compile(rf"(?:{SP1}(?:هم|دیگه|حتما|حتماً|همه{SP}اش|همه{SP}ش|همه{SP}شون|همه))?"
                          # (a count of what is ready between too: "هفته‌ی بعد هم ۴ تا خوکچه آماده‌ست")
                          rf"(?:{SP1}[0-9]+(?:{SP1}تا)?(?:{SP1}{WORD}){{1,2}}?)?{SP1}(?:حاضر|آماده)(?:ه|ن|{SP}ست|{SP}اند|{SP1}است|{SP1}هستن|{SP1}میشه|{SP1}می{SP}شه)(?![\w\u200c])")
# a plan of the first or second person in the subjunctive, or a spoken "it becomes"
_WE_PLAN = re.compile(rf"(?<![\w\u200c])(?:ب|ن)?(?:کنیم|کنم|کنین|شیم)(?![\w\u200c])|{B0}می{SP}?شه{B1}"
                      rf"|{B0}می{SP}[^\W\d]+یم(?![\w\u200c])")  # ("سال بعد هم با شما قرارداد می‌بندیم")
_YEAR_NAMED = re.compile(rf"(?<![0-9])[0-9]{{4}}(?![0-9])|{B0}سال{SP}[0-9]{{2}}(?![0-9])")


def _year_named(f: str, start: int, stop: int) -> bool:
    """A year named between ``start`` and ``stop`` (not a count: "۱۲۰۰ پرس غذای نذری پختیم")."""
    return any(not UNIT_AFTER.match(f, y.end()) for y in _YEAR_NAMED.finditer(f, start, stop))


_MOVE_ASKED_BEFORE = re.compile(rf"{B0}ب(?:بر|نداز|ذار|یار)(?:ین|ید)ش{SP1}(?:برای{SP1}|واسه{SP1})?$")
_INSHALLAH_FROM_BEFORE = re.compile(rf"{B0}(?:{_INSHALLAH}){SP1}از{SP1}$")
# (and "ایشالا سال بعد ...")
_AHEAD_BEFORE = re.compile(rf"{B0}(?:اگر|امیدوار|امیدواریم|امیدوارم|باید|امسال|{_INSHALLAH}){B1}")
# "۱۰ تا ۱۲ روز پیش": the days between, as one range (a span of years so told is vague)
_DAYS_AGO_HINT = re.compile(rf"روز{SP1}(?:پیش|قبل)")
P_RELN_RANGE = re.compile(
    rf"{B0}(?P<n1>[0-9]{{1,2}}){SP}(?:تا|الی|-|–){SP}(?P<n2>[0-9]{{1,2}}){SP}روز{SP1}(?:پیش|قبل){B1}(?!{SP1}از{B1})")
# "روزهای چهارشنبه و پنجشنبه هفته آینده": two days of a week named after them ("روزهای" alone is a habit)
P_WEEKDAY_PAIR_WEEK = re.compile(
    # (also without "روزهای", and "همین": "پنجشنبه و جمعه همین هفته پارکینگ بسته‌ست")
    # (and with a spoken ezafe: "پنجشنبه و جمعه‌ی این هفته مطب بسته‌ست")
    rf"{B0}(?:روزهای{SP1})?(?P<wd1>{WEEKDAY}){SP1}و{SP1}(?P<wd2>{WEEKDAY})(?:{SP}ی(?![\w]))?{SP1}"
    rf"(?:(?:این|همین){SP1}هفته|هفته(?:{SP}ی)?{SP1}(?P<st>آینده|آتی|جاری|گذشته|قبل|پیش)){B1}")
# "ما همین ماه مهر گرفتیم": a seal got this month, no month named after "this month"
_NOT_SEAL = rf"(?!مهر{SP1}(?:{SEAL_GOT}|زدند|زده|خورده|بزنید)(?![\w\u200c]))"
P_RELUNIT = re.compile(
    rf"{B0}(?:(?P<unit>هفته|ماه|سال)(?:{SP}ی)?(?:{SP1}(?P<mil0>میلادی|مسیحی))?{SP1}{_STEP}|(?:این{SP1}(?P<unit2>هفته|ماه)(?!{SP}نامه)(?!{SP1}(?:مبارک{SP1})?(?:{HMONTH}|{_NOT_SEAL}{JMONTH}|{GMONTH})(?![\w]))|(?P<unit4>هفته){SP1}جدید(?!{SP1}(?:لیگ|رقابت|مسابقات|بازی))|همین{SP1}(?P<unit3>هفته|ماه)(?!{SP1}(?:پیش|گذشته|قبل|آینده|بعد|مبارک|{_NOT_SEAL}{JMONTH}|{HMONTH})(?![\w])))|(?P<w>امسال|پارسال)(?:م(?![\u200c])|ه(?=[^\S\n]*[،,.؛!؟]))?){B1}(?!{SP}ها)(?P<mil>(?:{SP}ی)?{SP1}(?:میلادی|مسیحی))?"
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
# (also told with "که": "۲۸ دسامبر که پنجشنبه بود")
# (its year and a comma too: "عید، یعنی ۱ فروردین ۱۳۹۷، چهارشنبه‌ست")
_DATED_DAY_RIGHT_BEFORE = re.compile(rf"(?:(?:(?<![0-9/.\-:])[0-9]{{1,2}}|{B0}{DAY_WORD}){SP}(?:{JMONTH}|{GMONTH})(?:{MAH})?"
                                     rf"(?:{SP1}(?:1[34]|20)[0-9]{{2}}(?![0-9]))?(?:{SP}[،,])?"
                                     # ("امروز که جمعه‌ست": today's weekday, said of it)
                                     # ("امروز با اینکه جمعه‌ست": so with "although")
                                     rf"|{B0}(?:امروز|فردا|دیروز|پس{SP}فردا)(?:{SP1}هم)?(?={SP1}(?:که|با{SP1}(?:اینکه|این{SP}که))))"
                                     rf"(?:{SP1}(?:که|با{SP1}(?:اینکه|این{SP}که)))?{SP1}$")
_OCCASION_NAMED_BEFORE = re.compile(rf"{B0}(?:یلدا|یلدای|شب{SP1}یلدا|چهارشنبه{SP}سوری|سیزده{SP}به{SP}در|سیزده{SP}بدر|نوروز|عید|تولدش|تولدم|تولدت)"
                                    rf"(?:{SP1}(?:امسال|امسالم))?(?:{SP1}هم)?{SP1}$")
_LAST_OF_YEAR_AFTER = re.compile(rf"(?:{SP}ی)?{SP1}آخر{SP1}سال{B1}")
_DUSHANBE_AFTER = re.compile(rf"{SP1}(?:تاجیکستان|پایتخت){B1}")
_KAKI_AFTER = re.compile(rf"{SP1}و{SP1}کاکی{B1}")  # "زلزله شنبه و کاکی": the district in Bushehr
_SESSIONS_OF_BEFORE = re.compile(rf"{B0}(?:سانس|کلاس|جلسه|تمرین)(?:{SP}های|{SP}ها|{SP}ای|ای){SP1}$")
_YES_OR_NO_BEFORE = re.compile(rf"{B0}(?:آره|بله|آری|نه|خیر){SP}[،,]?{SP1}(?:روز{SP1})?$")
_DATED_DAY_ASKED = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,2}}{SP}(?:{JMONTH}|{GMONTH})[^.!؟?\n]*[؟?]")
_IS_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?:است|هست|بود|بوده)|\u200c?ست|ه)(?![\w\u200c])")
_WEEKDAY_RUN_RIGHT_AFTER = re.compile(rf"(?:{SP}[،,])?{SP1}از{SP1}(?:روز{SP1})?{WEEKDAY}{SP1}تا{SP1}(?:روز{SP1})?{WEEKDAY}{B1}")  # (a comma between too: "هفته بعد، از شنبه تا چهارشنبه، ...")
# (or its coming, a month ahead: "ژانویه که بیاد گازوئیل گرون میشه، این ماه هر چی سفارش دارین بدین")
_MONTH_END_AWAITED = re.compile(rf"{B0}(?:{JMONTH}|{GMONTH})(?:{SP}ماه)?{SP1}که{SP1}(?:(?:تموم|تمام){SP1}(?:بشه|شه|بشود|شود)"
                                rf"|بیاد|بیاید|برسه|برسد|بشه){B1}")
_DIGIT_RIGHT_AFTER = re.compile(rf"{SP}[0-9]")
_WEEK_COMMA_RIGHT_BEFORE = re.compile(rf"(?:{B0}(?P<this>(?:این|همین){SP1}هفته|هفته{SP1}جاری)|{B0}هفته(?:{SP}ی)?{SP1}(?P<st>آینده|بعد|گذشته|قبل|پیش)){SP}[،,]{SP}$")
_DAY_WORD_IN = re.compile(rf"{B0}(?:امروز|فردا|دیروز){B1}")
_IS_NOW_RIGHT_AFTER = re.compile(rf"(?:{SP1}است|\u200c?ست)(?![\w\u200c])")  # (not "هست": "امروز نیست، جمعه هست")
_GREETING_BEFORE = re.compile(rf"(?:تبریک|شادباش|مبارکباد){SP1}$")
_GREETING_AFTER = re.compile(rf"{SP1}مبارک")
# (or a year of this Gregorian century, its digits alone: "فاکتورهای ۲۰۱۵ رو ... ببندید، از فردا سیستم
# سال جدید باز می‌شه")
_GREGORIAN_WORD = re.compile(rf"{B0}(?:{GMONTH}|میلادی){B1}|(?<![0-9/.\-:])20[0-9]{{2}}(?![0-9/.\-:٫])")
# "در سال جدید": the Jalali year just begun, or (in Esfand) the one about to begin; not the
# school, farming or Gregorian "new year".
P_NEWYEAR = re.compile(
    rf"{B0}سال{SP1}جدید{B1}(?!{SP}(?:تحصیلی|زراعی|آبی|مالی|میلادی|کاری|ورزشی|مسابقات|لیگ|مهد|مدرسه|مدارس|دانشگاه|آموزشگاه|باشگاه)(?![\w\u200c]))"
)
# the new year's start, with its number named in the sentence ("... سال جدید را آغاز کردند", "شروع سال جدید")
_YEAR_BEGUN_BEFORE = re.compile(rf"{B0}(?:شروع|آغاز){SP1}$")
_BEGUN_AS_OBJECT_AFTER = re.compile(rf"{SP1}(?:را|رو)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}?{SP1}(?:آغاز|شروع){B1}")
_JALALI_YEAR_NAMED = re.compile(rf"{B0}سال{SP1}(?:1[34])?[0-9]{{2}}(?![0-9])")
# a thing of the new year, no preposition between ("نخستین مسابقه سال جدید", "اولین جلسه‌ی سال جدید",
# "کلاسای سال جدید"; not "در سال جدید")
_OF_THING_BEFORE = re.compile(rf"(?<![\w\u200c])(?!(?:در|از|تا|طی|برای|واسه|به|با|که|و|آستانه|آغاز|ابتدای|شروع|اوایل|اواسط|اواخر){B1})"
                              rf"[^\W\d]+(?:\u200c[^\W\d]+)*(?:{SP}ی)?{SP1}$")
_DAY_RIGHT_AFTER = re.compile(rf"{SP1}(?:روز{SP1})?(?:{WEEKDAY}{SP1})?[0-9]{{1,2}}{SP1}{JMONTH}{B1}")
_FIRST_IN_BEFORE = re.compile(rf"{B0}(?:نخستین|اولین)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,6}}{SP1}در{SP1}$")
_HELD_RIGHT_AFTER = re.compile(rf"{SP1}(?:برگزار|انجام|آغاز|شروع){SP1}(?:شد|شده|می{SP}شود|می{SP}شه|خواهد{SP1}شد){B1}")
_DAY_MONTH_WRITTEN = re.compile(rf"(?<![0-9])[0-9]{{1,2}}{SP1}(?:{JMONTH}){B1}|{B0}(?:اول|یکم|نخست){SP1}(?:{JMONTH}){B1}")
# "آستانه سال نوی میلادی": the Gregorian year of publication, or in December the one ahead
P_NEWYEAR_G = re.compile(rf"{B0}سال{SP1}(?:جدید|نو|نوی){SP1}میلادی{B1}")
# only as a time ("در آستانه ..."), never a thing named after it ("بازار سال نو میلادی")
_WITHIN_YEAR_BEFORE = re.compile(rf"{B0}(?:در|طی|اوایل|اواسط|اواخر){SP1}$")
# "سی و یک سال پیش": tens and units in words
_COMPOUND_COUNT = rf"(?:{_alt(list(TENS))}){SP1}و{SP1}(?:{_alt(NUMBER_WORDS[:9])})(?![\w\u200c])"
# "باید یک سال دیگر در پیش‌دبستانی بمانند": a verb of staying, so much longer (no date)
# (a name word, spaced: not the plural "روزنامه‌های امروز", nor a word of the clause: "نشریه از فردا")
_PAPER_NAMED_BEFORE = re.compile(rf"{B0}(?:روزنامه|نشریه|هفته{SP}?نامه|ماهنامه|مجله) +(?!(?:های|ها|که|از|تا|در|برای|هم|را|رو|و){B1})"
                                 rf"[^\s\d.،,؛:!?؟«»\u200c]+ +$")
_PRAYER_RIGHT_BEFORE = re.compile(rf"{B0}نماز{SP1}$")
_GUILLEMET_NAME_BEFORE = re.compile(r"«\s?$")
_GUILLEMET_NAME_AFTER = re.compile(r"\s?»")
_MARKET_JOINED_AFTER = re.compile(r"\u200c?بازار")
_PAIR_EVERY_WEEK_AFTER = re.compile(rf"(?:{SP1}(?:و|تا){SP1}{WEEKDAY})?{SP1}هر{SP1}هفته{B1}")
_REPORTS_AFTER = re.compile(rf"{B0}(?:نوشت|نوشته|می{SP}نویسد|به{SP1}نقل|گزارش|اعلام|افزود|خبر{SP1}داد|مدعی){B1}")
_UNTIL_YEAR_END = re.compile(rf"{B0}تا{SP1}(?:آخر|پایان){SP1}(?:اسفند|امسال|سال{SP1}جاری|همین{SP1}سال){B1}")
# (or set off by commas right after the day it counts to: "نصب تابلو افتاد برای ۲۰ شهریور، ۶ روز دیگه، لطفاً ...")
_GLOSSING_COUNT_BEFORE = re.compile(rf"{B0}یعنی{SP1}(?:(?:تقریبا|تقریباً|حدودا|حدوداً|دقیقا|دقیقاً){SP1})?$"
                                    rf"|(?<![0-9])[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH}){SP}[،,]{SP}$")
_STAY_VERB = re.compile(rf"{B0}(?:ب|ن|می{SP}|نمی{SP})?(?:مانند|ماند|مانم|مانیم|مانید|مونه|مونن|مونیم|مونم|مونید|مونین)(?![\w\u200c])")
# "دو روز پیش", "۳ ماه قبل", "سه هفته دیگر": N units before or after publication (the digits glued
# on too, as scraped text writes them: "۳روز پیش"). Not "بعد"
# (after the story's own time, not the publication's) and not "آینده" ("دو روز آینده" is the
# coming two days, a span).
P_RELN = re.compile(
    rf"{B0}(?P<n>[0-9]{{1,2}}|[0-9]{{3}}(?={SP1}سال)|[0-9]{{3,4}}(?={SP1}روز{SP1}(?:پیش|قبل){B1})|(?:{_alt(list(_HUNDRED_WORDS))})(?={SP}سال)|{_COMPOUND_COUNT}|{_alt(NUMBER_WORDS[:20] + list(TENS) + ['یه'])})"
    rf"(?P<half0>{SP1}و{SP1}نیم(?={SP1}سال))?(?:{SP1}|(?<=یک|صد)(?=سال)|(?<=[0-9])(?=روز|هفته|ماه|سال))(?P<unit>روز|شب|هفته|ماه|سال)(?P<half>{SP1}و{SP1}نیم)?{SP1}(?P<st>پیش|قبل|دیگر|دیگه)(?:(?<=پیش)ه)?{B1}(?!\u200cتر)"  # "۱۶۵ سال پیش", "یکسال پیش", "صدسال قبل" (not "پیش‌تر": earlier than that)
    # not "۱۲ ماه پیش رو": the months ahead (but "جلسه‌ی سه روز پیش رو که کنسل کردیم", "بدهی سه ماه پیش رو
    # هنوز ندادی": "رو" marks the object)
    rf"(?!(?<=پیش){SP1}(?:رو|روی)(?![\w\u200c])(?!{SP1}(?:که|هم|هنوز){B1}))"
    # (spoken: "ده سال پیشه" = "... پیش است")
)
_THEY_DID = (rf"(?:(?:وصل|نصب|تعمیر|عوض|تحویل|جمع|باز|پخش){SP1})?"
             rf"(?:آوردن|بردن|کردن|دادن|گذاشتن|زدن|ریختن|فرستادن|گرفتن|خریدن|کشیدن|بستن|کندن)(?={SP}(?:[،,.!؟?]|$))")
_THEY_DID_AFTER = re.compile(rf"{SP1}{_THEY_DID}")
_OBJECT_THEN_THEY_DID_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}?{SP1}(?:رو|را){SP1}{_THEY_DID}")
# (not one only about so: "... ۱۰ روز دیگه آماده می‌شه، یعنی حدود ۱۲ اردیبهشت", which the sets leave out, 3 of 3)
_DAY_GLOSS_LATER_AFTER = re.compile(rf"[^.!?؟\n]{{0,40}}?[،,؛]{SP}یعنی(?!{SP1}(?:حدود|حدودا|حدوداً|تقریبا|تقریباً|احتمالا|احتمالاً){B1})"
                                    rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH}){B1}")
_FIGURE_COMPARED_BEFORE = re.compile(rf"(?:درصد|برابر|[0-9]|هزار|میلیون|میلیارد|تومان|تومن|ریال){SP1}(?:بیشتر|کمتر|بیش{SP}تر|کم{SP}تر){SP1}از{SP1}$")
_MORE_OR_LESS_THAN_BEFORE = re.compile(rf"{B0}(?:بیش|بیشتر|بیش{SP}تر|کمتر|کم{SP}تر){SP1}از{SP1}$")
# "مجالس ... با هماهنگی ۲ روز قبل برگزار می‌شود": a lead time arranged before each event, no day
# (or a reminder sent so long before it: "نوبت بعدی‌تون ۱۴ فروردین ۹۷ هست، یادآوری ۲ روز قبل پیامک می‌شه")
_ARRANGED_WITH_BEFORE = re.compile(rf"{B0}(?:هماهنگی|اطلاع|اطلاع{SP}رسانی|رزرو|ثبت{SP}نام|یادآوری|یادآور){SP1}$")
# "... ۳ روز دیگه از کارگاه میارن، یعنی چهارشنبه": glossed by its weekday or date further on in its clause
_DAY_GLOSS_COMMA_AFTER = re.compile(rf"{SP}[،,]{SP}(?:{WEEKDAY}{SP1})?[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH}){B1}")
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
# (or the last part of a count in two units, which writers leave out whole: "سه سال و دو ماه پیش")
_COUNT_SPAN_BEFORE = re.compile(rf"(?:[0-9]{SP}[-–]|(?<![0-9])[0-9]{{1,2}}{SP}\.|{B0}یکی|{B0}(?:روز|هفته|ماه|سال){SP1}(?:یا|و)"
                                rf"|(?<![0-9:])[0-9]{{1,2}}{SP1}تا){SP}$")
# "سال قبل از سوی وزارت", "... سال قبل از رشد ۵ درصدی برخوردار", "سال قبل از نظر وزنی": "از" of
# the one who acted, of the verb or of a respect, not "before"
# "ماه پیش از تبریز رسید", "هفته پیش از دبی بار زدن": the last unit, then where a thing came or went
# from, a past of coming, sending or taking right after (not "هفته پیش از آزمون منتشر می‌شود",
# a week before something, nor "... پیش از مسابقه به تهران رسید", its "به" the way to a place)
_MOVED_FROM_AFTER = re.compile(
    rf"{SP1}از(?:{SP1}(?!(?:آن|این|اینکه|آنکه|به|تا|و){B1})[^\s\d.،,؛:!?؟]+){{1,3}}?{SP1}"
    rf"(?:(?:در|بر|ن)?(?:رسید|اومد|آمد|بازگشت|برگشت|خرید|آورد|فرستاد|گریخت|دزدید|گذشت|افتاد|دراومد|درآورد)[^\s\d.،,؛:!?؟]*"
    rf"|(?:حرکت|ترخیص|پست|ارسال|بار|بیرون){SP1}(?:کرد|زد|آمد|اومد)[^\s\d.،,؛:!?؟]*"
    rf"|(?:گم|خارج|رد|منتقل|بارگیری|ارسال|ترخیص){SP1}(?:شد|شده)[^\s\d.،,؛:!?؟]*)"
    rf"(?={SP}(?:[.،,؛!?؟]|$|(?:و|ولی|اما|که|بود|است){B1}))")
_FROM_AFTER_OK = re.compile(rf"{SP1}از{SP1}(?:نظر|لحاظ|حیث|رشد|افت|کاهش|افزایش|سوی|طرف|طریق|محل|جانب|{_FROM_PLACES}){B1}")
# "ماشین رو ۳ روز پیش باید می‌آوردید": what should have been done then, a day past
# (the third person too: "دو روز پیش باید می‌رسید", it should have come)
_AHEAD_OF_TIME_BEFORE = re.compile(rf"{B0}باید{SP1}از{SP1}$")
_SHOULD_HAVE_AFTER = re.compile(rf"{SP1}باید{SP1}ن?می{SP}[^\W\d]+(?:دید|تید|دیم|تیم|دم|تم|دن|تن|دند|تند|د|ت)(?![\w\u200c])")
_MUST_AFTER = re.compile(rf"{SP1}باید{B1}")  # "قبل از ..." is always "before something"
# a feast right after "قبل", its "از" left out, closing the clause: "دو روز قبل سال نو میلادی." (not "سه
# روز پیش عید قربون بود": the feast was then)
_BEFORE_FEAST = re.compile(rf"{SP1}(?:سال{SP1}(?:نو|جدید)|عید|نوروز|کریسمس|یلدا|تحویل{SP1}سال)(?:{SP1}میلادی)?{SP}(?:[.،,؛!?؟]|$)")
_BEFORE_ANCHOR = re.compile(
    rf"{SP1}از{SP1}(?:(?:این|آن){SP}که{B1}|هر(?={SP1}[^\W\d])|آن{B1}(?!{SP1}(?:روز|سال|ماه|هفته){B1})|[0-9](?![0-9]*{UNIT_AFTER.pattern})|سال|ماه|هفته|روز|زمان|موعد|مهلت|موقع|آغاز|شروع|پایان|برگزاری|انقلاب|انتخابات|عید|نوروز|سفر|ورود|"
    rf"دیدار|مراسم|جلسه|نشست|اجلاس|افتتاح|مسابقه|بازی|حادثه|وقوع|اعلام|مرگ|فوت|شهادت|درگذشت|جشن|"
    # "یک هفته پیش از آزمون", "یک سال پیش از سقوط شاه", "پنج روز پیش از اربعین"
    rf"آزمون|امتحان|کنکور|مسابقات|سقوط|کودتا|پیروزی|جنگ|حمله|عملیات|انفجار|زلزله|تولد|ازدواج|عروسی|"
    rf"اربعین|عاشورا|تاسوعا|رمضان|محرم|تحویل|بازگشت|اعزام|عزیمت|پرواز|تعطیلات|انتشار|اکران|"
    # "دوز دوم را دست‌کم ۱۴ روز پیش از حضور دریافت کرده باشند", "یک ماه پیش از ترک کار"
    rf"حضور|ثبت{SP}نام|تزریق|مصرف|جراحی|زایمان|ترک{SP1}(?:کار|خدمت|محل){B1}|"
    # "دو روز پیش از مجمع نهایی می‌شود", "۱۵ روز پس از سررسید", "دو ماه پیش از صدور فرمان مشروطیت"
    rf"مجمع|سررسید|تصویب|ابلاغ|قتل|نصب|دریافت|واریز|اخطار|صدور|"
    # "۷۳ سال پیش از روشنایی گازی تهران", "دو سال پیش از تأسیس بانک": a thing's coming into being
    rf"(?:روشنایی|راه{SP}اندازی|تاسیس|تأسیس|گشایش|احداث|اختراع|ساخت){B1}|"
    # any noun but the agent phrases "از سوی / از طرف / از طریق / از جانب"
    # (not "دو سال پیش از دبی آورده بودیم": "بودیم" is no "بود" of a time before)
    rf"(?!سوی|طرف|طریق|جانب|آن{SP1}(?:زمان|تاریخ)|این{SP1}(?:بابت|رو)|(?:{_FROM_PLACES}){B1})\w+{SP1}(?:\w+{SP1}){{0,2}}(?:آغاز|شروع|برگزار|تشکیل|بود|است)(?:ه|ند)?{B1})"
)
# (or a Grand Prix named by its city: "در گرند پری دوشنبه به روی تشک می‌رود")
_PLACE_WORD_BEFORE = re.compile(rf"{B0}(?:محله|روستای|روستا|منطقه|شهر|شهرک|خیابان|میدان|کوچه|بازار|گرند{SP}پری|گرند{SP1}پری){SP1}$")
_AND_OTHERS_AFTER = re.compile(rf"{SP1}و{SP1}(?:دیگر|سایر){B1}")
_FEW_DAYS_AGO_AFTER = re.compile(rf"{SP1}(?:چند|دو|سه){SP1}روز{SP1}(?:قبل|پیش){B1}")
# a part of the day written onto its weekday with the ZWNJ dropped ("چهارشنبهشب"), or the ezafe
# ("صبح جمعهی") or a spoken "is" ("کریسمس دوشنبهست")
_GLUED_PART = "شب|صبح|عصر|ظهر"
# "از شنبه تا سه‌شنبه پیش عزیزم": "پیش" before someone is "with", not "last"
# (or theirs: "یه پرستار از ۴ بعدازظهر تا ۱۲ شب پیش پدرش باشه")
_WITH_WHOM = (r"(?:عزیزم|مامان|مامانم|بابا|بابام|مادر|مادرم|پدر|پدرم|مادربزرگ|مادربزرگم|پدربزرگ|خاله|خالم|عمه|عمم|دایی|عمو"
              r"|(?:مادر|پدر|مادربزرگ|پدربزرگ|بابا|مامان|بچه|بچه‌ها|همسر)(?:ش|شون|تون|مون)"
              r"|دکتر|دوستم|دوستام|خواهرم|برادرم|داداشم|آبجیم|بچه|بچه‌ها|شما|ما|اونا|اون|من|تو|ایشون|آقاجون|مامانی)(?![\w\u200c])")
_LASTS_UNTIL_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}(?:ادامه{SP1}(?:خواهد{SP1}داشت|دارد|داره|می{SP}یابد)"
                                rf"|می{SP}(?:مونن|مونه|مونیم|ماند|مانند)|باز{SP1}(?:است|هست)|برقرار{SP1}(?:است|خواهد{SP1}بود)){B1}")
_WHICH_IS_BEFORE = re.compile(rf"{B0}که{SP1}(?:میشه|می{SP}شه|می{SP}شود)(?:{SP1}روز)?{SP1}$")
_SLOT_NAMED_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت){B1}")
_SLOT_LOGGED_AFTER = re.compile(rf"(?:{SP1}ساعت{SP1}[0-9]{{1,2}}(?::[0-9]{{2}})?(?:{SP1}(?:{DAYPART}))?)?{SP1}(?:ثبت|رزرو){SP1}(?:شد|شده){B1}")
_WITH_WHOM_AFTER = re.compile(rf"پیش{SP1}{_WITH_WHOM}")
P_WEEKDAY = re.compile(
    rf"{B0}(?:(?P<p0>صبح|ظهر|عصر|بعدازظهر|بعد{SP}از{SP}ظهر|غروب|شامگاه|صبحگاه|بامداد|سحرگاه|نیمه{SP}شب){SP1})?(?:(?P<roz>روز){SP1})?(?P<wd>{WEEKDAY})(?:{B1}|(?=(?:{_GLUED_PART}|ی|ست)(?![\w])))"
    # (a spoken ezafe between: "جمعه‌ی هفته‌ی بعد", "شنبه‌ی دیگه" (Saturday of the next week))
    rf"(?:(?:{SP}ی(?![\w]))?(?:{SP1}|(?=(?:{_GLUED_PART})(?![\w])))(?:(?P<mod>گذشته|آینده|آتی|جاری|دیگر|دیگه|بعدی|بعد(?!{SP1}از(?![\w]))|(?:پیش|قبل)(?!{SP}(?:رو|از|بینی)(?![\w]))(?!{SP1}{_WITH_WHOM})(?!\u200c[^\W\d]))|هفته(?:{SP}ی(?![\w]))?{SP1}(?P<wk>گذشته|آینده|آتی|جاری|قبل|پیش{SP1}رو|پیش‌رو|پیش|دیگر|دیگه|بعد{_NEXT_NOT_AFTER})"
    rf"|(?P<wk0>(?:این|همین){SP1}هفته)|(?P<part>{DAYPART})|(?P<rw>دیروز|امروز|فردا)){B1})?"
    rf"(?:(?<=[^\s\u200c]){SP1}(?P<mod2>گذشته|قبل|پیش(?!{SP}بینی))(?![\w\u200c]))?"  # "چهارشنبه شب گذشته"
)
# "کودتای جمعه شب", "معاملات جمعه": what took place that day, so a day past
_HAPPENED_BEFORE = re.compile(
    rf"{B0}(?:کودتای|حمله|حملات|انفجار|انفجارهای|زلزله|حادثه|ترور|تیراندازی|معاملات){SP1}(?:روز{SP1})?$")
_DAYPART_WORD = re.compile(rf"{B0}(?:{DAYPART}){B1}")
_AND_FEW_WORDS_BEFORE = re.compile(rf"{B0}و{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{1,3}}$")
# "نوبت رو گذاشتیم ۱۵ آذر که جمعه نباشه": so that it is no Friday, a kind of day
_SO_IT_IS_NOT_AFTER = re.compile(rf"{SP1}(?:نباشه|نباشد|نیفته|نیفتد|نباشن|نباشند){B1}")
_HAVE_ASKED_OF = re.compile(rf"{B0}(?:دارید|دارین|داری){SP}[؟?]")
_LAST_YEARS_MONTH = re.compile(rf"{B0}{JMONTH}(?:{SP}ماه)?{SP1}(?:پارسال|سال{SP1}(?:گذشته|قبل|پیش)){B1}")
_LAST_YEAR_IN_BEFORE = re.compile(rf"{B0}(?:پارسال|سال{SP1}(?:گذشته|قبل|پیش))(?:{SP1}(?:در|تو))?{SP1}$")
_ALSO_RIGHT_BEFORE = re.compile(rf"{B0}هم{SP1}$")
_BROKE_RIGHT_AFTER = re.compile(rf"{SP1}(?:شکست|شکسته{SP1}(?:شد|است)|گم{SP1}شد|خراب{SP1}شد|ترکید|سوخت)(?={SP}[،,.؛!?؟]|{SP}$)")
_ON_FROM_THEN_AFTER = re.compile(rf"{SP1}به{SP1}بعد{SP}(?:[.!؟?،,؛]|$)")
_ONE_SATURDAY = re.compile(r"یک[ ]+(?P<sat>شنبه)")
_SET_ASIDE_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,5}}?{SP1}(?:کنار{SP1}(?:گذاشتم|گذاشتیم)|نگه{SP1}(?:داشتم|داشتیم)"
                              rf"|سفارش{SP1}(?:دادم|دادیم)|رزرو{SP1}(?:کردم|کردیم)){B1}")
_FOR_OCCASION_BEFORE = re.compile(rf"{B0}(?:برای|واسه|واسه{SP}ی){SP1}(?:عروسی|جشن|مهمونی|مهمانی|تولد|نامزدی|عقد|مراسم|سفر|قربونی|قربانی|نذری|افطاری|روضه)"
                                  # (also owned: "برای تولدش پنجشنبه یه ادکلن میخوام")
                                  rf"(?:{SP}ی|ش|م|ت|مون|تون|شون)?{SP1}(?:روز{SP1})?$")
_THIS_WEEK = re.compile(rf"{B0}(?:(?:این|همین){SP1}هفته|هفته{SP1}جاری){B1}")
# "از روز دوشنبه تا چهارشنبه", "یکشنبه تا چهارشنبه گذشته": one run of days
_BARE_RUN_HOURS = re.compile(rf"{B0}{WEEKDAY}{SP1}تا{SP1}{WEEKDAY}{SP1}[0-9]{{1,2}}{SP1}(?:تا|الی){SP1}[0-9]{{1,2}}(?![0-9])"
                             rf"(?!{SP}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}){B1})")
# (or asked to be remembered: "برف سنگین سه‌شنبه یادتونه؟")
_YEAR_OPENS_ON_BEFORE = re.compile(rf"{B0}سال{SP1}[0-9]{{4}}(?:{SP1}(?:میلادی|شمسی|خورشیدی|قمری|هجری{SP1}(?:شمسی|قمری)))?{SP1}(?:با|از){SP1}(?:روز{SP1})?$")
_OPENS_AFTER = re.compile(rf"{SP1}(?:آغاز|شروع){SP1}(?:می{SP}شود|می{SP}شه|میشه|شد|شده|خواهد{SP1}شد){B1}")
_THAT_PASSED_AFTER = re.compile(rf"(?={SP1}که{SP1}گذشت(?![\w\u200c])|{SP1}(?:یادته|یادتونه|یادتان{SP1}هست|یادتون{SP1}هس(?:ت)?)(?:{SP}[؟?]))")
P_WEEKDAY_RANGE = re.compile(
    # (or the first day's week: "از دوشنبه‌ی هفته‌ی بعد تا پنجشنبه")
    rf"{B0}(?:(?P<az>از){SP1})?(?:(?:روز(?:{SP}های)?|{DAYPART}){SP1})?(?P<wd1>{WEEKDAY})"
    rf"(?:(?:{SP}ی)?{SP1}هفته(?:{SP}ی)?{SP1}(?P<wk1>بعد|آینده|دیگه|دیگر|آتی|گذشته|قبل|پیش){B1})?{SP1}تا{SP1}(?:(?:روز|{DAYPART}){SP1})?(?P<wd2>{WEEKDAY}){B1}"
    rf"(?!{SP}(?:(?:ها|های|{DAY_WORD}){B1}|[0-9]))"
    # (the week spoken too: "از دوشنبه تا چهارشنبه هفته‌ی بعد")
    rf"(?:{SP1}(?:(?P<mod>گذشته|آینده|جاری|(?:پیش|قبل)(?!{SP}(?:رو|از|بینی)(?![\w]))(?!{SP1}{_WITH_WHOM})(?!\u200c[^\W\d]))|هفته(?:{SP}ی(?![\w]))?{SP1}(?P<wk>گذشته|آینده|آتی|جاری|قبل|پیش|بعد(?!{SP1}از(?![\w])))"
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
_BEGUN_AFTER = re.compile(rf"{SP1}(?:آغاز|شروع){SP1}(?:شده|گردیده){B1}")
_NUMERIC_DATE_BEFORE = re.compile(rf"(?<![0-9])[0-9]{{2,4}}/[0-9]{{1,2}}/[0-9]{{1,4}}{SP1}$")
_NOWRUZ_OF_BEFORE = re.compile(rf"{B0}(?:عید|عیدِ|نوروز|جشن{SP1}نوروز)(?:{SP}ی)?{SP1}$")
_IF_IT_GOES_BEFORE = re.compile(rf"{B0}اگه(?:{SP1}{WORD}){{1,3}}?{SP1}(?:بشه|بشن|برسه|برسن|بیاد|بیان){SP}[،,]?{SP1}$")
_OPENER_ONLY = re.compile(rf"{SP}(?:(?:پس|ولی|اما|و){SP1})?")
# a word with a spoken "is" glued on, closing its clause: "ماه بعد فصل عروسیه و ..." (after a long vowel too:
# "ماه بعد نوبت تسویه با پخش‌کننده‌هاست")
# (the copula glued with ZWNJ too: "هفته‌ی بعد افتتاحیه‌ی دیواره‌ست، ...")
_SPOKEN_IS_END = re.compile(rf"[^\W\d]{{2,}}(?:ه|(?<=ا)ست|ه\u200cست)(?=[^\S\n]*(?:[.!؟?،,؛]|$)|[^\S\n]+و{B1})", re.M)
# a unit glossed by its day after a comma: its weekday ("هفته‌ی بعد، جمعه ...") or its day and month
# ("تولد مامانم ماه بعد هست، ۱۰ آذر", "سال بعد، یعنی ۱۶ فروردین ۹۲"), or guessed at ("هفته بعد، احتمالاً
# چهارشنبه ۱۷ مرداد")
_DAY_GLOSS_AFTER = re.compile(rf"(?:{SP1}(?:هست|است))?{SP}[،,]{SP}(?:(?:یعنی|احتمالا|احتمالاً|شاید){SP1})?(?:(?:روز{SP1})?{WEEKDAY}{B1}|[0-9]{{1,2}}{SP1}(?:{JMONTH}){B1})")
_SWITCH_FROM_DAY_AFTER = re.compile(rf"{B0}از{SP1}(?:امروز|فردا|{WEEKDAY}{SP1}[0-9]{{1,2}}|[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH_ANY})){B1}")
_THOSE_UNTIL_BEFORE = re.compile(rf"{B0}که{SP1}تا{SP1}$")
_BETTER_THAN_BEFORE = re.compile(rf"{B0}هر{SP}روز{SP1}(?:[^\W\d]+{SP1})?[^\W\d]*\u200c?تر{SP1}از{SP1}$")  # "هرروز قوی‌تر از"
_PAST_PROGRESSIVE = re.compile(rf"{B0}می{SP}{PAST_FORMS}(?![\w])")
_REL_BRACKET_AFTER = re.compile(
    rf"{SP}[(]{SP}(?P<rw>امروز|امشب|دیروز|دیشب|فردا|پریروز|روز{SP1}گذشته){B1}(?P<close>{SP}[)])?")
_NEWSPAPER = re.compile(rf"{SP}[:：]")
_LINE_START_WORD = re.compile(r"(?:^|[\n.!?؟»])[^\S\n]*\w+[^\S\n]*$")
_TITLE_CLOSE_AFTER = re.compile(r"[^«»\n0-9]{1,30}»")
# a noun an ordinal day word may qualify instead ("نیمه دوم", "داور دوم", "مرحله اول")
_NOUN_OF_ORDINAL_BEFORE = re.compile(
    rf"{B0}(?:نیمه|دهه|هفته|داور|نفر|بخش|مرحله|فاز|دور|دوره|نوبت|قسط|جلسه|رتبه|مقام|گروه|بند|ماده|فصل|جلد|سری|قسمت|ترم|موج"
    rf"|پایه|کلاس|سال|طبقه|ردیف"  # ("کتاب‌های پایه نهم ماه آینده چاپ می‌شود": the ninth grade)
    rf"|خط"  # ("خط سوم ماه آینده به بهره‌برداری می‌رسد": the third pipeline)
    rf"){SP1}$")
# (or a competition's numbered week: "دیدارهای هفته اول جام حذفی ... برگزار نمی‌شود و به هفته بعد می‌رود")
# (not this week's count: "این هفته ۳ تا پشت‌بوم تو نوبته")
_THAT_DAY_OR_WEEK_NAMED = re.compile(rf"{B0}(?:(?:آن|همان|اون|همون){SP1}روز|(?<!این )(?<!همین )هفته(?:{SP}ی)?{SP1}"
                                     rf"(?:اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|نخست|[0-9]{{1,2}}(?:{SP}(?:ام|م))?(?!{SP1}تا{B1}))){B1}")
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
_BEGUN_LATER_AFTER = re.compile(rf"{WORD_AFTER}{{0,4}}?{_BEGUN_AFTER.pattern}")
_FRIDAY_PRAYER_BEFORE = re.compile(rf"{B0}(?:نماز|نمازهای|امام|ایمه|ائمه|خطیب|خطبه{SP}(?:های|ها)?|مصلای|مصلی){SP1}$")
_ITS_AFTER = re.compile(rf"{SP1}(?:آن|اش){B1}")
# an hour, a part of the day or both, told between a day and what is set for it
_AT_HOUR_OR_PART = rf"(?:{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?)?(?:{SP1}(?:صبح|عصر|ظهر|شب|بعدازظهر))?"
# an appointment's weekday, set: "نوبت بازدید لباسشویی شما دوشنبه ساعت ۱۱ ثبت شد"
_APPOINTMENT_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}$")
_SET_FOR_DAY_AFTER = re.compile(rf"{_AT_HOUR_OR_PART}"
                                rf"{SP1}(?:ثبت|رزرو|قطعی|تأیید|تایید){SP1}(?:شد|شده|کردیم|کردم|کردن){B1}")  # (or confirmed: "نوبت شما دوشنبه ساعت ۶ عصر تأیید شد")
# (or a slot "struck" for you, a booking: "شنبه ساعت ۵ عصر براتون وقت زدم")
_SET_FOR_YOU_AFTER = re.compile(rf"{_AT_HOUR_OR_PART}"
                                rf"{SP1}(?:براتون|برات|براتان|برایتان|برای{SP1}شما){SP1}(?:(?:ثبت|رزرو){SP1}(?:شد|شده|کردیم|کردم|کردن)"
                                rf"|(?:وقت|نوبت){SP1}(?:زدم|زدیم|زدن|زده{SP}ام|گذاشتم|گذاشتیم)){B1}")
# ... or given after it: "برای شما چهارشنبه ساعت ۱۰ نوبت گذاشتم" (an appointment set on it, ahead)
_SLOT_GIVEN_AFTER = re.compile(rf"{_AT_HOUR_OR_PART}"
                               rf"{SP1}(?:نوبت|وقت){SP1}(?:گذاشتم|گذاشتیم|گذاشتن|گذاشتند|گذاشته{SP}ام|گذاشتیم){B1}")
_WANTS_TO_BEFORE = re.compile(rf"{B0}(?:می{SP}خواد|میخواد|می{SP}خوان|میخوان|می{SP}خواهد|می{SP}خواهند){SP1}$")
_FORECAST_SAYS_BEFORE = re.compile(rf"{B0}(?:پیش{SP}بینی|هواشناسی)[^.!?؟\n،,؛]{{0,20}}?{SP1}(?:می{SP}گه|می{SP}گوید|گفته|گفته{SP1}است)(?:{SP1}که)?(?:{SP1}برای)?{SP1}$")
_WHEN_IT_DID_AFTER = re.compile(rf"{SP1}که(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:شد|تموم{SP1}شد|خشک{SP1}شد|رسید|اومد|آمد){SP}[،,]?(?={SP1}[^\W\d])")
# a weekday's ticket, got before it: "من بلیت پنجشنبه رو گرفته بودم ولی ... میشه پولم رو برگردونین؟"
_TICKET_OF_BEFORE = re.compile(rf"{B0}{_TICKET}{SP1}(?:روز{SP1})?$")
# (or a comma alone, spoken: "مهر ۱۴۰۲ که چاه رو زدیم ۵۵ متر آب داشت، این ماه شده ۴۸ متر")
# (or set against it: "در تیر ۱۳۹۸ تنها ۴ اسکی‌باز با او تمرین کردند، ولی این ماه ... رسیده است")
_PAST_AND_RIGHT_BEFORE = re.compile(rf"(?:{PAST_ONLY.pattern}){SP}(?:[،,]?{SP1}(?:و|ولی|اما){SP1}|[،,]{SP})$")
_PAST_THEN_PAUSE = re.compile(rf"(?:{PAST_ONLY.pattern}){SP}[،,]")
# a week named for what it marks ("هفته کتاب", "هفته ملی کودک", "هفته دفاع مقدس"), then its days
_NAMED_WEEK = re.compile(rf"{B0}هفته{SP1}(?:ملی{SP1})?(?:کتاب|کودک|دولت|وحدت|بسیج|سلامت|دفاع{SP1}مقدس|ناجا|معلم|محیط{SP1}زیست"
                         rf"|منابع{SP1}طبیعی|پژوهش|فرهنگی|تربیت{SP1}بدنی|نیروی{SP1}انتظامی|قوه{SP1}قضاییه|صرفه{SP1}جویی|ازدواج){B1}"
                         rf"(?:{SP1}[0-9]{{2,4}})?(?:{SP1}[^\W\d]+){{0,2}}{SP1}از{SP1}[0-9]")  # (its days told: not "هفته سلامت ... در این هفته", this one; "هفته کتاب ۱۳۸۶ از ...")
_DURING_BEFORE = re.compile(rf"{B0}(?:در|طی){SP1}$")
_LEAGUE_WEEK = re.compile(
    rf"{B0}هفته{SP1}(?:{DAY_WORD}|[0-9]{{1,2}}(?:{SP}ام)?){SP1}(?:لیگ|رقابت|مسابقات|جام|دور){B1}"
    rf"|(?:بازی|دیدار|مسابقه){SP}(?:ها|های)?{SP1}هفته{SP1}(?:{DAY_WORD}|[0-9]{{1,2}}(?:{SP}ام)?){B1}")
_SCHOOL_YEAR = re.compile(rf"{B0}سال{SP1}(?:تحصیلی|زراعی|آبی|مالی){B1}")
_SEMICOLON_RIGHT_BEFORE = re.compile(rf"[؛;]{SP}$")
# a month told with its year: "اردیبهشت ۱۳۱۰", "مهر ماه ۱۳۹۵", "ژوئن ۲۰۱۹"
_DATED_MONTH = re.compile(rf"{B0}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH})(?:{SP}ماه)?{SP1}(?:سال{SP1})?[0-9]{{4}}(?![0-9])")
_MONTH_NAME_GLOSS_AFTER = re.compile(rf"{SP}[،,]{SP}(?:(?:احتمالا|احتمالاً|شاید|حدودا|حدوداً|تقریبا|تقریباً|مثلا|مثلاً){SP1})?(?:(?:اوایل|اواسط|اواخر|اول|آخر|وسط){SP1})?(?:{JMONTH}|{GMONTH_ANY}){B1}")
_WHOEVER_AFTER = re.compile(rf"{SP1}هر{SP1}(?:کی|کس|کسی){B1}")
_TURN_OF_BEFORE = re.compile(rf"{B0}تحویل{SP1}$")
_THIS_UNIT = re.compile(rf"{B0}(?:این|همین){SP1}(?P<u>هفته|ماه){B1}")
_THIS_UNIT_AND_BEFORE = re.compile(rf"{B0}(?:این|همین){SP1}(?:هفته|ماه){SP1}و{SP1}$")
_PRICE_BECOME_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}شده{SP1}[0-9]")
_DATED_WEEKDAY_RIGHT_AFTER = re.compile(rf"{SP1}(?:روز{SP1})?{WEEKDAY}{SP1}[0-9]{{1,2}}{SP}(?:{JMONTH}|{GMONTH_ANY}){B1}")
_SLOT_OF_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت|جلسه|کلاس|قرار)(?:{SP}ی)?{SP1}$")
_CANCELLED_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}(?:کنسل|لغو){SP1}(?:کردم|کردیم|کردن|کردند|کردید|کردین){B1}")
_TROUBLE_SINCE_AFTER = re.compile(rf"{SP1}(?:مشکل|ایراد|اختلال|قطعی){SP1}(?:داره|داریم|دارد|دارن|دارند|دارم){B1}"
                                  # (or stuck since: "قطعه‌ش از دوشنبه تو گمرک گیر کرده")
                                  rf"|(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}(?:گیر{SP1}(?:کرده|افتاده)|معطله){B1}"
                                  # (or broken since, spoken: "کوره دوممون از سه شنبه خرابه، تعمیرکار گفته ...")
                                  # (its clause closed by "و" too: "یخچال از سه‌شنبه خراب شده و تعمیرکارا ...")
                                  rf"|{SP1}(?:خرابه|خراب{SP1}(?:است|شده)){SP}(?:[،,.؛]|و{B1})"
                                  # (or unwell since: "سگم از پنجشنبه لنگ می‌زنه", "از دوشنبه تب داره")
                                  rf"|{SP1}(?:لنگ|سرفه|عطسه|استفراغ|اسهال|خارش){SP1}(?:می{SP}زنه|می{SP}زند|می{SP}کنه|می{SP}کند|داره|دارد){B1}"
                                  rf"|{SP1}(?:تب|درد){SP1}(?:داره|دارد){B1}"
                                  # (or at it again and again since: "پکیج از چهارشنبه هی خاموش میشه"; not "همه‌ش",
                                  # all of them too: "از پنجشنبه همه‌ش هست")
                                  rf"|{SP1}هی{SP1}(?=[^\W\d])")
_TIME_LEFT_AFTER = re.compile(rf"{SP1}(?:وقت|فرصت|مهلت){SP1}(?:دارید|دارین|داری|داره|دارند|دارن){B1}")
_BY_END_OF_BEFORE = re.compile(rf"{B0}تا{SP1}(?:آخر|پایان){SP1}$")
_PART_OF_WEEK_BEFORE = re.compile(rf"{B0}(?:آخر|اواخر|اوایل|اول|وسط){SP1}$")
_DOWN_SINCE_AFTER = re.compile(rf"{SP1}(?:قطعه|قطعن|قطع{SP1}است|خرابه|خراب{SP1}است|از{SP1}کار{SP1}افتاده){SP}[،,]")
_DONE_SOON_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}ن?می{SP}?(?:شه|شود|رسه|رسد|یاد|آید|کنن|کنند|دن|دهند){B1}")
# a season right before the next year ("کمپ تابستون سال بعد"); one's own want a word or two before the next
# week or month ("می خوام برای هفته بعد ... بیارم"); "see you" after the next year ("سال بعد می‌بینمتون")
_SEASON_RIGHT_BEFORE = re.compile(rf"{B0}(?:تابستون|تابستان|زمستون|زمستان|بهار|پاییز|پائیز){SP1}$")
_I_WANT_BEFORE = re.compile(rf"{B0}(?:می{SP}?(?:خوام|خوایم|خواهم|خواهیم)){SP1}(?:[^\s\d.،,؛:!?؟]+{SP1})?$")
_SEE_YOU_AFTER = re.compile(rf"{SP1}(?:می{SP}?(?:بینمت|بینیمت|بینمتون|بینیمتون|بینمتان|بینیمتان|بینیم)|خداحافظ){B1}")
_SET_FOR_SEASON_BEFORE = re.compile(rf"{B0}(?:گذاشتیم|گذاشتم|گذاشتن|انداختیم|انداختم|انداختن|بذاریم|بندازیم)(?:{SP1}(?:برای|واسه|به))?"
                                    rf"{SP1}(?:بهار|تابستان|تابستون|پاییز|زمستان|زمستون|اول|اوایل|اواخر|آخر){SP1}$")
# (or a gathering's: "دورهمی هفته‌ی بعد خونه‌ی مهریه یا بهمن؟")
_SESSION_OF_BEFORE = re.compile(rf"{B0}(?:جلسه|کلاس|کلاسای|کلاس{SP}های|امتحان|آزمون|مسابقه|بازی|اردو|اردوی|تمرین"
                                rf"|دورهمی|مهمونی|مهمانی)(?:{SP}ی)?{SP1}$")
_EVERY_WEEK_BEFORE = re.compile(rf"{B0}هر{SP1}هفته{SP1}$")
# "آگهی‌های شماره جمعه هر هفته تا ساعت ۱۴ روز پنجشنبه پذیرفته می‌شود": each week's deadline
_EVERY_WEEK_UNTIL_BEFORE = re.compile(rf"{B0}هر{SP1}هفته{SP1}تا{SP1}(?:ساعت{SP1}[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?{SP1})?(?:روز{SP1})?$")
# the weekday in the plural: "ساعت ۶ صبح جمعه‌هاست" (every Friday's)
_WEEKDAYS_PLURAL_AFTER = re.compile(rf"{SP}(?:ها|هاست|های|هایی)(?![\w])")
# the parts of days in the plural, spoken too: "صبحای شنبه", "شب‌های جمعه", "روزای دوشنبه" (habits)
# ("روزهای" has its own reading: "روزهای سه‌شنبه و چهارشنبه" told in the past are two days)
_PARTS_PLURAL_BEFORE = re.compile(rf"{B0}(?:(?:صبح|شب|عصر|ظهر|غروب)(?:{SP}?های|ای)|روزای){SP1}$")
_PHOTOS_OF_BEFORE = re.compile(rf"{B0}(?:عکس|فیلم|ویدیو|ویدئو|کلیپ)(?:{SP}?(?:های|ها)|ای|ا)?(?:{SP}ی)?{SP1}$")
# (or after it: "جمعه شبا صدای تلویزیونو کم کن", "شنبه صبح‌ها")
_PARTS_PLURAL_AFTER = re.compile(rf"{SP1}(?:صبح|شب|عصر|ظهر|غروب)(?:{SP}?(?:ها|های)|ا|ای)(?![\w\u200c])")
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
_ORDINAL_BEFORE = re.compile(rf"{_ORDINALS}$")
_HAVE_ASKED = re.compile(rf"{B0}(?:دارید|دارین|داری){B1}")
_WHEN_IT_IS_SHALL_I_AFTER = re.compile(rf"{SP1}که{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,3}}(?:شد|شدن|اومد|رسید){SP}[،,]?{SP1}"
                                       rf"(?:بیام|بیایم|بیاییم|بیایم|برم|بریم|بیارم|بیاریم|بزنم|بزنیم|شروع{SP1}کنیم|شروع{SP1}کنم)"
                                       rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP}[؟?]")
_TIME_ASKED_AFTER = re.compile(rf"{SP1}(?:وقت|جا|نوبت|فرصت){SP1}(?:دارید|دارین|داری){B1}")


def _have_asked_at_end(f: str, start: int, stop: int) -> bool:
    """Whether what the other side has is asked before ``stop``, at its clause's end ("هفته ی بعد ترک
    برفی دارید؟")."""
    have = _HAVE_ASKED.search(f, start, stop)
    return bool(have and _ASKED_RIGHT_AFTER.match(f, have.end()))
_CLAUSE_OPENS_LOOSE_BEFORE = re.compile(rf"(?:^|[.،,؛:!?؟\n])\s*(?:(?:پس|ولی|اما|و){SP1})?(?:تا{SP1})?(?:(?:آخر|اول|اوایل|اواخر|وسط){SP1})?$"
                                        # (or "تا" opening it, "...، تا ماه بعد وقت دارین؟", or after the object, in a
                                        # clause of its own: "کتاب رو تا هفته بعد دارید؟")
                                        rf"|(?:^|[.،,؛:!?؟\n])[^.،,؛:!?؟\n]{{0,40}}{B0}(?:رو|را){SP1}تا{SP1}$")
_OBJECT_OPENS_BEFORE = re.compile(rf"[.،,؛:!?؟\n][^.،,؛:!?؟\n]{{0,30}}{B0}(?:رو|را){SP1}$")
_SAME_MONTH_OF = re.compile(rf"{B0}ماه{SP1}مشابه{SP1}سال{B1}")
_WEEK_AFTER_TAIL = rf"{SP1}هفته(?:{SP}ی)?{SP1}(?:بعد|آینده|دیگه){B1}"  # a weekday's week told after it: "دوشنبه هفته‌ی بعد"
# (also moved by us, spoken, and to a weekday of the week after: "اجرا رو از چهارشنبه بردیم دوشنبه هفته‌ی بعد",
# "برپایی یورت رو از پنجشنبه افتادیم به جمعه")
_MOVED_TO_WEEKDAY_AFTER = re.compile(rf"(?:{SP1}(?:شما|من|ما|ایشون|ایشان))?(?:{SP1}(?:باشه|باشد))?{SP1}"
                                     rf"(?:افتاد|رفت|افتاده|افتادیم|بردیم|بردم|انداختیم|انداختم){SP1}(?:(?:به|برای){SP1})?(?:روز{SP1})?(?P<wd2>{WEEKDAY}){B1}"
                                     rf"(?P<nextw2>{_WEEK_AFTER_TAIL})?")
_MONEY_OF_RIGHT_BEFORE = re.compile(rf"{B0}پول(?:{SP}ی)?{SP1}$")
_SPOKEN_GIVE_OR_SEND = re.compile(rf"{B0}(?:می|نمی){SP}?(?:دیم|دم|ذاریم|ذارم|فرستیم|فرستم|گیریم|گیرم|دن|ده){B1}")
_DAYS_TAKEN_MEANS_BEFORE = re.compile(rf"{B0}(?:[0-9]{{1,2}}|یه|یک|دو|سه|چهار|پنج|شش|هفت|ده){SP1}روز(?:{SP1}کاری)?"
                                      rf"(?:ه|{SP1}(?:است|هست|طول{SP1}می{SP}کشه|دیگه|دیگر|وقت{SP1}می{SP}بره))?{SP}[،,]?{SP}یعنی{SP1}$")
# (or the day's thing made an object, moved, spoken: "جلسه‌ی پنجشنبه رو بردیم شنبه ۳۰ بهمن", "پرو شنبه رو جابجا
# کردم به یکشنبه")
_MOVED_OBJECT_TO_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}(?:بردیم|بردن|بردند|انداختیم|انداختن|انداختند"
                                    rf"|(?:جابجا|جابه{SP}جا|منتقل){SP1}(?:کردم|کردیم|کردن|کردند))"
                                    rf"{SP1}(?:به{SP1})?(?:روز{SP1})?(?P<wd3>{WEEKDAY}){B1}")
# ... or to a day of a month: "نوبتتون از چهارشنبه افتاد به ۱۰ مهر"
_MOVED_TO_DAY_AFTER = re.compile(rf"{SP1}(?:افتاد|رفت|افتاده|منتقل{SP1}شد|جابجا{SP1}شد|جابه{SP}جا{SP1}شد){SP1}(?:به{SP1})?"
                                 rf"(?P<d>[0-9]{{1,2}}){SP1}(?P<mon>{JMONTH}){B1}")
# an appointment's verb of moving, of any tense
_MOVED_ON_VERB = re.compile(rf"{B0}(?:منتقل|موکول|تغییر){SP1}(?:شد|شده|کردیم|کردن|کردند|می{SP}شه|میشه|می{SP}شود){B1}")
# (or the verb first, spoken: "مراسم رو از جمعه انداختن به یکشنبه")
_MOVED_FROM_TO_AFTER = re.compile(rf"{SP1}به{SP1}(?:روز{SP1})?(?P<wd2>{WEEKDAY}){B1}[^.،,؛!?؟\n]{{0,30}}?{SP1}{_MOVED_ON_VERB.pattern}"
                                  # (or asked for: "می شه نوبت ... رو از پنجشنبه ببرید به شنبه؟")
                                  rf"|{SP1}(?:انداختن|انداختند|انداختیم|انداختم|بردن|بردند|بردیم|بردم|ببرید|ببرین|بندازید|بندازین|بذارید|بذارین"
                                  rf"|(?:جابه{SP}جا|جابجا|منتقل){SP1}(?:شد|شده|کردیم|کردن|کردند))"
                                  # (spoken, "به" left out: "نوبتت رو از شنبه بردم دوشنبه ساعت ۶")
                                  rf"{SP1}(?:به{SP1})?(?:روز{SP1})?(?P<wd3>{WEEKDAY}){B1}(?P<nextw3>{_WEEK_AFTER_TAIL})?")
# ... the day it went to: "... از پنجشنبه به شنبه ساعت ۵ عصر منتقل شد"
_MOVED_FROM_WD_BEFORE = re.compile(rf"{B0}از{SP1}(?:روز{SP1})?{WEEKDAY}{SP1}به{SP1}(?:روز{SP1})?$")
_MOVED_LATER = re.compile(rf"{B0}(?:رفت|افتاد|افتاده|موکول|منتقل|تعویق|عقب{SP1}افتاد){B1}")
_PLURAL_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY}{SP}ها(?:ی)?{SP1}$")
# (or "let it be for": "اسباب‌کشی باشه برای سال بعد")
_LEAVE_FOR_BEFORE = re.compile(rf"{B0}(?:بذار|بگذار|بذارید|بگذارید|بذارین|بذاریم|بگذاریم|موند|ماند|بمونه|بماند|می{SP}مونه|باشه|باشد"
                               rf"|می{SP}(?:ذارید|ذارین|ذاریم|ذارم|ذاره|ذارن))"
                               rf"(?:{SP1}[^\s\d.،,]+)?{SP1}(?:برای|واسه)(?:{SP}ی)?{SP1}$")  # (also "عمل آقاجون موند برای هفته‌ی بعد", spoken "بمونه واسه ماه بعد")
_AT_CLOCK_RIGHT_BEFORE = re.compile(rf"{B0}ساعت{SP1}[0-9]{{1,2}}(?:[:٫.][0-9]{{2}})?{SP1}$")
# (or bidden to wait for it, spoken, "برای" left out: "انتقالش به تو بمونه سال بعد")
_WAIT_FOR_RIGHT_BEFORE = re.compile(rf"{B0}(?:بمونه|بمونن|بماند|بمانند){SP1}$")
_BOOKED_GIVEN_AFTER = re.compile(rf"{SP1}(?:(?:نوبت|وقت){SP1}(?:داده|داد|دادن|دادند|گرفتم|گرفتیم|گرفته|گرفتن)"
                                 rf"|(?:رزرو|ثبت){SP1}(?:کردم|کردیم|کرده|کردن|کردند|شده|شد)){B1}")  # ("استودیو رو برای هفته ی بعد رزرو کردم", "رزروتون برای ماه بعد ثبت شد")
_IN_HISTORY_AFTER = re.compile(rf"{SP1}در{SP1}تاریخ{SP}:")


def _moved_to(moved: re.Match) -> int:
    """The weekday a day was moved to, by ``_MOVED_TO_WEEKDAY_AFTER``, ``_MOVED_OBJECT_TO_AFTER`` or either form of
    ``_MOVED_FROM_TO_AFTER``."""
    return weekday_number(moved.groupdict().get("wd2") or moved.groupdict().get("wd3"))


_YALDA_AFTER = re.compile(rf"(?:{SP1}شب)?{SP1}یلدا{B1}")


def _yalda_on(ref: dt.date, weekday: int) -> convert.Interval:
    """The Yalda (30 Azar) nearest ``ref`` when it falls on ``weekday``, else the next such weekday."""
    y = convert.to_jalali(ref).year
    yalda = min((convert.jalali(y + k, 9, 30) for k in (-1, 0, 1)), key=lambda iv: abs((iv.start - ref).days))
    return yalda if convert.persian_weekday(yalda.start) == weekday else relative.weekday(ref, weekday, True)


def _relative_cands(f: str) -> list[Cand]:
    """Every relative reader, in order: a later one reads what the ones before it appended to ``out``
    (a weekday, the same weekday named before it in its sentence)."""
    out: list[Cand] = []
    ends = [e.start() for e in SENTENCE_END.finditer(f)] + [len(f)]
    idioms = [(i.start(), i.end()) for i in _TODAY_TOMORROW_IDIOM.finditer(f)]
    idioms += [(i.start(), i.end()) for i in (_SOME_DAY_IDIOM.finditer(f) if "روزی" in f or "دیده" in f else ())]
    # a programme's title in guillemets: "« عصر امروز ، یکشنبه‌ها »"
    idioms += [(i.start(), i.end()) for i in _PROGRAMME_TITLE.finditer(f)]
    generic_at: list[int] = []  # where a bare "امروز" meant "these days" (the last one is read)
    _day_word_cands(f, out, ends, generic_at, idioms)
    _next_unit_cands(f, out, ends)
    for m in P_WEEK_THEN_WEEKDAY.finditer(f) if "هفته" in f else ():
        # "تجمع رو گذاشتن هفته‌ی دیگه یکشنبه": that weekday of that week, one mention
        rel = (lambda ref, t=weekday_number(m.group("wd")), ws=relative.step(m.group("wk")) if m.group("wk") else 0:
               relative.weekday(ref, t, False, ws))
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
        # (before publication's day: "سه‌شنبه‌ای که گذشت" said on a Tuesday is a week back)
        out.append(Cand(m.start("wd"), m.end() if "که" in m.group(0) else m.end("wd"), "relative", needs_ref=True, priority=1,
                         rel=lambda ref, t=weekday_number(m.group("wd")): _weekday_before(ref, t)))
    for m in P_TOMORROWS.finditer(f) if "فردای" in f else ():
        out.append(Cand(m.start("w"), m.end("w"), "relative", rel=lambda ref: relative.shift_days(ref, 1), needs_ref=True))
    _unit_cands(f, out)
    _day_this_month_cands(f, out)
    _day_next_month_cands(f, out)
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
        if (_YEAR_BEGUN_BEFORE.search(f, max(0, m.start() - 8), m.start()) or _BEGUN_AS_OBJECT_AFTER.match(f, m.end())) \
                and _JALALI_YEAR_NAMED.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            # "در نخستین روز سال ۱۳۹۵، ... سال جدید را آغاز کردند", "پس از شروع سال جدید ... سال ۹۵ را ...": the
            # new year's start, the year named by its number too (not "در سال جدید، ... سال 90 سال پایه ...")
            continue
        if (_OF_THING_BEFORE.search(f, max(0, m.start() - 30), m.start())
                # (or in it, after "the first", its day right after: "نخستین تمرین ملی‌پوشان در سال جدید پنجشنبه ۱۰
                # فروردین ۱۳۹۶"; not "نخستین نوزاد باغ‌وحش در سال جدید، یک بچه‌گوزن ...")
                or _FIRST_IN_BEFORE.search(f, max(0, m.start() - 50), m.start()) and _DAY_RIGHT_AFTER.match(f, m.end())) \
                and _DAY_MONTH_WRITTEN.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            # "نخستین مسابقه سال جدید ... ۲۰ فروردین ۱۳۸۹ در قطر است", "کلاسای سال جدید از ۱۵ فروردین
            # شروع می‌شه": the new year's first thing, its day written; the year names no time of its own
            continue
        if _FIRST_IN_BEFORE.search(f, max(0, m.start() - 50), m.start()) and _HELD_RIGHT_AFTER.match(f, m.end()):
            # "فردا نخستین تمرین تیم ملی اسکیت در سال جدید برگزار می‌شود", "نخستین تمرین تیم در سال جدید
            # برگزار شد و مسابقات انتخابی ۲۷ فروردین خواهد بود": the first of its kind this year, held; the
            # year says which is first, not when, day written or not
            continue
        out.append(Cand(m.start(), m.end(), "relative", rel=relative.new_year, needs_ref=True))
    for m in P_NEWYEAR_G.finditer(f) if "میلادی" in f else ():
        # a time within the year ("در اوایل سال جدید میلادی"), not its eve or its coming, which name
        # the holiday ("در آستانه سال نو میلادی", "با آغاز سال نو میلادی", "به مناسبت آغاز ...":
        # dates_written12, 19, 25, 28, 76)
        if _WITHIN_YEAR_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            out.append(Cand(m.start(), m.end(), "relative", "gregorian", needs_ref=True, rel=relative.new_gregorian_year))
    _counted_cands(f, out)
    weekday_runs = list(P_WEEKDAY_RANGE.finditer(f))
    # (and a bare run, with no "از" nor week: "ما فقط شنبه تا پنجشنبه سرویس داریم", the days of every
    # week, as the gold reads each such run, with or without its hours)
    hours = [(h.start(), h.end()) for h in weekday_runs
             if _weekly_hours(f, h) or not (h.group("az") or h.group("mod") or h.group("wk") or h.group("wk1") or h.group("wk0"))]
    # (so a bare run with its hours bare too, which P_WEEKDAY_RANGE leaves for a date: "شنبه تا چهارشنبه ۸ تا ۴ جواب می‌دیم")
    hours += [(h.start(), h.end()) for h in _BARE_RUN_HOURS.finditer(f) if not AZ_BEFORE.search(f, max(0, h.start() - 4), h.start())]
    _weekday_cands(f, out, ends, hours)
    for m in weekday_runs:
        if _weekly(f, m.start(), ends):
            continue
        mod, wk = m.group("mod"), m.group("wk") or m.group("wk1")
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
            # (or a seller's offer with no verb, nothing past: "فروشنده: از دوشنبه تا چهارشنبه هندونه کیلویی ۱۵ هزار با تخفیف")
            offer = bool(_ON_OFFER.search(f, m.end(), cstop)) and not has_verb(f, m.end(), cstop) \
                and not PAST_ONLY.search(f, m.end(), cstop)
            side = 1 if (future_first(f, m.end(), tstop) or state or wish or _BOOKED_STAY.search(f, m.end(), tstop)
                         or _PLANNED_BEFORE.search(f, max(0, m.start() - 20), m.start()) or ahead_before or have or offer) else -1
        out.append(Cand(m.start(), m.end(), "range", rel=lambda ref, t1=t1, t2=t2, side=side, wk=bool(wk) or side == 0:
                         relative.weekday_run(ref, t1, t2, side, wk), needs_ref=True, priority=1))
    for m in P_DAYWORD_TO_WEEKDAY.finditer(f):
        n, t = relative.DAY_WORDS[re.sub(r"[\s\u200c]+", "", m.group("rw"))], weekday_number(m.group("wd"))
        az = AZ_BEFORE.search(f, max(0, m.start() - 5), m.start())
        if not az and _DONE_SOON_AFTER.match(f, m.end()):
            continue  # "سفارش امروز تا شنبه می‌رسه": today's order, there by Saturday; no run
        out.append(Cand(az.start() if az else m.start(), m.end(), "range", needs_ref=True, priority=1,
                         rel=lambda ref, n=n, t=t, nxt=bool(m.group("next")): relative.day_to_weekday(ref, n, t, nxt)))
    for m in P_WEEKDAY_TO_DAYWORD.finditer(f):
        n, t = relative.DAY_WORDS[m.group("rw")], weekday_number(m.group("wd"))
        out.append(Cand(m.start(), m.end(), "range", needs_ref=True, priority=1,
                         rel=lambda ref, n=n, t=t, last=bool(m.group("lastwk")): relative.weekday_to_day(ref, t, n, last)))
    _eve_cands(f, out, ends)
    for m in P_THIS_WEEKDAY.finditer(f) if "این" in f or "همین" in f else ():
        # "این پنجشنبه میریم لواسون", "نه این جمعه! این جمعه فقط حنابندونه": the coming one (that
        # day itself on it), or, told in the past, the last one ("این دوشنبه رفتیم")
        if _PLURAL_AFTER.match(f, m.end()) or _THIS_WEEKDAY_NOT_AFTER.match(f, m.end()):
            continue
        t = weekday_number(m.group("wd"))
        tstop = tense_stop(f, m.end(), _stop_after(ends, m.end()))
        # (its own clause only: "این پنجشنبه ختم پسرخاله‌ته، ساعت ۳ تا ۵؛ اون ۱۳۴۰ به دنیا اومده بود")
        if (semi := f.find("؛", m.end(), tstop)) >= 0:
            tstop = semi
        p = PAST_ONLY.search(f, m.end(), tstop)
        # (a state told first is now and ahead: "من این چهارشنبه نیستم، کلاس دارم؛ ... عوض کردیم")
        # (nor what was called off on it, which had not come yet: "این جمعه به خاطر بارون کنسل شد")
        past = bool(p) and not future_first(f, m.end(), tstop) \
            and not (_PERSONAL_STATE.search(f, m.end(), p.start()) or HAVE_PRESENT.search(f, m.end(), p.start())) \
            and not CALLED_OFF_AFTER.match(f, m.end())
        out.append(Cand(m.start(), m.end(), "relative", needs_ref=True, priority=1, rel=lambda ref, t=t, past=past: (
            relative.weekday(ref, t, False) if past or convert.persian_weekday(ref) == t else relative.weekday(ref, t, True))))
    return out


def _day_word_cands(f: str, out: list[Cand], ends: list[int], generic_at: list[int],
                    idioms: list[tuple[int, int]]) -> None:
    """Day words: "امروز", "فردا", "دیروز", "پس‌فردا", "روز گذشته" and their kin."""
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
                             and _PAST_PROGRESSIVE.search(f, m.end(), min(len(f), m.end() + 40))) \
                and not _SWITCH_FROM_DAY_AFTER.search(f, m.end(), sentence_end(f, m.end())):
            # "کسانی که تا دیروز ...", "تا دیروز تلاش می‌کردند": until lately, an idiom (not with the day of the
            # switch told after: "... که تا دیروز حضوری هم ممکن بود، از شنبه ۲۷ دی فقط اینترنتی")
            continue
        if w == "دیروز" and _BETTER_THAN_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            continue  # "هر روز بهتر از دیروز": every day against the one before, a motto
        if w == "فردا" and (_PERIODICAL_BEFORE.search(f, max(0, m.start() - 60), m.start())
                            and not _FROM_OR_UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                            # (not with a part of the day or a clock after it: "رادیو جوان فردا شب ساعت ۲۲ ... پخش
                            # می‌کند", "رادیو تهران فردا ساعت ۱۰ صبح میزگردی ... برگزار می کند")
                            and not _PART_OR_CLOCK_AFTER.match(f, m.end("w"))
                            or _GENERATION_BEFORE.search(f, max(0, m.start() - 8), m.start())
                            or _DONT_SAY_AFTER.match(f, m.end())):
            continue  # "مجله توقیف شده ایران فردا": a magazine's name; "نسل فردا"; "فردا نگی ..."
        if w in ("امروز", "فردا") and not m.group("p1") and _NEWSPAPER.match(f, m.end()) and m.start() > 0 \
                and f[m.start() - 1] in " \u200c" and _LINE_START_WORD.search(f, max(0, m.start() - 20), m.start()):
            continue  # "آرمان امروز : ..."، "وطن امروز:": a newspaper's name in a press review
        if w in ("امروز", "فردا") and not (m.group("p1") or m.group("p2")) and _PAPER_NAMED_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                and not _REPORTS_AFTER.search(f, m.end(), min(len(f), m.end() + 40)):
            # "روزنامه باختر امروز که صبح ۲۸ مرداد ۱۳۳۲ ...": a paper's name (not what a paper reports this day:
            # "روزنامه القبس امروز به نقل از ...")
            continue
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


def _next_unit_cands(f: str, out: list[Cand], ends: list[int]) -> None:
    """The next week, month or year: "هفته‌ی بعد", "ماه بعد", "سال بعد"."""
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
        # "... تا آخر اسفند قبوله، از سال بعد فقط الکترونیکی": from the next year on, set against this one's end
        after_year_end = unit == "سال" and bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                and _UNTIL_YEAR_END.search(f, ss, m.start()))
        put_off = bool(_PUT_OFF_TO_BEFORE.search(f, max(0, m.start() - 14), m.start()))
        # ("... ۲۶ اسفند بار می‌زنیم؛ پسته و بادوم با هم، خرما هم هفته‌ی بعد.": the last of things told
        # in the present, its verb left out)
        put_off = put_off or unit != "سال" and bool(_ALSO_RIGHT_BEFORE.search(f, max(0, m.start() - 5), m.start())
                                                    and _CLAUSE_CLOSES_AFTER.match(f, m.end())
                                                    and PRESENT_ACT.search(f, ss, m.start()) and not PAST_ONLY.search(f, ss, m.start()))
        # ("نوبت‌های ۱۵ تا ۲۰ دی منتقل شد به هفته بعد": moved to it)
        put_off = put_off or bool(_MOVED_VERB_TO_BEFORE.search(f, max(0, m.start() - 30), m.start()))
        for_day = bool(_FOR_DAY_BEFORE.search(f, max(0, m.start() - 8), m.start()))
        # "کتاب رو تا هفته بعد دارید؟": asked whether one has a thing by then
        # (or whether one has the time by then: "تا ماه بعد وقت دارین؟")
        has_by_asked = bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                            and (_HAVE_ASKED.match(f, m.end() + 1) or _TIME_ASKED_AFTER.match(f, m.end())))
        # "... عروسی دخترمه، فرش باید هفته‌ی بعد برسه": a must told right before it in its clause, no past
        # about it, counts from publication
        cend = _clause_end(f, m.end())
        # "باقیش رو ماه بعد حساب کنین": bidden to be done then, in its own clause
        bidden_then = bool(_BIDDING.search(f, m.end(), cend)) and not PAST_ONLY.search(f, m.end(), cend)
        # "قرارداد ... که ۱۳۸۹/۰۴/۳۱ تموم می‌شه برای ماه بعد تمدید شد": extended for it
        extended = unit != "سال" and for_day and bool(EXTENDED_AFTER.match(f, m.end()))
        must_before = unit != "سال" and bool(
            (must := MUST_WORD.search(f, max(_clause_start(f, m.start()), m.start() - 30), m.start()))
            and not PAST_ONLY.search(f, must.end(), m.start()) and not PAST_ONLY.search(f, m.end(), cend)
            and not HABIT.search(f, ss, m.start()))
        # (or right after it: "... ۳ ژانویه راه افتاده، هفته بعد باید برسه")
        must_before = must_before or unit != "سال" and bool(
            _MUST_RIGHT_AFTER.match(f, m.end()) and not PAST_ONLY.search(f, m.end(), cend) and not HABIT.search(f, ss, m.start()))
        if unit == "ماه" and _PER_MONTH_RATE.search(f, ss, m.start()) and TO_BEFORE.search(f, max(0, m.start() - 4), m.start()):
            continue  # "هر خودرو در ماه حداکثر ۶۰ لیتر ... و مازاد به ماه بعد منتقل می‌شود": any month's next, a rule's
        if unit == "هفته" and _THAT_DAY_OR_WEEK_NAMED.search(f, ss, m.start()):
            continue  # "نوبت‌های آن روز به هفته بعد منتقل می‌شود": the week after the day named, not publication's
        # the next year after a yearless month's clause, told ahead in a clause of its own ("کیفی که اردیبهشت
        # آوردید، سال بعد هم اگه خراب شد مجانی درستش می‌کنیم"): the month is this year's, so is its next
        # (not a habit's: "سال مالی از اول تیر هر سال آغاز و به پایان خرداد سال بعد ختم می‌شود")
        months_before = list(_MONTH_NAME.finditer(f, ss, m.start())) if unit == "سال" else []
        next_after_month = bool(months_before) and not _year_named(f, ss, m.start()) \
            and CLAUSE_END.search(f, months_before[-1].end(), m.start()) is not None and not HABIT.search(f, ss, m.start()) \
            and FUTURE.search(f, m.end(), sentence_end(f, m.end())) is not None
        # (but a week or month told ahead counts from publication: "تست ... روز یکشنبه ۵ مرداد ۱۳۹۳ انجام
        # شد و نتایجش هفته‌ی بعد اعلام می‌شه")
        # the next year opening a clause after a comma, told ahead in its own spoken future
        co = _clause_open(f, m.start())
        year_after_pause = unit == "سال" and co > ss and _OPENER_ONLY.fullmatch(f, co, m.start()) is not None \
            and PAST_ONLY.search(f, ss, co) is not None \
            and future_first(f, m.end(), cend) and not PAST_ONLY.search(f, m.end(), cend) and not HABIT.search(f, m.end(), cend)
        if (_year_named(f, _clause_start(f, m.start()), m.start()) or _month_named_before(f, m.start())) \
                and not (told_ahead or must_before or unit != "سال" and put_off or year_after_pause
                         # ("... ۳۱ خرداد میایم، قسط دوم بمونه برای ماه بعد": what is left for the next
                         # week or month counts from publication)
                         or unit != "سال" and for_day and _LEAVE_FOR_BEFORE.search(f, max(ss, m.start() - 20), m.start())
                         # (the next year too, after a yearless day: "اگه تا ۲۷ اسفند ... نبرید، می‌مونه برای سال بعد")
                         or unit == "سال" and for_day and _LEAVE_FOR_BEFORE.search(f, max(ss, m.start() - 20), m.start())
                         and not _year_named(f, _clause_start(f, m.start()), m.start())
                         or FALLS_ON_BEFORE.search(f, max(0, m.start() - 14), m.start())  # ("... وگرنه می‌افته به سال بعد")
                         or _SET_FOR_SEASON_BEFORE.search(f, max(0, m.start() - 30), m.start())  # ("گذاشتیم بهار سال بعد")
                         # ("... از ۲۸ دسامبر نایاب شده، قول دادن هفته‌ی بعد ۲۰۰ شیشه بفرستن": promised for it)
                         or unit != "سال" and _PROMISED_BEFORE.search(f, max(ss, m.start() - 30), m.start())
                         or extended
                         # ("... ۱۸ شهریور رزرو شد، باقیش رو ماه بعد حساب کنین": bidden for it)
                         or unit != "سال" and bidden_then
                         # ("... سه‌شنبه ۹ دی میارم، اگه ماه بعد عقد دارید زودتر بگید": a condition of one's
                         # own plans, from publication)
                         or unit != "سال" and _IF_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start())
                         and not PAST_ONLY.search(f, m.end(), cend)
                         # ("... تا ۲۰ اسفند تحویل بدیم، پس این هفته و هفته‌ی بعد کارگاه تا ساعت ۲۰ بازه": paired with this one)
                         or unit != "سال" and _THIS_UNIT_AND_BEFORE.search(f, max(0, m.start() - 16), m.start())
                         # ("نوبت ۲۰ دی رو برداشتم؛ برای هفته‌ی بعد ۲ تا وقت دیگه داریم": what one has for it, a
                         # clause after the day's)
                         or unit != "سال" and for_day and CLAUSE_END.search(f, ss, m.start()) is not None
                         and HAVE_PRESENT.search(f, m.end(), tstop) and not PAST_ONLY.search(f, m.end(), tstop)
                         or _DAY_GLOSS_AFTER.match(f, m.end())  # ("... و سال بعد، یعنی ۱۶ فروردین ۹۲، برمی‌گردم")
                         or MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start())  # ("۲۰ آذر، یعنی هفته‌ی بعد")
                         # ("این هفته به خاطر ماه رمضون ... باز هستیم، از هفته‌ی بعد دوباره تا ۹ شب": a month
                         # named with no day or year, the paper's own; from the next week on)
                         or unit != "سال" and AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                         and not _year_named(f, _clause_start(f, m.start()), m.start())
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
                         # (or ready in it, a thing of a year named: "تقویم‌های ۲۰۲۴ ... هفته‌ی بعد حاضره"; the past
                         # of a clause before its own no matter: "عکس ... سال ۱۳۴۲ ... اسکن کردیم، نسخه‌ی چاپی هفته‌ی بعد حاضره")
                         or unit != "سال" and _READY_AFTER.match(f, m.end()) and not PAST_ONLY.search(f, _clause_open(f, m.start()), tstop)
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
                              or has_by_asked
                              # (or has in it: "سال ۱۴۰۰ تا حالا ... خوب نبوده، ولی ماه بعد ۳ تا پروژه‌ی بزرگ داریم")
                              or HAVE_PRESENT.search(f, m.end(), tstop))
                         and not PAST_ONLY.search(f, ss, tstop)
                         # (or after its spoken object, in a clause of one's own present after a pause, whatever
                         # past came before it: "مس‌ها رو ۱۲ دی وزن کردیم ...، پولش رو هفته‌ی بعد می‌ریزم")
                         or unit != "سال" and (ob := _OBJECT_OPENS_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                         and _present_own(f, m.end(), tstop) and not PAST_ONLY.search(f, ob.start(), tstop)
                         # (or "this time", set against the dated past one: "آذر ۱۴۰۰ با شما رفتیم، این دفعه
                         # می‌خوایم ماه بعد بیایم")
                         or THIS_TIME.search(f, _clause_start(f, m.start()), m.start()) and not PAST_ONLY.search(f, m.end(), tstop)
                         # (or opening a clause after the day's that says, spoken, what it is then, nothing told as past:
                         # "بار ۲۹ دسامبر تخلیه می‌شه، پس هفته بعد دستته")
                         or unit != "سال" and _OPENER_ONLY.fullmatch(f, _clause_open(f, m.start()), m.start())
                         and CLAUSE_END.search(f, ss, m.start()) is not None and _SPOKEN_IS_END.search(f, m.end(), cend)
                         and not has_verb(f, m.end(), cend) and not PAST_ONLY.search(f, ss, cend)
                         # (or after a spoken condition in a clause after the dated one's, whatever that told:
                         # "... ۱۸ آذر رسید گمرک، اگه ترخیص بشه هفته بعد دستتونه")
                         or unit != "سال" and (cond := _IF_IT_GOES_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                         and CLAUSE_END.search(f, ss, cond.start()) is not None and _SPOKEN_IS_END.search(f, m.end(), cend)
                         and not has_verb(f, m.end(), cend) and not PAST_ONLY.search(f, cond.start(), cend)
                         # (or barred or lacking until it, from now: "بستنی ... ۱۵ تیر تموم شد و تا هفته‌ی بعد نداریم")
                         or unit != "سال" and UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                         and _BARRED_UNTIL_AFTER.match(f, m.end()) and not PAST_ONLY.search(f, m.end(), tstop)
                         # (or a deadline by its end, no past after: "چک ۱۵ مهر برگشت خورد، تا آخر هفته‌ی بعد وقت داری")
                         or unit == "هفته" and _BY_END_OF_BEFORE.search(f, max(0, m.start() - 12), m.start())
                         and not PAST_ONLY.search(f, m.end(), tstop)
                         # (or from the next year on, set against this one's end, nothing past)
                         or after_year_end and not PAST_ONLY.search(f, m.end(), tstop)
                         or next_after_month):
            continue  # "در ۱۳۹۰ ... سال بعد": the year after that one
        # also what falls on or is put off to it ("جلسه افتاد هفته‌ی بعد", "موکول به هفته بعد"), and
        # what one is told to leave for it ("بذار برای هفته‌ی بعد"), has set for it ("گذاشتیم برای
        # هفته‌ی بعد") or has booked for it ("برای هفته‌ی بعد نوبت داده")
        put = bool(FALLS_ON_BEFORE.search(f, max(0, m.start() - 14), m.start()) or put_off
                   # ("اولین نوبت خالی رو برای هفته‌ی بعد داریم": what one has for it)
                   or for_day and _HAVE_RIGHT_AFTER.match(f, m.end())
                   or unit != "سال" and _SET_FOR_BEFORE.search(f, max(0, m.start() - 18), m.start())
                   or for_day and (_LEAVE_FOR_BEFORE.search(f, max(ss, m.start() - 20), m.start())
                                   or _BOOKED_GIVEN_AFTER.match(f, m.end()))
                   or _WAIT_FOR_RIGHT_BEFORE.search(f, max(ss, m.start() - 8), m.start()))
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
        # ... or the next year's feast, asked or told in the present, nothing past after it ("برای عید سال بعد هم
        # کارت هدیه میدین؟")
        put = put or unit == "سال" and bool(_NOWRUZ_OF_BEFORE.search(f, max(0, m.start() - 10), m.start())) \
            and not PAST_ONLY.search(f, m.end(), cend) and not HABIT.search(f, ss, cend)
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
                          or _CLOSED_SPOKEN.search(f, m.end(), pcut)  # ("هفته‌ی بعد ... دو روز تعطیلیم")
                          or _have_asked_at_end(f, m.end(), pcut))  # ("هفته ی بعد ترک برفی دارید؟")
                 or bool(_BIDDING.search(f, m.end(), pcut))
                 # (or any present of one's own: "بلیت واسه هفته‌ی بعد به بندرعباس می‌خوام")
                 or _present_own(f, m.end(), pcut)))
        put = put or must_before
        # (or what was set for it, said now: "ما فکر کردیم برای هفته‌ی بعد گذاشتین")
        put = put or for_day and bool(_SET_FOR_IT_AFTER.match(f, m.end()))
        # (or what we ask to do in it, the question closing the clause: "هفته‌ی بعد کلاس رو دو جلسه کنیم؟")
        put = put or bool(_LET_US_ASKED.search(f, m.end(), min(len(f), _clause_end(f, m.end()) + 2)))
        # (or the answer to "when?", after the speaker's colon: "کیبورد لپ‌تاپم کی میاد؟ تعمیرکار: هفته بعد، ولی ...")
        put = put or unit != "سال" and _answers_when(f, m.start())
        # "این هفته ... ۲۰ درصد تخفیف دارن، هفته‌ی بعد دیگه نه": set against this week or month, in a clause
        # after it, nothing past in the sentence
        put = put or unit != "سال" and bool((this := _THIS_UNIT.search(f, ss, m.start())) and this.group("u") == unit
                                            and CLAUSE_END.search(f, this.end(), m.start())
                                            and not PAST_ONLY.search(f, ss, tstop))
        # "سال بعد کرایه‌ها ۲۵ درصد می‌ره بالا، ...": the next year opening the sentence, its clause told ahead
        # (or opening a clause after a comma, the year before it told in the past: "سال ۹۹ هر تانکر ۶۰۰ تومن بود،
        # سال بعد میشه یه میلیون")
        put = put or unit == "سال" and (not f[ss:m.start()].strip() or year_after_pause) and future_first(f, m.end(), cend) \
            and not PAST_ONLY.search(f, m.end(), cend) and not HABIT.search(f, m.end(), cend)
        # "ماه بعد فصل عروسیه و ...", "؛ ماه بعد هم قسط آخره": opening its clause, which says what it is
        # in speech and has no verb (a "so" or "but" before it too: "... تخلیه می‌شه، پس هفته بعد دستته")
        # (or after the spoken condition it hangs on: "اگه ترخیص بشه هفته بعد دستتونه")
        # (whatever is told after its "و": "ماه بعد عروسیه و هنوز آرایشگاه نگرفتیم")
        spoken_is = _SPOKEN_IS_END.search(f, m.end(), cend) if unit != "سال" else None
        put = put or bool(spoken_is) and bool(_OPENER_ONLY.fullmatch(f, _clause_open(f, m.start()), m.start())
                                              or _IF_IT_GOES_BEFORE.search(f, max(0, m.start() - 40), m.start())) \
            and not has_verb(f, m.end(), spoken_is.end() - (3 if spoken_is.group(0).endswith("\u200cست") else 0)) \
            and not PAST_ONLY.search(f, m.end(), spoken_is.end())
        # "... رو بذاریم هفته‌ی آینده یا ماه بعد؟": the other time offered after one ahead
        put = put or bool(_OR_RIGHT_BEFORE.search(f, max(0, m.start() - 8), m.start())
                          and _DAY_AHEAD_WORD.search(f, _clause_open(f, m.start()), m.start())
                          and not PAST_ONLY.search(f, _clause_open(f, m.start()), m.start()))
        # "برای هفته‌ی بعد ۲ تا وقت دیگه داریم": what one has for it, a few words on
        put = put or unit != "سال" and for_day and bool(HAVE_PRESENT.search(f, m.end(), min(tstop, m.end() + 30))
                                                        and not PAST_ONLY.search(f, m.end(), tstop))
        # "تا آخر هفته‌ی بعد ترخیص نمی‌شه": what is (not) done by its end, told in the present
        put = put or unit != "سال" and bool(_UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                            and _DONE_SOON_AFTER.match(f, m.end()))
        # ("سفارت گفته تا آخر هفته‌ی بعد؛ ...": by its end, the verb left out)
        put = put or unit != "سال" and bool(_UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                            and _CLAUSE_CLOSES_AFTER.match(f, m.end())
                                            and (not PAST_ONLY.search(f, ss, m.start())
                                                 or _SAID_THEN_BEFORE.search(f, max(0, m.start() - 24), m.start())))
        put = put or unit != "سال" and bidden_then
        put = put or extended
        # "هفته بعد که بار اومد براتون میفرستیم": a "when" clause told in the past, then what we will do
        put = put or unit != "سال" and bool(_WHEN_CAME_THEN_WE_AFTER.match(f, m.end()))
        # "یه کارتن شربت برای هفته بعد می‌خواستم": asked for it, the polite past of "want"
        put = put or unit != "سال" and for_day and bool(_WANTED_POLITE.search(f, m.end(), min(len(f), m.end() + 40)))
        # "برای هفته‌ی بعد پرواز دارید؟": asked whether one has a thing for it
        put = put or unit != "سال" and for_day and bool(_HAVE_ASKED_OF.search(f, m.end(), min(len(f), m.end() + 30)))
        # "نصب دوربین‌ها رو می‌ذارید برای هفته‌ی بعد؟": left or put off for it
        put = put or unit != "سال" and for_day and bool(_LEAVE_FOR_BEFORE.search(f, max(ss, m.start() - 20), m.start())
                                                        and not PAST_ONLY.search(f, m.end(), tstop))
        # "می خوام برای هفته بعد ۳۰ تا شمع ... بیارم": what one wants to do for it, one's own subjunctive after
        put = put or unit != "سال" and for_day and bool(_I_WANT_BEFORE.search(f, max(ss, m.start() - 24), m.start())
                                                        and WISH_VERB.search(f, m.end(), tstop)
                                                        and not PAST_ONLY.search(f, m.end(), tstop))
        # "عروسی رو گذاشتیم بهار سال بعد": set for a season of it
        put = put or bool(_SET_FOR_SEASON_BEFORE.search(f, max(0, m.start() - 30), m.start()))
        # "سال بعد می‌بینمتون": see you then, spoken
        put = put or bool(_SEE_YOU_AFTER.match(f, m.end()))
        put = put or after_year_end
        # "کمپ تابستون سال بعد مثل ژوئیه ۲۰۱۵ ... نیست": a season of the next year, no year told before it
        # (of which it would be the year after)
        put = put or unit == "سال" and bool(_SEASON_RIGHT_BEFORE.search(f, max(0, m.start() - 10), m.start())) \
            and not _FOUR_DIGITS.search(f, ss, m.start())
        # "جلسه‌ی هفته‌ی بعد درباره‌ی اردوی اردیبهشت ماه هست": a session of that week, told with no past
        put = put or unit != "سال" and bool(_SESSION_OF_BEFORE.search(f, max(0, m.start() - 14), m.start())
                                            and not PAST_ONLY.search(f, ss, tstop) and not PERFECT_RE.search(f, ss, tstop)
                                            and not HABIT.search(f, ss, m.start()))
        # "هفته بعد که برگشتید خبر بدید": a week opening a clause of what you will have done by then,
        # bidden to tell (a past form in a "when" clause, ahead)
        put = put or unit != "سال" and bool(_WHEN_YOU_DID_AFTER.match(f, m.end())
                                            and _TELL_ME_BIDDEN.search(f, m.end(), sentence_end(f, m.end())))
        # ... or what one offers to do then, asked ("ماه بعد که هوا خنک شد بیام برای قیرگونی؟")
        put = put or unit != "سال" and bool(_WHEN_IT_IS_SHALL_I_AFTER.match(f, m.end()))
        # "۲۰ آذر، یعنی هفته‌ی بعد", "احتمالاً هفته‌ی بعد": glossing a day, or guessed at
        put = put or bool(MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start()) or _LIKELY_BEFORE.search(f, max(0, m.start() - 12), m.start()))
        # "کتاب رو تا هفته بعد دارید؟": asked whether one has a thing by then
        put = put or unit != "سال" and has_by_asked and not PAST_ONLY.search(f, ss, tstop)
        # "کی میاد؟ فروشگاه: ماه بعد، اوایل مرداد.": the next month, glossed by its name (or a guess at it:
        # "ماه بعد، احتمالاً اواسط تیر")
        put = put or unit == "ماه" and bool(_MONTH_NAME_GLOSS_AFTER.match(f, m.end()))
        # "این هفته و هفته بعد تا ۱۲ شب بازیم": paired with this one
        put = put or unit != "سال" and bool(_THIS_UNIT_AND_BEFORE.search(f, max(0, m.start() - 16), m.start()))
        # (or set against this one, told earlier in the sentence, in a clause joined by "و": "این هفته هوا ۳۸
        # درجه‌ست و هفته‌ی بعد هم ۴۰ درجه")
        put = put or unit != "سال" and bool(AND_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())) \
            and any(t.group("u") == unit for t in _THIS_UNIT.finditer(f, ss, m.start()))
        # "از ماه بعد اصلاح شده ۱۵ تومن": a price that has become so from then on
        put = put or unit != "سال" and bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _PRICE_BECOME_AFTER.match(f, m.end()))
        # "نوبت‌های هفته‌ی بعد همه پر شده": the slots of the next week, whatever the tense
        put = put or unit != "سال" and bool(_SLOTS_OF_BEFORE.search(f, max(0, m.start() - 14), m.start()))
        # "برای هفته‌ی بعد سه‌شنبه ۱۰ دی و پنجشنبه ۱۲ دی رو گذاشتیم": the week, its days dated right after
        put = put or unit == "هفته" and bool(_DATED_WEEKDAY_RIGHT_AFTER.match(f, m.end()))
        # "هفته‌ی بعد عقد خواهرمه": an occasion that falls in it, said to be (spoken), as a weekday takes it
        put = put or unit != "سال" and bool(_EVENT_IS_AFTER.match(f, m.end()))
        # "من هفته‌ی بعد مسافرتم": where one will be then, spoken
        put = put or unit != "سال" and bool(_AWAY_AFTER.match(f, m.end()))
        # "اتاق هفته‌ی بعد از شنبه تا سه‌شنبه آزاده": the week, a run of its days right after
        put = put or unit == "هفته" and bool(_WEEKDAY_RUN_RIGHT_AFTER.match(f, m.end()))
        # "تا هفته‌ی بعد سواری ممنوع": what is barred or shut until then, from now (no past)
        put = put or unit != "سال" and bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                            and _BARRED_UNTIL_AFTER.match(f, m.end())
                                            and not PAST_ONLY.search(f, m.end(), tstop))
        # "تور هفته بعد به خاطر هشدار ... لغو شد": what was to be in it, called off (no day told before it
        # in the sentence, of which it could be the week after)
        put = put or unit != "سال" and bool(CALLED_OFF_AFTER.match(f, m.end())) and not _DIGIT.search(f, ss, m.start())
        # "تا آخر هفته‌ی بعد وقت داری": its end or start, the coming one (53 of 54 such in the written sets)
        put = put or unit == "هفته" and bool(_PART_OF_WEEK_BEFORE.search(f, max(0, m.start() - 10), m.start()))
        # "سال بعد اگه جنس خوب بود ۵ ساله‌ش می‌کنیم": what we will do then on a condition told right after
        put = put or bool(_IF_RIGHT_AFTER.match(f, m.end()) and FUTURE.search(f, m.end(), sentence_end(f, m.end())))
        # "اگه ماه بعد دوباره دیدید، خبر بدید": a condition on what is seen then, a bidding after it
        put = put or unit != "سال" and bool(_IF_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start())
                                            and _BIDDING.search(f, m.end(), sentence_end(f, m.end())))
        # "از هفته‌ی بعد هر کی بخاری رو روشن گذاشت ... جریمه": a rule from then on for whoever breaks it
        put = put or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _WHOEVER_AFTER.match(f, m.end()))
        if not (put or next_after_month or WILL.search(f, m.end(), tstop) or _AHEAD_BEFORE.search(f, ss, m.start())
                or AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and not PAST_ONLY.search(f, m.end(), tstop)):
            # not a habit: "با برف سال بعد دوباره زنده می‌شود" (but "از هفته بعد کلاس شروع میشه":
            # from the next one on)
            continue
        fn = {"هفته": relative.week, "ماه": relative.jalali_month, "سال": relative.jalali_year}[unit]
        out.append(Cand(m.start(), m.end(), "relative", rel=lambda ref, fn=fn: fn(ref, 1), needs_ref=True))


_SET_FOR_IT_AFTER = re.compile(rf"{SP1}(?:گذاشتین|گذاشتید|گذاشتیم|گذاشتم|گذاشتن|گذاشته{SP}اند|انداختین|انداختید|انداختیم|انداختن){B1}")
_LET_US_ASKED = re.compile(rf"{B0}(?:کنیم|بکنیم|بذاریم|بزاریم|بندازیم|بگیریم)(?={SP}[؟?])")


def _unit_cands(f: str, out: list[Cand]) -> None:
    """A week, month or year told by its step: "هفته گذشته", "ماه آینده", "این هفته", "امسال"."""
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
            if m.group("unit") == "سال" and m.group("st") == "پیش" and _TURN_OF_BEFORE.search(f, max(0, m.start() - 8), m.start()):
                continue  # "که تحویل سال پیش مامان باشم": the year's turn, at mum's ("پیش" is "at")
            if (m.group("unit2") or m.group("unit3")) and _LAST_YEAR_IN_BEFORE.search(f, max(0, m.start() - 20), m.start()):
                continue  # "پارسال در همین ماه ۱۸ تن صادر شده بود": this month a year ago, no month of now
        end = m.end()
        if m.group("unit") == "ماه" and m.start() and f[m.start() - 1] == "\u200c":
            continue  # "تا آخر دی‌ماه پیش ما بمونه": the tail of a month's name, then "with us"
        if m.group("unit") and _OBJECT_RO.fullmatch(m.group("st")) and not _UNIT_PREP_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and (PAST_ONLY.search(f, m.end(), _word_end(f, min(sentence_end(f, m.end()), m.end() + 40)))
                     or _SPOKEN_GIVE_OR_SEND.search(f, m.end(), _clause_end(f, m.end()))
                     # (or an account or a bill of it: "بعدش حساب ماه پیش رو می‌بندیم")
                     or _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start())
                     # (or its money: "پول ماه پیش رو تا ۱۵ دی بریزید")
                     or _MONEY_OF_RIGHT_BEFORE.search(f, max(0, m.start() - 8), m.start())):
            # "اجاره‌ی ماه پیش رو ریختم", "عکسای هفته‌ی پیش رو توی دو تا پوشه گذاشتم": the last unit,
            # its object marked in speech, told in the past (not "در سال پیش رو ...", the unit ahead);
            # or handed over in a spoken present ("جواب‌های هفته‌ی پیش رو از ۱۶ اردیبهشت تحویل می‌دیم")
            step, end = -1, m.start("st") + 3
        if m.group("unit") == "هفته" and _PLURAL_WEEKDAY_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            continue  # "رزرو غذای هر هفته تا چهارشنبه‌های هفته قبل": each week's week before
        if m.group("unit2") == "هفته" and _LEAGUE_WEEK.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هفته سیزدهم لیگ ... دیدار این هفته": the league's round, not a calendar week
        if m.group("unit2") == "هفته" and _DURING_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and _NAMED_WEEK.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هفته کتاب از ۲۴ تا ۳۰ آبان ... در این هفته ۲۰ درصد تخفیف": the named week again
        if m.group("unit") and m.group("st") in ("دیگه", "دیگر") and _UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                and _DENIED_RIGHT_AFTER.match(f, m.end()):
            continue  # "تا آخر سال دیگه سفارش نمی‌گیرم": until the year's end, no more ("دیگه" is "any more")
        if m.group("unit") and step == -1 and _ITS_AFTER.match(f, m.end()):
            continue  # "نسبت به سال قبل آن": the year before one named earlier
        if m.group("st") in ("قبل", "پیش") and _AZ_AFTER.match(f, m.end()) and not _FROM_AFTER_OK.match(f, m.end()) \
                and not (m.group("st") == "پیش" and _MOVED_FROM_AFTER.match(f, m.end())):
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
                # (nor after that month last year: "آبان پارسال ۴۵ تا بار رفت، این ماه هنوز ۱۰ تا هم نشده")
                and not (m.group("unit2") and _LAST_YEARS_MONTH.search(f, sentence_start(f, m.start()), m.start()))
                # (nor this month's fee or wage made a spoken object: "مهد تا آخر اردیبهشت بسته‌ست و شهریه
                # این ماه رو برمی‌گردونیم", the paper's month)
                and not (m.group("unit2") and _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start())
                         and _SPOKEN_OBJECT_AFTER.match(f, m.end()))
                # (nor a deadline bidden by the end of this very month: "مهر که شروع بشه ... تا آخر همین ماه بدید")
                # (or time left until then: "قسط دی‌ماه ... تا آخر همین ماه فرصت دارید")
                # (so "این ماه": "سفارشتون رو که مرداد ۹۴ تحویل دادیم ...، لطفاً تا آخر این ماه تسویه کنید")
                and not ((m.group("unit3") or m.group("unit2")) and _UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                         and (_BIDDING.search(f, m.end(), _clause_end(f, m.end())) or _TIME_LEFT_AFTER.match(f, m.end())
                              # (or closing the sentence, its verb left out: "سانس‌های مرداد ... تخفیف داره، فقط تا آخر همین ماه.")
                              or _CLOSES_SENTENCE_AFTER.match(f, m.end())
                              # (or what lasts or stays until then: "تخفیف ... که از اسفند ۱۴۰۰ آغاز شده بود، تا پایان این
                              # ماه ادامه خواهد داشت", "آبان ۸۷ سه تا پرستار ... ببینیم چند تاشون تا آخر همین ماه می‌مونن")
                              or _LASTS_UNTIL_AFTER.match(f, m.end())))
                # (nor after a month whose end is awaited, the one at hand: "بهمن که تموم شه قیمتا می‌ره بالا، اگه
                # می‌خواین همین ماه بیاین")
                and not ((m.group("unit2") or m.group("unit3")) and _MONTH_END_AWAITED.search(f, sentence_start(f, m.start()), m.start()))
                # (nor opening a clause of its own after a comma, a spoken state of now: "چک شهریور رو ... بذار برای
                # ۱۵ مهر، این ماه دستم خالیه")
                and not (m.group("unit2") and _COMMA_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
                         and _SPOKEN_IS_END.search(f, m.end(), (ce := _clause_end(f, m.end())))
                         and not has_verb(f, m.end(), ce) and not PAST_ONLY.search(f, m.end(), ce))):
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
        if unit == "سال" and step == -1 and _EVERY_YEAR.search(f, sentence_start(f, m.start()), m.start()) \
                and not (m.group("w") and _NOT_ALONE_AFTER.match(f, m.end())):
            # "هر سال جشنواره بزرگ‌تر از سال قبل برگزار می‌شود": each year's own year before (not last year set
            # against them: "... هر سال بار دادن، پارسال نه")
            continue
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
        if m.group("unit3") == "ماه" and any(
                x.group("y") and not (_FROM_FIRST_OF_BEFORE.search(f, max(0, x.start() - 12), x.start())
                                      and _UNTIL_END_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                      and _STILL_SAME.search(f, m.end(), _clause_end(f, m.end())))
                for x in P_JMY.finditer(f, sentence_start(f, m.start()), m.start())):
            # "نرخ تورم دی ۱۳۹۱ را ... ؛ ... رقم تورم همین ماه را": that same month, named (not a yearless
            # one, this year's: "بهمن که تموم شه قیمتا می‌ره بالا، ... همین ماه بیاین"; nor the month a change
            # starts from, which cannot be the one lasting until its end: "از اول آذر ۱۳۹۴ میشه ۹ هزار، تا آخر
            # همین ماه همون ۸ هزاره")
            continue
        if step == -1 and unit in ("هفته", "ماه") and _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()) \
                and _reported_unit_before(f, m.start(), unit):
            continue  # "در هفته مورد گزارش ... نسبت به هفته قبل": a week counted from the one reported
        out.append(Cand(m.start(), end, "relative", rel=lambda ref, fn=fn, s=step: fn(ref, s),
                         needs_ref=True))


def _day_this_month_cands(f: str, out: list[Cand]) -> None:
    """A day of the month of publication: "دهم ماه جاری", "۲۵ همین ماه"."""
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


def _day_next_month_cands(f: str, out: list[Cand]) -> None:
    """A day of the month before or after publication's: "پانزدهم ماه آینده"."""
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


def _counted_cands(f: str, out: list[Cand]) -> None:
    """N units before or after publication: "دو روز پیش", "سه هفته دیگر"."""
    for m in P_RELN.finditer(f):
        n = _count(m.group("n"))
        st = m.group("st")
        if st == "دیگه":
            # spoken, only when glossed by the day it comes to ("۳ روز دیگه از کارگاه میارن، یعنی
            # چهارشنبه"): writers leave the bare spoken count out
            # (or by it right after a comma: "سگتون ۳ روز دیگه، پنجشنبه ۳ شهریور، دوباره بیاد")
            # (or itself glossing a date told before: "۲۰ ژانویه از آلمان میرسه، یعنی تقریباً دو هفته دیگه")
            if not _GLOSSING_COUNT_BEFORE.search(f, max(0, m.start() - 24), m.start()) \
                    and (m.group("unit") not in ("روز", "شب")
                         or not (_MEANS_DAY_AFTER.match(f, m.end()) or _DAY_GLOSS_COMMA_AFTER.match(f, m.end())
                                 # (or by a day named later in the sentence, "یعنی" after a pause: "خیاطتون گفت سه روز
                                 # دیگه لباس آماده‌ست؛ یعنی میتونم ۵ آبان بیام؟")
                                 or _DAY_GLOSS_LATER_AFTER.match(f, m.end()))):
                continue
            st = "دیگر"
        if st in ("پیش", "قبل") and _MORE_OR_LESS_THAN_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                and (m.group("unit") == "سال" or not _FIGURE_COMPARED_BEFORE.search(f, max(0, m.start() - 24), m.start())):
            # (but a figure set against a month's or a week's: "۱۲ درصد بیشتر از دو ماه پیش است")
            continue  # "یعنی بیشتر از ۱۵۰ سال پیش", "کمتر از ۳ هفته پیش": a bound, not a time
        if st in ("پیش", "قبل") and _AHEAD_OF_TIME_BEFORE.search(f, max(0, m.start() - 10), m.start()):
            continue  # "باید از ۱۰ روز قبل سفارش بدیم": so long ahead of the event, no day of the paper's
        if st == "دیگر" and _STAY_VERB.search(f, m.end(), _clause_end(f, m.end())):
            continue  # "باید یک سال دیگر در پیش‌دبستانی بمانند": one more year stayed, no date
        dur = DURATION_BEFORE.search(f, max(0, m.start() - 20), m.start())
        if dur and (_ARTICLE_BEFORE.search(f, max(0, dur.start() - 10), dur.start())
                    or dur.group(0)[0].isdigit() and _NUMBERED_NOUN_BEFORE.search(f, max(0, dur.start() - 12), dur.start())):
            # (or a district's or a block's, in digits: "تابلوهای منطقه ۲ دو روز پیش ...")
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
                             or _SPAN_LEFT_AFTER.match(f, m.end())) \
                and not (m.group("unit") in ("روز", "شب") and _MEANS_DAY_AFTER.match(f, m.end())):
            # "تنها سه هفته دیگر وقت باقی است", "تا دو سال دیگر": time left, not a day (but "تا ٣ روز دیگه یعنی
            # ٣٠ آبان حسابتون رو صاف کنید": the day it comes to, glossed)
            continue
        if st == "دیگر" and (past := PAST_ONLY.search(f, m.end(), _word_end(f, min(len(f), m.end() + 30)))) \
                and not has_verb(f, m.end(), past.start()) and not CLAUSE_END.search(f, m.end(), past.start()):
            continue  # "گردان ما ۲ ماه دیگر در خط ماند": so much longer, told in the past
        if n is None or (st == "قبل" and _AZ_AFTER.match(f, m.end()) and not _FROM_PLACE_AFTER.match(f, m.end())) \
                or _BEFORE_ANCHOR.match(f, m.end()) and not (st == "پیش" and _MOVED_FROM_AFTER.match(f, m.end())) \
                or _MUST_AFTER.match(f, m.end()) and not _SHOULD_HAVE_AFTER.match(f, m.end()) \
                or st == "قبل" and _BEFORE_FEAST.match(f, m.end()):
            # also "۱۰ روز قبل باید ... برسد": a deadline counted from an event (but "پسرش دو روز پیش از سفر
            # برگشت": "از" what one came back from, the days ago)
            continue
        if st == "پیش" and (_WITH_SOMEONE_AFTER.match(f, m.end()) or _STAY_WITH_AHEAD_AFTER.match(f, m.end())
                            or m.group("unit") == "شب" and _NIGHTS_WITH_AFTER.match(f, m.end())
                            # (an hour of the night, then whom with: "از ۴ بعدازظهر تا ۱۲ شب پیش پدرش باشه")
                            or m.group("unit") == "شب" and UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                            and _WITH_WHOM_AFTER.match(f, m.end() - len(st))) \
                or _AT_LEAST_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                or st == "قبل" and _ARRANGED_WITH_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                or st == "قبل" and _LEAD_BIDDEN_AFTER.match(f, m.end()) \
                or st == "قبل" and _BIDDEN_IN_CLAUSE_AFTER.match(f, m.end()) \
                or st == "قبل" and (mb := _MUST_BE_AROUND.search(f, max(0, m.start() - 7), m.end() + 8)) and mb.start("n") == m.start():
            # "۳ ماه پیش شما می‌مونه": a stay with someone; "حداقل ۲ هفته قبل سفارش بدید", "فقط یه
            # روز قبل خبر بدید", "رزرو باید ۱۰ روز قبل باشه": a lead time before some event, no day
            continue
        near = _word_end(f, min(sentence_end(f, m.end()), m.end() + 30))
        if st == "قبل" and m.group("unit") in ("روز", "شب") \
                and ((fut := FUTURE_MORE.search(f, m.end(), near)) and not CLAUSE_END.search(f, m.end(), m.end() + 30)
                     and not PAST_ONLY.search(f, m.end(), near)
                     # (or a written future before any pause: "... لینک آن یک روز قبل ارسال خواهد شد.")
                     or (fut := WILL.search(f, m.end(), near)) and not CLAUSE_END.search(f, m.end(), fut.start())
                     and not PAST_ONLY.search(f, m.end(), fut.start())):
            # "لینکش رو یه روز قبل برات می‌فرستم", "لینک آن یک روز قبل ارسال خواهد شد": a day before the
            # event, told ahead
            continue
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


_WE_WOULD_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}?{SP1}(?:کنیم|بکنیم|بدیم|بگیریم|بزنیم|بیاریم|ببریم)(?={SP}(?:[.،,؛!؟?]|$))")


# Dushanbe, the capital of Tajikistan, is spelt as Monday: a place's preposition or noun right before it
# ("تو دوشنبه", "فرودگاه دوشنبه", "به وقت دوشنبه"), where we were ("دوشنبه بودیم", "دوشنبه‌ایم"), or, in a
# text of Tajikistan, a venue's one word between ("ورزشگاه مرکزی دوشنبه")
_CITY_WORD_BEFORE = re.compile(rf"{B0}(?:تو|در|سمت|به{SP1}وقت|فرودگاه|ورزشگاه|باشگاه|استقلال|هوای|تورنمنت|کاخ{SP1}ورزش|پایتخت){SP1}$")
_VENUE_WORD_BEFORE = re.compile(rf"{B0}(?:ورزشگاه|فرودگاه|تورنمنت|جام|مسابقات|دانشگاه|سفارت){SP1}[^\s\d.،,؛:!?؟]+{SP1}$")
_WE_WERE_THERE_AFTER = re.compile(rf"(?:{SP1}(?:بودیم|بودم|هستیم|هستم|بودن|هستن|بودند|هستند)|\u200c?(?:ایم|ام))(?![\w\u200c])")
_MONDAY = weekday_number("دوشنبه")
_TAJIK = re.compile(rf"{B0}(?:تاجیک|تاجیکستان|تاجیکی|سامانی|خجند|آسیای{SP1}میانه|بخارا|سمرقند){B1}")
_DATED_OR_TOLD_AFTER = re.compile(rf"{SP}(?:[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}){B1}|[0-9]{{1,2}}{SP}[:/]"
                                  rf"|(?:هفته|گذشته|آینده|این|بعد|بعدی|پیش|قبل|شب|صبح|عصر|ظهر){B1})")
# (or where one flies or calls from, or goes to for a purpose: "پروازمون از دوشنبه بلند می‌شه", "بره دوشنبه برای کار")
_FLIES_OR_CALLS_AFTER = re.compile(rf"{SP1}(?:بلند|زنگ|تماس|پرواز){B1}")
_GO_TO_BEFORE = re.compile(rf"{B0}(?:بره|بریم|برن|می{SP}ره|میره|برمی{SP}گرده|برمیگرده|برگشت|برگشتن|رفت|رفتن|رفتیم){SP1}$")
_FOR_A_PURPOSE_AFTER = re.compile(rf"{SP1}(?:برای|واسه|کار|درس){B1}")


def _dushanbe(f: str, start: int, end: int, wd: int) -> bool:
    """The bare weekday at ``f[start:end]`` (``wd`` its number) is Dushanbe, the city."""
    if wd != _MONDAY or _DATED_OR_TOLD_AFTER.match(f, end):
        return False
    return bool(_CITY_WORD_BEFORE.search(f, max(0, start - 14), start) or _WE_WERE_THERE_AFTER.match(f, end)
                or AZ_BEFORE.search(f, max(0, start - 4), start) and _FLIES_OR_CALLS_AFTER.match(f, end)
                or _GO_TO_BEFORE.search(f, max(0, start - 12), start) and _FOR_A_PURPOSE_AFTER.match(f, end)
                or _TAJIK.search(f) and _VENUE_WORD_BEFORE.search(f, max(0, start - 40), start))


def _weekday_cands(f: str, out: list[Cand], ends: list[int], hours: list[tuple[int, int]]) -> None:
    """A weekday named alone or with its step: "شنبه", "روز دوشنبه", "جمعه آینده"."""
    for m in P_WEEKDAY.finditer(f):
        if any(a <= m.start() < b for a, b in hours):
            continue
        if m.group("p0") and not (m.group("wk") or m.group("wk0") or m.group("mod") or m.group("part") or m.group("rw")) \
                and _DAY_MONTH_RIGHT_AFTER.match(f, m.end()):
            continue  # "بامداد روز شنبه ۱۲ دی": the weekday with its date is the mention
        if not (m.group("wk") or m.group("wk0") or m.group("mod") or m.group("rw")) and _THAT_PASSED_AFTER.match(f, m.end()):
            # "یکشنبه که گذشت مته‌ی ۱۲ اینچی شکست": the one gone by, before publication's day
            t = weekday_number(m.group("wd"))
            out.append(Cand(m.start(), m.end(), "relative", needs_ref=True, bare_wd=t,
                            rel=lambda ref, t=t: _weekday_before(ref, t)))
            continue
        if (bd := _BRACKET_DATE_AFTER.match(f, m.end())) and not (m.group("wk") or m.group("wk0") or m.group("mod")) \
                and not _SECOND_DAY_AFTER.match(f, bd.end()):
            # "بعدازظهر جمعه (۲ مهر)": the bracketed date is the mention; "یکشنبه هفته آتی ( ۲۷
            # نوامبر )" is one too, told by its week
            continue
        if _ROUTE_BEFORE.search(f, max(0, m.start() - 2), m.start()) or _ROUTE_AFTER.match(f, m.end("wd")) \
                or m.group("wd").startswith("دوشنبه") and _BOUND_FOR_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            # (and "راهی دوشنبه می‌شود": bound for Dushanbe, the city)
            continue  # "پرواز مستقیم مشهد-دوشنبه": Dushanbe, a city of a route
        if not (m.group("mod") or m.group("wk") or m.group("wk0")) and _YEAR_OPENS_ON_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                and _OPENS_AFTER.match(f, m.end()):
            # "سال ۲۰۱۰ میلادی از جمعه آغاز می‌شود": the weekday a year opens on, no day of its own (not a step
            # told: "پذیرش طرح‌های سال ۱۳۹۴ از شنبه آینده آغاز می‌شود")
            continue
        if _SURI_AFTER.match(f, m.end("wd")):
            continue  # "شب چهارشنبه‌سوری": the feast, whatever list it stands in
        if _BEFORE_IT_GLOSSED_AFTER.match(f, m.end("wd")):
            continue  # "پیانو رو شنبه‌ی قبلش، ۸ آبان، کوک می‌کنیم": the date glossing it is the mention
        if _PLURAL_AFTER.match(f, m.end()) or _weekly(f, m.start(), ends) and not (m.group("wk") or m.group("mod")) \
                and not PUT_ON_BEFORE.search(f, max(0, m.start() - 30), m.start()):
            # "یکشنبه شب‌ها", "سه‌شنبه شب ... و چهارشنبه‌ها ...": a weekly schedule (but "از شنبه
            # هفته آینده ... پنجشنبه‌ها تعطیل": the day a schedule starts, told by its week; nor a day something
            # is put on: "جمعه‌ها هم میاید یا بذاریم برای شنبه؟")
            continue
        if in_title(f, m.start(), m.end()) or _SUPERLATIVE_NOUN_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            continue  # "مجموعه «قصه ظهر جمعه»", "پرشنونده‌ترین برنامه عصر جمعه بود": a title's words, a slot of every week
        if _GUILLEMET_OPEN_BEFORE.search(f, max(0, m.start() - 3), m.start()) and _TITLE_CLOSE_AFTER.match(f, m.end()):
            continue  # "نمایش دوباره «پنجشنبه آخر ماه»": a title that opens with the weekday
        if _YALDA_AFTER.match(f, m.end("wd")) and not (m.group("mod") or m.group("wk") or m.group("wk0")):
            # "سه‌شنبه شب یلدا ۱۲ نفریم": the weekday Yalda falls on, the nearest Yalda's when it agrees
            out.append(Cand(m.start(), m.end(), "relative", needs_ref=True,
                            rel=lambda ref, t=weekday_number(m.group("wd")): _yalda_on(ref, t)))
            continue
        first_of_run = _WEEKDAY_TO_BEFORE.search(f, max(0, m.start() - 16), m.start())
        if _OFFICE_HOURS_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or (first_of_run and _OFFICE_HOURS_BEFORE.search(f, max(0, first_of_run.start() - 30), first_of_run.start())):
            continue  # "ساعات کاری: شنبه تا چهارشنبه از ۸ تا ۱۶": every week's hours
        run_start = first_of_run.start() if first_of_run else m.start() if _TO_WEEKDAY_AFTER.match(f, m.end()) else None
        # (a past in a later clause is its own: "... شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰ است و شماره تماس آن ... اعلام شد")
        if run_start is not None and _OFFICE_HOURS_OF_BEFORE.search(f, max(_clause_open(f, run_start), run_start - 70), run_start) \
                and not PAST_ONLY.search(f, m.end(), (cop.end() if (cop := COPULA.search(f, m.end(), sentence_end(f, m.end())))
                                                      else sentence_end(f, m.end()))):
            continue  # "ساعات کار واحد رسیدگی به شکایات شنبه تا چهارشنبه از ۸ تا ۱۴ است": an office's, named first
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
            if convert.persian_weekday(iv.start) == 0 and (sat := _ONE_SATURDAY.fullmatch(f, m.start("wd"), m.end("wd"))):
                # "منطقه یک شنبه ۸۸/۵/۱۷" on a Saturday: zone one, then Saturday's date (a spaced
                # "یک شنبه" is Sunday only when the date agrees)
                out.append(Cand(sat.start("sat"), n.end(), "numeric", "gregorian" if y >= 1900 else "jalali",
                                 y=y, m=int(n.group("m")), d=int(n.group("d")), priority=1))
                continue
            # "روز یکشنبه 24/10/1385" with another weekday: a date of its own, the day written
            out.append(Cand(m.start(), m.end(), "relative", rel=lambda ref, iv=iv: iv, needs_ref=True))
            continue
        if _DATED_DAY_RIGHT_BEFORE.search(f, max(0, m.start() - 24), m.start()) and _IS_RIGHT_AFTER.match(f, m.end()) \
                and not (m.group("wk") or m.group("wk0") or m.group("mod")) \
                or _OCCASION_NAMED_BEFORE.search(f, max(0, m.start() - 24), m.start()) and (is_ := _IS_RIGHT_AFTER.match(f, m.end())) \
                and _DAY_MONTH_RIGHT_AFTER.match(f, is_.end()):
            # "چون اول مهر جمعه‌ست": the weekday the day falls on, said of it, no day of its own; so with
            # a feast whose date is told after it ("یلدا پنجشنبه‌ست، ۳۰ آذر": the date is the mention; but
            # "یلدای امسال چهارشنبه است" alone names the day, dates_written229; nor one told by its week,
            # a day of its own: "... پیش از ۱ ژانویه ۲۰۲۳، پنجشنبه هفته جاری است")
            continue
        if not (m.group("wk") or m.group("wk0") or m.group("mod")) and _YES_OR_NO_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                and _IS_RIGHT_AFTER.match(f, m.end()) and sentence_start(f, m.start()) > 0 \
                and _DATED_DAY_ASKED.search(f, sentence_start(f, max(0, sentence_start(f, m.start()) - 2)), sentence_start(f, m.start())):
            continue  # "۱ ژانویه ۲۰۲۲ مزرعه بازه؟ مرغدار: آره، روز شنبه‌ست": the weekday of the day asked about, said of it
        if not (m.group("wk") or m.group("wk0") or m.group("mod") or m.group("roz")) \
                and _COMMA_RIGHT_BEFORE.search(f, max(0, m.start() - 3), m.start()) and _IS_NOW_RIGHT_AFTER.match(f, m.end()) \
                and _DAY_WORD_IN.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "امروز نمی‌تونیم بیاریم، جمعه‌ست و راننده نیست": the weekday of the day told, said of it
        if _LAST_OF_YEAR_AFTER.match(f, m.end()) or m.group("wd") == "دوشنبه" and _DUSHANBE_AFTER.match(f, m.end()) \
                or m.group("wd") == "شنبه" and _KAKI_AFTER.match(f, m.end("wd")):
            continue  # "سه‌شنبه‌ی آخر سال": the feast's name; "در دوشنبه تاجیکستان": the city
        if m.group("roz") and _STORY_THAT_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                and not FUTURE.search(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end()))):
            # "آن روز شنبه وقتی رفتم": that Saturday of a story, no day of the paper's (but "متن آن روز
            # دوشنبه منتشر می‌شود": its text, on the Monday ahead)
            continue
        if _ORDINAL_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _SO_IT_IS_NOT_AFTER.match(f, m.end()) and KE_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                or _MEANS_AFTER.match(f, m.end()) and not ((m.group("wk") or m.group("mod")) and _MEANS_DATE_AFTER.match(f, m.end())
                                                           or _MEANS_SHIFT_AFTER.match(f, m.end())) \
                or _NAME_OR_POSSESSIVE_AFTER.match(f, m.end("wd")) \
                or _EVERY_WEEK_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _EVERY_WEEK_UNTIL_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or _PARTS_PLURAL_BEFORE.search(f, max(0, m.start() - 10), m.start()) \
                or (_DAYS_PLURAL_BEFORE.search(f, max(0, m.start() - 30), m.start())
                    and not (m.group("wk") or m.group("mod") or _WEEK_TOLD_AFTER.match(f, m.end()))) \
                or _WEEKDAYS_PLURAL_AFTER.match(f, m.end("wd")) or _PARTS_PLURAL_AFTER.match(f, m.end("wd")) \
                or _CONGREGATION_BEFORE.search(f, max(0, m.start() - 14), m.start()):
            # (also "نمازگزاران جمعه": the Friday prayer's congregation)
            # "اولین صبح جمعه پاییز": the first of a season's; "صبح جمعه یعنی ...": what one is
            # like; "هر هفته جمعه صبح": a habit; "سردار جمعه خان", "جمعه سیاه": names; "صبح
            # جمعه‌ات به خیر": a greeting; "صبحای شنبه", "صبح جمعه‌هاست": every Saturday's or Friday's morning
            continue
        if not m.group("roz") and not (m.group("wk") or m.group("wk0") or m.group("mod") or m.group("part") or m.group("rw")) \
                and _dushanbe(f, m.start(), m.end("wd"), weekday_number(m.group("wd"))):
            continue  # "دو هفته تو دوشنبه بودیم", "فرودگاه دوشنبه": Dushanbe, the city
        if not m.group("roz") and (_GUILLEMET_NAME_BEFORE.search(f, max(0, m.start() - 2), m.start())
                                   and _GUILLEMET_NAME_AFTER.match(f, m.end("wd"))
                                   or _MARKET_JOINED_AFTER.match(f, m.end("wd"))):
            continue  # "اسب «سه‌شنبه»": a name in guillemets; "جمعه‌بازارها": the Friday markets, a word of its own
        if not m.group("roz") and not (m.group("wk") or m.group("wk0") or m.group("mod")) \
                and _PAIR_EVERY_WEEK_AFTER.match(f, m.end("wd")):
            continue  # "ادارات پنج‌شنبه و جمعه هر هفته تعطیل‌اند": every week's
        if not m.group("roz") and (_COMMA_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
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
        if m.group("wk0") and not_day or m.group("wk") and _PRAYER_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "نماز جمعه این هفته", "نماز جمعه هفته آینده": the prayer; the week is the mention
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
            if m.group("wk") and _OBJECT_RO.fullmatch(wk) \
                    and (PAST_ONLY.search(f, m.end(), _word_end(f, min(sentence_end(f, m.end()), m.end() + 40)))
                         or _SPOKEN_GIVE_OR_SEND.search(f, m.end(), _clause_end(f, m.end()))):
                # "عکس‌های سه‌شنبه‌ی هفته‌ی پیش رو فرستادیم": last week's, its object marked in speech (as
                # a unit's, "عکسای هفته‌ی پیش رو ... گذاشتم")
                ws, end = -1, m.start("wk") + 3
            rel = (lambda ref, t=target, ws=ws: relative.weekday(ref, t, False, ws))
        elif mod == "جاری":
            rel = (lambda ref, t=target: relative.weekday(ref, t, False, 0))
        elif (wkc := _WEEK_COMMA_RIGHT_BEFORE.search(f, max(0, m.start() - 20), m.start())) and not _DIGIT_RIGHT_AFTER.match(f, m.end()):
            # "... یا همین هفته؟ استاد: همین هفته، پنجشنبه عصر.": the week told, then its day after a comma
            # (not a weekday with its own date: "در همین هفته، پنج‌شنبه ۱۲ شهریور")
            ws = 0 if wkc.group("this") else relative.step(wkc.group("st"))
            rel = (lambda ref, t=target, ws=ws: relative.weekday(ref, t, False, ws))
        elif mod in ("بعد", "بعدی") and any(weekday_number(x.group("wd")) == target for x in P_THIS_WEEKDAY.finditer(
                f, sentence_start(f, m.start()), m.start())):
            # "این جمعه نمی‌شه، ولی جمعه‌ی بعد یعنی ۱۸ آبان ...": the one after this one, the next week's
            rel = (lambda ref, t=target: relative.weekday(ref, t, False, 1))
        elif mod in ("گذشته", "پیش", "قبل") or _FEW_DAYS_AGO_AFTER.match(f, m.end()) \
                or (AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and SINCE_NOW_AFTER.match(f, m.end())) \
                or not m.group("part") and _PHOTOS_OF_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
                and _MADE_OBJECT_AFTER.match(f, m.end()):
            # (or the photos or films of it, made the object: "عکس‌های پنجشنبه رو بفرستید", taken already)
            # also "از شنبه تاکنون / تا حالا": since the last Saturday
            # also "روز شنبه چند روز قبل": a Saturday some days before, not the paper's own
            # "جمعه گذشته" in a Friday's paper is a week ago, not the same day
            rel = (lambda ref, t=target: _weekday_before(ref, t))
        else:
            first = None  # the weekday before "و", when this one is the second of a pair
            prior = None  # the day told before a comma, when this one opens a clause whose verb is left out
            state = False
            # "نوبت شما از پنجشنبه به شنبه ساعت ۵ منتقل شد", "از جمعه انداختن به یکشنبه": an appointment
            # moved from the day, whatever the tense
            moved_on = None if mod or not AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                else _MOVED_FROM_TO_AFTER.match(f, m.end())
            # "شب قدر اول میفته پنجشنبه شب", "امسال افتاده به جمعه": what falls on a day (told before it)
            falls_on = bool(FALLS_ON_BEFORE.search(f, max(0, m.start() - 20), m.start()))
            if mod:
                future = mod in ("آینده", "آتی", "بعد", "بعدی")
            else:
                stop = _stop_after(ends, m.end())
                tstop = tense_stop(f, m.end(), stop)
                planned = bool(_PLANNED_BEFORE.search(f, max(0, m.start() - 20), m.start())
                               or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               # ("پیانو رو برای اجرای پنجشنبه کوک کردم": done for the event on it, ahead)
                               or _FOR_EVENT_DAY_BEFORE.search(f, max(0, m.start() - 30), m.start())
                               or in_programme(f, m.start()) and not _FRIDAY_PRAYER_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               or DEPARTURE_BEFORE.search(f, max(0, m.start() - 16), m.start())
                               # "برنامه‌ی جمعه: ساعت ۶:۳۰ ...": the day's plan; "رکاب‌زنی جمعه لغو شد":
                               # what was called off had not come yet
                               or _PLAN_OF_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               or _TICKET_OF_BEFORE.search(f, max(0, m.start() - 30), m.start())
                               # ("نوبت بازدید لباسشویی شما دوشنبه ساعت ۱۱ ثبت شد": an appointment set for it)
                               or _APPOINTMENT_BEFORE.search(f, max(0, m.start() - 40), m.start())
                               and _SET_FOR_DAY_AFTER.match(f, m.end())
                               or _SLOT_GIVEN_AFTER.match(f, m.end())
                               # ("بله، یکشنبه ساعت ۹:۳۰ براتون ثبت شد": set down for you, no appointment named)
                               or _SET_FOR_YOU_AFTER.match(f, m.end())
                               # ("بنا میخواد پنجشنبه نصب کنه": what someone wants to do on it, ahead)
                               or _WANTS_TO_BEFORE.search(f, max(0, m.start() - 12), m.start())
                               and SUBJ_LIGHT.search(f, m.end(), _clause_end(f, m.end()))
                               # ("پیش‌بینی هوا می‌گه پنجشنبه و جمعه بارون شدیده": a forecast's day, ahead)
                               or _FORECAST_SAYS_BEFORE.search(f, max(0, m.start() - 40), m.start())
                               # ("پنجشنبه که خشک شد پرده‌ها رو نصب کنید": once it has happened by then, bidden
                               # to do a thing; a past form in a "when" clause, ahead)
                               or _WHEN_IT_DID_AFTER.match(f, m.end())
                               and _BIDDING.search(f, m.end(), sentence_end(f, m.end()))
                               or _CALLED_OFF_RIGHT_AFTER.match(f, m.end()) or _PUT_OFF_LATER_AFTER.match(f, m.end())
                               # ("جلسه‌ی سه‌شنبه هم ساعت ۷ شد": its hour changed, ahead)
                               or _SET_TO_CLOCK_AFTER.match(f, m.end())
                               or _reserved_for(f, m.end(), stop)
                               # ("نوبت نمونه‌گیری در منزل ... چهارشنبه ساعت ۸ صبح ثبت شد": an appointment logged for it)
                               or _SLOT_NAMED_BEFORE.search(f, max(_clause_start(f, m.start()), m.start() - 50), m.start())
                               and _SLOT_LOGGED_AFTER.match(f, m.end())
                               # ("جلسه‌ی جبرانی رو گذاشتم جمعه ساعت ۱۰": set on it; no child is named a weekday)
                               or _SET_FOR_BEFORE.search(f, max(0, m.start() - 18), m.start())
                               # ("جمعه رو هم مرخصی گرفته": the day itself taken off)
                               or _DAY_OFF_AFTER.match(f, m.end())
                               # ("سه‌شنبه تولد مهساست", "پنجشنبه راند دکتره": the day's event, said to be on it)
                               or _EVENT_IS_AFTER.match(f, m.end())
                               or falls_on)
                # "سه‌شنبه در دبی تمرین داریم": a fixture or session one has, ahead
                comma = CLAUSE_END.search(f, m.end(), stop)
                planned = planned or bool(SCHEDULED.search(f, m.end(), comma.start() if comma else stop)
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
                # "حفاظ‌ها رو سه‌شنبه نصب کنیم": what we would do on it, the clause closed by our subjunctive
                wish = wish or bool(_WE_WOULD_AFTER.match(f, m.end())) and not past
                # "از شنبه رژیم می‌گیرم", "از شنبه مدارس باز می‌شوند": from a day on, told in the
                # present (not "از روز دوشنبه ... آغاز کرده و ... خاتمه می‌یابد", since a day past)
                cstop = comma.start() if comma else tstop
                from_on = bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                               and (PRESENT_ACT.search(f, m.end(), cstop) or SUBJ_LIGHT.search(f, m.end(), cstop)
                                    or _DENIED_ACT.search(f, m.end(), cstop))
                               and not PAST_ONLY.search(f, m.end(), cstop) and not _PARTICIPLE.search(f, m.end(), cstop))
                # (or to a day written, a run whatever recurs in it: "از شنبه تا اول مهر هر شب تا ۱۰ بازیم"; or
                # until further notice, an announcement: "مسیر غار از شنبه تا اطلاع ثانوی بسته است")
                from_on = from_on or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                          and (_TO_WRITTEN_DAY_AFTER.match(f, m.end()) or _UNTIL_NOTICE_AFTER.match(f, m.end())))
                # (or the hours kept from it on, none told as past: "از سه‌شنبه تا عید فطر ساعت کاری‌مون ۸ شب
                # تا ۲ بامداده")
                # (past a clause saying what the day is: "از شنبه که ماه رمضانه، ساعت کار ما ۵ عصر تا ۲ نصفه‌شبه")
                hstop = tstop if _WHICH_IS_CLAUSE_AFTER.match(f, m.end()) else cstop
                from_on = from_on or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                          and _HOURS_AFTER.search(f, m.end(), hstop)
                                          and not PAST_ONLY.search(f, m.end(), hstop))
                # (or opening the sentence, set off by a comma, what holds from it on told in the present after:
                # "از شنبه، تمدید گواهینامه‌ها فقط با معاینه پزشکی ممکن است")
                from_on = from_on or bool((az := AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()))
                                          and not f[sentence_start(f, m.start()):az.start()].strip()
                                          and _COMMA_GAP.match(f, m.end())
                                          and (PRESENT_ACT.search(f, m.end(), tstop) or COPULA.search(f, m.end(), tstop)
                                               or FUTURE.search(f, m.end(), tstop))
                                          and not PAST_ONLY.search(f, m.end(), tstop) and not PERFECT_RE.search(f, m.end(), tstop))
                # (or in stock or on sale from it, spoken: "سکه‌های ... از شنبه موجوده")
                from_on = from_on or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                          and _IN_STOCK_AFTER.match(f, m.end()))
                # (or "from the day on", the verb left out, in answer: "کی بیام؟ پذیرش: از سه شنبه به بعد، هر روز ...")
                from_on = from_on or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                          and _ON_FROM_THEN_AFTER.match(f, m.end())
                                          and not PAST_ONLY.search(f, m.end(), sentence_end(f, m.end())))
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
                # "سامانه از دوشنبه مشکل داره": in trouble since a day, still
                since = since or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _TROUBLE_SINCE_AFTER.match(f, m.end()))
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
                # "شنبه منتظرتونیم", "پنجشنبه در خدمتیم": we await you then, spoken, ahead
                state = state or bool(_WE_AWAIT_AFTER.match(f, m.end()))
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
                # "خاک‌برگ رو سه‌شنبه آوردن، ...", "چهارشنبه گاز رو وصل کردن، ...": a thing made the object, then a
                # spoken past of "they" closing the clause (no infinitive stands there): done, behind
                they_did = bool(_RO_BEFORE.search(f, max(0, m.start() - 5), m.start()) and _THEY_DID_AFTER.match(f, m.end())
                                or _OBJECT_THEN_THEY_DID_AFTER.match(f, m.end()))
                future = future and not they_did
                if future and (aside := _PRESENT_ASIDE_THEN_PAST.match(f, m.end(), tstop)) \
                        and not (has_verb(f, m.end(), that := aside.start("that")) or PRESENT_ACT.search(f, m.end(), that)
                                 or _STATE_VERB.search(f, m.end(), that)):
                    # "عصر پنجشنبه تانکر ... در رستورانی که زائران به آن مراجعه می‌کنند، منفجر شد": the
                    # present is a "که" clause's, the day's own verb after its comma is past (not "دوشنبه
                    # جلسه داریم که جای ... حساب می‌شه، همون که تعطیل شد": the day's verb comes first)
                    future = False
                at_clock = bool(_AT_CLOCK_AFTER.match(f, m.end()))
                # (or the hour right before it, which keeps it too but is ahead only with a present act after it:
                # "هیئت ... ساعت ۱۰ چهارشنبه جلسه ... تشکیل می‌دهد"; not "ساعت ۱۰ صبح روز سه‌شنبه ... را لرزاند")
                hour_before = bool(_AT_CLOCK_RIGHT_BEFORE.search(f, max(0, m.start() - 14), m.start()))
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
                                            and _CLOSES_SENTENCE_AFTER.match(f, end))
                # ("میشه ببرینش پنجشنبه؟": a move to the day asked for, the day last)
                you_come = you_come or bool(_MOVE_ASKED_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                            and _CLOSES_SENTENCE_AFTER.match(f, end))
                future = future or you_come
                # "نوبت سه‌شنبه رو کنسل کردم": an appointment called off was still to come
                future = future or bool(_SLOT_OF_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                        and _CANCELLED_AFTER.match(f, end))
                # the day an appointment was moved to from another weekday ("... از پنجشنبه به شنبه منتقل شد")
                future = future or bool(_MOVED_FROM_WD_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                        and _MOVED_ON_VERB.search(f, m.end(), min(stop, m.end() + 40)))
                # "اگه دوشنبه هم تعطیل شد خبر میدم": a past form in a condition opened right before the
                # day, ahead (not "اگر دوشنبه رفته بودی", a wish about the past)
                future = future or bool(_IF_RIGHT_BEFORE.search(f, max(0, m.start() - 8), m.start()) and past
                                        and not PLUPERFECT_AT.match(f, past.start()))
                # the day given in answer to "when?": "کی آماده باشه؟ عروس: جمعه."
                # (or "کی میاید؟ نقاش: سه‌شنبه، ۱۲۰ متره": the answer, then what goes with it)
                # (its part of the day may come with it: "کی می‌دید؟ فروشنده: یکشنبه عصر، قبل از تعطیلی.")
                answer = _answers_when(f, m.start()) and bool(_ANSWER_PART_END_AFTER.match(f, end))
                future = future or answer
                # spoken order, the verb before the day and none after it: "بر می گردیم پنجشنبه شب"
                verb_first = bool(not has_verb(f, m.end(), cstop) and not PAST_ONLY.search(f, m.end(), cstop)
                                  and _FUTURE_RIGHT_BEFORE.search(f, max(0, m.start() - 24), m.start()))
                future = future or verb_first
                # "این هفته بیاید، ترجیحاً چهارشنبه": the day one would rather have for what was just bidden
                preferred = bool(_PREFERABLY_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                 and (_BIDDEN_BEFORE.search(f, sentence_start(f, m.start()), m.start())
                                      or _BIDDING.search(f, sentence_start(f, m.start()), m.start())))
                future = future or preferred
                # "محموله هفته آینده می‌رسه، احتمالاً دوشنبه": the day guessed at for what was just told ahead
                # (also what someone said they will do, spoken: "گفت بعد از سال نو میاد، احتمالاً یکشنبه")
                likely = bool(_LIKELY_BEFORE.search(f, max(0, m.start() - 12), m.start()) and _ANSWER_END_AFTER.match(f, end)
                              and (PRESENT_ACT.search(f, sentence_start(f, m.start()), m.start())
                                   or WILL.search(f, sentence_start(f, m.start()), m.start())
                                   or FUTURE.search(f, sentence_start(f, m.start()), m.start()))
                              and not any(p.group(0) not in SAID_FORMS
                                          for p in PAST_ONLY.finditer(f, _clause_start(f, m.start()), m.start())))
                future = future or likely
                # "قبل رفتن، سه‌شنبه، یه اصلاح کامل می‌خوام": a weekday set off by commas, the wish of our own after them
                aside = _COMMA_GAP.match(f, end)
                aside_end = _clause_end(f, aside.end()) if aside else 0
                aside_wish = bool(aside and not PAST_ONLY.search(f, aside.end(), aside_end)
                                  and (_present_own(f, aside.end(), aside_end) or WISH_VERB.search(f, aside.end(), aside_end)))
                future = future or aside_wish
                # "... جا دارید؟ اگه نه، جمعه هم برامون فرقی نداره": the fallback day, if the one asked for fails
                fallback = bool(_IF_NOT_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                and not PAST_ONLY.search(f, m.end(), tstop))
                future = future or fallback
                # "ببخشید، شنبه حتماً.": a day promised, told alone
                surely = bool(_SURELY_AFTER.match(f, end))
                future = future or surely
                # an hour set on the day, and nothing told as past after it: an appointment ahead
                semi = SEMICOLON.search(f, m.end(), tstop)  # ("... عصره؛ پیچوندن واجب شد": another clause)
                sstop = semi.start() if semi else tstop
                future = future or at_clock and not PAST_ONLY.search(f, m.end(), sstop) and not PERFECT_RE.search(f, m.end(), sstop) \
                    and not REDUCED_PERFECT.search(f, m.end(), sstop) \
                    or hour_before and bool(PRESENT_ACT.search(f, m.end(), sstop)) and not PAST_ONLY.search(f, m.end(), sstop)
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
                        and (_BUT_NOT_DONE.search(f, m.end(), stop)
                             or (gone := P_WEEKDAY_GONE.search(f, m.end(), sentence_end(f, m.end()) + 1))
                             and gone.group("wd") == m.group("wd")):
                    future = False  # "شما گفتید دوشنبه میاید ولی نیومدید": a day promised and let pass
                if _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start()) or _said_before_colon(f, tstop) \
                        and not _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start()):
                    # "نرخ امروز نسبت به روز سه شنبه": a day already past; "خبرگزاری ... روز
                    # چهارشنبه در گزارشی با بیان اینکه ... می‌شوند، نوشت:": the day it was written (not
                    # the day a thing is set for, its list after the colon: "سفارش رو برای پنجشنبه ثبت کردیم: ...")
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
                # (or a thing that broke or was lost that day, its verb right after: "پروتزم جمعه شکست، ...")
                happened_noun = happened_noun or bool(_BROKE_RIGHT_AFTER.match(f, m.end()))
                # "کت رو پریروز آوردم برای عروسی جمعه، ...": the occasion the thing is for, the spoken
                # order putting it after the verb; still ahead
                for_occasion = bool(_FOR_OCCASION_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                    and not has_verb(f, m.end(), ce := _clause_end(f, m.end()))
                                    and not PAST_ONLY.search(f, m.end(), ce))
                # (or told in the past of what was set aside, kept or ordered for it: "برای قربونی پنجشنبه یه
                # بره ۳۰ کیلویی کنار گذاشتم")
                for_occasion = for_occasion or bool(_FOR_OCCASION_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                                    and _SET_ASIDE_AFTER.match(f, m.end()))
                future = future or for_occasion
                # "نصفش رو پیش بدید و بقیه رو سه‌شنبه موقع تحویل.": the day of a clause after "و" whose
                # verb, bidden in the clause before, is left out; ahead
                ss0, se0 = sentence_start(f, m.start()), sentence_end(f, m.end())
                bid_left_out = bool((amp := _AND_FEW_WORDS_BEFORE.search(f, max(ss0, m.start() - 30), m.start()))
                                    and _BIDDING.search(f, ss0, amp.start())
                                    and not has_verb(f, m.end(), se0) and not PAST_ONLY.search(f, m.end(), se0))
                future = future or bid_left_out
                # "فردا ۵۰۰ متر می‌دم، بقیه‌ش شنبه.": the rest of a thing given ahead in the clause before, its
                # verb left out; ahead
                rest_left_out = bool(_REST_OF_IT_BEFORE.search(f, max(ss0, m.start() - 16), m.start())
                                     and not PAST_ONLY.search(f, ss0, se0)
                                     and (FUTURE_MORE.search(f, ss0, m.start()) or _present_own(f, ss0, m.start()))
                                     and not has_verb(f, m.end(), se0))
                future = future or rest_left_out
                # "فروشنده: پنجشنبه تحویل.": a day and the act set for it, the verb left out, closing the
                # sentence; ahead
                act_set = bool(_ACT_SET_CLOSES_AFTER.match(f, m.end()) and not PAST_ONLY.search(f, ss0, se0))
                future = future or act_set
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
                if first is None and AND_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                        and not has_verb(f, m.end(), stop) and not PAST_ONLY.search(f, m.end(), stop) \
                        and not _WEEKDAY_NOT_AFTER.match(f, m.end()):
                    # "پنجشنبه دست اول رو می‌زنیم و شنبه دست دوم": a weekday of a clause whose verb is
                    # left out, the one before it told in the sentence; the next such day after that one
                    first = next((c for c in reversed(out) if c.bare_wd is not None and c.rel
                                  and c.start >= sentence_start(f, m.start())), None)
                if first is None and _COMMA_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                        and _ALSO_AFTER.match(f, m.end()) \
                        and not (has_verb(f, m.end(), ce := _clause_end(f, m.end())) or PRESENT_ACT.search(f, m.end(), ce)
                                 or PAST_ONLY.search(f, m.end(), ce)):
                    # "فردا ساعت ۸ میایم ... نصب کنیم، پنجشنبه هم پرده‌ی ویترین": "and on Thursday too", the
                    # verb left out, the first such day on or after the day told last before (or after
                    # publication, when that day is gone: "لباس رو سه‌شنبه آوردم، پنجشنبه هم عروسی دوستمه")
                    prior = max((c for c in out if c.rel and c.end <= m.start() and c.start >= sentence_start(f, m.start())),
                                key=lambda c: c.end, default=None)
                pair = pair or first is not None or prior is not None
                # (or "which is", spoken: "باید روز سوم سیکل باشه که میشه پنجشنبه، اون روز هستید؟")
                which_is = bool(_WHICH_IS_BEFORE.search(f, max(0, m.start() - 14), m.start()))
                means = bool(MEANS_BEFORE.search(f, max(0, m.start() - 8), m.start())) or which_is
                future = future or which_is  # (what it comes to, "which will be", ahead)
                # "دو روز کاریه، یعنی چهارشنبه": the day a count of days from now comes to
                future = future or means and bool(_DAYS_TAKEN_MEANS_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                # "به جای یکشنبه، دوشنبه آماده می‌شه": the day a plan had, told in the tense of the
                # whole sentence (the comma after it parts it from the day put in its place)
                instead = bool(_INSTEAD_BEFORE.search(f, max(0, m.start() - 10), m.start()))
                # "سه‌شنبه نه، ولی دوشنبه ... آماده‌ست": a day turned down for another, in that one's tense
                instead = instead or bool(_NOT_BUT_AFTER.match(f, m.end()))
                if instead:
                    rest = sentence_end(f, m.end())
                    future = future or not (PAST_ONLY.search(f, m.end(), rest) or PERFECT_RE.search(f, m.end(), rest))
                if not (m.group("roz") or m.group("part") or m.group("p0") or planned or pair or happened_noun or iffy or hour_before
                        or from_on or means or at_clock or until_hour or until_day or or_ahead or answer or instead or moved or preferred
                        or likely or moved_on or aside_wish or surely or for_occasion or bid_left_out or verb_first
                        or since or but_not or you_come or rest_left_out or act_set or fallback or they_did) and (
                        not (has_verb(f, m.end(), stop) or PAST_ONLY.search(f, m.end(), stop) or wish or state or present
                             or future and (SUBJ_LIGHT.search(f, m.end(), stop) or FUTURE_MORE.search(f, m.end(), stop)
                                            or WISH_VERB.search(f, m.end(), stop))
                             or _ENDS_PRESENT.search(f, m.end(), stop) or _SPOKEN_PERFECT_END.search(f, m.end(), stop))
                                           or (_WEEKDAY_NOT_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                               and not _CLAUSE_AND_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                                           or (_DAYS_RUN_BEFORE.search(f, max(0, m.start() - 60), m.start())
                                               and not _DAYS_RUN_OF_WEEK_AFTER.match(f, m.end()))
                                           or _WEEKDAY_NOT_AFTER.match(f, m.end())
                                           and not (future and _WHEN_BEFORE_COMMA.search(f, max(0, m.start() - 16), m.start()))):
                    continue
            # (what a day falls on may be today: "تولدم ... امسال افتاده به جمعه" on that Friday)
            # (not from a day on: "از شنبه دوباره تمرین داریم" said on a Saturday is the next one)
            # (nor a day put off to, nor one told with its step: "بندازین یکشنبه‌ی بعد" on a Sunday is the next one)
            now = future and (state or falls_on and not PUT_ON_BEFORE.search(f, max(0, m.start() - 20), m.start())) \
                and not mod and not AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
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
            moved_from = None if mod else _MOVED_TO_WEEKDAY_AFTER.match(f, m.end()) or _MOVED_OBJECT_TO_AFTER.match(f, m.end())
            if moved_on and _moved_to(moved_on) != target:
                moved_from = moved_on
            if moved_from and (t2 := _moved_to(moved_from)) != target \
                    and (moved_from is moved_on or not PAST_ONLY.search(f, moved_from.end(), _clause_end(f, moved_from.end()))):
                # "بازی جمعه افتاد شنبه", "قرار بود پنجشنبه باشه افتاد جمعه": the day moved from, the
                # last such day before the one it went to, which is ahead
                # (to the weekday of the week after, told so: that week's, Saturday to Friday)
                wstep = 1 if (gd := moved_from.groupdict()).get("nextw2") or gd.get("nextw3") else None
                rel = (lambda ref, t=target, t2=t2, wstep=wstep: _weekday_before(relative.weekday(ref, t2, True, wstep).start, t))
            if not mod and _WHEN_CAME_THEN_WE_AFTER.match(f, end):
                # "شنبه که رسید خبرتون می‌کنم": a "when" clause in the past, then what we will do: ahead
                rel = (lambda ref, t=target: relative.weekday(ref, t, True))
            if not mod and not moved_from and AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                    and (to_day := _MOVED_TO_DAY_AFTER.match(f, m.end())):
                # "نوبتتون از چهارشنبه افتاد به ۱۰ مهر": the weekday moved from, the last such day before the
                # day it went to, which is ahead
                mon, d = month_number(to_day.group("mon"), "jalali"), int(to_day.group("d"))
                rel = (lambda ref, t=target, mon=mon, d=d: _weekday_before(
                    _on_or_after(ref + dt.timedelta(days=1), "jalali", mon, d).start, t))
            ss = sentence_start(f, m.start())
            same = next((c for c in reversed(out) if c.bare_wd == target and c.start >= ss), None)
            # (or the same weekday told of its week before it: "هفته دیگه جمعه عروسی داداشمه، جمعه صبح ... میام")
            week_of = next((w for w in P_WEEK_THEN_WEEKDAY.finditer(f, ss, m.start())
                            if weekday_number(w.group("wd")) == target), None)
            same = next((c for c in out if week_of and c.start == week_of.start() and c.end == week_of.end()), None) or same
            if first is not None:
                # the next such weekday after the first: "شنبه و یکشنبه" are two days in a row
                gap = (target - (first.bare_wd if first.bare_wd is not None else weekday_number(pa.group("wd")))) % 7 or 7
                rel = (lambda ref, r=first.rel, gap=gap: relative.shift_days(r(ref).start, gap))
            elif prior is not None:
                rel = (lambda ref, r=prior.rel, t=target: relative.weekday(max(r(ref).start, ref) - dt.timedelta(days=1), t, True))
            elif same is not None and not mod:  # (not "جمعه آینده": told from publication)
                rel = same.rel  # "دما روز دوشنبه ... خواهد بود و ... در روز دوشنبه ... است": that same day
            out.append(Cand(m.start(), end, "relative", rel=rel, needs_ref=True, bare_wd=target,
                            ahead_today=now and rel is own))
            continue
        out.append(Cand(m.start(), end, "relative", rel=rel, needs_ref=True))


def _eve_cands(f: str, out: list[Cand], ends: list[int]) -> None:
    """The eve of a weekday: "شب جمعه" (not "شب چهارشنبه‌سوری")."""
    for m in P_EVE.finditer(f):
        # "شب یکشنبه" is the evening before Sunday: Saturday's date. Only with a verb in the
        # sentence (a reported night), never "هر شب جمعه" / "شب‌های جمعه" (habits).
        if _SESSIONS_OF_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            continue  # (nor the sessions of one, in the plural: "سانس‌های شب جمعه رو زیاد می‌کنیم", every week's)
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


_DIGIT = re.compile(r"[0-9]")
_UNTIL_NOTICE_AFTER = re.compile(rf"{SP1}تا{SP1}اطلاع{SP1}(?:ثانوی|بعدی){B1}")
# (or to a month's end or middle: "از شنبه تا پایان مرداد ۱۴۰۲ ... پذیرای اهداکنندگان است")
_TO_WRITTEN_DAY_AFTER = re.compile(rf"{SP1}تا{SP1}(?:(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}|(?:پایان|آخر|انتهای|اواخر|نیمه)(?:{SP}ی)?{SP1}(?:ماه{SP1})?)"
                                   rf"(?:{JMONTH}|{HMONTH}){B1}")
_PERSONAL_STATE = re.compile(rf"{B0}(?:هستم|نیستم|هستیم|نیستیم|هستید|نیستید|هستی|نیستی|هستن|نیستن){B1}")
P_THIS_WEEKDAY = re.compile(rf"{B0}(?:این|همین){SP1}(?:روز{SP1})?(?P<wd>{WEEKDAY}){B1}")
# (not one with its own week or date: "همین جمعه گذشته", "این شنبه ۱۲ مهر", "این یکشنبه هفته بعد")
_THIS_WEEKDAY_NOT_AFTER = re.compile(rf"{SP}(?:[0-9]|(?:گذشته|آینده|آتی|قبل|پیش|بعد|دیگر|دیگه|هفته|{DAY_WORD}){B1})")
P_EVE = re.compile(rf"{B0}شب{SP1}(?P<wd>{WEEKDAY}){B1}(?!{SP}(?:ها|های|سوری|[0-9]))")  # not "شب چهارشنبه‌سوری"
_EVE_NOT_BEFORE = re.compile(rf"(?:هر|همه|تمام){SP1}$")
_HOUR_AFTER = re.compile(rf"{SP1}ساعت{SP1}[0-9]")
_SUBJUNCTIVE = re.compile(rf"{B0}{NOT_AFTER_MI}(?:کنم|کنیم|کنند|بروم|برویم|بروند|بیایم|بیاییم|بیایند|باشم|باشیم|بدهم|بدهیم|بگیرم|بگیریم|شوم|شویم){B1}")
# (a stay: "۳ ماه پیش شما می‌مونه"; not "سه روز پیش تو تمرین", "۴ سال پیش ما بودند")
_WITH_SOMEONE_AFTER = re.compile(rf"{SP1}(?:شما|ما|من|تو|او|اون|اونا|ایشون|ایشان|خودش|خودم|خودمون|خودتون|مامان|بابا)(?:{SP}ها)?"
                                 rf"(?:{SP1}[^\s\d.،,؛]+)?{SP1}(?:می{SP})?(?:ب)?(?:مون|مان|موند|ماند)\w*{B1}")
# (with anyone named, the stay to come: "۱۵ روز پیش مهری می‌مونم"; no time ago takes a present or a subjunctive)
_STAY_WITH_AHEAD_AFTER = re.compile(rf"{SP1}[^\W\d]+(?:{SP1}[^\W\d]+)?{SP1}(?:می{SP}|ب)(?:مون|مان)(?:م|یم|ه|ن|ید|ین|د|ند){B1}")
# nights spent with someone: "۵ شب پیش شما بودیم" (not "۴ سال پیش ما بودند", four years ago)
_NIGHTS_WITH_AFTER = re.compile(rf"{SP1}(?:شما|ما|من|تو|او|اون|اونا|ایشون|ایشان|خودتون){SP1}(?:بودیم|بودم|بودن|بودند|هستیم|هستم){B1}")
_AT_LEAST_BEFORE = re.compile(rf"{B0}(?:حداقل|حداکثر|دست{SP}کم|اقلا|اقلاً){SP1}$")
# "... از یه هفته قبل آسپرین نخورید": a thing bidden or forbidden in the clause, so long before some
# event (no one is bidden in the past; not a spoken past, "نیومدید", nor "نرسید")
_BIDDEN_IN_CLAUSE_AFTER = re.compile(rf"[^.؛!?؟،,]{{0,24}}?{B0}(?:ن|ب)(?!رسید)[^\W\d]*[^\W\dدت](?:ید|ین){SP}(?:[.؛!?؟،,]|$)")
_LEAD_BIDDEN_AFTER = re.compile(rf"[^.؛!?؟،,]{{0,20}}?{B0}(?:(?:خبر|اطلاع|هماهنگ|سفارش|زنگ|رزرو){SP1}(?:بدید|بدین|بدهید|کنید|کنین|بزنید|بزنین)"
                                # (or any light verb bidden: "پیانو رو یک روز قبل کوک کنید لطفاً")
                                rf"|بیارید|بیارین|بیاورید|بفرستید|بفرستین|بگید|بگین|بدید|بدین|بدهید|کنید|کنین){B1}")
# "رزرو باید ۱۰ روز قبل باشه": a lead time required, no day
_MUST_BE_AROUND = re.compile(rf"{B0}باید{SP1}(?P<n>[^\s]+){SP1}(?:روز|هفته|ماه){SP1}قبل{SP1}(?:باشه|باشد|باشن|باشند){B1}")
_REST_OF_IT_BEFORE = re.compile(rf"{B0}(?:بقیه|باقی|مابقی)(?:{SP}(?:ش|اش|شو|اشو|ش{SP1}رو|اش{SP1}رو|ش{SP1}را))?(?:{SP1}(?:رو|را))?{SP1}$")
_ACT_SET_CLOSES_AFTER = re.compile(rf"{SP1}(?:تحویل|ارسال|نصب|تسویه|پرداخت|تعویض|تعمیر|حضور){SP}(?:[.!]|$)", re.M)
# (or an offer still on until then: "... ۳۰ درصد تخفیف دارن؛ تا هفته بعد هم هست")
_BARRED_UNTIL_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:ممنوع|ممنوعه|تعطیل|تعطیله|بسته|بسته{SP}ست|قطع|قطعه"
                                 # (or had none of until then: "بستنی سنتی ... تموم شد و تا هفته‌ی بعد نداریم")
                                 rf"|نداریم|نداره|ندارن|ندارم)(?![\w])"
                                 rf"|{SP1}هم{SP1}(?:هست|هستش){SP}(?:[.،,؛!]|$)")
# "همین هفته هر روز بجز جمعه ... هستیم": the day left out of every day's hours
# (or any day but it: "هر روزی جز جمعه باشه خوبه")
_EVERY_DAY_BUT_BEFORE = re.compile(rf"{B0}هر{SP1}روز(?:ی)?(?:{SP1}[^\s\d.،,؛]+)?{SP1}(?:بجز|به{SP1}جز|جز|غیر{SP1}از){SP1}(?:روز(?:{SP}های)?{SP1})?$")
# "اگه شیفت‌های جمعه‌م رو بگیری": one's Friday shifts, every week's (not "کلاس‌های روز پنجشنبه تشکیل
# نمی‌شود", this Thursday's)
_PLURAL_OF_WEEKDAY_BEFORE = re.compile(rf"{B0}(?:شیفت|کلاس|جلسه|تمرین|برنامه){SP}های{SP1}$")
_OWN_WEEKDAY = re.compile(r"\u200c?(?:م|ت|ش|مون|تون|شون)(?![\w\u200c])")
_EVERY_BEFORE = re.compile(rf"{B0}هر{SP1}(?:(?:شیفت|نوبت|کلاس|جلسه){SP1})?(?:{WEEKDAY}{SP}(?:[،,]|و){SP})*$")  # (and "هر شیفت جمعه")  # also "هر شنبه، دوشنبه و چهارشنبه"
# spoken order, a verb of going or coming right before the day: "بر می گردیم پنجشنبه شب"
# (or one can come then, spoken: "مبلغ رو برمی‌گردونیم یا می‌تونید بیاید سه‌شنبه", "می شه بیاید جمعه؟")
_FUTURE_RIGHT_BEFORE = re.compile(rf"(?:{B0}(?:بر{SP})?می{SP}(?:گردیم|گردم|گرده|گردن|ریم|رم|ره|رن|رسیم|رسه|رسن|آییم|آیم|آد|اد|ایم|یام|یایم)|{B0}(?:برمی{SP}گردیم|میریم|میرم)"
                                  # (or a third person: "... ولی این چهارشنبه پسرم امتحان داره؛ میشه بیاد جمعه؟")
                                  rf"|{B0}(?:می{SP}(?:تونید|تونین|توانید|تونه|شه)|میشه|میتونه){SP1}(?:بیاید|بیاین|بیایید|بیاد|بیاید)"
                                  # (or a meeting one puts on it: "قرار ... رو بذار پنجشنبه بعد از افطار", "... رو بذاریم بعد از افطار سه‌شنبه")
                                  rf"|{B0}(?:بذار|بذاریم|بذارید|بذارین|بگذار|بگذاریم|بگذارید)(?:{SP1}(?:بعد|قبل){SP1}از{SP1}(?:افطار|سحر|ظهر))?"
                                  # (or what the last session "becomes": "جلسه‌ی آخر میشه پنجشنبه")
                                  rf"|(?<=آخر[ \u200c])(?:می{SP}شه|میشه)"
                                  # (or "come on, let's": "بیا دوشنبه حساب کتاب کنیم")
                                  rf"|(?:^|(?<=[،,.!؟?\s]))بیا)"
                                  rf"{SP1}(?:روز{SP1})?$")
# a stay or a seat booked for the days: "از پنجشنبه تا یکشنبه توی کلاردشت ویلا گرفتیم", "برای
# پنجشنبه شب بلیت کنسرت گرفتیم"
# (also after "هم": "لباس رو سه‌شنبه آوردم، پنجشنبه هم عروسی دوستمه")
_AWAY_AFTER = re.compile(rf"{SP1}(?:مسافرتم|مسافرتیم|مسافرتن|مرخصیم|سفرم|سفریم)(?![\w\u200c])")
_EVENT_IS_AFTER = re.compile(rf"(?:{SP1}هم)?{SP1}(?:تولد|عمل|جشن|عروسی|امتحان|مهمونی|مهمانی|عقد|نامزدی|راند|کنکور|ختم|آخرین|مهلت"  # ("شنبه آخرین مهلته")
                             rf"|جلسه|کلاس"  # ("پنجشنبه جلسه آخره")
                             # (or a building's chore: "پنجشنبه نظافت کلی ساختمونه، ...")
                             rf"|نظافت|سم{SP}پاشی"
                             # (or a feast or a lunar month's first day: "جمعه عید قربونه و ...", "دوشنبه اول رمضونه")
                             rf"|عید|اول(?={SP1}(?:{HMONTH})))"
                             # (an age's count between too: "دوشنبه تولد ۷۰ سالگی بابامه")
                             rf"(?:{SP1}[0-9]{{1,3}}{SP1}سالگی)?(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,2}}?(?:ه|{SP}ست){SP}(?:[.،,؛!؟]|$|(?<=ه)(?=[^\S\n]+و{B1}))")
_DAY_OFF_AFTER = re.compile(rf"{SP1}رو(?:{SP1}هم)?{SP1}مرخصی{SP1}(?:گرفتیم|گرفتم|گرفته|گرفتن|گرفته{SP}ایم|گرفته{SP}ام){B1}")
_BOOKED_STAY = re.compile(rf"{B0}(?:ویلا|هتل|اتاق|سوئیت|اقامتگاه|بلیت|بلیط){SP1}(?:[^\W\d]+{SP1})?(?:گرفتیم|گرفتم|گرفته{SP}ایم|گرفته{SP}ام|رزرو{SP1}(?:کردیم|کردم)){B1}")
# "... میزبان سوئیس است و دوشنبه ... می‌رود": the "و" after a verb joins two clauses, not a
# list of days or prayers
# (also a day word and "و": "فردا و جمعه تعطیلیم", two days)
_CLAUSE_AND_BEFORE = re.compile(rf"(?:{COPULA.pattern}|{PAST_VERB.pattern}|{HAVE_PRESENT.pattern}|{B0}(?:بر{SP})?می{SP}\w+|{B0}(?:گذشت|برد|باخت|شکست{SP1}داد){B1}"
                                rf"|{B0}(?:امروز|فردا|پس{SP}فردا|دیروز|پریروز|امشب){B1}"
                                # (or a price's spoken "is": "هزینه‌ش حدود ۴۵ هزار تومنه و سه‌شنبه آماده‌ست")
                                rf"|{B0}(?:تومنه|تومانه|هزاره|میلیونه|ریاله|دلاره)"
                                # (or a state's: "احتمالاً نازل کثیفه و دوشنبه میام تمیزش کنم")
                                rf"|{B0}(?:خراب|کثیف|شلوغ|خلوت|گرون|ارزون|سالم|لازم|تموم|حاضر|داغ|سرد|خیس|شل|سفت|کج)ه"
                                # (or the hours of the other days: "این هفته تا ساعت ۲۰ و پنجشنبه تا ساعت ۲۲ باز است")
                                rf"|{B0}تا{SP1}ساعت{SP1}[0-9]{{1,2}}(?::[0-9]{{2}})?){SP1}و{SP1}$")
_WEEKDAY_NOT_BEFORE = re.compile(
    rf"(?<![\w\u200c])(?:امام|امامت|ایمه|ائمه|نماز|نمازهای|خطیب|موقت|مصلا|مصلی|مصلای|آخرین|اولین|نخستین|خطبه|خطبه{SP}های|خطبه{SP}ها|هر|شب|شبهای|شب{SP}های|روزهای|روزها|بازار|"
    rf"مسجد|جمعه|تعطیلات|تعطیلی|عبادی{SP1}سیاسی|نسخه|و){SP}$"
)
_WEEKLY_DAYS_BEFORE = re.compile(rf"(?:{B0}روزهای|{B0}روزای|{B0}روزاش|{B0}روزهاش|{B0}روزهایش)(?:{SP1}(?:همون|همان))?"
                                 rf"(?:{SP1}{WEEKDAY}{SP}(?:[،,]|تا|الی|و))*{SP1}$")
_DAYS_PAIR_BEFORE = re.compile(rf"روزهای{SP1}(?:{WEEKDAY}{SP1}و{SP1})?$")
# "روزهای شنبه تا چهارشنبه", "روزهای شنبه، دوشنبه و چهارشنبه": the last of a run of days of every week
_DAYS_RUN_BEFORE = re.compile(rf"روزهای{SP1}(?:{WEEKDAY}{SP}(?:[،,]|تا|الی|و){SP})+$")
# (not "روزهای یکشنبه و سه‌شنبه هفته جاری": those days of one week)
_DAYS_RUN_OF_WEEK_AFTER = re.compile(
    rf"(?:{SP}(?:[،,]|تا|الی|و){SP}{WEEKDAY})*{SP1}(?:هفته{SP1}(?:جاری|آینده|آتی|بعد|گذشته|قبل)|(?:این|همین){SP1}هفته){B1}")
# (with a possessive too, spoken: "همه‌ی جمعه‌هام پره", "شنبه‌هاتون")
_PLURAL_AFTER = re.compile(rf"{SP}ها(?:ی|م|مون|ت|تون|ش|شون|یم|یمان|یتان|یش|یشان)?(?![\w])")
# "قبلش، دوشنبه، باید گاز رو قطع کنیم": a time word, then the weekday it is, set off by commas
_WHEN_BEFORE_COMMA = re.compile(rf"{B0}(?:قبلش|بعدش|(?:قبل|بعد|پیش){SP1}از{SP1}(?:اون|آن)){SP}[،,]{SP}$")
# a spoken perfect closing the clause, "است" dropped: "مشتری گفت جمعه رسیده"
_SPOKEN_PERFECT_END = re.compile(rf"{B0}(?:رسیده|اومده|آمده|رفته|خورده|فرستاده|گرفته|برده|آورده){B1}(?={SP}(?:[.،,؛!?؟]|$))")
_WEEKDAY_NOT_AFTER = re.compile(rf"{SP}(?:را|ها|های|بازار|شب|ها|سوری|سوریه|سوریست|،|(?:شب|صبح|عصر){SP}ها)(?![\w])")
# "ساعات کاری: شنبه تا چهارشنبه از ۸ تا ۱۶": a week's hours, right after their name, or (a run of
# weekdays) with an office's name between ("ساعات کار واحد رسیدگی به شکایات شنبه تا چهارشنبه ...")
_OFFICE_HOURS = rf"(?:کاری|کار|اداری|مراجعه|ملاقات|پاسخگویی|پاسخ{SP}گویی|پذیرش)"
_OFFICE_HOURS_BEFORE = re.compile(rf"(?:ساعات|ساعت|روزهای){SP1}{_OFFICE_HOURS}{SP}[:：]?{SP}$")
_OFFICE_HOURS_OF_BEFORE = re.compile(rf"{B0}(?:ساعات|ساعت){SP1}{_OFFICE_HOURS}(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,7}}{SP1}$")
_TO_WEEKDAY_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}{WEEKDAY}{B1}")
# "المپیاد یکشنبه با مراسم اختتامیه به کار خود پایان می‌دهد": a present of what is to be done
_IN_STOCK_AFTER = re.compile(rf"{SP1}(?:موجوده|موجودن|موجود{SP1}(?:است|هست|می{SP}شود|میشه|می{SP}شه)){B1}")
_ENDS_PRESENT = re.compile(rf"{B0}(?:پایان|خاتمه|ادامه|پاسخ|حکم|رای|رأی){SP1}می{SP}(?:دهد|دهند){B1}")
_SURI_AFTER = re.compile(rf"{SP}سوری")
_BEFORE_IT_GLOSSED_AFTER = re.compile(rf"(?:{SP}ی)?{SP1}(?:قبلش|بعدش){SP}[،,(]{SP}[0-9]{{1,2}}{SP}(?:{JMONTH}|{GMONTH_ANY})")
_ROUTE_BEFORE = re.compile(r"[^\W\d_][-–]$")
_ROUTE_AFTER = re.compile(r"[-–][^\W\d_]")
_BOUND_FOR_BEFORE = re.compile(rf"{B0}(?:راهی|عازم|مقصد|به{SP1}مقصد|پایتخت{SP1}تاجیکستان){SP1}$"
                               rf"|(?:تاجیکستان|تاجیک)[^.؟!\n]{{0,60}}(?:راهی|عازم|به{SP1}مقصد|در){SP1}$")
_WEEKDAY_TO_BEFORE = re.compile(rf"{WEEKDAY}{SP1}(?:تا|الی){SP1}$")
_DAY_WORD_BEFORE_WEEKDAY = re.compile(rf"{B0}(?:امروز|فردا|دیروز){SP1}(?:هم{SP1})?$")  # (also "امروز هم جمعه‌ست")
_DATED_AFTER = re.compile(rf"{SP}(?:مورخ|مورخه){SP1}")
# "جمعه (۲ مهر)", "روز دوشنبه ( 19 سپتامبر )", "یکشنبه - 11 مهر -": the date after a weekday is the mention
_BRACKET_DATE_AFTER = re.compile(
    rf"{SP}[(\-–،,]{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP}(?:{JMONTH}|{GMONTH_ANY})")
# ... but not one told as a second thing ("افتاد پنجشنبه، ۲۸ دی هم آخرین مهلت ...")
_SECOND_DAY_AFTER = re.compile(rf"(?:{MAH})?{_ALSO_AFTER.pattern}")
_STORY_THAT_BEFORE = re.compile(rf"{B0}آن{SP1}$")
# "تا ساعت ۲۴ چهارشنبه": a deadline's hour, then its day
_WHEN_CAME_THEN_WE_AFTER = re.compile(
    rf"{SP1}که(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}(?:اومد|اومدن|رسید|رسیدن|اومدید|رسیدید|اومدین|رسیدین)(?:{SP}[،,])?"
    rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}می{SP}?[^\W\d]+(?:یم|م){B1}")
_WANTED_POLITE = re.compile(rf"{B0}می{SP}?(?:خواستم|خواستیم){B1}")
_UNTIL_HOUR_BEFORE = re.compile(rf"{B0}تا{SP1}ساعت{SP1}[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?(?:{SP1}{DAYPART})?{SP1}(?:روز{SP1})?$")
# "از شامگاه سه‌شنبه تا صبح چهارشنبه": the end of a run whose start is told, not a day ahead
_FROM_TO_BEFORE = re.compile(rf"{B0}از{SP1}(?:[^\s.؟!]+{SP1}){{1,3}}تا{SP1}$")
_OBJECT_AFTER = re.compile(rf"{SP1}را{B1}")
_REPORTS_NOW_AFTER = re.compile(rf"{SP1}می{SP}(?:نویسد|نویسند|گوید|گویند){B1}")
_POSTPONED_AFTER = re.compile(rf"{SP1}(?:موکول|موکول{SP}شد|تعویق|(?:هم{SP1})?باید){B1}")
# (nor across "و" to another clause: "از جمعه شب قطعه و الان با وای‌فای ... دارم"; but "شنبه و یکشنبه")
_AND_NOT_WEEKDAY = re.compile(rf"{SP1}و{SP1}(?!(?:روز{SP1})?{WEEKDAY})")
# (not "از هم‌اکنون / از الان": from now on)
_NOW_LATER = re.compile(r"(?<![\w\u200c])(?<!از )(?:الان|اکنون|هنوز|همچنان)(?![\w\u200c])")
_RA = re.compile(rf"{B0}را{B1}")  # "تا جلسه روز چهارشنبه ... را ... موکول کند": the day names a thing
# a promise, a request or a decision that what follows be done
_PROMISED_BEFORE = re.compile(rf"{B0}(?:(?:وعده|قول){SP1}(?:داده|داد|دادند|داده{SP}اند|دادن|دادیم|دادم)|خواستار{SP1}(?:شد|شدند)|(?:قرار|مقرر){SP1}شد"
                              rf"|تصمیم{SP1}(?:گرفت|گرفتند|گرفته)|درخواست{SP1}(?:کرد|کردند|کرده)"
                              # "از مردم خواست روز یکشنبه در مراسم شرکت کنند": asked of someone
                              # "کسی می‌تونه شیفت پنجشنبه عصر رو با من عوض کنه؟": a favour asked
                              rf"|{B0}می{SP}(?:تونه|تونی|تونید|تونین|توانید|توانی|تواند)|{B0}میتون(?:ه|ی|ید|ین)"
                              rf"|(?<=[^\W\d])\u200c?(?:ها|های)?{SP1}خواست|{B0}از{SP1}(?:{_NAME_WORD}{SP1}){{1,3}}(?:خواست|خواستند)){B1}")
# (or what another said, reported: "مریم: یعنی کی؟ رضا: گفت دوشنبه.")
_ANSWER_COLON_BEFORE = re.compile(rf"[:：]{SP}(?:(?:گفت|گفته|گفتن|گفتند|می{SP}گه|میگه){SP1})?$")


def _answers_when(f: str, start: int) -> bool:
    """What stands at ``start`` opens a speaker's answer to "when?" asked just before it."""
    return bool(_ANSWER_COLON_BEFORE.search(f, max(0, start - 12), start)
                and _WHEN_ASKED_BEFORE.search(f, max(0, start - 120), start))


# (or "... پنجشنبه هم گذشت و هنوز خبری نشده": the promised day gone by too)
P_WEEKDAY_GONE = re.compile(rf"{B0}(?P<wd>{WEEKDAY})(?:\u200c?ای{SP1}که|{SP1}هم){SP1}گذشت{B1}")
# (or asked after, nothing come of it: "فرشای ما که قرار بود یکشنبه بیاد چی شد؟")
_NOT_DONE = re.compile(rf"{B0}ن(?:یومد|یامد|اومد|کرد|شد|رفت|داد|رسید|یاورد|یورد)(?:ین|ید|یم|ن|ند|م)?{B1}"
                       rf"|{B0}چی{SP1}شد{B1}")
_PLAN_FOR_BEFORE = re.compile(rf"{B0}قرار(?:مون|مان|شون|شان|تون|تان|م|ت|ش)?{SP1}(?:برای|واسه){SP1}(?:روز{SP1})?$")
_WAS_RIGHT_AFTER = re.compile(rf"{SP1}بود{B1}")
_SURELY_AFTER = re.compile(rf"{SP1}(?:حتماً|حتما|قطعاً|قطعا){SP}(?:[.!؟?،,]|$)")
_CLAUSE_CLOSES_AFTER = re.compile(rf"{SP}(?:[.!؟?،,؛;]|$)")
_SAID_THEN_BEFORE = re.compile(rf"{B0}(?:{_alt(SAID_FORMS)}|قول{SP1}(?:داده|دادن|دادند)){SP1}[^\s\d.،,؛:!?؟]+{SP1}[^\s\d.،,؛:!?؟]+{SP1}$")
_ANSWER_END_AFTER = re.compile(rf"{SP}(?:[.!؟?،,]|$)")
_ANSWER_PART_END_AFTER = re.compile(rf"(?:{SP1}(?:{DAYPART}))?{_ANSWER_END_AFTER.pattern}")
_WHEN_ASKED_BEFORE = re.compile(rf"{B0}(?:کی|چه{SP1}روزی|چه{SP1}موقع)(?:{SP1}[^\s؟?.]+){{0,4}}{SP}[؟?][^؟?]*$")
_OR_RIGHT_BEFORE = re.compile(rf"{B0}یا{SP1}(?:روز{SP1})?$")
# (the second person too: "سه‌شنبه ۲۸ آذر میاری یا چهارشنبه؟")
# (or a subjunctive of the first person: "سنگ‌ها رو می‌خواید پنجشنبه بیارم یا جمعه؟"; after today too,
# "ساعت رو امروز بیارم یا پنج‌شنبه؟")
_WEEKDAY_THEN_PRESENT = re.compile(rf"{B0}(?:{WEEKDAY}|امروز){SP1}(?:[^\s.،,؛:!؟?]+{SP1}){{0,2}}(?:(?:می|نمی){SP}[^\W\d]+(?:ین|ید|یم|ن|ه|د|ی)|ب[^\W\d]+(?:م|یم))(?![\w\u200c]){SP1}یا{SP1}$")
_DAY_AHEAD_WORD = re.compile(rf"{B0}(?:فردا|پس{SP}فردا|هفته(?:{SP}ی)?{SP1}(?:آینده|بعد|دیگه|دیگر)){B1}")
# "فقط دو تا پنجشنبه مونده", "چند تا جمعه": weekdays counted, no day of their own
_COUNTED_WEEKDAYS_BEFORE = re.compile(rf"(?<!از )(?<!ساعت ){B0}(?:[0-9]+|{_alt(NUMBER_WORDS[:12])}|یه|چند){SP1}تا{SP1}$")
_ON_OFFER = re.compile(rf"{B0}(?:با{SP1}تخفیف|حراج|تخفیف{SP}دار|فروش{SP1}ویژه){B1}")
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
                          # (invited: "پنجشنبه عروسی دعوتیم")
                          rf"|{SPOKEN_INVITED}"
                          # (on leave: "از شنبه تا ۲۰ تیر آقا رحیم مرخصیه")
                          r"|(?<![\w\u200c])مرخصی\u200c?(?:ه|م|ام|یم|ایم|ن|ان)(?![\w\u200c])"
                          # (absent or present: "کلاس سه‌شنبه رو غایبم")
                          r"|(?<![\w\u200c])(?:غایب|حاضر)\u200c?(?:م|یم|ه|ن|ید|ین)(?![\w\u200c])"
                          # (cut off, in speech, at its clause's end: "برق یکشنبه از ۹ تا ۱۳ قطعه،"; not "۳ قطعه" of pieces)
                          r"|(?<![\w\u200c])قطع(?:ه|ن)(?=[^\S\n]*(?:[،,.؛!?؟]|$))"
                          # (broken or under repair, so too: "چون شنبه تا ظهر آسانسور تعمیره.")
                          r"|(?<![\w\u200c])(?:خراب|تعمیر)(?:ه|ن)(?=[^\S\n]*(?:[،,.؛!?؟]|$))"
                          # open or shut, in speech: "پنجشنبه استخر بازه؟", "جمعه مطب تعطیله" (not "بازه زمانی")
                          rf"|(?:{SPOKEN_CLOSED}|(?<![\w\u200c])(?:بازه|بسته\u200c?ست|بسته\u200c?ایم|بسته\u200c?یم)(?![\w\u200c]))(?![\s\u200c]*(?:ی|زمانی|سنی)(?![\w]))")
_OCCASION_IS_AFTER = re.compile(
    rf"(?:{SP1}شب)?(?:{SP1}(?:هم{SP1})?که)?{SP1}(?:شب{SP1})?"
    # ("سه‌شنبه روز عیده": the feast's day)
    rf"(?:نیمه(?:{SP}ی)?{SP1}(?:شعبان|شعبون)|تاسوعا|عاشورا|(?:روز{SP1})?عید(?:{SP1}(?:فطر|قربان|قربون|غدیر|مبعث))?|چهارشنبه{SP}سوری|یلدا|اربعین"
    rf"|قدر|انتخابات|تولد(?:م|ش|ت|مون|شون)?|سالگرد(?:م|ش|مون|شون)?|سال{SP}تحویل|تحویل{SP1}سال"  # ("پنجشنبه سال تحویله")
    rf"|ولنتاین|کریسمس"  # ("دوشنبه ولنتاینه؟")
    # (a day the calendar names for someone: "پنجشنبه روز مادره، ... دسته گل می‌خوام")
    rf"|روز{SP1}(?:جهانی{SP1})?(?:مادر|پدر|معلم|پرستار|زن|مرد|دختر|پسر|عشق|ولنتاین|کودک|درختکاری|دانشجو|کارگر|پزشک|خبرنگار))"
    rf"(?:{SP}ه|{SP}ست|{SP1}است)(?![\w\u200c])")
_FROM_WORD_AFTER = re.compile(rf"{SP1}از{B1}")
# (or "not that one either", then another day or a bidding: "سه‌شنبه نه، چهارشنبه هم نه، بذاریمش پنجشنبه")
_NOT_BUT_AFTER = re.compile(rf"{SP1}(?:هم{SP1})?نه{SP}[،,]{SP1}(?:ولی|اما|بلکه|{WEEKDAY}|بذاریم|بزاریم|بذار|بزار|بندازیم|بنداز){B1}")
_INSTEAD_BEFORE = re.compile(rf"{B0}به{SP1}جای{SP1}(?:روز{SP1})?$")
_STATE_VERB = re.compile(r"(?<![\w\u200c])ن?(?:باش|دار)(?:د|ند|یم|م|ی|ید)(?![\w\u200c])"
                         r"|(?<![\w\u200c])ن?باشه(?![\w\u200c])")  # spoken: "قول می‌دم چهارشنبه آماده باشه"
_WE_AWAIT_AFTER = re.compile(rf"(?:{SP1}(?:هم|دیگه))?{SP1}(?:منتظر(?:{SP}?(?:تون|تان|ت|شما))?|در{SP1}خدمت(?:{SP}?(?:تون|تان|ت|شما))?){SP}?(?:یم|م)"
                             rf"(?={SP}(?:[.،,؛!؟?]|$))")
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
# a present denied: "بانک‌ها از روز شنبه کارت ملی قدیمی را نمی‌پذیرند", from that day on
_DENIED_ACT = re.compile(rf"{B0}نمی{SP}\w+")
_DIGIT_RIGHT_BEFORE = re.compile(r"[0-9][^\S\n]*$")
# (words parted by whitespace only, as in tense._THAT_PAST_ASIDE: a class that took the ZWNJ too
# would split every word at each ZWNJ, and the match would take exponential time)
_PRESENT_ASIDE_THEN_PAST = re.compile(
    rf"(?:[^\S\n]+[^\s.،,؛:!؟]+){{0,12}}?[^\S\n]+(?P<that>که)(?:[^\S\n]+[^\s.،,؛:!؟]+){{0,10}}?[^\S\n]+ن?می[\u200c ]?[^\W\d]+"
    rf"[^\S\n]*[،,](?:[^\S\n]+[^\s.،,؛:!؟]+){{0,3}}?[^\S\n]+{PAST_ONLY.pattern}")
# a day put forward and asked about, spoken: "سه‌شنبه شب خوبه؟", "جمعه چطوره؟"
_GOOD_FOR_AFTER = re.compile(rf"(?:{SP1}(?:شب|صبح|عصر|ظهر))?{SP1}(?:خوبه|چطوره|مناسبه)(?![\w\u200c])")
# a day said to be kept and then let pass: "شما گفتید دوشنبه میاید ولی نیومدید"
# (or someone's word passed on: "راننده‌تون گفت یکشنبه میاد، ولی خبری نشد")
_PROMISE_SAID_BEFORE = re.compile(rf"{B0}(?:گفتید|گفتین|گفتی|گفتن|گفت|گفته{SP1}بود|گفته{SP1}بودید|قرار{SP1}بود|قرار{SP}مون{SP1}بود)(?:{SP1}(?:که|روز))?{SP1}$")
# (or "and", after what we did meanwhile: "گفته بودید سه‌شنبه میاید، ما تا ساعت ۷ منتظر موندیم و نیومدید!")
_BUT_NOT_DONE = re.compile(rf"{B0}(?:ولی|اما|و){SP1}(?:[^\W\d]+{SP1})?(?:نیومد|نیامد|نرفت|نکرد|ندید|نداد|نزد|نشد)(?:ی|ید|ین|یم|ن|ند)?{B1}")
# the day one would rather have, after a bid to come: "این هفته بیاید، ترجیحاً چهارشنبه"
_PREFERABLY_BEFORE = re.compile(rf"{B0}(?:ترجیحا|ترجیحاً){SP1}(?:روز{SP1})?$")
_BIDDEN_BEFORE = re.compile(rf"(?<![\w\u200c])(?:بیاید|بیاین|بیایید|تشریف{SP1}(?:بیارید|بیارین|بیاورید))(?![\w\u200c])")
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
    # (not in the plural, no name: "مجله‌های ژانویه‌ی ۲۰۰۷ فردا صبح می‌رسه")
    rf"(?!{SP}(?:ها|های)(?![\w\u200c]))"
    rf"(?:{SP1}[^\s،,.:؛!?؟]+){{0,4}}{SP1}$")  # (within its clause: "مجله‌ها نمیاد؛ فردا میارن")
_SUPERLATIVE_NOUN_BEFORE = re.compile(rf"{B0}[^\W\d]+{SP}ترین{SP1}(?:برنامه|مسابقه|سریال|ساعت|روز|شب)(?:{SP}ی)?{SP1}(?:{DAYPART}{SP1})?$")
_PART_OR_CLOCK_AFTER = re.compile(rf"{SP1}(?:{DAYPART}|ساعت){B1}")
_PASSED_MARK = re.compile(rf"{B0}از{SP1}(?:مرز|رقم){B1}")
_COPULA_AFTER = re.compile(rf"{SP1}(?:است|اند){B1}")
# a case made up to explain a rule: its "last year" is nobody's
# ("مثلا فرض کنید ... سال گذشته ... بود" asks to suppose a fact: its year is one)
_SUPPOSED = re.compile(rf"{B0}(?:مثلا|مثلاً|فرضا|فرضاً){SP1}اگر{B1}")
_TODAY_AND_GAP = re.compile(rf"امروز{SP1}و{SP1}")
