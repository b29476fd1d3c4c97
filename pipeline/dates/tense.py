"""Which side of publication a date without its year is told on: the tense of its clause (a
past verb, a future, a plan, a promise, a deadline, something that lasts until it, a date moved
to it), read over the folded text from the mention onwards. The readers (days.py, months.py,
foreign.py, years.py, numeric.py, relative_words.py) ask it for a yearless day, month or weekday;
it answers with a resolver against the publication date."""
from __future__ import annotations

import datetime as dt
import re

from . import convert, relative
from .candidate import MAKE, year_of_interval
from .clauses import (
    _BUT_IF, CLAUSE_END, CLAUSE_PAUSE, COOKED, COPULA, FUTURE, HABIT, VOTIVE_GIVEN, NOT_AFTER_IF, NOT_AFTER_MI, PAST_ONLY, PERFECT, PERFECT_RE, PRESENT_ACT, REDUCED_PERFECT, SHOD, SPOKEN_CLOSED, WILL, future_first, has_verb,
    sentence_end, sentence_start, tense_stop,
)
from .forms import _clause_end
from .lexicon import B0, B1, DAYPART, JMONTH, SP, SP1, WORD, WEEKDAY, _alt, weekday_number


SINCE_NOW_AFTER = re.compile(rf"{SP1}(?:تاکنون|تا{SP1}(?:کنون|حالا|الان|امروز|به{SP1}حال|به{SP1}امروز)){B1}")


def jalali_ref_year(ref: dt.date, calendar: str) -> int:
    if calendar == "jalali":
        return convert.to_jalali(ref).year
    if calendar == "gregorian":
        return ref.year
    return convert.hijri_year_of(ref)


# "کرد" of doing ("۱۰ میلیون بشکه استخراج کرد"), not of saying ("اعلام کرد", "تاکید کرد")
_DID = (r"(?<!اعلام )(?<!تاکید )(?<!تأکید )(?<!اظهار )(?<!عنوان )(?<!تصریح )(?<!اشاره )(?<!بیان )"
        r"(?<!ابراز )(?<!خاطرنشان )(?<!پیش‌بینی )(?<!پیش بینی )(?<!موکول )(?<!تعیین )ن?کرد(?:م|ی|یم|ید|ند)?(?![\w])")


# "قرار داشت" (it stood), not "اظهار داشت" (he said)
_HAD = (r"(?<!اظهار )(?<!اعلام )(?<!بیان )(?<!ابراز )(?<!عرضه )(?<!مقرر )(?<!خواهد )(?<!خواهند )(?<!خواهیم )"
        r"ن?داشت(?:م|ی|یم|ید|ند)?(?![\w])")


EVENT_PAST = re.compile(rf"(?<![\w]){NOT_AFTER_IF}(?:ن?(?:{SHOD}|بود|یافت|رسید|گردید)(?:م|ی|یم|ید|ند)?(?![\w])|" + PERFECT + "|" + _DID
                         + "|" + _HAD + rf"|{COOKED}(?![\w])"
                         # (and went or came: "یادتونه شب ۲۱ رمضان برقتون رفت و من اومدم؟"; not "رفت و برگشت", a round trip, nor
                         # "بلیت رفت رو", the way there, nor "... که اومد", when it comes, nor the spoken "رفتن", to go too)
                         rf"|(?<![\w\u200c])(?<!که\s)ن?(?:رفت(?![\s\u200c]+و[\s\u200c]+برگشت)|آمد|اومد)(?:م|ی|یم|ید|ین|ند)?(?![\w\u200c])"
                         rf"(?![^\S\n]+(?:رو|را)(?![\w\u200c]))"
                         # (and votive food given out, on the day: "شب ۱۹ رمضان نذری دادید؟")
                         rf"|(?<![\w\u200c]){VOTIVE_GIVEN}(?![\w\u200c]))")  # (and "cooked": "قیمه‌ای که برای ۱۰ محرم پختم")


# a clause of "که" after the date, closed by a past verb and a comma, then the date's own verb
# ("شب ۱۹ رمضان در مسجد جامع بم که پس از زلزله ۱۳۸۲ از نو ساخته شد، ... برگزار می‌شود")
# (words parted by whitespace only, a ZWNJ inside a word: a space class that took the ZWNJ too would
# split "مسجد‌ها" two ways at every ZWNJ, and the match would take exponential time)
# (a perfect too, "است" left out or not: "ویژه‌برنامه شب ۱۹ رمضان که ... در کربلا ضبط کرده‌اند، ... پخش خواهد شد")
_THAT_PAST_ASIDE = re.compile(rf"(?:[^\S\n]+[^\s\d.،,؛:!؟]+){{0,6}}?[^\S\n]+که{B1}[^.،,؛:!؟\n]{{0,80}}?"
                              rf"(?:{PAST_ONLY.pattern}|(?<![\w]){PERFECT}|(?<![\w\u200c])(?:شده|کرده|گرفته|داده)){SP}[،,]")


def past_aside_end(f: str, end: int, stop: int) -> int:
    """Where the date's own clause goes on past such an aside told in the past, when what follows
    it is told ahead; else ``end``."""
    aside = _THAT_PAST_ASIDE.match(f, end, stop)
    return aside.end() if aside and future_first(f, aside.end(), stop) else end


# "don't forget it": what is bidden, ahead (kept out of FUTURE, which the امروز model reads)
_DONT_FORGET = re.compile(rf"{B0}یاد(?:ت|تون|تان|مون|مان){SP1}(?:نره|نرود){B1}|{B0}فراموش{SP1}(?:نکنید|نکنین|نکن|نشه|نشود){B1}")


def by_tense(f: str, end: int, calendar: str, mon: int, d: int | None = None):
    """A month (or day) named without its year: the nearest one (``relative.nearest_year``),
    but a sentence told in the past ("در شهریور اجرا شد") never means one still ahead of
    publication, nor one told in the future ("تا آوریل از سر نخواهد گرفت") one more than a
    month behind it."""
    stop = tense_stop(f, end, sentence_end(f, end))
    end = past_aside_end(f, end, stop)
    if _GLOSS_ENDS_CLAUSE.match(f, end) and _MEANS_BEFORE.search(f, max(0, end - 30), end):
        stop = end  # "تعطیلیم، یعنی ۹ و ۱۰ محرم؛ نوبت‌هاتون رو جابه‌جا کردم": the verbs after the gloss are another clause's
    pm, fm = EVENT_PAST.search(f, end, stop), FUTURE.search(f, end, stop)
    if (dont := _DONT_FORGET.search(f, end, fm.start() if fm else stop)):
        fm = dont  # "گوسفند شب ۱۹ رمضان رو یادتون نره، ۳ فروردین بیعانه‌ش رسید؟": bidden ahead
    # (also a perfect with its "است" left out before a comma: "کمبودی که از مهر آغاز شده، ...")
    rp = REDUCED_PERFECT.search(f, end, pm.start() if pm else stop)
    pm = rp or pm
    # a future told after the past one is what was said or asked then ("در ماه اوت ... از او
    # پرسیده بود اگر ... کدام را وارد کابینه خواهد کرد"); a present denied before it is no past
    # ("در دهه اول محرم برگزار نمی‌شود و ... به ۱۲ محرم موکول شد")
    nm = _DENIED_PRESENT.search(f, end, stop)
    # "تور استانبول ژانویه تقریبا پر شد": booked, so ahead
    # (whom for told between too: "از ۲۹ آذر تا ۲ دی برای یلدا رزرو شدیم")
    booked = bool(_BOOKED_AFTER.match(f, end) or _BOOKED_FOR_WHOM_AFTER.match(f, end))
    past = bool(pm) and (not fm or pm.start() < fm.start()) and not (nm and nm.start() < pm.start()) and not booked
    if past and (first := _PRESENT_STATE.search(f, end, pm.start())) and _AND_CLAUSE.search(f, first.end(), pm.start()) \
            and not THAT.search(f, end, first.start()):
        # "از ۱۵ تا ۲۵ صفر ورود خودروها ممنوع است و پارکینگی ... آماده شده است": the days' own
        # clause is in the present, the past is of the next one
        past = False
    if past and _present_act_then_that(f, end, pm.start()):
        # "شانه‌سازان ۵ اکتبر سالگرد ثبت صنف خود را جشن می‌گیرند که در ... ۱۳۴۷ قمری به ثبت رسیده است": the
        # day's own verb is a present act; the past is of the "that" clause after it (as day_tense)
        past = False
    if past and (_ahead_before_semicolon(f, end, stop, pm.start()) or _have_before_comma(f, end, pm.start())):
        # "تا پایان ذی‌الحجه ۲۰ درصد تخفیف می‌دهد؛ روزهای ۱۷ و ۱۸ ذی‌القعده رزرو شده است": the
        # month's own clause, before the semicolon, is in the present
        past = False
    if past and _EXTENDED_LATER_AFTER.match(f, end):
        # "طرح زوج و فرد در روزهای ۲ و ۳ ژانویه ... ۲ ساعت تمدید شد": what is extended on days is news of
        # near ones, ahead as often as behind; the nearest
        past = False
    if past and (over := OVER_AFTER.match(f, end)) and not over.group("now") and PRESENT_ACT.search(f, over.end(), stop) \
            and not PAST_ONLY.search(f, over.end(), stop):
        # "ماه صفر که تموم شد دیگ‌ها رو می‌دیم سفیدگری": once it is over, what one will do; ahead
        past = False
    # "از ابتدای آذر تاکنون ... شناسایی شده و ... آغاز می‌شود": counted from then until now
    past = past or bool(SINCE_NOW_AFTER.match(f, end))
    # "تمرینات شب ۱۹ رمضان لغو شده": called off, so it was still to come (as day_tense reads a day)
    called_off = calendar == "hijri" and bool(CALLED_OFF_AFTER.match(f, end))
    past = past and not called_off
    # "اردیبهشت ماه مدرسه‌مون اردو داره": what we or they have in a month, told in a spoken present that closes
    # the month's clause a few words on, nothing past: ahead
    # (not after a "when" clause told in the past: "آبان که اومدم گفتین آماده‌ست")
    have_ahead = not past and d is None and (hm := _SPOKEN_HAVE_CLOSES_AFTER.match(f, end)) is not None \
        and not PAST_ONLY.search(f, end, hm.end()) and not THAT.search(f, end, hm.end()) \
        and not HABIT.search(f, sentence_start(f, end), stop)
    future = booked or called_off or have_ahead or not past and future_first(f, end, stop)
    make = MAKE[calendar]
    coming = calendar == "hijri" and not past and _no_past_in_sentence(f, end, stop)

    def rel(ref: dt.date) -> convert.Interval:
        year = jalali_ref_year(ref, calendar)
        iv = relative.nearest_year(ref, lambda y: make(y, mon, d), year,
                                   probe=lambda y: make(y, mon, min(d, 28) if d else None), turn=not past)
        if calendar == "hijri" and coming and iv.end < ref:
            # the lunar year has no pull of its own (the press counts in Jalali years): a Hijri
            # month not told as past is the coming one, when it comes within half a year
            nxt = make(year_of_interval(iv, calendar) + 1, mon, d)
            if (nxt.start - ref).days <= _HALF_YEAR_DAYS:
                iv = nxt
        if past and iv.start > ref:
            iv = make(year_of_interval(iv, calendar) - 1, mon, d)
        elif future and iv.end < ref - (FAR if d else dt.timedelta(0)):
            # "در نوامبر سفر خواهند کرد" written in December: a month already over is next year's
            iv = make(year_of_interval(iv, calendar) + 1, mon, d)
        return iv

    return rel


