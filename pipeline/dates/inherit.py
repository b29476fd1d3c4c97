"""Years inherited from neighbours: a yearless day or month takes the year told
beside it in the same sentence or list ("۵ و ۶ اسفند ۱۳۹۷"), or the one of the day
before it, unless a clause, a contrast or a historic aside stands between them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import convert, relative
from .candidate import AND_GAP, AZ_BEFORE, Cand, MAKE, UNTIL_BEFORE
from .clauses import CLAUSE_END, COPULA, PAST_ONLY, PERFECT_RE, PRESENT_ACT, SENTENCE_END, sentence_end, sentence_of
from .lexicon import B0, B1, GMONTH_ANY, JMONTH, MAH, NUMBER_WORDS, SP, SP1, WEEKDAY, _alt
from .tense import FAR, FIGURES_OF_BEFORE, HAVE_PRESENT, LASTS_UNTIL_AFTER, SAID_FORMS, SEMICOLON, WORD_AFTER, day_tense, move_edge
from .forms import _COMPARED_BEFORE, _WAGES_OF_BEFORE, _clause_end
from .spans import _SeasonShortYear
from .cues import THIS_TIME, _BIDDING, _BUT, _COUNT_WORD_BEFORE, _SAME_YEAR_AFTER, _UNTIL_MONTH_BEFORE, _YEAR_WORD_AFTER, _year_ok
from .days import _YEAR_BEFORE_NUMBER
from .years import P_YEAR_OBJECT, _BILL_WORD, _FOUR_DIGITS, _NUMBER_TO_BEFORE, _TO_NUMBER_AFTER
from .months import _NEXT_ONE_BEFORE
from .merge import _BEFORE_DAY_BEFORE, _ahead_but_over, _contradicts, _near_day_told_ahead, _ongoing_since, _run_ends_ahead

# "۱۲ آذرماه سالروز حادثه در سال ۷۰": the coming anniversary, not the year it recalls
_ANNIVERSARY_AFTER = re.compile(rf"{SP1}(?:سالروز|سالگرد){B1}")
# "عروسی ما تیر ۹۴ بود ...، حالا برای سالگرد اول تیر یه شمع می‌خوایم": the coming anniversary of the day,
# told ahead (not "در سال ۱۳۵۷ ... در سالروز ۱۵ خرداد تظاهرات کردند", that year's)
_ANNIVERSARY_BEFORE = re.compile(rf"{B0}(?:سالروز|سالگرد)(?:{SP}(?:مون|مان|ش|شون|م))?(?:{SP}ی)?{SP1}$")
# "از فردا، اول ژانویه، ...": a day glossing a day word is that day, not of a year told before
_DAY_WORD_GLOSSED_BEFORE = re.compile(rf"{B0}(?:امروز|فردا|دیروز|پس{SP}فردا"
                                      # (so a weekday or a count of days told from publication: "پنجشنبه
                                      # گذشته، ۷ ژانویه، ..." after "۱۹۰۳"; "سه روز پیش، ۲۲ شهریور")
                                      rf"|(?:{WEEKDAY}){SP1}(?:گذشته|پیش|قبل|آینده|بعد)"
                                      rf"|(?:[0-9]{{1,2}}|{_alt(NUMBER_WORDS[:11])}){SP1}روز{SP1}(?:پیش|قبل|بعد|دیگر)){SP}[،,(]{SP}$")
# another year named between, from publication: "از ۱۴ فروردین ۱۴۰۳ ...، در حالی که پارسال بازگشایی ۱۶ فروردین بود"
# (or "now" opening a clause between: "سال 2019 تو دبی ... زدیم، حالا دوباره دعوتمون کردن برای 3 ژانویه"; or the
# new year: "آخرین اجرای سال ۱۴۰۱ رو ۲۷ اسفند داریم، اولین اجرای سال جدید هم ۶ فروردینه")
_OTHER_YEAR_BETWEEN = re.compile(rf"{B0}(?:پارسال|پیرارسال|امسال|سال{SP1}(?:گذشته|قبل|پیش|بعد|آینده|دیگر|جدید|نو)){B1}"
                                 rf"|[،,؛]{SP}(?:و{SP1})?(?:حالا|الان|اکنون){B1}")
_CALENDAR_OF_BEFORE = re.compile(rf"{B0}(?:تقویم|برنامه)(?:{SP1}[^\s\d.،,؛:]+){{0,3}}{SP1}$")
_THAT_YEAR_BEFORE = re.compile(rf"{B0}(?P<that>همان|همون|اون|آن){SP1}سال(?:{SP}[،,])?{SP1}(?:(?:در|تو|توی){SP1})?(?:ماه{SP1})?$")
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
                                rf"|{_BILL_WORD}(?:\u200cی)?|ساخت|چاپ(?:{SP1}سنگی)?|ضبط(?:{SP}(?:ها|های))?"  # "فاکتورهای ۱۴۰۳ رو تا ۱۵ فروردین", "دیوان چاپ ۱۳۲۰ ... تا ۲۰ شهریور", "ضبط‌های ۱۳۰۹ ... قرار بود ۲۵ اسفند منتشر شود"
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
_AFTER_WORD_BEFORE = re.compile(rf"{B0}(?:پس|بعد){SP1}از{SP1}$")
_AFTER_DAY_BEFORE = re.compile(rf"{B0}(?:پس{SP1}از|بعد{SP1}از|از|در)(?:{SP1}تاریخ)?{SP1}$")
# (or the year's first thing: "نخستین کشتی کانتینری ۱۴۰۳ ... از ۲۸ اسفند تا ۴ فروردین")
_NEW_YEAR_BEFORE = re.compile(rf"{B0}(?:(?:نوروز|نوروزی|سال{SP1}نو|تحویل{SP1}سال)(?:{SP1}(?:سال|میلادی))?"
                              rf"|(?:نخستین|اولین)(?:{SP1}[^\W\d]+){{1,2}}){SP1}$")
# "سال ۱۴۰۱ رو ده تحویل می‌کنیم": the year told is the one that comes in
# (or wished well ahead of it: "سال ۹۱ رو پیشاپیش تبریک میگم، کارگاه از ۲۹ اسفند تا ۱۲ فروردین تعطیله")
_YEAR_WELCOMED_AFTER = re.compile(rf"{SP1}(?:را|رو){SP1}(?:[^\W\d]+{SP1}){{0,2}}(?:تحویل|تبریک){B1}")


# a championship or games named by its year ("مسابقات قهرمانی جهان ۲۰۱۵ کازان ... از ۲۴ ژوئیه تا ۹ اوت
# برگزار خواهد شد"): its days are of that year however far ahead
_CHAMPIONSHIP_BEFORE = re.compile(rf"{B0}(?:قهرمانی|المپیک|پارالمپیک|جام{SP1}جهانی|بازی{SP}های{SP1}(?:آسیایی|المپیک)"
                                  # ("مسابقات جهانی ۲۰۲۱ از ۴ تا ۷ نوامبر")
                                  rf"|(?:مسابقات|رقابت{SP}های){SP1}(?:جهانی|آسیایی))"
                                  rf"(?:{SP1}[^\s\d.،,؛:]+){{0,4}}{SP1}$")


_BRACKET_GLOSS_BETWEEN = re.compile(rf"(?:{SP1}[^\s\d.،,؛:()]+){{0,3}}{SP}[(]{SP}")


def _championship_year(f: str, told: tuple[int, int], c: Cand) -> bool:
    # (not a deadline for what is made ready for it: "... برای جام جهانی 2018 اعلام کرد سکوها تا 31 مارس
    # 2017 و چمن تا اول مه نصب می‌شود")
    return bool(_CHAMPIONSHIP_BEFORE.search(f, max(0, told[0] - 50), told[0])) \
        and not UNTIL_BEFORE.search(f, max(0, c.start - 4), c.start)


# (nor does a day something lasts until, after the past of the year's own clause: "موزه ... که در سال۱۳۹۰
# گشایش یافت، تا ۱۵ فروردین همه روزه ... باز است")
def _present_long_behind(f: str, c: Cand, year: int, ref: dt.date | None, behind: dt.timedelta | None = None) -> bool:
    """A day of a clause told in the present ("... در فهرست برترین‌های سال ۲۰۱۶ آورد و مراسم آن ۱۵
    ژانویه در دبی است" on 31 December 2016) that the year told would put most of a year behind
    publication: the coming one, not that year's. A run's last day (``behind`` zero) may not lie
    behind at all: "طبق مصوبه ۲۰ اسفند ۱۳۹۵، شکار از ۱ فروردین تا ۳۰ خرداد ممنوع است" in Farvardin 1396."""
    # (a present verb in reported speech tells what was then ahead: "در نامه‌ای به تاریخ ۶۵/۰۸/۲۵ نوشته بود که
    # ۵ آذر به تهران می‌رود")
    if ref is None or c.d is None or not (now := _PRESENT_IS_AFTER.match(f, c.end) or (
            not _REPORTED_THAT_BEFORE.search(f, max(0, c.start - 40), c.start) and _PRESENT_ACT_ENDS_AFTER.match(f, c.end))):
        return False
    if PERFECT_RE.search(f, c.end, now.end()):
        return False  # (a perfect tells the past: "... در ۲۱ ژوئیه ۱۸۰۹ و آغاز مشق در ۵ اوت ثبت شده است")
    try:
        return MAKE[c.calendar](year, c.m, c.d).end < ref - (_LONG_BEHIND if behind is None else behind)
    except ValueError:
        return False


_OPEN_NOW_AFTER = re.compile(rf"{B0}(?:باز|دایر|برقرار){SP1}(?:است|هست|هستند|می{SP}ماند){B1}|{B0}(?:بازه|بازیم|بازن){B1}")
# (the present's clause may end at "و" or a comma, another clause after: "عوارض سال ۸۹ تا ۳۰ تیر قابل
# پرداخت است و پس از آن جریمه دارد")
# (spoken, glued too: "... جهیزیه‌ی سال ۵۷ بوده، ... ۳۰ شهریور آماده‌ست")
_PRESENT_IS_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}(?:{SP1}(?:است|هست)|(?<=[^\W\d])\u200cست)(?:{SP}(?:[.!؟?؛،,]|$)|{SP1}و{B1})")
_LONG_BEHIND = dt.timedelta(days=300)
# (or a present verb closing the clause: "... در سال ۱۸۸۵ میلادی خریده است و آن را از ۹ ژانویه در تالار اسلامی به
# نمایش می‌گذارد")
_REPORTED_THAT_BEFORE = re.compile(rf"{B0}(?:{_alt(SAID_FORMS)}|نوشت|نوشته|اعلام{SP1}کرد|اعلام{SP1}کرده|خبر{SP1}داد|خبر{SP1}داده)(?:{SP1}(?:بود|است|بودند|اند))?{SP1}که{SP1}"
                                   rf"(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,3}}(?:(?:از|در|تا){SP1})?$")
_PRESENT_ACT_ENDS_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,6}}?{SP1}می{SP}[^\W\d]+(?={SP}(?:[.!؟?؛،,]|$))")


def _cutoff_then_ahead(f: str, c: Cand, year: int, lender: tuple[int, int], ref: dt.date | None) -> bool:
    """The year was told of a cutoff ("پیش از ۱۳۹۰/۱۲/۲۹"), and the day after it, which a run starts
    from ("از اول بهمن اعتبار ندارند"), would lie behind publication in that year: the day is the
    paper's own, ahead ("گواهی‌های صادرشده پیش از ۱۳۹۰/۱۲/۲۹ از اول بهمن اعتبار ندارند" in Dey 1392)."""
    return ref is not None and c.d is not None and bool(_BEFORE_DAY_BEFORE.search(f, max(0, lender[0] - 10), lender[0])) \
        and AZ_BEFORE.search(f, max(0, c.start - 4), c.start) is not None and MAKE[c.calendar](year, c.m, c.d).start < ref


# the noun a month is of, right before it: "پرونده‌های شهریورماه", "حقوق مهر"
_NOUN_OF_MONTH_BEFORE = re.compile(rf"(?<![\w\u200c])(?P<noun>[^\W\d]+(?:{SP}(?:ها|های|ی))?){SP1}$")
_AND_WORD = re.compile(rf"{B0}و{B1}")


def _parallel_years(f: str, bounds: list[int], cands: list[Cand]) -> list[Cand]:
    """"پرونده‌های شهریورماه در شعبه ۳۳ و پرونده‌های مهرماه ۱۴۰۱ در شعبه ۳۴": a bare month whose twin, a
    later month of the same calendar told after "و" in its sentence with the same noun before it,
    carries a year takes that year (the two are told alike, one year for both)."""
    out = list(cands)
    for i, c in enumerate(out):
        if c.y is not None or c.d is not None or c.parts or c.m is None or c.gloss \
                or not (noun := _NOUN_OF_MONTH_BEFORE.search(f, max(0, c.start - 24), c.start)):
            continue
        key = re.sub(r"[\s\u200c]+", "", noun.group("noun"))
        for d in out[i + 1:]:
            if sentence_of(bounds, d.start) != sentence_of(bounds, c.start) or d.start - c.end > 80:
                break
            twin = _NOUN_OF_MONTH_BEFORE.search(f, max(0, d.start - 24), d.start)
            if d.y is not None and d.m is not None and d.d is None and not d.parts and d.calendar == c.calendar \
                    and d.m > c.m and _AND_WORD.search(f, c.end, d.start) \
                    and twin and re.sub(r"[\s\u200c]+", "", twin.group("noun")) == key:
                out[i] = replace(c, y=d.y, needs_ref=False, rel=None)
                break
    return out


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
        # (or "that year" right before it: "سال ۱۳۶۹ ... ؟ نه، اون سال خرداد ۴۵ درجه شد")
        same_year = (_SAME_YEAR_AFTER.match(f, c.end) or _THAT_YEAR_BEFORE.search(f, max(0, c.start - 16), c.start)) \
            if c.y is None and c.m is not None and not c.parts else None
        if same_year and c.calendar == "jalali" and (sent, c.calendar) not in last \
                and (sent, "gregorian") not in last:
            # "در سال ۱۳۹۳ ... . در آبان همان سال": the year of an earlier sentence ("همین سال"
            # with none told is this year)
            if told is None or told[0] not in ("jalali", "gregorian"):
                if same_year.group("that") != "همین":
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
        # (a day or run in brackets right after the year told, its host city between, glosses that year's
        # event whatever the sentence's verb: "در قهرمانی جهان ۲۰۱۱ پرت (۳ تا ۱۸ دسامبر) سهمیه ... را هدف گرفته است")
        glossed = (sent, c.calendar) in last and _championship_year(f, last_at[(sent, c.calendar)], c) \
            and bool(_BRACKET_GLOSS_BETWEEN.fullmatch(f, last_at[(sent, c.calendar)][1], c.start))
        listed = listed or (sent, c.calendar) in last and _near_day_told_ahead(
            c, last[(sent, c.calendar)], last_m.get((sent, c.calendar), 0), last_d.get((sent, c.calendar)), ref)
        if c.y is None and (c.rel is None or c.inherits or same_year or after_inherited) and not c.parts and c.m is not None \
                and c.tense != "this" and (sent, c.calendar) in last and not _PAIR_YEAR_AFTER.match(f, c.end) and not _DAY_WORD_GLOSSED_BEFORE.search(f, max(0, c.start - 24), c.start) \
                and not _contradicts(replace(c, tense=None) if glossed else c, last[(sent, c.calendar)], ref,
                                     listed or _championship_year(f, last_at[(sent, c.calendar)], c)) \
                and not _ANNIVERSARY_AFTER.match(f, c.end) \
                and not (_ANNIVERSARY_BEFORE.search(f, max(0, c.start - 16), c.start)
                         and not PAST_ONLY.search(f, c.end, sentence_end(f, c.end))) \
                and not _present_long_behind(f, c, last[(sent, c.calendar)], ref) \
                and not ((c.lasts or UNTIL_BEFORE.search(f, max(0, c.start - 4), c.start)
                          and _OPEN_NOW_AFTER.search(f, c.end, _clause_end(f, c.end)))
                         and PAST_ONLY.search(f, last_at[(sent, c.calendar)][1], c.start)) \
                and not _in_closed_clause(f, last_at[(sent, c.calendar)], c.start) \
                and not _deadline_after_aside(f, last_at[(sent, c.calendar)], c) \
                and not (c.d is not None and AZ_BEFORE.search(f, max(0, c.start - 4), c.start) and _TILL_NOW_RIGHT_AFTER.match(f, c.end)) \
                and not THIS_TIME.search(f, last_at[(sent, c.calendar)][1], c.start) \
                and not _OTHER_YEAR_BETWEEN.search(f, last_at[(sent, c.calendar)][1], c.start) \
                and not _figures_not_begun(f, c, last[(sent, c.calendar)], ref) \
                and not _historic_aside(f, last_at[(sent, c.calendar)], last[(sent, c.calendar)], c.calendar, c.start, ref) \
                and not _ahead_but_over(f, c, last[(sent, c.calendar)], ref) \
                and not _ahead_past_a_semicolon(f, c, last[(sent, c.calendar)], last_at[(sent, c.calendar)], ref) \
                and not _cutoff_then_ahead(f, c, last[(sent, c.calendar)], last_at[(sent, c.calendar)], ref) \
                and not _far_deadline(f, c, last[(sent, c.calendar)], ref) \
                and not _before_it_but(f, c, last[(sent, c.calendar)], last_m.get((sent, c.calendar), 0),
                                       last_d.get((sent, c.calendar)), last_at[(sent, c.calendar)], ref) \
                and not _this_nowruz(f, last_at[(sent, c.calendar)], c, last[(sent, c.calendar)], ref) \
                and _hijri_side_agrees(c, last[(sent, c.calendar)], ref) \
                and not _planned_for_gone(f, c, last[(sent, c.calendar)], ref):
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
                    and (ref is None or MAKE[c.calendar](y + 1, c.m, c.d).start
                         <= ref + (2 * FAR if _AFTER_WORD_BEFORE.search(f, max(0, c.start - 10), c.start) else FAR)):
                # (further ahead after "بعد از": "قرارداد رو ۱۳۸۷/۱۲/۰۸ امضا کردید ... بقیه‌ش بعد از ۱۵ فروردین")
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
                and not THIS_TIME.search(f, last_at[(sent, c.calendar)][1], c.start) \
                and not _contradicts(replace(c.parts[1], tense=None) if glossed else c.parts[1], last[(sent, c.calendar)], ref,
                                     listed_run or _championship_year(f, last_at[(sent, c.calendar)], c)) \
                and not _ANNIVERSARY_AFTER.match(f, c.end) \
                and not _present_long_behind(f, replace(c.parts[1], end=c.end), last[(sent, c.calendar)], ref, dt.timedelta(0)) \
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
                and not (c.form == "year" and P_YEAR_OBJECT.match(f, c.start) and not _YEAR_BEFORE_NUMBER.search(f, max(0, c.start - 6), c.start)
                         # (but a calendar's or a schedule's year, made the object, is its days' year: "تقویم پیست ۲۰۲۵
                         # را منتشر کرد و نخستین مرحله ... ۱۴ فوریه است", "برنامه تور ۲۰۱۵ را اعلام کرد")
                         and not _CALENDAR_OF_BEFORE.search(f, max(0, c.start - 30), c.start)) \
                and move_edge(f, c.start) != "تا" and not _BY_END_OF_BEFORE.search(f, max(0, c.start - 20), c.start) \
                and not _EVERY_YEAR_SINCE_AFTER.match(f, c.end) \
                and not _SINCE_TILL_NOW_AFTER.match(f, c.end) and not _ongoing_since(f, c, ref) \
                and not (c.form == "year" and AZ_BEFORE.search(f, max(0, c.start - 4), c.start) and _HAD_BEEN_AFTER.match(f, c.end)) \
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
    # "قبض آب دوره بهمن و اسفند تا ۱۰ فروردین ۱۳۹۲ ... پرداخت می‌شود": months named up to a day told
    # with its year are the last such months before that day, whatever the tense of the clause
    for i, a in enumerate(out):
        if a.form != "jalali_m" or a.y is not None or a.parts or a.m is None:
            continue
        b = next((x for x in out[i + 1:i + 3] if x.y is not None and x.m is not None and x.calendar == "jalali" and not x.parts), None)
        if b is not None and _MONTHS_UP_TO.fullmatch(f, a.end, b.start):
            out[i] = replace(a, y=b.y - (a.m > b.m), needs_ref=False, rel=None)
    # "از 1 تا 10 محرم 1305 قمری تعطیل بود و کار در 11 محرم از سر گرفته شد": a day of the month a run told
    # with its year ends in, a few days after its end, picks the story up where the run left it, in
    # that year, though the run is long past and lends its year to nothing else (see above)
    for i in range(1, len(out)):
        run, c = out[i - 1], out[i]
        if c.y is None and c.d is not None and not c.parts and run.parts and run.calendar == c.calendar \
                and (end := run.parts[1]).y is not None and end.m == c.m and end.d is not None \
                and 0 < c.d - end.d <= _RUN_PICKED_UP_DAYS and sentence_of(bounds, run.start) == sentence_of(bounds, c.start):
            out[i] = replace(c, y=end.y, needs_ref=False, rel=None)
    return out


_RUN_PICKED_UP_DAYS = 7


# "سند ... که از ۱۳۸۵ در دست بررسی بود، ۲۵ اسفند صادر شد": a year something had been so since, its clause
# closed; the day it ended is later, of no year of the start's
_HAD_BEEN_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,5}}?{SP1}(?:بود|بودند|بوده{SP1}(?:است|اند)){SP}[،,]")
_MONTHS_UP_TO = re.compile(rf"(?:{SP1}و{SP1}(?:{JMONTH})(?:{MAH})?)?{SP1}تا{SP1}(?:[0-9]{{1,2}}{SP1}|{_alt(NUMBER_WORDS[:31])}{SP1})?")


