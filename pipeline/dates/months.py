"""The reader of months without a day: "اسفند ۱۳۹۷", "اسفند امسال", "مهر ماه",
seasons ("پاییز ۹۸") and runs of months; a bare month name is a date only with a cue
(a preposition, a year word, a tense), and its year is the one the clause's tense points to.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from . import convert, relative
from .candidate import AND_RIGHT_BEFORE, AZ_BEFORE, KE_RIGHT_BEFORE, Cand, MAKE, TO_BEFORE, UNTIL_BEFORE
from .clauses import (
    CLAUSE_END, HABIT, PAST_ONLY, PERFECT_RE, READ_AHEAD, WILL, future_first, sentence_end, sentence_start, tense_stop,
)
from .lexicon import (
    B0, B1, DAY_WORD, ERA_JALALI, GMONTH_ANY, HMONTH, JALALI_YEAR_WORD, JMONTH, MAH, NUMBER_WORDS, SP, SP1, WORD, UNIT_AFTER, _alt,
    in_title, month_number, year_word_value,
)
from .tense import (
    _EXTENDED_UNTIL_BEFORE, _LOGGED_AFTER, FALLS_ON_BEFORE, FIGURES_OF_BEFORE, LASTS_UNTIL_AFTER, OVER_AFTER, SEMICOLON, SINCE_NOW_AFTER, by_tense, jalali_ref_year,
    month_tense, moved_to,
    planned_before, stopped_until, was_planned,
)
from .today import BEARS_NAME_AFTER
from .forms import (
    P_GDAY, P_JDAY, P_JMY, _COMPARED_BEFORE, _NOUN_OF, _ONE_DIGIT_COUNT_AFTER, _PART_OF_MONTH, _RELYEAR,
    _PAID, _TIME_PREP_BEFORE, _WAGES, _WAGES_OF_BEFORE, _clause_end,
)
from .spans import _COUNTED_WITH_TA_AFTER, _PER_UNIT_PRICE_AFTER, _era_calendar, _rel_year_step, _year_group
from .cues import (
    _ALSO_AFTER, _AND_SOME_AFTER, _ANOTHER_AFTER, _BEGUN_RIGHT_AFTER, _BIDDING, _BIG_NUMBER_AFTER, _CALLED_OFF_RIGHT_AFTER,
    _CLAUSE_OPENS_BEFORE, _DAY_NUMBER_BEFORE, _DAY_OF_AFTER, _EVERY_YEAR, _FOR_DAY_BEFORE, _HMONTH_WORD, _IF,
    _MAH_BEFORE, _MOVEMENT_AFTER, _MOVEMENT_BEFORE, _NAMED_AS_AFTER, _NAMED_WEEK_AFTER, _NAMES_LIST_BEFORE,
    _NAME_BEFORE, renamed_to, _NUMBER_GOES_ON, _PLACE_LIST, _PLURAL_WEEKDAY, _RELYEAR_NEAR, _SAME_YEAR_AFTER, _TELL_ME_BIDDEN,
    _UNTIL_MONTH_BEFORE,
    _USUALLY_BEFORE, _WHEN_YOU_DID_AFTER, _nearest_jalali_month, _year_ok, _year_word_ok, _yearly,
)
from .days import _LIFE_EVENT

# where a sentence or a speaker's turn opens: its start, or "فروشنده:" right before
_OPENS_AFTER = r"(?:^|[{stops}]{SP}|[^\W\d]+{SP}:{SP})$"  # a sentence, a clause or a speaker's turn opens here
_TURN_OPENS_BEFORE = re.compile(_OPENS_AFTER.format(stops=r".!?؟\n", SP=SP))
_TURN_OR_CLAUSE_OPENS_BEFORE = re.compile(_OPENS_AFTER.format(stops=r".!?؟\n،,", SP=SP))
_SPOKEN_PRESENT_OR_PLAN = re.compile(rf"(?<![\w\u200c])(?:ن?می{SP}[^\W\d]+(?:ه|ن|یم|م)|ببینیم|بگیریم|بخریم|بفروشیم)(?![\w\u200c])")
_MONTH_YEAR_AFTER = re.compile(rf"{SP1}و{SP1}{JMONTH}{SP1}[0-9]{{2}}(?![0-9])")
# "تیر ۹۷ (ژوئیه ۲۰۱۸)": glossed by the Gregorian month it falls in
_GREGORIAN_GLOSS_AFTER = re.compile(rf"{SP}[(\[]{SP}{GMONTH_ANY}")
P_JMREL = re.compile(
    rf"{B0}(?P<mon>{JMONTH})(?P<mah>{MAH})?{B1}(?:{_RELYEAR}|{SP1}(?P<rm>گذشته|آینده|جاری){B1})"
)
P_JM = re.compile(rf"{B0}(?P<mon>{JMONTH}){MAH}(?:ه(?={SP}(?:[.!؟?،,]|$)))?{B1}")  # (spoken "اواخر تیر ماهه.", "عروسی‌مون دی ماهه،": it is)
# "امسال خرداد می‌گیریم", "پارسال آذرماه": spoken, the year said first, then the month of it ("بهمن"
# after it is as often a friend: "امسال بهمن قهرمان شد")
P_RELYEAR_MONTH = re.compile(
    rf"{B0}(?P<w>امسال|پارسال){SP1}(?P<mon>{JMONTH})(?P<mah>{MAH})?{B1}(?!{SP}[0-9])")
# a month's bills, issued after it: "قبوض بهمن‌ماه تا ۱۵ فروردین سال آینده دریافت می‌شود" in Esfand
_ON_ACCOUNT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}علی{SP}?الحساب{B1}")
# (or its invoices: "فاکتورهای دسامبر رو از ژانویه جدا کنید" in January)
_BILLS_OF_BEFORE = re.compile(rf"{B0}(?:قبض|قبوض|فاکتور|صورت{SP}?حساب)(?:{SP}(?:ها|های|ی))?(?:{SP1}(?:آب|برق|گاز|تلفن))?{SP1}(?:ماه{SP1})?$")
_BILL_FOR_BEFORE = re.compile(rf"{B0}(?:صورت{SP}?حساب|قبض|فاکتور)(?:{SP}(?:ی|ها|های))?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}"
                              rf"{SP1}(?:برای|واسه){SP1}(?:ماه{SP1})?$")
_PAID_OR_NOT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}?{SP1}ن?(?:شده|شد|کرده|کردید|کردین|دادید|دادین|داده|دادم|کردم){B1}")
_INSTALMENT_FOR_BEFORE = re.compile(rf"{B0}(?:قسط|اقساط)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:برای|واسه){SP1}(?:ماه{SP1})?$")
# ... and the second month of "معوقات مرداد و شهریور", "مابه‌التفاوت فروردین تا خرداد"
_WAGES_NEAR_BEFORE = re.compile(rf"{_WAGES}{B1}|{_PAID}{_NOUN_OF}{SP1}(?:ماه{SP}(?:های)?{SP1})?(?:{JMONTH}|$)")  # ("پول فروردین و اردیبهشت")
_WAGES_RUN_BEFORE = re.compile(rf"{_PAID}{SP1}(?:ماه{SP}(?:های)?{SP1})?(?:{JMONTH}|{GMONTH_ANY})(?:{MAH})?"
                               rf"{SP1}(?:و|تا){SP1}(?:ماه{SP1})?$")
# (or a verb in the present or a perfect: "جشن رو مهر ۸۸ می‌گیریم", "نرگس‌ها رو مهر ۹۱ کاشته بودم")
_CLAUSE_GOES_ON_AFTER = re.compile(rf"{SP}(?:[،,.:؛]|(?:در|تو|توی|از|تا|که|را|رو|بود|شد|است|هم|نیز){B1}|{_LIFE_EVENT}|ن?می{SP}[^\W\d]"
                                   rf"|[^\W\d]+ه{SP1}(?:بود|بودم|بودیم|بودند|بودن|ام|ایم|اند){B1}"
                                   # (spoken "تو" too: "این عکس رو پدرم تیر ۵۷ تو آتلیه گرفته")
                                   # (or a compound verb past: "ضدیخ شما مهر ۸۵ عوض شده", "مهر ۹۰ نصب کردیم")
                                   rf"|[^\W\d]+{SP1}(?:شد|شده|شدن|کرد|کرده|کردم|کردیم|کردن|کردند){B1}"
                                   # (or its present: "دوره‌ی مربیگری فدراسیون مهر ۹۲ برگزار می‌شه")
                                   rf"|(?:برگزار|شروع|آغاز|تشکیل|افتتاح|تمام|تموم){SP1}ن?می{SP}[^\W\d])")
# "برد شما رو مهر سفارش دادیم", "بیعانه رو آبان دادیم": when a thing made the object was ordered, paid or bought
# (not "نامه رو مهر کردیم", sealed)
_ORDERED_OR_PAID_AFTER = re.compile(rf"{SP1}(?:سفارش{SP1})?(?:دادیم|دادم|دادین|دادید|دادن|دادند|خریدیم|خریدم|خریدن|ریختیم|ریختم){B1}")
# "مزونتون اسفند تا کی بازه؟": asked until when a place is open in the month
_OPEN_UNTIL_ASKED_AFTER = re.compile(rf"{SP1}تا{SP1}کی{SP1}(?:بازه|بازید|بازین|باز{SP1}(?:است|هست|هستید|هستین)){B1}")
# "شهریور امسال ۶۰ میلیون خرج شد، مهر هم که تا الان ۲۵ تا": the month at hand, so far
_SO_FAR_AFTER = re.compile(rf"{SP1}هم{SP1}که{SP1}تا{SP1}(?:الان|حالا|اینجا){B1}")
# "من بهمن رو کامل دادم": a month's fee paid in full
_PAID_IN_FULL_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}کامل{SP1}(?:دادم|دادیم|دادن|ریختم|ریختیم|پرداخت{SP1}(?:کردم|کردیم|کردن)){B1}")
_GOOD_TIME_AFTER = re.compile(rf"{SP1}(?:وقت|زمان|موقع){SP1}(?:خوبیه|خوبی{SP1}(?:است|هست|نیست)|مناسبیه|مناسبی{SP1}(?:است|هست|نیست)){B1}")
_SEAL_HELD_AFTER = re.compile(rf"{SP1}(?:دارند|دارد|داره|دارن|خورده|خورده{SP}اند|زده{SP1}شده){B1}")
_OBJECT_DONE_BEFORE = re.compile(rf"{B0}(?:رو|را)(?:{SP1}هم)?{SP1}$")
_PLURAL_NOUN_AFTER = re.compile(rf"{SP1}[^\W\d]+\u200c(?:ها|های)(?![\w\u200c])")
_SESSIONS_AFTER = re.compile(rf"{SP1}(?:جلسه|جلسات|کلاس|قسط|قسمت|نوبت|دوره|بار|مورد|عدد|تخته|قطعه){B1}")
_PERIOD_WORD_BEFORE = re.compile(rf"{B0}دوره(?:{SP}ی)?{SP1}$")
_RUNS_OUT_AFTER = re.compile(rf"{SP1}(?:تموم|تمام|منقضی){SP1}(?:می{SP}شه|میشه|می{SP}شود|می{SP}شن|شد|شده|شده{SP1}است){B1}")


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
                             # (or a part of the month: "صاحبخونه گفت آخر مهر ۹۸ باید خالی کنیم")
                             or bool(_PART_OF_MONTH_BEFORE.search(f, max(0, m.start() - 8), m.start()))
                             or bool(_MONTH_YEAR_AFTER.match(f, m.end()) or _GREGORIAN_GLOSS_AFTER.match(f, m.end()))
                             or bool(_CLAUSE_GOES_ON_AFTER.match(f, m.end()))
                             # (or a noun in the plural right after, which no count takes: "مهر ۹۰ مدرسه‌ها باز میشه")
                             or bool(_PLURAL_NOUN_AFTER.match(f, m.end()))
                             # "خونه‌ی قبلی رو هم مهر ۸۵ ... گرفته بودیم": when what was done was done
                             or bool(_OBJECT_DONE_BEFORE.search(f, max(0, m.start() - 10), m.start()))
                             # "یخچالی که تیر ۸۳ خریدم": what one did then, in a "که" clause
                             or bool(KE_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _DID_RIGHT_AFTER.match(f, m.end()))
                             or was_planned(f, m.start())
                             or bool(P_MONTH_PAIR_BEFORE.search(f, max(0, m.start() - 30), m.start()))
                             # "آمار غرق‌شدگی تیر ۹۸ ... از تیر ۹۷": the same month of two years
                             or any(x.start() != m.start() and x.group("mon") == m.group("mon") and x.group("y")
                                    and abs(x.start() - m.start()) <= 120 for x in month_years)
                             # (or of this year, told so: "مهر ۹۸ روزی ۲۰۰ کیلو می‌فروختیم، مهر امسال روزی ۹۰ کیلو")
                             or bool(re.compile(rf"{B0}{re.escape(m.group('mon'))}{SP1}(?:امسال|پارسال){B1}").search(
                                 f, m.end(), min(len(f), m.end() + 80)))
                             # "تاریخ مصرفش تیر ۹۱ تموم می‌شه": the month something runs out
                             or bool(_RUNS_OUT_AFTER.match(f, m.end()))
                             # "فروشنده: مهر ۸۷ زیپ ایتالیایی داشتیم": the month and year opening a sentence or a
                             # speaker's turn, what was had or done then told in its clause's past
                             or bool(_TURN_OPENS_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                     and PAST_ONLY.search(f, m.end(), _clause_end(f, m.end())))
                             # (or a clause of one's own present or plan after a pause: "الان شده ۳۴۰۰! مهر ۹۱
                             # یادمون نمی‌ره", "الان یک میلیون و ۱۳۰، دی ۹۶ ببینیم کجاست")
                             or bool(_TURN_OR_CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                     and not UNIT_AFTER.match(f, m.end())
                                     and _SPOKEN_PRESENT_OR_PLAN.search(f, m.end(), _clause_end(f, m.end()))
                                     and not PAST_ONLY.search(f, m.end(), _clause_end(f, m.end())))
                             # "مهر ۹۳ کیلویی ۱۴ بود": a price per unit then, its figure after
                             or bool(_PER_UNIT_PRICE_AFTER.match(f, m.end("y")))
                             # "تیر ۹۵ وقت خوبیه برای نصب پنل": said to be a good time
                             or bool(_GOOD_TIME_AFTER.match(f, m.end("y")))
                             # "قبض‌های دوره مهر ۹۱": a billing period's month
                             or bool(_PERIOD_WORD_BEFORE.search(f, max(0, m.start() - 8), m.start()))
                             # "نرخ تورم تیر ۹۳": the month a figure or a report is of
                             or bool(_PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start())
                                     or _REPORT_OF_BEFORE.search(f, max(0, m.start() - 25), m.start()))
                             # (or a cheque or a bill of some goods of the month: "چک خوراک مهر ۹۴ پاس نشد")
                             or bool(_BILL_OF_GOODS_BEFORE.search(f, max(0, m.start() - 24), m.start()))
                             # (or a gathering's: "برای آلبوم فارغ‌التحصیلی مهر ۹۹")
                             or bool(_GATHERING_OF_BEFORE.search(f, max(0, m.start() - 30), m.start())))
        if y is None or _era_calendar(m.group("era"), y) != "jalali":
            continue
        if len(m.group("y")) == 2 and not m.group("era") and _COUNTED_WITH_TA_AFTER.match(f, end):
            continue  # "تا آخر تیر ۵۰ تا کلاه ببافیم": fifty of a thing (not "تیر ۹۸ تا الان")
        if len(m.group("y")) == 2 and not m.group("era") and not m.group("sal") \
                and (UNIT_AFTER.match(f, end) and not _DAY_OF_AFTER.match(f, end) and not _PER_UNIT_PRICE_AFTER.match(f, end)
                     or _SESSIONS_AFTER.match(f, end)):
            continue  # "تا آخر مرداد ۱۰ جلسه‌ی دیگه مونده": ten sessions, no year
        # (a Jalali month's year may be older than a bare year's: "در فروردین ۱۲۴۹ از خاک ایران گذشت")
        if len(m.group("y")) == 4 and not m.group("era") and (not 1220 <= y < 1500 or _BIG_NUMBER_AFTER.match(f, m.end())
                                                              or _PRICED_AFTER.match(f, m.end("y"))):
            continue  # "صادرات در آبان ۱۲۰۰ تن بود": a count after the month (not "مهر ۱۴۰۱ سکه رو ... خریدم")
        if mon == 7 and _SEAL_HELD_AFTER.match(f, end):
            continue  # "قالب‌هایی که مهر سال ۱۳۱۲ خورشیدی دارند": a seal of that year, no month
        if mon == 7 and ORDINAL_BEFORE.search(f, max(0, m.start() - 10), m.start()):
            continue  # "نخستین مهر سال ۱۴۰۲ ... روی ۲۰۰ پاکت زده شد": the year's first postmark, no month is first
        if mon == 11 and _AVALANCHE_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "در کارگاه ایمنی بهمن ۵۰ راهنمای کوهستان شرکت کردند": an avalanche's safety, fifty guides
        if mon in (4, 7, 9, 11) and not m.group("mah") and _PRESS_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "چاپخانه بهمن سال ۱۳۴۵ سررسیدی ... چاپ کرد": a press named so, then the year (found alone)
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
        # (the next one's month takes no year of a day told before it: "۱۹ دی ۹۸ واکسن زدیم، نوبت بعدی هم تیرماه")
        out.append(Cand(m.start(), m.end(), "jalali_m", m=mon, needs_ref=True,
                         rel=_month_rel(f, m, "jalali", mon), tense=month_tense(f, m),
                         inherits=not _THE_NEXT_BEFORE.search(f, max(0, m.start() - 24), m.start())))
    taken: set[tuple[int, int]] = set()  # (sentence, month) of the bare months taken so far
    for m in P_JM_BARE.finditer(f):
        if (m.group("any") or m.group("safe")) == "دی" and _DEY_FIRM_BEFORE.search(f, max(0, m.start() - 10), m.start()):
            continue  # "بیمه‌ی دی ۷۰ درصد هزینه ... رو برمی‌گردونه": Dey Insurance, Dey Bank
        # A month name without "ماه": only the names that are no everyday word (شهریور, not
        # مهر "kindness" or تیر "arrow"), or any name beside another month ("مهر و آبان",
        # "از مهر تا آذر"); never in a place name ("خیابان شهریور").
        gloss = bool(_GLOSS_BEFORE.search(f, max(0, m.start() - 40), m.start()))  # "دسامبر ( آذر )"
        paired = bool(P_MONTH_PAIR_AFTER.match(f, m.end()) or P_MONTH_PAIR_BEFORE.search(f, max(0, m.start() - 30), m.start())
                      or gloss
                      # ("کنکور ۹۹ از تیر به مرداد ۱۳۹۹ منتقل شد": moved from one month to another)
                      or AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _TO_MONTH_AFTER.match(f, m.end()))
        # "ماه مهر": "ماه" before the name makes any name a month
        # (not the "this month" told before a seal got: "ما همین ماه مهر گرفتیم")
        month_word = bool(_MAH_BEFORE.search(f, max(0, m.start() - 6), m.start())) \
            and not ((m.group("any") or m.group("safe")) == "مهر" and _THIS_MONTH_BEFORE.search(f, max(0, m.start() - 12), m.start())
                     and (_NO_MONTH_AFTER.match(f, m.end()) or _SEAL_GOT_AFTER.match(f, m.end())))
        # "در آبان همان سال": only a month is followed by "that same year"; "به آغاز مهر": only a
        # month has a beginning and an end; "ماه آینده (اسفند)": the month that glosses it
        month_word = month_word or bool(_SAME_YEAR_AFTER.match(f, m.end())) \
            or bool(_PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start()) and not _NO_MONTH_AFTER.match(f, m.end())) \
            or bool(_PRICED_BILL_BEFORE.search(f, max(0, m.start() - 40), m.start())) \
            or bool(_WAGES_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())) \
            or bool(_BOOKED_FOR_BEFORE.search(f, max(0, m.start() - 30), m.start()) and _MADE_READY_AFTER.match(f, m.end())) \
            or bool(_REST_PAID_BEFORE.search(f, max(0, m.start() - 24), m.start())) \
            or bool(_CLASSES_OF_BEFORE.search(f, max(0, m.start() - 14), m.start())
                    and not _PLURAL_WEEKDAY.search(f, m.end(), sentence_end(f, m.end()))) \
            or bool(_REPORT_OF_BEFORE.search(f, max(0, m.start() - 25), m.start()) and not _NO_MONTH_AFTER.match(f, m.end())) \
            or bool(_DAMAGE_CAUSE_BEFORE.search(f, max(0, m.start() - 35), m.start())) \
            or bool(_OBJECT_DONE_BEFORE.search(f, max(0, m.start() - 10), m.start()) and _ORDERED_OR_PAID_AFTER.match(f, m.end())) \
            or bool(_OPEN_UNTIL_ASKED_AFTER.match(f, m.end())) \
            or bool(_PAID_IN_FULL_AFTER.match(f, m.end())) \
            or bool(_SO_FAR_AFTER.match(f, m.end())) \
            or bool(_NEXT_ONE_BEFORE.search(f, max(0, m.start() - 14), m.start()) and _TIME_VERB_AFTER.match(f, m.end())) \
            or bool(_BEGUN_RIGHT_AFTER.match(f, m.end())) \
            or bool(_NOW_BEFORE.search(f, max(0, m.start() - 8), m.start()) and _BECOME_AFTER.match(f, m.end())) \
            or bool(_REL_MONTH_GLOSS_BEFORE.search(f, max(0, m.start() - 40), m.start())) \
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
                                                                        or _month_before_named(f, m.start(), mon_any)
                                                                        # "در مهر برای اجرا به ایتالیا سفر می‌کند": what it is
                                                                        # for, then what will be done in it
                                                                        or bool(_FOR_A_PURPOSE_AFTER.match(f, m.end()))
                                                                        and future_first(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end())))
                                                                        # "از مهر کلاس‌های سال کنکور شروع می‌شه": what starts in it, a few words on
                                                                        or _STARTS_IN_CLAUSE_AFTER.match(f, m.end())
                                                                        # (or what classes become from it: "از مهر کلاسا می‌شه هفته‌ای دو بار")
                                                                        or _CLASSES_BECOME_AFTER.match(f, m.end())
                                                                        # "دیگه تا مهر کاری نداریم": nothing to do until it
                                                                        or UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                                        and _NOTHING_TILL_AFTER.match(f, m.end()))
                                             # (تیر too, when what starts from it is told and its day is written later in
                                             # the sentence: "واکسن رو از تیر شروع کنیم بهتره، ۵ تیر ساعت ۱۱ چطوره؟")
                                             or mon_any == 4 and bool(_STARTS_IN_CLAUSE_AFTER.match(f, m.end()))
                                             and _dated_same_month(f, m.end(), sentence_end(f, m.end()), 4))
                                        and not _NO_MONTH_AFTER.match(f, m.end())
                                        # not a habit: "کشت گندم معمولا در آبان انجام می‌شود" (in its own
                                        # clause: "تا آخر بهمن هر روز ساعت ۷ دم خونه‌ست؛ برای اسفند هم خبر بدین")
                                        and not HABIT.search(f, _after_semicolon(f, m.start()), m.start()))
        # "لیگ که قرار بود مهر آغاز شود": what was or is to start in a month (a subjunctive of starting);
        # "بچه‌تون مهر می‌ره کلاس اول": school starting in Mehr
        # (the next such month, whatever the tense of the clause: "مهر که مدرسه‌ها باز شد من خونه‌ام")
        starts = bool(_START_SUBJ_AFTER.match(f, m.end())) or mon_any == 7 and bool(_TO_SCHOOL_AFTER.match(f, m.end()))
        month_word = month_word or starts
        # "مهر که بیاد قیمت‌ها می‌ره بالا": when it comes, spoken (not بهمن, an avalanche too, nor تیر)
        month_word = month_word or mon_any not in (4, 11) and bool(_WHEN_IT_COMES_AFTER.match(f, m.end()))
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
        # "برای نوبت آذر زنگ زدم": the slot asked for in a month (تیر, مهر and بهمن, words and names too, only
        # when a day of that month is written just after: "برای نوبت بهمن پیام دادم. مرکز: ۸ بهمن خالیه")
        month_word = month_word or bool(_SLOT_FOR_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                        and not _NO_MONTH_AFTER.match(f, m.end())
                                        and (mon_any not in (4, 7, 11) or _dated_same_month(f, m.end(), min(len(f), m.end() + 120), mon_any)))
        # "ساعتمو که اسفند آوردم": the month a thing was brought or given in, a "که" clause on it (not مهر, a
        # seal brought too)
        month_word = month_word or mon_any != 7 and bool(KE_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                         and _BROUGHT_AFTER.match(f, m.end()))
        # "ما کل مهر نیستیم": the whole of a month one is away or at work, spoken (not بهمن, a name too)
        month_word = month_word or mon_any != 11 and bool(_WHOLE_OF_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                                          and _AWAY_OR_AT_AFTER.match(f, m.end()))
        # "مجله‌ی بهمن رو ۱۵بهمن میارن": a periodical's issue of a month, a day of that month written after it
        month_word = month_word or bool(_ISSUE_OF_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                        and _dated_same_month(f, m.end(), sentence_end(f, m.end()), mon_any, glued=True))
        # "... تاریخ ۲۹ دسامبر خورده که میشه ۸ دی، پس تو دفتر دی ثبتش می‌کنم": the month just written with its day
        # in the sentence, named again alone, دی too (not تیر, مهر or بهمن: "تا ۱۸ مهر با مهر دادگستری", "از ۱۸ تا
        # ۲۰ بهمن به علت خطر ریزش بهمن")
        month_word = month_word or mon_any not in (4, 7, 11) and _dated_same_month(f, sentence_start(f, m.start()), m.start(), mon_any) \
            and not _NO_MONTH_AFTER.match(f, m.end()) and not _DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())
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
                                                         and not _SEAL_OR_DOWRY_OF_AFTER.match(f, m.end())
                                                         and not _COURT_SEAL_AFTER.match(f, m.end()))  # ("برای مهر دادگستری")
        # "فکر نمی‌کردیم تا تیر طول بکشه": what lasts until a month, even تیر
        month_word = month_word or bool(UNTIL_BEFORE.search(f, max(0, m.start() - 4), m.start()) and (
            _LASTS_AFTER.match(f, m.end()) or (_READY_BY_AFTER_MONTH.match(f, m.end())
                                               # (or what arrives by it, or is full up to it: "یعنی تا بهمن می‌رسه؟",
                                               # "نوبت‌ها تا بهمن پر شده"; not تیر, which an arrow reaches)
                                               or mon_any != 4 and _ARRIVES_OR_FULL_BY_AFTER.match(f, m.end()))
            and not _COUNT_TA_BEFORE.search(f, max(0, m.start() - 12), m.start())))
        # "بیام یا صبر کنم تا مهر؟": a month one waits until (no seal or kindness is waited for so)
        month_word = month_word or bool(_WAIT_UNTIL_BEFORE.search(f, max(0, m.start() - 24), m.start()))
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
        # (so مهر and بهمن with "too" after them: "این ماه سه تا عروسی دعوتم، مهـر هم یکی دیگه")
        month_word = month_word or (mon_any in (8, 9, 10, 12) or mon_any in (7, 11) and bool(_ALSO_AFTER.match(f, m.end()))) and bool(
            _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
            and _MONTH_BY_STEP.search(f, sentence_start(f, m.start()), m.start())
            and not _NO_MONTH_AFTER.match(f, m.end()))
        # (or "only" it, after this month and the next are said to be full: "این ماه و ماه دیگه کلا پره، فقط بهمن
        # می‌تونم جا بدم", any month)
        month_word = month_word or bool(_ONLY_OPENS_BEFORE.search(f, max(0, m.start() - 10), m.start())
                                        and _MONTH_BY_STEP.search(f, sentence_start(f, m.start()), m.start())
                                        and not _NO_MONTH_AFTER.match(f, m.end()))
        # "... که بهمن ۱۳۹۰ پنجم شده بود، اسفند به اردو دعوت می‌شود": a month opening its clause after a
        # month told with its year in the sentence (not مهر, تیر, دی or بهمن, everyday words too)
        month_word = month_word or mon_any in (8, 9, 12) and bool(
            _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
            and any(x.group("y") and len(x.group("y")) == 4 for x in P_JMY.finditer(f, sentence_start(f, m.start()), m.start()))
            and not _NO_MONTH_AFTER.match(f, m.end()))
        # "قبض موبایل مرداد ۳۵ هزار تومن شد، ۲ برابر تیر": so many times or half another month's figure, a month
        # named before it in the sentence (no arrow is compared so)
        month_word = month_word or bool(_TIMES_OR_HALF_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                        and any(x.end() <= m.start() - 2 for x in _MONTH_NAME.finditer(f, sentence_start(f, m.start()), m.start())))
        # "کیف رو مهر لازم دارید؟": a thing, its object marked before the month, needed in it (the seal
        # needed would be the object: "مهر رو لازم دارید")
        month_word = month_word or bool(_RO_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _NEEDED_AFTER.match(f, m.end()))
        # "آبان نصب می‌کنیم": what we do in a month (a first person is no one named مهر or آبان)
        month_word = month_word or mon_any in (7, 8, 9, 10, 12) and bool(_WE_DO_IN_MONTH_AFTER.match(f, m.end()))
        # "بهمن که داره تموم می‌شه": only a month comes to an end; "...، اسفند هم هر روز ساعت ۷ ...": and a
        # month that is no name opening its clause, "too", after such a month named in the sentence
        ending = bool(OVER_AFTER.match(f, m.end()))
        month_word = month_word or ending or mon_any in (8, 9, 10, 12) and bool(
            _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start()) and _ALSO_AFTER.match(f, m.end())
            and any(OVER_AFTER.match(f, x.end()) for x in P_JM_BARE.finditer(f, sentence_start(f, m.start()), m.start())))
        # "آبان می‌خوایم بریم مشهد": what we want to do in a month, the subjunctive after (not مهر, "I want a
        # seal", nor تیر or بهمن)
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(_WE_WANT_TO_AFTER.match(f, m.end()))
        month_word = month_word or mon_any in (7, 8, 9, 10, 12) and bool(
            _SAID_BEFORE.search(f, max(0, m.start() - 10), m.start()) and _ASKED_RIGHT_AFTER.match(f, m.end()))
        # "کارهای نمایشگاه آذر رو تا دوشنبه بیارید، نمایشگاه ۹ آذر افتتاح میشه": an event of a month, a
        # day of a month written in the sentence (not مهر, تیر or بهمن, words and names too)
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(
            _EVENT_OF_BEFORE.search(f, max(0, m.start() - 16), m.start())
            and _DAY_OF_MONTH.search(f, sentence_start(f, m.start()), sentence_end(f, m.end()))
            and not _NO_MONTH_AFTER.match(f, m.end())
            # (not a timetable's heading, its days listed after: "برنامه امتحانای دی: شنبه ۱۴ دی ادبیات، ...")
            and not _HEADING_COLON_AFTER.match(f, m.end()))
        # "اردوی کلاس پنجم برای بعد از امتحانات بهمن": a school's exams of a month, or its holidays ("قبل از تعطیلات
        # اسفند"), بهمن and دی too (not تیر, arrows shot, nor مهر)
        month_word = month_word or mon_any not in (4, 7) and bool(
            _EXAMS_OR_HOLIDAYS_OF_BEFORE.search(f, max(0, m.start() - 16), m.start()) and not _NO_MONTH_AFTER.match(f, m.end())
            # (not a timetable's heading, its days listed after: "برنامه امتحانای دی: شنبه ۱۴ دی ادبیات، ...")
            and not _HEADING_COLON_AFTER.match(f, m.end()))
        # "نهال هلو برای کاشت اسفند مناسبه؟": a month's planting, pruning or spraying (not تیر, مهر or بهمن)
        month_word = month_word or mon_any not in (4, 7, 11) and bool(
            _FARM_WORK_OF_BEFORE.search(f, max(0, m.start() - 12), m.start()) and not _NO_MONTH_AFTER.match(f, m.end()))
        # "اگه بخواین آذر رو هم با همین قیمت میبندیم": the month made our verb's object (not مهر, تیر or
        # بهمن, names of halls and schemes too: "تالار بهمن رو دیدیم", "مسکن مهر را")
        # (not the tail of a word joined by ZWNJ: "ال‌سی‌دی رو ... عوض می‌کنیم")
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(_RO_THEN_WE_DO_AFTER.match(f, m.end())) \
            and not (m.start() and f[m.start() - 1] == "\u200c")
        # "مهر که اومدم گفتین ۴۰ روز کار داره": the month when I came, spoken (no مهر or بهمن "comes" as "I")
        month_word = month_word or bool(_WHEN_I_CAME_AFTER.match(f, m.end()))
        # "کارگاه‌های مدارس به آبان منتقل شده است": the month a thing is moved or put off to (not مهر, تیر or
        # بهمن: "به مهر منتقل" may be a seal's, a name's)
        month_word = month_word or mon_any not in (4, 7, 11) and moved_to(f, m.start(), m.end())
        # "بهمن رو کامل رزرو نکنید": a month booked, any month, as no one is (but a hall may be: "تالار بهمن رو
        # رزرو کردیم")
        month_word = month_word or bool(_RO_BOOKED_AFTER.match(f, m.end())
                                        and not _HALL_BEFORE.search(f, max(0, m.start() - 12), m.start()))
        # "سالن تا آخر مهر پره، اما آذر هنوز جا داره": a month opening a clause after "but", set against a month
        # named before it in the sentence, what there is in it told in the present (no آبان, مهر, تیر or بهمن)
        month_word = month_word or mon_any in (9, 10, 12) and bool(
            _BUT_OPENS_BEFORE.search(f, max(0, m.start() - 10), m.start())
            and P_JM_BARE.search(f, sentence_start(f, m.start()), max(0, m.start() - 6))
            and _STILL_HAS_AFTER.match(f, m.end()))
        # "امسال حراج بهاره نداریم، ولی مهر یه حراج بزرگ ... می‌ذاریم": a month opening a clause after "but",
        # what we will do in it told in our own present (no one named مهر or آبان takes "we")
        month_word = month_word or mon_any in (7, 8, 9, 10, 12) and bool(
            _BUT_OPENS_BEFORE.search(f, max(0, m.start() - 10), m.start())
            and _WE_WILL_IN_CLAUSE_AFTER.match(f, m.end()))
        # "تیم ملی از مهر تمرینات گروهی را از سر می‌گیرند": from a month on, what is resumed or begun told
        # later in its clause (the seal or kindness "from" takes no such verb)
        month_word = month_word or mon_any in (7, 11) and bool(
            AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
            and _RESUMED_IN_CLAUSE_AFTER.match(f, m.end()) and not _NO_MONTH_AFTER.match(f, m.end()))
        # "کره‌اسبی که آبان ۹۱ خریدیم حالا ۲ سالشه و اسفند برای اولین بار نعلش می‌کنم": so after "و", in
        # one's own present, a month that is no name (دی, اسفند)
        month_word = month_word or mon_any in (10, 12) and bool(
            AND_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
            and _I_WILL_IN_CLAUSE_AFTER.match(f, m.end()) and not _MADE_OBJECT_AFTER.match(f, m.end())
            and not PAST_ONLY.search(f, m.end(), _clause_end(f, m.end())))
        # "... دی‌ماه تموم نمیشه، بهمن تحویلتون میدم": a month opening a clause after a comma, another month
        # named before it in the sentence, what one will do in it told in one's own present (بهمن too: the
        # verb's "I" is no one named so, and no object is marked)
        month_word = month_word or bool(
            _COMMA_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
            and _MONTH_NAME.search(f, sentence_start(f, m.start()), max(0, m.start() - 3))
            and _I_WILL_IN_CLAUSE_AFTER.match(f, m.end()) and not _MADE_OBJECT_AFTER.match(f, m.end())
            and not PAST_ONLY.search(f, m.end(), _clause_end(f, m.end())))
        # "پارسال تا بهمن نمره‌هاش ۱۸ بود": until a month of the year named (بهمن too: no one is "until" a name)
        month_word = month_word or mon_any == 11 and bool(_YEAR_WORD_UNTIL_BEFORE.search(f, max(0, m.start() - 16), m.start()))
        # "امتحان ماهانه‌ی آبان": the month's monthly exam
        month_word = month_word or mon_any != 4 and bool(_MONTHLY_OF_BEFORE.search(f, max(0, m.start() - 16), m.start()))
        # "کفش عروسی‌تون رو که اسفند آورده بودید": what you had done in a month, told in a "که" clause
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(
            KE_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _YOU_HAD_DONE_AFTER.match(f, m.end()))
        # "دفعه‌ی بعد آذر بیاید": the next time, a month (not تیر, an arrow)
        month_word = month_word or mon_any != 4 and bool(_NEXT_TIME_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                                         and not _NO_MONTH_AFTER.match(f, m.end()))
        # "شاید مهر بذاریمش": a thing put off to a month, its object a clitic on our verb (a stamp is put
        # with no such clitic)
        month_word = month_word or mon_any in (7, 8, 9, 10, 12) and bool(_PUT_IT_IN_MONTH_AFTER.match(f, m.end()))
        # (آذر too, its object told before it: "نرده‌ی راه‌پله رو آذر می‌سازیم")
        month_word = month_word or mon_any == 9 and bool(_RO_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                         and _WE_DO_PRESENT_AFTER.match(f, m.end()))
        # (and آبان, دی, اسفند, or مهر with a verb no stamp takes: "نهال‌ها رو مهر می‌کاریم", not "رو مهر می‌زنیم")
        month_word = month_word or mon_any in (7, 8, 10, 12) and bool(
            _RO_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _WE_DO_PRESENT_AFTER.match(f, m.end())
            and not (mon_any == 7 and _STAMPED_AFTER.match(f, m.end())))
        # "ترازنامه را بهمن منتشر می‌کند": the written object marker, then the month and a light verb to
        # come, said of a body (no one named بهمن comes between an object and its verb)
        month_word = month_word or bool(_RA_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                        and _BODY_WILL_DO_AFTER.match(f, m.end()))
        # "از مهر تا حالا فقط ۹ تا سفارش داشتیم": since a month, up to now
        month_word = month_word or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and SINCE_NOW_AFTER.match(f, m.end()))
        # "..., اسفند هم یه سفارش ۱۰۰ کیلویی داریم": a month opening its clause, what we have then too
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(
            _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start()) and _ALSO_WE_HAVE_AFTER.match(f, m.end()))
        # "از مهر ساعت کاری‌مون عوض میشه": from a month on, our hours or prices change
        # (or so much is added from it: "صاحبخونه گفت از مهر ۱۰ درصد اضافه می‌کنه")
        month_word = month_word or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                        and (_CHANGES_FROM_AFTER.match(f, m.end()) or _PERCENT_ADDED_AFTER.match(f, m.end())))
        # "چون آذر تقریباً همه‌ی روزاش رزروه": only a month has days of its own (any month, a name or not)
        month_word = month_word or bool(_ALL_ITS_DAYS_AFTER.match(f, m.end()))
        # "از فردا که مهر شروع میشه ...": the month said to begin (no seal and no one named so begins)
        month_word = month_word or bool(_MONTH_BEGINS_AFTER.match(f, m.end()))
        month_word = month_word or bool(_PRICES_MADE_OBJECT_FROM_BEFORE.search(f, max(0, m.start() - 50), m.start())
                                        and _RAISED_OR_CUT_AFTER.match(f, m.end()))
        # "بار باتری‌ها که اسفند قرار بود برسه افتاد به فروردین": the month a thing was to come in (not تیر or بهمن)
        month_word = month_word or mon_any not in (4, 11) and bool(KE_RIGHT_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                                  and _WAS_DUE_AFTER.match(f, m.end()))
        # "پس حدوداً آذر نوبت بگیرید": a month guessed at (not تیر or بهمن, an arrow and a name)
        # (بهمن too when a thing is to reach one then: "احتمالاً بهمن دستتون برسه")
        month_word = month_word or (mon_any not in (4, 11) or mon_any == 11 and bool(_REACHES_YOU_AFTER.match(f, m.end()))) \
            and bool(_ESTIMATE_BEFORE.search(f, max(0, m.start() - 12), m.start()) and not _NO_MONTH_AFTER.match(f, m.end()))
        # "زودتر از بهمن نمی‌رسه": sooner or later than a month (no one named بهمن is "sooner than"; not تیر)
        month_word = month_word or mon_any != 4 and bool(_SOONER_THAN_BEFORE.search(f, max(0, m.start() - 16), m.start())
                                                         and not _NO_MONTH_AFTER.match(f, m.end()))
        # "موتور جدید آذر می‌رسه": goods that arrive in a month (آذر and بهمن too: a thing is no one named so)
        month_word = month_word or bool(_GOODS_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                        and _ARRIVES_RIGHT_AFTER.match(f, m.end()))
        # "مهر کیلویی ۱۲ بود": a month's price per unit, its figure after
        month_word = month_word or bool(_PER_UNIT_PRICE_AFTER.match(f, m.end()))
        # "آبان تموم شد و سگم هنوز واکسن نزده": a month that ended or is ending
        month_word = month_word or bool(_MONTH_ENDED_AFTER.match(f, m.end()))
        # "مهر خیلی شلوغه": only a time is busy or quiet (but "بهمن خیلی شلوغه" may be a lively boy)
        month_word = month_word or mon_any not in (9, 11) and bool(_MONTH_BUSY_AFTER.match(f, m.end()))
        # (آذر and بهمن too, set against this month, the last or the next: "این ماه ۱۴ تا جشن داشتم، ولی آذر خلوت‌تره")
        month_word = month_word or mon_any in (9, 11) and bool(_MONTH_BUSY_AFTER.match(f, m.end())
                                                               and _MONTH_BY_STEP.search(f, sentence_start(f, m.start()), m.start()))
        # "... ولی آذر خلوت‌تره، برای مهدتون آذر رو در نظر بگیریم؟": the month just taken for one, named again
        # in its sentence (not تیر, مهر or بهمن, which may be another thing the second time)
        month_word = month_word or mon_any not in (4, 7, 11) and (sentence_start(f, m.start()), mon_any) in taken \
            and not _NO_MONTH_AFTER.match(f, m.end())
        # "پارسال که خونه رو رنگ کردیم اسفند بود": the month it was, closing its clause (not تیر, مهر or
        # بهمن: an arrow, a seal, a name)
        month_word = month_word or mon_any not in (4, 7, 11) and bool(_MONTH_IT_WAS_AFTER.match(f, m.end()))
        # "اسفند رو زودتر شروع کنیم": the month's work, ours to start or put (the safe months only)
        month_word = month_word or mon_any in (8, 9, 10, 12) and bool(_MONTH_WORK_WE_PLAN_AFTER.match(f, m.end()))
        # "به اسفند موکول شد", "شاید بیفته تیر": a month something is put off to, or falls in, the next
        put_off = bool(TO_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _PUT_OFF_AFTER.match(f, m.end())
                       or FALLS_ON_BEFORE.search(f, max(0, m.start() - 14), m.start())) and not _NO_MONTH_AFTER.match(f, m.end())
        put_off = put_off or starts
        # "... ۲ ماه عقب افتاد و شد آبان": what a date was put off to and became (not تیر or بهمن)
        put_off = put_off or mon_any not in (4, 11) and bool(_BECAME_BEFORE.search(f, max(0, m.start() - 8), m.start())
                                                             and _PUT_BACK_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                                             and not _NO_MONTH_AFTER.match(f, m.end()))
        # "ثبت‌نام تور اردیبهشت هم شروع شده": what one signs up for in a month, the next such month
        put_off = put_off or bool(_SIGN_UP_FOR_BEFORE.search(f, max(0, m.start() - 24), m.start()))
        # (or signed up from: "می‌تونم از مهر ثبت‌نام کنم؟"; no seal and no one is signed up from; nor moved
        # from, spoken: "شاید از مهر برم شعبه‌ی تبریز")
        month_word = month_word or bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                        and (_SIGN_UP_AFTER.match(f, m.end()) or _GO_OVER_AFTER.match(f, m.end())))
        # (or one runs into it, spoken: "اگه از الان نوبت نگیرید به آذر می‌خورید"; not تیر or بهمن, hit)
        put_off = put_off or mon_any not in (4, 11) and bool(TO_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                             and _RUN_INTO_AFTER.match(f, m.end()))
        # (bidden to bring it then, ahead: "بهمن بیارین یه چک کنیم")
        put_off = put_off or mon_any in (8, 9, 10, 11, 12) and bool(_BRING_BIDDEN_AFTER.match(f, m.end()))
        # (or to pay then what is named before it: "قسط دوم رو آذر بدید")
        put_off = put_off or mon_any not in (4, 7) and bool(_RO_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                                            and _PAY_BIDDEN_AFTER.match(f, m.end()))
        # (the verb first: "وقتای اون روزا رو منتقل می‌کنیم به آبان")
        # (or set in it, the verb right before, spoken: "عروسی رو گذاشتید اسفند؟"; not آذر or بهمن, "بذارید بهمن
        # بیاد" lets someone come)
        put_off = put_off or mon_any not in (9, 11) and bool(_SET_IN_RIGHT_BEFORE.search(f, max(0, m.start() - 12), m.start())
                                                             and not _NO_MONTH_AFTER.match(f, m.end())
                                                             and not _NAME_GIVEN_BEFORE.search(f, max(0, m.start() - 30), m.start()))
        put_off = put_off or bool(_MOVED_VERB_TO_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                  and not _NO_MONTH_AFTER.match(f, m.end()))
        month_word = month_word or put_off
        # "بازارچه‌ی اسفند ۱۱ میلیون فروخت", "دورهمی اسفند لغو شد": the month of a gathering named by it
        month_word = month_word or bool(mon_any not in (4, 7, 9, 11) and _GATHERING_OF_BEFORE.search(f, max(0, m.start() - 30), m.start())
                                        and not _NO_MONTH_AFTER.match(f, m.end()))
        # (weddings by the many are no one person's: "رفتیم سراغ عروسیای بهمن", any month)
        month_word = month_word or bool(_WEDDINGS_BEFORE.search(f, max(0, m.start() - 16), m.start()))
        # "آبان که بیاد خریدارا کم می‌شن": a month that is to come, the next, opening its clause (not
        # "آقا بهمن که بیاد"); "مهر", "آذر", "بهمن", "تیر" are names too, so only with "ماه"
        # "آبان که اسباب‌کشی کردین خبرم کنین": a month opening a clause of what you will have done by
        # then, bidden to tell (a past form in a "when" clause, ahead)
        put_off = put_off or mon_any not in (4, 7, 9, 11) and bool(
            _WHEN_YOU_DID_AFTER.match(f, m.end()) and _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start())
            and _TELL_ME_BIDDEN.search(f, m.end(), sentence_end(f, m.end())))
        put_off = put_off or bool((when := _WHEN_COMES_AFTER.match(f, m.end()))
                                  # (no one and no seal "becomes": "مهر که بشه مدرسه‌ها باز میشن")
                                  and (when.group("mah") or when.group("starts") or when.group("becomes") or mon_any not in (4, 7, 9, 11)
                                       # ("تیر که برسه آبیاری باید روزی ۲ بار بشه": no one is named تیر, and an
                                       # arrow reaches something)
                                       or mon_any == 4 and _REACHES_RIGHT_AFTER.match(f, m.end()))
                                  and _CLAUSE_OPENS_BEFORE.search(f, max(0, m.start() - 3), m.start()))
        month_word = month_word or put_off
        # "... کی میاد؟ گفتن مهر.": a month alone as the "when" told back, a question just before it
        # (not آذر or بهمن, names one is called)
        month_word = month_word or mon_any not in (9, 11) and _told_back(f, m)
        # "پیاز لاله رو اگه آذر نکاشتید دیگه دیره": a month after "if", what you did or do in it right after
        # (the verb's "you" is no one named so)
        month_word = month_word or bool(_IF_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start())
                                        and _YOU_VERB_RIGHT_AFTER.match(f, m.end()))
        # "دورهمی فروردین کنسله": a month whose plan is called off, this one or the next
        called_off = bool(_CALLED_OFF_RIGHT_AFTER.match(f, m.end())) and not _NO_MONTH_AFTER.match(f, m.end())
        # (not the month things were called off in, told in the past after "در": "نوبت‌ها که ... در فروردین لغو شده
        # بود، ...", read by its tense)
        called_off = called_off and not (_IN_BEFORE.search(f, max(0, m.start() - 4), m.start())
                                         and PAST_ONLY.search(f, m.end(), min(len(f), m.end() + 25)))
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
        # "گزارش ماه مهر رسید، ممنون. آبان هم همون ۸ جلسه‌ست دیگه؟": the next month "too", after a month told as
        # one ("ماه مهر") just before (not تیر, مهر or بهمن, words and names too)
        month_word = month_word or bool(mon_any in (8, 9, 10, 12) and _ALSO_AFTER.match(f, m.end())
                                        and _MONTH_TOLD_AS_ONE.search(f, max(0, m.start() - 80), m.start()))
        # "شهریور امسال همه‌ی جمعه‌ها پره، مهر رو نگاه کنید": a month looked into for room, after another named
        month_word = month_word or bool(_LOOK_INTO_AFTER.match(f, m.end()) and _MONTH_NAME.search(f, sentence_start(f, m.start()), m.start()))
        if mon_any == 10 and _INSURER_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "بیمه دی": the insurer, not a month's insurance
        if _CUP_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "مسابقات جام شهریور گنبد": a cup named after the month
        if paired and not month_word and _WITH_NAMES_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "با بهمن و آذر رفتیم کافه": two friends, not two months
        if not (m.group("safe") or paired or month_word) or _NAME_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or mon_any == 7 and _seal_not_month(f, m) \
                or in_title(f, m.start(), m.end()) or _SUPERLATIVE_BEFORE.search(f, max(0, m.start() - 8), m.start()) \
                or (_GUILLEMET_OPEN_BEFORE.search(f, max(0, m.start() - 8), m.start()) and _GUILLEMET_CLOSE_AFTER.match(f, m.end())) \
                or _ANOTHER_AFTER.match(f, m.end()) or _NAMED_WEEK_AFTER.match(f, m.end()) or _MONTH_LENGTH_AFTER.match(f, m.end()) \
                or (_DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())
                    and (_NAMED_AS_AFTER.match(f, m.end()) or BEARS_NAME_AFTER.match(f, m.end()))) \
                or _NAMED_DAY_BEFORE.search(f, max(0, m.start() - 50), m.start()) \
                or ((dn := _DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())) and renamed_to(f, dn.start(), m.end())) \
                or (_NUMBER_OF_BEFORE.search(f, max(0, m.start() - 10), m.start()) and _PHONE_AFTER.match(f, m.end())) \
                or mon_any == 7 and _IRAN_AFTER.match(f, m.end()) \
                or _PLACE_LIST_DAY_BEFORE.search(f, max(0, m.start() - 80), m.start()) \
                or _NAMES_LIST_DAY_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
                or _MOVEMENT_DAY_BEFORE.search(f, max(0, m.start() - 40), m.start()) \
                or (_SECOND_BEFORE.search(f, max(0, m.start() - 8), m.start())
                    and _MOVEMENT_AFTER.search(f, m.end(), min(len(f), m.end() + 50))) \
                or (_MONTHS_PLURAL_BEFORE.search(f, max(0, m.start() - 60), m.start())
                    and not _PAIR_YEAR_AFTER.match(f, m.end())
                    and not PAST_ONLY.search(f, m.end(), sentence_end(f, m.end()))
                    and not PERFECT_RE.search(f, m.end(), sentence_end(f, m.end()))  # ("... طی ماه‌های دی و بهمن ۱۳۸۷ سنجیده است")
                    and not _HELD.search(f, m.end(), sentence_end(f, m.end()))):
            # also "جبهه دوم خرداد": the named day's month is no date either; "در ماه‌های مهر،
            # آبان و آذر ... ارزان است" the months of any year, unless told in the past
            continue
        mon = month_number(m.group("safe") or m.group("any"), "jalali")
        if not gloss and (_seasonal(f, m) or _yearly(f, m) or _USUALLY_BEFORE.search(f, max(0, m.start() - 40), m.start())):
            continue  # (also "آبیاری ... معمولا از اواسط مهر آغاز می‌شود": a usual month)
        if _EVERY_YEAR_DAY_BEFORE.search(f, max(0, m.start() - 20), m.start()):
            continue  # "هر سال ۱۰ فروردین": the month of every year's day, no more a date than the day
        # "امسال از بهمن سفارش عید می‌گیریم": the month of this year, named right before
        this_year = bool((yw := _YEAR_WORD_PREP_BEFORE.search(f, max(0, m.start() - 16), m.start())) and yw.group(0).startswith("امسال"))
        # (the month a thing is moved from, to another named: the nearest such month, whatever the tense)
        moved_from = bool(AZ_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _TO_MONTH_AFTER.match(f, m.end()))
        # "کارتایی که اسفند تموم شدن": things that ran out in the month, the latest such one (or this one)
        things_ended = bool(_THINGS_ENDED_AFTER.match(f, m.end()))
        rel = (lambda ref, mon=mon: relative.month_last_or_next(ref, mon, True)) if put_off \
            else (lambda ref, mon=mon: relative.month_this_or_last(ref, mon)) if things_ended \
            else (lambda ref, mon=mon: _nearest_jalali_month(ref, mon)) if gone_or_coming or moved_from \
            else (lambda ref, mon=mon: convert.jalali(convert.to_jalali(ref).year, mon)) if this_year \
            else (lambda ref, mon=mon: relative.month_this_or_next(ref, mon)) if called_off else _month_rel(f, m, "jalali", mon)
        out.append(Cand(m.start(), m.end(), "jalali_m", m=mon, needs_ref=True, rel=rel, gloss=gloss))
        taken.add((sentence_start(f, m.start()), mon))
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
_JMONTH_RX = re.compile(JMONTH)
_DAY_OF_MONTH_BEFORE = re.compile(rf"(?:(?<![0-9/.\-:])[0-9]{{1,2}}|{B0}{DAY_WORD}){SP}$")


_MONTHS_OFFERED_ASKED = re.compile(rf"(?:{JMONTH})(?:{MAH})?{SP1}یا{SP1}(?:(?:اوایل|اواخر|اواسط|آخر|اول){SP1})?(?:{JMONTH})(?:{MAH})?{SP}[؟?]")


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
    # (two of them, not one month named twice: "ولی آذر خلوت‌تره، برای مهدتون آذر رو در نظر بگیریم؟")
    paired = (_MONTH_PAIRED.match(f, m.end()) or _MONTH_PAIRED_BEFORE.search(f, max(0, m.start() - 40), m.start())
              or len({month_number(_JMONTH_RX.match(f, x.start()).group(0), "jalali") for x in months}) >= 2)
    # (nor two months offered as a choice, asked: "کی بیایم بهتره؟ اواخر مهر یا اوایل آبان؟")
    if not paired or _RELYEAR_NEAR.search(f, start, stop) or _MONTHS_OFFERED_ASKED.search(f, start, min(len(f), stop + 1)) \
            or any(_UNTIL_END_OF_BEFORE.search(f, max(0, x.start() - 20), x.start()) for x in months) \
            or _WAGES_NEAR_BEFORE.search(f, max(start, m.start() - 40), m.start()) \
            or _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start()):
        # (what is owed for months is owed for these ones; "سهمیه مهر" is one month's; "اقساط فروردین
        # و اردیبهشت ... تا پایان خرداد قابل پرداخت است": a deadline is one year's)
        return False
    # (nor a month it now is: "گفته بودن آخر تیر، الان که مرداد شده!"; nor months of one's own plan,
    # told in the first or second person: "من آخر آبان می‌رم، پس از آذر اجاره رو تقسیم کنید")
    # (but "اگه یه وقت تو آذر و دی اومدید ... میتونید": any year's, in a condition)
    # (nor a month one is bidden to sign up for: "کلاسهای آذر پره، اگه میخواین برای دی اسم بنویسین")
    return not (PAST_ONLY.search(f, start, stop) or PERFECT_RE.search(f, start, stop)
                or _PERSONAL_VERB.search(f, start, stop) and not _IF.search(f, start, m.start())
                or _FOR_DAY_BEFORE.search(f, max(0, m.start() - 8), m.start()) and _BIDDING.search(f, m.end(), stop)
                or WILL.search(f, start, stop) or _HELD.search(f, m.end(), stop)
                or any(_NOW_THAT_BEFORE.search(f, max(0, x.start() - 12), x.start()) and _BECOME_AFTER.match(f, x.end())
                       for x in months)
                # (nor a month told to be ending: "بهمن که داره تموم می‌شه، اسفند هم هر روز ...")
                or any(OVER_AFTER.match(f, x.end()) for x in months))


# a verb of the first or second person, present or subjunctive: "می‌رم", "می‌گیریم", "تقسیم کنید", "بدین"
# (or bidden to pay or send: "اقساط رو از دی تا اسفند ماهی ۲ میلیون بریزید"; or to sow: "بذر رو اواخر بهمن بکارید، نشاش
# فروردین آماده‌ست")
# (or what we have, spoken: "خرداد کامل رزروه، از تیر به بعد جا داریم")
# (or where we are, spoken: "ما کل مهر نیستیم، کلید تا آبان دست شما باشه")
_PERSONAL_VERB = re.compile(rf"{B0}(?:ن?می{SP}[^\W\d]+?(?:م|یم|ید|ین)|(?:ب|ن)?(?:کنید|کنیم|کنم|کنین|دید|دیم|دین|گیرید|گیریم)|ن?(?:داریم|دارم)"
                            rf"|نیستیم|نیستم|هستیم|هستم"
                            rf"|(?:ب|ن)(?:ریزید|ریزین|فرستید|فرستین|پردازید|پردازین|کارید|کارین|کاریم))(?![\w\u200c])")
_NOW_THAT_BEFORE = re.compile(rf"{B0}(?:الان|حالا|اکنون)(?:{SP1}که)?{SP1}$")
# "کلاس‌ها در ماه‌های تیر و مرداد برگزار می‌شود": something held is put on once, in those months
# of one year (a harvest "از مهر آغاز و تا آذر ادامه دارد" is every year's)
_HELD = re.compile(rf"{B0}برگزار{SP1}می{SP}(?:شود|شوند|گردد|گردند){B1}")
# "در سال‌های کبیسه ماه اسفند ۳۰ روز دارد": how long the month is, in any year
_MONTH_LENGTH_AFTER = re.compile(rf"{SP1}(?:[0-9]{{2}}|سی|بیست{SP1}و{SP1}(?:نه|هشت)){SP1}روز{SP}ه?{SP1}(?:دارد|است|می{SP}شود|بود|نیست){B1}")
# "ماه گذشته ( نوامبر )": the month named in brackets is the one "ماه گذشته" means, whatever
# the tense of the clause
# (also after a comma, in speech: "عملمو انداختن ماه دیگه، آذر")
# (a guess, or a part of the month, between: "ماه بعد، احتمالاً اواسط تیر")
# "شماره‌ی بهمن هم ۰۹۱۲۳۴۵۶۷۸۹": someone's phone number, not a month's issue
_NUMBER_OF_BEFORE = re.compile(rf"{B0}شماره(?:{SP}ی)?{SP1}$")
_PHONE_AFTER = re.compile(rf"(?:{SP1}(?:هم|:|=))?{SP}:?{SP}0[0-9]{{9,10}}(?![0-9])")
_PRESS_BEFORE = re.compile(rf"{B0}(?:چاپخانه|چاپخونه|انتشارات|نشر){SP1}$")
# (its "was" or "is" between too, and "that same": "این که شماره‌ی ماه پیش بود، همون خرداد")
_REL_MONTH_GLOSS_BEFORE = re.compile(rf"{B0}ماه{SP1}(?P<st>گذشته|قبل|پیش|آینده|بعد|دیگه|دیگر)(?:{SP1}(?:بود|است|هست))?{SP}[(\[،,]{SP}"
                                     rf"(?:(?:همون|همان|یعنی){SP1})?"
                                     rf"(?:(?:احتمالا|احتمالاً|شاید|حدودا|حدوداً|تقریبا|تقریباً|مثلا|مثلاً){SP1})?"
                                     rf"(?:(?:اوایل|اواسط|اواخر|اول|آخر|وسط){SP1})?$")
# ... or that it means, further on in its sentence: "ماه بعد شهریه ۱۰ درصد زیاد میشه، یعنی از تیر ..."
# (a guess too: "۶ ماه دیگه دوباره سونو کنید، یعنی حدود بهمن")
_REL_MONTH_MEANS_BEFORE = re.compile(rf"{B0}ماه{SP1}(?:گذشته|قبل|پیش|آینده|بعد|دیگه|دیگر){B1}[^.!?؟\n]{{0,60}}"
                                     rf"{B0}یعنی{SP1}(?:(?:از|تا|در|برای|واسه){SP1})?(?:(?:حدود|حدودا|حدوداً|تقریبا|تقریباً|احتمالا|احتمالاً){SP1})?$")
# (or a pupil's report card of a month: "کارنامه‌ی آبان بچه‌ها کی میاد؟")
# (or receipts of a month, spoken too: "رسیدای آذر رو هنوز مهر نکردین"; or its census: "نتایج سرشماری آبان")
_REPORT_OF_BEFORE = re.compile(rf"(?<!به\s)(?<!به\u200c){B0}(?:گزارش|آمار|سرشماری|داده{SP}های|داده{SP}ها|کارنامه|کارنامه{SP}های"
                               rf"|رسیدهای|رسیدای|رسیدا|رسیدها"
                               # (or a month's invoice: "فاکتور مرجوعی آذر رو ٢٠ دی تسویه می‌کنم")
                               rf"|فاکتور|فاکتورهای|فاکتورای|فاکتورا"
                               # (or its price list: "قیمتای دی ماه رو بفرستید، لیست آذر رو دارم")
                               rf"|لیست|لیستای|لیست{SP}های|لیست{SP}قیمت){_NOUN_OF}"
                               rf"(?:{SP1}(?:تورم|فروش|تولید|صادرات|واردات|اشتغال|بیکاری|مرجوعی|خرید))?{SP1}(?:ماه{SP1})?$")  # ("گزارش تورم آذرماه")
# the level a month set, kept as a mark: "تثبیت تولید در سطح ژانویه"
# "برای شما با قیمت شهریور حساب می‌کنم": the price a month had, come already
_AT_PRICE_OF_BEFORE = re.compile(rf"{B0}با{SP1}(?:قیمت|نرخ|تعرفه)(?:{SP}(?:ی|های))?{SP1}(?:ماه{SP1})?$")
_LEVEL_OF_BEFORE = re.compile(rf"{B0}(?:سطح|سقف){SP1}(?:تولید{SP1})?(?:ماه{SP1})?$")
_PLANNED_FOR_AFTER = re.compile(rf"{SP1}برنامه{SP}ریزی{SP1}شده{SP1}(?:بود|بوده){B1}")


_OWED_AFTER = re.compile(rf"{SP1}(?:مونده|مانده|باقی{SP1}مانده){B1}")
_ACCOUNT_OF_BEFORE = re.compile(rf"(?<![\w\u200c])حساب(?:{SP}ی)?{SP1}$")
_ENROL_FOR_BEFORE = re.compile(rf"{B0}برای{SP1}ثبت{SP}نام(?:{SP1}(?:ترم|کلاس{SP}های|کلاس|دوره|سال{SP1}تحصیلی))?{SP1}(?:ماه{SP1})?$")
_HOSTING_OF_BEFORE = re.compile(rf"{B0}میزبانی(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,5}}{SP1}$")
_GRANTED_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}(?:تأیید|تایید|تصویب|واگذار|اعطا){SP1}(?:کرد|کردند|شد|شده|گردید){B1}")
# (also "برنامه‌ی بعدی هم ۸ ژانویه"; and the first of a run of instalments, spoken: "... ۶ قسط ۲ میلیونی؛ اولی ۲۵ خرداد")
_THE_NEXT = rf"[^\W\d]+{SP}(?:ی)?{SP1}بعدی"
_NEXT_ONE_BEFORE = re.compile(rf"{B0}(?:{_THE_NEXT}|اولی|اولیش|قسط{SP1}اول|اولین{SP1}قسط)(?:{SP1}هم)?{SP}[،,]?{SP1}$")
# "... واکسن زدیم، نوبت بعدی هم تیرماه": the next one's month, ahead whatever was done before
_THE_NEXT_BEFORE = re.compile(rf"{B0}{_THE_NEXT}(?:{SP1}هم)?{SP}[،,]?{SP1}$")


_REFUND_AFTER = re.compile(rf"{B0}(?:پس{SP1}(?:می{SP}دم|میدم|می{SP}دیم|میدیم|می{SP}دهیم|داده{SP1}می{SP}شود|میده|می{SP}ده)|عودت|مسترد|برمی{SP}گردونیم|برمی{SP}گردونم|برمیگردونیم){B1}")


def _month_rel(f: str, m: re.Match, calendar: str, mon: int):
    """A yearless month's resolver: the latest (or next) such month when it glosses "ماه گذشته
    (آینده)" just before it, else by the tense of its clause."""
    g = _REL_MONTH_GLOSS_BEFORE.search(f, max(0, m.start() - 40), m.start())
    if g or calendar in ("jalali", "gregorian") and _THE_NEXT_BEFORE.search(f, max(0, m.start() - 24), m.start()):
        # (or the next one's month, ahead: "نوبت بعدی هم تیرماه")
        future = not g or g.group("st") in ("آینده", "بعد", "دیگه", "دیگر")
        if calendar == "gregorian":
            return lambda ref: relative.gregorian_month_last_or_next(ref, mon, future)
        return lambda ref: relative.month_last_or_next(ref, mon, future)
    if FIGURES_OF_BEFORE.search(f, max(0, m.start() - 16), m.start()) and not _RELYEAR_NEAR.search(f, m.end(), min(len(f), m.end() + 12)) \
            and not _ON_ACCOUNT_AFTER.match(f, m.end()):
        # "گزارش بهمن ماه هفته آینده منتشر خواهد شد", "آمار تیر ماه روز ۵ مرداد منتشر می‌شود": the figures
        # or the bill of a month are of one begun already, whatever the tense of their publishing
        return lambda ref: _month_begun(ref, calendar, mon)
    if calendar == "jalali" and _STAYS_UNTIL_BEFORE.search(f, max(0, m.start() - 24), m.start()):
        return lambda ref: _month_not_over(ref, calendar, mon)  # "پول کارتا پیش ما می‌مونه تا تیرماه": kept until it, not over
    if calendar == "jalali" and _SIGN_UP_FOR_BEFORE.search(f, max(0, m.start() - 24), m.start()):
        return lambda ref: relative.month_last_or_next(ref, mon, True)  # "ثبت‌نام تور اردیبهشت‌ماه": the next such month
    if calendar in ("jalali", "gregorian") and _EXTENDED_UNTIL_BEFORE.search(f, max(0, m.start() - 60), m.start()):
        # "... با تمدید مجوز پارک بادی تا آخر اسفند موافقت کرد": the month a term is extended until, not over
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "jalali" and _PAY_OF_BEFORE.search(f, max(0, m.start() - 22), m.start()) \
            and _REFUND_AFTER.search(f, m.end(), sentence_end(f, m.end())):
        # "کرایه‌ی اسفند رو بعد از عید فطر ... پس می‌دم": a month's fee given back, a month begun already (this
        # one too: "شهریه اسفند رو برمی‌گردونیم" in Esfand, the nursery shut)
        return lambda ref: _month_begun(ref, calendar, mon)
    if calendar == "gregorian" and _FOR_DAY_BEFORE.search(f, max(0, m.start() - 14), m.start()) \
            and _BIDDING.search(f, m.end(), _clause_end(f, m.end())):
        # "برای اکتبر زودتر رزرو کنین، پارسال همون موقع ... نداشتیم": what one is bidden to do for it, ahead
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "jalali" and _ACCOUNT_OF_BEFORE.search(f, max(0, m.start() - 10), m.start()) and _OWED_AFTER.match(f, m.end()):
        # "۲۵۰ هزار از حساب آذر مونده": what is owed of a month's account, of one begun already, whatever
        # follows (not "می‌ره تو حساب مهر", the account a payment goes into)
        return lambda ref: _month_begun(ref, calendar, mon)
    if calendar == "jalali" and _ENROL_FOR_BEFORE.search(f, max(0, m.start() - 30), m.start()):
        # "برای ثبت‌نام مهرماه هم فرم آنلاین گذاشتیم": enrolment for a month's term, whatever the tense, ahead
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar in ("jalali", "gregorian") and _HOSTING_OF_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
            and _GRANTED_AFTER.match(f, m.end()):
        # "میزبانی ایران برای رقابت‌های فوریه را تأیید کرد": the hosting of a month's event granted, ahead
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "jalali" and _BOOKING_FOR_BEFORE.search(f, max(0, m.start() - 30), m.start()):
        # "رزرو ما برای مرداد ماه بود، ولی ... می‌خوایم ببریمش اول مهر": the month a booking is for, about its
        # turn, whatever the tense: the nearest such month
        return lambda ref: _nearest_jalali_month(ref, mon)
    if calendar == "jalali" and _ESTIMATE_BEFORE.search(f, max(0, m.start() - 12), m.start()) and _REACHES_YOU_AFTER.match(f, m.end()):
        # "احتمالاً بهمن دستتون برسه": a thing guessed to reach one then, ahead
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "jalali" and _told_back(f, m) and not PAST_ONLY.search(f, max(0, (q := f.rfind("؟", 0, m.start())) - 80), q):
        # "... کی میاد؟ گفتن مهر.": what is asked after, not in the past, is to come, the month not over
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar in ("jalali", "gregorian") and _NEXT_ONE_BEFORE.search(f, max(0, m.start() - 14), m.start()):
        # "محموله بعدی مارس": the month of the next one, ahead
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "jalali" and _GATHERING_OF_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
            and (off := _CALLED_OFF_AFTER_CAUSE.match(f, m.end())) and not off.group(0).strip().endswith("کنسله"):
        # "نمایشگاه آذرماه به خاطر کرونا لغو شد" on 10 Aban: a gathering's month called off, the nearest
        # such month (as a bare month's: "بازارچه‌ی اسفند لغو شد")
        return lambda ref: _nearest_jalali_month(ref, mon)
    if calendar == "jalali" and _ALLOWANCE_OF_BEFORE.search(f, max(0, m.start() - 30), m.start()):
        # "سهمیه بنزین آبان ماه روز گذشته واریز شد" on 30 Mehr: a month's allowance is paid about its
        # turn, before it or in it, so the month is the nearest such month whatever the tense
        return lambda ref: _nearest_jalali_month(ref, mon)
    if calendar in ("jalali", "gregorian") and (
            _IN_BEFORE.search(f, max(0, m.start() - 10), m.start()) and _SAID_RIGHT_AFTER.match(f, m.end())
            or _IN_INTERVIEW_AFTER.match(f, m.end())
            or _COMPARED_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _WAGES_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _WAGES_RUN_BEFORE.search(f, max(0, m.start() - 50), m.start())
            or _BILLS_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _DAMAGE_CAUSE_BEFORE.search(f, max(0, m.start() - 35), m.start())
            or _REPORT_OF_BEFORE.search(f, max(0, m.start() - 25), m.start())
            or _LEVEL_OF_BEFORE.search(f, max(0, m.start() - 20), m.start())
            or _BILL_FOR_BEFORE.search(f, max(0, m.start() - 50), m.start())
            # (an instalment for it paid or not, told in the past: "قسط بیمه‌م برای اسفند پرداخت نشده؟")
            or _INSTALMENT_FOR_BEFORE.search(f, max(0, m.start() - 40), m.start())
            and bool(_PAID_OR_NOT_AFTER.match(f, m.end()))
            or _AT_PRICE_OF_BEFORE.search(f, max(0, m.start() - 16), m.start())):
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
        # (so a bill issued on account for the next month: "قبض فروردین به صورت علی‌الحساب صادر می‌شود" in Esfand)
        ahead = ahead or bool(_BILLS_OF_BEFORE.search(f, max(0, m.start() - 25), m.start()) and _ON_ACCOUNT_AFTER.match(f, m.end()))

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
            and (not PAST_ONLY.search(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end())))
                 # "برای بهمن تدارک دیده شده": made ready for the month, not yet come
                 or _MADE_READY_AFTER.match(f, m.end())
                 # (or ordered for it: "برای خرداد ۵۰۰ لیتر گلاب سفارش گرفتیم", "سفارش دوچرخه برای آذر ثبت شد")
                 or _ORDERED_FOR_AFTER.match(f, m.end())
                 or _ORDER_FOR_MONTH_BEFORE.search(f, max(0, m.start() - 50), m.start()) and _LOGGED_AFTER.match(f, m.end()))
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
    if _UNTIL_MONTH_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
            and _BIDDING.search(f, m.end(), tense_stop(f, m.end(), sentence_end(f, m.end()))):
        # "گارانتیش ۶ ماهه‌ست؛ تا آخر دی ماه مشکلی داشت بیارین": a month until which one is bidden to do a
        # thing, not yet over (the spoken "if it had" is no past)
        return lambda ref: _month_not_over(ref, calendar, mon)
    if calendar == "gregorian" and _DELIVERY_BEFORE.search(f, max(0, m.start() - 20), m.start()):
        # "نفت برای تحویل در مارس ... ارزان شد": a futures contract's month, not yet over
        return lambda ref: _month_not_over(ref, calendar, mon)
    return by_tense(f, m.end(), calendar, mon)