_SPOKEN_HAVE_CLOSES_AFTER = re.compile(rf"(?:{SP1}{WORD}){{1,3}}?{SP1}(?:داریم|داره|دارن"
                                       # (or what is ready in it: "اردیبهشت بچه‌ها آماده‌ان")
                                       rf"|(?:آماده|حاضر){SP}(?:ان|اند|ست|ه|ن))(?={SP}(?:[.،,؛!؟?]|$))")
SEMICOLON = re.compile(r"[؛;]")
# "ماه صفر که تموم شد ...": once the month is over; "بهمن که داره تموم می‌شه": while it is ending ("now")
OVER_AFTER = re.compile(rf"{SP1}که{SP1}(?P<now>(?:داره|دارد){SP1})?(?:تموم|تمام){SP1}(?:می{SP}شه|میشه|می{SP}شود|شد|بشه|شود|شه){B1}")


_OVER_BY_PRESENT = re.compile(rf"{B0}(?:پایان|خاتمه){SP1}می{SP}(?:یابد|یابند){B1}")
# (spoken too: "سفارت تا ۱۵ فروردین هیچ نوبتی نمیده، ۲۷ اسفند هم که کنسل شد")
_DENIED_PRESENT = re.compile(rf"{B0}نمی{SP}(?:شود|شوند|گردد|گردند|کند|کنند|رسد|رود|ده|دن|ره|رن|شه|شن|کنه|کنن|رسه|رسن|گیره|گیرن|ذاره|ذارن)(?![\w\u200c])")


# How far on the wrong side of publication the nearest occurrence must lie before the tense
# moves it a year: a report filed the day before ("۱۷ مرداد ... اعلام کرد" published on 16
# Mordad) or a festival still running ("۱۱ فروردین ... آغاز می‌شود" on 17 Farvardin) keeps it.
FAR = dt.timedelta(days=31)


_HALF_YEAR_DAYS = 180


_PARTICIPLE_PAST = re.compile(rf"{B0}(?:شده|بوده|گذشته){SP1}(?:باشد|باشند|است|اند){B1}")


_MODAL_BEFORE = re.compile(rf"{B0}(?:باید|نباید|می{SP}توان|نمی{SP}توان)(?:{SP1}\w+)?{SP1}$")  # "باید توجه داشت"


# "عزاداری‌ها ... قبول باشد": a wish for mourning already done
_ACCEPTED = re.compile(rf"{B0}(?:قبول|موردقبول|مقبول){B1}")


_LIKE_BEFORE = re.compile(rf"{B0}(?:همانند|مانند|همچون|مثل){B1}")


# "۲۰ صفر که گفتین کربلا می‌رین": what one was told of the day, in the present it was told in
_THAT_SAID_RIGHT_AFTER = re.compile(rf"{SP1}که{SP1}(?:گفتین|گفتید|گفتی|گفتن|گفتند|گفت)(?=[^\S\n])")


def _you_said_of_it(f: str, end: int, verb: re.Match) -> bool:
    """The past is the saying right after the day ("که گفتین"), and what was said is told in the present."""
    said = _THAT_SAID_RIGHT_AFTER.match(f, end)
    return bool(said and said.end() == verb.end() and PRESENT_ACT.search(f, said.end(), _clause_end(f, said.end())))


def _no_past_in_sentence(f: str, end: int, stop: int) -> bool:
    """No past form anywhere in the sentence ("واقع شده باشد", "... است ، اظهار داشت"), nor a
    comparison with the month ("همانند دهه اول محرم"), nor a wish for what is done ("قبول باشد")."""
    start = sentence_start(f, end)
    start = max(start, f.rfind(":", start, end) + 1)  # "... گفت : ... تا ۲۸ صفر فعال هستند": the speech's own time
    # (so without the colon: "مادر عروس گفت عقد ۱۷ ربیع‌الاول است و ...")
    start = max((s.end() for s in _SAID_SPEECH.finditer(f, start, end)), default=start)
    # (nor the past of a clause before the day's own, joined by "و", that one told in the present with nothing
    # past: "مهلت ... تمدید شد و ادارات مالیاتی در ۱۰ محرم تعطیل‌اند")
    if (COPULA.search(f, end, stop) or PRESENT_ACT.search(f, end, stop) or _STATE_IS_GLUED.search(f, end, stop)) \
            and not PAST_ONLY.search(f, end, stop) \
            and not PERFECT_RE.search(f, end, stop):
        start = max([start] + [a.end() for v in PAST_ONLY.finditer(f, start, end) if (a := _AND_RIGHT_AFTER.match(f, v.end()))])
    return not (
        any(not _MODAL_BEFORE.search(f, max(0, v.start() - 12), v.start()) and not _you_said_of_it(f, end, v)
            for v in PAST_ONLY.finditer(f, start, stop))
        or PERFECT_RE.search(f, start, stop) or _PARTICIPLE_PAST.search(f, start, stop)
        or _LIKE_BEFORE.search(f, max(0, end - 40), end) or _ACCEPTED.search(f, start, stop))


_AND_RIGHT_AFTER = re.compile(rf"{SP1}و{SP1}")
_STATE_IS_GLUED = re.compile(rf"{B0}(?:بسته|باز|تعطیل|دایر|برقرار|آماده|حاضر){SP}(?:اند|ند|است|ست){B1}")
SAID_FORMS = ("گفت", "گفتن", "گفتند", "گفته")  # "said", as a verb of reporting
_SAID_SPEECH = re.compile(rf"{B0}{_alt(SAID_FORMS)}(?:{SP1}که)?{SP1}")


# A day told as done ("جلسه ... برگزار شد", "وارد مرحله تولید شده"), not only reported ("خبر
# داد"), lies at most a few days ahead of a late stamp, not two weeks; one told outright in the
# future ("برگزار خواهد شد") as far behind it.
_NEAR = dt.timedelta(days=14)


def ahead_limit(tense: str) -> dt.timedelta:
    """How far on the wrong side of publication the nearest occurrence may lie before ``tense``
    moves it a year."""
    return _NEAR if tense in ("done", "will") else FAR


WEEKDAY_BRACKET_BEFORE = re.compile(rf"(?P<wd>{WEEKDAY}){SP}[(\-–]{SP}$")


def weekday_with(f: str, m: re.Match) -> int | None:
    """The weekday written before a day, directly ("دوشنبه ۳ بهمن") or before its bracket or
    dash ("روز دوشنبه ( 19 سپتامبر )", "یکشنبه - 11 مهر")."""
    if m.group("wd"):
        return weekday_number(m.group("wd"))
    before = WEEKDAY_BRACKET_BEFORE.search(f, max(0, m.start() - 20), m.start())
    return weekday_number(before.group("wd")) if before else None


_SIDE_OF_TENSE = {"past": -1, "done": -1, "future": 1, "will": 1}


def tense_side(f: str, end: int) -> int:
    """-1, 1 or 0: the side of publication ``day_tense`` puts a day on."""
    return _SIDE_OF_TENSE.get(day_tense(f, end), 0)


# "با نزدیک شدن نشست ۲۰ دسامبر": a day drawing near lies ahead, whatever the verb
# ("در آستانه ۱۳ آبان مراسمی برگزار شد", told in the past, is the eve before the last one)
_APPROACHING_BEFORE = re.compile(
    rf"(?:(?P<near>نزدیک{SP1}شدن)|فرا{SP}رسیدن|در{SP1}آستانه)(?:{SP1}[^\s.؟!،,:]+){{0,5}}{SP1}$")


def approaching(f: str, start: int, end: int) -> bool:
    a = _APPROACHING_BEFORE.search(f, max(0, start - 60), start)
    stop = sentence_end(f, end)
    # (a present perfect holds now: "در آستانه ۱ مهر، ۲۳۰۰ کلاس درس جدید آماده شده": the coming one)
    return bool(a) and (bool(a.group("near")) or not PAST_ONLY.search(f, end, stop))


_PAUSE = re.compile(r"[؛:]")


_PLANNED_WORD = re.compile(rf"قرار{SP1}(?:است|شده(?:{SP1}است)?)(?![\w\u200c])|{B0}قراره{B1}|{B0}پیش{SP}بینی{SP1}می{SP}شود{B1}")


_WHICH_WILL_BE_BEFORE = re.compile(rf"{B0}که{SP1}(?:میشه|می{SP}شه){SP1}$")
_PUT_ON_RIGHT_BEFORE = re.compile(rf"{B0}(?:رو|را){SP1}(?:گذاشتم|گذاشتیم|گذاشتن|انداختم|انداختیم){SP1}$")


def planned_before(f: str, start: int) -> bool:
    """"قرار است لایحه ... ۱۵ دی‌ماه در جلسه علنی مطرح شود": a plan told earlier in the day's
    clause (no pause, past verb or other clause between) puts the day ahead."""
    if _WHICH_WILL_BE_BEFORE.search(f, max(0, start - 12), start):
        return True  # "بازارچه‌ی ویژه دارن که میشه ۶ ژانویه": which falls on the day, spoken, ahead
    if _PUT_ON_RIGHT_BEFORE.search(f, max(0, start - 12), start):
        return True  # "مراسم شما رو گذاشتم ٣ فروردین": put on the day, ahead
    plans = list(_PLANNED_WORD.finditer(f, max(sentence_start(f, start), start - 150), start))
    if not plans:
        return False
    plan = plans[-1]
    return not (_PAUSE.search(f, plan.end(), start) or PAST_ONLY.search(f, plan.end(), start)
                or THAT.search(f, plan.end(), start))


# "قرار بود ۱۵ ژانویه انجام شود، اما ... موکول شد": a plan that was, told in no tense of its own
# (the nearest such day; the past verb after it is the plan's fate)
# (or set "until now": "عروسی پسرم تا الان ۱۷ اسفند بود، ولی می‌خوایم ببریمش ۱۷ فروردین")
# (or written on a ticket: "نوشته تحویل ۲۰ دی، ولی پریروز حاضر شد")
WAS_PLANNED_BEFORE = re.compile(rf"{B0}(?:قرار{SP1}(?:بود|بوده)|افتاده{SP1}بود|تا{SP1}(?:الان|حالا)|نوشته{SP1}(?:تحویل|تاریخ{SP1}تحویل))(?:{SP1}که)?(?:{SP1}[^\W\d]+){{0,2}}{SP1}(?:روز{SP1})?$")  # (also "که افتاده بود ۲۱ رمضان، منتقل شد")


def was_planned(f: str, start: int) -> bool:
    return bool(WAS_PLANNED_BEFORE.search(f, max(0, start - 30), start))


