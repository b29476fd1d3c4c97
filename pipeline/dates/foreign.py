"""The reader of dates in the other calendars: Gregorian days, months and years
("۹ دسامبر ۲۰۱۹", "ژانویه ۲۰۱۲"), lunar Hijri days with or without a year ("۲۱ رمضان",
"محرم ۱۴۴۵", "دهه اول محرم"), and imperial years; a yearless Hijri day is the nearest one the
clause's tense allows.
"""
from __future__ import annotations

import datetime as dt
import re

from . import convert, relative
from .candidate import AZ_BEFORE, IN_BEFORE, Cand, UNTIL_BEFORE
from .clauses import (
    CLAUSE_END, COOKED, HABIT, PAST_ONLY, PRESENT_ACT, SENTENCE_END, VOTIVE_GIVEN, WILL, future_first, has_verb, sentence_end,
    sentence_start, tense_stop,
)
from .lexicon import (
    AMBIGUOUS_GREGORIAN, B0, B1, DAY_WORD, DURATION_BEFORE, ERA_GREGORIAN, ERA_HIJRI, ERA_JALALI, GMONTH, GMONTH_ANY,
    GREGORIAN_MONTHS, HMONTH, HTAIL, JMONTH, SP, SP1, WORD, UNIT_AFTER, WEEKDAY, _alt, month_number, weekday_number,
)
from .tense import (
    BOOKED, FALLS_ON_BEFORE, HAVE_ANY, HAVE_OR_NOT, NOT_NOW, SUBJ_LIGHT, WISH_VERB, WORD_AFTER, approaching, by_tense, deadline, lasts_until,
    month_tense, moved_ahead, nearest_side, planned_before, planned_in, set_off_on, told_tense, was_planned, OVER_AFTER,
    weekday_with,
)
from .forms import (
    P_GDAY, _B1_OR_Y4, _CLOCK_RANGE_AFTER, _DAHE_BEFORE, _DAY, _DAYS_COUNT_BEFORE, _FOG_WORDS, _HIJRI_ERA_HINT, _ONE_DIGIT_COUNT_AFTER,
    _PARTICIPLE, _PART_OF_MONTH, _SHORT_YEAR, _TO_DIGITS, _WD, _Y4, _az_before, _days_start,
)
from .spans import IMPERIAL_OFFSET, IMPERIAL_YEARS, _day, _day_number, _era_calendar
from .cues import (
    _BEGUN_RIGHT_AFTER, _CLAUSE_OPENS_BEFORE, _COPULA, _DAY_NUMBER_BEFORE, _EVENT_OF_BEFORE, _EXAMPLE_BEFORE,
    _FOR_DAY_BEFORE, _FOR_EVENT_DAY_BEFORE, _MAH_BEFORE, _NAMED_AS_AFTER, _NAME_BEFORE, _NUMBER_GOES_ON,
    _THING_OF_DAY_BEFORE, _USUALLY_BEFORE, _YEARLY_GATHERING, _clause_open, _nearest_of_three_years, named_place_before, SCHOOL_OR_BASE,
)
from .passes import MEANS_BEFORE, _EVENT_NAMED_BEFORE, _OWN_DAYS_RUN_AFTER, named_as_occasion
from .months import _IN_BEFORE, _ORDINALS, _SUPERLATIVE_BEFORE, _WE_WANT_TO_AFTER, _WHEN_COMES_AFTER, _month_rel, _stop_after

# a Hijri-month year below this without "قمری" may be Jalali; from it on, no Jalali year of the news
# ("در شوال ۱۴۱۲ وارد حوزه شد", "نهم جمادی‌الاول ۱۴۰۷")
HIJRI_ONLY_FROM = 1406
HIJRI_OLD_BEFORE = 1341  # ... but not one below this: no Jalali year the news dates by a Hijri month (the written sets read
# 343 of 343 lunar months with a year before 1343 and no era as Hijri, 1310, 1328 and 1336 among them; "محرم ۱۳۴۲" is
# the Jalali year of 15 Khordad)
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
# (so "ماه‌های مه و ژوئن ۱۹۴۲", the months named in the plural, another month's name after "و")
P_GM_MAY = re.compile(rf"{B0}(?:ماه{SP1}(?P<mon>مه(?![\w\u200c])|می{B1}{_MAY_AFTER})"
                      rf"|ماه{SP}های{SP1}(?P<mon2>مه)(?={SP1}و{SP1}(?:{GMONTH_ANY}){B1}))")
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
# (the surface the date is written on after it: "تاریخ ۲۷ رمضان ۹۱۲ بر لبه آن نوشته شده")
_OLD_YEAR = (rf"(?<![0-9/.\-:])(?P<y>[1-9][0-9]{{2}})(?![0-9/.\-:]?[0-9])(?P<era>)"
             rf"(?={SP}(?:[،,.؛:)]|$|(?:در|به|که|از|بر|روی|کتابت|نوشته|حک|وقف|درگذشت|وفات|رحلت|زاده|متولد|شهید|کشته|تاسیس|تأسیس|بنا|ساخته"
             rf"|بوده|بود)(?![\w\u200c])))")  # ("سالروز وفات مولانا ۵ جمادی‌الثانی ۶۷۲ بوده")
# a count of goods after a Hijri day, no year of its ("۲۳ رمضان ۱۰ کیلو زولبیا نذر کردیم", "تعطیلات ۱ و ۲
# شوال ۱۸ پرواز فوق‌العاده", "برای ۲۸ صفر ۱۵۰ تانکر آب"), or of days ("بعد از ۲۱ رمضون ۲ هفته مرخصی می‌گیرم")
_COUNT_OF_GOODS = rf"{SP1}(?:کیلو|کیلوگرم|کیسه|گونی|کارتن|کیلویی|تن|نفر|عدد|جعبه|بسته|دیگ|سینی|قطعه|پرس|تا|پرواز|قطار|اتوبوس|کاروان|زائر|روز|هفته|لیوان|شیشه|بطری|درصد|هزار|میلیون|تومن|تومان|گوسفند|راس|گاو|شتر|مرغ|بز|کاسه|ظرف|قابلمه|شاخه|دسته|سبد|تاج{SP}گل|قالب|تانکر|دستگاه|کامیون|خودرو|آمبولانس|لیتر|نیرو|مامور|مأمور|سطل|پاکبان|داوطلب|ویال|دوز){B1}"
_HMONTH_3DIGITS = re.compile(rf"{HMONTH}{SP}[1-9][0-9]{{2}}(?![0-9])")  # a cheap test before P_HDAY_OLD / P_HMY_OLD
# (also glued: "رجب۸۲۷"; or the date an inscription bears: "تاریخ ۱۵ رجب ۹۶۲ را دارد")
P_HDAY_OLD = re.compile(rf"{_DAY}{SP}(?P<mon>{HMONTH})(?:{B1}|(?=[0-9])){SP}(?:{_OLD_YEAR}"
                        rf"|(?P<dated_y>(?<![0-9/.\-:])[1-9][0-9]{{2}}(?![0-9/.\-:]?[0-9]))(?={SP1}(?:را|رو|دارد|داره|نشان){B1})"
                        # (or, after "در", before a word, in a sentence told in the past: "در ۱۲ شعبان ۹۹۸ زیج خود را
                        # تقدیم کرد"; not a count of goods, "در ۲۸ صفر ۱۲۰ زائر آمدند")
                        rf"|(?P<told_y>(?<![0-9/.\-:])[3-9][0-9]{{2}}(?![0-9/.\-:]?[0-9]))(?={SP1}[^\W\d])(?!{_COUNT_OF_GOODS}))")
_DATE_WORD_NEAR = re.compile(rf"{B0}تاریخ{B1}")
# (or "dated" so: "کاشی‌های زرین‌فام ...، مورخ ربیع‌الثانی ۶۶۳، ..."; "ماه" between too: "در ماه رجب ۴۸۱ به پایان رسید")
P_HMY_OLD = re.compile(rf"{B0}(?:در|مورخ|مورخه){SP1}(?:ماه{SP1})?(?P<mon>{HMONTH})(?:{B1}|(?=[0-9])){SP}{_OLD_YEAR}"
                       # (or the date an inscription bears: "کتیبه ... تاریخ رجب ۸۹۹ را دارد", "تاریخ بازسازی ... را
                       # رجب ۹۴۷ نشان می‌دهد")
                       rf"|{B0}(?P<dated>تاریخ|را){SP1}(?P<mon2>{HMONTH})(?:{B1}|(?=[0-9])){SP}(?P<y2>[1-9][0-9]{{2}})(?![0-9/.\-:]?[0-9])"
                       # (or where it stands written: "نام سازنده و تاریخ شوال ۵۲۸ آمده است")
                       rf"(?={SP1}(?:را|رو|دارد|داره|است|نشان|آمده|نوشته|حک|درج|ثبت){B1})")
# Hijri months without a year. The names are also names and words (رمضان، رجب، شعبان are first
# names, صفر is "zero", محرم "confidant"), so only with a day ("ششم محرم", "۲۸ صفر"), a year
# word ("محرم امسال") or a cue for a period ("ایام محرم و صفر", "دهه اول محرم", "نیمه شعبان").
P_HDAY_NY = re.compile(
    # (not before a number a lunar year might be, unless things are counted by it; "شب ۱۹ رمضان ۴۵۰۰ مأمور"
    # is no year's)
    rf"(?:{_WD}{_DAY}|{B0}(?P<nim>نیمه)){SP}{_HMONTH_OF}(?P<mon>{HMONTH}){HTAIL}{B1}(?!{SP}(?:1[2-4][0-9]{{2}}|[0-9]{{1,3}})(?![0-9])(?!{_COUNT_OF_GOODS}))"
    rf"(?:{SP1}(?P<ry>امسال|(?:سال{SP1})?جاری|پارسال|سال{SP1}(?:گذشته|قبل|پیش)){B1})?"
)
_FEAST_OF_BEFORE = re.compile(rf"{B0}(?:جشن|جشن{SP}های|جشنواره|مناسبت|میلاد|ولادت|عید|تعطیلی|تعطیلات)(?:{SP1}(?:بزرگ|ملی|باشکوه))?{SP1}$")
# the days before a Hijri day that share its month: "۹ و ۱۰ محرم", "از ۱ تا ۴ شوال" (a run), or
# "۱۹، ۲۱ و ۲۳ رمضان" (a list, digits only)
_HIJRI_DAYS_BEFORE = re.compile(
    rf"(?<![0-9/.\-:])(?P<list>(?:[0-9]{{1,2}}{SP}[،,]{SP})*)(?:(?P<d1>[0-9]{{1,2}}){SP}|{B0}(?P<d1w>{DAY_WORD}){SP1})(?P<sep>و|تا|الی|لغایت)"
    rf"(?:{SP1}|(?<=[0-9]و)|(?<=[0-9]تا))$")  # also glued digits: "از۱۳تا۱۵رجب", "۲۶و۲۷رمضان"
