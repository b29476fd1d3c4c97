"""The reader of years: after "سال" or an era word ("سال ۱۳۹۷", "۲۰۱۹ میلادی"),
cued by what was done in them ("در ۱۲۸۹ منتشر شد"), runs and lists of years ("۹۶ و ۹۷",
"۱۳۸۸ تا ۱۳۹۲"); a number that counts something ("۱۴۰۰ نفر", "زیر ۲۰ سال") is no year.
"""
from __future__ import annotations

import datetime as dt
import re

from . import convert
from .candidate import IN_BEFORE, Cand
from .clauses import PAST_ONLY, PRESENT_ACT, has_verb, sentence_end, sentence_start
from .lexicon import (
    B0, B1, ERA_GREGORIAN, ERA_HIJRI, ERA_JALALI, GMONTH, GMONTH_ANY, HMONTH, JMONTH, NUMBER_WORDS, SP, SP1, WORD,
    UNIT_AFTER, WEEKDAY, YEAR_WORD, _alt, year_word_value,
)
from .tense import MUST_WORD, SEMICOLON
from .forms import (
    P_YEAR, _DAHE_BEFORE, _EVERY_WORD_BEFORE, _HIJRI_ERA_HINT, _INSHALLAH, _SEP_RANGE, _SHORT_YEAR, _TO_DIGITS, _clause_end,
)
from .spans import (
    IMPERIAL_OFFSET, IMPERIAL_YEARS, _COUNTED_WITH_TA_AFTER, _DASH_NEXT_YEAR, _DAY_DATE_AFTER, _SEASON_WORD, _SeasonShortYear, _ShortYear, _era_calendar,
    _season_of_two, _two_digit,
)
from .cues import (
    _AND_SOME_AFTER, _BIG_NUMBER_AFTER, _COUNT_WORD_BEFORE, _DAY_OF_AFTER, _NAME_WORD, _NUMBER_GOES_ON,
    _NUMBER_NOUN_BEFORE, _SAID_END, _YEAR_RANGE_OK, _YEAR_WORD_AFTER, _year_ok, _year_word_ok,
)
from .days import _LIFE_EVENT, _YEAR_BEFORE_NUMBER
from .months import ORDINAL_BEFORE, _NUMBER_AFTER, _NUMBER_OF_BEFORE
from .foreign import _BRACKET_OPEN_BEFORE, _MODEL_BEFORE, _imperial_year_cands

