"""Clock times ("ساعت ۱۴", "۱۰ صبح", "03:19"): found in the folded text and set as ``time`` on the
nearest day-precise mention of their sentence; never mentions of their own."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..records import DateMention, DateValue
from .candidate import AZ_BEFORE
from .clauses import CLAUSE_PAUSE, PAST_ONLY, PAUSE, has_verb, sentence_of
from .lexicon import (B0, B1, DAYPART, GMONTH_ANY, HMONTH, HOUR_WORDS, JMONTH, MAH, MINUTE_WORD, PM_PARTS, SP, SP1, UNIT_AFTER,
                      WEEKDAY, _alt, minute_word_value)


# the minutes after "و": "۴۵ دقیقه" (or in words), a bare two-digit "۴۵" ("ساعت ۸ و ۴۵ تا ۱۸"), or "نیم" (half past)
_AND_MINUTES = (rf"(?:{SP1}و{SP1}(?:(?P<mi2>[0-9]{{1,2}}){SP1}دقیقه|(?P<miw>{MINUTE_WORD}){SP1}دقیقه"
                rf"|(?P<mi3>[0-9]{{2}})(?!{SP}[0-9])(?!{UNIT_AFTER.pattern})"
                rf"|(?P<half>نیم)(?:ه)?(?![\w\u200c])|(?P<quarter>ربع)(?:ه)?(?![\w\u200c])))")  # ("۸ و نیمه", "۲ و ربعه": spoken "is")


# the parts of the day a clock is told with, before or after it
_CLOCK_PART = rf"(?:صبح|بامداد|ظهر|عصر|بعدازظهر|بعد{SP}از{SP}ظهر|شب|غروب)"


# spoken "is cut off" closing its clause ("برق یکشنبه از ۹ تا ۱۳ قطعه،"), not "۱۳ قطعه" of pieces
_CUT_OFF_AFTER = rf"{SP1}قطع(?:ه|ن)[^\S\n]*(?:[،,.؛!?؟]|$)"


# a bare run of hours, "از ۱۰ تا ۱۲" or "بین ۸ تا ۱۴" (not a run of days, "از ۱۰ تا ۱۲ فروردین", nor of things, "از ۱۰ تا ۱۲ نفر";
# with its part of the day or "ساعت" after it, another pattern's)
# (May is "می", as a verb opens: "از ۷ تا ۹ می‌ره", the power goes)
_NO_DAY_OR_COUNT_AFTER = (rf"(?![0-9]|[/.:٫][0-9])(?!{SP}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH})(?<!می)|{SP}می(?![\w\u200c]))"
                          rf"(?!(?!{_CUT_OFF_AFTER}){UNIT_AFTER.pattern})(?!{SP1}(?:{DAYPART}|ساعت){B1})")
_BARE_RUN = rf"(?:از|بین){SP1}(?P<h>[0-9]{{1,2}}){SP}(?:تا|الی){SP}[0-9]{{1,2}}{_NO_DAY_OR_COUNT_AFTER}"


P_TIME = [
    re.compile(
        # "ساعت ۹:۳۰", and tokenised "ساعت 4 : 45", "ساعت 12 : 47 ب . ظ"
        rf"{B0}(?:ساعت|ساعات(?={SP1}[0-9]))(?:{SP1}|(?=[0-9]))(?:(?P<h>[0-9]{{1,2}})(?:(?:[:٫]| : )(?P<mi>[0-9]{{2}}))?(?![0-9])(?! : [0-9])|(?P<hw>{_alt(HOUR_WORDS)})(?![\w\u200c])"
        # (no count of units after the word, but the day it is on: "از ساعت صفر روز چهارشنبه")
        rf"(?!(?!{SP1}روز{SP1}(?:{WEEKDAY}|[0-9]))(?:{UNIT_AFTER.pattern})))"
        # (the part with a possessive glued on: "نوبت فردا ساعت ۶ عصرتون")
        rf"{_AND_MINUTES}?(?:{SP1}(?P<part>{DAYPART})(?:ه(?![\w])|(?:تون|مون|شون|ش)(?![\w]))?)?(?: (?P<ampm>ق \. ظ|ب \. ظ|AM|PM))?"
        # (a run's "تا" glued to the hour: "از ساعت ۱۰تا ۱۲"; or a spoken "is": "پروازمون ساعت ۱۰ه")
        rf"(?:{B1}|(?<=[0-9])(?=(?:تا|الی){SP1}(?:ساعت{SP1})?[0-9])|(?<=[0-9])(?=ه(?![\w\u200c])))"
    ),
    # "کلبه برای شما رزرو شد، ساعت تحویل ۱۴": the hour of a handing over, a start or a departure, named between
    re.compile(rf"{B0}ساعت{SP1}(?:تحویل|ورود|حرکت|پرواز|شروع){SP1}(?P<h>[0-9]{{1,2}})(?:(?:[:٫]| : )(?P<mi>[0-9]{{2}}))?(?![0-9])"
               rf"(?!{SP}(?:{UNIT_AFTER.pattern}))"),
    re.compile(
        # "۱۰ صبح", "۷ : ۳۰ صبح" (tokenised), "۶ و نیم صبح"
        rf"(?<![0-9/.\-:])(?P<h>[0-9]{{1,2}})(?:(?::| : )(?P<mi>[0-9]{{2}})|{SP1}و{SP1}(?P<half>نیم))?{SP1}"
        rf"(?P<part>صبح|بامداد|ظهر|عصر|بعدازظهر|بعد{SP}از{SP}ظهر)(?:ه(?=[^\w\u200c]|$))?{B1}"  # ("۷ عصره": spoken "is")
    ),
    # "از ۲ تا ۴ بعدازظهر", "بین ۷ تا ۸ صبح": a run's first hour, bare, its part of the day told at the
    # run's end (_share_part gives it)
    re.compile(rf"{B0}(?:از|بین){SP1}(?P<h>[0-9]{{1,2}})(?=(?:(?::| : )[0-9]{{2}})?{SP}(?:تا|الی){SP}(?:ساعت{SP1})?[0-9]{{1,2}}"
               rf"(?:(?::| : )[0-9]{{2}})?{SP1}{_CLOCK_PART}(?:ه)?{B1})"),  # ("از ۱۱ تا ۱ ظهره": spoken "is")
    # "۱۷ تیر سانس ۸ شب خالیه؟": a session's hour, its part of the day after it ("۸ شب" alone is as often eight nights)
    re.compile(rf"(?<=سانس){SP1}(?P<h>[0-9]{{1,2}})(?:(?::| : )(?P<mi>[0-9]{{2}}))?{SP1}(?P<part>صبح|ظهر|عصر|بعدازظهر|شب)(?:ه)?{B1}"),
    # "از ۷ شب تا ۷ صبح", "از ۱۰ شب تا سحر": an evening hour opening a run ("۷ شب" alone is as often
    # seven nights; and "از ۳ شب تا ۵ شب" counts nights)
    re.compile(rf"{B0}از{SP1}(?P<h>[5-9]|1[01])(?:(?::| : )(?P<mi>[0-9]{{2}}))?{SP1}(?P<part>شب|غروب){SP}(?=(?:تا|الی){B1})"),
    # (and one a thing is held from: "جشن رو سه‌شنبه 10 دی از 8 شب برگزار می‌کنیم"; not "از ۸ شب اقامت")
    re.compile(rf"{B0}از{SP1}(?P<h>[5-9]|1[01])(?:(?::| : )(?P<mi>[0-9]{{2}}))?{SP1}(?P<part>شب|غروب){SP1}"
               rf"(?=(?:برگزار|شروع|آغاز){B1}|به{SP1}بعد{B1})"),
    # "دوشنبه ۲۱ بهمن تا ۸ شب هستیم": an evening hour one is open or there until (not "تا ۸ شب اقامت", nights)
    re.compile(rf"{B0}تا{SP1}(?P<h>[5-9]|1[01]){SP1}(?P<part>شب)(?=[^\S\n]*(?:[.،,؛!؟?]|$)"
               rf"|{SP1}(?:هستیم|هستن|هستند|هست|بازیم|بازه|باز|تعطیل|کار|در{SP1}خدمتیم)(?![\w\u200c])|{SP1}می{SP})"),
    # "امشب تا ۱۱ بازید؟": a bare hour one is open until tonight
    re.compile(rf"(?<=امشب ){SP}تا{SP1}(?P<h>[5-9]|1[01])(?={SP1}(?:باز|بازیم|بازید|بازین|بازه|هستیم|هستید|هستین)(?![\w\u200c]))"),
    # (so without "از" before an hour of the small hours or the morning: "ساعت کاری‌مون ۸ شب تا ۲ بامداده")
    re.compile(rf"(?<![0-9/.\-:])(?P<h>[5-9]|1[01])(?:(?::| : )(?P<mi>[0-9]{{2}}))?{SP1}(?P<part>شب|غروب){SP}"
               rf"(?=(?:تا|الی){SP1}(?:ساعت{SP1})?[0-9]{{1,2}}(?:(?::| : )[0-9]{{2}})?{SP1}(?:بامداد|صبح|نیمه{SP}شب)(?:ه)?{B1})"),
    # (not a race time with its hundredths: "با زمان 8:21.70")
    re.compile(r"(?<![0-9:/.\-])(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?![0-9:])(?![.٫][0-9])"),
    re.compile(r"(?<=[0-9]{2}/[0-9]{2}-)(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?![0-9:])"),  # "1403/11/03-09:30"
    # "سانس بانوان ۹ تا ۱۳", "سانس خانوادگی از ۷ تا ۱۰ شبه": a session's run of hours, bare
    re.compile(rf"{B0}سانس(?:{SP}ها|{SP}های)?(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,2}}{SP1}(?P<run>(?:از{SP1})?(?P<h>[0-9]{{1,2}}){SP}(?:تا|الی){SP}[0-9]{{1,2}})"
               rf"(?![0-9]|[/.:٫][0-9])(?!{SP}(?:{JMONTH}|{GMONTH_ANY}|{HMONTH}))(?!{UNIT_AFTER.pattern})"),
    # "فردا از ۱۰ تا ۱۲ برق نداریم", "پنجشنبه ۱۰ تیر هم از ۱۰ تا ۱۲": a bare run of hours right after the day it is on
    # (and the day gone: "دیروز از ۱۱ تا ۱۳ برق رفت")
    # (or "بین" for "از": "مرسوله‌تون فردا بین ۸ تا ۱۴ تحویل می‌شه"; or after "that day", a day told before it:
    # "سرویس آسانسور ۱۰ فروردین انجام میشه و اون روز از ۸ تا ۱۲ کار نمی‌کنه")
    re.compile(rf"{B0}(?:امروز|فردا|پس{SP}فردا|دیروز|پریروز|{WEEKDAY}|{JMONTH}|(?:اون|آن|همون|همان){SP1}روز)(?:{SP1}هم)?{SP1}(?P<run>{_BARE_RUN})"),
    # "فردا صبح برق خونه‌ی خاله از ۷ تا ۹ می‌ره", "خاموشی ۲۶ تیر رو ببینین، از ۱۴ تا ۱۶ نوشته": a cut of power,
    # water or gas, its bare run of hours told in its sentence after the power or the cut is named ("فردا صبح آب
    # قطعه، از ۸ تا ۱۲")
    re.compile(rf"{B0}(?:برق|آب|گاز|خاموشی|خاموشی{SP}ها|خاموشی{SP}های|قطعی|قطع|قطعه){B1}[^\n.!?؟]{{0,50}}?(?<![\w\u200c])(?P<run>{_BARE_RUN})"),
    # (or hours of leave asked for: "سه‌شنبه مرخصی ساعتی می‌خوام از ۱۰ تا ۱۲")
    re.compile(rf"{B0}مرخصی(?:{SP1}ساعتی)?{B1}[^\n.!?؟]{{0,30}}?(?<![\w\u200c])(?P<run>{_BARE_RUN})"),
    # "فردا صبح هم از ۸ برای نوبت‌های اورژانسی میان": a bare hour from which on, right after a day and its part
    re.compile(rf"{B0}(?:امروز|فردا|پس{SP}فردا|{WEEKDAY}){SP1}(?:صبح|عصر|بعدازظهر|بعد{SP}از{SP}ظهر|ظهر|شب)(?:{SP1}هم)?{SP1}"
               rf"(?P<run>از{SP1}(?P<h>[0-9]{{1,2}})){_NO_DAY_OR_COUNT_AFTER}(?!{SP}(?:تا|الی|-){SP})"),
    # "این جمعه ... از ۸ تا ۱۲ باز هستیم": a bare run of hours we are open, said of a day in the sentence
    # (or shut so, spoken: "دوشنبه ۱۵ دی تست ایمنی دارن، خط ۲ از ۹ تا ۱۲ تعطیله")
    re.compile(rf"{B0}(?P<run>از{SP1}(?P<h>[0-9]{{1,2}}){SP}(?:تا|الی){SP}[0-9]{{1,2}})(?![0-9]|[/.:٫][0-9])"
               rf"(?={SP1}(?:باز{SP1}هستیم|بازیم|در{SP1}خدمتیم|تعطیله|تعطیلیم|تعطیلن){B1})"),  # (ours: not "پارک از ۱۰ تا ۱۲ باز است", every day's)
    # "ساعت کاری ... روز شنبه از ۹ آغاز می‌شود": a bare hour right after its weekday, the day's start
    re.compile(rf"{B0}{WEEKDAY}(?:{SP1}هم)?{SP1}(?P<run>از{SP1}(?P<h>[0-9]{{1,2}})){SP1}"
               rf"(?=(?:آغاز|شروع){SP1}(?:می{SP}شود|می{SP}شه|میشه|می{SP}شوند|می{SP}شن){B1})"),
]


P_STAMP_TIME = [
    # a tokenised stamp: "9 : 32 : 00 AM", "1395 - 11 : 53", "ساعت 8 : 20 ق . ظ" (not a score "21 : 25")
    re.compile(r"(?<![0-9:/.\-])(?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})"
               r"(?:(?: : [0-9]{2})(?: (?P<ampm>AM|PM|ق \. ظ|ب \. ظ))?(?![0-9])|(?= (?P<ampm2>AM|PM|ق \. ظ|ب \. ظ)))"),
    # "12 : 57 - 1395 . 8 . 24": a stamp's clock before its dotted date; "20 آبان 1395 / 12 : 07"
    re.compile(r"(?<![0-9:/.\-])(?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})(?= - 1[34][0-9]{2} ?[./] ?[0-9])"),
    re.compile(r"(?<=1[34][0-9]{2} / )(?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})(?![0-9]| :)"),
    re.compile(r"(?<=[0-9]{4} - )(?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})(?![0-9]| :)"),
    # "۹۵ . ۰۸ . ۱۸ - ۲۲ : ۴۸": after a tokenised numeric date
    re.compile(r"(?<= \. [0-9]{2} - )(?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})(?![0-9]| :)"),
    # "یکشنبه ، 23 آبان 1395 03 : 31": right after a page's Jalali date; "10 : 15 ( دوشنبه 17 آبان
    # 1395 )": right before it, in brackets
    re.compile(r"(?<=1[34][0-9]{2} )(?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})(?![0-9]| :)"),
    re.compile(rf"(?<![0-9:/.\-])(?P<h>[0-9]{{1,2}}) : (?P<mi>[0-9]{{2}})"
               rf"(?= \( (?:{WEEKDAY} )?[0-9]{{1,2}} {JMONTH}(?:{MAH})? 1[34][0-9]{{2}} \))"),
]


_PART_BEFORE_CLOCK = re.compile(rf"{B0}(?P<part>{_CLOCK_PART}){SP1}$")


def _part_key(part: str) -> str:
    """"بعد از ظهر" as "بعدازظهر", the spelling PM_PARTS holds."""
    return part.replace("\u200c", "").replace(" ", "")


def clock_times(f: str) -> list[tuple[int, int, str, bool, int]]:
    """Clock times: (start, end, "HH:MM", whether the clock left morning or evening open, an hour
    under 12 with no part of the day or AM/PM of its own, and where its part of the day or AM/PM
    written after it ends)."""
    found: list[tuple[int, int, str, bool, int]] = []
    taken: list[tuple[int, int]] = []  # the clocks found so far, sorted: they never overlap
    for pattern in P_TIME + P_STAMP_TIME if " : " in f else P_TIME:  # a stamp's time has a spaced colon
        for m in pattern.finditer(f):
            g = m.groupdict()
            h = int(g["h"]) if g.get("h") else HOUR_WORDS[g["hw"]]
            mi_s = g.get("mi") or g.get("mi2") or g.get("mi3")
            mi = 30 if g.get("half") else 15 if g.get("quarter") else int(mi_s) if mi_s else minute_word_value(g["miw"]) if g.get("miw") else 0
            if g.get("mi3") and int(g["mi3"]) == h + 1:
                mi, g["mi3"] = 0, None  # "ساعت ۲۰ و ۲۱": two hours, not 20:21
            part = _part_key(g.get("part") or "")
            ampm = g.get("ampm") or g.get("ampm2") or ""
            open_half = h < 12 and not part and not ampm
            if open_half and (before := _PART_BEFORE_CLOCK.search(f, max(0, m.start() - 12), m.start())):
                # "مراسم شب ساعت ۸ شروع می‌شه": the part of the day written before "ساعت"
                part, open_half = _part_key(before.group("part")), False
            # (not "۱۱ ظهر", late morning; nor "۲ شب", after midnight)
            if part in PM_PARTS and h < 12 and not (part == "شب" and h < 5) and not (part == "ظهر" and h >= 10):
                h += 12
            if ampm in ("PM", "ب . ظ") and h < 12:
                h += 12
            elif ampm in ("AM", "ق . ظ") and h == 12:
                h = 0
            if h > 23 or mi > 59:
                continue
            # the clock itself: a part of the day after it ("ساعت ۷:۳۰ صبح چهارشنبه") may begin the
            # date mention it belongs to
            end = max(m.end(k) for k in ("h", "hw", "mi", "mi2", "miw", "mi3", "half", "quarter") if g.get(k))
            begin = m.start("run") if g.get("run") else m.start()  # (a bare run's clock opens on its "از")
            i = bisect.bisect_left(taken, (begin, begin))
            if (i and taken[i - 1][1] > begin) or (i < len(taken) and taken[i][0] < end):
                continue  # overlaps a clock found before
            taken.insert(i, (begin, end))
            found.append((begin, end, f"{h:02d}:{mi:02d}", open_half, max(end, m.end())))
    # (in the order they stand in the text, whatever pattern found them: the passes that pair a
    # run's two clocks read neighbours in this list)
    return _share_part(f, sorted(found))


# "ساعت ۴ تا ۷ عصر", "ساعت ۸ تا ۱۰ شب": the first clock of a run takes the part of the day of the second
_FROM_DAY_AFTER = re.compile(rf"{SP1}(?:(?:{DAYPART}){SP1})?از{SP1}(?:روز{SP1})?(?=[^\s])")  # right up to the day: "... تا ۵ بامداد از چهارشنبه"
_RUN_GAP = re.compile(rf"{SP}(?:تا|الی|-){SP}(?:ساعت{SP1})?")  # between the two clocks of a run
_RUN_TO_PM = re.compile(rf"{_RUN_GAP.pattern}(?P<h>[0-9]{{1,2}})(?:(?::| : )[0-9]{{2}})?{SP1}"
                        rf"(?P<part>ظهر|عصر|بعدازظهر|بعد{SP}از{SP}ظهر|شب|غروب)")

# (a run to an hour told on the 24-hour clock keeps its first hour as told: "از ساعت ۵ تا ۲۲ است", five in
# the morning)
_RUN_TO_24H = re.compile(rf"{_RUN_GAP.pattern}(?:1[3-9]|2[0-4])(?:(?::| : )[0-9]{{2}})?(?![0-9])")


def _share_part(f: str, found: list[tuple[int, int, str, bool, int]]) -> list[tuple[int, int, str, bool, int]]:
    out = []
    for s1, e1, t1, open1, r1 in found:
        h1 = int(t1[:2])
        if open1 and 1 <= h1 and (m := _RUN_TO_PM.match(f, e1)):
            h2 = int(m.group("h"))
            # (not "ساعت ۱۰ تا ۲ عصر" or "۱۰ تا ۱۲ ظهر", ten in the morning; but "ساعت ۱۰ تا ۲ شب" runs past midnight)
            if h1 <= h2 < 12 or (m.group("part") == "شب" and h2 < 5 <= h1):
                t1, open1 = f"{h1 + 12:02d}{t1[2:]}", False
        out.append((s1, e1, t1, open1, r1))
    return out


_CLOCK_RIGHT_AFTER = re.compile(r" (?P<h>[0-9]{1,2}) : (?P<mi>[0-9]{2})(?![0-9]| : ?[0-9]| (?:AM|PM|ق \. ظ|ب \. ظ))")


# the evening a day mention names ("شب گذشته", "امشب", "عصر امروز"): its clock is after noon
_EVENING_MENTION = re.compile(r"(?P<part>شب|عصر|بعدازظهر|بعد از ظهر|غروب|شامگاه)")
# ... or right after it ("سه‌شنبه عصر بیاید، ساعت ۵ به بعد") or before it ("شب ۲۸ آبان ساعت ۱۱")
_EVENING_PART = rf"(?P<part>شب|عصر|بعدازظهر|بعد{SP}از{SP}ظهر|غروب|شامگاه)"
_EVENING_AFTER = re.compile(rf"{SP1}{_EVENING_PART}{B1}")
_EVENING_BEFORE = re.compile(rf"{B0}{_EVENING_PART}{SP1}$")
# a visit offered or asked for ("امروز ساعت ۶ می‌تونین بیاین؟"), and what tells of the early morning
# (or a thing to bring, or an appointment's: "همین امروز ساعت ۶ بیارید ببینیم", "نوبت امروز ساعت ۶ رو ...")
# (or asked to come, or to set the session then, spoken: "جلسه جبرانی رو چهارشنبه ساعت ۶ میاید؟", "جلسه رو
# میشه بذاریم ساعت ۶؟")
_VISIT_OFFERED = re.compile(rf"{B0}(?:می{SP}(?:تونین|تونید|تونی)|بیاین|بیاید|بیایید|بیا|تشریف{SP1}بیارید|بیارید|بیارین|خوبه|چطوره|نوبت(?:ت|تون|ش|م)?"
                            rf"|میاید|میاین|میای|بذاریم|بزاریم|بندازیم"
                            rf"|(?:وقت|نوبت){SP1}(?:بدیم|بدم|داریم|دارین|دارید|خالیه|هست)){B1}")
_EARLY_CUE = re.compile(rf"{B0}(?:صبح|صبحونه|بامداد|سحر|طلوع|نماز|حرکت|پرواز|راه|مدرسه|کوه|ناشتا|ناشتایی|بیدار|سرویس|امتحان){B1}")  # (also an exam's: "پسرم ۱۷ اردیبهشت امتحان داره، ساعت ۷ بیاید")
# "همون روز ساعت ۱۰": the day named last before
_SAME_DAY_BEFORE = re.compile(rf"{B0}(?:همون|همان|همین){SP1}روز{SP1}(?:هم{SP1})?$")
# a deadline or a closing ("امروز تا ساعت ۶ بیان"), and one's sleep, which is no deadline
_UNTIL_CLOCK_BEFORE = re.compile(rf"{B0}تا{SP1}(?:ساعت{SP1})?$")
# "آخرین سرویس امروز ساعت ۶ رفت": the day's last run, bus or session at six or seven is the evening's
_LAST_OF_DAY_BEFORE = re.compile(rf"{B0}(?:آخرین|واپسین)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,3}}{SP1}(?:ساعت{SP1})?$")
_SLEEP = re.compile(rf"{B0}(?:خواب|بخوابم|بخوابیم|می{SP}خوابم|می{SP}خوابیم|بیدار|دیشب|نخوابید|نخوابیدم|سحر|سحری|نگهبانی){B1}")
# an incident, which keeps no office hours ("در ساعت 4 : 45 ... یک مورد زورگیری")
# the trains or buses of a city that run from an hour of one to five: the early morning's
# ("متروی تهران ... از ساعت ۵:۳۰ کار خود را آغاز می‌کند")
_TRANSIT = re.compile(rf"{B0}(?:مترو|متروی|قطار|قطارها|قطارهای|اتوبوس|اتوبوس{SP}ها|اتوبوس{SP}های|ناوگان|بی{SP}آرتی){B1}")
_INCIDENT = re.compile(rf"{B0}(?:زورگیری|سرقت|دزدی|تصادف|زلزله|زمین{SP}لرزه|پس{SP}لرزه|آتش{SP}سوزی|انفجار|حادثه|قتل|دستگیر|تیراندازی|سیل|ریزش|فرود|پرتاب|رصد)")
# a morning named in the sentence: its open hours are before noon
_MORNING = re.compile(rf"{B0}(?:صبح|بامداد|سحر|سحرگاه|صبحگاه|صبحانه|نیمه{SP}شب|قبل{SP1}از{SP1}ظهر|ق{SP}\.{SP}ظ|AM"
                      rf"|تا{SP1}ظهر{SP1}(?:برسیم|برسید|برسن|برسند|می{SP}رسیم))")  # ("ساعت ۶ ... باشید که تا ظهر برسیم")


# (its hours' "from" or "until" between too: "پنجشنبه‌ها تا ۱ ظهر هستیم")
_PLURAL_WEEKDAY_BEFORE = re.compile(rf"{B0}{WEEKDAY}{SP}ها(?:ی)?{SP1}(?:(?:از|تا){SP1}(?:ساعت{SP1})?)?$")
_WORKING_HOURS_BEFORE = re.compile(
    rf"{B0}(?:ساعت|ساعات|ساعت{SP}های){SP1}(?:کاری|کار)(?:{SP}(?:مون|مان|ما|شون|شان|تون|تان|ی|م))?(?:{SP1}(?:ما|ی{SP1}ما))?(?:{SP1}از)?{SP1}$")
_OWN_CLOCK_GAP = re.compile(rf"{SP1}(?:از{SP1})?")  # (a clock match opens on its "ساعت")
# ... or after "تا", when no clock comes right before the day: "امروز تا ساعت ۱۸ و فردا تا ساعت ۱۲ باز
# است", each day its own closing hour (not "از ساعت ۲۲ روز پنجشنبه تا ساعت ۶ صبح", the run's end)
_OWN_CLOCK_UNTIL_GAP = re.compile(rf"{SP1}تا{SP1}")
_CLOCK_RIGHT_BEFORE_GAP = re.compile(rf"{SP}(?:(?:روز|شب|صبح|عصر|ظهر|بامداد){SP1})?")
_ANOTHER_BEFORE = re.compile(rf"{B0}(?:بعدی|دیگری|قبلی){B1}")
_ALSO_AFTER = re.compile(rf"{SP1}(?:هم|نیز){B1}")
_PART_OF_ITS = re.compile(r"(?:صبح|عصر|ظهر|شب|غروب|بعدازظهر)ش$")
_DAY_WORD_NEXT = re.compile(r"(?:امروز|امشب|فردا|پس[\s\u200c]?فردا|دیروز|دیشب)(?![\w\u200c])")
_ON_DAY_GAP = re.compile(rf"{SP1}روز{SP1}")
_OTHER_CLAUSE = 60  # characters a day in another clause after the clock counts as further off


def _sentence_span(f: str, bounds: list[int], pos: int) -> tuple[int, int]:
    k = sentence_of(bounds, pos)
    return (bounds[k - 1] if k else 0), (bounds[k] if k < len(bounds) else len(f))


def attach_times(f: str, bounds: list[int], mentions: list[DateMention], published: DateValue | None = None) -> list[DateMention]:
    """Each clock time sets ``time`` on the nearest dated mention of its sentence (``published``, the
    stamp with its time, tells which half of the day an hour of the stamp's own day is still to come)."""
    out = list(mentions)
    for i, m in enumerate(out):
        # "تا 24 سپتامبر 23 : 59": a tokenised clock right after a day is its time (elsewhere a
        # spaced colon is as often a score)
        if m.value is not None and m.value.precision == "day" and m.value.time is None \
                and (c := _CLOCK_RIGHT_AFTER.match(f, m.end)) and int(c.group("h")) <= 23 and int(c.group("mi")) <= 59:
            out[i] = replace(m, value=replace(m.value, time=f"{int(c.group('h')):02d}:{c.group('mi')}"))
    # (a clock opening the hours one keeps is every day's, no day's time: "از شنبه که ماه رمضانه، ساعت کار
    # ما ۵ عصر تا ۲ نصفه‌شبه"; none of 255 such runs in gold carries a time)
    times, kept = [], None
    for t in clock_times(f):
        # (the run's other end with it: "ساعت کاری‌مون از ۵ عصر تا ۲ بامداده")
        # (nor one of a weekday told in the plural, a timetable's: "جلسه‌ای که سه‌شنبه‌ها ساعت ۱۵ برگزار می‌شد،
        # این هفته در روز پنجشنبه تشکیل شد")
        kept = not (_WORKING_HOURS_BEFORE.search(f, max(0, t[0] - 30), t[0])
                    or _PLURAL_WEEKDAY_BEFORE.search(f, max(0, t[0] - 20), t[0])
                    or kept is False and _RUN_GAP.fullmatch(f, prev_end, t[0]))
        prev_end = t[4]
        if kept and all(t[1] <= m.start or m.end <= t[0] for m in out):
            times.append(t)
    if not times or not out:
        return out
    # each clock goes to the nearest day mention of its sentence; of two clocks nearest one
    # mention, the nearer: in "ساعت هشت شب به وقت محلی ( ۷ : ۳۰ صبح چهارشنبه )" the Wednesday
    # takes 7:30
    # the days with a clock of their own right after them: "در روز ۱ فروردین از ساعت ۱۰ صبح و از ۲ تا ۴
    # فروردین از ساعت ۸ صبح" (the run takes 8:00, not the clock before it)
    own_clock = [_owns_clock(f, m, times) for m in out]
    pairs = []
    for t, (ts, te, _, _, reach) in enumerate(times):
        sent = sentence_of(bounds, ts)
        for i, m in enumerate(out):
            # the sentence a mention ends in: the dot of "18 . آبان 1395 - 11 : 53" reads as a
            # sentence end, and the stamp's time belongs to the whole stamp; a clock is a day's
            # ("مسابقات سال ۲۰۱۸ ... ساعت ۲۰:۱۵ روز یکشنبه"), not a year's
            if m.value is None or m.value.precision != "day" or sentence_of(bounds, m.end - 1) != sent:
                continue
            # (a part of the day written after the clock is the clock's: "... تا ساعت ۶ صبح یکشنبه";
            # not across a comma: "امروز تا ۱ ظهر، فردا هم تا ۳")
            after = m.start - reach if m.start >= te and not PAUSE.search(f, te, m.start) else m.start - te
            if m.start >= te and (CLAUSE_PAUSE.search(f, te, m.start) or has_verb(f, te, m.start)):
                # a day after the clock's clause has closed, by a pause or a verb, is another clause's:
                # "امشب بازی داریم ساعت ۱۰ شب، جمعه‌ی گذشته که باختیم", "امشب ... از ساعت ۲۳ شروع
                # می‌شود؛ جوایز از پنجشنبه ۱۱ دی ..." (the day before the clock is its own)
                after += _OTHER_CLAUSE
            if m.start >= te and own_clock[i]:
                after += _OTHER_CLAUSE
            if m.start >= te and (not f[reach:m.start].strip() and _DAY_WORD_NEXT.match(f, m.start)
                                  or _ON_DAY_GAP.fullmatch(f, reach, m.start)):
                # "تصمیم درباره پنجشنبه ۱ دی ساعت ۱۲ فردا گرفته شود": a clock then its day word, the day
                # it is told of (not the day before the clock, as near); so a clock "of the day" named
                # next: "ساعت ۲۳:۵۵ روز ۳۱ دسامبر ۲۰۱۶ و ۰:۰۵ روز ۱ ژانویه ۲۰۱۷"
                after = 0
            pairs.append((max(after, ts - m.end, 0), t, i))
    nearest: dict[int, tuple[int, int, int]] = {}
    for pair in pairs:
        nearest[pair[1]] = min(nearest.get(pair[1], pair), pair)
    for t, (ts, te, _, _, reach) in enumerate(times):
        # "برای ۱۵ مرداد یه نوبت می‌خوام! سالن: ساعت ۵ عصرش خالیه": a part of the day with "its" glued
        # on, in a sentence with no day of its own, is the part of the day named last in the one before;
        # so is any clock there after a sentence that names one day only ("واسه ۲ فروردین صندلی دارین؟
        # آره، حرکت ساعت ۲۱ از ترمینال جنوبه", "شب ۲ فروردین مهمونی داریم، ۸۰ نفر. ساعت ۷ عصر ... رو
        # بیارید"; 11 written and blind errors, none gained, when the question mark was dropped)
        if t in nearest:
            continue
        sent = sentence_of(bounds, ts)
        before = [i for i, m in enumerate(out) if m.value is not None and m.value.precision == "day" and m.end <= ts
                  and sentence_of(bounds, m.end - 1) == sent - 1]
        # (not a clock "also" told, another thing's: "بلیت ۳ دی رو گرفتم. ساعت ۱۸ هم کلاس زبان دارم"; nor
        # the next one's: "نشست ۵ اسفند برگزار شد. جلسه بعدی ساعت ۱۴ است")
        answer = sent and f[bounds[sent - 1] - 1] in "؟?"
        if not before and answer and sent >= 2 and not any(sentence_of(bounds, m.start) == sent - 1 for m in out):
            # (or two sentences back, past a short question of no date: "سفارشم برای جمعه ۱۵ دی بود، ...
            # هنوز قطعیه؟ کارگاه: بله، ساعت ۱۰ صبح آماده‌ست")
            before = [i for i, m in enumerate(out) if m.value is not None and m.value.precision == "day" and m.end <= ts
                      and sentence_of(bounds, m.end - 1) == sent - 2]
        told = answer or not (_ALSO_AFTER.match(f, te) or _ANOTHER_BEFORE.search(f, bounds[sent - 1] if sent else 0, ts))
        # (nor with two days there, unless told to be the same day, the last: "... ۲ ژانویه میام، می‌شه ۱۵دی
        # آزمون بدم؟ آره، همون روز ساعت ۱۰ یه نوبت خالی هست")
        # (one day told twice counts once: "فردا ۱۸ بهمن امتحان داریم یا نه؟ آره، ساعت ۱۰ صبح")
        if before and (len({(out[i].value.gregorian, out[i].value.gregorian_end) for i in before}) == 1 and told
                       or _PART_OF_ITS.search(f, ts, reach)
                       or _SAME_DAY_BEFORE.search(f, max(bounds[sent - 1] if sent else 0, ts - 16), ts)
                       # (or "the same hour" after a day asked for: "پرواز فردا لغو شد، می شه بیاید جمعه؟ همون ساعت ۶:۳۰.")
                       or answer and _SAME_HOUR_BEFORE.search(f, max(bounds[sent - 1] if sent else 0, ts - 8), ts)
                       # (or a short question after a question, the asker's own hour for the last day asked:
                       # "می‌شه لباس رو ۱۰ فروردین بیام پرو کنم؟ ساعت ۱۱ صبح خوبه؟")
                       or answer and _FOLLOW_UP_QUESTION_AFTER.match(f, te)) \
                and not any(sentence_of(bounds, m.start) == sent for m in out):
            nearest[t] = (ts - out[before[-1]].end, t, before[-1])
    for t in list(nearest):
        # (its first clock's part of the day between too: "سانس ۸ صبح تا ۱۲ ظهر یکشنبه ۲۶ خرداد")
        if t and t - 1 in nearest and nearest[t][2] == nearest[t - 1][2] \
                and (_RUN_GAP.fullmatch(f, times[t - 1][1], times[t][0]) or _RUN_GAP.fullmatch(f, times[t - 1][4], times[t][0])) \
                and (times[t - 1][2] <= times[t][2]
                     # (but "از ساعت ٢٣ تا ٥ بامداد از چهارشنبه ١٠ تیر آغاز می‌شود": a run of nights from the day
                     # named, whose first night starts on it)
                     or _FROM_DAY_AFTER.match(f, times[t][1], out[nearest[t][2]].start + 1)):
            # "از ساعت ۲ تا ۴ بامداد فردا": a run of hours within one day gives the day both ends go to
            # the clock it starts at (not "امشب از ساعت ۲۲ تا ۶ بامداد فردا", nor "از ساعت 16:30 تا 4
            # بامداد روز شنبه": a run past midnight ends on the day named)
            del nearest[t]
    for _, t, i in sorted(nearest.values()):
        if out[i].value.time is not None:
            continue
        hhmm, open_half = times[t][2], times[t][3]
        h = int(hhmm[:2])
        # (or that night named right before the clock: "یلدا می‌افته شنبه ۳۰ آذر؛ اون شب از ساعت ۸ ... داریم")
        evening = _evening(f, out[i]) or _THAT_NIGHT_BEFORE.search(f, max(0, times[t][0] - 16), times[t][0])
        # (or the evening of the same day named just before it in the sentence, which it glosses set off by
        # commas: "فردا شب سالگرد عقدمونه، ۱۹ خرداد، میز رو ... ساعت ۹ رزرو کردم")
        if not evening and i > 0 and _GLOSS_COMMAS.fullmatch(f, out[i].start - 2, out[i].start) \
                and _GLOSS_COMMAS.match(f, out[i].end) and (o := out[i - 1]).value is not None and o.value.precision == "day" \
                and o.value.gregorian == out[i].value.gregorian and sentence_of(bounds, o.start) == sentence_of(bounds, out[i].start):
            evening = _evening(f, o)
        if open_half and evening and not (evening.group("part").startswith("شب") and h < 5):
            hhmm = f"{h + 12:02d}{hhmm[2:]}"  # "شب گذشته ساعت ۱۰": ten at night
        elif open_half and not evening and 1 <= h <= 5 and hhmm[3:] in ("00", "15", "30", "45") \
                and not _morning_told(f, span := _sentence_span(f, bounds, times[t][0]), out, i) \
                and not _INCIDENT.search(f, *span) \
                and not _RUN_TO_24H.match(f, times[t][1]) \
                and not (AZ_BEFORE.search(f, max(0, times[t][0] - 4), times[t][0]) and _TRANSIT.search(f, *span)):
            # "جلسه یکشنبه ساعت ۵ خونه نگاره": an hour of one to five told of a day's meeting, class or
            # visit, with no morning named in its sentence, is in the afternoon (a quake's "۳:۴۷"
            # or a new year's moment keeps its hour)
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and 6 <= h <= 10 and _EVENING_MEAL.search(f, *(span := _sentence_span(f, bounds, times[t][0]))) \
                and not _morning_told(f, span, out, i):
            # "سه‌شنبه افطاری داریم، ... برای ساعت ۸:۳۰ می‌خوام": the hour of an evening meal (not eleven, no
            # meal's hour at night: "خرمایی که برای افطاری خواستید رسید، فردا ساعت ۱۱ بیاید ببرید")
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and 6 <= h <= 7 \
                and (_evening_asked(f, bounds, out, times[t][0]) or _EVENING_OCCASION.search(f, *_sentence_span(f, bounds, times[t][0]))) \
                and not _morning_told(f, _sentence_span(f, bounds, times[t][0]), out, i):
            # "فردا عصر وقت خالی دارید؟ منشی: فردا پره، پس‌فردا ساعت ۶ یه جا هست": six or seven in
            # the answer to a question about a day's evening is the evening's; so in a sentence that
            # names an evening's feast ("برای شب یلدا ... ۳۰ آذر ساعت ۶ وقت دارین؟")
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and 8 <= h <= 10 and (out[i].value.jalali or "").endswith("-09-30") \
                and _YALDA_NIGHT.search(f, *(span := _sentence_span(f, bounds, times[t][0]))) and not _morning_told(f, span, out, i):
            # "شب یلدا خونه‌ی ما دورهمیه، ۳۰ آذر ساعت ۸": eight to ten on Yalda's own day, its night named (six and
            # seven: above; not another day's clock beside it, "شب یلدا رو جشن می‌گیریم، ولی کلاس ۲ دی ساعت ۱۰ برقراره")
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and 6 <= h <= 7 and _UNTIL_CLOCK_BEFORE.search(f, max(0, times[t][0] - 12), times[t][0]) \
                and not _morning_told(f, span := _sentence_span(f, bounds, times[t][0]), out, i) \
                and not _SLEEP.search(f, *span):
            # "امروز تا ساعت ۶ بیان کارت بگیرن": a day's deadline or closing at six or seven is the
            # evening's (not one's sleep until then)
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and 6 <= h <= 7 and _LAST_OF_DAY_BEFORE.search(f, max(0, times[t][0] - 40), times[t][0]) \
                and not _morning_told(f, _sentence_span(f, bounds, times[t][0]), out, i):
            hhmm = f"{h + 12:02d}{hhmm[2:]}"  # (the last of the day: _LAST_OF_DAY_BEFORE)
        elif open_half and not evening and 6 <= h <= 7 and hhmm[3:] == "00" \
                and _VISIT_OFFERED.search(f, *(span := _sentence_span(f, bounds, times[t][0]))) \
                and not _EARLY_CUE.search(f, *span) and not _morning_told(f, span, out, i) \
                and not (span[0] > 0 and _EARLY_CUE.search(f, *_sentence_span(f, bounds, span[0] - 1))):
            # (nor after a question about a morning: "فردا صبح وقت دارید؟ نه، پس‌فردا ساعت ۶ بیاید")
            # "امروز ساعت ۶ می‌تونین بیاین ببینین؟", "ساعت ۶ می‌تونیم وقت بدیم": a visit at six or seven
            # offered or asked for, with nothing of the early morning about it
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and h < 12 and _SAME_HOUR_BEFORE.search(f, max(0, times[t][0] - 8), times[t][0]) \
                and any(m.value is not None and sentence_of(bounds, m.start) == sentence_of(bounds, times[t][0]) and _evening(f, m)
                        for m in out):
            # "رزرو شما برای فردا عصر جابه‌جا شد به ۲۰ شهریور، همون ساعت ۶": the same hour as the
            # evening the booking was moved from
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        elif open_half and not evening and 6 <= h <= 9 and published is not None and published.time is not None \
                and out[i].value.gregorian == out[i].value.gregorian_end == published.gregorian \
                and f"{h + 3:02d}{hhmm[2:]}" <= published.time < f"{h + 12:02d}{hhmm[2:]}" \
                and not AZ_BEFORE.search(f, max(0, times[t][0] - 4), times[t][0]) and not _RUN_GAP.match(f, times[t][1]) \
                and not _morning_told(f, span := _sentence_span(f, bounds, times[t][0]), out, i) \
                and not _INCIDENT.search(f, *span) and not PAST_ONLY.search(f, *span):
            # "جلسه فردا ساعت ۱۰ رو میشه بیاریم امروز ساعت ۶؟" asked at 10:15, "امروز بازارچه ساعت ۸ باز میشه"
            # at 18:30: six to nine in the morning of the stamp's own day, hours gone, so the evening's (not one
            # told as past, nor a run of hours begun, "امروز از ساعت ۹ تا ۱۳ باز است", nor one a little past:
            # "ساعت ۸ امروز پرواز دارین" at 8:20; ten and eleven are as often the morning's, told late)
            hhmm = f"{h + 12:02d}{hhmm[2:]}"
        out[i] = replace(out[i], value=replace(out[i].value, time=hhmm))
    return _at_the_same_hour(f, bounds, _same_day_same_time(bounds, _both_days_one_clock(f, times, nearest, _or_same_half(f, times, nearest, out))))


# "... ساعت ۱۶ اجرا می‌شود و اجرای دوم آن جمعه ۲۹ دی در همان ساعت است": a day told "at the same hour"
_SAME_HOUR_AFTER = re.compile(rf"{SP1}(?:در{SP1}|تو{SP1})?(?:همان|همون){SP1}ساعت(?![\w\u200c])")


def _at_the_same_hour(f: str, bounds: list[int], out: list[DateMention]) -> list[DateMention]:
    """A day told "at the same hour" shares its hour with the day before it in its sentence: the one
    that has a clock gives it to the other (the clock may have gone to either)."""
    out = list(out)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.value is None or b.value is None or a.value.precision != "day" or b.value.precision != "day" \
                or sentence_of(bounds, a.start) != sentence_of(bounds, b.start) or not _SAME_HOUR_AFTER.match(f, b.end):
            continue
        if a.value.time is None and b.value.time is not None:
            out[i - 1] = replace(a, value=replace(a.value, time=b.value.time))
        elif b.value.time is None and a.value.time is not None:
            out[i] = replace(b, value=replace(b.value, time=a.value.time))
    return out


# "دوشنبه ۱۰ مهر یا چهارشنبه ۱۲ مهر، هر دو ساعت ۸ صبح": one clock told of both days before it
_BOTH_BEFORE = re.compile(rf"{B0}(?:هر{SP1}دو|هردو){SP}(?:(?:در|روز){SP1})?$")
_OR_AND_DAYS_GAP = re.compile(rf"{SP}(?:[،,]{SP})?(?:یا|و){SP1}")


def _both_days_one_clock(f: str, times: list, nearest: dict, out: list[DateMention]) -> list[DateMention]:
    """The day before "یا"/"و" takes the clock its pair took when that clock is told of both."""
    for _, t, i in nearest.values():
        if i and out[i].value.time is not None and out[i - 1].value is not None and out[i - 1].value.time is None \
                and out[i - 1].value.precision == "day" and _BOTH_BEFORE.search(f, max(0, times[t][0] - 12), times[t][0]) \
                and _OR_AND_DAYS_GAP.fullmatch(f, out[i - 1].end, out[i].start):
            out[i - 1] = replace(out[i - 1], value=replace(out[i - 1].value, time=out[i].value.time))
    return out


# "یکشنبه ساعت ۵ یا دوشنبه ساعت ۷؟": between two clocks offered as alternatives
_OR_GAP = re.compile(rf"{SP1}یا{SP1}(?:[^\s\d.،,؛:!?؟]+{SP1}){{0,2}}")


def _owns_clock(f: str, m: DateMention, times: list) -> bool:
    """A clock right after the day is its own (after "از", or after "تا" when no clock stands right before
    the day: then the clock after "تا" ends that one's run)."""
    clocked_before = any(b[4] <= m.start and _CLOCK_RIGHT_BEFORE_GAP.fullmatch(f, b[4], m.start) for b in times)
    return any(_OWN_CLOCK_GAP.fullmatch(f, m.end, c[0]) or not clocked_before and _OWN_CLOCK_UNTIL_GAP.fullmatch(f, m.end, c[0])
               for c in times)


def _or_same_half(f: str, times: list, nearest: dict, out: list[DateMention]) -> list[DateMention]:
    """A later open hour offered as the other choice of an afternoon one is in the afternoon too
    (the five read as 17:00 makes the seven 19:00)."""
    given = {t: i for _, t, i in nearest.values()}
    for t in sorted(given):
        if t - 1 not in given or not times[t][3] or not times[t - 1][3]:
            continue
        i, k = given[t], given[t - 1]
        now, before = out[i].value.time, out[k].value.time
        # (not ten or eleven: "پنجشنبه ساعت ۵ یا شنبه ساعت ۱۰ خالیه" offers the morning)
        if now and before and int(before[:2]) >= 13 and int(before[:2]) - 12 < int(now[:2]) < 10 \
                and _OR_GAP.fullmatch(f, times[t - 1][1], out[i].start if out[i].start < times[t][0] else times[t][0]):
            out[i] = replace(out[i], value=replace(out[i].value, time=f"{int(now[:2]) + 12:02d}{now[2:]}"))
    return out


def _evening(f: str, m: DateMention) -> re.Match | None:
    """The evening a day mention names, within it, right after it or right before it."""
    return _EVENING_MENTION.search(f, m.start, m.end) or _EVENING_AFTER.match(f, m.end) \
        or _EVENING_BEFORE.search(f, max(0, m.start - 12), m.start)


def _evening_asked(f: str, bounds: list[int], mentions: list[DateMention], pos: int) -> bool:
    """The sentence before the one at ``pos`` is a question about a day's evening ("سه‌شنبه شب
    نگهش می‌دارین؟")."""
    sent = sentence_of(bounds, pos)
    return bool(sent) and f[bounds[sent - 1] - 1] in "؟?" and any(
        m.value is not None and m.value.precision == "day" and sentence_of(bounds, m.start) == sent - 1 and _evening(f, m)
        for m in mentions)


# that night, named right before a clock: "یلدا می‌افته شنبه ۳۰ آذر؛ اون شب از ساعت ۸ ... داریم"
_GLOSS_COMMAS = re.compile(r"[،,] ?")
_SAME_HOUR_BEFORE = re.compile(rf"{B0}(?:همون|همان|همین){SP1}$")
_FOLLOW_UP_QUESTION_AFTER = re.compile(r"[^.!?؟\n،,؛]{0,16}[؟?]")
_THAT_NIGHT_BEFORE = re.compile(rf"{B0}(?:اون|آن|همون|همان){SP1}(?P<part>شب){SP1}(?:از{SP1}|تا{SP1})?$")
# an evening's feast (or a concert's, a birthday's, a wedding's or a party's: "کنسرت نوروزی هنرجوها ۲۲
# اسفند ساعت ۶ ... برگزار می‌شه", "بادکنک‌های تولد رو برای پنجشنبه ۲۷ آبان ساعت ۶ بیارید")
# (or a night out: "پنجشنبه ساعت ۶ کافه باشیم؟", a play or a film; "تئاتر" folded)
_EVENING_OCCASION = re.compile(rf"{B0}(?:شب{SP1}(?:یلدا|عید|سال{SP1}نو)|یلدا|چهارشنبه{SP}سوری|کنسرت|رسیتال|تولد|عروسی|مهمونی|مهمانی"
                               rf"|حنا{SP}بندون|حنا{SP}بندان"  # (a henna night: "حنابندون هم ۱۰ فروردین، ساعت ۶")
                               rf"|کافه|تیاتر|سینما){B1}")
_YALDA_NIGHT = re.compile(rf"{B0}شب{SP1}(?:یلدا|چله){B1}")
_EVENING_MEAL = re.compile(rf"{B0}(?:افطار|افطاری|شام)(?:{SP}(?:ها|های|ی))?{B1}")
_GREETING_AFTER = re.compile(rf"{SP1}(?:بخیر|به{SP1}خیر){B1}")


def _morning_told(f: str, span: tuple[int, int], mentions: list[DateMention], i: int) -> bool:
    """A morning named in the sentence, not as the part of another day ("شیمی رو سه‌شنبه صبح می‌دم،
    فردا از ساعت ۴ تا ۶ کلاس دارم") nor in a greeting ("صبح بخیر، ... پنجشنبه ساعت ۳")."""
    # the morning of the day itself, in its own words, whatever sentence the clock is in ("سال ۱۳۹۴ بامداد
    # فردا ساعت ۲", "فردا صبح هوا صافه؟ اگه آره ساعت ۴:۳۰ دم خونتونم")
    if any(not _GREETING_AFTER.match(f, m.end()) for m in _MORNING.finditer(f, mentions[i].start, mentions[i].end)):
        return True
    return any(not _GREETING_AFTER.match(f, m.end())
               # (nor the morning of another day, written right before it: "... ساعت ۴، اگه نمی‌تونید
               # بندازیمش صبح ۲۷ اسفند")
               # (nor a morning told after another day written after this one: "امروز تا ساعت ۲ بازیم، ...
               # شنبه ۶ فروردین دوباره از ۹ صبح هستیم")
               # (nor the morning of another day's clause, this day's past a pause: "دیشب تا ۳ صبح بیدار بودیم ...،
               # امروز ساعت ۵ ... میام")
               and not any(k != i and (o.start <= m.start() <= o.end + 1 or 0 <= o.start - m.end() <= 2
                                       or mentions[i].end <= o.start < m.start()
                                       or o.end <= m.start() < mentions[i].start and not CLAUSE_PAUSE.search(f, o.end, m.start())
                                       and CLAUSE_PAUSE.search(f, m.end(), mentions[i].start))
                           for k, o in enumerate(mentions))
               for m in _MORNING.finditer(f, *span))


def _same_day_same_time(bounds: list[int], out: list[DateMention]) -> list[DateMention]:
    """A day glossed in its sentence ("ساعت ۸ صبح امروز، جمعه ۲۲ خرداد", "شنبه ۲۸ مرداد مصادف با
    ۳ صفر ... از ساعت ۱۶") is one day: each of its mentions takes the clock the nearest took."""
    timed = {(sentence_of(bounds, m.start), m.value.gregorian, m.value.gregorian_end): m.value.time
             for m in out if m.value is not None and m.value.time is not None and m.value.precision == "day"}
    if not timed:
        return out
    return [replace(m, value=replace(m.value, time=t)) if m.value is not None and m.value.time is None
            and m.value.precision == "day"
            and (t := timed.get((sentence_of(bounds, m.start), m.value.gregorian, m.value.gregorian_end))) else m
            for m in out]