_NIGHTS_BEFORE = re.compile(rf"{B0}(?:شب{SP}های|شبهای|شب{SP}ها){SP1}$")
_PRAYER_BEFORE = re.compile(rf"{B0}(?:دعای|اعمال|زیارت){SP1}(?:روز{SP1})?$")
# (the year word first, no year after: "امسال محرم می‌افته تو مهر"; not صفر, zero)
P_HM_REL_BEFORE = re.compile(rf"{B0}(?P<ry>امسال|پارسال){SP1}(?:ماه{SP1})?(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}(?!{SP}[0-9])"
                             rf"(?!{SP1}(?:امسال|پارسال|سال){B1})")
P_HM_REL = re.compile(rf"{B0}(?P<mon>{HMONTH}){HTAIL}{SP1}(?P<ry>امسال|(?:سال{SP1})?جاری|سال{SP1}(?P<step>بعد|آینده|آتی|گذشته|قبل|پیش)|پارسال){B1}")
# "در ماه مبارک رمضان ... برگزار خواهد شد": a programme for the coming month (a clause in the
# present, "در ماه رمضان ... می‌خورند", is every year's)
# (no year after it; a count may follow: "برای ماه رمضان ۲۰ هزار تن خرما")
# (or "در" right after the hours named: "ساعت کاری در رمضان ۹ تا ۱۵ هست")
# (or right after the hours, "در" left out: "از دیروز ساعت کاری رمضان اعمال شده")
# "کارگاه در محرم برای مرمت تعطیل خواهد شد": a lunar month after "در", told in the written future, the
# coming one (not صفر, "zero" too)
_NOT_HELD_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}(?:برگزار|اجرا|پخش|انجام){SP1}نمی{SP}(?:شود|شوند|گردد|گردند){B1}")
_ANNOUNCED_BEFORE = re.compile(rf"{B0}(?:اعلام{SP1}کرد|اعلام{SP1}کردند|خبر{SP1}داد|اطلاع{SP1}داد)(?:{SP1}که)?{B1}")
P_HM_IN_AHEAD = re.compile(rf"{B0}(?:در|تو|توی){SP1}(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}(?!{SP}[0-9])")
P_HM_MAH = re.compile(rf"(?:(?:{B0}ماه|(?:(?<=کاری )|(?<=کار )|(?<=اداری ))در){SP1}|(?<=ساعت کاری )|(?<=ساعات کاری )|(?<=ساعت کار )|(?<=ساعات کار ))"
                      rf"(?:(?:مبارک|پربرکت){SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}"
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
                             rf"(?:ماه{SP1}(?:مبارک{SP1})?)?(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}"
                             # (or a thing to be ready by it: "... سفارش بدین که به محرم برسه")
                             rf"|{B0}به{SP1}(?:ماه{SP1})?(?!صفر{B1})(?P<mon2>{HMONTH}){HTAIL}{SP1}(?:برسه|برسد|برسن|برسند|برسیم|برسونیم|برسونم){B1}")
# "تو این رمضون", "همین ماه محرم": this one, the nearest to publication
# (with "ماه" or after a preposition: "ببین این رمضان حی می‌گوید" is a man named Ramadan)
_TO_HIM = re.compile(rf"{B0}(?:بهش|بش|ازش|باهاش|براش|بهشون|ازشون|باهاشون|به{SP1}(?:او|اون|ایشون|ایشان)){B1}")
P_HM_OPENS = re.compile(rf"{B0}(?P<mon>{HMONTH}){HTAIL}(?=[\s\u200c])")
P_HM_RUN_OPENS = re.compile(rf"{B0}از{SP1}(?:ماه{SP1})?(?P<mon>{HMONTH}){HTAIL}{SP1}(?:تا|الی){SP1}(?:ماه{SP1})?{HMONTH}{HTAIL}{SP1}[0-9]{{3,4}}(?![0-9])")
P_HM_NEXT_AFTER = re.compile(rf"{HMONTH}(?:ه)?{SP1}و{SP1}بعد(?:ش|شم|ش{SP1}هم){SP1}(?P<mon>{HMONTH}){HTAIL}{B1}")
P_HM_THIS = re.compile(rf"(?:{B0}(?:این|همین){SP1}ماه{SP1}(?:مبارک{SP1})?|{B0}(?:در|تو|توی|برای|واسه|از|تا){SP1}(?:این|همین){SP1})"
                       rf"(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}")
# "چون رمضونه", "ماه صفره و عروسی کمه": the month it is now (only after "ماه" is صفر no zero, nor
# محرم one's kin)
# (a written "است" only after "چون" or "الان": "ورود به ماه رمضان است" says what something is)
P_HM_IS = re.compile(rf"(?:(?<!به\s){B0}ماه{SP1}(?:مبارک{SP1})?(?P<mon>{HMONTH}){HTAIL}ه"
                     rf"|{B0}(?:چون|الان|الآن|حالا|دیگه)(?:{SP1}که)?{SP1}(?:ماه{SP1}(?:مبارک{SP1})?|(?!(?:صفر|محرم){B1}))"  # ("الان که رمضونه")
                     rf"(?P<mon2>{HMONTH}){HTAIL}(?:ه|{SP1}(?:است|هست)))(?=[^\S\n]*(?:[؟?!.،,؛]|و{B1}|$))", re.M)
# "از فردا که ماه رمضونه ساعت کاری ...": the month it is, told in a "که" clause, whatever follows
P_HM_IS_THAT = re.compile(rf"(?<=که\s)ماه{SP1}(?:مبارک{SP1})?(?P<mon>{HMONTH}){HTAIL}ه{B1}")
# ... and the month whose end is awaited ("ماه رمضان که تموم بشه بارا زیاد میشه": the one at hand) or
# whose coming is ("تا آخر ذی‌الحجه ... تخفیف می‌دیم، محرم که بیاد کار تعطیله": the coming one); an end
# only after "ماه", a coming after it or beside another lunar month ("محرم" is a first name too)
P_HM_AWAITED = re.compile(rf"(?:{B0}(?P<mah>ماه){SP1}(?:مبارک{SP1})?|{B0})(?P<mon>{HMONTH}){HTAIL}{SP1}که{SP1}"
                          rf"(?:(?P<ends>(?:تموم|تمام){SP1}(?:بشه|بشود|شود|میشه|می{SP}شه|می{SP}شود))"
                          rf"|بیاد|بیاید|برسه|برسد|شروع{SP1}(?:بشه|بشود|شود)|فرا{SP}برسد){B1}")
# a day set so that the month will have ended by it: "حنابندون رو گذاشتیم یکشنبه ۲۷ آبان که صفر تموم شده باشه"
# (or over by a time told: "از ۱۹ دی میتونیم رزرو کنیم، تا اون موقع صفر تموم شده")
P_HM_OVER_BY = re.compile(rf"{B0}که{SP1}(?P<mon>{HMONTH}){HTAIL}{SP1}(?:تموم|تمام){SP1}شده{SP1}(?:باشه|باشد){B1}"
                          rf"|{B0}تا{SP1}(?:اون|آن|همون|همان){SP1}(?:موقع|وقت|زمان){SP}[،,]?{SP1}(?P<mon2>{HMONTH}){HTAIL}{SP1}(?:تموم|تمام){SP1}شده{B1}")
_HMONTH_ANY = re.compile(rf"{B0}(?:{HMONTH}){HTAIL}{B1}")
# just begun, told after "که": "از دیروز که رمضان شروع شده مطب ... کار می‌کنه" (the one at hand)
# (or after the day it began: "از دیروز محرم شروع شده")
P_HM_BEGUN = re.compile(rf"(?:(?<=که\s)|(?<=دیروز\s)|(?<=امروز\s)|(?<=پریروز\s))(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{SP1}(?:شروع|آغاز){SP1}شده(?!{SP1}(?:بود|باشد|باشه){B1}){B1}")
# "محرم که تعطیل نیستین؟": whether one is open or closed in the month, asked (the coming one, or the one at hand)
P_HM_STATE_ASKED = re.compile(rf"{B0}(?P<mon>{HMONTH}){HTAIL}{SP1}که{SP1}(?:تعطیل|باز|بسته){SP1}(?:نیستین|نیستید|نیستی|هستین|هستید|هستی){SP}[؟?]")
# ... or told, its clause opening the sentence ("محرم کلاسا تعطیل نیست، فقط تاسوعا و عاشورا ..."): a few words
# of what is shut or open between
P_HM_STATE_TOLD = re.compile(rf"(?:^|(?<=[.!?؟\n]\s)|(?<=[.!?؟\n]))(?:ماه{SP1})?(?P<mon>{HMONTH}){HTAIL}(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}"
                             rf"(?:تعطیل|بسته)(?:{SP1}(?:نیست|نیستیم|نیستن|هست|هستیم|است)|{SP}(?:ه|یم|ن)){B1}")
# "صفر که بشه تورها رو کم می‌کنیم": when it becomes the month, spoken, the coming one (صفر too: no zero
# "becomes"; not "محرم که بیاد بهش می‌گم", a man who comes)
# (so "که شد" before one's spoken wish or plan: "رجب که شد می‌خوام برم اعتکاف"; and when it arrives: "محرم که
# برسه تیم دو هفته تمرین نمیکنه")
P_HM_WHEN_IT_COMES = re.compile(rf"{B0}(?:ماه{SP1})?(?P<mon>{HMONTH}){HTAIL}{SP1}که{SP1}(?:بشه|شروع{SP1}(?:بشه|شه)|برسه|برسد|فرا{SP1}?برسه"
                                rf"|شد(?={SP}[،,]?{SP1}(?:می{SP}?خوام|می{SP}?خوایم|می{SP}?خواهم|می{SP}?رم|می{SP}?ریم|می{SP}?آم|میام|میایم))){B1}")
# "محرم از ۱۳ آبان شروع شد": the month begun on a solar day told, the latest
# a clause's opening, and a solar day told after a lunar month
_CLAUSE_OPENS = r"(?:^|(?<=[.!?؟،,؛:\n]\s)|(?<=[.!?؟،,؛:\n]))"
_SOLAR_DAY = rf"[0-9]{{1,2}}{SP1}(?:{JMONTH}|{GMONTH}){SP1}"
P_HM_BEGUN_ON = re.compile(rf"{_CLAUSE_OPENS}(?P<mon>{HMONTH}){HTAIL}{SP1}از{SP1}{_SOLAR_DAY}"
                           rf"(?:شروع|آغاز){SP1}(?:شد|شده(?:{SP1}است)?){B1}")
# "صفر ۴ مهر تموم می‌شه": the month ending on a solar day told, the nearest (صفر too: no zero ends so)
P_HM_ENDS_ON = re.compile(rf"{_CLAUSE_OPENS}(?:ماه{SP1})?(?P<mon>{HMONTH}){HTAIL}{SP1}(?:هم{SP1})?{_SOLAR_DAY}"
                          rf"(?:تموم|تمام){SP1}(?:می{SP}?شه|می{SP}شود|شد|شده(?:{SP1}است)?){B1}")