def planned_in(f: str, start: int, stop: int) -> bool:
    """A plan that was ("قرار بود") told anywhere in ``start:stop``."""
    return bool(_WAS_PLANNED.search(f, start, stop))


_WAS_PLANNED = re.compile(rf"{B0}قرار{SP1}(?:بود|بوده){B1}")


# "مهلت ... تا ۱۵ فروردین تمدید شد", "آزمون از ۱۲ آبان به ۲۴ آبان تغییر یافت", "باید تا ۱۵ فروردین
# بازگردند": a deadline extended to a day, a date moved from or to one, a day by which something
# must be done: ahead, though the move is told in the past
# (also with the hour between: "تا ساعت ۱۴ روز یکشنبه ۱۵ فروردین تمدید شد")
_MOVE_EDGE_BEFORE = re.compile(rf"{B0}(?P<edge>تا|به|از){SP1}(?:ساعت{SP1}[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?(?:{SP1}{DAYPART})?{SP1})?(?:روز{SP1}|ماه{SP1}|(?:اواسط|اوایل|اواخر|پایان|آخر|انتهای|نیمه{SP1}(?:اول|دوم)){SP1}(?:ماه{SP1})?)?$")


_MOVED_AFTER = re.compile(  # (past a gloss in brackets: "تا ۱۸ ذی‌الحجه (عید غدیر) تمدید شد")
    rf"(?:{SP}\([^()\n]{{1,30}}\))?(?:{SP1}مهلت{SP1}(?:داد|داده|دادند|دادن|داده{SP}اند|داده{SP}است|می{SP}دهد|می{SP}دهند){B1}"  # "تا پایان مارس مهلت داده"
    # (an hour between too: "جلسه‌ی شما به دوشنبه ساعت ۳ بعدازظهر منتقل شد")
    rf"|(?:{SP1}ساعت{SP1}[0-9]{{1,2}}(?:[:٫][0-9]{{2}})?(?:{SP1}(?:صبح|عصر|ظهر|شب|بعدازظهر|بعد{SP}از{SP}ظهر))?)?"
    rf"(?:{SP1}به{SP1}[^.؟!،,:\n]{{1,30}}?)?{SP1}(?:تمدید|موکول|منتقل|تغییر|به{SP1}تعویق|جابه{SP}جا|جابجا)(?:ش|{SP}اش)?{SP1}"  # (spoken "تمدیدش کردن")
    # (also ours: "عروسی‌تون رو از ۱۷ آبان به ۲۴ آبان جابه‌جا کردیم")
    # (or wished to be: "می‌خواستم رزروم رو از پنجشنبه به جمعه منتقل کنم")
    rf"(?:شد|شده|شدند|شدن|یافت|یافتند|کرد|کردند|کردن|کردیم|کردم|گردید|گردیدند|پیدا{SP1}کرد|می{SP}\w+|خواهد"
    rf"|کنم|کنیم|کنید|کنین|کنند|کنن|بشه|بشود|شود){B1}"  # (plural too: "برچسب‌ها ... تا ۲۰ ژانویه تمدید شدند")
    # (or put back, "thrown" behind: "نصب‌ها رو تا ۲۰ فروردین عقب انداختیم", "به تعویق افتاد")
    rf"|{SP1}(?:عقب|به{SP1}تعویق){SP1}(?:انداختیم|انداختم|انداختن|انداختند|انداخت|افتاد|افتادند|افتاده|افتادن){B1})")
# ... or told before it, in speech: "ددلاین رو تمدید کردن تا جمعه"
_MOVED_BEFORE = re.compile(rf"{B0}(?:تمدید|موکول)(?:ش|{SP}اش)?{SP1}(?:شد|شده|کرد|کردند|کردن|کردیم|کردم){SP1}تا{SP1}(?:روز{SP1})?$"
                           # (or moved to it, the verb first: "نوبت‌های بعدازظهر منتقل شد به سه‌شنبه")
                           rf"|{B0}(?:منتقل|موکول|جابجا|جابه{SP}جا){SP1}(?:شد|شدند|شده|شدن|کردیم|کردم){SP1}به{SP1}(?:روز{SP1})?$")


_MUST_BY_BEFORE = re.compile(  # (a few words between: "باید واکسن‌ها را تا ۱۰ صفر دریافت کنند")
    rf"{B0}(?:باید|موظفند|موظف{SP1}هستند|مکلفند)(?:{SP1}[^\s\d.،,:؛]+){{0,4}}{SP1}تا{SP1}(?:ساعت{SP}[0-9]{{1,2}}(?:{SP}:{SP}[0-9]{{2}})?{SP1})?(?:روز{SP1})?$")


# a word, its parts joined by ZWNJ, and the spaces before it: one way only to split a run of words
# (a ZWNJ both a separator and a letter would make a long token cost exponential time)
WORD_AFTER = r"(?:[^\S\n]+[^\s\u200c.،,:؛!؟]+(?:\u200c+[^\s\u200c.،,:؛!؟]+)*)"
_EXTENDED_LATER_AFTER = re.compile(rf"{WORD_AFTER}{{0,8}}?{SP1}تمدید{SP1}(?:شد|شده|شدند|گردید|گردیدند){B1}")


# "تا ۱۰ بهمن باز می‌ماند", "تا ۲۰ صفر ادامه دارد", "تا ۱۵ آذر فرصت دارند": what lasts until a day
LASTS_UNTIL_AFTER = re.compile(
    # (continued by one, too: "پرواز روزانه را آغاز می‌کند و تا پایان فوریه ادامه می‌دهد")
    rf"{WORD_AFTER}{{0,4}}?{SP1}(?:ادامه{SP1}(?:دارد|دارند|می{SP}یابد|می{SP}یابند|یابد|یابند|داشته{SP1}باشد|می{SP}دهد|می{SP}دهند)|باز{SP1}(?:می{SP}ماند|است|هستند)"
    rf"|(?:فرصت|مهلت)(?:{SP1}(?:تجدیدنظر|اعتراض|ثبت{SP}نام|پرداخت|تسویه))?{SP1}(?:دارند|دارد|دارید)|اعتبار{SP1}(?:دارد|دارند|داره|دارن)|معتبر(?:ه|{SP}ه|ند|ن|{SP1}(?:هست|می{SP}مونه))|(?:دایر|برقرار|فعال|مستقر){SP1}(?:است|هستند)"
    # possible or valid until then: "بارگذاری رزومه تا ۱۵ اردیبهشت امکان‌پذیر است"
    rf"|(?:امکان{SP}پذیر|مجاز|معتبر){SP1}(?:است|می{SP}باشد)|معتبر{SP1}(?:می{SP}ماند|هستند)"
    # closed until then, written or spoken ("همه‌ی بازی‌ها تا ۱۵ فروردین تعطیله"), and spoken "ادامه داره"
    rf"|تعطیل(?:{SP1}(?:است|هستند|اند)|ه|ن)|ادامه{SP1}(?:داره|دارن)"
    # (or away until then: "بعدش تا ۵ فروردین نیستم"; or here: "اومدم شهر، تا سه‌شنبه اینجام")
    rf"|نیستم|نیستیم|اینجام|اینجاییم|اینجائیم|اونجام|اونجاییم"
    # (or what one won't do until then, one's own spoken present denied: "کبوترا رو تا ۱۰ فروردین پرواز نمیدم")
    rf"|نمی{SP}?(?:دم|دیم|کنم|کنیم|ذارم|ذاریم|فرستم|فرستیم|گیرم|گیریم|فروشم|فروشیم)"
    # halted or shut until then ("فهرست‌نویسی را تا ۲۰ فروردین متوقف کرده است", "۲ خط را تا ۱۰ بهمن
    # تعطیل کرده است"): the halt still holds
    rf"|(?:متوقف|معلق|تعلیق|تعطیل){SP1}(?:کرده{SP1}(?:است|اند)|کرده{SP}اند|شده{SP1}(?:است|اند)|شده{SP}اند|است|هستند|می{SP}ماند)"
    # rented until then, spoken ("قفسه رو تا آخر شهریور اجاره کردید"): the lease still runs
    rf"|اجاره{SP1}(?:کردید|کردین|کردیم|کردم|کرده{SP}اید|کرده{SP}این))"
    rf"(?![\w\u200c])")  # (a future told outright is the clause's)


# ... past one aside between commas: "تا پایان روز دوشنبه، همزمان با سایبر ماندی، ادامه دارد"
_ASIDE = re.compile(rf"{SP}[،,][^.،,؛:!؟\n]{{1,40}}[،,]")


FIGURES_OF_BEFORE = re.compile(rf"{B0}(?:گزارش|آمار|قبض|صورت{SP}حساب|کارکرد)(?:{SP}(?:ها|های|ی))?(?:{SP1}ماه)?{SP1}$")


def month_tense(f: str, m: re.Match) -> str | None:
    """The tense of a yearless month's clause, to judge a year written earlier in its sentence:
    a month a deadline is moved to is ahead ("تا پایان خرداد ماه تمدید شد")."""
    # (so is one a thing is stopped until: "مصاحبه‌ها را ... تا پایان ماه آوریل متوقف کرد")
    # (so is one something is got ready for, told in one's own present: "واسه تیرماه هم نیرو می‌گیریم")
    # (and one a thing lasts or stays valid until: "پروانه‌های امسال تا پایان اسفند اعتبار دارند")
    # (and one a licence or a term is extended until: "با تمدید مجوز پارک بادی تا آخر اسفند موافقت کرد")
    return "will" if moved_to(f, m.start(), m.end()) or planned_before(f, m.start()) or stopped_until(f, m.start(), m.end()) \
        or lasts_until(f, m.start(), m.end()) or _EXTENDED_UNTIL_BEFORE.search(f, max(0, m.start() - 60), m.start()) \
        or _FOR_BEFORE.search(f, max(0, m.start() - 8), m.start()) and _WE_DO_PRESENT.match(f, m.end()) \
        else day_tense(f, m.end())


_FOR_BEFORE = re.compile(rf"{B0}(?:برای|واسه)(?:{SP}ی)?{SP1}$")
_EXTENDED_UNTIL_BEFORE = re.compile(rf"{B0}تمدید(?:{SP1}[^\s.،,؛:!?؟]+){{0,6}}{SP1}تا{SP1}(?:(?:آخر|پایان|انتهای|اواخر){SP1})?(?:ماه{SP1})?$")
_WE_DO_PRESENT = re.compile(rf"(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}?{SP1}می{SP}[^\W\d]+یم{B1}")


def stopped_until(f: str, start: int, end: int) -> bool:
    """A date a thing is stopped, or a plan set, until ("مصاحبه‌ها را ... تا پایان ماه آوریل متوقف
    کرد", "برنامه اردوها را تا ماه مارس تنظیم کرد"): ahead, whatever the past verb."""
    return move_edge(f, start) == "تا" and bool(_STOPPED_AFTER.match(f, end) or _ARRANGED_AFTER.match(f, end))


def move_edge(f: str, start: int) -> str | None:
    """"تا", "به" or "از" right before a date (past "روز", an hour or an edge of a month), or None."""
    edge = _MOVE_EDGE_BEFORE.search(f, max(0, start - 36), start)
    return edge.group("edge") if edge else None