# a relative clause told in the pluperfect and closed by a comma: "تونل که حفاری آن از ۱۲ مهر
# ۱۳۹۴ آغاز شده بود، ۲۲ آبان به خروجی رسید", "کاپیتان که در سال ۹۳ هم همین آسیب را دیده بود، ۲۵
# اسفند ..."
_THAT_BEFORE = re.compile(rf"{B0}که{B1}")
# (or with the main clause's day right after it, spoken: "قرارداد که از مرداد ۸۷ بسته بودیم ۳۱ تیر تموم شد")
_PLUPERFECT_CLOSE = re.compile(rf"ه{SP}(?:بود|بودند|بودیم|بودید|بودم)(?:{SP}[،,]|{SP1}(?=[0-9]))")


_SESSION_BEFORE = re.compile(rf"{B0}(?:جلسه|جلسه{SP}ی|نوبت|نوبت{SP}ی|وقت|وقت{SP}ی|دادگاه|رسیدگی){SP1}(?:روز{SP1})?$")


def _ahead_past_a_semicolon(f: str, c: Cand, year: int, told: tuple[int, int], ref: dt.date | None) -> bool:
    """A day told ahead, in a clause after a semicolon, that the year told before the semicolon
    would put behind publication ("در ۹ ماهه نخست سال ۸۷ ... بود؛ آمار کامل سال تا ۱۵ فروردین منتشر
    می‌شود": the coming 15 Farvardin, of 1388)."""
    if ref is None or not SEMICOLON.search(f, told[1], c.start):
        return False
    # (or bid to be done by it: "... بسته بودیم؛ برای تمدید تا ۱۰ مرداد ۲۴۰ هزار تومن واریز کنین")
    # (or what one has on it, told in the present: "از سال ۹۵ این مسیرو میریم؛ ۲۹ اردیبهشت ترک دو روزه داریم")
    if c.tense not in ("future", "will") and not _BIDDING.search(f, c.end, sentence_end(f, c.end)) \
            and not (c.tense is None and (HAVE_PRESENT.search(f, c.end, _clause_end(f, c.end))
                                          # (or a session's "is" on it: "... سال ۱۳۹۶ ... رفته هیئت بدوی؛ جلسه ۲۰ مرداد ساعت ۱۱ هست")
                                          or _SESSION_BEFORE.search(f, max(0, c.start - 12), c.start)
                                          and COPULA.search(f, c.end, _clause_end(f, c.end))
                                          # (or the next one's day: "... ۲ تا صعود داشتیم؛ برنامه‌ی بعدی هم ۸ ژانویه")
                                          or _NEXT_ONE_BEFORE.search(f, max(0, c.start - 24), c.start))):
        return False
    try:
        day = MAKE[c.calendar](year, c.m, c.d)
    except ValueError:
        return False
    # (nor far ahead of it, a deadline bidden: "سال ۹۲ قیمت دام بالا میره؛ ... تا ۲۸ اسفند پیش‌پرداخت
    # بدید" on 25 Esfand 1391, three days off, not a year)
    return day.end < ref or c.d is not None and (day.start - ref).days > 200 \
        and bool(_BIDDING.search(f, c.end, sentence_end(f, c.end)))