P_HM_NEAR = re.compile(rf"{B0}(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{SP1}(?:(?:هم|نیز)(?:{SP1}که)?{SP1})?(?:(?:شروع|آغاز){SP1}(?:می{SP}شود|می{SP}شه|میشه)"
                       rf"|نزدیک(?:ه|{SP1}(?:است|ه|شده))|در{SP1}راه{SP1}است|داره{SP1}(?:می{SP}?رسه|میاد|می{SP}آد)"  # ("محرم داره می‌رسه")
                       # (or the solar month it falls in this time: "محرم این دفعه می‌افته شهریور")
                       rf"|(?:(?:این|امسال){SP1}(?:دفعه|بار|سال){SP1}|امسال{SP1})?(?:می{SP}افته|میفته|می{SP}افتد){SP1}(?:به{SP1})?(?:{JMONTH})"
                       # what waits for its end: "رمضون تموم بشه بعد بریم", "چون رمضون تموم نشده"
                       rf"|تموم{SP1}(?:بشه|نشه|نشده|شه|می{SP}شه)|تمام{SP1}(?:شود|نشود|نشده|بشود)){B1}")  # (also "رمضون هم که نزدیکه")
# a plan set before or after a month: "عقد رو بذاریم بعد از صفر", "جمعه ۹ آذر که قبل از محرم باشه"
# no year after the month (a count may follow: "تا پایان ذی‌الحجه ۲۰ درصد تخفیف می‌دهد")
# (nor a clock: "ساعت کلاس تو رمضان ۹ و نیم شبه")
# (nor a run of hours: "ساعت کاری در رمضان ۹ تا ۱۵ هست")
# (nor a quantity: "برای نذری دهه اول محرم ۸۰ لیتر گلاب می‌خوایم")
_NO_HYEAR_AFTER = rf"(?!{SP}[0-9](?![0-9]*{SP1}(?:درصد|هزار|میلیون|میلیارد|نفر|تن|روز|ساعت|و{SP1}(?:نیم|ربع)|صبح|ظهر|عصر|شب|بامداد" \
                  rf"|لیتر|کیلو|کیلوگرم|گرم|عدد|بسته|شیشه|کارتن|گونی|متر|دست|جلد){B1}" \
                  rf"|[0-9]?{SP1}تا{SP1}[0-9]{{1,2}}(?![0-9])" \
                  rf"|[0-9]?{SP1}(?:{JMONTH}|{GMONTH})(?:ه)?{B1}))"  # (nor a solar day told right after: "اول محرم ۱۷ تیره")
P_HM_AROUND = re.compile(rf"{B0}(?:(?:قبل|پیش|بعد){SP1}از|پس{SP1}از(?!{SP1}ماه{B1})|قبل){SP1}(?:ماه{SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}"  # (spoken "قبل محرم")
                         rf"{_NO_HYEAR_AFTER}(?!{SP1}(?:امسال|پارسال|سال|گذشته|آینده){B1})")
# "سفارش نذری‌تون برای محرم آماده‌ست": what is for the month, the one not yet over (not a pair,
# "واسه محرم و صفر که اجرا نداریم": those months of any year)
P_HM_FOR = re.compile(rf"{B0}(?:برای|واسه){SP1}(?:ماه{SP1})?(?:مبارک{SP1})?(?!صفر{B1})(?P<mon>{HMONTH}){HTAIL}{B1}"
                      rf"{_NO_HYEAR_AFTER}(?!{SP1}(?:امسال|پارسال|سال|گذشته|آینده){B1})(?!{SP1}و{SP1}{HMONTH})")  # ("برای ماه محرم ۵۰۰ شیشه گلاب")
_COMPARED_IS = re.compile(rf"(?:(?<=[^\W\d])|(?<=[^\W\d]\u200c))تر(?:ه|{SP1}(?:است|هست))(?![\w\u200c])")
_CLAUSE_PAUSE_AFTER = re.compile(r"[،,؛;.!?؟\n]")
_OWN_PAST_CLAUSE_AFTER = re.compile(rf"{SP1}که(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}?{SP1}(?:{PAST_ONLY.pattern}){SP}[،,]")
# the spoken spelling "رمضون" is the month wherever it stands ("کل رمضون رو من شیفتم", "به‌خاطر
# رمضون ..."), not a man so named ("مش رمضون", "آقا رمضون") nor one with its year (P_HMY's)
# (nor a greeting: "رمضون مبارک!")
P_HM_SPOKEN = re.compile(rf"(?<!مش )(?<!آقا )(?<!عمو )(?<!حاج )(?<!دایی )(?<!کربلایی ){B0}(?P<mon>رمضون){B1}"
                         rf"(?!{SP1}مبارک(?:{SP1}(?:باشه|باد))?{SP}[!؟?،,.؛])"
                         rf"(?!{SP}[0-9](?![0-9]*{SP1}(?:تا|درصد|هزار|میلیون|نفر|روز|ساعت){B1}))")  # ("رمضون ۲۰ تا شیشه")
P_HM_FALLS_IN = re.compile(
    rf"(?:(?P<fall>{B0}(?:بیفته|بیفتد|بیفتن|بیفتند|میفته|می{SP}افته|می{SP}افتد)){SP1}(?:تو{SP1}|در{SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}{_NO_HYEAR_AFTER}"
    rf"|{B0}(?:تو|در){SP1}(?P<mon2>{HMONTH}){HTAIL}{SP1}(?:هستیم|هستم|هستید|هستن|هستند){B1}"
    # spoken "تو" (in) before the month: the one at hand ("تو رمضون استاد رحم نکرد", "سلف تو رمضون فقط
    # افطاری می‌ده")
    # (not a pair, "تو محرم و صفر کسی عروسی نمی‌گیره": those months of any year)
    # (also "توی": "عروسی افتاد بعد از ماه رمضان، توی شوال")
    rf"|{B0}(?:تو|توی){SP1}(?:ماه{SP1})?(?P<mon3>{HMONTH}){HTAIL}{B1}{_NO_HYEAR_AFTER}(?!{SP1}و{SP1}{HMONTH}))")
P_HM_CUE = re.compile(
    rf"{B0}(?:ایام|دهه(?:{SP}ی)?{SP1}(?:اول|نخست|دوم|سوم|آخر|پایانی)|(?P<ahead>آستانه|فرا{SP}رسیدن|هلال)|حلول"
    rf"|ماه{SP}های(?={SP1}{HMONTH}{HTAIL}{SP1}و{SP1}{HMONTH})"  # "هم‌زمان با ماه‌های رجب و شعبان"
    rf"|(?:پایان|آغاز|سرآغاز|ابتدای|اوایل|اواخر|طول|(?:آخرین|واپسین|نخستین|اولین){SP1}(?:روزهای|روز|شب{SP}های)"
    rf"|(?:روزهای|شب{SP}های){SP1}(?:پایانی|آخر|نخست)"  # "در شب‌های پایانی ماه رمضان"
    rf"|(?P<ahead2>استقبال{SP1}از|در{SP1}پیش{SP1}بودن|نزدیک{SP1}شدن{SP1}به)){SP1}ماه"  # "با نزدیک شدن به ماه رمضان"
    # "تا پایان ذی‌القعده", "از ابتدای رمضان", spoken "تا آخر رمضون" (not "آخر صفر" of a count, "تا آخر")
    rf"|(?:پایان|آغاز|سرآغاز|ابتدای|اوایل|اواسط|اواخر|وسط|بقیه(?:\u200cی)?|(?<=تا\s)آخر|(?<=برای\s)آخر|(?<=[،,]\s)آخر|(?<![^\n])آخر|(?:اولین|نخستین|آخرین){SP1}روز"  # (also "برای آخر رمضان", "...، آخر صفر، ...", and opening the text: "آخر شعبان مراسم عقد داریم")
    rf"|(?:روزهای|شب{SP}های){SP1}(?:پایانی|آخر|نخست))(?={SP1}(?:ماه{SP1}(?:مبارک{SP1})?)?(?:(?:صفر|محرم|رمضان|رمضون|شعبان|شوال){B1}|ذی|ربیع|جمادی))){SP1}"
    rf"(?:ماه{SP1})?(?:(?:مبارک|پربرکت){SP1})?(?P<mon>{HMONTH}){HTAIL}{B1}{_NO_HYEAR_AFTER}"
    rf"(?:{SP1}و{SP1}(?P<mon2>{HMONTH}){B1}{_NO_HYEAR_AFTER})?"
)
# a manuscript's colophon or a deed, which date by the lunar year: "کتابت", "کاتب", "انجامه", "وقف‌نامه"
# ("این رساله در ۱۷ ذی‌الحجه ۱۳۶۱ نوشته شده"); or a rug or a map with its date ("رجب ۱۳۰۸ بافته شده",
# "نقشه‌ی قدیمی که زیرش نوشته محرم ۱۳۱۰")
# (or a letter, a decree or a deed of then, stamped: "نامه‌ای مربوط به رجب ۱۳۲۵ با مهر پستخانه اصفهان و ۳ تمبر ۵ شاهی")
_LIFE_OR_PAPER = re.compile(rf"{B0}(?:صادر|به{SP1}دنیا|متولد|زاده{SP1}شد|درگذشت|وفات|امضا|منعقد|مدرک|گواهی{SP}نامه|قرارداد|قرارداد{SP}ی){B1}")
_SCRIBED = re.compile(rf"{B0}(?:[کك]تابت|[کك]اتب|انجامه|تحریر|[کك]تیبه|وقف{SP}نامه|رساله|قباله|نوشته{SP1}شده|بافته{SP1}شده"
                      # (or what is written on an old thing: "روی جعبه‌ی چوبی قدیمی ... نوشته ربیع‌الثانی ۱۳۱۵")
                      rf"|قدیمی{B1}[^.!?؟\n]{{0,30}}?{SP1}نوشته(?={SP1}(?:{HMONTH}))"
                      rf"|نامه|فرمان|سند|مکتوب|تمبر"
                      # (or a lithographed book's date: "یه کتاب ... چاپ سنگی دارم که تاریخش محرم ۱۳۱۰ هست")
                      rf"|چاپ{SP1}سنگی|سنگی{SP1}چاپ"
                      # (or an antique's date of making: "یه تخته‌ی عتیقه دارم که تاریخ ساختش محرم ۱۳۱۰ هست")
                      rf"|عتیقه|تاریخ{SP1}ساخت(?:ش|{SP}اش)?"
                      # (or a concession granted, as the Qajar court's were: "امتیاز احداث راه‌آهن ... در محرم ۱۳۱۰ ... واگذار شد")
                      rf"|امتیاز(?:{SP}نامه)?(?={SP1}(?:احداث|ساخت|راه|بهره{SP}برداری|استخراج|انحصار|تاسیس|تأسیس))"
                      rf"|(?:زیرش|رویش|روش|پشتش){SP1}نوشته)")
_MOVED_TO_SPOKEN_BEFORE = re.compile(rf"{B0}(?:رفت|افتاد)(?:{SP1}(?:به|برای))?{SP1}$")
# the occasion a Hijri day is marked for ("به مناسبت ۱۳ رجب", "به مناسبت فرارسیدن ۱۵ شعبان"): the one at hand
# (the first days of a run between: "به مناسبت ۹ و ۱۰ محرم")
_OCCASION_BEFORE = re.compile(rf"{B0}(?:(?:به{SP1})?مناسبت(?:{SP1}(?:آغاز|فرارسیدن|فرا{SP}رسیدن|شروع))?|تعطیلات){SP1}"
                              rf"(?:(?:شب|روز){SP1})?(?:[0-9]{{1,2}}{SP}(?:و|تا|[،,]){SP})*$")  # (also "به مناسبت شب ۱۹ رمضان")