# four digits of a near century, 1350–1409 or 1950–2039: a year written bare is mostly one of these
_NEAR_YEAR = r"(?:13[5-9][0-9]|140[0-9]|19[5-9][0-9]|20[0-3][0-9])"
# a clause's opening: the text's start or a pause mark right before
_CLAUSE_OPENING = r"(?:^|(?<=[.!?؟،,؛\n]))"
_THAT_YEAR_BEFORE = re.compile(rf"{B0}(?:آن|همان|اون|همون){SP1}$")
_WILL_BE_RIGHT_AFTER = re.compile(rf"{SP1}(?:خواهد{SP1}بود|خواهد{SP1}شد|است|بود|می{SP}باشد)(?:{SP}[.،,؛!؟]|$)")
_OBJECT_NOUN_AFTER = re.compile(rf"{SP1}[^\s\d،,.]+{SP1}را{B1}")  # the noun after the year is an object, not counted
P_SANAH = re.compile(rf"{B0}سنه(?:{_TO_DIGITS}(?P<y>[0-9]{{3,4}})(?![0-9/.\-:]?[0-9])|{SP1}(?P<yw>{YEAR_WORD}){B1})"  # (also glued: "سنه۱۰۴۸")
                     rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?(?![\w])")
# "سال ۶۱ هجری قمری", "در ۳۵۲ هجری", "سال ۶۸۰ میلادی": a year of the first millennium, told by
# its era; "هجری" alone after so short a year is qamari (a solar year so written would say شمسی)
P_YEAR_SHORT_ERA = re.compile(rf"{B0}(?:(?P<sal>سال){_TO_DIGITS})?{_SHORT_YEAR}")
# (or the second of a run of centuries: "سده‌های ۱۲ تا ۱۴ قمری")
_CENTURY_BEFORE = re.compile(rf"{B0}(?:قرن|سده)(?:{SP}(?:ها|های))?{SP1}(?:[0-9]{{1,2}}{SP1}(?:تا|و|الی){SP1})?$")
_SHORT_ERA_HINT = re.compile(rf"میلادی|{_HIJRI_ERA_HINT.pattern}")
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
    rf"{SP}(?P<era>{ERA_GREGORIAN}|{ERA_HIJRI}|{_ERA_M_CLOSED}|{ERA_JALALI})(?![\w])"
)
_SOLAR_ERA_WORD = re.compile(rf"{ERA_JALALI}")
_BRACKET_CLOSE_AFTER = re.compile(rf"{SP}[)]")
_YEARRANGE_CUE_BEFORE = re.compile(rf"(?:{B0}(?P<cue>(?:از{SP1})?سال(?:{SP}ها(?:ی)?)?){SP})?(?:{B0}از{SP1})?$")
_MEASURE_AFTER = re.compile(rf"{SP1}(?:تن|کیلو|کیلوگرم|گرم|لیتر|متر|مترمربع|متر{SP1}مربع|کارتن|گونی|کیسه)(?:ی)?(?![\w])")
_DASH_YEAR_AFTER = re.compile(rf"{SP}[-–/]{SP}[0-9]")
_YEAR_NOUN_AFTER = re.compile(rf"{SP1}سال(?:ی)?{B1}")
# "پیک سال ۹۵ برابر ۵۳ هزار مگاوات بود": "equal to" a number, no "95 times"
_PLAN_NOUN_AFTER = re.compile(rf"{SP1}(?:طرح|پروژه|قرارداد|لایحه){SP1}[^\W\d]")
_EQUAL_TO_NUMBER_AFTER = re.compile(rf"{SP1}برابر{SP1}[0-9]")
# "شماره ۱۹۲۵-۱۹۳۰", "صفحات ۱۹۰۰ - ۱۹۲۰": numbers that name things, not a span of years
# tickets, cards, plates, bills or models, numbered: "بلیت‌های ۱۳۹۸ تا ۱۴۰۵ رو" names no years
_NUMBERED_THINGS = rf"{B0}(?:بلیت|بلیط|کارت|پلاک|قبض|مدل)(?:{SP}(?:های|ها|ای|ا))?(?:{SP}ی)?{SP1}"
_NUMBERED_THINGS_BEFORE = re.compile(rf"{_NUMBERED_THINGS}$")
_NUMBERED_RUN_BEFORE = re.compile(rf"{_NUMBERED_THINGS}[0-9]+{SP1}(?:تا|الی|-){SP1}$")
_COUNTED_TO_BEFORE = re.compile(rf"{B0}(?:شماره|کد|پلاک|صفحه|صفحات|بند|ماده|ردیف|پرواز|مدل){SP1}[0-9]+{SP1}$")  # (also "مدل ۱۳۷۵ تا ۱۳۸۰")
_YEAR_LIST_AFTER = re.compile(rf"{SP}(?:[،,]|و|تا|الی|-|–){SP}[0-9]")
_MONTH_NAME_AFTER = re.compile(rf"{SP}(?:{JMONTH}|{GMONTH}|{HMONTH}){B1}")


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
        if m.group("sal") and m.group("y") and _YEARS_COUNTED_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and (_HEADS_AFTER.match(f, m.end("y")) or _COUNTED_WITH_TA_AFTER.match(f, m.end("y"))):
            continue  # "تو این ۱۰ سال ۱۴۰۰ نفر مشتری داشتیم", "تو این ۲ سال ۱۴۰۰ تا موشک": years counted, then things
        if m.group("sal") and _season_of_two(f, m.group("sal"), ys, m.end("y")):
            continue  # "سال ۹۵ - ۹۶" (a school or sports year)
        if m.group("sal") and _EVERY_WORD_BEFORE.search(f, max(0, m.start() - 5), m.start()):
            continue  # "هر سال ۲۰ مهر روز دوستی دو شهر است": every year's day, no year
        if m.group("sal") and len(ys) == 2 and (_THAT_YEAR_BEFORE.search(f, max(0, m.start() - 6), m.start())
                                                or ORDINAL_BEFORE.search(f, max(0, m.start() - 10), m.start())) \
                and not _WILL_BE_RIGHT_AFTER.match(f, m.end("y")):
            # (not a verb right after, no count: "دوره بعدی آن سال ۸۹ خواهد بود", its next round's year)
            # (or its own first year: "در نخستین سال ۶۵ عضو داشت")
            continue  # "صنف آسیابانان در آن سال ۴۶ عضو داشت": that year, named before; the number counts
        if m.group("sal") and len(ys) == 2 and _COUNT_OF_YEARS_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and not _LABELLED_NUMBER_BEFORE.search(f, max(0, m.start() - 16), m.start()):
            # (not an article's number: "از ماده 180 سال 94")
            continue  # "زیر ۲۰ سال ۱۶ وزنه‌بردار": twenty years of age, then a count
        if m.group("sal") and len(ys) == 4 and _COUNT_OF_YEARS_BEFORE.search(f, max(0, m.start() - 6), m.start()) \
                and UNIT_AFTER.match(f, m.end("y")):
            continue  # "برای دانش‌آموزان زیر ۱۲ سال ۱۵۰۰ تومان": an age, then a price (four digits too, a unit after)
        if m.group("sal") and len(ys) == 2 and _YEAR_PART_BEFORE.search(f, max(0, m.start() - 10), m.start()) \
                and _COUNT_TA_AFTER.match(f, m.end("y")):
            continue  # "تا آخر سال ۱۸ تا رستوران سفارش دادن", "قبل از تحویل سال ۷۰ تا کیسه داریم": the year's end, then a count
        if m.group("sal") and len(ys) == 2 and _MORE_COUNTED_AFTER.match(f, m.end("y")):
            continue  # "تا پایان سال ۲۵ پرونده دیگر در دست بررسی است": the year, then things counted
        lunar = False
        if len(ys) == 2:
            if UNIT_AFTER.match(f, m.end("y")) and not (m.group("sal") and (_YEAR_NOUN_AFTER.match(f, m.end("y"))
                                                                            or _DAY_OF_AFTER.match(f, m.end("y"))
                                                                            or _OBJECT_NOUN_AFTER.match(f, m.end("y"))
                                                                            or _EQUAL_TO_NUMBER_AFTER.match(f, m.end("y"))
                                                                            or (int(ys) >= 50 and _PLAN_NOUN_AFTER.match(f, m.end("y"))
                                                                                and IN_BEFORE.search(f, max(0, m.start() - 4), m.start()))
                                                                            or not f[sentence_start(f, m.start()):m.start()].strip())):
                continue  # "۹۵ نفر"; but "سال ۹۵ سالی پربار باشد", "سال ۹۷ روز یکشنبه ...", "سال ۸۷ تیم را ..." name the year
                # (and so does a sentence opening on it: "سال ۸۹ تیم ما قهرمان شد", or "in" it before a plan of a
                # high year: "در سال ۹۸ طرح نگهداری ۹ فانوس را تصویب کرد"; a yearly count is low: "در سال ۲۶ روز مرخصی")
            if (sh := P_YEAR_SHORT_ERA.match(f, m.start())) and sh.group("era") != "میلادی":
                continue  # "سال ۶۱ هجری قمری": P_YEAR_SHORT_ERA's
            y, cal = _two_digit(int(ys)), "jalali"
            if era and _era_calendar(era, 1990) == "gregorian":
                # "سال ۷۰ میلادی": a Gregorian year of the last century (or this one, "۲۰").
                y, cal = (1900 if int(ys) >= 30 else 2000) + int(ys), "gregorian"
        else:
            y = int(ys)
            cal = _era_calendar(era, y)
            # "در سال ۱۲۶۰ قمری به راه افتاد و تا سال ۱۲۷۰ ...": a later year of the lunar era told before (before
            # 1300 only, the Qajar court's reckoning; "... ۱۲۹۸ هجری قمری ... در سال ۱۳۰۸ به اداره معارف سپرده شد"
            # is a solar year, as sets 939, 327, 399, 663 and 696 read it)
            lunar = not era and cal == "jalali" and y < 1300 and any(abs(int(e.group("y")) - y) <= 30 for e in _HIJRI_ERA_YEAR.finditer(
                f, sentence_start(f, m.start()), m.start()))
            cal = "hijri" if lunar else cal
        if _BC_AFTER.match(f, m.end()):
            continue  # "سال ۱۲۶۵ پیش از میلاد": before the era, which a DateValue cannot hold
        if not m.group("sal") and _DAHE_BEFORE.search(f, max(0, m.start() - 6), m.start()):
            continue  # "در دهه ۱۳۴۰ خورشیدی": a decade, no year
        # "سال ۱۲۰۷ هجری قمری", "۱۳۵۰ میلادی": with its era written, a Hijri or Gregorian year of any
        # century; "سال ۱۶۶۵" without one: no Jalali year that far ahead is told, so Gregorian
        early = not era and m.group("sal") and len(ys) == 4 and 1500 <= y < 1800
        cal = "gregorian" if early else cal
        ok = (1000, _YEAR_RANGE_OK[cal][1]) if cal in ("hijri", "gregorian") and (era or early or lunar) else _YEAR_RANGE_OK[cal]
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
        if not m.group("sal") and _CENTURY_BEFORE.search(f, max(0, m.start() - 20), m.start()):
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
    for m in P_YEARRANGE_ERA.finditer(f) if _SHORT_ERA_HINT.search(f) or _SOLAR_ERA_WORD.search(f) else ():
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        cal = _era_calendar(m.group("era"), y2)
        if cal == "jalali" and y1 < 1000:
            continue  # (a solar run only of four-digit years older than the news reaches: "از ۱۲۰۰ تا ۱۳۲۰ شمسی")
        if 0 < y1 < y2 <= _YEAR_RANGE_OK[cal][1] and not (y1 >= 1000 and _year_ok(y1, cal)):
            # two years of the last centuries are P_YEARRANGE's
            cue = _YEARRANGE_CUE_BEFORE.search(f, max(0, m.start() - 20), m.start())
            start = m.start() if "ها" in (cue.group("cue") or "") else cue.start()
            out.append(Cand(start, m.end(),
                             "range", cal, needs_ref=False, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    for m in P_YEARRANGE.finditer(f):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if _NUMBERED_THINGS_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            continue  # "بلیت‌های ۱۳۹۸ تا ۱۴۰۵ رو من خریدم", "مدل ۱۳۷۵ تا ۱۳۸۰": numbers of tickets, models' years
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
        # "تمبرهای ۱۸۶۸ تا ۱۹۷۹ را ... در بر می‌گیرد": the things of those years, the run the object, however long
        things_of = bool(0 < y2 - y1 <= 150 and _OBJECT_MARK_AFTER.match(f, m.end())
                         and _PLURAL_OF_BEFORE.search(f, max(0, m.start() - 8), m.start())
                         and not _NUMBER_NOUN_BEFORE.search(f, max(0, m.start() - 12), m.start()))
        cued = cued or things_of
        # "میانگین دما در دوره ۱۳۶۰ تا ۱۳۹۰": a period named by its years
        cued = cued or bool(not m.group("az") and y1 < y2 and _PERIOD_BEFORE.search(f, max(0, m.start() - 20), m.start()))
        # "خشکسالی ۱۳۷۸ تا ۱۳۸۰": an episode named by the years it lasted
        cued = cued or bool(not m.group("az") and 0 < y2 - y1 <= 20 and _EPISODE_BEFORE.search(f, max(0, m.start() - 12), m.start())
                            and not UNIT_AFTER.match(f, m.end()))
        # "کتابای چاپ ۱۳۹۵ تا ۱۳۹۸": the years books were printed in
        cued = cued or bool(0 < y2 - y1 <= 30 and _PRINTED_RIGHT_BEFORE.search(f, max(0, m.start() - 6), m.start()))
        # "... در سال ۱۶۵۵ میلادی بنا شد و لینه از ۱۷۴۱ تا ۱۷۷۸ سرپرستی آن را بر عهده داشت": a run from one
        # year to another in a sentence that tells a year's era elsewhere, of that era
        told = None if m.group("era") or m.group("era1") or not m.group("az") or not 0 < y2 - y1 <= 100 or UNIT_AFTER.match(f, m.end()) \
            else next((e for e in _ERA_YEAR.finditer(f, sentence_start(f, m.start()), sentence_end(f, m.end()))
                       if not m.start() <= e.start() < m.end() and abs(int(e.group("y")) - y1) <= 200), None)
        if told:
            cued, cal = True, _era_calendar(told.group("era"), int(told.group("y")))
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
        ok = (1500, 2100) if told and cal == "gregorian" else _YEAR_RANGE_OK[cal]
        if cal == "hijri" and m.group("era1") and m.group("era"):
            ok = (1000, ok[1])  # "از ۱۲۹۲ قمری تا ۱۳۱۳ قمری": the era told at both ends, any century
        # "از سال ۱۶۲۳ تا ۱۷۶۳": after "سال", a first year no Jalali year so far ahead is told as, as for one
        # year alone (P_YEAR): Gregorian, the run as long as "from ... to" makes it
        early = bool(m.group("cue") and not (m.group("era") or m.group("era1")) and 1500 <= y1 < 1800 and y1 < y2 < 2100)
        if early:
            cal, ok = "gregorian", (1500, 2100)
        # "شیخ علی صراف (۱۲۳۵-۱۳۱۲)": a life's two years in brackets after a name, dashed, of any century since 1100
        if dashed and y2 - y1 <= 100 and _BRACKET_OPEN_BEFORE.search(f, max(0, m.start() - 3), m.start()) \
                and _BRACKET_CLOSE_AFTER.match(f, m.end()):
            ok = (1100, ok[1])
        if not (ok[0] <= y1 < y2 < ok[1] and (y2 - y1 <= 100 or things_of or early and m.group("cue").startswith("از") and y2 - y1 <= 200)):
            continue
        start = m.start("y1") if m.group("cue") and "ها" in m.group("cue") or m.group("dar") else m.start()
        if m.group("cue") and m.group("cue").startswith("دهه"):
            continue
        out.append(Cand(start, m.end(), "range", cal, needs_ref=False, priority=1,
                         parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    for m in P_BORN_YEARS.finditer(f) if "متولد" in f or "آموخت" in f or "التحصیل" in f else ():
        # "برای متولدین ۱۳۸۲ تا ۱۳۸۶", "متولدین ۸۸ و ۸۹": an age group's years of birth, one run
        # (not a count of days, but a day's date after: "ویژه متولدین ۱۳۷۸ تا ۱۳۸۰ روز ۲۵ دی ماه ۱۳۸۸")
        if len(m.group("y1")) != len(m.group("y2")) or UNIT_AFTER.match(f, m.end()) and not _DAY_DATE_AFTER.match(f, m.end()):
            continue
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if len(m.group("y1")) == 2:
            y1, y2 = _two_digit(y1), _two_digit(y2)
        cal = _era_calendar(None, y1)
        # (a screening's ages span decades: "برای متولدین 1320 تا 1342")
        if _year_ok(y1, cal) and y1 < y2 <= y1 + 40 and (m.group("to") or y2 == y1 + 1):
            out.append(Cand(m.start("y1"), m.end(), "range", cal, needs_ref=False, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    for m in P_IN_YEAR_AND.finditer(f):
        # "۱۲۰ عکس آن در ۱۹۷۵ و ۱۹۷۶ میلادی گرفته شده": two years in a row after "در", one run, as
        # two days in a row are ("در ۱۹۷۲ و ۱۹۷۶": two years apart, each its own)
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        cal = _era_calendar(m.group("era"), y1)
        # (after "با" only with its era: "سال ۱۳۱۸ قمری که با ۱۹۰۰ و ۱۹۰۱ میلادی همزمان بود")
        if y2 == y1 + 1 and _year_ok(y1, cal) and not UNIT_AFTER.match(f, m.end("y2")) and (m.group("era") or not m.group("ba")):
            out.append(Cand(m.start("y1"), m.end(), "range", cal, needs_ref=False, priority=1,
                             parts=(Cand(0, 0, "", cal, y=y1), Cand(0, 0, "", cal, y=y2))))
    # "۲۰۱۶ که تموم شد گفتیم ...": a year opening its sentence or clause, said to be over; "من ۱۳۵۵ که رفتم
    # مکه ۳۴ روز طول کشید": the year one did a thing in, a "when" clause told of oneself
    # (or said to be the year of a thing, opening its clause: "۱۴۰۲ سال مهاجرته!", "... و ۲۰۰۹ سال درخشان این رشته بود")
    for pattern in (P_YEAR_OVER_OR_TO_COME, P_YEAR_WHEN_I, P_YEAR_IS_YEAR_OF):
        for m in pattern.finditer(f):
            y = int(m.group("y"))
            if _year_ok(y, cal := _era_calendar(None, y)):
                out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    return out


# (or to come: "۲۰۲۴ که بیاد شاید بورسیه‌ی کانادا بدن")
P_YEAR_OVER_OR_TO_COME = re.compile(rf"{_CLAUSE_OPENING}{SP}(?P<y>13[0-9]{{2}}|14[0-9]{{2}}|19[0-9]{{2}}|20[0-9]{{2}}){SP1}که{SP1}"
                         rf"(?:(?:تموم|تمام){SP1}(?:شد|شه|بشه|شود|بشود)|بیاد|بیاید|برسه|برسد|شروع{SP1}(?:بشه|شه|شود)){B1}")
P_YEAR_IS_YEAR_OF = re.compile(rf"(?:{_CLAUSE_OPENING}|(?<=[\s\u200c]و ))(?<![0-9] و ){SP}(?P<y>{_NEAR_YEAR}){SP1}سال"
                               rf"{SP1}(?!(?:پیش|قبل|گذشته|بعد|دیگر|دیگه|نوری|اخیر|سابقه|تاریخ|عمر|تمدن){B1})[^\W\d]+(?:{SP1}[^\W\d]+){{0,3}}?"
                               rf"(?:\u200c?ه|\u200c?ست|{SP1}(?:است|بود|هست))(?={SP}(?:[.!?؟،,؛]|$))")
# (a pronoun of the first person before it, a past of the first person after "که")
P_YEAR_WHEN_I = re.compile(rf"{B0}(?:من|ما){SP1}(?P<y>13[0-9]{{2}}|19[0-9]{{2}}|20[0-9]{{2}}){SP1}که{SP1}[^\W\d]+(?:تم|دم|تیم|دیم|ستم|ستیم|شدم|شدیم|ودم|ودیم)(?![\w\u200c])")


P_IN_YEAR_AND = re.compile(
    rf"{B0}(?:در|تو|(?P<ba>با)){SP1}(?P<y1>[0-9]{{4}}){SP}و{SP}(?P<y2>[0-9]{{4}})(?![0-9/.\-:])"
    rf"(?:{SP}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI})(?![\w]))?")
P_BORN_YEARS = re.compile(
    # (or graduates of those years: "فارغ‌التحصیلان ۱۳۸۸ تا ۱۳۹۲")
    rf"{B0}(?:متولد(?:ین|ان)?|فارغ{SP}التحصیل(?:ان|ین|های)?|دانش{SP}آموختگان){SP1}(?P<y1>[0-9]{{4}}|[0-9]{{2}}){SP}(?:(?P<to>تا|الی|لغایت|-|–)|و){SP}(?P<y2>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.\-:]?[0-9])")
_SEASON = r"(?:بهار|تابستان|پاییز|زمستان|تابستون|زمستون)"  # (spoken "زمستون ۹۶")
# ("آموزش و پرورش" is one name; so is a pair whose second word the year follows: "جشنواره گل و گلاب ۱۳۹۹")
_FILLER_WORD = (rf"{SP1}(?!(?:سال|در|از|با|برای|که|و(?!{SP1}پرورش)(?!{SP1}[^\W\d]+{SP1}(?:13|14|19|20)[0-9]{{2}}(?![0-9]))){B1})"
                rf"{_NAME_WORD}")
# the cities of the summer and winter games since 1980, as a medal names them ("طلای ۲۰۱۲ لندن")
_OLYMPIC_HOSTS = (rf"(?:مسکو|لس{SP}آنجلس|سئول|سیول|بارسلون|بارسلونا|آتلانتا|سیدنی|آتن|پکن|لندن|ریو|توکیو|پاریس"
                  rf"|ونکوور|سوچی|پیونگ{SP}چانگ|تورین|سالت{SP}لیک|ناگانو|ملبورن|هلسینکی|رم|مونیخ|مونترال|مکزیکوسیتی|مکزیکو{SP1}سیتی)")
# in a sentence of the games, a year beside a host city: "المپیک ۱۹۸۰ مسکو و ۱۹۸۴ لس‌آنجلس", "در سئول ۱۹۸۸",
# "بازی‌های ۱۹۵۶ ملبورن"
P_YEAR_HOST = re.compile(rf"(?<![0-9/.\-:])(?P<y>(?:19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9]){SP1}{_OLYMPIC_HOSTS}{B1}"
                         rf"|{B0}{_OLYMPIC_HOSTS}{SP1}(?P<y2>(?:19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9])")
_GAMES_WORD = re.compile(rf"{B0}(?:المپیک|پارالمپیک|بازی{SP}(?:ها|های)){B1}")
# what is billed or taxed by the year: "فاکتورهای ۱۴۰۳", "تعرفه‌ی ۱۴۰۲" (a year it names lends itself to no later day)
_BILL_WORD = rf"(?:تعرفه|فاکتور|صورت{SP}حساب|اظهارنامه|کرایه|عوارض(?:{SP1}خروج)?|(?:لیست|فهرست){SP1}قیمت(?:{SP1}(?:صادراتی|جدید|رسمی|عمده|فروش))?|حراج|نرخ|کالابرگ|برچسب|مجوز)(?:{SP}(?:ها|های))?"  # ("لیست قیمت ۲۰۱۹", "نخستین حراج ۱۴۰۰", "کالابرگ ۱۴۰۳")
# (and stickers and permits issued for a year: "برچسب‌های ۲۰۱۵ باطل شده", "برچسب‌های سال ۱۳۹۲ تا ۳۱ خرداد معتبرند")
# those a contest or league counts: "در لیگ برتر ۱۴۰۰ نمونه گرفته شد", "لیگ آنلاین ۱۴۰۰ شطرنج‌باز"
_ENTRANTS_AFTER = re.compile(rf"{SP1}(?:نمونه|شرکت{SP}کننده|ورزشکار|بازیکن|تماشاگر|تماشاچی|بازدیدکننده|دانش{SP}آموز|هنرمند|[^\W\d]+{SP}?باز"
                             rf"|پاروزن|قایقران|کشتی{SP}گیر|وزنه{SP}بردار|دونده|شناگر|تیرانداز|کماندار|رکابزن|ملی{SP}پوش|مربی|داور|سهمیه|زائر|زایر|زوار"
                             rf"|شهید|پزشک|دانشمند|پژوهشگر|محقق|عضو|مهمان"  # ("کنگره ۲۰۰۰ شهید", "کنگره ۲۰۰۰ پزشک را گرد آورد")
                             rf"|راننده|موتورسوار|خلبان|سوارکار"  # ("مسابقه نمایشی نوروزی ۱۶ راننده جوان")
                             rf"|[^\W\d]+{SP1}کا|جودوکا)"  # ("انتخابی المپیک ۱۲ پاروزن"; "در این تورنمنت ۱۴۰۳ کاراته‌کا", judoka too)
                             rf"(?:ان|ها|های|{SP}ها|{SP}های)?{B1}")
# a bare four-digit year of a near century, and what makes one a year: a new year's greeting before it
# ("سال نو میلادی مبارک! امیدوارم ۲۰۲۱ ..."), or the object mark after it ("۱۳۹۷ رو با سفر شروع کنیم"),
# unless a code, a model or a number owns it ("کد تخفیف ۱۴۰۱ رو بزنین")
P_YEAR_BARE4 = re.compile(r"(?<![0-9/.\-:\w])(?P<y>13[5-9][0-9]|140[0-9]|20[0-3][0-9])(?![0-9/.\-:])")
_NEW_YEAR_CUE = re.compile(rf"{B0}(?:سال{SP1}(?:نو|جدید)|تحویل{SP1}سال|سال{SP1}تحویل|مبارک){B1}")
_JALALI_NEW_YEAR = re.compile(rf"{B0}(?:{JMONTH}|نوروز|عید{SP1}نوروز){B1}")
_GREGORIAN_NEW_YEAR = re.compile(rf"{B0}(?:میلادی|{GMONTH}|کریسمس){B1}")
_WISH_WORD = re.compile(rf"{B0}(?:خدا{SP1}کنه|خدا{SP1}کند|امیدوارم|امیدواریم){B1}")
_WISH_RIGHT_BEFORE = re.compile(rf"{_WISH_WORD.pattern}{SP1}$")
_A_YEAR_SAID_AFTER = re.compile(rf"{SP1}سال{B1}")  # "۱۴۰۲ سال خوبی باشه": the year said to be one
_YEAR_WISHED_AFTER = re.compile(rf"{SP1}(?:{_INSHALLAH}){B1}")
# a two-digit year wished better, the wish right before it ("امسال سال بدی بود، ایشالا ۹۸ بهتر باشه")
P_YEAR_WISHED_SHORT = re.compile(rf"(?:{_WISH_WORD.pattern}|{B0}(?:{_INSHALLAH})){SP1}(?P<y>[0-9]{{2}})(?![0-9/.\-:٫])"
                                 rf"(?={SP1}(?:هم{SP1})?(?:بهتر|خوب|سال{SP1}(?:خوبی|بهتری)|پربارتر){SP1}"
                                 rf"(?:باشه|بشه|باشد|شود|میشه|می{SP}شه|می{SP}شود){B1})")
P_YEAR_OBJECT = re.compile(rf"(?<![0-9/.\-:\w])(?P<y>13[5-9][0-9]|140[0-9]|20[0-3][0-9])(?![0-9/.\-:]){SP1}(?:رو|را){B1}")
# a code's label before a colon: "کد تخفیف مشتریای قدیمی: ۱۳۹۱"
_CODE_LABEL_BEFORE = re.compile(rf"{B0}(?:کد|کُد|رمز|پسورد|شماره)(?:{SP1}[^\s\d:：]+){{0,3}}{SP}[:：]{SP}$")
_CODE_NOUN_BEFORE = re.compile(rf"{B0}(?:کد|کُد|مدل|شماره|شماره{SP}ی|رمز|پسورد|فاکتور|سرور|نسخه|ورژن|پلاک|تلفن|داخلی|پیامک|سامانه|پژو|تخفیف|سریال|سری|و"
                               rf"|عدد|رقم"  # (a number engraved or written: "پشتش عدد ۱۴۰۰ رو حک کنین")
                               rf"|فیفا)"  # (a game named by its year: "بازی فیفا ۲۰۰۷ رو داریم", a product like a model)
                               rf"(?:{SP1}[^\s\d]+)?{SP1}$")
_HEADS_AFTER = re.compile(rf"{SP1}(?:نفر|مسافر|گردشگر|زائر|بازدیدکننده|خودرو|دستگاه|نیرو|مامور|مأمور){B1}")  # ("شب چهارشنبه‌سوری ۱۴۰۰ نیرو ...")
P_YEAR_CUED = re.compile(
    # (a season told hard or mild first, four digits only: "زمستان سخت ۱۹۱۷")
    rf"{B0}(?:{_SEASON}{SP1}(?:سخت|سرد|گرم|داغ|طولانی|خشک|پربرف|پرباران|کم{SP}بارش)(?=[\s\u200c]+(?:1[2-4]|19|20)[0-9]{{2}}(?![0-9]))|"
    rf"(?P<season>{_SEASON}(?:{SP1}و{SP1}{_SEASON})?|نوروز|نوروزی|عید|سیزده{SP}?بدر|چهارشنبه{SP}?سوری|(?<=طرح\s)(?:ساحلی|زمستانی|تابستانی|پاییزی|بهاری))(?:{SP1}سال)?"  # "طرح نوروزی ۱۴۰۲", "عکس عید ۱۳۶۵", "طرح ساحلی ۱۳۹۳", "سیزده‌بدر ۱۴۰۰"
    # (or the mourning days and the nights of Qadr of a year: "عاشورای ۱۳۹۰", "شب‌های قدر ۱۴۴۱", "لیالی قدر ۱۴۰۰")
    rf"|(?P<mourn>عاشورای|عاشورا|تاسوعای|تاسوعا|(?:شب{SP}های|لیالی){SP1}قدر)"
    # (or the year a calendar or a diary is for: "تقویم‌های ۲۰۲۴", "تقویم‌های دیواری ۹۷", "سررسیدهای ۹۸")
    rf"|(?P<diary>(?:تقویم|سررسید|سالنامه|کاتالوگ)(?:{SP}(?:های|ها|ی)|ای|ا)?(?:{SP1}(?:رسمی|نمایشگاهی|دیواری|رومیزی|جیبی|نجومی"
    # (or any one word of its kind, before four digits of a near century: "تقویم‌های عکس‌دار ۲۰۲۵", "تقویم جهت‌یابی ۲۰۱۴")
    rf"|(?!(?:شماره|کد|مدل|سری|سریال|نسخه){B1})[^\W\d]+(?:\u200c[^\W\d]+)?(?={SP1}(?:13[5-9]|140|19[5-9]|20[0-3])[0-9](?![0-9]))))?"
    # (a yearbook of a field: "سالنامه مطبوعات ۱۳۸۸", "سالنامه آماری کشور ۱۳۹۵")
    rf"|سالنامه(?:{SP}ی)?(?:{SP1}(?:مطبوعات|آماری|آمار|کشور|فرهنگی|ورزشی|اقتصادی|کشاورزی|ادبی|هنری|دنیای{SP1}اقتصاد)){{1,2}})"  # ("سالنامه نجومی ۱۳۸۶")
    rf"|ویمبلدون|کاراته{SP1}وان(?:{SP1}(?!(?:سال|در|از|با|به|تا|و){B1}){_NAME_WORD})?|روبوکاپ|روبو{SP}کاپ|رولان{SP}گاروس|گرند{SP}(?:سوییس|سویس|پری|اسلم)|آزاد{SP1}(?:استرالیا|فرانسه|آمریکا)|سوپر{SP}(?:جام|کاپ)|جام{SP1}اتحادیه|کوپا{SP}آمریکا|جام{SP1}ملت{SP}های{SP1}(?:آسیا|اروپا|آفریقا)"
    rf"|(?:المپیک|پارالمپیک|جام{SP1}جهانی)(?P<host>{SP1}(?!(?:سال|حدود|بیش|کمتر|نزدیک|تقریبا|با|و|در|از|به|تا){B1}){_NAME_WORD})?|یورو(?=[\s\u200c]+(?:19[6-9][0-9]|20[0-3][0-9])(?![0-9]))|بازی{SP}(?:ها|های){SP1}(?:(?:آسیایی{SP1})?داخل{SP1}سالن(?:{SP1}و{SP1}هنر{SP}های{SP1}رزمی)?|آسیایی|پاراآسیایی|پارا{SP1}آسیایی|المپیکی?|پارالمپیک"
    rf"|جهانی(?:{SP1}(?:پیوند|ترنسپلنت|دانشجویان|نظامیان|ورزش{SP}های{SP1}معلولان))?)"  # ("بازی‌های جهانی پیوند ۲۰۰۷ تایلند")
    # (a host city too: "بازی‌های آسیایی دوحه ۲۰۰۶", "بازی‌های داخل سالن و هنرهای رزمی عشق‌آباد ۲۰۱۷")
    rf"(?:{SP1}(?!(?:سال|حدود|بیش|کمتر|نزدیک|تقریبا|با|و|در|از|به|تا){B1}){_NAME_WORD})?"
    # (a host city too: "قهرمانی جهان کازان ۲۰۱۵")
    rf"|سال{SP1}(?:جهانی|بین{SP}المللی)(?:{SP1}(?!(?:سال|در|از|با|به|تا){B1}){_NAME_WORD}){{1,2}}"  # "سال جهانی نجوم ۲۰۰۹"
    # (a host city after "در" too: "قهرمانی آسیا در کویت ۲۰۱۱")
    rf"|قهرمانی{SP1}(?:آسیا|جهان|اروپا|آسیایی|جهانی|اروپایی)(?:(?:{SP1}در)?{SP1}(?!(?:سال|حدود|بیش|کمتر|نزدیک|تقریبا|با|و|در|از|به|تا){B1}){_NAME_WORD})?|اسکار|مصوب|چشم{SP}انداز|افق"
    rf"|چاپ{SP1}(?:اول|دوم|سوم|چهارم|پنجم|نخست)(?:{SP}[،,:])?"
    # (a coin's year, its kind named: "سکه‌های طلای ۱۴۰۳", "سکه یادبود با نقش ۱۴۰۰", four digits only)
    rf"|سکه(?:{SP}(?:های|ها|ی))?(?:{SP1}(?:طلای?|نقره(?:{SP}ای|ی)?|یادبود|بهار{SP1}آزادی|امامی|تمام|نیم|ربع)){{1,3}}(?:{SP1}با{SP1}نقش)?"
    rf"(?=[\s\u200c]+(?:13[5-9]|140)[0-9](?![0-9])(?![\s\u200c]+(?:تومان|تومن|ریال|هزار|میلیون|عدد|قطعه|گرم|تا)ی?(?![\w\u200c])))"
    rf"|(?:ویرایش|کاتالوگ|آمار)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"  # (also "آمار ۲۰۲۴ نشان می‌دهد")  # (a catalogue's edition by its year: "ویرایش ۲۰۰۸", "کاتالوگ ۲۰۲۳")
    # (or the Games by their host city alone: "مدال‌آوران ریو ۲۰۱۶")
    rf"|(?:ریو|توکیو|لندن|پکن|آتن|سیدنی|آتلانتا|بارسلونا|سئول|پیونگ{SP}چانگ|سوچی|ونکوور|جاکارتا|هانگژو|اینچئون|گوانگژو)(?=[\s\u200c]+(?:19|20)[0-9]{{2}}(?![0-9]))"
    # (and a crop's guaranteed purchase by its year, four digits: "مطالبات خرید ۱۳۹۴", "نرخ خرید تضمینی گندم ۱۴۰۳";
    # not "برای خرید ۱۴۰۰ جلیقه", a count)
    rf"|(?:(?<=مطالبات )|(?<=نرخ )|(?<=قیمت )|(?<=فصل ))خرید(?:{SP1}تضمینی)?(?:{SP1}گندم)?(?=[\s\u200c]+(?:13[5-9]|140)[0-9](?![0-9]))"
    rf"|خرید{SP1}تضمینی(?:{SP1}گندم)?(?=[\s\u200c]+(?:13[5-9]|140)[0-9](?![0-9]))"
    rf"|(?<=از )خرید(?=[\s\u200c]+(?:13[5-9]|140)[0-9](?![0-9])[\s\u200c]+تا[\s\u200c]+(?![0-9]))"  # ("از خرید ۱۳۹۴ تا پایان دی")
    rf"|(?P<four>(?:مسابقات|مسابقه|بی{SP}ینال|دوسالانه|رقابت{SP}های|نمایشگاه|جشنواره|همایش|اجلاس|کنفرانس|کنگره|کمیسیون|هجوم|قحطی|رویداد|مانور|رزمایش|بازی{SP}های|تورنمنت|تورنومنت|رتبه{SP}بندی|رده{SP}بندی|ماراتن|رالی|داکار|کورس(?:{SP}های)?|قهرمانی(?=[\s\u200c]+(?:19[5-9]|20[0-3])[0-9](?![0-9])(?:{SP}(?:[.،,؛!؟]|$)|{SP1}(?:است|بود|هست|را|رو|در|و|به|با){B1})))(?:{SP1}«)?(?:{SP1}(?!(?:سال|با|در|از|به|تا|و|که|را|رو|کد|کُد|شماره|رمز|پلاک|تلفن){B1})[^\W\d]\w*){{0,3}}"  # (a bare championship by its year, a clause going on after it: "مدال در قهرمانی ۲۰۱۹ است")  # (no number, preposition or code among its words: "مسابقات ۲۰۱۲ روز ۱۵ ژانویه", "مسابقات آسیایی با ۱۳۲۰ پین", "جشنواره کتابخوانی رضوی کد ۱۳۹۶")
    # (but "با" and a word may name the sport: "مسابقات قهرمانی جهان بسکتبال با ویلچر 2022")
    rf"(?:{SP1}با{SP1}(?:ویلچر|صندلی{SP1}چرخدار|چوب|توپ|باله))?"
    rf"|فصل|لیگ(?:{SP1}(?!سال)[^\W\d]\w*){{0,2}}|جام{SP1}باشگاه{SP}های{SP1}جهان"  # "فصل ۲۰۲۲", "لیگ قهرمانان آسیا ۲۰۰۸"
    rf"|محصول|[0-9]{{1,2}}{SP1}ماهه"  # a film "محصول ۱۳۹۸", "عملکرد ۹ ماهه ۱۴۰۲"
    # "در هفت ماهه ۱۴۰۱", "در ۱۱ ماه نخست ۲۰۲۳" (four digits only)
    # ("دو ماهه نخست ۱۴۰۳"; "تقویم رسمی ۱۳۹۰", the year's official calendar)
    rf"|(?:[0-9]{{1,2}}|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده){SP1}ماه(?:ه(?:{SP1}(?:نخست|اول))?|{SP1}(?:نخست|اول))(?=[\s\u200c]+[0-9]{{4}}(?![0-9]))"
    # (calendars and diaries of a year, "تقویم‌های دیواری ۲۰۲۲", "سررسید ۱۴۰۴"; "نسبت به مدت مشابه ۲۰۱۳";
    # "اکسپو ۲۰۱۰ شانگهای")
    rf"|(?:با{SP1})?تاریخ(?=[\s\u200c]+(?:13|14)[0-9]{{2}}(?![0-9/.\-:]))"  # a coin's or a print's year: "سکه‌های بهار آزادی با تاریخ ۱۴۰۳"
    # (or an older one a thing bears: "انجیل قدیمی ... تاریخ ۱۸۸۵ داره")
    rf"|تاریخ(?=[\s\u200c]+(?:1[2-9]|20)[0-9]{{2}}(?![0-9/.\-:])(?:{SP1}(?:رو|را))?{SP1}(?:داره|دارد|دارن|دارند|خورده){B1})"
    rf"|(?:(?:تقویم|سررسید|سالنامه)(?:{SP}(?:ها|های))?(?:{SP1}(?:رسمی|نمایشگاهی|دیواری|رومیزی|میلادی|شمسی|آماری))?|مدت{SP1}مشابه|اکسپو|هانوفر{SP1}مسه|کاوش{SP}?های|فصل{SP1}کاوش)(?=(?:\u200cی)?[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"  # ("سالنامه‌ی ۲۰۱۳")
    # a world championship named in full, then its year: "مسابقات سریع و برق‌آسای جهان ۲۰۲۱"
    rf"|(?:جهان|آسیا|اروپا|آفریقا|اقیانوسیه|جهانی|آسیایی|(?<=جام[\s\u200c])(?:آسیای|اروپای|آفریقای))(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"  # (and the Worlds: "در جهانی ۲۰۱۴ توکیو")  # (so "قهرمان سه‌گانه آسیا ۲۰۲۲")
    # (the year a thing was made in, four digits: "لوکوموتیوهای بخار ساخت ۱۹۲۰", "این لاستیک‌ها تولید ۱۴۰۲ هستن")
    rf"|(?<![\w\u200c])(?:ساخت|تولید)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9])(?![\s\u200c]*(?:تن|کیلو|کیلوگرم|عدد|دستگاه|میلیون|هزار|واحد|تا|نفر|متر|مگاوات)))"
    # (a year's exports or imports, or its first shipment, four digits: "برنامه صادرات ۲۰۲۳ امروز ... رونمایی شد",
    # "نخستین محموله ۲۰۲۰ روز دوشنبه ... بارگیری می‌شود")
    rf"|(?:صادرات|واردات|(?:نخستین|اولین|آخرین){SP1}محموله)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9])(?![\s\u200c]*(?:تن|کیلو|کیلوگرم|میلیون|هزار|دلار|تومان|ریال|درصد)))"
    # (the next or last edition, four digits: "دوره بعدی آن ۲۰۱۲ در ژاپن خواهد بود")
    rf"|دوره(?:{SP}ی)?{SP1}(?:بعدی|آینده|قبلی)(?:{SP1}(?:آن|این|اون|مسابقات|رقابت{SP}ها)){{0,2}}(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"
    rf"|گزارش|کودتای|جنگ|زلزله(?:{SP}های)?|خشکسالی|قحطی|بحران|سیل|سیلاب|سیل{SP}آسای|کولاک|بوران|طرح{SP1}ترافیک|سالانه|لاتاری(?:{SP1}گرین{SP1}کارت)?|بلک{SP}فرایدی"
    # an epidemic by its year, four digits: "وبای 1892", "همه‌گیری ۱۸۲۱", "طاعون ۱۹۱۱"
    rf"|(?:وبا|وبای|طاعون|همه{SP}گیری|آنفلوآنزای|آنفلوانزای|آنفولانزای)(?=[\s\u200c]+(?:1[2-9]|20)[0-9]{{2}}(?![0-9]))"  # "لاتاری ۲۰۲۶ آمریکا", "حراج بلک فرایدی ۲۰۱۴"
    # (unrest by its year, four digits, no count after: "در ناآرامی‌های ۱۹۰۹ آسیب دید")
    rf"|(?:ناآرامی|شورش|آشوب)(?:{SP}(?:های|ها))?(?=[\s\u200c]+(?:1[2-9]|20)[0-9]{{2}}(?![0-9])(?![\s\u200c]*(?:نفر|تن|کشته|زخمی)))"
    rf"|فینال(?:{SP1}(?!سال)(?:[^\W\d]+|\.)){{0,4}}"  # "فینال اف . ای کاپ ۱۹۶۷"
    # (a medal's year, four digits: "مدال کارنگی ۲۰۲۴")
    rf"|قرارداد(?:{SP}های)?|کنوانسیون|معاهده|عهدنامه|پیمان{SP}نامه|اعلامیه|مدال{SP1}(?:طلای|نقره{SP}ی|نقره|برنز)|مدال{SP1}(?!سال)[^\W\d](?:[^\W\d]|\u200c)*(?=[\s\u200c]+(?:19|20)[0-9]{{2}}(?![0-9]))|(?:طلای|نقره{SP}ی|برنز)(?={SP1}[0-9]{{4}}{SP1}{_OLYMPIC_HOSTS}{B1})|(?P<rev>انقلاب(?:{SP1}اسلامی)?)"
    rf"|(?:جوایز|جایزه|المپیاد|نوبل)(?:{SP1}(?!سال)[^\W\d](?:[^\W\d]|\u200c)*){{0,2}}(?:{SP}«[^«»\n0-9]{{1,30}}»)?|گلدن{SP}گلوب|گرمی|بفتا"  # "جایزه ادبی «مهرگان» ۱۴۰۲", "جایزه بوکر بین‌المللی ۲۰۲۳", "المپیاد جهانی ریاضی ۲۰۱۸", "نوبل فیزیک ۲۰۲۳"
    rf"|(?:پیش{SP1}از|قبل{SP1}از|تا|از|در){SP1}(?:پایان|ابتدای|اوایل|اواخر|اواسط)"
    rf"|(?:پیش{SP1}از|قبل{SP1}از|تا|از){SP1}(?:اول|آخر|انتهای)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9])))"  # ("از اول ۲۰۱۹", "تا آخر ۱۴۰۳")
    # an old thing made in a year before the bill's range, its clause going on: "ساعت رومیزی ساخت ۱۸۵۰ را"
    rf"|ساخت(?=[\s\u200c]+1[6-9][0-9]{{2}}(?![0-9])(?:{SP}[.،,؛]|{SP1}(?:را|رو|که|در|است|بود|و){B1}))"
    # the year a thing was made, founded or born told as its date: "تخته‌نردی که تاریخ ساختش ۱۳۴۲ هست"
    rf"|تاریخ{SP1}(?:ساخت|تولید|تولد|تاسیس|تأسیس)(?:ش|{SP}اش)?(?=[\s\u200c]+(?:1[23][0-9]{{2}}|1[89][0-9]{{2}}|20[0-3][0-9])(?![0-9]))"
    # a year a share is compared with, its clause closing right after it: "فروش ۴۰ درصد کمتر از ۱۳۹۱ بود" (not
    # "تعداد بازدیدکنندگان بیشتر از ۱۴۰۰ بود", a count)
    rf"|(?<=درصد ){SP}(?:کمتر|بیشتر|بالاتر|پایین{SP}تر|گران{SP}تر|ارزان{SP}تر){SP1}از"
    # (or a past of ours closing it, spoken: "امسال ۴۰ درصد کمتر از ۱۳۹۸ فروختیم")
    rf"(?=[\s\u200c]+{_NEAR_YEAR}(?:{SP}[.،,؛]|{SP1}(?:بود|است|هست|شد|بوده"
    rf"|فروختیم|فروختم|فروختن|فروختند|داشتیم|داشتم|داشتن|داشتند|برداشتیم|برداشت{SP1}کردیم|چیدیم|تولید{SP1}کردیم){B1}))"
    rf"|(?P<quarter>(?:سه|3|۳|شش|6|۶){SP}ماهه(?:\u200cی)?{SP1}(?:اول|دوم|سوم|چهارم|نخست)|نیمه{SP1}(?:اول|دوم|نخست)|(?<![A-Za-z])[QH][1-4])"  # "Q3 2022"
    rf"|(?P<last>(?:آخرین|واپسین|نخستین|اولین){SP1}(?:روزهای|روز|شب|قسمت|شماره)(?:{SP1}(?:معاملاتی|کاری))?|روزهای{SP1}(?:پایانی|آخر|نخست|اول)"  # "آخرین روزهای ۲۰۱۷", "آخرین شب ۲۰۲۲"
    rf"|(?:وداع|خداحافظی){SP1}با|(?:به{SP1})?استقبال{SP1}از"  # "وداع با ۲۰۱۹", "به استقبال ۱۴۰۰"
    rf"|(?:به{SP1}مناسبت{SP1})?(?:آغاز|شروع|حلول)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"  # "به مناسبت آغاز ۲۰۲۴"
    rf"|(?:شب|جشن|آغاز|تحویل|تور){SP1}سال{SP1}نوی?(?=[\s\u200c]+[0-9]{{4}}(?![0-9]))|(?:کریسمس|ولنتاین|هالووین)(?=[\s\u200c]+(?:19|20)[0-9]{{2}}(?![0-9]))"  # "شب سال نو ۲۰۰۹", "تور سال نوی ۲۰۲۱", "ولنتاین ۲۰۲۵"
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
    # the year figures are of, closing its phrase: "طبق آمار ۱۴۰۲، در تهران ..." (not "آمار ۱۴۰۰ کشته")
    rf"|آمار(?:{SP}(?:ها|های))?(?:{SP1}رسمی)?(?=[\s\u200c]+{_NEAR_YEAR}{SP}[،,؛.](?![0-9]))"
    # a gravestone's or a life's years: "تولد ۱۳۱۰، وفات ۱۳۸۶" (the year closing its item: "تولد ۱۲۰۰
    # نوزاد" is a count)
    rf"|(?:تولد|ولادت|وفات|درگذشت)(?=[\s\u200c]+(?:1[23]|19|20)[0-9]{{2}}{SP}(?:[،,؛»)]|\.(?![0-9])|$|{SP1}(?:تولد|ولادت|وفات|درگذشت){B1}))"
    # a coin's year of minting: "سکه طلای ۱۰ پهلوی ضرب ۱۳۵۴" (solar years on the Pahlavi coins; the
    # Qajar coins' lunar years before 1300 are left alone)
    rf"|ضرب(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]))"
    # (or a firm's year of founding as a label, four digits closing the clause: "روش بنویسید تأسیس ۱۳۷۵.";
    # not "تأسیس ۱۴۰۰ واحد", so many founded; or what a signature or a plate bears: "پای امضاش نوشته بود ۱۳۲۰.")
    rf"|(?:تأسیس|تاسیس|نوشته(?:{SP1}شده)?(?:{SP1}(?:بود|است|بوده))?)(?=[\s\u200c]+(?:13|14|19|20)[0-9]{{2}}(?![0-9]){SP}(?:[.،,؛!؟]|$))"
    rf"|(?P<entry>(?:دانشجویان{SP1})?ورودی|دانش{SP}آموختگان|فارغ{SP}التحصیلان|(?<!این\s)(?<!همین\s)(?<!آن\s)(?<!هر\s)دوره)(?=[\s\u200c]+(?:13[0-9][0-9]|140[0-9]|19[0-9][0-9]|20[0-3][0-9])(?![0-9]))"  # (also a class by its year: "دوره ۱۹۹۳")
    # the year a bill, a tariff or a fare is of, or an open tournament's: "فاکتورهای ۱۴۰۳", "با تعرفه‌ی ۱۴۰۲",
    # "کرایه‌های ۱۳۹۳",
    # "کراس‌فیت اوپن ۲۰۲۴" (four digits only, of a near century: "کد تعرفه ۸۷۰۳" is a customs heading)
    # (an Arbaeen by its lunar year: "روادیدهای صادرشده برای اربعین ۱۴۳۸")
    # (and the other lunar feasts: "تعطیلات عید فطر ۱۴۳۹", "تاسوعا و عاشورای ۱۴۴۳"; "اربعین ۱۳۹۳" stays solar)
    # (years 1415 on, no count or solar era after)
    rf"|(?P<arb>اربعین(?=[\s\u200c]+14[1-6][0-9](?![0-9]))"
    rf"|(?:اربعین{SP1}حسینی|عید{SP1}(?:سعید{SP1})?(?:فطر|قربان|غدیر|مبعث)|(?:تاسوعا{SP1}و{SP1})?عاشورای|تاسوعای)"
    rf"(?=[\s\u200c]+(?:14(?:1[5-9]|[2-9][0-9])|15[01][0-9])(?![0-9/.\-:٫]?[0-9])(?!{UNIT_AFTER.pattern})"
    rf"(?!{SP1}(?:شمسی|خورشیدی|میلادی|ه{SP}ش|ش){B1})))"
    # (and the books of a year, closed or kept: "که حساب ۱۴۰۱ بسته بشه"; not an account paid into or numbered)
    rf"|(?P<bill>{_BILL_WORD}|(?<!به\s)(?<!شماره\s)حساب(?:{SP}(?:ها|های))?|اوپن|تورنمنت|اردوی|(?:سال{SP1})?ساخت|ساخته|برنامه|هدف{SP}گذاری|جام|اربعین)"  # ("روادید اربعین ۱۳۹۷")  # ("جام ۲۰۱۳ لاهور")  # ("برنامه ۲۰۱۵ با اردوی ۲۰ ژانویه آغاز می‌شود")  # ("ساخت ۱۳۵۵", "تورنمنت ۲۰۱۸", "هدف‌گذاری ۱۳۹۶")
    rf"(?=(?:\u200cی)?[\s\u200c]+{_NEAR_YEAR}(?![0-9]))"
    # "تا دهه فجر ۹۶", "هفته دولت ۱۴۰۲": the year of an occasion of the Republic's (no earlier)
    rf"|(?P<fajr>دهه{SP1}(?:مبارک{SP1})?فجر|هفته{SP1}دولت|هفته{SP1}(?:ملی{SP1})?کتاب)"  # ("هفته کتاب ۱۳۸۶")
    # (a census by its year, two digits too: "سرشماری نفوس و مسکن ۱۳۹۰", "سرشماری ۹۵")
    rf"|(?P<two>سرشماری(?:{SP1}(?:عمومی{SP1}کشاورزی|عمومی{SP1}نفوس{SP1}و{SP1}مسکن|نفوس{SP1}و{SP1}مسکن|عمومی|آزمایشی|ثبتی|کشاورزی|نفوس))?|متولد|متولدین|متولدان|یلدای|یلدا|حجاج|حج(?:{SP1}(?:تمتع|عمره))?|(?:انتخابات|رقابت{SP}های{SP1}انتخاباتی)(?:{SP1}(?:ریاست{SP}جمهوری|مجلس|کنگره))?|فتنه|عملکرد"
    rf"|برداشت(?={SP1}[0-9]{{2}}(?![0-9]){SP}(?:[.،,؛!?؟]|$|(?:فقط|هم|تا|که|رو|را|دیگه){B1}))"  # (a harvest's year: "از برداشت ۸۸ فقط ۳۰ کیلو مونده")
    rf"|بودجه(?:{SP1}(?:ملی|عمومی|سالانه|کل{SP1}کشور|پیشنهادی|سال))?"  # "بودجه ملی ۱۴۰۰"
    rf"|(?:پژوهانه|گرنت)(?:{SP1}سال)?"  # a research grant's year: "پژوهانه ۹۸", "گرنت ۱۴۰۳"
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
    # (a championship in a sport: "مسابقات قهرمانی آسیا در فوتبال ساحلی ۲۰۲۳ از ۱۲ فروردین")
    rf"|(?:مسابقات|رقابت{SP}های)(?:{_FILLER_WORD}){{1,3}}{SP1}در(?:{_FILLER_WORD}){{1,2}}"
    # a cup by its name, one or two words, and its year: "جام تختی ۱۴۰۰ از ۲۷ تا ۲۹ دی"; a tour or a
    # season of races ("تور دو فرانس ۲۰۱۴ پیشتاز است", "فصل جاده ۲۰۲۲ آسیا")
    rf"|جام(?:{_FILLER_WORD}){{1,2}}|(?P<tour>تور(?:{_FILLER_WORD}){{1,3}}|فصل{SP1}جاده))"
    rf"[\s\u200c]+(?P<y>[0-9]{{4}})(?![0-9/.\-:٫]?[0-9])(?![\w])")
_COINS_PLURAL_BEFORE = re.compile(rf"سکه{SP}(?:ها|های){SP1}$")
_MARK_OUT_OF_AFTER = re.compile(rf"{SP1}از{SP1}[0-9]+(?!{SP}[0-9])(?!{SP1}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}){B1})")
# (a total, no first day of a run: "نمره آزمون ۸۵ از ۱۰۰ شد", not "آزمون سراسری ۹۰ از ۱۷ تا ۲۰ تیر")
_MARK_OF_TOTAL_AFTER = re.compile(rf"{_MARK_OUT_OF_AFTER.pattern}(?!{SP1}(?:تا|الی){B1})")
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
# "سال هزار و سیصد و هجده", "متولد پنجاه و هفت", and a season's year: "زمستان هزار و سیصد و
# هجده", "نوروز پنجاه و هفت" (the year alone is the mention, as after "متولد")
P_YEAR_WORDS = re.compile(
    rf"{B0}(?:سال(?:{SP1}مالی)?|(?P<born>متولد|نوروز|بهار|تابستان|پاییز|پائیز|زمستان)(?:{SP1}سال)?){SP1}(?P<yw>{YEAR_WORD})(?:{SP1}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?{B1}")
# "تا ۲۰۳۰، بازار ...", "در ۱۳۶۹، جایزه ...": a bare four-digit year after a preposition and
# before a comma or full stop. Before a word ("در ۱۹۷۲ است", "تا ۱۴۰۴ صفر می‌شود") only a year of
# the last century or this one that is not a count: no unit, era or "تا" after a number.
P_YEAR_BARE = re.compile(
    # (the space dropped before a Jalali year too: "کارخانه در۱۳۲۸ با ۹۰ دستگاه کار می‌کرد")
    # (and the year's end, spoken: "گفت آخر ۱۴۰۳ تمام پرونده‌ها رو می‌بنده")
    # (or a year likened or set against: "ساعت رسمی در ۱۳۸۶ هم مانند ۱۳۸۵ تغییر نمی‌کند", "برخلاف ۱۴۰۱، ...")
    rf"{B0}(?P<prep>در|تو|تا|از|پس{SP1}از|قبل{SP1}از|پیش{SP1}از|بعد{SP1}از|اواخر|اوایل|اواسط|آخر|پایان|برای|نسبت{SP1}به"
    rf"|مانند|همانند|همچون|برخلاف|بر{SP1}خلاف)(?:{SP1}|(?=1[34][0-9]{{2}}(?![0-9])))"
    # (an older Jalali year too, with what was done in it right after: "در ۱۲۸۹ منتشر شد")
    rf"(?P<y>(?:13|14)[0-9]{{2}}|12[5-9][0-9]|(?:1[5-9]|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9])(?:(?={SP}(?:[،,.؛;!?؟](?![0-9])|$|[\U0001F000-\U0001FAFF\u2600-\u27BF]))"
    rf"|(?P<word>(?={SP1}[^\W\d]))"  # also before an emoji or the end: "۵ دقیقه تا ۲۰۱۵ 🎉"
    # or glossed in another calendar: "در ۱۳۴۷ (۱۹۶۸ میلادی) به بهره‌برداری رسید"
    rf"|(?={SP}[(]{SP}[0-9]{{4}}(?:{SP1}(?:{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}))?{SP}[)]))")
# "از ۱۳۶۲ در همان بخش کار می‌کرد": a preposition after, so no count ("از ۱۴۰۰ غرفه")
# (also a place, where one has been since: "از ۱۳۹۲ اونجا بود"; or a thing named before, its object:
# "ایران از ۱۳۸۵ آن را اجرا نمی‌کند")
# (or a spoken progressive, what one has been doing since: "از ۱۹۹۸ داره با ۷ تا توپ ژانگولری می‌کنه")
_PREP_AFTER = re.compile(rf"{SP1}(?:در|به|تا|با|که|تاکنون|درباره|پیرامون|روی|(?:اون|آن|این|همون|همان){SP}جا|(?:آن|این|اون)(?:{SP1}[^\W\d]+)?{SP1}(?:را|رو)"
                         rf"|(?:داره|داریم|دارم|دارن){SP1}(?=[^\W\d])"
                         # (or left empty or shut since then: "ساختمانی که از ۱۳۷۵ خالی مانده بود")
                         rf"|(?:خالی|متروکه|متروک|تعطیل|بلااستفاده){SP1}(?:مانده|ماند|بوده|است|هست)"
                         # (or at work since then: "درمانگاهی که از 1348 فعال بود"; not "از ۱۴۰۰ فعال اقتصادی")
                         rf"|(?:فعال|دایر|برقرار){SP1}(?:بود|بوده|است|هست|بودند|هستند|شد|شده)"
                         # (or cut off since then: "صدای توپ ظهر که از ۱۳۵۷ قطع شده بود"; not "از ۳۰۰۰ قطعه")
                         rf"|(?:قطع|متوقف){SP1}(?:شده|شد|بود|بوده|است|مانده|ماند)"
                         # (or open or begun from then, told ahead: "پایگاه داده از 1397 برای عموم باز می‌شود")
                         rf"|(?:برای{SP1}{WORD}{SP1})?(?:باز|آغاز|شروع|اجرا|اجرایی|فعال){SP1}(?:می{SP}شود|می{SP}شوند|خواهد{SP1}شد|خواهند{SP1}شد|می{SP}شه)"
                         # (or begun again from then: "... از ۱۳۶۹ تا ۱۳۷۴ متوقف بود و از ۱۹۹۶ دوباره آغاز شد")
                         rf"|(?:دوباره|مجددا|مجدداً|باز{SP1}هم){SP1}(?:آغاز|شروع|از{SP1}سر{SP1}گرفته){SP1}(?:شد|شده|گردید)"
                         # (or in one's hands since then, spoken: "از ۱۳۵۸ دستشه")
                         rf"|دست(?:ش|م|ت|مون|تون|شون){SP}(?:ه|ست)"
                         # (or held each year since then: "جامی که از ۱۳۸۱ هرساله برگزار می‌شود"; not a count,
                         # "بیش از ۲۰۰۰ سالانه", which P_YEAR_BARE's "از" never takes)
                         rf"|(?:هر{SP}ساله|همه{SP}ساله|هر{SP1}سال|سالانه|سالیانه)(?:{SP1}{WORD}){{0,3}}?{SP1}(?:برگزار|تکرار|اجرا|منتشر|چاپ|برپا))(?:{B1}|(?<=\s))")
# a year opening an entry of a timeline, after a colon or a semicolon: "ایران و جنگ جهانی اول: 1914
# آغاز جنگ ...؛ 1919 امضای قرارداد ...", "(سال‌ها خورشیدی): ۱۲۸۵ گشایش مجلس"; or a field's value:
# "سال ساخت: ۱۳۴۱"
P_YEAR_ENTRY = re.compile(
    # (not a scale's ratio: "نقشه ۱:۲۰۰۰")
    rf"(?:(?<![0-9])(?<![0-9] )[:؛;]|{B0}سال{SP1}(?:ساخت|تولید|تاسیس|تأسیس|انتشار){SP}[:：]){SP}(?P<y>(?:12[5-9]|13[0-9]|140)[0-9]|(?:18|19|20)[0-9]{{2}})(?![0-9/.\-:٫])"
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
_YEAR_PART_BEFORE = re.compile(rf"{B0}(?:تحویل|آخر|پایان|اول|ابتدای|اوایل|اواخر|نیمه|وسط){SP1}$")
# "تا پایان سال ۲۵ پرونده دیگر": two digits, a bare noun, then "more" (13 of 13 such after "سال" in the
# written sets count things; not an object mark, "سال ۸۵ رو دیگه", nor "بار دیگر", once more, nor a
# verb, "عروسی ما سال۹۸ نیست دیگه")
_MORE_COUNTED_AFTER = re.compile(rf"{SP1}(?!(?:را|رو|هم|نیز|بار|نیست|هست|است|بود|نبود|شد|نشد|داره|نداره){B1})[^\W\d]+{SP1}(?:دیگر|دیگه){B1}")
# (or a thing ordered or bought for the year too: "برای ۲۰۲۴ هم حلقه‌ی خارجی سفارش دادم")
_ALSO_WANTED_AFTER = re.compile(rf"(?:{SP1}هم{SP1}(?:(?:[0-9]+|{_alt(NUMBER_WORDS[:12])}){SP1}تا{B1}"
                                rf"|(?:[^\s\d.،,؛:!?؟]+{SP1}){{1,3}}?(?:سفارش{SP1}(?:دادم|دادیم|دادن)|خریدم|خریدیم|گرفتم|گرفتیم){B1})"
                                # (or so many things, counted in words, for it: "برای ۲۰۲۲ ده طرح جدید داریم")
                                rf"|{SP1}(?:{_alt(NUMBER_WORDS[:12])}){SP1}(?!تا{B1})[^\W\d]+)")
_BARE_YEAR_BEFORE_WORD = re.compile(r"13[0-9]{2}|140[0-9]|19[0-9]{2}|20[0-3][0-9]")
# ... in a record of studies, not a table of places ("ظرفیت کارشناسی ۱۴۰۰، ارشد ۲۰۰۰")
_CV_WORD = re.compile(r"سوابق|رزومه|تحصیلات|مدرک|فارغ|دانش[\s\u200c]?آموخته")
_OLDER_YEAR = re.compile(r"12[5-9][0-9]|1[5-8][0-9]{2}")  # (also "در ۱۷۲۸ منتشر شد")
_DONE_RIGHT_AFTER = re.compile(
    rf"{SP1}(?:[^\W\d][^\W\d\u200c]*{SP1}|برنامه{SP}ریزی{SP1})?(?:شد|شدند|شده|بود|بوده|بودند|گردید|کرد|کردند|درگذشت|رسید|بازگشت)(?![\w\u200c])")  # (also "در ۱۸۷۰ ساخته شده بود", "در ۱۸۹۸ بازگشت"; "برای ۲۰۲۰ برنامه‌ریزی شده بود")
# (before 1800 the verb of an event only, with its word: "در ۱۷۲۸ منتشر شد", not "قیمت در ۱۷۰۰ بود")
_OLD_EVENT_RIGHT_AFTER = re.compile(rf"{SP1}(?:[^\W\d][^\W\d\u200c]*{SP1}(?:شد|شدند|گردید|کرد|کردند)|درگذشت|بازگشت)(?![\w\u200c])")
_IN_RIGHT_AFTER = re.compile(rf"{SP1}در{B1}")
_NUMBER_TO_BEFORE = re.compile(rf"[0-9]{SP1}$")
_OWNED_NOUN_AFTER = re.compile(rf"{SP1}[^\W\d]+(?:{SP1}(?:شما|ما)|{SP}?(?:تون|مون|تان|مان)){B1}")
P_YEAR_COIN = re.compile(rf"{B0}سکه(?:{SP}ی)?(?:{SP1}(?:طلای|نقره{SP}ی|طلا|نقره|یادبود|[0-9]+{SP1}(?:دیناری|ریالی|تومانی|قرانی|شاهی)))?"
                         rf"{SP1}(?P<y>12[5-9][0-9]|13[0-9]{{2}}|140[0-9]|253[5-7])(?![0-9/.\-:٫]?[0-9])(?!{SP1}(?:تومانی|ریالی|دیناری|قرانی|تومان|ریال))")
_DIARY_YEAR = r"(?:13[5-9][0-9]|140[0-9]|19[5-9][0-9]|20[0-3][0-9]|[5-9][0-9]|0[0-9])(?![0-9/.\-:٫]?[0-9])"
_DIARY_WORD = r"(?:تقویم|سررسید|سالنامه)"
P_YEAR_FOR_DIARY = re.compile(rf"{B0}(?:برای|واسه){SP1}(?P<y>{_DIARY_YEAR}){SP1}{_DIARY_WORD}"
                              rf"|{B0}{_DIARY_WORD}(?:{SP}(?:های|ها)|ای|ا)?{SP1}(?:برای|واسه){SP1}(?P<y2>{_DIARY_YEAR})(?![\w])")
P_YEAR_MOVED_TO = re.compile(rf"{B0}به{SP1}(?P<y>(?:13|14)[0-9]{{2}}|(?:19|20)[0-9]{{2}})(?![0-9/.\-:]?[0-9])"
                             rf"{SP1}(?:منتقل|موکول|تعویق|افتاد|افتاده|برگرداند|برگرداندند|بازگرداند|بازگرداندند|برگشت){B1}")  # (not "به ۱۴۰۰ رسید", a count)
# (or turned back to: "تاریخ رسمی را از ۲۵۳۷ به ۱۳۵۷ برگرداند")
# a place, a cause or a means right after an older year told with "در": "در ۱۸۹۹ به علت کمبود چغندر
# تعطیل شد", "در ۱۸۸۰ با ..." (no count is followed by a preposition)
# "تا ۱۹۲۴ شعبه‌هایی ... گشود": a plural noun, "some", after the number; a count takes the singular
# the year a record gives for a life or a building, its object marked: "سال تولد رو ۱۳۱۲ نوشتیم و سال وفات رو ۱۳۸۷"
P_YEAR_OF_FIELD = re.compile(rf"{B0}سال{SP1}(?:تولد|وفات|فوت|ساخت|تاسیس|تأسیس)(?:{SP}(?:ش|شون))?{SP1}(?:رو|را){SP1}"
                             rf"(?P<y>1[2-4][0-9]{{2}}|1[89][0-9]{{2}}|20[0-3][0-9])(?![0-9/.\-:٫]?[0-9])")
# ... or right after "که" of a thing, its past verb right after: "مبل‌هایی که ۱۳۶۵ خریده بودن" (when it was done)
P_YEAR_AFTER_KE = re.compile(rf"(?<=که\s)(?P<y>13[0-9][0-9]|140[0-9]|19[0-9]{{2}}|20[0-3][0-9])(?![0-9/.\-:٫]?[0-9])"
                             rf"(?={SP1}[^\W\d]+(?:ه{SP1}(?:بود|بودن|بودند|بودیم|بودم|بودی)|دم|دیم|دین|دید|دن|دند|تم|تیم|تین|تید|تن|تند)(?![\w\u200c])"
                             # (or a spoken perfect closing the clause of a thing made the object: "طلاهایی که ۱۴۰۱
                             # گرو گذاشته رو ...")
                             rf"|(?:{SP1}[^\W\d]+)?{SP1}[^\W\d]+(?:ته|ده)(?:م|ی|یم|ین|ید|ن)?{SP1}(?:رو|را){B1})")
P_YEAR_AFTER_OBJECT = re.compile(rf"{B0}(?:رو|را){SP1}(?P<y>13[5-9][0-9]|140[0-9]|19[5-9][0-9]|20[0-2][0-9])(?![0-9/.\-:٫]?[0-9])(?={SP1}[^\W\d])")
_PLURAL_INDEFINITE_AFTER = re.compile(rf"{SP1}[^\W\d]+{SP}(?:هایی|هائی|هایى){B1}")
_PLACE_OR_CAUSE_AFTER = re.compile(rf"{SP1}(?:در|به|با){B1}")
_FIRST_RIGHT_AFTER = re.compile(rf"{SP}[،,]?{SP1}(?:نخستین|اولین|برای{SP1}(?:نخستین|اولین){SP1}بار){B1}")
_YEAR_LISTED_AFTER = re.compile(rf"(?:{SP}[،,]{SP}|{SP1}و{SP1})(?P<y>(?:13|14|19|20)[0-9]{{2}})(?![0-9/.\-:٫])")
# (not a day of a month, a deadline after the year: "پروانه‌های صادرشده در ۱۳۹۴ تا ۱۵ فروردین ۱۳۹۵ قابل تمدید است")
_TO_FIGURE_AFTER = re.compile(rf"{SP1}به{SP1}[0-9]{{3,}}(?![0-9/.\-:٫])")
_RATING_BEFORE = re.compile(rf"{B0}(?:امتیاز|ریتینگ|رنکینگ|رتبه|ایلو|درجه{SP1}بندی)(?:{SP1}{WORD}){{0,4}}{SP1}$")
_HELD_SINCE_AFTER = re.compile(rf"{SP1}(?:زیر{SP1}نظر|در{SP1}اختیار|در{SP1}مالکیت|تحت{SP1}(?:مدیریت|کنترل|نظارت)){B1}")
# (or built, one after another, from a year on: "پل‌های کوهستانی از ۱۳۱۵ ساخته شدند")
_RUN_SINCE_AFTER = re.compile(rf"{SP1}(?:منتشر|چاپ|برگزار|دایر|فعال|پخش|اجرا|ساخته|احداث){SP1}"
                              rf"(?:می{SP}?شد|می{SP}?شدند|می{SP}?شود|می{SP}?شه|شده|بود|است|هست|می{SP}?گردد|شد|شدند){B1}")
_BECAME_SO_AFTER = re.compile(rf"{SP1}(?:اجباری|الزامی|رایگان|ممنوع|آزاد|رسمی|قانونی|همگانی){SP1}(?:شد|شده|گردید|گشت){B1}")
_FORECAST_BEFORE = re.compile(rf"{B0}(?:پیش{SP}بینی|برآورد|چشم{SP}انداز)(?:{SP}(?:ها|های))?{SP1}$")
_SUPERLATIVE_SINCE_BEFORE = re.compile(rf"(?<=[^\W\d_])\u200c?ترین(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}$")
# (not up to a small measure: "در ۱۳۹۷ تا ۸ درجه زیر صفر رسید", no count runs down from a year's number)
_TO_NUMBER_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}(?![0-9]{{1,2}}(?![0-9])(?:[.٫][0-9]+)?{UNIT_AFTER.pattern})"
                              rf"[0-9](?![0-9]?{SP1}(?:{JMONTH}|{GMONTH_ANY}){B1}{SP}[0-9]{{4}})")
_TO_AMOUNT_AFTER = re.compile(rf"{SP1}به{SP1}[0-9]+(?:[.٫][0-9]+)?(?={UNIT_AFTER.pattern})")
_ERA_AFTER = re.compile(rf"{SP}(?:{ERA_JALALI}|{ERA_GREGORIAN}|{ERA_HIJRI}){B1}")
# "در سال جاری میلادی ( 2016 )": a year glossing a date word in brackets (the bracket is searched
# first, the word before it after: an alternation of every month name at each position is slow)
_NOWRUZ_RIGHT_BEFORE = re.compile(rf"{B0}(?:نوروز|نوروزی){SP1}$")
_NOWRUZI_RIGHT_BEFORE = re.compile(rf"{B0}نوروزی{SP1}$")  # (the adjective: "مسابقات نوروزی ۱۲ تا کاپ")
P_YEAR_EQUAL = re.compile(rf"{B0}(?:برابر|مطابق|معادل)(?:{SP1}با)?{SP1}(?P<y>1[0-9]{{3}}|20[0-9]{{2}})(?![0-9/.\-:]?[0-9])(?={SP}(?:[،,.؛;)]|$))")
_OTHER_ERA_BEFORE = re.compile(rf"{B0}(?:قمری|هجری{SP1}قمری|هجری{SP1}شمسی|شمسی|خورشیدی){SP}[،,]?{SP}$")
# an event's year right before its own Gregorian days, which tell no year: "کمیک‌کان سن‌دیگو 2011 از 21
# تا 24 ژوئیه برگزار می‌شود" (not a count: "تعداد|مبلغ|رقم 2011 ...")
P_YEAR_BEFORE_GDAYS = re.compile(rf"(?<![\w\u200c/.:,\-])(?<!تعداد )(?<!مبلغ )(?<!رقم )(?P<y>(?:19|20)[0-9]{{2}})(?![0-9/.\-:٫])"
                                 rf"{SP1}(?:از{SP1})?[0-9]{{1,2}}(?:{SP1}(?:تا|و){SP1}[0-9]{{1,2}})?{SP1}{GMONTH_ANY}{B1}(?!{SP}[0-9])")
# (or after a comma and "یعنی", set off by another: "سال دیگه، یعنی ۱۳۹۵، قرارداد رو تمدید می‌کنیم")
P_YEAR_GLOSS = re.compile(rf"(?:(?P<br>[(]){SP}|[،,]{SP}یعنی{SP1})(?P<y>(?:13|14)[0-9]{{2}}|(?:19|20)[0-9]{{2}})"
                          rf"(?(br){SP}[)]|(?![0-9/.\-:٫])(?={SP}[،,؛]))")
_GLOSSED_WORD_BEFORE = re.compile(
    rf"(?:سال|میلادی|شمسی|خورشیدی|جاری|گذشته|آینده|امسال|پارسال|{JMONTH}|{GMONTH_ANY}|{B0}سال{SP1}[0-9]{{4}}|{B0}دوره"
    rf"|{B0}سال{SP1}(?:دیگه|دیگر|بعد)){SP}$")
# "جنگ دوم لبنان ( 2006 )", "تهاجم نظامی آمریکا به عراق ( 2003 )": the year of an event named
# before the bracket
_EVENT_GLOSSED_BEFORE = re.compile(
    rf"{B0}(?:جنگ|انقلاب|کودتای|کودتا|زلزله|انتخابات|قرارداد|توافق|توافقنامه|بحران|قطعنامه|اعلامیه|معاهده|پیمان"
    rf"|تهاجم|اشغال|سقوط|فروپاشی)(?:{SP1}[^\s()0-9،,.]+){{0,5}}{SP}$")
_COUNTED_PLACES_AFTER = re.compile(rf"{SP1}(?:حوزه(?!{SP1}انتخابیه)|مدرسه|پایگاه|ایستگاه|باشگاه|بیمارستان|مسجد|نقطه)(?:{SP}ی)?{B1}")  # (6 of 6 such in the written sets are counts; not a constituency, "در 1400 حوزه انتخابیه گچساران")
_PLURAL_OF_BEFORE = re.compile(rf"[^\W\d]{SP}های{SP1}$")
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
# (the digits named too: "کد پیگیری هر شکایت با رقم‌های ۱۴۰۲ آغاز می‌شود")
_CODE_STARTS_WITH_BEFORE = re.compile(rf"{B0}(?:کد|کُد|شماره|سریال|پلاک)(?:{SP1}[^\s\d.،,؛:]+){{0,3}}{SP1}با"
                                      rf"(?:{SP1}(?:رقم|رقم{SP}های|ارقام|عدد|عدد{SP}های|اعداد))?{SP1}$")
# "کد بازیابی آنها از ۱۳۰۷ آغاز می‌شود": the number codes start from, told in the present
_CODES_FROM_BEFORE = re.compile(rf"{B0}(?:کد|کُد|سریال)(?:{SP}(?:ها|های))?(?:{SP1}[^\s\d.،,؛:]+){{0,3}}{SP1}از{SP1}$")
_STARTS_NOW_AFTER = re.compile(rf"{SP1}(?:آغاز|شروع){SP1}(?:می{SP}شود|می{SP}شوند|می{SP}شه|میشه){B1}")
_VISITS_COUNTED_AFTER = re.compile(rf"{SP1}(?:بازدید|بازدیدکننده|بیننده|کاربر)(?:{SP}(?:ها|های))?(?={SP1}(?:در|داشت|داشته|داشتیم|ثبت|رسید)(?![\w\u200c]))")
_DOOR_CODE_BEFORE = re.compile(rf"{B0}(?:رمز|کد|کُد|پسورد){SP1}$")
_CODES_LIKE_BEFORE = re.compile(rf"{B0}(?:کد|کُد|شماره|سریال|پلاک)(?:{SP}?(?:ها|های))?(?:{SP1}[^\s\d.،,؛:]+){{0,2}}{SP1}$")
P_YEAR_ENDS = re.compile(
    rf"(?<![\w\u200c/.:,\-])(?P<y>(?:1[34]|19|20)[0-9]{{2}})(?![0-9]){SP1}(?:(?:رو|را){SP1})?"
    rf"(?:(?:تموم|تمام){SP1}(?:شد|شده|میشه|می{SP}شه|می{SP}شود)|(?:شروع|آغاز){SP1}(?:شد|شده|کنیم|کردیم|میشه|می{SP}شه|می{SP}شود)"
    rf"|هم{SP1}(?:اومد|آمد|رسید|از{SP1}راه{SP1}رسید)|(?:(?:تون|تان|ت|شون){SP1})?(?:مبارک|مبارکباد)){B1}")  # "۲۰۲۰ هم اومد", "۲۰۱۷ مبارک!", "۲۰۲۲ تون مبارک"
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
# a year one says is the right one, another year told before it in the sentence ("تاریخ تولدش ۱۲۹۵
# ثبت شده ولی عمه می‌گه ۱۲۹۳ درسته")
P_YEAR_CORRECTED = re.compile(rf"{B0}(?:می{SP}گه|می{SP}گن|می{SP}گوید|می{SP}گویند|گفت|گفتند|گفته){SP1}"
                              rf"(?P<y>(?:1[23]|19|20)[0-9]{{2}})(?![0-9])"
                              rf"(?={SP1}(?:درسته|درست{SP1}(?:است|هست|بود)|صحیحه|صحیح{SP1}(?:است|هست)){B1})")
# the year things were made, right before it: "این برس سیمی‌ها ۲۰۲۳ تولید شدن" (a count has its noun between)
# a record from a year: a map, a deed, a photograph ("نقشه‌ای از ۱۶۵۲", "عکسی از ۱۳۵۷", "سندی به تاریخ ۱۸۹۰")
P_YEAR_OF_RECORD = re.compile(rf"{B0}(?:نقشه|سند|عکس|تصویر|سفرنامه|نامه|کتیبه|سکه|تمبر|گراور|نسخه{SP1}خطی)(?:{SP}(?:ای|ی|های|هایی))?"
                              rf"{SP1}(?:از|به{SP1}تاریخ|مورخ){SP1}(?P<y>(?:1[2-9]|20)[0-9]{{2}})(?![0-9/.\-:٫])")
P_YEAR_MADE = re.compile(rf"(?<![\w\u200c/.:,\-])(?<!دهه\s)(?<!دهه\u200cی\s)(?P<y>(?:13[5-9]|140|19[5-9]|20[0-3])[0-9])(?![0-9])"
                         rf"{SP1}(?:تولید|ساخته){SP1}(?:شدن|شده|شد|شدند)(?![\w\u200c])")
# (also a sport's or a craft's birth, where it was: "کورفبال اما ۱۹۰۲ در هلند پدید آمد")
_ORIGIN = rf"(?:پدید{SP1}(?:آمد|آمده{SP1}است)|ابداع{SP1}شد|اختراع{SP1}شد|شکل{SP1}گرفت)(?![\w\u200c])"
# (also with where it happened between: "او ۱۹۴۱ در شیراز متولد شده بود")
_SYSTEM_NUMBER_BEFORE = re.compile(rf"{B0}(?:سامانه|سامانه{SP}ی|تلفن|شماره|کد|پیامک){SP1}$")
P_YEAR_LIFE = re.compile(rf"(?<![\w\u200c/.:,\-])(?<!دهه\s)(?<!دهه\u200cی\s)(?P<y>(?:1[34]|19|20)[0-9]{{2}}"
                         rf"|18[0-9]{{2}}(?=(?:{SP1}در(?:{SP1}[^\W\d]+){{1,2}}?)?{SP1}{_ORIGIN}))(?![0-9])"  # (an older birth of a sport)
                         rf"(?:{SP1}در(?:{SP1}[^\W\d]+){{1,2}}?)?{SP1}(?:{_LIFE_EVENT}|{_ORIGIN})(?!ند{B1})")
# a year between the commas of a reference ("حسن بن علی، ۱۳۶۸، گنجینه سخن، مشهد"),
# in a sentence that reads like a bibliography
P_YEAR_CITED = re.compile(rf"[،,(]{SP}(?P<y>(?:1[234]|19|20)[0-9]{{2}})(?P<q>{SP}ق)?{SP}[،,)]")
_BIBLIOGRAPHY = re.compile(
    rf"انتشارات|نشر|مؤسسه|موسسه|چاپ|صص|{B0}ص{SP}[.0-9]|{B0}ج{SP}[0-9]|دار{SP}ال|مکتبه|مطبعه|گردآورنده|مترجم"
    rf"|[،,]{SP}(?:قم|بیروت|نجف|تهران|مشهد|قاهره){SP}[،,:]")
# Four-digit numbers of a sentence, for _year_run_cands
_FOUR_DIGITS = re.compile(r"(?<![0-9/.\-:٫])[0-9]{4}(?![0-9]|[/.\-:٫][0-9])")
_YEAR_RUN_MIN = 4


_HIJRI_ERA_YEAR = re.compile(rf"(?<![0-9])(?P<y>1[0-4][0-9]{{2}}){SP1}(?:{ERA_HIJRI})(?![\w])")
_ERA_YEAR = re.compile(rf"(?<![0-9])(?P<y>1[2-9][0-9]{{2}}|20[0-9]{{2}}){SP1}(?P<era>{ERA_JALALI}|{ERA_GREGORIAN})(?![\w])")


def _near_era_year_before(f: str, start: int, y: int) -> bool:
    """A year with its era written earlier in the sentence, within thirty years of ``y``."""
    return any(abs(int(e.group("y")) - y) <= 30 for e in _ERA_YEAR.finditer(f, sentence_start(f, start), start))


_OLDER_YEAR_TOLD = re.compile(rf"{B0}(?:در|از|سال){SP1}(?P<y>12[5-9][0-9]|1[5-8][0-9]{{2}})(?![0-9])")


_YEAR_WORD_TOLD = re.compile(rf"{B0}سال{SP1}(?P<y>(?:13|14)[0-9]{{2}})(?![0-9])")


def _year_before_told(f: str, start: int, y: int) -> bool:
    """The year before ``y`` told with "سال" earlier in the sentence ("سال ۱۴۰۰ داره تموم میشه، برای ۱۴۰۱ ...")."""
    return any(int(e.group("y")) == y - 1 for e in _YEAR_WORD_TOLD.finditer(f, sentence_start(f, start), start))


def _older_year_before(f: str, start: int, y: int) -> bool:
    """An older year told with "در", "از" or "سال" earlier in the sentence, up to sixty years before ``y``."""
    return any(0 < y - int(e.group("y")) <= 60 for e in _OLDER_YEAR_TOLD.finditer(f, sentence_start(f, start), start))


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


def _counted_after(f: str, pos: int) -> bool:
    """Four digits ending at ``pos`` count something: a unit, money, a big number or "تا" follows."""
    return bool(UNIT_AFTER.match(f, pos) or _MONEY_AFTER.match(f, pos) or _BIG_NUMBER_AFTER.match(f, pos)
                or _COUNT_TA_AFTER.match(f, pos))


# "برنامه صعود ۱۴۰۱ از ۱۵ فروردین آغاز می‌شود": a plan of a year's, a word or two naming it, when it starts or
# is told right after (not "برنامه ساخت ۲۰۰۰ واحد", a count)
P_YEAR_PLAN_OF = re.compile(rf"{B0}برنامه(?:{SP}ی)?(?:{_FILLER_WORD}){{1,2}}[\s\u200c]+(?P<y>1[34][0-9]{{2}}|19[5-9][0-9]|20[0-3][0-9])(?![0-9/.\-:٫])")
P_YEAR_FIRST_OF = re.compile(rf"{B0}(?:نخستین|اولین|آخرین|واپسین){SP1}(?:[^\W\d]+{SP}(?:ی|های)?{SP1}){{1,2}}(?P<y>1[34][0-9]{{2}}|19[5-9][0-9]|20[0-3][0-9])(?![0-9/.\-:٫])")


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
    for pattern in (P_YEAR_BARE, P_YEAR_SINCE, P_YEAR_GLOSS, P_YEAR_ENDS, P_YEAR_NAMED, P_YEAR_LIFE, P_YEAR_COUNTDOWN,
                    P_YEAR_CORRECTED, P_YEAR_MADE):
        for m in pattern.finditer(f):
            if pattern is P_YEAR_CORRECTED and not any(
                    abs(int(e.group(0)) - int(m.group("y"))) <= 30 for e in _FOUR_DIGITS.finditer(f, sentence_start(f, m.start()), m.start())):
                continue  # the other year, the one corrected, is what makes this number a year
            if pattern is P_YEAR_LIFE and _SYSTEM_NUMBER_BEFORE.search(f, max(0, m.start() - 10), m.start()):
                continue  # "فهرست آن‌ها در سامانه ۱۴۹۰ آمده است": a service's number, what is listed there
            if pattern is P_YEAR_ENDS and (_CODE_STARTS_WITH_BEFORE.search(f, max(0, m.start() - 40), m.start())
                                           or _CODE_NOUN_BEFORE.search(f, max(0, m.start() - 24), m.start())
                                           or _CODES_FROM_BEFORE.search(f, max(0, m.start() - 40), m.start())):
                # "مشترکانی که کد اشتراکشان با ۱۳۹۷ آغاز می‌شود": the digits a code starts with; "قفل‌های سری ۲۰۰۰
                # تموم شده": a series or a model sold out; "کد بازیابی آنها از ۱۳۰۷ آغاز می‌شود": the number codes
                # start from
                continue
            if pattern is P_YEAR_BARE and m.group("prep") == "از" and _STARTS_NOW_AFTER.match(f, m.end("y")) \
                    and _CODES_FROM_BEFORE.search(f, max(0, m.start("y") - 40), m.start("y")):
                continue  # "کد بازیابی آنها از ۱۳۰۷ آغاز می‌شود": the number codes start from
            if pattern is P_YEAR_BARE and m.group("prep") == "از" and _TO_FIGURE_AFTER.match(f, m.end("y")) \
                    and _RATING_BEFORE.search(f, max(0, m.start() - 40), m.start()):
                continue  # "امتیاز ریتینگ این بازیکن از ۱۹۵۰ به ۲۱۰۰ رسید": a rating risen from one figure to another
            if pattern is P_YEAR_BARE and m.group("word") is None and m.group("y").startswith("12") \
                    and not f[m.end("y"):m.end("y") + 3].lstrip(" \u200c").startswith("("):
                continue  # an older Jalali year only with what was done in it, or glossed ("تا ۱۲۹۰." may count)
            if pattern is P_YEAR_BARE and m.group("word") is not None and (
                    m.group("prep") == "از" and not _PREP_AFTER.match(f, m.end("y"))
                    # (but from a year on, what became so: "ثبت ولادت در ایران از ۱۳۰۴ اجباری شد")
                    and not _BECAME_SO_AFTER.match(f, m.end("y"))
                    # (or whose hands a thing has been in since: "این معدن از ۱۹۵۱ زیر نظر دولت است")
                    and not _HELD_SINCE_AFTER.match(f, m.end("y"))
                    # (or what has come out or run since: "هفته‌نامه‌ای که از ۱۳۸۵ منتشر می‌شد")
                    and not _RUN_SINCE_AFTER.match(f, m.end("y"))
                    # (but "the worst since": "بدترین هجوم از ١٩٨٨ می‌داند")
                    and not (int(m.group("y")) >= 1900 and _SUPERLATIVE_SINCE_BEFORE.search(f, max(0, m.start() - 40), m.start()))
                    # (but "در ۱۶۳۵ میلادی ... بنیان شد و از ۱۶۴۰ درهایش ... باز بود": a later year of an era told before)
                    and not _near_era_year_before(f, m.start(), int(m.group("y")))
                    or not (_BARE_YEAR_BEFORE_WORD.fullmatch(m.group("y"))
                            # an older year with what was done in it right after: "در ۱۸۶۲ منتشر شد"
                            or _OLDER_YEAR.fullmatch(m.group("y")) and (_DONE_RIGHT_AFTER.match(f, m.end("y"))
                                                                        or m.group("prep") == "از" and _near_era_year_before(f, m.start(), int(m.group("y")))
                                                                        # ("در ۱۸۶۵ ... آغاز به کار کرد و تا ۱۸۹۰ شمار آنها ... رسید": the year
                                                                        # a count reached by, a few decades after one told before)
                                                                        or m.group("prep") == "تا" and _older_year_before(f, m.start(), int(m.group("y")))
                                                                        and bool(PAST_ONLY.search(f, m.end("y"), sentence_end(f, m.end("y"))))
                                                                        # ("در ۱۸۲۳ نخستین گزارش رسمی وبا ... ثبت شد")
                                                                        or m.group("prep") == "در" and (_FIRST_RIGHT_AFTER.match(f, m.end("y"))
                                                                                                       # ("در ۱۸۹۵ در کهریزک ساخته شد")
                                                                                                       or _PLACE_OR_CAUSE_AFTER.match(f, m.end("y"))
                                                                                                       # ("در سال ۱۲۸۰ خورشیدی ... و در ۱۲۹۰ بیشتر ...": a later year of an era told before)
                                                                                                       or _near_era_year_before(f, m.start(), int(m.group("y")))
                                                                                                       # ("مدرسه ... در 1850 و مدرسه ... در 1846 کار خود را آغاز کردند": what was done in it, told on)
                                                                                                       # (a round hundred is as often a count: "... نفر در ۱۸۰۰ خانه بهداشت غربالگری شدند")
                                                                                                       or int(m.group("y")) >= 1800 and int(m.group("y")) % 100 != 0
                                                                                                       and bool(PAST_ONLY.search(f, m.end("y"), sentence_end(f, m.end("y")))))))
                    or UNIT_AFTER.match(f, m.end("y")) and not _PLURAL_INDEFINITE_AFTER.match(f, m.end("y"))
                    or _ERA_AFTER.match(f, m.end("y"))
                    or m.group("prep") == "تا" and _NUMBER_TO_BEFORE.search(f, max(0, m.start() - 12), m.start())
                    # ("بلیت ورودی از ۲۰۰۰ به ۳۵۰۰ تومان رسیده": from one amount to another, the unit told once)
                    or m.group("prep") == "از" and _TO_AMOUNT_AFTER.match(f, m.end("y"))
                    or _TO_NUMBER_AFTER.match(f, m.end("y")) or _COUNT_TA_AFTER.match(f, m.end("y"))
                    # ("در ۱۴۰۰ حوزه امتحانی ... برگزار می‌شود", "در ۱۴۰۰ مدرسه استان ... اجرا می‌شود": so many places
                    # something is held in; not "در ۱۳۹۰ مدرسه ساخته شد", the year a school was built)
                    or m.group("prep") == "در" and _COUNTED_PLACES_AFTER.match(f, m.end("y"))
                    and not PAST_ONLY.search(f, m.end("y"), _clause_end(f, m.end("y")))):
                # "از ۱۴۰۰ غرفه", "در ۲۰۰۰ نسخه", "۱۰۰۰ تا ۲۰۰۰ کودک", "در ۲۰۰۰ تا ۳۰۰۰ خانه": counts
                # (and "تو ۱۴۰۰ تا نظر سایت": "تا" counting)
                # (a run of years is P_YEARRANGE's)
                continue
            if pattern is P_YEAR_BARE and m.group("prep") == "تا" and _COUNTED_TO_BEFORE.search(f, max(0, m.start() - 30), m.start()):
                continue  # "صفحات ۱۳۱۲ تا ۱۳۲۵،": the end of a run of pages, no year
            if pattern is P_YEAR_BARE and m.group("prep") == "برای" and (m.group("word") is not None or int(m.group("y")) < 1900) \
                    and not _ALSO_WANTED_AFTER.match(f, m.end("y")) \
                    and not (int(m.group("y")) >= 1900 and _DONE_RIGHT_AFTER.match(f, m.end("y"))) \
                    and not _GROWTH_FOR_AFTER.match(f, m.end("y")) and not _WHAT_IS_AFTER.match(f, m.end("y")) \
                    and not _year_before_told(f, m.start(), int(m.group("y"))) \
                    and not (m.group("word") is not None and int(m.group("y")) >= 1900
                             and _FORECAST_BEFORE.search(f, max(0, m.start() - 16), m.start())):
                # (but "تقویم فدراسیون برای ۲۰۲۵ منتشر شد": the year a thing is for, the verb right after it; nor a
                # forecast for it: "پیش‌بینی برای ۲۰۱۸ حدود ۶۵ دلار است")
                # "برای ۲۰۲۵!" is a year; "برای ۲۰۰۰ نفر", "برای ۱۴۰۰ دانش‌آموز" count (but "برای ۱۴۰۳ هم
                # ۳۰۰ تا می‌خوایم": the year one orders for too; nor the year after one told: "سال ۱۴۰۰ داره تموم میشه،
                # برای ۱۴۰۱ هدفمون ۴۰ تاست")
                continue
            if _NUMBER_NOUN_BEFORE.search(f, max(0, m.start("y") - 12), m.start("y")):
                continue  # "درب ضدسرقت کد ۱۳۸۷ تموم شده": a model's number, sold out
            if pattern is P_YEAR_BARE and m.group("prep") in ("مانند", "همانند", "همچون") \
                    and _CODES_LIKE_BEFORE.search(f, max(0, m.start() - 30), m.start()):
                continue  # "اسب‌ها با کدهای چهاررقمی مانند ۱۳۴۷ و ۱۴۰۲ شناخته می‌شوند": codes given as examples
            if pattern is P_YEAR_BARE and m.group("prep") == "در" and _DOOR_CODE_BEFORE.search(f, max(0, m.start() - 12), m.start()):
                continue  # "رمز در ۱۳۹۸ نیست، ۲۴۶۸ هست": the door's code, "در" a door
            if pattern is P_YEAR_GLOSS and not (_GLOSSED_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start())
                                                or _EVENT_GLOSSED_BEFORE.search(f, max(0, m.start() - 60), m.start())):
                continue
            y = int(m.group("y"))
            cal = _era_calendar(None, y)
            # (a Gregorian year before 1800 only with what was done in it right after: "در ۱۷۲۸ منتشر شد")
            older = pattern is P_YEAR_BARE and 1500 <= y < 1800 and bool(
                _OLD_EVENT_RIGHT_AFTER.match(f, m.end("y"))
                # (or where, then what was done: "در ۱۷۴۹ در انگلستان کار را آغاز کرد")
                or m.group("prep") == "در" and _IN_RIGHT_AFTER.match(f, m.end("y"))
                and PAST_ONLY.search(f, m.end("y"), sentence_end(f, m.end("y")))
                or _near_era_year_before(f, m.start(), y))
            if _year_ok(y, cal) or older:
                out.append(Cand(m.start("y"), m.end("y"), "year", "gregorian" if older else cal, y=y))
                # "پس از ۱۹۵۴، ۱۹۷۴ و ۱۹۹۰ قهرمان جهان شد": the years listed after it, of its century
                end = m.end("y")
                while (nxt := _YEAR_LISTED_AFTER.match(f, end)) and not UNIT_AFTER.match(f, nxt.end("y")):
                    y2 = int(nxt.group("y"))
                    if y2 // 100 != y // 100 or not _year_ok(y2, cal):
                        break
                    out.append(Cand(nxt.start("y"), nxt.end("y"), "year", cal, y=y2))
                    end = nxt.end("y")
    for m in P_YEAR_OF_RECORD.finditer(f):
        # "در نقشه‌ای از ۱۶۵۲ نیز دیده می‌شود": a record of a year, older Gregorian ones too
        y = int(m.group("y"))
        if _counted_after(f, m.end("y")):
            continue
        cal = "gregorian" if 1500 <= y < 1800 else _era_calendar(None, y)
        if cal == "gregorian" and y < 1800 or _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_BEFORE_GDAYS.finditer(f):
        if _CODE_NOUN_BEFORE.search(f, max(0, m.start() - 24), m.start()):
            continue  # "خودروهای مدل ۲۰۰۸ از ۱۵ ژانویه وارد بازار می‌شوند": a model, not the days' year
        y = int(m.group("y"))
        if _year_ok(y, "gregorian"):
            out.append(Cand(m.start("y"), m.end("y"), "year", "gregorian", y=y))
    for m in P_YEAR_EQUAL.finditer(f) if "برابر" in f or "مطابق" in f or "معادل" in f else ():
        # "در ۱۰ ذی‌الحجه ۱۰۱۲ قمری، برابر با ۱۶۰۴، ساخته شده": a lunar or solar date glossed by its
        # Gregorian year, however old
        if _OTHER_ERA_BEFORE.search(f, max(0, m.start() - 12), m.start()):
            out.append(Cand(m.start("y"), m.end("y"), "year", "gregorian", y=int(m.group("y"))))
    for m in P_YEAR_HOST.finditer(f) if _GAMES_WORD.search(f) else ():
        g = "y" if m.group("y") else "y2"
        y = int(m.group(g))
        if _GAMES_WORD.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())) and _year_ok(y, "gregorian") \
                and not UNIT_AFTER.match(f, m.end(g)):
            out.append(Cand(m.start(g), m.end(g), "year", "gregorian", y=y))
    for m in P_YEAR_OF_FIELD.finditer(f) if "سال" in f else ():
        y = int(m.group("y"))
        if not _counted_after(f, m.end()) and _year_ok(y, _era_calendar(None, y)):
            out.append(Cand(m.start("y"), m.end("y"), "year", _era_calendar(None, y), y=y))
    for m in P_YEAR_AFTER_KE.finditer(f) if "که" in f else ():
        y = int(m.group("y"))
        if not _counted_after(f, m.end()) and _year_ok(y, _era_calendar(None, y)):
            out.append(Cand(m.start("y"), m.end("y"), "year", _era_calendar(None, y), y=y))
    for m in P_YEAR_AFTER_OBJECT.finditer(f) if "رو" in f or "را" in f else ():
        # "این نرده‌ها رو ۱۳۸۵ برای همین ساختمون ساختیم": when the thing was done, told in the past (or a
        # Gregorian year: "پیانو رو ۱۹۹۸ خریدید؟")
        y = int(m.group("y"))
        cal = "gregorian" if y >= 1900 else "jalali"
        stop = _clause_end(f, m.end())
        if not _counted_after(f, m.end()) and PAST_ONLY.search(f, m.end(), stop) and _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_MOVED_TO.finditer(f):
        # "جام جهانی ... که برای مارس ۲۰۲۰ برنامه‌ریزی شده بود، به ۲۰۲۱ منتقل شده": the year it is moved to
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_COIN.finditer(f) if "سکه" in f else ():
        # "سکه‌ی طلای ۱۳۰۴", "سکه‌ی ۵۰ دیناری ۱۳۲۲", "سکه‌ی ۲۵۳۶": the year struck on a coin (the imperial one's too)
        y = int(m.group("y"))
        y = y - IMPERIAL_OFFSET if y in IMPERIAL_YEARS else y
        cal = _era_calendar(None, y)
        if _year_ok(y, cal) and not UNIT_AFTER.match(f, m.end("y")):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_FOR_DIARY.finditer(f) if "برای" in f or "واسه" in f else ():
        # "برای ۸۶ سررسید جیبی می‌خوایم", "سفارش ۲ هزار سررسید برای ۹۱": the year a calendar or a diary is for
        g = "y" if m.group("y") else "y2"  # the year before the diary word or after it
        y = int(m.group(g)) if len(m.group(g)) == 4 else _two_digit(int(m.group(g)))
        cal = _era_calendar(None, y)
        if _year_ok(y, cal):
            out.append(Cand(m.start(g), m.end(g), "year", cal, y=y))
    for m in P_YEAR_PRINTED.finditer(f) if "چاپ" in f else ():
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if not (UNIT_AFTER.match(f, m.end("y")) or _ERA_AFTER.match(f, m.end("y")) or _TO_NUMBER_AFTER.match(f, m.end("y"))) \
                and _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_EVENT_LONG.finditer(f):
        # (a count may follow an event's long name: "جشنواره ... ۲۰۰۰ شرکت‌کننده")
        if _DAHE_BEFORE.search(f, max(0, m.start("y") - 8), m.start("y")):
            continue  # "نمایشگاه عکس اتوبوس‌های دهه ۱۳۵۰": the decade's, no year of its own
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        # (a day after it is no count of days: "نمایشگاه ملی صنایع دستی ۱۴۰۳ جمعه ۲۵ اسفند", "... ۱۴۰۳ روز ۲۵ اسفند")
        # (or its host city, then a comma, the event a place things happen in: "در جام آزاد هاکی زیر آب
        # ۲۰۱۹ کوانجو، تیم بانوان ...")
        if (_EVENT_YEAR_AFTER.match(f, m.end("y")) or m.group("tour")
                or IN_BEFORE.search(f, max(0, m.start() - 4), m.start()) and _HOST_COMMA_AFTER.match(f, m.end("y"))) \
                and (not UNIT_AFTER.match(f, m.end("y")) or _DAY_OF_AFTER.match(f, m.end("y"))) \
                and _year_ok(y, cal) \
                and not _COUNT_WORD_BEFORE.search(f, max(0, m.start("y") - 16), m.start("y")):  # (not "کد ۱۳۹۶")
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_PLAN_OF.finditer(f) if "برنامه" in f else ():
        y = int(m.group("y"))
        if _EVENT_YEAR_AFTER.match(f, m.end("y")) and _year_ok(y, cal := _era_calendar(None, y)):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_FIRST_OF.finditer(f):
        # "در نخستین پرواز ۱۳۹۵", "نخستین مسابقه کبوتران ۱۴۰۱ در ...", "نخستین اردوی ۲۰۲۰": the first (or
        # last) of a year's events
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if cal == "gregorian" and not _EVENT_YEAR_AFTER.match(f, m.end("y")):
            continue  # (four Gregorian digits are as often a count: "نخستین پرواز ۲۰۰۰ مسافر داشت")
        if not (_counted_after(f, m.end("y")) or _TO_NUMBER_AFTER.match(f, m.end("y"))) and _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_EXAM_YEAR.finditer(f):
        # "آزمون کاردانی فنی ۹۱ از ۲۵ فروردین ...", "نتایج آزمون دکتری ۹۰ هفته آینده اعلام می‌شود": an
        # exam named at length by its year, the time of it told right after
        ys = m.group("y")
        # (or the hour and day of it told right after: "نتایج کنکور سراسری ۱۳۸۸ ساعت ۱۲ ظهر پنجشنبه ۲۹ مرداد ... اعلام شد")
        hour = bool(_HOUR_OF_DAY_AFTER.match(f, m.end("y")))
        if not (_EVENT_YEAR_AFTER.match(f, m.end("y")) or hour) \
                or UNIT_AFTER.match(f, m.end("y")) and not _DAY_OF_AFTER.match(f, m.end("y")) and not hour \
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
    for m in P_YEAR_BARE4.finditer(f) if _NEW_YEAR_CUE.search(f) or "رو" in f or "را" in f or _YEAR_WISHED_AFTER.search(f) \
            or _WISH_WORD.search(f) else ():
        # "سال نو میلادی مبارک! امیدوارم ۲۰۲۱ براتون پر از ...", "سال تحویل شد ... ۱۴۰۰ رو با امید شروع کنیم":
        # a year named soon after a new year's greeting or its moment (114 of 114 such in gold); "آخرین
        # برنامه‌ی ۱۳۹۹ رو می‌ریم", "۱۳۹۷ رو با سفر شروع کنیم": a year made the object (not a code's, a
        # model's or a number's: "کد تخفیف ۱۴۰۱ رو بزنین", "مدل ۱۳۹۵ را", "شماره‌ی ۲۰۲۰ رو")
        greeted = _NEW_YEAR_CUE.search(f, max(0, m.start() - 100), m.start()) and not _YEAR_BEFORE_NUMBER.search(f, max(0, m.start() - 6), m.start()) \
            and not _counted_after(f, m.end())  # ("سال نو مبارک؛ ۱۴۰۰ تا پنل سفارش دادیم")
        # ("امسال بدترین سال بازار بود، ۱۴۰۳ ایشالا بهتر میشه": a year wished well, "God willing" right after)
        greeted = greeted or bool(_YEAR_WISHED_AFTER.match(f, m.end()))
        # (or before it: "خدا کنه ۲۰۱۶ بهتر باشه", "امیدوارم ۱۴۰۲ سال خوبی باشه")
        # (not a count wished: "امیدوارم ۱۴۰۰ نفر تو صف نباشن!"; but the year said to be one: "۱۴۰۲ سال خوبی باشه")
        greeted = greeted or bool(_WISH_RIGHT_BEFORE.search(f, max(0, m.start() - 14), m.start())) \
            and not (_counted_after(f, m.end()) and not _A_YEAR_SAID_AFTER.match(f, m.end()))
        if not (greeted or P_YEAR_OBJECT.match(f, m.start())) or _CODE_NOUN_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or _NUMBERED_RUN_BEFORE.search(f, max(0, m.start() - 30), m.start()) \
                or _DAHE_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            continue  # (nor a decade's: "عکس اتوبوس‌های دهه ۱۳۵۰ را", no year of its own, as the sets read 47 of 47)
        y = int(m.group("y"))
        cal = _era_calendar(None, y)
        if cal == "gregorian" and not P_YEAR_OBJECT.match(f, m.start()) \
                and _JALALI_NEW_YEAR.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())) \
                and not _GREGORIAN_NEW_YEAR.search(f, sentence_start(f, m.start()), sentence_end(f, m.end())):
            continue  # (Nowruz's new year, a Jalali one: "در نخستین روز سال نو ۲۰۰۰ تماشاگر داشت و ... ۴ فروردین")
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
    for m in P_YEAR_WISHED_SHORT.finditer(f):
        out.append(Cand(m.start("y"), m.end("y"), "year", "jalali", y=_two_digit(int(m.group("y")))))
    for m in P_YEAR_CUED.finditer(f):
        ys = m.group("y")
        if m.group(0).startswith("فاکتور") and _NUMBER_OF_BEFORE.search(f, max(0, m.start() - 10), m.start()):
            continue  # "شماره‌ی فاکتور ۱۴۰۹": the bill's number, no year it is of
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
            # (a race's or show's Nowruz named right before: "کورس نوروزی ۸۸ گنبد", read from "کورس")
            if not (m.group("season") or m.group("two") or m.group("fajr") or m.group("quarter") or m.group("diary")
                    or m.group("four") and _NOWRUZ_RIGHT_BEFORE.search(f, max(0, m.start("y") - 10), m.start("y"))
                    or m.group("rev") and ys in ("56", "57") or m.group("last") and _DAYS_OF_YEAR.match(m.group("last"))) \
                    or UNIT_AFTER.match(f, m.end("y")) and not _DAY_OF_AFTER.match(f, m.end("y")) \
                    and not (m.group("diary") and _OWNED_NOUN_AFTER.match(f, m.end("y"))) \
                    or _NOWRUZI_RIGHT_BEFORE.search(f, max(0, m.start("y") - 10), m.start("y")) and _ENTRANTS_AFTER.match(f, m.end("y")) \
                    and not _NOUNS_PLURAL_AFTER.match(f, m.end("y")) \
                    or _NUMBER_AFTER.match(f, m.end("y")) or _OUT_OF_AFTER.match(f, m.end("y")) or _SCORE_BAR_AFTER.match(f, m.end("y")) \
                    or (m.group("two") in ("یلدا", "یلدای") or m.group("diary") or _NOWRUZI_RIGHT_BEFORE.search(f, max(0, m.start("y") - 10), m.start("y"))
                        # (and Nowruz: "برای هدیه‌های نوروز ۸۰ تا جعبه‌ی خاتم سفارش دادیم", "برای عید ۵۰ تا گلدون سنبل")
                        or m.group("season") and m.group("season").startswith(("نوروز", "عید"))) \
                    and _COUNTED_WITH_TA_AFTER.match(f, m.end("y")) \
                    or m.group("diary") and 10 <= int(ys) < 50:  # "انتخابات 50 50": a split, two counts
                # (nor a calendar of so many things: "تقویم ۱۲ رقابت داخلی را تصویب کرد"; no calendar is sold for
                # the years 1310 to 1349)
                # (nor "برای شب یلدا ٤٠ تا قاب فروختیم", "سررسید ۵۰ تا چک", "مسابقات نوروزی ۱۲ تا کاپ": a count told with "تا"; elsewhere "تا" is as
                # often "until": "کنکور ۹۰ تا ساعت ۲۴ ... تمدید شد", "از فتنه ۸۸ تا ...")
                # (and "حد نصاب قبولی آزمون ۵۰ از ۱۰۰ است": a score)
                # (but a diary's year, then whose they are, is no count: "سررسیدای ۸۷ شرکت شما فردا میاد")
                # (but "کنکور سراسری ۹۵ روز ۳ شهریور": the year, then its day)
                # (the revolution's two digits only for its own years: "پس از انقلاب ۲۲ جلسه" counts)
                continue
            y = _two_digit(int(ys))
            if m.group("season"):
                y = _SeasonShortYear(y)
        else:
            y = int(ys)
            if ((m.group("four") or m.group("host") or m.group("quarter") or m.group("entry") or m.group("last") or m.group("bill")
                 or m.group("mourn"))  # ("از حادثه عاشورا ۱۴۰۰ سال است": years counted)
                    and (UNIT_AFTER.match(f, m.end("y")) and not _COVER_AFTER.match(f, m.end("y"))
                         or (m.group("four") or m.group("bill")) and _ENTRANTS_AFTER.match(f, m.end("y")))
                    and not _DAY_OF_AFTER.match(f, m.end("y")) and not _NOUNS_PLURAL_AFTER.match(f, m.end("y"))
                    or _MONEY_AFTER.match(f, m.end("y")) or _BIG_NUMBER_AFTER.match(f, m.end("y"))
                    or _TO_COUNT_AFTER.match(f, m.end("y")) or _SCORE_AFTER.match(f, m.end("y"))
                    # (a weight or a measure after any cue: "سبد کالای شب یلدا ۱۴۰۰ تن مرغ")
                    or _MEASURE_AFTER.match(f, m.end("y"))
                    # (or heads counted after a season or Nowruz: "در تعطیلات نوروز ۱۸۰۰ نفر ... بازدید کردند")
                    or m.group("season") and _HEADS_AFTER.match(f, m.end("y"))
                    # (and after a census or an election: "در این سرشماری ۱۴۰۰ نفر ... شناسایی شدند", "برای انتخابات
                    # ۱۴۰۰ نفر نیروی انتظامی ... به کار گرفته می‌شود")
                    or m.group("two") and _HEADS_AFTER.match(f, m.end("y"))
                    # (and after a calendar: "تقویم مسابقات ۱۴۰۰ نفر را در بر می‌گیرد"; not "تقویم‌های ۲۰۲۴ شرکت پارس")
                    or m.group("diary") and _HEADS_AFTER.match(f, m.end("y"))
                    # (or visits counted: "سایت رسمی لیگ فوتوالی کشور ۱۹۹۸ بازدید در روز نخست داشت")
                    or _VISITS_COUNTED_AFTER.match(f, m.end("y"))):
                # (and a score after any cue: "قهرمانی جهان تورین ۲۰۷۸ امتیاز گرفتند")
                # (also "بودجه ۱۸۰۰ میلیارد ریالی", "کرایه ۱۳۹۰ تا ۱۴۰۰ تومانه")
                continue  # "مسابقات ۲۰۰۰ متر", "یورو ۱۲۸۰ تومان": a count (but "اسکار ۲۰۲۱ روز ۲۸ فوریه")
        if m.group("four") and _NUMBER_OF_CUE_BEFORE.search(f, max(0, m.start() - 10), m.start()):
            continue  # "شماره قرارداد ۱۲۷۴ هست": a contract's number, no year
        if (glued := f[m.start("y") - 1:m.start("y")]).isascii() and glued.isalpha():
            continue  # "کد تخفیف نمایشگاه MOA1391 است": digits glued to Latin letters, a code
        if m.group("fajr") and (not 1357 <= y < 1500 or len(ys) == 2 and 10 <= int(ys) < 57):
            continue  # "در جریان هفته دولت ۱۲ تفاهم‌نامه ...": a count (two digits: ۵۷-۹۹ or ۰۰-۰۹)
        if m.group("two") and (m.group("two") == "عملکرد" or m.group("two").startswith("آزمون")) and len(ys) == 2 \
                and (10 <= int(ys) < 57 or _POSTS_AFTER.match(f, m.end("y"))
                     or m.group("two") != "عملکرد" and _MARK_OF_TOTAL_AFTER.match(f, m.end("y"))):
            # "عملکرد ۱۴ بازیکن", "آزمون ۱۰ پرش", "آزمون استخدامی ۴۰ محیط‌بان": a count (a year's is a recent
            # year's: "عملکرد ۹۸"); so any two digits before the posts an exam hires for ("آزمون استخدامی ۶۰ محیط بان")
            # or out of a total, a mark ("نمره آزمون ۸۵ از ۱۰۰ شد")
            continue
        cal = _era_calendar(None, y)
        if m.group("arb") or (m.group("two") and m.group("two").startswith("حج") or m.group("mourn")) \
                and len(ys) == 4 and 1410 <= y < 1500:
            cal = "hijri"  # "حج تمتع ۱۴۳۵", "شب‌های قدر ۱۴۴۱": the pilgrimage's or the nights' lunar year, by its number
        if _year_ok(y, cal):
            out.append(Cand(m.start("y"), m.end("y"), "year", cal, y=y))
            # "انتخابات ۸۸ و ۹۲", "المپیک‌های ۲۰۰۸ و ۲۰۱۲": the years listed after it
            out.extend(_year_list_cands2(f, out[-1]) if len(ys) == 2 and cal == "jalali" else _year_list_cands(f, out[-1]))
    return out