def _figures_not_begun(f: str, c: Cand, year: int, ref: dt.date | None) -> bool:
    """The figures or the bill of a month ("گزارش بهمن ماه ... منتشر خواهد شد") are of one begun by
    publication: no year told before that puts the month ahead."""
    return ref is not None and c.d is None and bool(FIGURES_OF_BEFORE.search(f, max(0, c.start - 16), c.start)) \
        and MAKE[c.calendar](year, c.m).start > ref


def _in_closed_clause(f: str, told: tuple[int, int], pos: int) -> bool:
    """The date told at ``told`` stands in a clause opened by "که" (or one the present follows) and closed,
    before ``pos``, by a pluperfect and a comma: what it tells is background, and its year is not the main
    clause's."""
    close = _PLUPERFECT_CLOSE.search(f, told[1], pos + 1)  # (its look at the day after it reaches ``pos``)
    # (the clause right after it: not "خبرنگاری که ژانویه ۱۹۸۷ به شلمچه آمده بود، ...؛ او نوشته است ۹
    # ژانویه ...", where a later clause tells of that time again)
    if close is None or SENTENCE_END.search(f, told[1], close.start()) or SEMICOLON.search(f, close.end(), pos):
        return False
    # (or any clause so closed, the day's own told in the present with nothing past: "مدرسه‌ی ما ۱۲ خرداد ۱۳۸۴ اومده
    # بود، همون قیمت رو برای اردوی ۲۵ خرداد هم حساب می‌کنید؟")
    end = sentence_end(f, pos)
    return bool(_THAT_BEFORE.search(f, max(0, told[0] - 80), told[0])) \
        or pos >= close.end() and bool(PRESENT_ACT.search(f, pos, end)) and not PAST_ONLY.search(f, close.end(), end)