_NINE_ELEVEN_BEFORE = re.compile(
    rf"(?:حملات|حمله|حادثه|حوادث|واقعه|وقایع|رویداد|رویدادهای|گزارش|پرونده|قربانیان|عاملان|"
    rf"ماجرای|کمیسیون|بعد{SP1}از|پس{SP1}از|از{SP1}زمان|قبل{SP1}از|پیش{SP1}از|تروریستی|دو{SP}قلو{SP}[(]){SP}$")
# ... further on, for a lunar day: "۱۵ شعبان رو از چند ماه پیش رزرو کردیم"
_BOOKED_FAR_AFTER = re.compile(rf"{WORD_AFTER}{{0,6}}?{BOOKED}")
# a subjunctive "be" ("آرزو می‌کنم ... قبول باشد"): the sentence is no heading (a habitual
# present, "در طول ماه رمضان ... وزن پیدا می‌کنند", stays out: it tells of every year)
# (or any subjunctive of a compound verb: "... را در شب‌های پایانی ماه رمضان افزایش دهند")
_PRESENT_VERB = re.compile(r"(?<![\w])(?:باشد|باشند|ب?(?:دهد|دهند|کند|کنند|شود|شوند|گیرد|گیرند))(?![\w])")
_GMONTH_WORD = re.compile(rf"{B0}(?:{GMONTH}){B1}|{B0}(?:مه|می){SP1}(?:19|20)[0-9]{{2}}(?![0-9])")  # (also "تو مه ۲۰۱۹")
_NTH_WEEKDAY_BEFORE = re.compile(rf"{_ORDINALS}{WEEKDAY}(?:{SP}[یٔ])?{SP1}(?:ماه{SP1})?$")  # "... نخستین دوشنبه ماه نوامبر"
# (a past imperfective of the third person plural, the clause's first verb: "بازمی‌گشتند", "می‌رفتند")
_PAST_HABIT_AFTER = re.compile(rf"[^.،,؛:!?؟\d\n]{{0,60}}?(?<![\w\u200c])(?:بازمی|برمی|درمی|فرامی|می){SP}[^\W\d]+(?:تند|دند)(?![\w\u200c])")
# "اگه فوریه، پنجشنبه ... هستم": "فوری" with a spoken "is" (urgent), not February
# (or told so by the one spoken to: "چون گفتید فوریه، فردا صبح ...")
# (or after any thing of yours: "اگه جلدت فوریه همین هفته بیار", if your binding is urgent)
_URGENT_BEFORE = re.compile(rf"{B0}(?:اگه|اگر|خیلی|کارتون|کارت|کارش|گفتید|گفتین|گفتی){SP1}$"
                            rf"|{B0}(?:اگه|اگر){SP1}[^\W\d]+(?:ت|تون|تان){SP1}$")
# (or said of a trouble just told, closing its sentence: "گوشی بچه‌م خراب شده، فوریه.")
_TROUBLE_TOLD_BEFORE = re.compile(rf"{B0}(?:شده|خرابه|مونده){SP}[،,]{SP}$")
_CLOSES_SENTENCE_AFTER = re.compile(rf"{SP}(?:[.!؟?]|$)")


_LUNAR_DAY_PLAIN_BEFORE = 1375
_SOLAR_YEAR_OF_DAY = re.compile(rf"(?:{JMONTH}|سال){SP1}(?P<y>1[34][0-9]{{2}})(?![0-9])")
_SOLAR_TOLD_YEAR = re.compile(rf"(?<![0-9])(?P<y>1[23][0-9]{{2}}){SP1}(?:هجری{SP1})?(?:شمسی|خورشیدی){B1}")


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
        if m.group("dw") and (_PART_OF_MONTH.search(f, max(0, m.start() - 12), m.start())
                              or m.group("dw") in ("اول", "نخست") and _DAYS_COUNT_BEFORE.search(f, max(0, m.start() - 16), m.start())):
            continue
        if y is None and (_NAMED_AS_AFTER.match(f, m.end()) or _EXAMPLE_BEFORE.search(f, max(0, m.start() - 25), m.start())
                          or (nm := _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                          and not _NOT_NAMED_FOR_A_GREGORIAN_DAY.match(nm.group(0))):
            # "۱۰ اکتبر را روز جهانی ... نامیدند": every year's; "مثلا اول جولای"; "ائتلاف ۱۴ مارس" (but no
            # hall or body is named for a Gregorian day after "هنری"/"ورزشی": "ژیمناستیک هنری ۵ مارس"; nor a
            # hospital or a school)
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
                                       or _THING_OF_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                       or _ASKED_FOR_DAY_AFTER.match(f, m.end())
                                       # (nor the date a cheque is written for: "تاریخ چک آقای موسوی ۱۵ ژانویه نوشته شده")
                                       or _CHEQUE_DATE_BEFORE.search(f, max(0, m.start() - 30), m.start()))
                         else told_tense(f, m.start(), m.end()),
                         wd=weekday_with(f, m), lasts=lasts))
    for m in P_GM_BARE.finditer(f):
        # "اوایل آوریل": a Gregorian month alone (the unambiguous names), of the nearest year.
        if _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()) or _REVOLUTION_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                or _DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                or _EXAMPLE_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or _NTH_WEEKDAY_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or _SUPERLATIVE_BEFORE.search(f, max(0, m.start() - 8), m.start()) \
                or m.group(0).startswith("فوریه") and (_URGENT_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                                       or _TROUBLE_TOLD_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                                       and _CLOSES_SENTENCE_AFTER.match(f, m.end())) \
                or _USUALLY_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or _PAST_HABIT_AFTER.match(f, m.end()):
            # also "انقلاب اکتبر": the October Revolution; the month of a day-month that the
            # day finder turned down ("۱۰ اکتبر را روز جهانی ... نامیدند"); a rule's day,
            # "اولین سه‌شنبه نوامبر" (the first Tuesday of every November); and a usual month,
            # "پنجره‌های هوای مناسب معمولاً اواخر ژوئیه باز می‌شود"; and what was done every such month,
            # told in the past imperfective ("لنج‌ها در آوریل ... می‌رفتند و در سپتامبر بازمی‌گشتند")
            continue
        mon = month_number(m.group("mon"), "gregorian")
        out.append(Cand(m.start(), m.end(), "gregorian_m", "gregorian", m=mon, needs_ref=True,
                         rel=_month_rel(f, m, "gregorian", mon), inherits=True, tense=month_tense(f, m)))
    for m in P_GM_YEAR_REL.finditer(f):
        mon = month_number(m.group("mon"), "gregorian") if m.group("mon") else 5  # "ماه مه سال جاری میلادی"
        # "ژوئیه امسال": this Gregorian year's
        step = {"گذشته": -1, "قبل": -1, "جاری": 0, "آینده": 1, None: 0}[m.group("st") or m.group("st1")]
        if (day := _DAY_OF_REL_MONTH_BEFORE.search(f, max(0, m.start() - 4), m.start())) and 1 <= (d := int(day.group("d"))) <= 31:
            # "در روز ۲۵ دسامبر امسال": that day of this Gregorian year's month
            out.append(Cand(day.start(), m.end(), "gregorian_dmy", "gregorian", m=mon, d=d, needs_ref=True, priority=2,
                             rel=lambda ref, mon=mon, d=d, step=step: convert.gregorian(ref.year + step, mon, d)))
            continue
        out.append(Cand(m.start(), m.end(), "gregorian_my", "gregorian", m=mon, needs_ref=True, priority=2,
                         rel=lambda ref, mon=mon, step=step: convert.gregorian(ref.year + step, mon)))
    for m in P_GM_MAY.finditer(f):
        out.append(Cand(m.start("mon") if m.group("mon") else m.start("mon2"), m.end(), "gregorian_m", "gregorian", m=5, needs_ref=True,
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
        if m.group("mon") == "جون" and not m.group("era") and UNIT_AFTER.match(f, m.end()):
            continue  # "خانم‌جون ۱۴۰۰ تومن کم داد": spoken "جان", then a sum
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
            # ... and a lunar day of a year before 1375, whatever the sentence ("در ۱۳ ذی‌الحجه ۱۳۴۵ امتیاز ...
            # داده شد"): 42 of the 48 such days in the written sets, all lunar; Jalali years a lunar day is
            # told with are the news's own ("راهپیمایی ۱۰ محرم ۱۳۸۸"), unless a solar date of that year is beside it
            old = old or (form == "hijri_dmy" and y < _LUNAR_DAY_PLAIN_BEFORE and not UNIT_AFTER.match(f, m.end())
                          and not any(int(j.group("y")) == y for j in _SOLAR_YEAR_OF_DAY.finditer(
                              f, sentence_start(f, m.start()), sentence_end(f, m.end()))))
            # ... and a lunar day of a year the table holds, that a Jalali year might be too, in a record of a
            # life or a paper ("مدرک در ۲۰ جمادی‌الاول ۱۳۴۵ در قاهره صادر شده", "در ۲۱ ربیع‌الاول ۱۳۴۵ ... به دنیا
            # آمد"): those were dated by the lunar year (not "راهپیمایی ۱۰ محرم ۱۳۸۸", the Jalali year's Ashura)
            old = old or (form == "hijri_dmy" and y < HIJRI_ONLY_FROM and not UNIT_AFTER.match(f, m.end())
                          and bool(_LIFE_OR_PAPER.search(f, sentence_start(f, m.start()), sentence_end(f, m.end()))))
            # ... and a month of such a year beside the Gregorian year it falls in ("گزارش ... به تاریخ
            # ۱۷ ژوئیه ۱۹۰۱ نوشته شده و در ربیع‌الثانی ۱۳۱۹ به تهران رسیده": 1319 AH is 1901; the
            # Jalali 1319 is 1940); "محرم ۱۳۴۲" alone is the Jalali year's, of 15 Khordad
            old = old or (form == "hijri_my" and y < convert.HIJRI_YEARS[0] and not UNIT_AFTER.match(f, m.end())
                          and (_gregorian_year_beside(f, m, convert.hijri(y, 1).start.year)
                               # ... or in a sentence that tells its lunar era elsewhere ("در سال ۱۳۱۰ قمری
                               # ... در صفر ۱۳۱۰ ...")
                               or bool(_HIJRI_ERA_HINT.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())))
                               # ... or written on a manuscript, a deed or a rug ("تاریخ رجب ۱۳۰۸ بافته شده")
                               or bool(_SCRIBED.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())))
                               # ... or of a Qajar king's reign, named in the sentence ("حکم مظفرالدین شاه در
                               # جمادی‌الثانی ۱۳۱۵"): his court dated by the lunar year
                               or _in_named_reign(f, m, y)
                               # ... or after a lunar day of the year before or the same, told before it in the
                               # sentence ("فروش ۳۰ صفحه در ۱۵ ذی‌الحجه ۱۳۳۰ و ۲۲ صفحه در محرم ۱۳۳۱")
                               or any(h.group("y") and 0 <= y - int(h.group("y")) <= 1 for h in P_HDAY.finditer(f, sentence_start(f, m.start()), m.start()))))
            # ... or in a sentence that marks another year as solar ("در محرم ۱۳۱۰ ... واگذار شد و تا سال ۱۳۰۷
            # شمسی ادامه یافت"): the unmarked one is lunar
            old = old or (y < HIJRI_ONLY_FROM and not UNIT_AFTER.match(f, m.end())
                          and any(int(j.group("y")) != y for j in _SOLAR_TOLD_YEAR.finditer(f, sentence_start(f, m.start()), sentence_end(f, m.end()))))
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
    # (both, when an era is told somewhere and a lunar day has three digits of its own with none: "تاریخ
    # ۱۵ رجب ۹۶۲ را دارد و بنا در ۱۲۸۵ قمری ... بازسازی شد")
    shorts = (((P_HDAY_SHORT, "hijri_dmy"), (P_HMY_SHORT, "hijri_my")) if _HIJRI_ERA_HINT.search(f) else ()) \
        + (((P_HDAY_OLD, "hijri_dmy"), (P_HMY_OLD, "hijri_my")) if _HMONTH_3DIGITS.search(f) else ())
    for pattern, form in shorts:
        for m in pattern.finditer(f):
            if pattern is P_HMY_OLD and m.group("mon2"):
                if not (m.group("dated") == "تاریخ" or _DATE_WORD_NEAR.search(f, max(0, m.start() - 60), m.start())):
                    continue  # ("را" before the month only after "تاریخ" a few words back)
                out.append(Cand(m.start("mon2"), m.end(), form, "hijri", y=int(m.group("y2")),
                                 m=month_number(m.group("mon2"), "hijri")))
                continue
            if pattern is P_HDAY_OLD and m.group("dated_y") \
                    and not _DATE_WORD_NEAR.search(f, max(0, m.start() - 60), m.start()):
                continue  # ("را" after the year only after "تاریخ" a few words back)
            if pattern is P_HDAY_OLD and m.group("told_y") \
                    and not (IN_BEFORE.search(f, max(0, m.start() - 4), m.start())
                             and PAST_ONLY.search(f, m.end(), sentence_end(f, m.end()))):
                continue
            d = _day(m) if form == "hijri_dmy" else None
            y = int(m.group("y") or m.groupdict().get("dated_y") or m.groupdict().get("told_y"))
            if m.group("era") == "میلادی" or y == 0 or d is not None and not 1 <= d <= 30:
                continue
            if not m.group("era") and (UNIT_AFTER.match(f, m.end()) or _NUMBER_GOES_ON.match(f, m.end())):
                continue  # "۲۸ صفر ۱۲۰ هزار زائر"
            start = m.start("mon") if pattern is P_HMY_OLD else m.start()  # "در" outside
            out.append(Cand(start, m.end(), form, "hijri", y=y, m=month_number(m.group("mon"), "hijri"), d=d))
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


