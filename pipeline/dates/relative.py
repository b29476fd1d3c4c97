"""Relative expressions resolved against the publication date (pure date arithmetic).

Each function takes the reference day (the publication date, Gregorian) and returns the
:class:`~pipeline.dates.convert.Interval` the expression denotes.
"""
from __future__ import annotations

import datetime as dt

from . import convert

# Words after "روز/هفته/ماه/سال" -> step. "اخیر" (recent) is a span, not a unit, so it is absent.
STEPS = {
    "گذشته": -1, "پیش": -1, "قبل": -1, "آینده": 1, "آتی": 1, "بعد": 1, "دیگر": 1, "دیگه": 1, "جاری": 0, "این": 0,
    "پیشرو": 1, "پیشین": -1, "کنونی": 0, "روان": 0,  # "سال روان": this year, in Dari
}


def step(word: str) -> int:
    """The step of a relative word, spaces and ZWNJ ignored ("پیش رو" = "پیش‌رو" = "پیشرو")."""
    return STEPS[word.replace(" ", "").replace("\u200c", "")]
DAY_WORDS = {
    "امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "پریروز": -2, "پریشب": -2, "فردا": 1,
    "پسفردا": 2,
}


def shift_days(ref: dt.date, n: int) -> convert.Interval:
    return convert.day(ref + dt.timedelta(days=n))


def new_year(ref: dt.date) -> convert.Interval:
    """"سال جدید": the Jalali year of ``ref``; in Esfand, the one that begins with Nowruz."""
    j = convert.to_jalali(ref)
    return convert.jalali(j.year + (1 if j.month == 12 else 0))


def new_gregorian_year(ref: dt.date) -> convert.Interval:
    """"سال نوی میلادی": the Gregorian year of ``ref``; in December, the one about to begin."""
    return convert.gregorian(ref.year + (1 if ref.month == 12 else 0))


def weekday_near(ref: dt.date, n: int, target: int, side: int | None = None) -> convert.Interval:
    """"فردا (یکشنبه)": the day with weekday ``target`` (شنبه = 0) nearest to ``ref + n``, on
    the side of ``ref`` the word points to (``side``, by default the sign of ``n``): "دیروز
    (یکشنبه)" is never after publication."""
    side = n if side is None else side
    day = ref + dt.timedelta(days=n)
    off = (target - convert.persian_weekday(day)) % 7
    found = day + dt.timedelta(days=off if off <= 3 else off - 7)
    if side < 0 and found > ref:
        found -= dt.timedelta(days=7)
    elif side > 0 and found < ref:
        found += dt.timedelta(days=7)
    return convert.day(found)


def week(ref: dt.date, step: int) -> convert.Interval:
    return convert.week_of(ref + dt.timedelta(days=7 * step))