_PARTICIPLE_THEN_UNTIL = re.compile(rf"{B0}(?:شده|بوده|گرفته|خریده){SP1}تا{SP1}$")
_MUST_IN_CLAUSE_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}باید{B1}")


def _deadline_after_aside(f: str, told: tuple[int, int], c: Cand) -> bool:
    """"مخزنی رو که سال ۱۳۸۵ نصب شده تا ۲۰ اردیبهشت باید برداریم": the year told in a "که" clause its
    participle closes, right before a deadline the main clause sets; the deadline is ahead, of no year
    told."""
    return c.d is not None and bool(_THAT_BEFORE.search(f, max(0, told[0] - 40), told[0])
                                    and _PARTICIPLE_THEN_UNTIL.search(f, max(told[1], c.start - 16), c.start)
                                    and _MUST_IN_CLAUSE_AFTER.match(f, c.end))


# (also a participle closing a "که" clause: "... که در سال ۱۳۰۷ ساخته شده، از ۱۵ فروردین ... است")
_OBJECT_THAT_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!؟]+){{0,2}}{SP1}(?:را|رو){SP1}که{B1}")
# (also "نوشته شده‌اند،", or a perfect: "خیابانی که نام خود را از رویداد ۱۷ شهریور ۱۳۵۷ گرفته است، از ۲۸ اسفند
# تا ۴ فروردین بسته است")
_PAST_CLOSE = re.compile(rf"(?:{PAST_ONLY.pattern}|{PERFECT_RE.pattern}|{B0}(?:شده|گردیده|بوده)(?:{SP1}(?:است|بود)|{SP}(?:اند|است))?){SP}[،,]")
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
    # (or the date in the object that such a clause tells of: "۴۸ نامه از قحطی ۱۲۹۷ خورشیدی را که ... نوشته شده‌اند،
    # از ۲۰ دی تا ۵ بهمن ... به نمایش می‌گذارد")
    if close is None or SENTENCE_END.search(f, told[1], close.start()) or SEMICOLON.search(f, close.end(), pos) \
            or not (_THAT_BEFORE.search(f, max(0, told[0] - 80), told[0]) or _OBJECT_THAT_AFTER.match(f, told[1])):
        # (or a clause of its own, closed by its past verb and "و", before one about something of it:
        # "میدان آزادی در ۲۴ مهر ۱۳۵۰ افتتاح شد و برج آن از ۴ تا ۱۵ فروردین پذیرای مسافران است")
        close = _PAST_AND_CLOSE.search(f, told[1], pos)
        if close is None or SENTENCE_END.search(f, told[1], close.start()) or SEMICOLON.search(f, close.end(), pos) \
                or CLAUSE_END.search(f, told[1], close.start()):
            return False
    rest = sentence_end(f, pos)
    # (or "has": "رقصنده‌ای که ۱۲ ژانویه ۱۹۸۵ ... زاده شده، روز ۹ ژانویه ... اجرای ویژه دارد")
    return bool(COPULA.search(f, pos, rest) or PRESENT_ACT.search(f, pos, rest) or HAVE_PRESENT.search(f, pos, rest)) \
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
def _far_deadline(f: str, c: Cand, year: int, ref: dt.date | None) -> bool:
    """A month by whose end a thing is done ("پرونده میزبانی مسابقات آسیایی ۲۰۲۱ تا پایان دسامبر ... ارسال
    می‌شود" on 30 December 2019) that the year told would put more than half a year ahead: a deadline
    near at hand, not in the year of what the thing is for."""
    # (not a run going on until it: "... از سه‌شنبه ۱ ژانویه ۲۰۱۹ ... آغاز می‌شود و تا پایان دسامبر ادامه دارد")
    return ref is not None and c.d is None and bool(_BY_END_OF_BEFORE.search(f, max(0, c.start - 20), c.start)) \
        and not c.lasts and not LASTS_UNTIL_AFTER.match(f, c.end) \
        and (MAKE[c.calendar](year, c.m).start - ref).days > relative.FAR_FUTURE_DAYS