# The Qajar kings and the lunar years of their reigns, a few years' slack either side (a crown
# prince's deeds, a reign's aftermath); the Jalali reading of those years (1893-1935 AD, Reza Shah's
# time) is rarely told beside a Qajar king
_QAJAR_REIGNS = (("آقا{SP}?محمد{SP}?خان", 1200, 1214), ("فتحعلی{SP}?شاه", 1209, 1253), ("محمد{SP}?شاه", 1247, 1267),
                 ("ناصرالدین{SP}?شاه", 1261, 1316), ("مظفرالدین{SP}?شاه", 1310, 1327), ("محمدعلی{SP}?شاه", 1321, 1330),
                 ("احمد{SP}?شاه", 1324, 1346))
_QAJAR_KING = re.compile("|".join(rf"{B0}(?P<k{i}>{name.format(SP=SP)}){B1}" for i, (name, _, _) in enumerate(_QAJAR_REIGNS)))


def _in_named_reign(f: str, m: re.Match, year: int) -> bool:
    """A Qajar king is named in the sentence of ``m`` and ``year`` (lunar) falls in his reign."""
    for k in _QAJAR_KING.finditer(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
        _, lo, hi = _QAJAR_REIGNS[int(k.lastgroup[1:])]
        if lo <= year <= hi:
            return True
    return False


def _gregorian_year_beside(f: str, m: re.Match, year: int) -> bool:
    """The sentence of ``m`` names a Gregorian year within one of ``year``."""
    lo, hi = sentence_start(f, m.start()), sentence_end(f, m.end())
    return any(abs(int(g.group(0)) - year) <= 1 for g in _GREGORIAN_YEAR.finditer(f, lo, hi))


# (also in honour of it: "دوی همگانی ... به احترام شب ۱۹ رمضان لغو شد")
_BECAUSE_OF = (rf"{B0}(?:به{SP1}(?:دلیل|علت|خاطر|احترام)|(?:تقارن|هم{SP}زمانی|مصادف{SP1}شدن){SP1}با|هم{SP}زمان{SP1}با)"
               rf"(?:{SP1}(?:تقارن|هم{SP}زمانی){SP1}با)?{SP1}")
_BECAUSE_OF_BEFORE = re.compile(rf"{_BECAUSE_OF}$")
# "برای جشن‌های ماه ربیع‌الاول، پارک خودرو ... ممنوع است": what is arranged for the month's festivities
_FESTIVITIES_OF_BEFORE = re.compile(rf"{B0}برای{SP1}(?:جشن|مراسم|برنامه){SP}(?:ها|های)?{SP1}$")
_HIJRI_DATED = re.compile(rf"[0-9]{{1,2}}{SP}(?P<mon>{HMONTH}){HTAIL}{SP1}1[34][0-9]{{2}}(?![0-9])")


def _dated_later(f: str, end: int, mon: int) -> bool:
    """The same Hijri month told later in the sentence with a day and its year: that date is the
    mention, the month named before it no time of its own."""
    d = _HIJRI_DATED.search(f, end, sentence_end(f, end))
    return d is not None and month_number(d.group("mon"), "hijri") == mon


# asked of someone, spoken, about what they do in the month: "ماه رمضون تا کی بازید؟", "ماه رمضون
# میاید برای لوله‌ی آشپزخونه؟" (the month not yet over)
# (or whether a place holds a thing in it: "ماه صفر مهد عزاداری داره؟")
_ASKED_OF_YOU = re.compile(rf"(?:{SP1}[^\s.،,؛:!؟?]+){{0,3}}?{SP1}(?:ن?می{SP}[^\W\d_]+(?:ید|ین)|بازید|بازین|هستید|هستین"
                           rf"|داره|دارید|دارین|دارن)(?![\w\u200c])"
                           rf"[^.،,؛:!؟?\n]{{0,30}}[؟?]")
# the hours kept in the month: "ساعت کاری ماه رمضون ۱۰ صبح تا ۴ عصره" (the month not yet over)
_NOT_DONE_PRESENT = re.compile(rf"{B0}نمی{SP}(?:شود|شوند|گیریم|گیرند|گیرد|دهیم|دهند|دهد|کنیم|کنند|کند){B1}")
_WE_WANT = re.compile(rf"{B0}(?:می{SP}خوایم|می{SP}خواهیم|لازم{SP1}داریم|نیاز{SP1}داریم"
                      rf"|می{SP}خوام|می{SP}خواهم){B1}")  # (or I: "اردکا رو واسه نذری ماه محرم میخوام")
_MUST_BE_READY_BY = re.compile(rf"{B0}باید{SP1}تا{SP1}[^.!?؟\n]{{1,30}}?{SP1}(?:آماده|حاضر|تحویل){SP1}(?:بشه|بشن|بشود|شود|بدیم|بدید|بدین){B1}")
_THEN_CLOSED_AFTER = re.compile(rf"{SP}[،,]{SP}(?:تعطیل(?:یم|ه|ن|{SP1}(?:است|هستیم|هستند))|بسته{SP}(?:ایم|یم|ست|است)){B1}")
_HOURS_OF_BEFORE = re.compile(rf"{B0}(?:ساعت|ساعات|ساعت{SP}های){SP1}(?:کاری|کار|اداری|بازدید|ملاقات|فعالیت)(?:{SP}ی)?{SP1}$")
# a run of hours right after the month: "کل ماه رمضان ساعت ۱۰ شب تا ۲ بامداد باز هستیم"
_HOURS_RUN_AFTER = re.compile(rf"(?:{SP1}(?:از|هم)|{SP1}[^\s\d.،,؛:!?؟]+(?={SP1}(?:از{SP1})?ساعت{B1}|{SP1}از{SP1}[0-9]))?{SP1}(?:از{SP1})?(?:ساعت{SP1})?[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب|بامداد))?"
                              rf"{SP1}(?:تا|الی){SP1}(?:ساعت{SP1})?[0-9]{{1,2}}(?![0-9])")
_FASTING_NOW_AFTER = re.compile(rf"{SP1}روزه(?:{SP}(?:ام|ایم|ای|اید|این)|م|یم|{SP1}(?:هستم|هستیم|هست|است|هستن|هستند)){B1}")
# the hours one is open in the month, asked: "ماه رمضان مغازه چه ساعتی بازه؟", "ماه رمضون تا کی بازین؟"
_HOURS_ASKED_AFTER = re.compile(rf"(?:{SP1}{WORD}){{0,2}}?{SP1}(?:چه{SP1}ساعتی|چه{SP1}ساعت|چه{SP1}ساعتایی|تا{SP1}کی|از{SP1}کی|ساعت{SP1}چند)"
                                rf"(?:{SP1}{WORD}){{0,2}}?{SP1}(?:باز|تعطیل|بسته)(?:ه|ید|ین|ن|{SP1}(?:است|هست|هستید|هستین|می{SP}شه|میشه|می{SP}شود))?{SP}[؟?]")
# moved to an hour in the month: "جلسات درس در رمضان به ساعت ۲۱ منتقل می‌شود"
_MOVED_TO_HOUR_AFTER = re.compile(rf"{SP1}به{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب))?"
                                  rf"{SP1}(?:منتقل|تغییر){SP1}(?:می{SP}شود|می{SP}شه|شد|شده|خواهد{SP1}شد|می{SP}یابد|یافت){B1}")
# (or of opening: "در ماه مبارک رمضان ساعت فعالیت از افطار تا ۳ بامداد است")
_HOURS_AFTER = re.compile(rf"{SP1}(?:ساعت|ساعات|ساعت{SP}های){SP1}(?:کاری|کار|اداری|فعالیت)(?:{SP}(?:مون|مان|ما|شون|شان|تون|تان|ی))?{B1}"
                          # the hour a thing starts or is held at in the month: "کلاسای ماه رمضان ساعت ۹:۳۰ شب
                          # شروع میشه", "تمرینات در ماه رمضان ساعت ۲۲ برگزار می‌شود"
                          rf"|{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|ظهر|عصر|شب))?"
                          rf"{SP1}(?:شروع|آغاز|برگزار){B1}")
_WEEKDAY_GLOSS_AFTER = re.compile(rf"{SP1}(?P<wd>{WEEKDAY})(?![\w\u200c])")


# (its year told too: "از ۲۰ صفر به ۲۷ صفر ۱۴۳۷ منتقل شد")
_MOVED_TO_HIJRI_DAY_AFTER = re.compile(rf"{SP1}به{SP1}(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}(?:{HMONTH}){HTAIL}(?:{SP1}1[34][0-9]{{2}})?"
                                       rf"{SP1}(?:منتقل|موکول|تغییر|جابجا|جابه{SP}جا){B1}")


# (not what was cooked for it, on the day: "قیمه نذری که برای ۱۰ محرم پختم ۷۰ کیلو برنج برد"; nor the votive food
# given out, on the day: "برای شب ۱۹ رمضان نذری دادید؟")
_COOKED_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+|{SP1}[0-9]+){{0,4}}?{SP1}(?:{COOKED}|{VOTIVE_GIVEN})(?![\w\u200c])")