def _month_begun(ref: dt.date, calendar: str, mon: int) -> convert.Interval:
    """The month ``mon`` of this year, or of the last when this year's has not begun at ``ref``."""
    year = jalali_ref_year(ref, calendar)
    return next(iv for y in (year, year - 1) if (iv := MAKE[calendar](y, mon)).start <= ref)


def _month_not_over(ref: dt.date, calendar: str, mon: int) -> convert.Interval:
    """The month ``mon`` of this year, or of the next when this year's is over at ``ref``."""
    year = jalali_ref_year(ref, calendar)
    return next(iv for y in (year, year + 1) if (iv := MAKE[calendar](y, mon)).end >= ref)


_IN_BEFORE = re.compile(rf"{B0}در{SP1}(?:ماه{SP1})?$")
# "با وعده بازگشایی رودخانه در اسفند": the month a promise is for
_PROMISE_OF_BEFORE = re.compile(rf"{B0}(?:وعده|قول)(?:{SP1}[^\s\d.،,؛:]+){{1,3}}{SP1}(?:در|تا|از){SP1}(?:ماه{SP1})?$")
# the classes of a month: "کلاسای اسفند بدون تسویه برگزار نمی‌شه" (not a timetable's, "کلاس‌های مهر
# دوشنبه‌ها و چهارشنبه‌هاست"; nor "کارگاه آذر", which may be Azar's workshop)
# (or a course's: "ثبت‌نام دوره‌ی آذر")
_CLASSES_OF_BEFORE = re.compile(rf"{B0}(?:کلاسای|کلاس{SP}های|کلاس{SP}ها|کلاسا|دوره{SP}ی|دوره{SP}های){SP1}$")
# the rest of a sum paid in a month: "بقیه‌ش رو آذر بدید", "باقی پولش مهر"
_REST_PAID_BEFORE = re.compile(rf"{B0}(?:بقیه|باقی|باقیمونده|باقیمانده)(?:{SP}(?:ش|اش|ی))?(?:{SP1}(?:پول|مبلغ|قسط|اقساط)(?:{SP}(?:ش|اش))?)?"
                               rf"(?:{SP1}(?:رو|را))?{SP1}$")