def moved_to(f: str, start: int, end: int) -> bool:
    """A date a plan or deadline is moved or extended to ("به اواسط فوریه موکول شد", "تا پایان
    خرداد تمدید شد"), not the one it is moved from."""
    return move_edge(f, start) in ("تا", "به") and bool(_MOVED_AFTER.match(f, end))


def moved_ahead(f: str, start: int, end: int) -> bool:
    if _MUST_BY_BEFORE.search(f, max(0, start - 70), start) or _MOVED_BEFORE.search(f, max(0, start - 30), start) \
            or _TAKEN_TO_BEFORE.search(f, max(0, start - 50), start):
        return True
    if _PUT_BACK_AFTER.match(f, end):
        return True  # "عروسی ۵ فروردین رو انداختیم عقب": the day put back was still to come
    edge, moved = move_edge(f, start), _MOVED_AFTER.match(f, end)
    if edge == "تا" and _STOPPED_AFTER.match(f, end):
        return True  # "آزمون‌های شهری تا ۱۵ فروردین لغو شد": stopped until a day, which is ahead
    # (not the day moved from: "نوبت تعمیر شما از ۲۲ اسفند به شنبه ۳۰ فروردین منتقل شد")
    return edge is not None and moved is not None and not (edge == "از" and _TO_NEW_DAY.match(f, end))


_PUT_BACK_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}(?:انداختیم|انداختم|انداختن|انداختند){SP1}(?:عقب|جلو){B1}"
                             # (or moved, asked to: "قرار دوشنبه رو جابه‌جا کنیم برای چهارشنبه")
                             rf"|{SP1}(?:رو|را){SP1}(?:جابه{SP}جا|جابجا){SP1}(?:کنیم|بکنیم|کنید|کنین|بکنید|بکنین|کنم|بکنم){B1}")


# spoken, an appointment "taken" or "thrown" to a day: "عروسی رو بردیم بعد از عید، ۱۰ اردیبهشت",
# "جلسه رو از پنجشنبه بردم جمعه", "تولد رو انداختیم به جمعه"
_TAKEN_TO_BEFORE = re.compile(
    rf"(?:{B0}(?:رو|را)|\u200c?(?:ش|شو|اش)){SP1}(?:از{SP1}(?:[^\s.،,؛:!؟]+{SP1}){{1,3}})?"  # ("از ۱۰ مهر بردیم ۱۷ مهر")
    rf"(?:بردیم|بردم|بردن|بردین|برده{SP}(?:ایم|ین|اند)|انداختیم|انداختم|انداختن|انداختین|افتادیم|افتاد"
    rf"|می{SP}بریم|می{SP}بریمش|می{SP}ندازیم|می{SP}اندازیم){B1}"  # (and now: "جلسه‌ی سه‌شنبه رو می‌بریم چهارشنبه")
    rf"(?:{SP1}(?:به|برای|واسه))?(?:{SP1}بعد{SP1}از{SP1}[^\s.،,؛:!؟]+{SP}[،,])?{SP1}(?:روز{SP1})?$"
    # (or asked to be moved from a weekday: "می شه نوبت حموم سگمو از پنجشنبه ببرید به شنبه؟")
    rf"|{B0}از{SP1}(?:روز{SP1})?{WEEKDAY}{SP1}(?:ببرید|ببرین|بندازید|بندازین|بذارید|بذارین){SP1}(?:به{SP1})?(?:روز{SP1})?$")
_ARRANGED_AFTER = re.compile(rf"{SP1}(?:تنظیم|برنامه{SP}ریزی|زمان{SP}بندی){SP1}(?:شد|شده|کرد|کردند|کردن|کرده{SP1}است)(?:{SP}(?:است|اند))?{B1}")
_STOPPED_AFTER = re.compile(rf"{SP1}(?:لغو|تعطیل|متوقف|ممنوع|معلق){SP1}(?:شد|شده|شدند|گردید|کرد|کردند|کردن)(?:{SP}(?:است|اند))?{B1}")


_TO_NEW_DAY = re.compile(rf"{SP1}به{SP1}")


def lasts_until(f: str, start: int, end: int) -> bool:
    """What lasts until the day: told in no tense, whatever verbs follow in the sentence ("تا ۲۰
    صفر ادامه دارد و ... اعزام شده است"); the nearest such day, not one moved a year back."""
    aside = _ASIDE.match(f, end)
    return move_edge(f, start) == "تا" and bool(LASTS_UNTIL_AFTER.match(f, end)
                                                 or aside and LASTS_UNTIL_AFTER.match(f, aside.end())
                                                 or _TERM_UNTIL_BEFORE.search(f, max(0, start - 40), start))


# the end of a loan or contract term ("به صورت قرضی تا ۲۹ اسفند به ... داده است"): it lasts until then
_TERM_UNTIL_BEFORE = re.compile(rf"{B0}(?:قرضی|امانی|قرارداد{SP}(?:ش|اش)?|اجاره){B1}[^.،,؛:]{{0,25}}?{SP1}تا{SP1}$")


def in_programme(f: str, start: int) -> bool:
    """A weekday in the list after "برنامه سفر ... اعلام شد:" ("صبح پنجشنبه بازدید از بندر ...،
    و جمعه حضور در ..."), with no verb of its own before it: a day of the programme, ahead."""
    begin = sentence_start(f, start)
    colon = f.rfind(":", begin, start)
    return colon >= 0 and bool(_ITINERARY_WORD.search(f, begin, colon)) and not has_verb(f, colon + 1, start) \
        and not PAST_ONLY.search(f, colon + 1, sentence_end(f, start))


# "حرکت ۲۲ دسامبر و برگشت ۲ ژانویه", "پرواز رفت چهارشنبه ... و برگشت شنبه": a tour's days, ahead
DEPARTURE_BEFORE = re.compile(rf"{B0}(?:حرکت|عزیمت|رفت|برگشت|بازگشت|پرواز{SP1}(?:رفت|برگشت)|تاریخ{SP1}(?:حرکت|رفت|برگشت)){SP1}$")


def set_off_on(f: str, start: int) -> bool:
    """A day a tour sets off or returns on, or that something falls on ("حرکت ۲۲ دسامبر",
    "افتاده ۲ فروردین"): ahead."""
    return bool(DEPARTURE_BEFORE.search(f, max(0, start - 16), start) or FALLS_ON_BEFORE.search(f, max(0, start - 16), start))


_ITINERARY_WORD = re.compile(rf"{B0}(?:برنامه{SP}(?:های|ها)?|جدول|برنامه{SP1}سفر){B1}")


def promised(f: str, start: int, end: int) -> bool:
    """A day a promise told before it is to be kept on, in the subjunctive after it
    ("پیمانکار وعده داده پس از تعطیلات نوروز، از ۱۴ فروردین، مطالبات را بپردازد"): ahead."""
    if _PROMISE_OF_BEFORE.search(f, max(sentence_start(f, start), start - 30), start) and _PROMISE_GIVEN_AFTER.match(f, end):
        return True  # "بانک وعده پرداخت تا ۱۵ خرداد را داده است": the day the promise names
    return bool(_PROMISE_BEFORE.search(f, max(sentence_start(f, start), start - 60), start)
                and _KEPT_AFTER.match(f, end)) or bool(_PROMISED_RIGHT_AFTER.match(f, end))


# ... or told right after it, in the first person, a subjunctive following: "۳ فروردین قول دادم بیام چاه رو ببینم"
_PROMISED_RIGHT_AFTER = re.compile(rf"{SP1}(?:وعده|قول){SP1}(?:دادم|دادیم|داده{SP}ام|داده{SP}ایم){SP1}(?:که{SP1})?ب[^\W\d]+{B1}")


_PROMISE_OF_BEFORE = re.compile(rf"{B0}(?:وعده|قول)(?:{SP}ی)?{SP1}[^\s\d.،,؛:!?؟]+(?:{SP1}(?:تا|در|از|برای))?{SP1}$")
_PROMISE_GIVEN_AFTER = re.compile(rf"{SP1}(?:را|رو){SP1}(?:داده|داد|دادند|داده{SP}اند|دادن|می{SP}دهد|می{SP}دهند){B1}")


# (a promise only: a decision reported after the fact, "مقرر شد نشست ... در ۲۸ اسفند برگزار
# شود", may be read months later)
_PROMISE_BEFORE = re.compile(rf"{B0}(?:وعده|قول){SP1}(?:داده|داد|دادند|داده{SP}اند|می{SP}دهد|می{SP}دهند){B1}")


_KEPT_AFTER = re.compile(rf"{SP}[،,]?{WORD_AFTER}{{0,4}}?{SP1}{NOT_AFTER_MI}"
                         rf"ب?(?:کند|کنند|شود|شوند|دهد|دهند|پردازد|پردازند|گیرد|گیرند|رسد|رسند|یابد|یابند)(?![\w\u200c])")


def deadline(f: str, start: int, end: int) -> bool:
    """A day by which something is to be done, told in the subjunctive ("مودیان می‌توانند
    اظهارنامه را تا ۱۵ اردیبهشت ارسال کنند"): ahead."""
    return move_edge(f, start) == "تا" and bool(_TO_BE_DONE_AFTER.match(f, end))


# (spoken too, what one is bidden to bring by then, "هر مشکلی داشت" the whatever-clause between: "تا ۲۹
# بهمن هر مشکلی داشت بیارید")
_TO_BE_DONE_AFTER = re.compile(rf"{WORD_AFTER}{{0,3}}?{SP1}{NOT_AFTER_MI}(?:کنند|کنید|نمایند|نمایید|بپردازند|بپردازید){B1}"
                               # (or come for it: "گواهی‌نامه‌ها رسیده، تا ۳۱ اردیبهشت بیاید ... تحویل بگیرید")
                               rf"|{SP1}(?:بیایید|بیاید|بیاین)(?:{SP1}[^\s\d.،,؛:!?؟]+){{0,3}}{SP1}(?:تحویل{SP1})?(?:بگیرید|بگیرین|ببرید|ببرین){B1}"
                               rf"|{SP1}هر{SP1}[^\s\d.،,؛:!?؟]+{SP1}(?:داشت|داشتید|داشتین|بود){SP1}(?:بیارید|بیارین|بیاورید|بگید|بگین|خبر{SP1}بدید|زنگ{SP1}بزنید){B1}"
                               # (or an offer set to run until it: "۳۰ درصد امتیاز اضافه تا ۱۵ فروردین برای کارتن‌ها در نظر گرفتیم")
                               rf"|{WORD_AFTER}{{0,4}}?{SP1}در{SP1}نظر{SP1}(?:گرفتیم|گرفته{SP}ایم|گرفته{SP1}شده){B1}")


