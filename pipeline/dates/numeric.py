"""The reader of numeric dates: "۱۴۰۳/۱۱/۰۳", "۰۳-۱۱-۱۴۰۳", "11/03" with its year
from the publication, and Gregorian ones in ISO or day-first order; the calendar follows the
year's size.
"""
from __future__ import annotations

import re

from .candidate import Cand
from .lexicon import B0, B1, ERA_HIJRI, JMONTH, MAH, SP, SP1, UNIT_AFTER, WEEKDAY, month_number
from .tense import by_tense
from .forms import P_NUM_DMY, P_NUM_YMD, P_NUM_YY, _NUM_END
from .spans import _two_digit
from .days import _NUMBER_LABEL_BEFORE
from .years import _stamp_day

# "از 1444/09/01 هـ، یعنی از فردا": a lunar date, told by its era ("هـ" alone is the Arabic
# "Hijri", "ه" once its tatweel is dropped; "هـ.ش" is solar)
_HIJRI_ERA_AFTER = re.compile(rf"{SP}(?:{ERA_HIJRI}|هـ?(?!{SP}\.?{SP}ش))(?![\w])")
_SPACED_TRIPLE = re.compile(r"[0-9] [0-9]{1,2} [0-9]")
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
# also tokenised: "تاریخ انتشار : ۹۵ . ۰۸ . ۱۸"
P_NUM_YY_DOT = re.compile(rf"(?<![0-9/.\-:])(?P<y>[0-9]{{2}})(?P<s>[.\-]| [.\-] )(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}}){_NUM_END}(?!(?P=s)[0-9])")
P_NUM_DMYY = re.compile(rf"(?<![0-9/.\-:])(?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})/(?P<y>[0-9]{{2}}){_NUM_END}")
_BILL_WORD = r"(?:فاکتور|رسید|قبض|چک)"
_BILL_DATED_BEFORE = re.compile(rf"{B0}{_BILL_WORD}(?:{SP1}[^\W\d]+)?{SP1}$")
# what a bill or a slip bears: "روی رسید زده ۱۹/۶"
_STAMPED_ON_PAPER_BEFORE = re.compile(rf"{B0}(?:{_BILL_WORD}|برگه)(?:{SP1}[^\W\d]+)?{SP1}(?:زده|خورده|نوشته){SP}[:：]?{SP}$")
_DATE_WORD_BEFORE = re.compile(rf"(?:تاریخ|مورخ|مورخه)(?:{SP1}انتشار)?{SP}[:：]?{SP}$")
_OPEN_BRACKET_BEFORE = re.compile(rf"[(]{SP}$")
# a paper or a sitting named by its date: "مصوبه ۹۴.۱۰.۰۶ هیئت وزیران", "در جلسه ۸/۳/۹۱ کمیسیون"
# (not by its number: "بخشنامه شماره ...")
_DATED_PAPER_BEFORE = re.compile(rf"{B0}(?:مصوبه|بخشنامه|ابلاغیه|صورت{SP}جلسه|دستورالعمل|جلسه|نشست)(?:{SP}ی)?{SP1}$")
_CLOSE_BRACKET_AFTER = re.compile(rf"{SP}[)]")
_VISIT_RIGHT_AFTER = re.compile(rf"{SP1}(?:بیاین|بیایید|بیاید|بیا|میام|میایم|میاییم|می{SP}آیم|می{SP}آییم|میاین|میان|تشریف{SP1}بیارید|تشریف{SP1}بیارین){B1}")
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
# (a few words between, spoken too: "تاریخ انقضای این شربت ۸۶/۰۳", "انقضاش ۹۰/۱۱", "روش نوشته EXP 11/2007";
# or the word after: "قطره چشمتون ۹۹/۰۶ انقضا داره")
_EXPIRY_BEFORE = re.compile(rf"(?:انقضا|انقضای|انقضاش|انقضاشون|مصرف|مصرفش|تولید|تولیدش|ساخت|EXP|exp|Exp|تاریخش)"
                            rf"(?:{SP1}(?!(?:و|یا){B1})[^\s\d.،,؛:!?؟]+){{0,3}}{SP}[:：]?{SP}$")