# a month made ready for, not yet come: "برای بهمن تدارک دیده شده" (not "... شده بود")
_MADE_READY_AFTER = re.compile(rf"(?:{MAH})?{SP1}(?:تدارک{SP1}دیده|آماده|پیش{SP}بینی|در{SP1}نظر{SP1}گرفته){SP1}شده(?!{SP}(?:بود|بودند|بودیم){B1})")
_ORDER_FOR_MONTH_BEFORE = re.compile(rf"{B0}سفارش(?:{SP}(?:ها|های|ی))?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}{SP1}برای{SP1}(?:ماه{SP1})?$")
_ORDERED_FOR_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,4}}?{SP1}سفارش{SP1}(?:گرفتیم|گرفتم|گرفتن|گرفتند|دادیم|دادم|دادن|دادند){B1}")
# "ظرفیت هتل‌ها برای نیمه اول فروردین پر شده": the month it is booked for
_BOOKED_FOR_BEFORE = re.compile(rf"{B0}برای{SP1}(?:(?:نیمه|دهه|هفته){SP1}(?:اول|دوم|سوم|نخست|آخر|پایانی){SP1}|(?:اوایل|اواسط|اواخر){SP1})?(?:ماه{SP1})?$")
_MONTH_MUST_AFTER = re.compile(rf"{SP1}(?:باید|بایستی|موظفند|موظف{SP1}(?:است|هستند)){B1}")
# a verb of saying right after the month: it dates the saying
_SAID_RIGHT_AFTER = re.compile(
    rf"{SP1}(?:گفت|گفتند|افزود|نوشت|(?:اعلام|اظهار|تصریح|تاکید|عنوان){SP1}(?:کرد|کردند|داشت|نمود)){B1}")