def _before_it_but(f: str, c: Cand, year: int, told_m: int, told_d: int | None, told_at: tuple[int, int], ref: dt.date | None) -> bool:
    """A month set against a date told ahead by "but", from publication still before that date: "عروسی ما
    خرداد ۱۴۰۴ است، ولی از آبان ماه می‌خوام پکیج پوست رو شروع کنم" in Mehr 1403 is the coming Aban, not the
    one after the wedding in the wedding's year."""
    if ref is None or c.d is not None or not told_m or not _BUT.search(f, told_at[1], c.start):
        return False
    told = MAKE[c.calendar](year, told_m, told_d)
    sooner = MAKE[c.calendar](year - 1, c.m)
    return ref < told.start < MAKE[c.calendar](year, c.m).start and ref <= sooner.end and sooner.start < told.start


# "بازدید نوروزی آن", "اسکان نوروزی": what is done for a Nowruz, the one at hand unless a year is given it
_NOWRUZ_DOINGS = re.compile(rf"{B0}(?:بازدید|بازدیدهای|بازدید{SP}های|برنامه|برنامه{SP}های|اسکان|سفر|سفرهای|سفر{SP}های|طرح|تعطیلات|بازارچه)"
                            rf"(?:{SP}ی)?{SP1}نوروزی{B1}")