# a day or a relative week or month after a year: "اسکار ۲۰۲۱ روز ۲۸ فوریه", "«مهرگان» ۱۴۰۲ هفته آینده",
# "آزمون ارشد سال ۸۸ روزهای ۲۴ و ۲۵ بهمن"
_DAYS_OF_AFTER = re.compile(rf"{SP1}(?:روزهای|روزها|ماه{SP}های){B1}")
# a diary's cover, not a count of volumes: "سررسیدهای 1392 جلد چرمی"
# a plural after the number: no count is so written ("مسابقات نوروز ۱۴۰۲ تیم‌ها در ۶ گروه ...", "لیگ ۱۴۰۰
# بازیکنان را ..."), so the number is the contest's year
_NOUNS_PLURAL_AFTER = re.compile(rf"{SP1}(?:[^\W\d]+(?:\u200c|{SP})?(?:ها|های)|(?:بازیکن|ورزشکار|تماشاگر|داور|مربی|شرکت{SP}کنندگ|دانش{SP}آموز"
                           rf"|هنرمند|پزشک|پژوهشگر|عضو|مهمان)ان)(?![\w\u200c])")
_COVER_AFTER = re.compile(rf"{SP1}جلد{SP1}(?:چرمی|سخت|گالینگور|طلاکوب|مقوایی|فانتزی|پارچه{SP}ای|ساده|رنگی){B1}")
_SEASON_SECOND_AFTER = re.compile(rf"{SP}[-–/]?{SP}[0-9]")
# the first of two counts: "کرایه ۱۳۹۰ تا ۱۴۰۰ تومانه"
_TO_COUNT_AFTER = re.compile(rf"{SP1}(?:تا|الی|[-–]){SP1}[0-9]+{UNIT_AFTER.pattern}")
_NUMBER_OF_CUE_BEFORE = re.compile(rf"{B0}(?:شماره|کد|شناسه){SP1}$")
_MONEY_AFTER = re.compile(rf"{SP1}(?:تومان|تومن|ریال|دلار|یورو|درهم|پوند|سنت)(?![\w\u200c])")
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