# "... فروردین در گفت‌وگو با شبکه ... گفت": the month of an interview, which has been given
_IN_INTERVIEW_AFTER = re.compile(rf"{SP1}در{SP1}(?:گفت{SP}و{SP}گو|مصاحبه|نشست{SP1}خبری|کنفرانس{SP1}خبری)(?:{SP}(?:ی|ای))?{SP1}با{B1}")
_DELIVERY_BEFORE = re.compile(rf"{B0}تحویل{SP1}(?:در{SP1})?(?:ماه{SP1})?$")
_UNTIL_END_OF_BEFORE = re.compile(rf"{B0}تا{SP1}(?:پایان|آخر|انتهای){SP1}(?:ماه{SP1})?$")
_TIMES_OR_HALF_BEFORE = re.compile(rf"{B0}(?:(?:[0-9]+|دو|سه|چهار|پنج|نیم){SP1}برابر(?:{SP}ی)?|نصف|نصف{SP}ی|نیمی{SP1}از){SP1}$")
_MONTH_NAME = re.compile(rf"{B0}(?:{JMONTH}(?:{MAH})?|{GMONTH_ANY}|{HMONTH}){B1}")


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
               # (nor a firm's name: "بانک دی اعلام کرد ... اقساط این ماه", "قرض‌الحسنه مهر ایران")
               and not _FIRM_NAMED_BEFORE.search(f, max(0, m.start() - 16), m.start()) and not _IRAN_AFTER.match(f, m.end())
               for m in _MONTH_NAME.finditer(f, _clause_start(f, pos), pos)) \
        or whole and bool(_HOLY_MONTH.search(f, _clause_start(f, pos), pos))