def told_tense(f: str, start: int, end: int) -> str | None:
    """The day's clause's tense (``day_tense``), but none for a vote named by its day as the
    object or an apposition of a verb to come ("کنگره آرای انتخابات ۳ نوامبر را شمارش می‌کند",
    "برنده انتخابات هشتم نوامبر، ... سوگند یاد می‌کند"): the nearest such day."""
    tense = day_tense(f, end)
    if tense in ("future", "will") and VOTE_BEFORE.search(f, max(0, start - 12), start) \
            and _OBJECT_OR_PAUSE_AFTER.match(f, end):
        return None
    if tense in ("future", "will") and _DONE_ON_BEFORE.search(f, max(0, start - 30), start):
        # "درخواست‌های ثبت‌شده در ۲۰ دسامبر ... بررسی خواهد شد": what was done on the day, told as a
        # participle, before the future that is done with it; the day is gone by
        return "past"
    return tense


# a spoken "is" glued on the last word of the day's clause, a comma after (not a participle: "شده،", "گذشته،")
# (right after the day, no verb's "می" or "ب" before it: "۱۵ فروردین حاضره،", "۱۹ دی عروسیه،"; not "از ۲ فروردین کار نمی‌کنه،")
_SPOKEN_IS_CLAUSE_AFTER = re.compile(rf"{SP1}(?!(?:ن?می|ب){SP}?[^\W\d])[^\s\d.،,؛:!?؟]*[^\s\d.،,؛:!?؟دت\u200c]ه{SP}[،,]")
_DONE_ON_BEFORE = re.compile(rf"(?<=[^\W\d])(?:{SP}شده|{SP}شدهٔ|{SP}شده{SP}ی){SP1}(?:در|روز){SP1}$")


VOTE_BEFORE = re.compile(rf"{B0}(?:انتخابات|همه{SP}پرسی|رفراندوم){SP1}$")


_OBJECT_OR_PAUSE_AFTER = re.compile(rf"(?:{SP1}[^\s\d.،,:؛!؟]+){{0,2}}{SP}(?:[،,]|را{B1})")  # also "انتخابات ۱۲ اسفند روسیه،"


def _ahead_before_semicolon(f: str, end: int, stop: int, past: int) -> bool:
    """The past verb comes after a semicolon, and the date's own clause before it is told in the
    present, the subjunctive or with "باید" ("... تا ۱۵ ژانویه بپردازد؛ قسط قبلی را ... پرداخت
    کرده بود"): the past is of the next clause."""
    semi = SEMICOLON.search(f, end, stop)
    return bool(semi and past > semi.start() and (
        PRESENT_ACT.search(f, end, semi.start()) or SUBJ_LIGHT.search(f, end, semi.start())
        or WISH_VERB.search(f, end, semi.start()) or MUST_WORD.search(f, max(0, end - 40), semi.start())
        or _HAVE_NOW.search(f, end, semi.start())
        # (or what may be: "ممکن است ۲۵ فروردین به سواحل هرمزگان برسند؛ در هجوم سال ۱۳۴۰ ... رسیده بودند")
        or _MAY_BE.search(f, max(0, end - 40), semi.start())
        # (or a present denied: "عید که بشه تا ۱۳ فروردین کسی سفارش نمی‌ده؛ امسال ۴۳۰ تا نمد فروختیم")
        or NOT_NOW.search(f, end, semi.start())
        # (or bidden to come or go then, spoken: "اول شوال بیاین خونه‌ی ما؛ من سال ۱۳۳۳ ... روزه گرفتم")
        or _BIDDEN_COME.search(f, end, semi.start())))


_BIDDEN_COME = re.compile(rf"{B0}(?:بیاین|بیایید|بیاید|بیا|بریم|بیایم|بیاییم){B1}")


NOT_NOW = re.compile(rf"{B0}نمی{SP}\w+")  # a present denied


_MAY_BE = re.compile(rf"{B0}(?:ممکن{SP1}(?:است|هست)|احتمال{SP1}(?:دارد|داره)|شاید){B1}")


def _have_before_comma(f: str, end: int, past: int) -> bool:
    """The date's own clause, closed by a comma before the past verb, holds a present of having
    ("شب ۱۹ رمضان نذری داریم، ۱۹۰ تا شیشه آماده کردیم") or ends on a spoken closing: the past is of
    the next clause."""
    comma = COMMA.search(f, end, past)
    # (or a spoken closing: "۲۸ صفر تعطیله، نوبت شما رو جابجا کردیم به ۲۹ صفر")
    # (or one's leave to do something: "۲۰ دی می‌تونید بیاید ببرید، هزینه‌ش ۸۵۰ هزار تومن شد")
    # (or a state with its copula glued: "باشگاه از سه‌شنبه تا ۵ فروردین بسته‌ست، برنامه رو ... گذاشتیم")
    # (or one's want: "شب ۲۳ رمضون ۲۰۰ تا نون نذری می‌خوام، ۸۰۰ هزار تومن کارت به کارت کردم")
    return bool(comma and (HAVE_OR_NOT.search(f, end, comma.start()) or _CLOSED_RIGHT_BEFORE.search(f, end, comma.start())
                           or _YOU_CAN.search(f, end, comma.start()) or _STATE_GLUED.search(f, end, comma.start())
                           or _I_WANT.search(f, end, comma.start())
                           # (or ready then, spoken: "عینکت شب ۱۹ رمضان حاضره، افطار که کردیم می‌ریم می‌گیریم")
                           or _READY_SPOKEN.search(f, end, comma.start())
                           # (or a spoken present of its own: "شب ۱۹ رمضان مراسم احیا تا سحر طول می‌کشه، ... چاپ کردیم")
                           or _SPOKEN_PRESENT_3SG.search(f, end, comma.start())
                           # (or mine, ours or yours: "شب ۱۹ رمضان مغازه رو زودتر می‌بندیم، اگه فکس‌تون آماده شد فرداش بیاید",
                           # "تا ۱۰ محرم گبه‌ها رو تموم می‌کنم، برای هیئت محل نذر کردم")
                           or _PRESENT_OWN.search(f, end, comma.start())
                           # (or what must be done by it, a subjunctive after "باید": "مشق عید رو تا ۱۵ فروردین باید تحویل
                           # بدن، پارسال هم همین‌قدر بود")
                           or (must := MUST_WORD.search(f, end, comma.start())) and _SUBJ_ANY.search(f, must.end(), comma.start())))


_SUBJ_ANY = re.compile(rf"{B0}ب[^\W\d]+(?:م|ی|د|یم|ید|ین|ند|ن)(?![\w\u200c])")


_PRESENT_OWN = re.compile(rf"{B0}ن?می{SP}[^\W\d]{{2,}}(?:یم|ید|ین|م)(?![\w\u200c])")
_SPOKEN_PRESENT_3SG = re.compile(rf"{B0}ن?می{SP}[^\W\d]{{2,}}ه{B1}")


_YOU_CAN = re.compile(rf"{B0}می{SP}(?:تونید|تونین|تونی|توانید|توانی){B1}")
_I_WANT = re.compile(rf"{B0}می{SP}(?:خوام|خواهم|خوایم|خواهیم){B1}")
_READY_SPOKEN = re.compile(rf"{B0}حاضر(?:ه|ن|{SP}ان){B1}")


# (also someone away then, spoken: "دکتر از ۱ تا ۳ ژانویه تهران نیستن، نوبت رو جابه‌جا کردیم")
# (or open again, or one's phone on: "از ۵ فروردین گوشیم روشنه، هر کاری داشتین بگید")
_CLOSED_RIGHT_BEFORE = re.compile(rf"(?:{SPOKEN_CLOSED}|{B0}(?:نیستن|نیستند|نیستیم|نیستم|نیست|روشنه|بازه|بازیم)){SP}$")


COMMA = re.compile(r"[،,]")


# a present of having, written or spoken: "دو تا بازی داریم", "۳۰ درصد تخفیف داره"
_HAVE_FORMS = "(?:داریم|دارم|داره|دارن|دارد|دارند)"
HAVE_PRESENT = re.compile(rf"{B0}{_HAVE_FORMS}{B1}")
# (or its denial: "تا ۱۵ فروردین پذیرش نداریم، ... ۲۸۰ تومن بود دیگه؟")
HAVE_OR_NOT = re.compile(rf"{B0}ن?{_HAVE_FORMS}{B1}")
# ... and its second persons too, asked: "آخر صفر اتاق دارین؟"
HAVE_ANY = re.compile(rf"{B0}ن?(?:{_HAVE_FORMS}|دارین|دارید|داری){B1}")
# ... or any state held now ("ودیعه‌ش رو تا ۵ فروردین لازم داره؛ من هم قول دادم"), spoken "closed"
# too ("۲۸ صفر تعطیلیم؛ اگه قفلتون مشکل داشت ...")
_STATE_GLUED = re.compile(rf"{B0}(?:بسته|باز|آماده|پر|خالی|تعطیل|رزرو){SP}ست{B1}")
_HAVE_NOW = re.compile(rf"{HAVE_PRESENT.pattern}|{B0}(?:هست|هستند|هستیم|است){B1}|{SPOKEN_CLOSED}"
                       # (a state with its copula glued, spoken: "آتلیه تا ۱۰ فروردین بسته‌ست؛ عکسایی که پریروز گرفتیم ...")
                       rf"|{_STATE_GLUED.pattern}"
                       # (or "we are closed", a perfect's form: "از فردا تا آخر فروردین بسته‌ایم؛ نوبت ... منتقل شد")
                       rf"|{B0}(?:بسته|تعطیل){SP}(?:ایم|اند){B1}"
                       # (or open, spoken, "we are" glued: "از ۳ فروردین به بعد بازیم؛ باتری ... موجود کردیم")
                       rf"|{B0}باز(?:یم|ین|ید|ن){B1}"
                       # (or one somewhere, spoken: "صاحبخونه تا ۲ ژانویه تو ترکیه‌ست؛ امضا رو انداختیم به ...")
                       rf"|{B0}(?:تو|توی|در){SP1}[^\W\d]+\u200cست{B1}")


_ONE_CAN_BEFORE = re.compile(rf"{B0}ن?می{SP}توان{B1}")
_GLOSS_ENDS_CLAUSE = re.compile(r"[^\S\n]*[؛;]")
# a saying or writing told in the pluperfect, then what it said: "نوشته بود که", "گفته بودند که"
_LONG_AGO_SAID_BEFORE = re.compile(rf"{B0}(?:نوشته|گفته|اعلام{SP1}کرده|خبر{SP1}داده){SP1}(?:بود|بودند|بودم|بودی){SP1}که{B1}")
_MEANS_BEFORE = re.compile(rf"{B0}یعنی{SP1}[^\s.،,؛:!؟]+(?:{SP1}[^\s.،,؛:!؟]+){{0,3}}$")  # (also two days, "یعنی ۹ و ۱۰ محرم")


_BRACKET_GLOSS_AFTER = re.compile(rf"{SP}[(][^()\n]{{1,30}}[)]")
_CONFIRMED_WAS = re.compile(rf"بود{SP}[،,]?{SP}(?:درسته|دیگه|مگه{SP1}نه|نه){SP}[؟?]")


def _present_act_then_that(f: str, end: int, stop: int) -> re.Match | None:
    """The day's own verb a present act of "he" or "they" before ``stop``, a "that" clause after it, no
    "that" before it ("... ۵ اکتبر سالگرد ... را جشن می‌گیرند که در ... به ثبت رسیده است")."""
    first = _PRESENT_ACT_THEN_THAT.search(f, end, stop)
    return first if first and not THAT.search(f, end, first.start()) else None