def _this_nowruz(f: str, told: tuple[int, int], c: Cand, year: int, ref: dt.date | None) -> bool:
    """A day of Esfand or Farvardin named for this Nowruz's doings, within a month of publication, after
    a year long past ("منار جنبان در ۱۵ مهر ۱۳۱۱ ثبت ملی شد و بازدید نوروزی آن از ۲۵ اسفند آغاز شده بود"
    on 2 Farvardin 1394): the days at hand, not that year's."""
    if ref is None or c.d is None or c.calendar != "jalali" or c.m not in (12, 1) \
            or not _NOWRUZ_DOINGS.search(f, told[1], c.start):
        return False
    here = ref.year - 621
    if year > here - 10:
        return False
    try:
        return any(abs((MAKE["jalali"](y, c.m, c.d).start - ref).days) <= 30 for y in (here - 1, here))
    except ValueError:
        return False


_BY_END_OF_BEFORE = re.compile(rf"{B0}(?:تا|پیش{SP1}از|قبل{SP1}از){SP1}(?:پایان|آخر|انتهای){SP1}$")


_FOR_RIGHT_BEFORE = re.compile(rf"{B0}(?:برای|واسه){SP1}$")


def _planned_for_gone(f: str, c: Cand, year: int, ref: dt.date | None) -> bool:
    """A month something is planned for ("برای ژانویه ۳ محموله دیگر در نظر گرفته شده است") takes no year told
    before it that puts it wholly behind publication ("صادرات شکر در سال ۲۰۱۸ میلادی ... رسید و برای
    ژانویه ..." on 2 January 2019: this January)."""
    if ref is None or c.d is not None or c.m is None or not _FOR_RIGHT_BEFORE.search(f, max(0, c.start - 6), c.start):
        return False
    try:
        return MAKE[c.calendar](year, c.m).end < ref
    except ValueError:
        return False