_FIRM_NAMED_BEFORE = re.compile(rf"{B0}(?:بانک|بیمه|صندوق|قرض{SP}الحسنه|مسکن|خبرگزاری|گروه|انتشارات|چاپخانه)(?:{SP}ی)?{SP1}$")
_IRAN_AFTER = re.compile(rf"{SP1}ایران{B1}")  # "مهر ایران": the fund, its name


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
    """A month written with its day or year earlier in the sentence ("در آبان ۱۳۸۵ منتشر شد و ..."), the year
    a word too ("تیر پارسال همین تعرفه بود، از مهر ۱۰ درصد گرون می‌شه")."""
    return any(_NUMBER_AFTER.match(f, m.end()) or _DAY_NUMBER_BEFORE.search(f, max(0, m.start() - 6), m.start())
               or _REL_YEAR_RIGHT_AFTER.match(f, m.end())
               for m in _MONTH_NAME.finditer(f, sentence_start(f, pos), pos))


def _dated_same_month(f: str, lo: int, hi: int, mon: int, glued: bool = False) -> bool:
    """The same Jalali month written with its day between ``lo`` and ``hi`` (``glued``: the day's digits
    written onto the name count too, "۱۵بهمن")."""
    return any(month_number(d.group("mon"), "jalali") == mon and (glued or d.group("gap"))
               for d in _DAY_OF_JMONTH.finditer(f, lo, hi))


# a day of the month right before its name, 1 to 31 (not the "0" of a corpus that masks its digits)
_DAY_OF_JMONTH = re.compile(rf"(?<![0-9/.\-:])(?:[1-9]|[12][0-9]|3[01])(?P<gap>{SP})(?P<mon>{JMONTH})(?:{MAH})?(?![^\W\d])")


_REL_YEAR_RIGHT_AFTER = re.compile(rf"{SP1}(?:پارسال|امسال|سال{SP1}(?:گذشته|قبل|پیش|جاری)){B1}")