def _stamp_day(ref: dt.date, mon: int, d: int) -> convert.Interval:
    """The Jalali ``mon``/``d`` last on or before ``ref``, judged before it is made: "۱۲/۳۰" on
    1 Farvardin 1396 is 30 Esfand 1395, not an impossible 30 Esfand 1396."""
    j = convert.to_jalali(ref)
    return convert.jalali(j.year if (mon, d) <= (j.month, j.day) else j.year - 1, mon, d)


# (or a level or grade: "برای امتحان سطح ۲ سال ۹۳ ثبت‌نام کردیم")
_LABELLED_NUMBER_BEFORE = re.compile(rf"{B0}(?:ماده|بند|تبصره|اصل|شماره|کد|ردیف|پلاک|سطح|پایه|کلاس|ترم){SP1}[0-9]{{1,3}}{SP1}$")
_COUNT_OF_YEARS_BEFORE = re.compile(rf"(?<![0-9/.\-:])[0-9]{{1,3}}{SP1}$")
_EPISODE_BEFORE = re.compile(rf"{B0}(?:خشکسالی|خشک{SP}سالی|قحطی|جنگ|بحران|رکود|سیل{SP}های|تحریم{SP}های){SP1}$")
# a game's score, "۱۹ بر ۱۷" ("در نیمه اول ۱۹ بر ۱۷ پیش بود": no half of a year '19)
_SCORE_BAR_AFTER = re.compile(rf"{SP1}بر{SP1}[0-9]{{1,3}}(?![0-9])")
_SCORE_AFTER = re.compile(rf"{SP1}(?:امتیاز|امتیازی|پوینت){B1}")
# a year a change is forecast or planned for: "برای ۲۰۱۶ رشد ۱۰ درصدی پیش‌بینی می‌شود"
# "هدفتون برای ۲۰۱۹ چیه؟": what one's aim or plan for a year is (no count is asked "what")
_WHAT_IS_AFTER = re.compile(rf"{SP1}(?:چیه|چیست|چی{SP1}هست){SP}[؟?]")
# (or the target or forecast set for it: "برای ۱۳۹۴ هدف ۱۵ هزار تن را گذاشته است")
_GROWTH_FOR_AFTER = re.compile(rf"{SP1}(?:رشد|کاهش|افزایش|تورم|هدف|پیش{SP}بینی)(?:{SP}ی)?{SP1}(?:[0-9]+|[^\W\d]+){B1}")
_YEARS_COUNTED_BEFORE = re.compile(r"[0-9][^\S\n]*$")
_POSTS_AFTER = re.compile(rf"{SP1}(?:محیط{SP}بان|جنگل{SP}بان|پرستار|بهیار|معلم|آموزگار|دبیر|کارمند|آتش{SP}نشان|نگهبان|راننده|پزشک|تکنسین|کارشناس|مامور|مأمور)"
                         rf"(?:ان|ها|{SP}ها)?{B1}")