def jalali_month(ref: dt.date, step: int) -> convert.Interval:
    j = convert.to_jalali(ref)
    index = j.year * 12 + (j.month - 1) + step
    return convert.jalali(index // 12, index % 12 + 1)


def jalali_year(ref: dt.date, step: int) -> convert.Interval:
    return convert.jalali(convert.to_jalali(ref).year + step)


def gregorian_month(ref: dt.date, step: int) -> convert.Interval:
    index = ref.year * 12 + (ref.month - 1) + step
    return convert.gregorian(index // 12, index % 12 + 1)


def gregorian_year(ref: dt.date, step: int) -> convert.Interval:
    return convert.gregorian(ref.year + step)


def weekday(ref: dt.date, target: int, future: bool, week_step: int | None = None) -> convert.Interval:
    """A weekday (شنبه = 0): with ``week_step`` the one in that week (-1 last week, 0 this
    week, 1 next week); else the most recent one on or before ``ref`` (past) or the next one
    after it (future)."""
    if week_step is not None:
        saturday = convert.week_of(ref + dt.timedelta(days=7 * week_step)).start
        return convert.day(saturday + dt.timedelta(days=target))
    today = convert.persian_weekday(ref)
    if future:
        ahead = (target - today) % 7 or 7
        return convert.day(ref + dt.timedelta(days=ahead))
    return convert.day(ref - dt.timedelta(days=(today - target) % 7))


def weekday_run(ref: dt.date, first: int, last: int, side: int, week: bool = False) -> convert.Interval:
    """"از شنبه تا چهارشنبه": the days from one weekday to the next ``last`` after it. With
    ``week`` the run in the week ``side`` steps away (0 this week); else the coming run
    (``side`` 1) or the one that ended last before ``ref`` (``side`` -1), as "جمعه گذشته" in a
    Friday's paper is a week ago."""
    length = dt.timedelta(days=(last - first) % 7)
    if week:
        start = weekday(ref, first, False, side).start
    elif side > 0:
        start = weekday(ref, first, True).start
    else:
        start = weekday(ref - dt.timedelta(days=1), last, False).start - length
    return convert.span(convert.day(start), convert.day(start + length))


def day_to_weekday(ref: dt.date, n: int, target: int, next_week: bool = False) -> convert.Interval:
    """"از فردا تا دوشنبه": from the day ``n`` days from ``ref`` to the first weekday ``target``
    after it ("... دوشنبه هفته آینده": the one in the week after publication's)."""
    first = ref + dt.timedelta(days=n)
    last = weekday(ref, target, False, 1).start if next_week else weekday(first, target, True).start
    return convert.span(convert.day(first), convert.day(max(first, last)))


def weekday_to_day(ref: dt.date, target: int, n: int, last_week: bool = False) -> convert.Interval:
    """"از شنبه تا امروز", "از دوشنبه گذشته تا دیروز": from the latest weekday ``target`` before
    the day ``n`` days from ``ref`` ("از شنبه هفته گذشته": the one in the week before
    publication's) to that day."""
    end = ref + dt.timedelta(days=n)
    first = weekday(ref, target, False, -1).start if last_week else weekday(end - dt.timedelta(days=1), target, False).start
    return convert.span(convert.day(min(first, end)), convert.day(end))


def eve(ref: dt.date, target: int, future: bool) -> convert.Interval:
    """"شب یکشنبه": the evening before that weekday, dated to the day before it. Resolved like
    the weekday itself (the most recent one, or the next when the sentence is in the future)."""
    return convert.day(weekday(ref, target, future).start - dt.timedelta(days=1))


def month_in_year(ref: dt.date, month: int, step: int) -> convert.Interval:
    """"مهر ماه سال گذشته" (step -1), "مهر ماه سال جاری" (0), "مهر ماه سال آینده" (1)."""
    return convert.jalali(convert.to_jalali(ref).year + step, month)


def month_this_or_next(ref: dt.date, month: int) -> convert.Interval:
    """"دورهمی فروردین کنسله": the current such month, or else the next."""
    j = convert.to_jalali(ref)
    return convert.jalali(j.year if month >= j.month else j.year + 1, month)


def month_this_or_last(ref: dt.date, month: int) -> convert.Interval:
    """"کارتایی که اسفند تموم شدن": the current such month, or else the latest before it."""
    j = convert.to_jalali(ref)
    return convert.jalali(j.year if month <= j.month else j.year - 1, month)


def month_last_or_next(ref: dt.date, month: int, future: bool) -> convert.Interval:
    """"اسفند ماه گذشته": the latest such month before the current one; "... آینده": the next."""
    j = convert.to_jalali(ref)
    return convert.jalali(_year_of_last_or_next(j.year, j.month, month, future), month)


def gregorian_month_last_or_next(ref: dt.date, month: int, future: bool) -> convert.Interval:
    """"دسامبر گذشته": the latest such Gregorian month before the current one; "... آینده": the next."""
    return convert.gregorian(_year_of_last_or_next(ref.year, ref.month, month, future), month)


def _year_of_last_or_next(year: int, current: int, month: int, future: bool) -> int:
    """The year of the next such month after the current one, or of the latest before it."""
    if future:
        return year if month > current else year + 1
    return year if month < current else year - 1


FAR_FUTURE_DAYS = 183  # half a year: announcements reach a few months ahead
TURN_OF_YEAR_BEHIND = 270  # nine months or more behind publication (the Farvardin just gone, on 25 Bahman, is 300 days) ...
TURN_OF_YEAR_AHEAD = 100  # ... while the next year's is up to about three months ahead ("تولد مامان ۱۲ فروردینه" on 12 Dey)


def nearest_year(ref: dt.date, make, year: int, probe=None, turn: bool = True) -> convert.Interval:
    """A day or month stated without its year ("۱۵ خرداد") takes the publication year, or the
    year before when that would put it far (more than FAR_FUTURE_DAYS) after publication:
    "۲۵ اسفند" in an article of early Farvardin is last year's; or the year after, across the
    turn of the year: "۴ فروردین" in an article of late Esfand is next year's. ``make(y)`` builds the interval
    for year ``y`` (ValueError when impossible); ``probe(y)`` (default ``make``) is an
    always-valid stand-in used to choose the year, so that "۳۰ اسفند" is judged in the year it
    belongs to and is never moved to a leap year to make it valid."""
    probe = probe or make
    if (probe(year).start - ref).days > FAR_FUTURE_DAYS:
        year -= 1
    elif turn and (ref - probe(year).end).days > TURN_OF_YEAR_BEHIND \
            and (probe(year + 1).start - ref).days <= TURN_OF_YEAR_AHEAD:
        # "موزه‌ها به جز ۱۳ فروردین باز هستند" in late Esfand, "تا ۸ ژانویه پذیرای بازدیدکنندگان
        # است" on 31 December: across the turn of the year, the one a few weeks ahead, not the
        # one most of a year behind (not for what is told in the past: ``turn`` False)
        year += 1
    return make(year)