_ZEROS_AFTER = re.compile(rf"{SP1}(?:از{SP1}(?:پول|واحد{SP1}پول|ریال|لیر|لیره|تومان|اسکناس|ارز)|حذف){B1}")


def _hijri_noyear_cands(f: str) -> list[Cand]:
    out = []
    for m in P_HDAY_NY.finditer(f):
        d = 15 if m.group("nim") else _day(m)
        if m.group("nim") and _FEAST_OF_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "جشن‌های نیمه شعبان", "به مناسبت نیمه شعبان": the feast named, not a day told
        if (not 1 <= d <= 30 or named_place_before(f, m.start(), m.end())
                or _DAHE_BEFORE.search(f, max(0, m.start() - 10), m.start())
                or _PRAYER_BEFORE.search(f, max(0, m.start() - 20), m.start())):
            continue  # "دهه نخست محرم" is ten days, not the first day; "دعای روز دهم رمضان" a prayer
        mon = month_number(m.group("mon"), "hijri")
        if mon == 2 and not m.group("ry") and _ZEROS_AFTER.match(f, m.end()):
            continue  # "۶ صفر از پول ملی حذف شد": zeros struck off a currency
        if not m.group("ry") and (hab := HABIT.search(f, _clause_open(f, m.start()), m.start())) \
                and not _LIKE_BEFORE.search(f, max(0, hab.start() - 16), hab.start()) \
                and not _THIS_TIME.search(f, _clause_open(f, m.start()), m.start()) \
                and not any(g.start() <= hab.start() < g.end() for g in _YEARLY_GATHERING.finditer(f, max(0, hab.start() - 40), hab.end() + 20)) \
                and _HABIT_PRESENT_AFTER.match(f, m.end()):
            # (not "مثل هر سال", "مثل همیشه": this year's, as always; nor with "امسال" or "این دفعه" said; nor a
            # yearly gathering's name: "مراسم سالانه اسب‌دوانی گنبد در ۱۵ شعبان برگزار می‌شود", the coming one)
            continue  # "ما نذری‌مون رو همیشه شب ۸ محرم می‌دیم": every year's, told as a habit in the present
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
                    or _BOOKED_FAR_AFTER.match(f, m.end()) or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 12), m.start()) \
                    and not _COOKED_AFTER.match(f, m.end()) \
                    or _FOR_EVENT_DAY_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                    or _ORDER_OF_BEFORE.search(f, max(0, m.start() - 30), m.start()) and _ORDER_TAKEN_AFTER.match(f, m.end()):
                # "از در پیش بودن پانزدهم شعبان گفت", "اجرا به ۱۲ محرم موکول شد": the coming day; so
                # what is booked or ordered for one ("۱۵ شعبان رو از چند ماه پیش رزرو کردیم", "برای ۲۰
                # صفر ۵۰۰ تا شیرکاکائو سفارش داده", "برای مراسم شب ۱۹ رمضان ... کنار بذارید، پولش رو
                # پریروز واریز کردم")
                return _upcoming_hijri(mon, d)
            if lasts_until(f, m.start(), m.end()):
                return _upcoming_hijri(mon, d)  # "تا ۲۰ صفر ادامه دارد و ... اعزام شده است": not yet over
            if _MUST_BE_READY_BY.search(f, m.end(), sentence_end(f, m.end())):
                # "شب ۹ محرم هیئت‌مون ۵۰ تا شمع سفارش داده، باید تا ۴ مرداد آماده بشه": what is ordered for it
                # must be ready by a day still to come, so the night is ahead
                return _upcoming_hijri(mon, d)
            if MEANS_BEFORE.search(f, max(0, m.start() - 14), m.start()) and _THEN_CLOSED_AFTER.match(f, m.end()):
                return _upcoming_hijri(mon, d)  # "اربعین، یعنی ۲۰ صفر، تعطیلیم و ... داشته": the feast we close on, ahead
            if AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _MOVED_TO_HIJRI_DAY_AFTER.match(f, m.end()):
                return _nearest_hijri(mon, d)  # "از ۲۰ صفر به ۲۴ صفر منتقل شد": the day once planned, the nearest
            if _HOLIDAY_BEFORE.search(f, max(0, m.start() - 30), m.start()) or _COINCIDES_AFTER.match(f, m.end()) \
                    or _HOLIDAY_OF_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
                    or _OCCASION_BEFORE.search(f, max(0, m.start() - 20), m.start()) \
                    or _CHEQUE_DATED_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                    or _BRACKET_OPEN_BEFORE.search(f, max(0, m.start() - 4), m.start()) \
                    or _FEAST_GLOSSED_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
                    or _COINCIDING_DAYS_BEFORE.search(f, max(0, m.start() - 50), m.start()) \
                    or _EVE_OF_BEFORE.search(f, max(0, m.start() - 20), m.start()):
                # (or its eve, whatever was done on it: "عطاری‌ها در آستانه شب ۱۹ رمضان خواستار نظارت ... شدند")
                # (so a day something coincides with: "به دلیل همزمانی با ۹ و ۱۰ محرم یک هفته عقب افتاد")
                # "به دلیل تعطیلی ۲۱ رمضان، مجمع ... موکول شد", "به مناسبت ۱۳ رجب با عفو ... موافقت کرد" (the
                # occasion at hand), "دیدارهایی که با ۹ و ۱۰ محرم مصادف شده
                # بود": the holiday that moves a date; "چهارشنبه ۲۳ فروردین (۲۱ رمضان)": the Hijri
                # day glossing a day near publication; the nearest
                return _nearest_hijri(mon, d)
            if _WE_WANT_TO_AFTER.match(f, m.end()):
                return _upcoming_hijri(mon, d)  # "۱۰ محرم می‌خوایم ... نذری ببریم": what we want to do on it, ahead
            if _PUT_ON_BIDDEN_BEFORE.search(f, max(0, m.start() - 16), m.start()):
                return _upcoming_hijri(mon, d)  # "اسباب‌کشی رو نذاریم شب ۱۹ رمضان": a plan put on it or kept off it, ahead
            if _FROM_NOW_AFTER.match(f, m.end()):
                return _upcoming_hijri(mon, d)  # "عید غدیر، یعنی ۱۸ ذی‌الحجه، از الان نوبت بدیم؟": booked from now, ahead
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
        # (a Hijri year told before it in the sentence is its year, as for the other calendars: "در 10 محرم
        # 1305 قمری تعطیل بود و کار در 11 محرم از سر گرفته شد")
        out.append(Cand(m.start(), m.end(), "hijri_dm", "hijri", m=mon, d=d, needs_ref=True, rel=rel_of(d), inherits=True))
    for m in P_HM_REL_BEFORE.finditer(f):
        # "امسال محرم می‌افته تو مهر": the year word first, the same
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                        rel=_hijri_this_year(mon, by_tense(f, m.end(), "hijri", mon), -1 if m.group("ry") == "پارسال" else 0)))
    for m in P_HM_REL.finditer(f):
        # "محرم امسال": the Muharram of this (Jalali) year, whatever the verb
        mon = month_number(m.group("mon"), "hijri")
        # ... and "رمضان سال بعد", "محرم پارسال": that of the Jalali year after or before
        step = 1 if m.group("step") in ("بعد", "آینده", "آتی") else -1 if m.group("step") or m.group("ry") == "پارسال" else 0
        out.append(Cand(m.start(), m.end(), "hijri_my", "hijri", m=mon, needs_ref=True,
                         rel=_hijri_this_year(mon, by_tense(f, m.end(), "hijri", mon), step)))
    ends = [e.start() for e in SENTENCE_END.finditer(f)] + [len(f)]
    for m in P_HM_MAH.finditer(f):
        if _EVENT_NAMED_BEFORE.search(f, max(0, m.start() - 40), m.start()) and _OWN_DAYS_RUN_AFTER.match(f, m.end()):
            continue  # "تورنمنت شبانه پینت‌بال ماه رمضان از ۲۰ تا ۲۵ رمضان ۱۴۳۶": the event's name; its days are the mention
        if named_as_occasion(f, m.start(), m.end(), month_number(m.group("mon"), "hijri")):
            continue  # "با توجه به آغاز ماه رمضان در ۱ رمضان ۱۴۴۴": the occasion named, its day the mention (see passes)
        stop = _stop_after(ends, m.end())
        tstop = tense_stop(f, m.end(), stop)
        mon = month_number(m.group("mon"), "hijri")
        hours = bool(_HOURS_OF_BEFORE.search(f, max(0, m.start() - 20), m.start()) or _HOURS_AFTER.match(f, m.end())
                     or _HOURS_ASKED_AFTER.match(f, m.end())
                     or _HOURS_RUN_AFTER.match(f, m.end()) or _MOVED_TO_HOUR_AFTER.match(f, m.end()))
        ahead = (WILL.search(f, m.end(), tstop) and future_first(f, m.end(), tstop)) or _hijri_programme(f, m, tstop) \
            or _ASKED_OF_YOU.match(f, m.end())
        # (or the month a work is done by, told in the present: "گازرسانی به ۸ روستا تا ماه رجب به پایان می‌رسد")
        ahead = ahead or bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and PRESENT_ACT.search(f, m.end(), tstop)
                              and not PAST_ONLY.search(f, m.end(), tstop) and not HABIT.search(f, sentence_start(f, m.start()), tstop))
        # "ماه رمضون هر پنجشنبه ۲۰ کیلو برای افطاری مسجد می‌خوایم": what we want in the month, each week
        # of it (not each year's: "هر سال ماه رمضون ... می‌خوایم")
        # (or what is not done in it, a present: "... اما در ماه محرم قسطی دریافت نمی‌شود")
        ahead = ahead or bool((_WE_WANT.search(f, m.end(), tstop)
                               or _NOT_DONE_PRESENT.search(f, m.end(), tstop)
                               and not HABIT.search(f, _clause_open(f, m.start()), tstop))
                              and not _ANNUAL.search(f, sentence_start(f, m.start()), tstop)
                              and not PAST_ONLY.search(f, m.end(), tstop))
        if ahead or hours and not HABIT.search(f, sentence_start(f, m.start()), m.start()) \
                and not _ANNUAL.search(f, sentence_start(f, m.start()), m.start()):  # ("هر سال در ماه رمضان ساعات کار ...")
            # (hours kept in the month, told in the past, are the gone one's: "در ماه رمضان ساعت کار موزه‌ها
            # را تغییر نداد")
            past_hours = not ahead and PAST_ONLY.search(f, m.end(), tstop)
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=by_tense(f, m.end(), "hijri", mon) if past_hours else _upcoming_hijri(mon)))
        elif (_BEGUN_RIGHT_AFTER.match(f, m.end()) or _BECAUSE_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
              or _FESTIVITIES_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
              or _MONTH_RUNS_AFTER.match(f, m.end())
              # (or one fasting in it now, spoken: "ماه رمضان روزه‌ام، آمپول رو شب بزنم؟")
              or _FASTING_NOW_AFTER.match(f, m.end())) \
                and not HABIT.search(f, sentence_start(f, m.start()), m.start()):
            # also "به دلیل ماه رمضان، دیدارها ... آغاز می‌شود": what the month at hand brings
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=_nearest_hijri(mon)))
        elif f.startswith("ماه", m.start()) and m.start() == _clause_open(f, m.start()) and PAST_ONLY.search(f, m.end(), tstop) \
                and not HABIT.search(f, m.start(), tstop) and f[(se := sentence_end(f, m.end())):se + 1] not in ("؟", "?"):
            # "ماه رمضان کار نیمه‌وقت بود؛ ۱۵ شوال ... تحویل دادیم": the month opening its clause, told in the
            # past, the last one (60 of 60 such in the written sets; not asked of, "ماه رمضان تا کی باز بودید؟")
            # (not "once it is over" before one's plan: "ماه صفر که تموم شد دیگ‌ها رو می‌دیم سفیدگری", the coming one)
            over = OVER_AFTER.match(f, m.end())
            ahead = bool(over and not over.group("now") and PRESENT_ACT.search(f, over.end(), tstop)
                         and not PAST_ONLY.search(f, over.end(), tstop))
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=_upcoming_hijri(mon) if ahead else _latest_hijri(mon)))
    for m in P_HM_IN_AHEAD.finditer(f) if "خواه" in f or "نمی" in f else ():
        tstop = tense_stop(f, m.end(), _stop_after(ends, m.end()))
        # (or announced as not to be held in it: "هیئت اعلام کرد مسابقات ... در محرم برگزار نمی‌شود", not a
        # custom's "در محرم عروسی برگزار نمی‌شود")
        if (WILL.search(f, m.end(), tstop) and future_first(f, m.end(), tstop)
                or _NOT_HELD_AFTER.match(f, m.end()) and _ANNOUNCED_BEFORE.search(f, sentence_start(f, m.start()), m.start())) \
                and not HABIT.search(f, sentence_start(f, m.start()), tstop) \
                and not _ANNUAL.search(f, sentence_start(f, m.start()), tstop):
            mon = month_number(m.group("mon"), "hijri")
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_FALLS_IN.finditer(f):
        # "عمه می‌گه عقد بیفته ذی‌الحجه بهتره": what is to fall in the month, the coming one; "الان که
        # تو محرم هستیم": the month one is in, the one at hand
        g = "mon" if m.group("mon") else "mon2" if m.group("mon2") else "mon3"
        if g == "mon3" and (HABIT.search(f, sentence_start(f, m.start()), m.start()) or _ALWAYS_RIGHT_AFTER.match(f, m.end())):
            continue  # "ما هر سال تو ماه رمضون فقط مشاوره می‌دیم", "تو صفر معمولاً کسی عروسی نمی‌گیره": every year's
        mon = month_number(m.group(g), "hijri")
        rel = _upcoming_hijri(mon) if m.group("fall") else _nearest_hijri(mon)
        out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=rel))
    # the month about to begin: told so right after it ("سه‌شنبه ۱۸ تیر رمضان شروع می‌شود", "رمضان
    # نزدیک است"), or opening a clause that tells it begins ("رمضون هفته‌ی بعد شروع می‌شه")
    # "از محرم تا رجب ۱۲۵۵ قمری": a run's first month, whose year the run's end tells (merge joins them)
    for m in P_HM_RUN_OPENS.finditer(f):
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for m in P_HM_NEXT_AFTER.finditer(f):
        # "این روزا دهه‌ی اول محرمه و بعدشم صفر": the month after the one at hand, told next
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    # "محرم که بیاد ... نذری میده": the month that is to come, opening its clause, the next (not every
    # year's: "هر سال محرم که بیاد ..."; nor one named so, spoken to or of after: "محرم که بیاد بهش می‌گم")
    for m in P_HM_OPENS.finditer(f):
        if _clause_open(f, m.start()) != m.start():
            continue
        se = sentence_end(f, m.end())
        # (or once it is over, what we would or will do then: "محرم که تموم شد بریم؟", the nearest one: the
        # coming one, or the one just over, said in the month after it: "محرم که تموم شد، ۱۵ صفر ... میایم")
        over = OVER_AFTER.match(f, m.end())
        over = over if over and not over.group("now") and (WISH_VERB.search(f, over.end(), se) or PRESENT_ACT.search(f, over.end(), se)) \
            and not PAST_ONLY.search(f, over.end(), se) else None
        if (when := _WHEN_COMES_AFTER.match(f, m.end()) or over) \
                and not HABIT.search(f, sentence_start(f, m.start()), m.start()) and not _TO_HIM.search(f, when.end(), se):
            mon = month_number(m.group("mon"), "hijri")
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                             rel=_nearest_hijri(mon) if when is over else _upcoming_hijri(mon)))
    for m in P_HM_FALLS_INTO.finditer(f):
        g = "mon" if m.group("mon") else "mon2"
        mon = month_number(m.group(g), "hijri")
        out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_IS_THAT.finditer(f):
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_AWAITED.finditer(f):
        if not (m.group("mah") or not m.group("ends") and any(
                h.start() != m.start("mon") for h in _HMONTH_ANY.finditer(f, sentence_start(f, m.start()), sentence_end(f, m.end())))):
            continue
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                        rel=_nearest_hijri(mon) if m.group("ends") else _upcoming_hijri(mon)))
    for m in P_HM_OVER_BY.finditer(f):
        g = "mon" if m.group("mon") else "mon2"
        mon = month_number(m.group(g), "hijri")
        out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for m in P_HM_IS.finditer(f):
        g = "mon" if m.group("mon") else "mon2"
        mon = month_number(m.group(g), "hijri")
        out.append(Cand(m.start(g), m.end(g), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for m in P_HM_THIS.finditer(f):
        if not HABIT.search(f, sentence_start(f, m.start()), m.start()):
            mon = month_number(m.group("mon"), "hijri")
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for pattern in (P_HM_NEAR, P_HM_BEGINS, P_HM_BEGUN, P_HM_STATE_ASKED, P_HM_STATE_TOLD, P_HM_WHEN_IT_COMES):
        for m in pattern.finditer(f):
            if pattern is P_HM_BEGINS and not _BEGINS_AFTER.match(f, m.end()) \
                    or HABIT.search(f, sentence_start(f, m.start()), m.start()):
                continue
            mon = month_number(m.group("mon"), "hijri")
            out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_ENDS_ON.finditer(f):
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_nearest_hijri(mon)))
    for m in P_HM_BEGUN_ON.finditer(f):
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_latest_hijri(mon)))
    for m in P_HM_SPOKEN.finditer(f):
        pause = _CLAUSE_PAUSE_AFTER.search(f, m.end())
        if HABIT.search(f, sentence_start(f, m.start()), pause.start() if pause else sentence_end(f, m.end())):
            continue  # "هر رمضون ... می‌ریم مشهد": every year's (in its own clause: not "... ؛ اسم هر دومونو نوشتم")
        mon = month_number(m.group("mon"), "hijri")
        # "ماه رمضون که کلاس نداشتیم، از ۱ شهریور ... شروع می‌کنیم؟": its own "که" clause in the past,
        # whatever the sentence goes on to plan
        own_past = _OWN_PAST_CLAUSE_AFTER.match(f, m.end())
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, priority=-1,
                         rel=_latest_hijri(mon) if own_past else by_tense(f, m.end(), "hijri", mon)))
    for m in P_HM_FOR.finditer(f):
        if HABIT.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            continue  # "هر سال برای محرم ...": every year's
        mon = month_number(m.group("mon"), "hijri")
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True, rel=_upcoming_hijri(mon)))
    for m in P_HM_AROUND.finditer(f):
        if HABIT.search(f, sentence_start(f, m.start()), m.start()):
            continue  # "هر سال بعد از ماه رمضان": every year's
        mon = month_number(m.group("mon"), "hijri")
        # "عقد باید قبل از محرم باشه": what must be before or after the month, the coming one
        must = _MUST_BE_AFTER.match(f, m.end()) is not None
        # "عروسی‌تون افتاد بعد از صفر": what was put off to after the month, the coming one, whatever the tense
        must = must or FALLS_ON_BEFORE.search(f, max(0, m.start() - 12), m.start()) is not None
        out.append(Cand(m.start("mon"), m.end("mon"), "hijri_m", "hijri", m=mon, needs_ref=True,
                         rel=_upcoming_hijri(mon) if must else by_tense(f, m.end(), "hijri", mon)))
    for m in P_HM_CUE.finditer(f):
        stop = _stop_after(ends, m.end())
        start = sentence_start(f, m.start())
        if not (has_verb(f, start, stop) or _PRESENT_VERB.search(f, start, stop) or _PARTICIPLE.search(f, start, stop)
                or SUBJ_LIGHT.search(f, m.end(), stop)  # (also "تا آخر رمضون صبر کنیم")
                or WISH_VERB.search(f, m.end(), stop)  # ("تا آخر رمضون سحری هم قند بگیر")
                or _BE_SUBJ.search(f, m.end(), stop)  # ("کارتا رو سفارش بدین که برای اوایل ربیع‌الاول آماده باشه")
                or _COPULA.search(f, m.end(), stop)  # ("تا آخر رمضان از ۹ تا ۱ هستیم": hours kept till then)
                # (or the hours alone: "تا آخر رمضان کلاس‌ها ساعت ۵ تا ۷ بعد از افطاره")
                or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _CLOCK_HOURS.search(f, m.end(), stop)
                or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and HAVE_OR_NOT.search(f, m.end(), stop)  # ("تا آخر صفر اجرا نداریم")
                # ("تا آخر رمضان کلاس‌ها یه ساعت زودتره": how things stand till then, compared)
                or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _COMPARED_IS.search(f, m.end(), stop)
                or f.startswith("آخر", m.start()) and HAVE_ANY.search(f, m.end(), stop)  # ("برای ...، آخر صفر، اتاق دارین؟")
                or PRESENT_ACT.search(f, m.end(), stop)  # ("در روزهای پایانی رمضان کاهش می‌یابد")
                # ("تا آخر صفر جشن قبول نمی‌کنیم"; not "دهه‌ی اول محرم هیچ سفارشی نمی‌گیریم", every year's)
                or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and NOT_NOW.search(f, m.end(), stop)):
            continue  # "ماه مبارک رمضان، ماه ..." in a heading: a name, not a reported time
        if _EVERY_YEAR_BEFORE.search(f, max(0, m.start() - 25), m.start()) \
                and not _LIKE_EVERY_YEAR_BEFORE.search(f, max(0, m.start() - 30), m.start()):
            # "هر سال در اواخر ماه رمضان": every year's (not "امسال هم مثل هر سال دهه‌ی اول ماه محرم ...
            # می‌بندم": this year's, as every year's)
            continue
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


