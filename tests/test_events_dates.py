"""Which date governs an event (pipeline/components/events_dates.py and its use in events.py).

Date mentions are built by hand (what the dates stage would give) on Persian sentences written
for these tests; the functions under test are the events component's own rules.
"""
from __future__ import annotations

import pytest

from pipeline.components import events_dates as ed
from pipeline.components.events import extract_events
from pipeline.components.events_text import fold
from pipeline.records import DateMention, DateValue

# Sunday 2024-05-12 = 1403-02-23; its week starts on Saturday 2024-05-11.
PUB = DateValue("2024-05-12", "2024-05-12", "1403-02-23", "day", "jalali", None, "۲۳ اردیبهشت ۱۴۰۳", "text")


def _at(text: str, s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)


def day(text, s, greg, *, form="relative", time=None, nth=0, jalali=None):
    a, b = _at(text, s, nth)
    return DateMention(a, b, s, DateValue(greg, greg, jalali, "day", "jalali", time, s, "relative"), form)


def week(text, s, start, end, nth=0):
    a, b = _at(text, s, nth)
    return DateMention(a, b, s, DateValue(start, end, None, "week", "jalali", None, s, "relative"), "relative")


def month(text, s, start, end, jalali, nth=0):
    a, b = _at(text, s, nth)
    return DateMention(a, b, s, DateValue(start, end, jalali, "month", "jalali", None, s, "relative"), "jalali_my")


# ------------------------------------------------------------------------------------- settle
WD1 = "بازی روز جمعه این هفته برابر تیم مس برگزار می‌شود."
WD2 = "جلسه شورا دوشنبه هفته آینده تشکیل می‌شود."
WD3 = "مسابقه امروز یکشنبه ۲۳ اردیبهشت از ساعت ۱۷ انجام خواهد شد."
WD4 = "نشست خبری روز جمعه و همایش در این هفته برگزار می‌شود."


@pytest.mark.parametrize(
    "text, dates, expected",
    [
        ("", [], []),
        ("   ", [], []),
        # The weekday read alone was the last Friday; with "این هفته" it is this week's Friday.
        (WD1, [day(WD1, "روز جمعه", "2024-05-10"), week(WD1, "این هفته", "2024-05-11", "2024-05-17")],
         ["2024-05-17", "2024-05-11"]),
        (WD2, [day(WD2, "دوشنبه", "2024-05-13"), week(WD2, "هفته آینده", "2024-05-18", "2024-05-24")],
         ["2024-05-20", "2024-05-18"]),
        # A deictic word in apposition with a calendar date yields to it (and hands it its time).
        (WD3, [day(WD3, "امروز", "2024-05-12", time="17:00"),
               day(WD3, "یکشنبه ۲۳ اردیبهشت", "2024-05-12", form="jalali_dm")],
         [None, "2024-05-12"]),
        # Not next to each other: both stay as the dates stage read them.
        (WD4, [day(WD4, "روز جمعه", "2024-05-10"), week(WD4, "این هفته", "2024-05-11", "2024-05-17")],
         ["2024-05-10", "2024-05-11"]),
    ],
)
def test_settle(text, dates, expected):
    got = ed.settle(fold(text), dates)
    assert [d.value.gregorian if d.valid else None for d in got] == expected


def test_settle_keeps_time_of_dropped_deictic():
    got = ed.settle(fold(WD3), [day(WD3, "امروز", "2024-05-12", time="17:00"),
                                day(WD3, "یکشنبه ۲۳ اردیبهشت", "2024-05-12", form="jalali_dm")])
    assert got[1].value.time == "17:00"


# -------------------------------------------------------------------------------- refine_week
RW = "لیگ فردا دوشنبه پیگیری می‌شود. در این هفته تیم نفت میزبان تیم مس است."
RW_OUT = "لیگ دوشنبه ماه قبل پیگیری شد. در این هفته تیم نفت میزبان تیم مس است."


@pytest.mark.parametrize(
    "text, dates, which, expected",
    [
        (RW, [day(RW, "فردا دوشنبه", "2024-05-13"), week(RW, "این هفته", "2024-05-11", "2024-05-17")], 1,
         ("2024-05-13", "day")),
        # The day named before lies outside the week: the week stays.
        (RW_OUT, [day(RW_OUT, "دوشنبه ماه قبل", "2024-04-15"), week(RW_OUT, "این هفته", "2024-05-11", "2024-05-17")], 1,
         ("2024-05-11", "week")),
        # A day date is never changed.
        (RW, [day(RW, "فردا دوشنبه", "2024-05-13")], 0, ("2024-05-13", "day")),
    ],
)
def test_refine_week(text, dates, which, expected):
    got = ed.refine_week(dates[which], dates, dates[which].start)
    assert (got.value.gregorian, got.value.precision) == expected


def test_refine_week_none():
    assert ed.refine_week(None, [], 0) is None


# ----------------------------------------------------------------------------------- same_day
SD = "چهارشنبه ۱۹ اردیبهشت نمایشگاه گشایش یافت.\nدر این روز نشست ناشران نیز برگزار شد."
SD_PLURAL = "چهارشنبه ۱۹ اردیبهشت نمایشگاه گشایش یافت.\nاین روزها نشست‌های زیادی برگزار می‌شود."
SD_SAME = "دیروز همایش آغاز شد.\nهمان روز کارگاه جانبی هم برپا شد."