_CLOCK_HOUR_BEFORE = re.compile(rf"{B0}ساعت{SP1}[0-9]{{1,2}}{SP1}$")
_MAY_BESIDE = re.compile(rf"(?:[0-9]|ماه){SP1}$")
_NUMBER_AFTER = re.compile(rf"{SP1}[0-9]")


def _stop_after(ends: list[int], pos: int) -> int:
    """The end of the sentence holding ``pos`` (``ends`` sorted, the text's length last), or
    READ_AHEAD characters on, whichever comes first."""
    return min(ends[bisect.bisect_left(ends, pos)], pos + READ_AHEAD)


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
# ... and what will or will not be ready by it ("این جوری تا مهر آماده نمیشه"), after no count ("۵۰ تا
# مهر آماده می‌شه" is fifty seals)
_READY_BY_AFTER_MONTH = re.compile(rf"{SP1}(?:آماده|حاضر){SP1}(?:نمی|می)?{SP}?(?:شه|شود|شن|شوند){B1}")
_ARRIVES_OR_FULL_BY_AFTER = re.compile(rf"{SP1}(?:(?:می|نمی){SP}?(?:رسه|رسد|رسن|رسند)|برسه|برسد|پره|پر{SP1}(?:شده|شد|است|هست)){B1}")
_COUNT_TA_BEFORE = re.compile(rf"(?:[0-9]|{B0}(?:{_alt(NUMBER_WORDS[:20])}|چند)){SP1}تا{SP1}$")
# a month after "امسال از", a month's price, what we sell ahead or hold in a month
_YEAR_WORD_PREP_BEFORE = re.compile(rf"{B0}(?:امسال|پارسال){SP1}(?:از|در|تو|تا|برای){SP1}$")
_PRICE_OF_BEFORE = re.compile(rf"{B0}(?:با|به){SP1}(?:قیمت|نرخ)(?:{SP}(?:ها|های))?{_NOUN_OF}{SP1}$")
_WE_SELL_AHEAD_AFTER = re.compile(rf"{SP1}پیش{SP}فروش(?:{SP}?(?:ش|شو|ش{SP1}رو|ش{SP1}را))?{SP1}(?:شروع{SP1})?(?:می|نمی){SP}?(?:کنیم|کنم|شه|شود){B1}")
_LOOK_INTO_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}(?:نگاه|چک|ببینید|ببینین|ببین|بررسی)(?:{SP1}(?:کنید|کنین|کن|کنیم|می{SP}کنم|می{SP}کنیم|می{SP}کنید))?{B1}")
_RO_BEFORE = re.compile(rf"{B0}(?:رو|را){SP1}$")
_WE_HOLD_AFTER = re.compile(rf"{SP1}(?:می{SP}?گیریم|برگزار{SP1}می{SP}?کنیم|اجرا{SP1}می{SP}?کنیم){B1}")
_STAMPED_AFTER = re.compile(rf"{SP1}(?:می|نمی){SP}?(?:کنیم|کنم|زنیم|زنم){B1}")
_WE_DO_PRESENT_AFTER = re.compile(rf"{SP1}(?:می|نمی){SP}?[^\W\d]+?(?:یم|م)(?![\w\u200c])")
# (also "any more" between, and the slots we give: "آذر دیگه نوبت نمی‌دیم")
_WE_DO_IN_MONTH_AFTER = re.compile(rf"(?:{SP1}دیگه)?{SP1}(?:نصب|تحویل|ارسال|شروع|آغاز|اجرا|پرداخت|تسویه|تمدید|رزرو|نوبت){SP1}"
                                   rf"(?:می|نمی){SP}?(?:کنیم|کنم|دیم|دم|گیریم|گیرم"
                                   # (or yours, spoken or asked: "گفتید مهر تحویل می‌دید")
                                   rf"|کنید|کنین|دید|دین)(?![\w\u200c])")
# (a few words between too: "۱۰ محرم می‌خوایم با قاطر نذری ببریم")
_WE_WANT_TO_AFTER = re.compile(rf"{SP1}می{SP}?(?:خوایم|خواهیم)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}?{SP1}ب[^\W\d]+(?:یم|م)(?![\w\u200c])")
# a month said, asked back: "الان می‌گید آبان؟"
_SAID_BEFORE = re.compile(rf"{B0}(?:می{SP}?(?:گید|گین|گن|گه)|گفتید|گفتین|گفتن){SP1}$")
_ASKED_RIGHT_AFTER = re.compile(rf"{SP}[؟?]")
_PUT_IT_IN_MONTH_AFTER = re.compile(rf"{SP1}(?:بذاریم|بذارم|بگذاریم|بگذارم|بندازیم|بندازم|بیندازیم)(?:ش|شون){B1}")
# a seal's, a prayer stone's or a dowry's "مهر": "برای مهر نماز", "برای مهر عروس", "برای مهرش"
_SEAL_OR_DOWRY_OF_AFTER = re.compile(rf"(?:{SP}ی)?{SP1}(?:نماز|عروس|زن|همسر|محضر|دفتر|دفترخانه|مادری|پدری|لاستیکی|چوبی|تایید|تأیید|ها|های|و){B1}"
                                     rf"|{SP}(?:ش|شو|شون|شان|یه|ی|ها|های){B1}")
# "مهر" the seal, not the month: a size, a price or a kind of seal after it ("برای مهر ۴ سانتی", "مهر پزشکی",
# "مهر فوری", "مهر مدرسه"), or seals counted before it ("ماهی ۳۰ تا مهر"); a seal-maker's chats had eight
_SEAL_KIND_AFTER = re.compile(rf"{SP1}(?:[0-9]+{SP1}(?:سانتی|سانت|میلی|تومنی|تومانی|هزاری)(?![\w\u200c])"
                              rf"|(?:پزشکی|حقوقی|فوری|مدرسه|معلم(?:{SP}ها)?|شرکت|اداره|برجسته|لیزری|ژلاتینی|دستی|نظام|آموزشگاه|مطب"
                              rf"|داروخانه|فروشگاه|جیبی|اتوماتیک|امضا|امضای|گرد|مربع"
                              # (or its stone or metal, whose it is, or a ring beside it: "سفارش مهر سنگی", "سفارش مهر شما",
                              # "فروش مهر و انگشتر")
                              rf"|سنگی|برنجی|نقره|نقره{SP}ای|طلا|طلایی|عقیق|یاقوت|فیروزه|شما|و{SP1}انگشتر)(?![\w\u200c]))")
_SEALS_COUNTED_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]+{SP1}تا{SP1}$")
_PRICED_AFTER = re.compile(rf"{SP}(?:تومنی|تومانی|ریالی|هزاری|دلاری)(?![\w\u200c])")  # ("۲ تا مهر ۱۴۰۰ تومنی")


def _seal_not_month(f: str, m: re.Match) -> bool:
    """A bare "مهر" (the caller checks the month) read as the seal, "ماه" not before it."""
    if _MAH_BEFORE.search(f, max(0, m.start() - 6), m.start()) or _TO_SCHOOL_AFTER.match(f, m.end()):
        return False  # (nor "از مهر مدرسه میره": the school one goes to from it, no school's seal)
    return bool(_SEAL_KIND_AFTER.match(f, m.end()) or _SEALS_COUNTED_BEFORE.search(f, max(0, m.start() - 12), m.start()))


_SLOT_FOR_BEFORE = re.compile(rf"{B0}(?:برای|واسه){SP1}(?:نوبت|وقت)(?:{SP}ی)?{SP1}$")
_SLOTS_OF_BEFORE = re.compile(rf"{B0}(?:نوبت|وقت|شیفت|بلیت|بلیط)(?:{SP}(?:های|ها|ای|ا))(?:{SP}ی)?{SP1}$")  # (or shifts, tickets: "شیفت‌های آبان رو چیدم", "بلیت‌های تیر")
_RA_RIGHT_BEFORE = re.compile(rf"{B0}را{SP1}$")
_BODY_WILL_DO_AFTER = re.compile(rf"{SP1}[^\W\d]+{SP1}(?:می|نمی){SP}(?:کند|کنند|شود|شوند|دهد|دهند|گیرد|گیرند){B1}")
_DID_RIGHT_AFTER = re.compile(rf"{SP1}[^\W\d]+(?:دم|دیم|دین|دید|تم|تیم|تین|تید)(?![\w\u200c])"
                              # (or a spoken past of theirs a few words on: "کسایی که مهر ۹۵ گواهی سطح یک گرفتن،")
                              rf"|(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}?{SP1}[^\W\d]+(?:دن|تن)(?={SP}[،,.؛!?؟])")
# "از تیر برق افتاد", "از تیر سقف آویزان": a pole or a beam, not the month
_POLE_OR_BEAM_AFTER = re.compile(rf"{SP1}(?:برق|چراغ|چوبی|آهنی|بتنی|فلزی|سقف|تلفن|خلاص|غیب|کمان|و{SP1}کمان){B1}")
_DONE_IN_MONTH_AFTER = re.compile(rf"{SP1}(?:انجام|برگزار|پرداخت|واریز|توزیع|اجرا|افتتاح){SP1}"
                                  rf"(?:می{SP}?شود|می{SP}?شه|خواهد{SP1}شد|شد|شده{SP1}است|شده{SP1}بود|شود|بشود|بشه)(?![\w\u200c])")
_MONTH_IT_WAS_AFTER = re.compile(rf"{SP1}بود{SP}(?=[،,.؛!?؟]|$)", re.M)
_MONTH_WORK_WE_PLAN_AFTER = re.compile(rf"{SP1}(?:رو|را)(?:{SP1}(?:زودتر|دیرتر|هم|کلا|کلاً))?{SP1}(?:شروع|تموم|تمام|رزرو){SP1}(?:کنیم|بکنیم|کنین|کنید){B1}")
_THINGS_ENDED_AFTER = re.compile(rf"{SP1}(?:تموم|تمام){SP1}(?:شدن|شدند){B1}")
_MONTH_ENDED_AFTER = re.compile(rf"(?:{SP1}(?:هم|دیگه|دیگر|که|هنوز))?{SP1}(?:تموم|تمام){SP1}(?:شد|شدن|شدند|شده|نشده|می{SP}شه|میشه|می{SP}شود|بشه|شه|بشود|شود){B1}")  # (also awaited: "بهمن که تموم شه"; or not yet over: "آذر هنوز تموم نشده")
# (or it arrives: "احتمالاً آبان می‌رسه دستمون")
# (or we go then: "ماه عسل هم آبان می‌ریم", no Aban goes with "we")
_COMES_RIGHT_AFTER = re.compile(rf"{SP1}(?:میاد|میام|میایم|میاین|می{SP}رسه|می{SP}رسن|می{SP}ریم|می{SP}رویم){B1}")  # (not "میان": "سی دی میان مسافران")
# (also booked full: "اسفند کلاً پره"; "پر" with its copula only, not "پر از")
# (or hotter or colder, spoken: "خرداد امسال بارون کمه، ولی تیر گرم‌تره")
_MONTH_BUSY_AFTER = re.compile(rf"(?:{SP1}(?:سرمون|سرمان|سرم|سرتون|سرتان|خیلی|که|کلا|کلاً|دیگه|هم))*{SP1}(?:(?:شلوغ|خلوت)(?:{SP}تر)?(?:ه|{SP1}(?:است|هست|می{SP}شه))?|پره|پر{SP1}(?:است|هست)"
                               rf"|(?:گرم|سرد){SP}تر(?:ه|{SP1}(?:است|هست))){B1}")
# "بهمن بیارین یه چک کنیم": bidden to bring it in a month (no one named بهمن is brought so; not مهر,
# the seal one brings, nor تیر)
_ONLY_OPENS_BEFORE = re.compile(rf"[،,؛]{SP}(?:فقط|تنها){SP1}$")
# a month told by its step, this one, the last or the next ("ماه بعد عروسی پسرعمومه، آذر کلاً سرتون شلوغه؟")
_MONTH_BY_STEP = re.compile(rf"{B0}(?:این{SP1}ماه|ماه{SP1}(?:پیش|گذشته|قبل|بعد|آینده|دیگه)){B1}")
_PAY_BIDDEN_AFTER = re.compile(rf"{SP1}(?:بدید|بدین|بدهید|بریزید|بریزین|بپردازید|(?:واریز|پرداخت){SP1}(?:کنید|کنین)){B1}")
_BRING_BIDDEN_AFTER = re.compile(rf"{SP1}(?:بیارین|بیارید|بیاورید|بیارینش|بیاریدش|بیاوریدش){B1}")
_COME_RIGHT_AFTER = re.compile(rf"{SP1}(?:بیاید|بیاین|بیایید|بیام|بیایم|بیاییم|میام|میاید|میاین|میایم){B1}")
# Jalali month names that are no everyday word or common name, so safe without "ماه".
_SAFE_JMONTHS = ["فروردین", "فرودین", "اردیبهشت", "خرداد", "مرداد", "امرداد", "شهریور"]
P_JM_BARE = re.compile(
    # (a number after it is its year, unless a count goes on: "در آبان ۶۱ میلیون تومان بود", "تورم
    # اسفند ۴۰.۷ درصد", or a number counts things: "تو شهریور ۳ تا پکیج داریم", "تا آخر تیر ۵۰ تا کلاه",
    # or it opens a run of hours: "ساعت کار تا پایان مرداد ۷ تا ۱۳ است")
    # (not "اسپند" alone: wild rue, the seed burnt against the evil eye, far more often than the month)
    rf"{B0}(?!اسپند{B1})(?!دی{SP}وی{SP}دی)(?!دی{SP}جی{B1})(?:(?P<safe>{_alt(_SAFE_JMONTHS)})|(?P<any>{JMONTH})){B1}"  # (nor a DVD, "دی‌وی‌دی", nor a DJ, "دی‌جی")
    # (nor the first half of a word joined by ZWNJ, an avalanche's: "کلاس‌های بهمن‌شناسی", "دامنه‌های بهمن‌گیر")
    rf"(?!\u200c(?:شناس|نگار|سنج|گیر|زده|خیز|ریزه))"
    # (but "تا اسفند ماهی ۲ میلیون بریزید", "ماهانه": monthly, no "ماه" of the month's name)
    # (but a number that is the day of a month named after it is no year: "حقوق خرداد ۲۰ تیر ریخته میشه")
    rf"(?!(?!{_ONE_DIGIT_COUNT_AFTER}){SP}(?:ماه(?!ی(?:انه)?{B1}|انه{B1})|[0-9]+(?![0-9])(?![.٫][0-9])(?!{SP1}{JMONTH}{B1})(?!{_BIG_NUMBER_AFTER.pattern}|{UNIT_AFTER.pattern}|{_SESSIONS_AFTER.pattern})"
    rf"(?!{_COUNTED_WITH_TA_AFTER.pattern})(?!(?<![3-9][0-9])(?<![0-9][0-9][0-9]){SP}(?:تا|الی){SP}(?:[01]?[0-9]|2[0-4])(?![0-9]))))"
)
_DEY_FIRM_BEFORE = re.compile(rf"{B0}(?:بیمه|بانک)(?:{SP}ی)?{SP1}$")
# (or "when it starts", spoken: "مهر که شروع شه دیگه هفته‌ای یه بار میام")
_START_SUBJ_AFTER = re.compile(rf"{SP1}(?:که{SP1})?(?:آغاز|شروع|افتتاح){SP1}(?:شود|بشود|بشه|شه|گردد){B1}")
_WHEN_IT_COMES_AFTER = re.compile(rf"{SP1}که{SP1}(?:بیاد|برسه|بیاید|برسد){B1}")
_TO_SCHOOL_AFTER = re.compile(rf"{SP1}(?:(?:می{SP}ره|میره|می{SP}رود|می{SP}رن|میرن|می{SP}روند){SP1}(?:مدرسه|کلاس|دبستان|پیش{SP}دبستانی|دانشگاه)"
                              # (or when schools open: "مهر که مدرسه‌ها باز بشه لازمش داره")
                              rf"|که{SP1}(?:مدرسه|مدارس|دانشگاه)(?:{SP}ها)?{SP1}(?:باز|شروع)"
                              # (or the school first, spoken: "از مهر مدرسه میره و فقط عصرها می‌تونیم")
                              rf"|(?:مدرسه|دبستان|دانشگاه){SP1}(?:می{SP}ره|میره|می{SP}رن|میرن|می{SP}رود|می{SP}روند)){B1}")