_CLOCK_HOURS = re.compile(rf"{B0}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?{SP}(?:تا|الی){SP}[0-9]{{1,2}}(?![0-9])")
_DAY_OF_REL_MONTH_BEFORE = re.compile(rf"(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}}){SP1}$")
_BE_SUBJ_FORMS = "باشه|باشد|باشن|باشند"
_BE_SUBJ = re.compile(rf"{B0}(?:{_BE_SUBJ_FORMS}){B1}")
_MUST_BE_AFTER = re.compile(rf"{SP1}(?:{_BE_SUBJ_FORMS}|بشه|بشود|انجام{SP1}(?:بشه|شود|بدیم|بدید|بدین)){B1}")
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
_COINCIDING_BEFORE = re.compile(rf"{B0}هم{SP}زمان(?:ی)?(?:{SP1}\w+)?{SP1}با{SP1}$")
_EVE_OF_BEFORE = re.compile(rf"{B0}(?:در{SP1})?آستانه(?:{SP}ی)?{SP1}(?:شب{SP1}|روز{SP1})?$")
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
# (the night or the vigil of the day between: "به احترام شب ۱۹ رمضان")
_HOLIDAY_BEFORE = re.compile(rf"(?:{_BECAUSE_OF}|{B0})(?:تعطیلی|تعطیلات){SP1}$|{_BECAUSE_OF}(?:(?:شب|روز|مراسم(?:{SP1}احیای)?|احیای){SP1})?$")
_COINCIDES_AFTER = re.compile(rf"{SP1}(?:مصادف|هم{SP}زمان|مقارن){B1}"
                              # (or said further on to fall on a solar day: "... نذری ۱۷ ربیع‌الاول آماده کرده‌اند
                              # که این بار با ۱۰ مهر مصادف است")
                              rf"|[^.!?؟\n]{{0,40}}?{B0}با{SP1}[0-9]{{1,2}}{SP1}{JMONTH}{SP1}(?:مصادف|هم{SP}زمان|مقارن){B1}")