def day_tense(f: str, end: int) -> str | None:
    """The tense that places a day written without its year: the first verb of its clause,
    reporting verbs too ("پانزدهم شهریور ... گفت" is a day that has passed)."""
    if SINCE_NOW_AFTER.match(f, end):
        return "past"  # "از ۱۰ آذر تاکنون ... شناسایی شده و ... آغاز می‌شود": counted until now
    if _FROM_DAY_BEFORE.search(f, max(0, end - 30), end) and _RISEN_SINCE_AFTER.match(f, end):
        return "past"  # "از اول مهر تعرفه‌ها ۱۵ درصد بالا رفته؛ ...": risen since a day, so gone by
    if _FROM_DAY_BEFORE.search(f, max(0, end - 30), end) and _LEFT_SINCE_AFTER.match(f, end):
        return "past"  # "بدهی ۴ میلیونی از ۱۵ آذر مونده، ...": owed since a day, so gone by
    if _FROM_DAY_BEFORE.search(f, max(0, end - 30), end) and _HERE_SINCE_AFTER.match(f, end) \
            and _STILL.search(f, max(0, end - 80), end):
        return "past"  # "کشتی هنوز تو اسکله وایساده؛ از ۲۰ دسامبر اینجاییم": still here since a day, gone by
    if _FROM_DAY_BEFORE.search(f, max(0, end - 30), end) and _BECAME_DAY_AFTER.match(f, end):
        # "عروسی افتاد عقب، از ۲۰ مرداد شد ۳ شهریور": the day a plan was moved from, spoken, is the
        # nearest such day, whatever the verb's past (as "از ۲۰ صفر به ۲۴ صفر منتقل شد")
        return None
    stop = tense_stop(f, end, sentence_end(f, end))
    end = past_aside_end(f, end, stop)
    if _SPOKEN_IS_CLAUSE_AFTER.match(f, end) and not _FROM_DAY_BEFORE.search(f, max(0, end - 30), end):
        # "لباس‌های نامزدی ۱۵ فروردین حاضره، ۲ تا تور هم اضافه گذاشتیم", "شب ۱۹ دی عروسیه، پس ... اگه ایرادی داشت ...":
        # the day's own clause, closed by a comma, says in speech what it is; the verbs after are another clause's
        return "future"
    if _UNTIL_DAY_BEFORE.search(f, max(0, end - 30), end) and (ends := _OVER_BY_PRESENT.search(f, end, stop)) \
            and not PAST_ONLY.search(f, end, ends.start()):
        # "کار تا ۳۰ آذر همین سال پایان می‌یابد": what is to be over by a day (not a run begun on a day before,
        # "از روز دوشنبه کارش را آغاز کرده و فردا پایان می‌یابد")
        return "future"
    if (pause := CLAUSE_PAUSE.search(f, end, stop)) and (denied := _DENIED_PRESENT.search(f, end, pause.start())) \
            and not PAST_ONLY.search(f, end, denied.start()) and not THAT.search(f, end, denied.start()) \
            and not _FROM_DAY_BEFORE.search(f, max(0, end - 30), end):
        # "سفارت تا ۱۵ فروردین هیچ نوبتی نمیده، ۲۷ اسفند هم که کنسل شد": the day's own clause, closed by a comma,
        # denies in the present; the past after it is another clause's (not what is said of it, "... ضمن تأکید بر
        # این‌که برق گران نمی‌شود"; nor since a day: "یکیش از ۲ فروردین کار نمی‌کنه، ...")
        return "future"
    if _GLOSS_ENDS_CLAUSE.match(f, end) and _MEANS_BEFORE.search(f, max(0, end - 30), end):
        # "بخیه‌ها رو ۱۰ روز بعد از عمل می‌کشن، یعنی ۸ فروردین؛ ... دکتر گفت": a gloss that ends its
        # clause; the verbs after the semicolon are another clause's
        return None
    if future_first(f, end, stop):
        fut = FUTURE.search(f, end, stop)
        if fut and _FROM_DAY_BEFORE.search(f, max(0, end - 30), end) \
                and (state := _STATE_ENDS_CLAUSE.search(f, end, fut.start())) and not THAT.search(f, end, state.start()):
            # "... که از ۱ ژانویه اعتبار دارد و نام دو داور ایرانی در آن دیده می‌شود": from the day on, a state
            # in the present; the present after "و" is another clause's (not a deadline: "مهلت ۲۵ آذرماه است و
            # همایش ... برگزار می‌شود", ahead)
            return None
        if _LONG_AGO_SAID_BEFORE.search(f, sentence_start(f, end), end):
            # "... ۶۵/۰۸/۲۹ است؛ در آن نوشته بود که ... اول آذر به خانه برمی‌گردد": ahead of a
            # writing long past, not of publication
            return None
        # "خواهد" / "قرار است" tell the future outright; a present ("آغاز می‌شود") may be running
        return "will" if WILL.search(f, end, stop) else "future"
    # (a run's first day booked, read past the run's last: "از ۲۹ آذر تا ۲ دی برای یلدا رزرو شدیم", "از ۲۹ آذر
    # تا ۲ دی رو براتون نگه داشتیم")
    run = _RUN_LAST_DAY_AFTER.match(f, end)
    after_run = run.end() if run else end
    if _BOOKED_AFTER.match(f, after_run) or _BOOKED_FOR_WHOM_AFTER.match(f, after_run) \
            or _REGISTERED_FOR_AFTER.match(f, end) or _HALL_GOT_AFTER.match(f, end) or _JOB_TAKEN_AFTER.match(f, end) \
            or _GOT_AFTER.match(f, end) and _LODGING.search(f, max(sentence_start(f, end), end - 80), end) \
            or _ORDER_FOR_DAY_BEFORE.search(f, max(0, end - 45), end) and _LOGGED_AFTER.match(f, end) \
            or _FOR_DELIVERY_BY_BEFORE.search(f, max(0, end - 40), end) \
            or _SIGNED_UP_AFTER.match(f, after_run) and _FOR_THING_FROM.search(f, max(sentence_start(f, end), end - 80), end):
        # (or signed up for what runs from a day: "برای کلاس‌های تابستونی از ۵ مرداد تا ۲۵ شهریور ثبت‌نام کردیم")
        # (or a delivery by it, what is ordered for it told in the past: "برای تحویل تا ۲ فروردین ۷۰۰ سفارش ... ثبت شده است")
        # (or an order for a party on it, logged: "سفارش تولد ۳مهر ثبت شد")
        # "از ۲۹ اسفند تا ۴ فروردین هتل رزرو کردیم", "هتل کیش رو از ۳ تا ۷ فروردین گرفتیم": booked for
        # days to come
        return "future"
    if (_SETTLED_AFTER.match(f, end) or _ISSUED_FOR_AFTER.match(f, end)) and _RANGE_END_BEFORE.search(f, max(0, end - 30), end):
        # "تور کیش از ۲ تا ۶ فروردین قطعی شد": days settled for a trip, ahead (a single day
        # "قطعی شد" is often the day a deal closed, so left alone)
        return "future"
    if _SET_FOR_AFTER.match(f, end) or _CHOSEN_FOR_AFTER.match(f, end):
        # "وقت رسیدگی ساعت ۱۰ صبح ۱۷ آبان تعیین شد", "دکتر تاریخ زایمانم رو ۱۸ فروردین زد": a day
        # set for something, ahead
        return "future"
    if _OTHER_DAY_RIGHT_AFTER.match(f, end):
        # "لباس‌های کنسرت ۱۵ دی دیروز رسید": the day names a thing, the clause's time is another day's
        return None
    if CALLED_OFF_AFTER.match(f, end) or (gloss := _BRACKET_GLOSS_AFTER.match(f, end)) and CALLED_OFF_AFTER.match(f, gloss.end()):
        # "نشست ۱۷ و ۱۸ آوریل را لغو کرد": a meeting called off was still to come (a gloss in brackets
        # between too: "مسابقات تا ۱۵ فروردین (۳ آوریل) لغو شد")
        return "future"
    if _FREE_ASKED_AFTER.match(f, end):
        return "future"  # "۲۰ اسفند وقت دارید؟": one's time asked for, ahead
    if _FREE_AFTER.match(f, end):
        return "future"  # "فعلاً ۲ فروردین تا ۶ فروردین خالیه": free to book, so ahead
    if _SLOT_HAD_AFTER.match(f, end) and _ONLY_DAY_BEFORE.search(f, max(0, end - 20), end):
        return "future"  # "محضر برای عقد فقط ۵ فروردین وقت داشت، منم همون رو گرفتم": the only slot offered, ahead
    pasts = [p.start() for p in (PAST_ONLY.search(f, end, stop), PERFECT_RE.search(f, end, stop)) if p]
    if pasts and (comma := CLAUSE_END.search(f, end, min(pasts))) and _BUT_IF.match(f, comma.start()) \
            and not PAST_ONLY.search(f, end, comma.start()) and not PERFECT_RE.search(f, end, comma.start()):
        # "سفارش می رسه به ۲ ژانویه، اگه دیر شد پول رو برمی گردونم": the past is of a condition after the
        # day's own clause, the nearest such day
        return None
    if pasts and (first := _present_act_then_that(f, end, min(pasts))) and not PAST_ONLY.search(f, end, first.start()):
        # "... ۵ اکتبر سالگرد ثبت صنف خود را جشن می‌گیرند که در ... به ثبت رسیده است": the day's own verb is a
        # present act, the past is of the "that" clause after it; the nearest such day
        return None
    if pasts and (can := _ONE_CAN_BEFORE.search(f, max(sentence_start(f, end), end - 60), end)) \
            and not CLAUSE_END.search(f, can.end(), end):
        # "قبض‌ها را می‌توان تا ۲۰ فروردین بدون جریمه پرداخت کرد": after "one can", the short infinitive
        # is no past
        return "future"
    # spoken, a bid or a wish the first verb after the day: "قسط بعدی رو ۱۰ بهمن بریز، این ماه دیر کردی"
    wish = WISH_VERB.search(f, end, min(pasts, default=stop))
    if wish and not has_verb(f, end, wish.start()):
        return "future"
    # what one can or must do on the day, told around it: "او می‌تواند در مسابقات ۱۴ تا ۱۸ اردیبهشت
    # شرکت کند"
    subj = SUBJ_LIGHT.search(f, end, min(pasts, default=stop))
    if subj and not has_verb(f, end, subj.start()) \
            and (can := _CAN_BEFORE.search(f, max(sentence_start(f, end), end - 60), end)) \
            and not (PAST_ONLY.search(f, can.end(), end) or CLAUSE_END.search(f, can.end(), end)):
        return "future"
    if pasts and _IF_OPENS_BEFORE.search(f, max(sentence_start(f, end), end - 40), end) \
            and not PLUPERFECT_AT.match(f, min(pasts)) and not CLAUSE_END.search(f, end, min(pasts)):
        return "future"  # "اگه دوشنبه هم تعطیل شد خبر میدم": a past form in a condition, ahead
    if pasts and _EXTENDED_LATER_AFTER.match(f, end):
        return None  # "طرح زوج و فرد در روزهای ۲ و ۳ ژانویه ... تمدید شد": the nearest such days
    if pasts and _CONFIRMED_WAS.match(f, min(pasts)):
        return None  # "مراسم شما ۱۰ آبان بود درسته؟": a "was" asked back to be sure, of no time gone by; the nearest
    if pasts:
        # "از ۱ تا ۴ فروردین ... فعال هستند و فهرست ... منتشر شده است": the day's own clause is
        # in the present, the past is of the next one
        # (not the state of a clause of its own: "با بیان اینکه ... می‌باشد، ادامه داد")
        first = _PRESENT_STATE.search(f, end, min(pasts))
        if first and _AND_CLAUSE.search(f, first.end(), min(pasts)) and not THAT.search(f, end, first.start()):
            return None
        if _ahead_before_semicolon(f, end, stop, min(pasts)) or _have_before_comma(f, end, min(pasts)):
            # (also "پرواز ۲ فروردین ۴۰ دقیقه تأخیر داره، ساعت حرکت شد ۱۴:۴۰")
            return None
        return "done" if EVENT_PAST.search(f, end, stop) else "past"
    if REDUCED_PERFECT.search(f, end, stop):
        return "past"  # "از اول ژانویه ... به ۹۰ میلیون نفر رسیده که": a perfect with its "است" left out
    return None