_EXPIRY_AFTER = re.compile(rf"{SP1}(?:انقضا|انقضاش|انقضای){B1}")
# a month and a Gregorian year on a pack: "05/2024", "EXP 11/2007"
P_NUM_MY = re.compile(r"(?<![0-9/.\-:])(?P<m>0[1-9]|1[0-2])/(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[/.\-:][0-9])")


def _expiry_cued(f: str, m: re.Match) -> bool:
    """A pack's expiry or make told around the month and year at ``m``."""
    return bool(_EXPIRY_BEFORE.search(f, max(0, m.start() - 40), m.start()) or _EXPIRY_AFTER.match(f, m.end()))


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
        elif 12 < mo <= 31 and 1 <= d <= 12 and _STAMPED_ON_PAPER_BEFORE.search(f, max(0, m.start() - 30), m.start()):
            # "روی رسید زده ۱۹/۶": what a receipt or a bill bears, day first (no month is 19)
            out.append(Cand(m.start(), m.end(), "numeric", needs_ref=True, rel=by_tense(f, m.end(), "jalali", d, mo)))
    for m in P_NUM_YM.finditer(f) if "/" in f else ():
        y = int(m.group("y"))
        if len(m.group("y")) == 2:
            if not _expiry_cued(f, m):
                continue
            y = _two_digit(y)
        if not _NUMBER_LABEL_BEFORE.search(f, max(0, m.start() - 8), m.start()):
            out.append(Cand(m.start(), m.end(), "numeric", "gregorian" if y >= 1900 else "jalali", y=y, m=int(m.group("m"))))
    for m in P_NUM_MY.finditer(f) if "/" in f else ():
        if _expiry_cued(f, m):
            out.append(Cand(m.start(), m.end(), "numeric", "gregorian", y=int(m.group("y")), m=int(m.group("m"))))
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
        # (or a bill's, a paper's or a sitting's date, of the 1350s on: "اگه فاکتور حراج ۲۳/۱۰/۹۴ رو دارید")
        if 1 <= d <= 31 and 1 <= mo <= 12 and (_DATE_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start())
                                              or yy >= 50 and (_BILL_DATED_BEFORE.search(f, max(0, m.start() - 25), m.start())
                                                               or _DATED_PAPER_BEFORE.search(f, max(0, m.start() - 20), m.start())
                                                               # (or a visit bidden or planned on it, spoken: "گفت ۲۰/۳/۹۰ بیاین")
                                                               or _VISIT_RIGHT_AFTER.match(f, m.end()))):
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
            if _NUMBER_LABEL_BEFORE.search(f, max(0, m.start() - 8), m.start()):
                continue  # "بلیت یادبود با کد ۱۳۰۸-۰۲-۱۷": a code or a number, by its label
            if 1250 <= y < 1500 or 1200 <= y < 1250 and _DATE_WORD_BEFORE.search(f, max(0, m.start() - 25), m.start()):
                # (an older year too, after "تاریخ": "گزارش ... با تاریخ ۱۲۳۸/۹/۹ در بایگانی ملی")
                cal = "hijri" if _HIJRI_ERA_AFTER.match(f, m.end()) else "jalali"
            elif 600 <= y < 1250 and _HIJRI_ERA_AFTER.match(f, m.end()) and pattern is P_NUM_YMD:
                cal = "hijri"  # (a lunar one with its era: "به تاریخ ۱۰۵۰/۳/۲ هجری قمری")
            elif 1800 <= y < 2100:
                cal = "gregorian"
            else:
                continue
            if (m.group(0).count(".") and cal == "jalali" and pattern not in (P_NUM_YMD, P_NUM_YMD_SPACED)
                    and not (len(m.group("d")) == 2 and len(m.group("m")) == 2) and d <= 12):
                continue  # "۱.۲.۱۳۹۸" reads like a version or a list number; "12.05.1394", "25.8.1395" not
            out.append(Cand(m.start(), m.end(), "numeric", cal, y=y, m=mo, d=d))
    return out