_MOVED_VERB_TO_BEFORE = re.compile(rf"{B0}(?:منتقل|موکول|جابجا|جابه{SP}جا){SP1}(?:می{SP}کنیم|میکنیم|می{SP}شه|میشه|شد|شدند|شده|کردیم){SP1}به{SP1}$")
_ALSO_WE_HAVE_AFTER = re.compile(rf"{SP1}هم{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}|[0-9]+{SP1}){{0,4}}(?:داریم|دارم|داره|دارن){B1}")
# "قیمت دستکش‌ها رو از مهر بالا می‌بریم": prices, made the object, raised or cut from a month on
_PRICES_MADE_OBJECT_FROM_BEFORE = re.compile(rf"{B0}(?:قیمت|قیمتا|نرخ|کرایه|اجاره|تعرفه)(?:{SP}(?:ها|های))?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:رو|را){SP1}از{SP1}$")
_MONTH_BEGINS_AFTER = re.compile(rf"{SP1}(?:شروع|آغاز){SP1}(?:می{SP}?شه|می{SP}?شود|شد|شده){B1}")
_RAISED_OR_CUT_AFTER = re.compile(rf"{SP1}(?:بالا|پایین){SP1}(?:می{SP}?(?:بریم|بره|برن|برند|کشیم|اریم|آریم|آوریم))(?![\w\u200c])")
_PART_OF_MONTH_BEFORE = re.compile(rf"{B0}(?:آخر|اول|اواخر|اوایل|اواسط|ابتدای|انتهای|نیمه){SP1}$")
_PERCENT_ADDED_AFTER = re.compile(rf"{SP1}[0-9]+{SP1}درصد{SP1}(?:اضافه|کم){SP1}(?:می{SP}کنه|میکنه|می{SP}کنن|میکنن|می{SP}شه|میشه|می{SP}کند|می{SP}شود){B1}")
_ALL_ITS_DAYS_AFTER = re.compile(rf"(?:{SP1}(?:تقریبا|تقریباً|کلا|کلاً))?{SP1}همه{SP}ی{SP1}روز(?:ا|ها|های){SP}ش{B1}")
_CHANGES_FROM_AFTER = re.compile(rf"{SP1}(?:ساعت|ساعات|قیمت|قیمتا|قیمت{SP}ها|نرخ|تعرفه|برنامه)(?:{SP}[^\s\d.،,؛:!?؟]+)?(?:{SP1}[^\s.،,؛:!?؟]+){{0,2}}"
                                 rf"{SP1}(?:(?:عوض|تغییر|گرون|گران|ارزون|ارزان){SP1}(?:می|ن?می){SP}?(?:شه|شود|شن|شوند|کنه|کند|کنیم)"
                                 # (or goes up or down by so much: "از مهر قیمت‌ها ۲۰ درصد بالا می‌ره")
                                 rf"|(?:بالا|پایین){SP1}(?:می{SP}ره|میره|می{SP}رود|می{SP}رن|میرن|می{SP}روند)){B1}")
_BECAME_BEFORE = re.compile(rf"{B0}(?:و{SP1})?(?:شد|شده|می{SP}شه|میشه){SP1}$")
_PUT_BACK_BEFORE = re.compile(rf"{B0}(?:عقب|جلو){SP1}(?:افتاد|افتاده|انداختن|انداختیم|انداختند|رفت){B1}")
_STAYS_UNTIL_BEFORE = re.compile(rf"{B0}(?:می{SP}مونه|می{SP}مونن|می{SP}ماند|بمونه|بماند){SP1}تا{SP1}(?:(?:آخر|پایان){SP1})?$")
_SIGN_UP_FOR_BEFORE = re.compile(rf"{B0}ثبت{SP}نام{SP1}(?:تور|تورهای|تور{SP}های|کلاس|کلاسای|کلاس{SP}های|دوره|دوره{SP}های|اردو|اردوی|کارگاه|سفر)"
                                 rf"(?:{SP}ی)?{SP1}$")
_SIGN_UP_AFTER = re.compile(rf"{SP1}ثبت{SP}نام{SP1}(?:کنم|کنیم|کنید|کنین|کنه|کنن|می{SP}کنم|می{SP}کنیم|می{SP}کنید|می{SP}کنن|کرد|کردم|کردیم|کنند|می{SP}شود|می{SP}شه|میشه|شروع){B1}")
_GO_OVER_AFTER = re.compile(rf"{SP1}(?:برم|بریم|می{SP}رم|میرم|می{SP}ریم|میریم|منتقل{SP1}(?:بشم|بشیم|می{SP}شم|میشم|می{SP}شیم)){B1}")
_WAS_DUE_AFTER = re.compile(rf"{SP1}قرار{SP1}(?:بود|بوده|است|هست){B1}")
_CUP_BEFORE = re.compile(rf"{B0}جام{SP1}$")
_BOOKING_FOR_BEFORE = re.compile(rf"{B0}(?:رزرو|نوبت)(?:{SP}ی)?(?:{SP1}(?:ما|من|شما|تون|مون))?{SP1}(?:برای|واسه){SP1}(?:ماه{SP1})?$")
_REACHES_YOU_AFTER = re.compile(rf"(?:{SP1}(?:به{SP1})?(?:دستتون|دستت|دستشون|دستمون|دستش))?{SP1}(?:برسه|برسد|می{SP}رسه|میرسه|می{SP}رسد){B1}")
_ESTIMATE_BEFORE = re.compile(rf"{B0}(?:حدود|حدودا|حدوداً|تقریبا|تقریباً|احتمالا|احتمالاً|مثلا|مثلاً){SP1}(?:(?:اواخر|اوایل|اواسط){SP1})?$")
_SOONER_THAN_BEFORE = re.compile(rf"{B0}(?:زودتر|دیرتر|جلوتر|دیر{SP}تر|زود{SP}تر){SP1}از{SP1}$")
_GOODS_BEFORE = re.compile(rf"{B0}(?:موتور|قطعه|قطعات|قطعه{SP}ها|بار|جنس|اجناس|سفارش|محموله|کالا|ریل|ریلا|ریل{SP}ها|لوازم|دستگاه|کانتینر)"
                           rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}$")
_ARRIVES_RIGHT_AFTER = re.compile(rf"{SP1}(?:می|نمی){SP}(?:رسه|رسن|رسد|رسند){B1}")
_AROUND_MONTH_BEFORE = re.compile(rf"{B0}(?:قبل|پیش|بعد){SP1}از{SP1}$")
_AVALANCHE_BEFORE = re.compile(rf"{B0}(?:ایمنی|خطر|هشدار|ریزش|سقوط|وقوع)(?:{SP}ی)?{SP1}$")
# "نخستین مهر سال ۱۴۰۲" (a seal), "دومین ۱۳۹۸" (a year's second one): an ordinal right before
ORDINAL_BEFORE = re.compile(rf"{B0}(?:نخستین|اولین|دومین|سومین|چهارمین|پنجمین|آخرین|واپسین){SP1}$")
_COURT_SEAL_AFTER = re.compile(rf"{SP1}(?:دادگستری|وزارت|سفارت|کنسولگری|دفترخانه|محضر|برجسته){B1}")
_SEAL_AFTER = re.compile(rf"{SP1}(?:و{SP1}امضا|زدن|شدن|کردن|خوردن|و{SP1}موم|برنجی|شرکت|اداره){B1}")
_WHEN_I_CAME_AFTER = re.compile(rf"{SP1}که{SP1}(?:اومدم|اومدیم|آمدم|آمدیم|اومدین|اومدید|آمدید|رفتم|رفتیم|بودم|بودیم)(?![\w\u200c])")
_FOR_A_PURPOSE_AFTER = re.compile(rf"{SP1}برای{SP1}(?:اجرا|اجرای|سفر|شرکت|حضور|برگزاری|تور|مسابقه|مسابقات|نمایش|کنسرت|اعزام){B1}")
_RO_BOOKED_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}(?:کامل{SP1}|کلا{SP1}|هم{SP1})?رزرو{SP1}(?:ن?کنید|ن?کنین|ن?کن|ن?کنیم|کردیم|کردم|کردن|کردند|کردین|کردید){B1}")
_HALL_BEFORE = re.compile(rf"{B0}(?:تالار|سالن|هتل|باغ|مجتمع|فرهنگسرای|سینما){SP1}$")
_RO_THEN_WE_DO_AFTER = re.compile(rf"{SP1}(?:رو|را)(?:{SP1}هم)?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}?{SP1}(?:می|نمی){SP}?[^\W\d]+?(?:یم|م)(?![\w\u200c])")
_YOU_HAD_DONE_AFTER = re.compile(rf"{SP1}[^\W\d]+ه{SP1}(?:بودید|بودین|بودی|بودم|بودیم|بودن|بودند)(?![\w\u200c])"
                                 rf"|{SP1}(?:آوردید|آوردین|دادید|دادین|گذاشتید|گذاشتین|سپردید|سپردین)(?![\w\u200c])")
_NEEDED_AFTER = re.compile(rf"{SP1}لازم{SP1}(?:دارید|دارین|داری|داره|دارد|دارم|داریم|دارن|دارند)(?:ش|شون)?{B1}")
_STILL_HAS_AFTER = re.compile(rf"(?:{SP1}(?:هنوز|هم|ولی))?(?:{SP1}[^\s\d.،,؛:!?؟]+)?{SP1}(?:داره|داریم|دارن|هست|هستیم|خالیه)(?![\w\u200c])")
_BUT_OPENS_BEFORE = re.compile(rf"[،,؛]?{SP}{B0}(?:ولی|اما|ولیکن){SP1}$")
# a present with "می" a few words on in the clause: ours ("... می‌ذاریم"), or mine or ours ("... می‌کنم")
_CLAUSE_TO_MI = rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,8}}?{SP1}(?:می|نمی){SP}?[^\W\d]+?"
_IF_RIGHT_BEFORE = re.compile(rf"{B0}(?:اگه|اگر){SP1}(?:روز{SP1})?$")
_YOU_VERB_RIGHT_AFTER = re.compile(rf"(?:{SP1}(?!(?:رو|را){B1})[^\s\d.،,؛:!?؟]+)?{SP1}ن?(?:می{SP})?[^\W\d]{{2,}}(?:ید|ین){B1}")
_NAME_GIVEN_BEFORE = re.compile(rf"{B0}(?:اسم|نام)(?:ش|شو|شان|شون)?(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}{SP1}$")
_SET_IN_RIGHT_BEFORE = re.compile(rf"{B0}(?:گذاشتید|گذاشتین|گذاشتیم|گذاشتم|گذاشتن|گذاشتند|انداختید|انداختین|انداختیم|انداختم|انداختن"
                                  rf"|می{SP}ذاریم|میذاریم|بذارید|بذارین|بندازید|بندازین"
                                  # (or bidden not to: "جشن رو ننداز اردیبهشت")
                                  rf"|بندازیم|بذاریم|ننداز|نندازید|نندازین|نذار|نذارید|نذارین)(?:ش|شون)?{SP1}(?:تو{SP1}|برای{SP1})?$")
_COMMA_RIGHT_BEFORE = re.compile(rf"[،,]{SP}$")
_WE_WILL_IN_CLAUSE_AFTER = re.compile(rf"{_CLAUSE_TO_MI}یم(?![\w\u200c])")
_I_WILL_IN_CLAUSE_AFTER = re.compile(rf"{_CLAUSE_TO_MI}(?:یم|م)(?![\w\u200c])")
# (or begun since, told in the perfect: "از مهر دوخت دستکش‌های زمستونی شروع شده")
_RESUMED_IN_CLAUSE_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,4}}?{SP1}(?:از{SP1}سر{SP1}(?:می{SP}گیر|گرفته{SP1}می{SP}شو)|(?:شروع|آغاز){SP1}(?:می{SP}کن|می{SP}شو|شده))[^\W\d]*(?![\w\u200c])")
_MADE_OBJECT_AFTER = re.compile(rf"{SP1}(?:رو|را){B1}")
_YEAR_WORD_UNTIL_BEFORE = re.compile(rf"{B0}(?:امسال|پارسال){SP1}تا{SP1}(?:(?:آخر|اول|اواخر|اوایل){SP1})?$")
_MONTHLY_OF_BEFORE = re.compile(rf"{B0}(?:امتحان|آزمون|کلاس|جلسه|قسط|شهریه)?{SP}ماهانه(?:{SP}ی)?{SP1}$")
_NEXT_TIME_BEFORE = re.compile(rf"{B0}(?:دفعه|بار|نوبت|جلسه)(?:{SP}ی)?{SP1}(?:بعد|بعدی){SP}[،,]?{SP1}$")
_EXAMS_OR_HOLIDAYS_OF_BEFORE = re.compile(rf"{B0}(?:امتحانات|امتحانای|امتحان{SP}های|امتحان{SP}ها|آزمون{SP}های|تعطیلات|تعطیلی{SP}های)(?:{SP}ی)?{SP1}$")
_FARM_WORK_OF_BEFORE = re.compile(rf"{B0}(?:کاشت|هرس|سمپاشی|نشاکاری|پیوند{SP}زنی)(?:{SP}ی)?{SP1}$")
_EVENT_OF_BEFORE = re.compile(rf"{B0}(?:نمایشگاه|کارگاه|جشنواره|اردو|اردوی|مسابقه|مسابقات|همایش|امتحانای|امتحانات|امتحان)(?:{SP}(?:ی|های|ها))?{SP1}$")
_HEADING_COLON_AFTER = re.compile(rf"{SP}[:：]")
_DAY_OF_MONTH = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,2}}{SP1}{JMONTH}{B1}")
_DATED_ITEM_BEFORE = re.compile(rf"(?<![0-9])[0-9]{{1,2}}{SP1}{JMONTH}{SP}[،,]{SP}[^\s\d.،,؛:!?؟]+{SP1}$")
_THIS_ONE_BEFORE = re.compile(rf"{B0}(?:همین|همون|همان){SP1}$")
_GLOSS_BEFORE = re.compile(rf"{GMONTH_ANY}(?:{SP}[0-9]{{4}})?{SP}[(«]{SP}(?:{JMONTH}{SP}[-–/]{SP})?$")
_PUT_OFF_AFTER = re.compile(rf"{SP1}(?:موکول|محول){B1}")
_RUN_INTO_AFTER = re.compile(rf"{SP1}(?:(?:می|نمی){SP}?خور(?:ید|ین|یم|ه|ن|م)|بخور(?:ید|ین|یم|ه|ن)){B1}")
_EVERY_YEAR_DAY_BEFORE = re.compile(rf"{B0}هر{SP1}سال{SP}[،,]?{SP}(?:[0-9]{{1,2}}|{DAY_WORD}){SP1}$")
# a month name alone in guillemets is a title ("نمایش «خرداد»", "به گزارش «مهر»")
_WITH_NAMES_BEFORE = re.compile(rf"{B0}(?:با|همراه){SP1}(?:{JMONTH}{SP1}و{SP1})?$")
_GUILLEMET_OPEN_BEFORE = re.compile(rf"«{SP}(?:ماه{SP1})?$")  # «خرداد», گالری «ماه مهر»
_GUILLEMET_CLOSE_AFTER = re.compile(rf"{SP}»")
_STARTS_IN_CLAUSE_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,4}}?{SP1}(?:شروع|آغاز){SP1}"
                                     rf"(?:می{SP}?شه|می{SP}?شن|می{SP}شود|می{SP}شوند|خواهد{SP1}شد|خواهند{SP1}شد){B1}"
                                     # (or what we start from it: "واکسن رو از تیر شروع کنیم بهتره")
                                     rf"|(?:{SP1}{WORD}){{0,3}}?{SP1}(?:شروع|آغاز){SP1}"
                                     rf"(?:کنیم|کنین|کنید|بکنیم|می{SP}?کنیم|می{SP}?کنم|می{SP}?کنین|می{SP}?کنید){B1}")
_CLASSES_BECOME_AFTER = re.compile(rf"{SP1}(?:کلاسا|کلاس{SP}ها|کلاسامون|کلاس{SP}هامون|جلسات|جلسه{SP}ها|جلسه{SP}هامون|تمرینا|تمرین{SP}ها)"
                                   rf"{SP1}(?:می{SP}?شه|می{SP}?شن|می{SP}شود|می{SP}شوند){B1}")