_HOST_COMMA_AFTER = re.compile(rf"{SP1}[^\W\d]+{SP}[،,]")
_HOUR_OF_DAY_AFTER = re.compile(rf"{SP1}ساعت{SP1}[0-9]{{1,2}}(?::[0-9]{{2}})?(?:{SP1}[^\s\d.،,؛:]+)?{SP1}(?:روز{SP1})?"
                                rf"(?:{WEEKDAY}|امروز|فردا|دیروز|[0-9]{{1,2}}{SP1}{JMONTH}){B1}")
_EVENT_YEAR_AFTER = re.compile(
    rf"{_YEAR_WORD_AFTER.pattern}|{SP1}(?:از|تا|امروز|دیروز|پریروز|فردا|امشب|امسال|برگزار|روز|روز{SP}های|هفته|ماه|{WEEKDAY}"
    rf"|(?:اعلام|منتشر|آغاز|شروع|افتتاح){SP1}(?:شد|شده|می{SP}شود|گردید)"  # ("لیگ برتر بازی‌های رایانه‌ای ۱۳۹۰ اعلام شد")
    rf"|(?:لغو|تعطیل|لغو{SP1}و{SP1}تعطیل){SP1}(?:شد|شده|می{SP}شود|گردید)"  # ("جشنواره گل و گلاب ۱۳۹۹ لغو شد")
    # (or taken part in: "تا در جام زمستانی ۲۰۲۳ شرکت کند")
    rf"|شرکت{SP1}(?:کند|کنند|کرد|کردند|کرده|می{SP}کند|می{SP}کنند|خواهد|خواهند)){B1}")