@pytest.mark.parametrize(
    "text, dates, sentence_of, expected",
    [
        (SD, [day(SD, "چهارشنبه ۱۹ اردیبهشت", "2024-05-08", form="jalali_dm")], "در این روز", "2024-05-08"),
        (SD_SAME, [day(SD_SAME, "دیروز", "2024-05-11")], "همان روز", "2024-05-11"),
        (SD_PLURAL, [day(SD_PLURAL, "چهارشنبه ۱۹ اردیبهشت", "2024-05-08", form="jalali_dm")], "این روزها", None),
        (SD, [], "در این روز", None),
    ],
)
def test_same_day(text, dates, sentence_of, expected):
    start = text.index(sentence_of)
    got = ed.same_day(fold(text), (start, len(text)), dates)
    assert (got.value.gregorian if got else None) == expected


# ------------------------------------------------------------------------------------ carried
CR = "مجتمع در اسفند سال گذشته تعطیل شد و رئیس‌جمهور در این عمارت دیدار داشت."


def test_carried_takes_latest_earlier_date_in_paragraph():
    m = month(CR, "اسفند سال گذشته", "2024-02-20", "2024-03-19", "1402-12")
    got = ed.carried([m], 0, CR.index("دیدار"))
    assert got is m
    assert ed.carried([m], 0, m.start) is None  # nothing before
    assert ed.carried([], 0, len(CR)) is None


# ------------------------------------------------------------------------------- hijri_months
PUB_1393 = DateValue("2014-11-10", "2014-11-10", "1393-08-19", "day", "jalali", None, "", "text")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("   ", []),
        ("مراسم ایام محرم امسال باشکوه برگزار شد.", [("محرم امسال", "2014-10-25", "month")]),
        ("جشن‌های ماه رمضان سال جاری در مساجد برپا شد.", [("رمضان سال جاری", "2014-06-28", "month")]),
        ("مراسم محرم هر سال در این شهر برگزار می‌شود.", []),
    ],
)
def test_hijri_months(text, expected):
    got = ed.hijri_months(fold(text), PUB_1393, [])
    assert [(d.text, d.value.gregorian, d.value.precision) for d in got] == expected


def test_hijri_months_without_publication():
    assert ed.hijri_months(fold("مراسم محرم امسال برگزار شد."), None, []) == []


# ------------------------------------------------------------------ the rules inside events
def _events(text, dates=(), published=PUB):
    return extract_events(text, dates=list(dates), published=published)[0]


@pytest.mark.parametrize("text", ["", " \n\t "])
def test_empty(text):
    assert _events(text) == []


def test_date_next_to_another_type_is_not_taken():
    text = ("مهمانی شبانه در باشگاه برگزار شد.\n"
            "او گفت: هر کس در این مهمانی بود نباید در جلسه شورا در تاریخ ۱۵ اردیبهشت شرکت کند.")
    dates = [day(text, "۱۵ اردیبهشت", "2024-05-04", form="jalali_dm")]
    evs = {e.type: e for e in _events(text, dates)}
    assert evs["other"].date.source == "published"
    assert evs["meeting"].date.gregorian == "2024-05-04"


def test_fixture_list_shares_its_date():
    text = "فردا دوشنبه تیم نفت به مصاف تیم مس می‌رود، تیم سپاهان با تیم ذوب آهن دیدار می‌کند."
    dates = [day(text, "فردا دوشنبه", "2024-05-13")]
    evs = _events(text, dates)
    assert evs and all(e.date.gregorian == "2024-05-13" for e in evs)


def test_same_day_anaphor_dates_the_meeting():
    dates = [day(SD, "چهارشنبه ۱۹ اردیبهشت", "2024-05-08", form="jalali_dm")]
    evs = {e.type: e for e in _events(SD, dates)}
    assert evs["meeting"].date.gregorian == "2024-05-08"


def test_weekday_in_this_week_dates_the_match():
    (ev,) = _events(WD1, [day(WD1, "روز جمعه", "2024-05-10"), week(WD1, "این هفته", "2024-05-11", "2024-05-17")])
    assert (ev.date.gregorian, ev.status) == ("2024-05-17", "planned")


def test_dateless_mention_under_earlier_paragraph_date_is_its_own_event():
    text = ("جلسه مشترک شورا در تاریخ ۱۵ اردیبهشت برگزار شد.\n" + CR)
    dates = [day(text, "۱۵ اردیبهشت", "2024-05-04", form="jalali_dm"),
             month(text, "اسفند سال گذشته", "2024-02-20", "2024-03-19", "1402-12")]
    evs = _events(text, dates)
    assert sorted((e.type, e.date.gregorian, e.date.precision) for e in evs) == [
        ("meeting", "2024-02-20", "month"), ("meeting", "2024-05-04", "day")]


def test_anaphor_joins_its_own_noun_and_visiting_hours_is_no_visit():
    text = ("نمایشگاه گل و گیاه از ۲۵ اردیبهشت برپا می‌شود.\n"
            "علاقه‌مندان می‌توانند در ساعات بازدید ۹ تا ۲۱ از این نمایشگاه بازدید کنند.")
    dates = [day(text, "۲۵ اردیبهشت", "2024-05-14", form="jalali_dm")]
    (ev,) = _events(text, dates)
    assert ev.type == "exhibition" and len(ev.spans) == 2


def test_planned_with_anjam_khahad_shod_and_calendar_date_wins():
    dates = [day(WD3, "امروز", "2024-05-11", time="17:00"),
             day(WD3, "یکشنبه ۲۳ اردیبهشت", "2024-05-12", form="jalali_dm")]
    (ev,) = _events(WD3, dates)
    assert (ev.status, ev.date.gregorian, ev.date.time) == ("planned", "2024-05-12", "17:00")
