"""Is this "امروز" the day of the report, or "these days"? ("امروز جهان تشنه فرهنگ است",
"نسل امروز", "تا امروز"). Hand-written rules over the folded text decide, from the clause around
the word: quoted commentary, a contrast with the past, "today's X", a state told with a copula
and nothing happening in the clause."""
from __future__ import annotations

import re

from .clauses import CLAUSE_END, COPULA, FUTURE, PAST_VERB, PRESENT_ACT, clause_with_verb, happens
from .lexicon import B0, B1, SP, SP1

_FROM_BEFORE = re.compile(rf"{B0}از{SP1}$")

_WEATHER = re.compile(
    rf"{B0}(?:آسمان|هوا|هوای|دما|دمای|دریا|بارندگی|بارش|باران|برف|ابری|آفتابی|مه{SP}آلود|غبار|گردوغبار|"
    rf"هواشناسی|وزش|طوفان|توفان|یخبندان|کولاک)(?![\w])")

# where "امروز" opens a judgement rather than a report: after a contrast with the past, after
# "به گفته", at a clause start after a comma or "اما/ولی"
_TODAY_COMMENTARY_BEFORE = re.compile(
    rf"(?:(?:در{SP})?گذشته|یک{SP1}روز|روزی|دیروز|به{SP1}گفته{SP1}(?:وی|او|\w+)|به{SP1}اعتقاد{SP1}\w+|"
    rf"[،,]|اما|ولی|لیکن|اگر|نیز|چه{SP1}بسا|که|ما){SP}(?:\w+{SP1}){{0,1}}$")

# "امروز هم/نیز ...", "امروز که داعش در معرض شکست است": these days too, now that
_TODAY_ALSO = re.compile(rf"{SP1}(?:هم|نیز|دیگر|دیگه|که){B1}")

# a sentence told as someone's view: "به اعتقاد وی، نسل امروز ... هستند"
_OPINION_LEAD = re.compile(rf"[^\S\n]*(?:به{SP1}(?:گفته|اعتقاد|عقیده|باور|نظر)){B1}")

_DAY_NOUN_AFTER = re.compile(rf"{SP1}(?:صبح|عصر|ظهر|شب|بعدازظهر|در{SP1}(?:جلسه|مراسم|نشست|دیدار|حاشیه|جمع))")

_NAMES_THE_DAY = re.compile(rf"{SP1}(?:(?:مصادف|همزمان){SP1}با|سالروز|سالگرد|روز{SP1}(?:جهانی|ملی))")

_THAT_BEFORE = re.compile(rf"{B0}(?:اینکه|این{SP}که)(?:{SP1}\w+){{0,3}}{SP1}$")

# "دنیای امروز", "جهان امروز": today's world, no day.
_TODAY_GENERIC = re.compile(
    rf"(?:دنیای|دنیا|جهان|عصر|دوران|روزگار|زمان|نسل|انسان|جامعه|شرایط|عرصه|تکلیف|نیاز|نیازهای|"
    rf"مسائل|مشکلات|(?<!اسلامی\s)ایران|دنیای{SP}پرشتاب|تا{SP}به|فرهنگ|جوان|جوانان|"
    # "مشکل امروز صنعت", "جهان دیجیتال امروز", "از قدیم تا امروز": today's X, up to now
    rf"مشکل|مساله|مسئله|معضل|دیجیتال|صنعت|اقتصاد|بشر|بشریت|وضعیت|وضع|سینمای|ادبیات|هنر|زنان|"
    rf"انسان{SP}های|ایرانیان|مسلمانان|سیاست|تا|دیروز{SP}و){SP}$"
)


def _generic_today(f: str, start: int, end: int, stop: int) -> bool:
    """"دشمن امروز ستون این انقلاب را نشانه رفته است": inside quoted speech (after a colon)
    with no past or future verb, "امروز" means "nowadays", not the publication day."""
    if _NAMES_THE_DAY.match(f, end):
        return False  # "امروز سالروز ..."، "امروز روز ملی ...": it names this very day
    if _WEATHER.search(f, max(0, start - 60), stop):
        return False  # "امروز آسمان گیلان ابری است": a forecast's copula is about this day
    colon = max(f.rfind(":", 0, start), f.rfind("：", 0, start))
    quoted = colon >= 0 and colon >= max(f.rfind(c, 0, start) for c in ".\n!?؟")
    if quoted or _THAT_BEFORE.search(f, max(0, start - 30), start):
        # "با اشاره به اینکه هدف ورزش امروز سلامت جامعه است، ...", "گفت: امروز چالش اصلی
        # شهر ترافیک است، ...": a state of these days, told with a copula in its own clause.
        clause = CLAUSE_END.search(f, end, stop)
        clause = clause.start() if clause else stop
        if (COPULA.search(f, end, clause) and not PAST_VERB.search(f, end, clause)
                and not FUTURE.search(f, end, clause) and not PRESENT_ACT.search(f, end, clause)):
            return True
    if _FROM_BEFORE.search(f, max(0, start - 4), start):
        return False  # "از امروز": from this day on
    sentence_start = max(f.rfind(c, 0, start) for c in ".\n!?؟") + 1
    opens = not f[sentence_start:start].strip() or f[sentence_start:start].strip() == "و"
    if opens:
        # "امروز جهان تشنه فرهنگ اسلام است": a sentence that opens on "امروز" and states
        # something with a copula; "امروز از مامانم پرسیدم" (a verb the lists lack) stays a day
        clause = clause_with_verb(f, end, stop)
        if not COPULA.search(f, end, clause):
            opens = False
    if not quoted and not opens and not _TODAY_COMMENTARY_BEFORE.search(f, max(0, start - 30), start) \
            and not _TODAY_ALSO.match(f, end) and not _OPINION_LEAD.match(f, sentence_start):
        return False
    if quoted and (happens(f, end, stop) or _DAY_NOUN_AFTER.match(f, end)):
        return False
    # "امروز هم چنین است", "... بودند، امروز شرمنده‌اند", "به گفته وی امروز شرکت‌ها موتور
    # توسعه هستند", "گفت: امروز تمدن نمی‌تواند ...": nothing happens in the clause (no past,
    # future or act of the day), so "امروز" is "these days".
    return not (happens(f, end, clause_with_verb(f, end, stop)) or _DAY_NOUN_AFTER.match(f, end))


def _generic_noun_today(f: str, start: int, end: int, stop: int) -> bool:
    """"جهان امروز", "مسائل امروز": today's world, no day. After a country's name, only when
    nothing happens in the clause: "ایران امروز با چالش روبروست" is these days, "سرمربی تیم
    ملی ایران امروز مهمان شبکه ورزش بودند" is this day."""
    m = _TODAY_GENERIC.search(f, max(0, start - 40), start)
    if not m:
        return False
    if not m.group(0).strip().startswith("ایران"):
        return True
    return not happens(f, end, clause_with_verb(f, end, stop))


def generic_today(f: str, start: int, end: int, stop: int) -> bool:
    """"امروز" at ``f[start:end]`` (in the sentence ending at ``stop``) means "these days"."""
    return _generic_noun_today(f, start, end, stop) or _generic_today(f, start, end, stop)