_NOTHING_TILL_AFTER = re.compile(rf"{SP1}(?:هیچ{SP1})?(?:کاری|کار|خبری|سفارشی|مشتری|برنامه{SP}ای)(?:{SP1}هم)?{SP1}(?:نداریم|ندارم|نداره|ندارن|نیست){B1}")
_WAIT_UNTIL_BEFORE = re.compile(rf"{B0}صبر{SP1}(?:می{SP})?(?:کنم|کنیم|کنید|کنین|کن|کنه|کنن|کرد|کردیم)(?:{SP1}(?:بعد|فعلا|فعلاً))?{SP1}تا{SP1}$")
_TIME_PREP_MONTH_BEFORE = re.compile(
    rf"{B0}(?:در|تو|توی|از|تا|طی|برای|نسبت{SP1}به|تا{SP1}پایان|پس{SP1}از|قبل{SP1}از|پیش{SP1}از|بعد{SP1}از"
    rf"|مربوط{SP1}به|منتهی{SP1}به){SP1}$")  # (also "گزارش ... مربوط به اسفند", "دوازده ماهه منتهی به آذر")
_TIME_VERB_AFTER = re.compile(rf"{SP}(?:[،,.؛]|$)|{SP1}نسبت{SP1}به|{SP1}(?:آغاز|شروع|برگزار|اجرا|تمام|اعمال|منتشر|افتتاح|رونمایی|اکران|صبر|تمدید|"
                              rf"تحویل|پرداخت|واریز|معرفی|اعلام|ابلاغ|تصویب|ارائه|تقدیم|تعیین|به{SP1}بعد|تا{SP1}{JMONTH}){B1}"
                              # (or a price or a fine that changes from it: "جریمه ... از مهر دو برابر می‌شود")
                              rf"|{SP1}(?:(?:دو|سه|[0-9]+){SP1}برابر|گران|گرون|ارزان|ارزون|افزایش|کاهش)(?={SP1}(?:می{SP}|میشه|خواهد{B1}))"
                              # (spoken, pulled up by so much: "از بهمن کارخونه ۱۲ درصد می‌کشه بالا")
                              rf"|(?:{SP1}[^\s.،,؛:!?؟]+){{1,4}}?{SP1}(?:می{SP}|می)کش(?:ه|ن){SP1}بالا{B1}"
                              # (or a place told between: "از مهر در ۵ مدرسه کرمان اجرا می‌شود")
                              rf"|{SP1}در(?:{SP1}[^\s.،,؛:!?؟]+){{1,4}}?{SP1}(?:آغاز|شروع|برگزار|اجرا|افتتاح){SP1}(?:می{SP}شود|می{SP}شوند|خواهد{SP1}شد){B1}")
# what makes a month's name another word: kindness ("مهر و محبت", "مهر و ماه")
# a seal got or stamped: "ما همین ماه مهر گرفتیم" (relative_words keeps "همین ماه" before it by this too)
SEAL_GOT = "(?:گرفتیم|گرفتم|گرفتن|گرفتند|زدیم|زدم)"
_SEAL_GOT_AFTER = re.compile(rf"{SP1}{SEAL_GOT}{B1}")
_THIS_MONTH_BEFORE = re.compile(rf"{B0}(?:همین|این|همون|همان){SP1}ماه{SP1}$")
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
_PAY_OF_BEFORE = re.compile(rf"(?:{_WAGES}|{B0}(?:یارانه|اقساط|قسط|سهم|سررسید|کرایه|اجاره(?:{SP}بها)?|قبض|قبوض|عیدی|فروش|تولید|صادرات|واردات|تورم|شماره|ویژه{SP}نامه|سهمیه(?:{SP1}(?:بنزین|سوخت|گازوییل|نفت|آرد))?"
                            rf"|حق{SP1}بیمه|گزارش{SP1}(?:ماهانه|ماهیانه|کارکرد|عملکرد)|صورت{SP}وضعیت"  # (a contractor's statement)
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
                            # (or a month's debt or flour quota, a baker's: "بدهی بهمن رو ... تسویه می‌کنم", "آرد آبان رو هنوز تحویل ندادن")
                            rf"|بدهی|آرد|دان|علوفه"  # (or a farm's feed: "حساب دان اسفند رو امروز ریختم")
                            # (or a month's use of power, water or gas, read off its bill: "مصرف برق مهر ۱۸۰ کیلووات بوده")
                            rf"|مصرف(?:{SP1}(?:آب|برق|گاز|سوخت|بنزین))?"
                            # (or its insurance claims, filed by the month: "پرونده‌های خسارت اسفند رو ... بررسی می‌کنن")
                            rf"|خسارت|خسارت{SP}های"
                            # (or its births, registered by the month: "آخرین مهلت ثبت ولادت‌های اسفند")
                            rf"|ولادت{SP}های|ولادت{SP}ها"
                            # (or a month's papers, kept by the month: "اسناد اسفند رو مرتب کنید")
                            rf"|اسناد|مدارک"
                            # a worker's insurance of a month, spoken "that of" one, and a month's prescription,
                            # gathering, orders or rota: "بیمه بهمن کارگر رو دادم؛ مال اسفند رو هم ...", "نسخه‌ی
                            # آذر", "دورهمی مهر", "سفارش‌های اسفند", "برنامه‌ی تیر"
                            # (or a deposit's instalment: "قسط ودیعه‌ی اسفند رو کارت به کارت کنید")
                            # (and one order or the sessions of a month: "سفارش اسفند رو تا ۵ اسفند قطعی کنین", "۲ جلسه‌ی اسفند رو
                            # غیبت داشتن")
                            # (and a month's load paid for: "پول بار مهر رو ۱۵ آبان می‌دم")
                            rf"|بیمه|مال|نسخه|دورهمی|سفارش|سفارش{SP}های|برنامه|ودیعه|رهن|جلسه(?={SP}(?:ی|های){SP1})|جلسات"
                            rf"|(?<=پول\s)بار|(?<=هزینه\s)بار|محموله"
                            # (or a school canteen's meals paid by the month: "پول غذای اسفند", "پول بوفه مهر رو الان بریزیم؟")
                            rf"|(?<=پول\s)(?:غذا|ناهار|بوفه)))"
                            # (a monthly one too: "سرویس ماهانه دی رو گذاشتیم برای پنجشنبه")
                            rf"{_NOUN_OF}(?:{SP1}(?:ماهانه|ماهیانه){_NOUN_OF})?{SP1}(?:ماه{SP1})?$")
# a bill of so much, then its month: "قبض ۱۱۰ هزار تومانی اسفند", "قسط ۲ میلیونی آبان"
_PRICED_BILL_BEFORE = re.compile(rf"{B0}(?:قبض|قسط|اجاره|شارژ|شهریه|فاکتور)(?:{SP}ی)?{SP1}[0-9]+(?:[.٫/][0-9]+)?"
                                 rf"(?:{SP1}(?:هزار|میلیون)(?:{SP1}و{SP1}[0-9]+)?)?{SP}(?:تومانی|تومنی|ریالی|هزاری|میلیونی){SP1}(?:ماه{SP1})?$")
_BILL_OF_GOODS_BEFORE = re.compile(rf"{B0}(?:چک|قسط|فاکتور|قبض){SP1}[^\s\d.،,؛:!?؟]+(?:{SP}ی)?{SP1}$")
_INSURER_BEFORE = re.compile(rf"{B0}بیمه{SP1}$")
_MONTHS_PLURAL_BEFORE = re.compile(rf"ماه{SP}ها(?:ی)?{SP1}(?:{JMONTH}{SP}[،,و]{SP})*$")
P_MONTH_PAIR_AFTER = re.compile(rf"{SP1}(?:و|تا|یا){SP1}{JMONTH}(?:{B1}|(?=[0-9]))"  # "مهر تا اسفند۱۳۹۹"
                                # (or the first of a list of three: "در تیر، مرداد و شهریور")
                                rf"|{SP}[،,]{SP}{JMONTH}(?:{MAH})?{SP}(?:[،,]|و){SP1}{JMONTH}{B1}")
# "در ماه‌های مرداد و شهریور ۱۳۸۷ دو برابر می‌شود": the months of the year told at the pair's end
_PAIR_YEAR_AFTER = re.compile(rf"{SP1}و{SP1}{JMONTH}(?:{MAH})?{SP1}(?:ماه{SP1})?(?:سال{SP1})?[0-9]{{2,4}}(?![0-9])")
_TO_MONTH_AFTER = re.compile(rf"{SP1}به{SP1}(?:ماه{SP1})?{JMONTH}(?:{B1}|(?=[0-9]))")
# (or a second guess after a comma: "نصب پنل‌ها عقب افتاد به خرداد، شاید هم تیر")
P_MONTH_PAIR_BEFORE = re.compile(rf"{B0}{JMONTH}(?:{MAH})?(?:{SP1}(?:و|تا|یا)|{SP}[،,]{SP}(?:شاید|یا)(?:{SP1}هم)?){SP1}$")
_ORDINALS = rf"{B0}(?:اولین|نخستین|دومین|سومین|چهارمین|آخرین){SP1}"
# "گرم‌ترین ژوئن ثبت‌شده", "خشک‌ترین مهر": a month as a kind, of any year
_SUPERLATIVE_BEFORE = re.compile(rf"(?<=[^\W\d_])\u200c?ترین{SP1}$")
# (or the pay for its damage: "هنوز پول سرمازدگی آبان رو نگرفتیم")
_DAMAGE_CAUSE_BEFORE = re.compile(rf"{B0}(?:به{SP1}(?:دلیل|علت|خاطر)|پول|خسارت|غرامت){SP1}(?:سرمازدگی|سرما{SP}زدگی|یخبندان|خشکسالی|سیل|سیلاب|تگرگ|طوفان"
                                  # (or the cold or the rain of a month: "به دلیل سرمای اسفند دیرتر انجام می‌شود")
                                  rf"|زلزله|آتش{SP}سوزی|گرمای{SP1}شدید|بارش{SP}های{SP1}سنگین|سرما|گرما|سرمای{SP1}شدید|برف|باران|بارش{SP}ها)(?:{SP}ی)?{SP1}(?:ماه{SP1})?$")
# "الان بهمن شده": the month that has come
_BROUGHT_AFTER = re.compile(rf"{SP1}(?:آوردم|آوردیم|دادم|دادیم|گذاشتم|گذاشتیم|خریدم|خریدیم|سپردم|سپردیم){B1}")
_WHOLE_OF_BEFORE = re.compile(rf"{B0}(?:کل|تمام|همه{SP}ی){SP1}(?:ماه{SP1})?$")
_AWAY_OR_AT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?:نیستیم|نیستم|نیستن|هستیم|هستم|هستن|سفریم|سفرم|مسافرتیم|تعطیلیم|تعطیله){B1}")
_ISSUE_OF_BEFORE = re.compile(rf"{B0}(?:مجله|نشریه|ماهنامه|شماره)(?:{SP}(?:ی|های|ها))?{SP1}$")
_MONTH_TOLD_AS_ONE = re.compile(rf"{B0}ماه{SP1}{JMONTH}{B1}|{B0}{JMONTH}{SP}ماه{B1}")
_THIS_YEAR_TOO_BEFORE = re.compile(rf"{B0}(?:امسال|پارسال){SP1}هم{SP1}$")
_NOW_BEFORE = re.compile(rf"{B0}(?:الان|حالا|اکنون|دیگه){SP1}$")
_BECOME_AFTER = re.compile(rf"{SP1}(?:شده|شد|شده{SP}است|شده{SP}ست){B1}")
_WEEK_OF_MONTH_BEFORE = re.compile(rf"{B0}هفته(?:{SP}ی)?{SP1}(?:اول|دوم|سوم|چهارم|آخر|نخست|پایانی){SP1}$")
# a month and a year in words, "سال" between (or "ماه" after the month, and "سال" or none)
P_JM_YEAR_WORD = re.compile(
    rf"{B0}(?P<mon>{JMONTH})(?:{MAH}(?:{SP1}سال)?|{SP1}سال|(?={SP1}هزار{SP1}و)){SP1}(?P<yw>{JALALI_YEAR_WORD})(?:{SP1}{ERA_JALALI})?{B1}")
# "دوم خرداد ... دیگر یک جنبش نیست": the movement named as such after it
_SECOND_BEFORE = re.compile(rf"{B0}دوم{SP1}$")
_MOVEMENT_DAY_BEFORE = re.compile(_MOVEMENT_BEFORE.pattern[:-1] + rf"دوم{SP}$")
_NAMES_LIST_DAY_BEFORE = re.compile(_NAMES_LIST_BEFORE.pattern[:-1] + rf"[0-9]{{1,2}}{SP1}$")
_PLACE_LIST_DAY_BEFORE = re.compile(rf"{_PLACE_LIST}(?:{DAY_WORD}|[0-9]{{1,2}}){SP}$")
_NAMED_DAY_BEFORE = re.compile(_NAME_BEFORE.pattern[:-1] + rf"(?:{DAY_WORD}|[0-9]{{1,2}}){SP}$")
# a monthly allowance, its kind after it: "سهمیه بنزین", "یارانه نقدی", "کالابرگ"; or a month's orders,
# seen to about its turn ("سفارش‌های اسفند رو بعد از بازگشایی می‌فرستیم" in Farvardin: the Esfand just gone)
_ALLOWANCE_OF_BEFORE = re.compile(rf"{B0}(?:سهمیه|یارانه|کالابرگ|سفارش(?:{SP}(?:های|ها|ای|ا))?)(?:{SP}ی)?(?:{SP1}[^\s\d.،,؛:!?؟]+)?{SP1}$")
# called off, a cause between: "... آذرماه به خاطر کرونا لغو شد"
_CALLED_OFF_AFTER_CAUSE = re.compile(rf"(?:{SP1}(?:به{SP1}(?:خاطر|دلیل|علت)|بخاطر)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}?)?{_CALLED_OFF_RIGHT_AFTER.pattern}")
_GATHERING_OF_BEFORE = re.compile(rf"{B0}(?:بازارچه|جشن|فارغ{SP}التحصیلی|دورهمی|دورهمی{SP}های|نمایشگاه|اردو|اردوی|مهمونی|مهمانی|جشنواره|مسابقه|مسابقات|حراج"
                                  rf"|دفاع{SP}های|دفاع{SP}ها"  # ("دفاع‌های اسفند تا ۲۰ اسفند باید تموم بشه")
                                  # (or a choir's or band's rehearsals and shows: "تمرین‌های دی ۹۷ هر هفته سه‌شنبه‌هاست")
                                  rf"|تمرین{SP}های|تمرینات|تمرینای|اجرای|اجراهای|کنسرت{SP}های)"
                                  # (also with its kind: "برای نمایشگاه گروهی آبان ۸ تا تابلو دارم")
                                  rf"(?:{SP}ی)?(?:{SP1}(?:گروهی|انفرادی|سالانه|پاییزه|بهاره|زمستانه|تابستانه|بزرگ|خیریه)(?:{SP}ی)?)?{SP1}$")
def _told_back(f: str, m: re.Match) -> bool:
    """A month alone closing its sentence after "they said", a question just before: the "when" told back."""
    return bool(_SAID_RIGHT_BEFORE.search(f, max(0, m.start() - 12), m.start()) and _SENTENCE_CLOSES.match(f, m.end())
                and "؟" in f[max(0, m.start() - 80):m.start()])


_SAID_RIGHT_BEFORE = re.compile(rf"(?:^|[.،,؛:!?؟]|{B0})(?:گفتن|گفتند|گفت|گفته{SP1}(?:بودن|بودند|است)|می{SP}گن|می{SP}گه){SP1}$")
_SENTENCE_CLOSES = re.compile(r"[^\S\n]*(?:[.!؟?]|$)")
_WEDDINGS_BEFORE = re.compile(rf"{B0}عروسی{SP}(?:ها|های|ا|ای)(?:{SP}ی)?{SP1}$")
_REACHES_RIGHT_AFTER = re.compile(rf"{SP1}که{SP1}(?:برسه|برسد){SP1}(?!به{B1})")
_WHEN_COMES_AFTER = re.compile(rf"(?P<mah>{SP1}ماه)?{SP1}که{SP1}(?:بیاد|بیاید|برسه|برسد|(?P<becomes>بشه|بشود)|(?P<starts>شروع){SP1}(?:بشه|شود|بشود)){B1}")