# (also days or a month filled up: "تور ژانویه تقریبا پر شد", "۲۸ دسامبر تا ۲ ژانویه پر شده است"; and
# vowed for: "واسه افطاری ۲۳ رمضان ۱۰ کیلو زولبیا نذر کردیم"; or we are booked for it: "۲۹ آذر برای یلدا رزرو
# شدیم")
BOOKED = (rf"{SP1}(?:(?:رزرو|پیش{SP}خرید|پیش{SP}فروش|نذر){SP1}(?:کردیم|کردم|کرده{SP}ایم|کرده{SP}ام|شده|شد|شدیم|کرده)"
           # (or held for someone: "۱۰ تیر رو براتون نگه داشتیم")
           # (or settled by us: "ویلا رو از ۲ تا ۶ فروردین قطعی کردیم"; not "قطعی شد", as often a deal
           # closed on the day)
           rf"|قطعی{SP1}(?:کردیم|کردم|کرده{SP}ایم|کرده{SP}ام)"
           # (or let out for it: "پیست روز اول ژانویه برای جشن یه شرکت اجاره داده شده")
           rf"|اجاره{SP1}(?:داده{SP1}شده|داده{SP1}شد|دادیم|دادم|دادن|دادند|داده{SP}ایم)"
           rf"|پر{SP1}(?:شده|شد)|(?:(?:برات|براتون|براش|براشون|برای{SP1}شما){SP1})?(?:خالی{SP1})?نگه{SP1}(?:داشتیم|داشتم|داشتن|داشتند)"
           # (or set aside for it: "برای قربونی پنجشنبه یه بره ... کنار گذاشتم")
           rf"|کنار{SP1}(?:گذاشتم|گذاشتیم|گذاشتن|گذاشتند)"
           # (or kept free: "نوبت ۱۴ فروردین رو براتون خالی گذاشتیم")
           rf"|خالی{SP1}(?:گذاشتیم|گذاشتم|گذاشتن|گذاشتند)){B1}")


_BOOKED_AFTER = re.compile(rf"{WORD_AFTER}{{0,3}}?{BOOKED}")
# (a few more words when they tell whom for: "روز اول ژانویه برای جشن یه شرکت اجاره داده شده")
# (the day made the object first: "۵ فروردین رو برای مولودی خانما خالی نگه داشتم")
_BOOKED_FOR_WHOM_AFTER = re.compile(rf"(?:{SP1}(?:رو|را))?{SP1}(?:برای|واسه){WORD_AFTER}{{1,4}}?{BOOKED}")
_FOR_DELIVERY_BY_BEFORE = re.compile(rf"{B0}برای{SP1}(?:تحویل|ارسال|رسیدن){SP1}تا{SP1}[0-9]{{1,2}}{SP1}{JMONTH}$")
# registered for something on the day: "شب ۲۰ آذر واسه عروسی دخترتون ثبت شد" (not "۲۰ آذر ثبت شد", a record made that day)
_SIGNED_UP_AFTER = re.compile(rf"{SP1}ثبت{SP}نام{SP1}(?:کردیم|کردم|کرد|کردن|کردند|کرده{SP}ایم|کرده{SP}ام){B1}")
_FOR_THING_FROM = re.compile(rf"{B0}(?:برای|واسه)(?:{SP1}[^\s\d.،,؛:!?؟]+){{1,4}}{SP1}از{SP1}")
_LOGGED_AFTER = re.compile(rf"{SP1}ثبت{SP1}(?:شد|شده|کردیم|کردم){B1}")
_REGISTERED_FOR_AFTER = re.compile(rf"{WORD_AFTER}{{0,1}}?{SP1}(?:واسه|برای){WORD_AFTER}{{1,3}}?{_LOGGED_AFTER.pattern}")
_ORDER_FOR_DAY_BEFORE = re.compile(rf"{B0}سفارش(?:{SP}ی)?{SP1}(?:تولد|جشن|عروسی|عقد|مهمونی|مهمانی|نامزدی|سالگرد|افطاری)"
                                   rf"(?:{SP}ی)?{SP1}(?:روز{SP1})?[0-9]{{1,2}}{SP}(?:{JMONTH})(?:{SP1}ماه)?$")
# a lodging or hall got for days ("got" the hotel: booked, not bought on that day)
_GOT_AFTER = re.compile(rf"{WORD_AFTER}{{0,2}}?{SP1}(?:گرفتیم|گرفتم|گرفتن|گرفته{SP}ایم){B1}")
_LODGING_WORDS = "هتل|اتاق|ویلا|سوئیت|تالار|اقامتگاه"
# (the hall named right after the days, got for an occasion: "از ۱۰ تا ۱۲ آذر سالن رو برای جشن سه‌روزه‌ی عروسی گرفتیم";
# or rented: "از ۱ ژانویه سالن سرپوشیده رو برای زمستون اجاره کردیم")
_HALL_GOT_AFTER = re.compile(rf"{SP1}(?:{_LODGING_WORDS}|سالن|باغ)(?:{SP}ی)?(?:{SP1}[^\s\d.،,؛:!?؟]+)?{SP1}(?:رو|را)"
                             rf"(?:{SP1}(?:برای|واسه){WORD_AFTER}{{1,4}}?)?{SP1}(?:گرفتیم|گرفتم|گرفتن|(?:رزرو|اجاره){SP1}(?:کردیم|کردم)){B1}")
# a job for the day taken on: "عروسی ۲۵ مرداد رو قبول کردیم" (the day made the object; not "۲۵ مرداد قبول
# کردیم", accepted on that day)
_JOB_TAKEN_AFTER = re.compile(rf"{SP1}(?:رو|را){SP1}(?:هم{SP1})?قبول{SP1}(?:کردیم|کردم|کردن|کردند|کرده{SP}ایم|کرده{SP}ام){B1}")
# (also "ویلای رامسر رو ... گرفتم"; and a ticket: "بلیت ... برای ۳۱ دسامبر گیر نیومد، ۲ ژانویه رو گرفتم")
_LODGING = re.compile(rf"{B0}(?:{_LODGING_WORDS}|بلیت|بلیط|بلیت{SP}ها|بلیط{SP}ها)(?:ی|{SP}ی)?{B1}")


# a day right after "از" or "تا": "از ۱۵ آذر", "تا ۳۰ آذر"
_DAY_OF_MONTH_TAIL = rf"{SP1}(?:اول|[0-9]{{1,2}}){SP1}[^\s\d.،,؛:!?؟]+$"
_FROM_DAY_BEFORE = re.compile(rf"{B0}از{_DAY_OF_MONTH_TAIL}")
_UNTIL_DAY_BEFORE = re.compile(rf"{B0}تا{_DAY_OF_MONTH_TAIL}")
_BECAME_DAY_AFTER = re.compile(rf"{SP1}(?:شد|شده|افتاد|رفت)(?:{SP1}به)?{SP1}(?:روز{SP1})?(?:(?:{WEEKDAY}){SP1})?[0-9]{{1,2}}{SP1}(?:{JMONTH}){B1}")
_HERE_SINCE_AFTER = re.compile(rf"{SP1}(?:اینجا|این{SP1}جا|اونجا|آنجا)(?:ییم|یم|ایم|ست|ئیم|م|ن){B1}")
_STILL = re.compile(rf"{B0}هنوز{B1}")
_LEFT_SINCE_AFTER = re.compile(rf"{SP1}(?:مونده|مانده){SP}(?:[،,؛;.]|$)")
_RISEN_SINCE_AFTER = re.compile(rf"(?:{SP1}[^\s.،,؛:!?؟]+){{0,4}}?{SP1}(?:بالا|پایین){SP1}(?:رفته|اومده|آمده){SP}(?:[؛;.،,]|$)")
# (or a paper issued for the days: "بیمه‌ی مسافرتی ... از ۲۰ ژانویه تا ۳ فوریه صادر شد")
_ISSUED_FOR_AFTER = re.compile(rf"{SP1}صادر{SP1}(?:شد|شده|کردیم|کردم){B1}")
_SETTLED_AFTER = re.compile(rf"{SP1}قطعی{SP1}(?:شد|شده){B1}")
_RUN_LAST_DAY_AFTER = re.compile(rf"{SP1}(?:تا|الی){SP1}[0-9]{{1,2}}{WORD_AFTER}")
_RANGE_END_BEFORE = re.compile(rf"{B0}تا{SP1}\d{{1,2}}{SP1}[^\s\d.،,؛:!?؟]+$")


_SET_FOR_AFTER = re.compile(rf"(?:{SP}[،,])?{WORD_AFTER}{{0,2}}?{SP1}(?:(?:تعیین|مقرر|موکول){SP1}(?:شد|شده|گردید|کرد|کردند)"
                            rf"|زد|زدند|گذاشت|گذاشتند|گذاشتیم|گذاشتن){B1}")  # (spoken too: "مسابقه رو ۷ جولای گذاشتن")
# (or chosen for a thing, the day made the object: "روز ۱۲ ژانویه را برای دیدار دوستانه با تیم روسی انتخاب کرد")
_CHOSEN_FOR_AFTER = re.compile(rf"{SP1}(?:را|رو){SP1}(?:برای|واسه){WORD_AFTER}{{1,6}}?{SP1}انتخاب{SP1}(?:کرد|کردند|کردیم|کردن|کرده{SP}اند|کرده{SP}است){B1}")