def _hijri_side_agrees(c: Cand, year: int, ref: dt.date | None) -> bool:
    """A yearless Hijri day (no tense of its own, read by its clause into ``rel``) takes a Hijri year
    told before it only when that puts it on the same side of publication as its clause does: not
    "ویژه‌نامه ... به مناسبت ۱۸ ذی‌الحجه ۱۴۳۵ منتشر شده بود و ویژه‌نامه بعدی آن به ۱۳ رجب اختصاص دارد",
    the coming Rajab, nor "امروز هم ۱۳ رجبه" after "پنج سال پیش، ۱۳ رجب ۱۴۳۰"."""
    if c.calendar != "hijri" or c.rel is None or ref is None or c.d is None:
        return True
    try:
        told = MAKE["hijri"](year, c.m, c.d)
    except ValueError:
        return False
    return (c.rel(ref).start < ref) == (told.start < ref)


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


_RUN_OF_NUMBERS_BEFORE = re.compile(rf"(?<![0-9])[0-9]{{4}}{SP1}(?:تا|الی){SP1}$")
_CODE_WORD_BEFORE = re.compile(rf"{B0}(?:کد|کُد|رمز|پسورد|سریال|پلاک|سامانه|تلفن|شماره)(?:{SP1}[^\s\d]+)?(?:{SP1}هم)?{SP1}$")


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
                or _CODE_WORD_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or _RUN_OF_NUMBERS_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            # (nor a code's digits: "کد تخفیفش هم ۲۰۲۰ هست"; nor the end of a run of numbers whose start is
            # no year: "با شماره‌های ۲۰۱۵ تا ۲۰۱۸")
            continue
        out.append(Cand(m.start(), m.end(), "year", cal, y=y))
    return sorted(out, key=lambda c: c.start)