_BRACKET_OPEN_BEFORE = re.compile(rf"[(]{SP}$")
# the lunar day a cheque is dated to ("چک رو به تاریخ قمری ۱۰ ربیع‌الثانی داده"): whatever the tense of the
# giving, the nearest such day
_CHEQUE_DATE_BEFORE = re.compile(rf"{B0}تاریخ{SP1}(?:چک|سفته)(?:{SP1}[^\s\d.،,؛:]+){{0,3}}{SP1}$")
_CHEQUE_DATED_BEFORE = re.compile(rf"{B0}چک(?:{SP1}[^\s\d.،,؛:]+){{0,3}}{SP1}به{SP1}تاریخ(?:{SP1}قمری)?{SP1}$")
_LIKE_BEFORE = re.compile(rf"{B0}(?:مثل|مانند|همچون|همانند|عین|طبق|مطابق)(?:{SP1}(?:روال|رسم|سنت))?{SP1}$")
_THIS_TIME = re.compile(rf"{B0}(?:امسال|این{SP1}(?:دفعه|بار|سال))(?:{SP}ی)?{B1}")
# (a count between: "هر سال ۱۵ شعبان ۲۰۰ تا شیرینی پخش می‌کنه")
_PUT_ON_BIDDEN_BEFORE = re.compile(rf"{B0}(?:ن?ذاریم|ن?بذاریم|نندازیم|بندازیم|نذارید|بذارید|نذارین|بذارین)(?:ش|شون)?{SP1}(?:برای{SP1})?(?:شب{SP1})?$")
_FROM_NOW_AFTER = re.compile(rf"{SP}[،,]?{SP1}از{SP1}(?:همین{SP1})?(?:الان|حالا){B1}")
_HABIT_PRESENT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+|{SP1}[0-9]+(?:{SP1}تا)?){{0,3}}?{SP1}(?:می|نمی){SP}[^\W\d]+(?:یم|م|ن|ند|ه|د)(?![\w\u200c])")
# the day one asked for a thing on, in the past ("اندازه‌گیری ... رو ۱۰ ژانویه خواسته بودین؛ ما همون روز
# ... میایم"): no tense of its own, the nearest such day
_ASKED_FOR_DAY_AFTER = re.compile(rf"{SP1}(?:خواسته{SP}(?:بودین|بودید|بودی|بودن|بودند)|خواستین|خواستید){B1}")  # (also glued, "خواستهبودین")
# a feast named, then its lunar day set off by commas: "در روز میلاد پیامبر، ۱۷ ربیع‌الاول، ورود کودکان را
# رایگان کرده است" (the feast at hand, whatever the tense of the decision told)
_FEAST_GLOSSED_BEFORE = re.compile(
    rf"{B0}(?:روز|سالروز|شب|عید|جشن){SP1}(?:[^\s\d.،,؛:]+{SP1}){{0,2}}?(?:میلاد|ولادت|شهادت|وفات|رحلت|مبعث|غدیر|قربان|فطر|عاشورا|تاسوعا|اربعین)"
    rf"(?:{SP1}[^\s\d.،,؛:]+){{0,3}}{SP}[،,]{SP}$")
_WITHIN_MONTH = re.compile(rf"{SP1}(?:شب|روز|سحر|افطار){B1}")


def _hijri_this_year(mon: int, otherwise, step: int = 0):
    """The Hijri month ``mon`` that begins in the Jalali year of publication (``step`` years on)."""
    def rel(ref: dt.date) -> convert.Interval:
        year, jy = convert.hijri_year_of(ref) + step, convert.to_jalali(ref).year + step
        if step == 0 and (now := convert.hijri(year, mon)).start <= ref <= now.end:
            return now  # "رمضان امسال ..." told in Ramadan: the month at hand, begun in the Esfand before
        for y in (year, year + 1, year - 1):
            iv = convert.hijri(y, mon)
            if convert.to_jalali(iv.start).year == jy:
                return iv
        return otherwise(ref)
    return rel


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


def _latest_hijri(mon: int):
    """The Hijri month ``mon`` that began last on or before publication (the one at hand, or gone by)."""
    def rel(ref: dt.date) -> convert.Interval:
        year = convert.hijri_year_of(ref)
        iv = convert.hijri(year, mon)
        return iv if iv.start <= ref else convert.hijri(year - 1, mon)
    return rel


def _upcoming_hijri(mon: int, d: int | None = None):
    """The Hijri month ``mon`` (or its day ``d``) not yet over at publication."""
    def rel(ref: dt.date) -> convert.Interval:
        year = convert.hijri_year_of(ref)
        iv = convert.hijri(year, mon, d)
        return iv if iv.end >= ref else convert.hijri(year + 1, mon, d)
    return rel


# every year: "سالانه", "هر سال", "همه‌ساله", "سال به سال"
_EVERY_YEAR_WORDS = rf"(?:سالانه|سالیانه|هر{SP}سال(?:ه)?|همه{SP}ساله|سال{SP1}به{SP1}سال)"
_ANNUAL = re.compile(rf"{B0}{_EVERY_YEAR_WORDS}{B1}")
_LIKE_EVERY_YEAR_BEFORE = re.compile(rf"{B0}امسال{SP1}(?:هم{SP1})?(?:مثل|مانند|مثه|عین|همچون){SP1}{_EVERY_YEAR_WORDS}(?:{SP1}\w+)?{SP1}$")
_EVERY_YEAR_BEFORE = re.compile(rf"{B0}{_EVERY_YEAR_WORDS}(?:{SP1}\w+)?{SP1}$")
# an order for the day, taken ("سفارش نذری شب ۱۹ رمضون ثبت شد")
_ORDER_OF_BEFORE = re.compile(rf"{B0}سفارش(?:{SP}(?:ها|های|ی))?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:شب{SP1})?$")
_ORDER_TAKEN_AFTER = re.compile(rf"{WORD_AFTER}{{0,2}}?{SP1}(?:ثبت|قطعی){SP1}(?:شد|شده|کردیم|کردم){B1}")
# (or after which a wedding is put: "عروسی رو گذاشتیم بعد از ۲۸ صفر")
_HIJRI_AHEAD_BEFORE = re.compile(rf"{B0}(?:در{SP1}پیش{SP1}بودن|در{SP1}آستانه|آستانه|فرا{SP}رسیدن|استقبال{SP1}از"
                                 rf"|(?:گذاشتیم|گذاشتن|انداختیم|انداختن|بردیم){SP1}(?:بعد|پس){SP1}از){SP1}$")
_JALALI_GLOSS_AFTER = re.compile(rf"{SP}[(]{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP}{JMONTH}")
_MODEL_BEFORE = re.compile(rf"{B0}مدل{SP1}$")
# The imperial era (spans.IMPERIAL_YEARS): "۲۵۳۵ شاهنشاهی", "سال ۲۵۳۷"
P_IMPERIAL_YEAR = re.compile(rf"(?:{B0}(?P<sal>سال){SP1})?(?<![0-9/.\-:])(?P<y>25[0-9]{{2}})(?![0-9/.\-:٫]?[0-9])(?P<era>{SP1}شاهنشاهی{B1})?")
_IMPERIAL_CUE_BEFORE = re.compile(rf"{B0}(?:نوروز|تقویم|تاریخ|سالنامه|سررسید|سال{SP1}(?:تازه|نو|جدید)|از|به|در|تا)(?:{SP}(?:های|ها|ی))?{SP1}$")


def _imperial_year_cands(f: str) -> list[Cand]:
    out = []
    for m in P_IMPERIAL_YEAR.finditer(f) if "25" in f else ():
        y = int(m.group("y"))
        # the era named, or "سال" before one of the three years it was used
        # (or a word of the calendar or of time right before one of them: "نوروز ۲۵۳۶", "تقویم ۲۵۳۷", "از 2537 به 1357")
        if not (m.group("era") and 2500 <= y <= 2540 or (m.group("sal") or _IMPERIAL_CUE_BEFORE.search(f, max(0, m.start() - 16), m.start()))
                and y in IMPERIAL_YEARS) \
                or UNIT_AFTER.match(f, m.end()):
            continue
        out.append(Cand(m.start(), m.end(), "year", "jalali", y=y - IMPERIAL_OFFSET))
    return out


# (nor a hospital or a school: "مدارک بیمارستان ۱۶ دسامبر را نشان می‌دهد"; a stadium may be, abroad: "ورزشگاه ۵ ژوئیه
# شهر الجزیره")
_NOT_NAMED_FOR_A_GREGORIAN_DAY = re.compile(rf"(?:هنری|ورزشی|بیمارستان|داروخانه|{SCHOOL_OR_BASE})(?![\w\u200c])")
_EXAMPLE_DAY_BEFORE = re.compile(_EXAMPLE_BEFORE.pattern[:-1] + rf"(?:{DAY_WORD}|[0-9]{{1,2}}){SP}$")
_REVOLUTION_BEFORE = re.compile(rf"(?:انقلاب|قیام|جنبش|کمون){SP1}$")