# (its object marked, a reason between: "کنسرت ۲۲ ژانویه خود در تورنتو را به دلیل بیماری لغو کرد")
CALLED_OFF_AFTER = re.compile(rf"{WORD_AFTER}{{0,4}}?{SP1}(?:را|رو){WORD_AFTER}{{0,3}}?{SP1}(?:لغو|کنسل){SP1}(?:کرد|کردند|کردیم|کردن|کردم|کردید|کردین|کردی){B1}"
                               # (or, told of itself, "کنسرت ۲۰ فروردین لغو شد", spoken "کنسله")
                               # (not what had been called off: "نوبت آنان در دسامبر لغو شده بود")
                               # (a reason between too: "کنسرت ۲۰ مرداد به خاطر موج کرونا لغو شد")
                               rf"|(?:{SP1}(?:به{SP1}(?:خاطر|دلیل|علت)|بخاطر){WORD_AFTER}{{1,4}}?)?"
                               rf"{SP1}(?:(?:لغو|کنسل){SP1}(?:شد|شده|شدند)(?!{SP1}(?:بود|بودند){B1})|کنسله|کنسل{SP1}شده{SP}ست){B1}")


_OTHER_DAY_RIGHT_AFTER = re.compile(rf"{SP1}(?:دیروز|پریروز|دیشب|امروز){B1}")
_FREE_AFTER = re.compile(rf"{WORD_AFTER}{{0,3}}?{SP1}(?:خالیه|خالی{SP1}(?:است|هست|هستش)){B1}")
_SLOT_HAD_AFTER = re.compile(rf"{SP1}(?:وقت|نوبت|جا){SP1}(?:خالی{SP1})?(?:داشت|داشتن|داشتند){B1}")
_ONLY_DAY_BEFORE = re.compile(rf"{B0}(?:فقط|تنها){SP1}(?:روز{SP1})?[0-9]{{1,2}}{SP1}[^\W\d]+$")
_FREE_ASKED_AFTER = re.compile(rf"{SP1}(?:وقت|جا|نوبت){SP1}(?:خالی{SP1})?(?:دارید|دارین|داری|هست){SP}[؟?]")


# a condition opening the day's clause, a word or three before the day ("اگه دوشنبه", "اگر روز شنبه")
_IF_OPENS_BEFORE = re.compile(rf"{B0}(?:اگه|اگر)(?:{SP1}[^\s.،,؛:!?؟]+){{0,3}}$")  # (the day's own words too: "اگه ۱۳ فروردین")
PLUPERFECT_AT = re.compile(rf"(?:[^\s.،,؛:!?؟]*{SP1})?(?:بود|بودم|بودی|بودیم|بودید|بودند|بودن|باشه|باشد){B1}")
_CAN_BEFORE = re.compile(rf"{B0}(?:می{SP}(?:تواند|توانند|تونه|تونن)|باید){B1}")


_AND_CLAUSE = re.compile(rf"{SP}(?:و|[،,؛]){B1}")
_PRESENT_ACT_THIRD = r"می[\u200c ][^\W\d]+(?:ند|د)"  # a present act of "he" or "they": "می‌زنند", "جشن می‌گیرند"
_PRESENT_ACT_THEN_THAT = re.compile(rf"{B0}{_PRESENT_ACT_THIRD}{SP1}که{B1}")
_PRESENT_STATE = re.compile(rf"{B0}(?:هستند|هست|است|می{SP}باشد|می{SP}باشند|دارد|دارند"
                            # (or a present act: "از ۲۵ دی تا ۵ بهمن در بانکوک اردو می‌زنند و هزینه آن ... برآورد شده است")
                            rf"|{_PRESENT_ACT_THIRD}"
                            # (or a state with its copula glued, spoken: "مطب تا ۱۲ محرم بسته‌ست و همه نوبت‌ها منتقل شد")
                            rf"|(?:بسته|باز|تعطیل|برپا){SP}ست)(?={_AND_CLAUSE.pattern})")  # ("... از ۱ تا ۱۵ فروردین در بوستان برپاست و ... دیروز مجوز گرفت")


_STATE_ENDS_CLAUSE = re.compile(rf"{B0}(?:هستند|هست|است|دارد|دارند)(?={_AND_CLAUSE.pattern})")


def nearest_side(ref: dt.date, make, mon: int, d: int, future: bool) -> convert.Interval:
    """The day ``mon``/``d`` last before ``ref`` (or next after it, ``future``), Gregorian years."""
    for y in ((ref.year, ref.year + 1) if future else (ref.year, ref.year - 1)):
        iv = make(y, mon, d)
        if (iv.start > ref) if future else (iv.start < ref):
            return iv
    return make(ref.year + (1 if future else -1), mon, d)


# "... به روز شنبه موکول شد", "روز جمعه باید ... داشته باشیم": a day still ahead
MUST_WORD = re.compile(rf"{B0}باید{B1}")


THAT = re.compile(rf"{B0}(?:که|اینکه|این{SP}که|چون|زیرا|اگر){B1}")


# (also what one puts off, sets or brings forward to a day, in speech: "کلاس این هفته رو بندازید پنجشنبه",
# "نوبت دکتر رو انداختیم شنبه")
_PUT_ON = (rf"بنداز(?:ید|ین|یم|م|ن|ه)?(?:ش)?|انداختیم|انداختن|انداختند|انداختم|می{SP}(?:ندازیم|ندازم|ندازن|اندازیم)"  # ("صعود رو می‌ندازیم هفته‌ی بعد")
           # set on it, brought forward to it: "جلسه رو بذاریم دوشنبه", "تمرین رو بیارید جلو به چهارشنبه" (its
           # object glued on too: "بندازیمش هفته بعد؟", "بذاریمش برای ماه بعد")
           rf"|بذار(?:ید|ین|یم|م)(?:ش)?|بگذار(?:ید|یم)(?:ش)?|می{SP}ذار(?:یم|م|ن)|(?:بیار(?:ید|ین|یم|م)?|آوردیم|آوردم|آوردن|آوردند){SP1}جلو"
           # (or moved to it, asked or bidden: "پیک‌آپ رو جابجا کنیم به یکشنبه؟")
           rf"|(?:جابجا|جابه{SP}جا|منتقل)(?:ش)?{SP1}(?:کنیم|کنین|کنید|کنم|بکنیم|بکنید|کن|بکن)")
_ON_DAY = rf"(?:{SP1}(?:به|در|برای))?{SP1}(?:روز{SP1})?$"
FALLS_ON_BEFORE = re.compile(rf"{B0}(?:می{SP}افتد|می{SP}افته|میفته|میفتد|افتاده|افتاد|بیفته|بیفتد|بیافته|بیافتد"
                             rf"|می{SP}افتن|میفتن|می{SP}افتند|افتادن|افتادند|بیفتن|بیفتند"  # (of many: "جبرانی‌ها می‌افتن هفته‌ی بعد")
                             rf"|{_PUT_ON}){_ON_DAY}")
# only what one puts off, sets or brings forward to a day: a day after the one it is said on
PUT_ON_BEFORE = re.compile(rf"{B0}(?:{_PUT_ON}){_ON_DAY}")


# a subjunctive or an imperative made with a light verb ("تا پنجشنبه صبر کنیم", "از شنبه ... مجازی کنه",
# "باید تا یکشنبه امضا شود", "تا سه‌شنبه تمدیدش کن"): the verb a day ahead hangs on, when nothing else marks it
SUBJ_LIGHT = re.compile(rf"(?<![\w\u200c]){NOT_AFTER_MI}ب?(?:کنم|کنیم|کنید|کنین|کنه|کنن|کند|کنند|کن|شه|شیم|شود|شوند|یابد|یابند"
                        rf"|دهد|دهند)(?![\w\u200c])")  # (also "تحویل دهند": "می‌توانند تا ۱۰ فروردین ... تحویل دهند")


# a subjunctive of the first or second person, or a spoken third ("شنبه زنگ بزنم", "یکشنبه
# بریم کوه", "تا پنجشنبه بریزین"): a plan or wish. Not the written third ("تلاش داشت تا ... بگیرد": a purpose), nor
# the nouns and pasts among such forms ("بیان", "بره", "برد", "برند", "بدن")
WISH_VERB = re.compile(rf"{B0}ن?(?:ب(?:زن|گیر|کن|نداز|یانداز|خر|بین|رس|گ|خون|خوان|نویس|پوش|مون|مان|پرس|فرست|ذار|گذار|ش|خور|بر|ریز|یفت|یافت|بند)(?:م|یم|ی|ید|ین|ه|ن)"
                        rf"|بر(?:م|یم|ن)|بیا(?:م|یم|ییم|د|ی)?"  # (also the bare imperative: "دوشنبه شب ساعت ۸ بیا")
                        # (and the third person's: "مامانم پنجشنبه می‌خواد بره دکتر", "می‌خواهد برود")
                        rf"|بره|برود|بروند"
                        # coming back: "بابا میگه سه‌شنبه برگردیم", "دوشنبه باید برگرده سر کار"
                        rf"|برگرد(?:م|یم|ی|ید|ین|ه|ن)|برگردون(?:م|یم|ی|ید|ین|ه|ن)"  # (and giving back: "باید شنبه برگردونید")
                        # "تا جمعه اسمش رو بده", "تکالیف رو تا پنجشنبه بیارن" (not "بدین" of "بدین ترتیب")
                        rf"|بد(?:ه|م|یم|ید)|بده(?:م|یم|ید)|بیار(?:م|یم|ی|ید|ین|ه|ن)?|بیاور(?:م|یم|ید)"
                        # (but "بدین" ending its clause is the spoken "give": "شنبه تحویلش بدین.")
                        rf"|بدین(?={SP}(?:[.!؟?؛،,]|$))"
                        # denied, which drops the "ب": "هر کی تا دوشنبه نریزه", "تا پنجشنبه پول رو نده" (not
                        # "ندید", seen not, nor "نمونه", a sample)
                        rf"|ن(?:ریز|زن|گیر|خر|فرست|ذار|گذار|پرس|نویس)(?:م|یم|ی|ید|ین|ه|ن)|ند(?:ه|م|ین)"
                        # ... and of going and coming, in the plural and second persons: "ماه بعد کیش نریم"
                        # (not "نرم", soft)
                        rf"|نر(?:یم|ین|ید)|نیا(?:یم|ییم|ین)|نیار(?:ید|ین|ن)|نیاورید"  # ("زودتر از پنجشنبه نیارید")
                        # the bare imperative: "قسط بعدی رو ۱۰ بهمن بریز", "تا جمعه بفرست" (and "take it": "یکشنبه
                        # صبح تانکر رو ببر باغ")
                        rf"|ب(?:ریز|فرست|خر|گیر|زن|نویس|پرس|خور|بر)"
                        # ... and waiting bidden: "تا دوشنبه صبر کن، اگه درست نشد بیا"
                        rf"|صبر{SP1}(?:کن|کنید|کنین|کنیم)"
                        # ... and a start or an end agreed on, the light verb's subjunctive bare: "گفته هفته‌ی بعد
                        # کار رو شروع کنیم"
                        rf"|(?:شروع|آغاز|تموم|تمام){SP1}(?:کنیم|کنم|کنید|کنین|کنه|کنن))"
                        # (with its object glued on, spoken: "پنجشنبه بیارینش", "فردا بفرستیدش")
                        rf"(?:ش|شون|شو)?{B1}")
