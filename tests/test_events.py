"""Events component on hand-built Docs: the dates/entities extensions are filled by hand with
records (inputs of the component), on Persian sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy

import pipeline.components.events  # noqa: F401  (registers the factory)
from pipeline.components import register_extensions
from pipeline.records import DateMention, DateValue, OrganisationFact, PersonFact, RoleFact

PUB = DateValue("2024-05-12", "2024-05-12", "1403-02-23", "day", "jalali", None, "۲۳ اردیبهشت ۱۴۰۳", "text")


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    n = spacy.blank("fa")
    n.add_pipe("newsfacts_events")
    return n


def _span(text, s, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return (i, i + len(s))


def _date(text, s, greg, jalali, source="text", precision="day"):
    a, b = _span(text, s)
    return DateMention(a, b, s, DateValue(greg, greg, jalali, precision, "jalali", None, s, source), "jalali_dmy")


def _person(text, name, role=None):
    return PersonFact(name, name, roles=(RoleFact(role, None),) if role else (), spans=(_span(text, name),))


def _org(text, name, lid):
    return OrganisationFact(lid, name, spans=(_span(text, name),))


def run(nlp, text, *, dates=(), people=(), orgs=(), cities=(), published=PUB, blocked=()):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.blocked = blocked
    doc._.dates = list(dates)
    doc._.people, doc._.organisations, doc._.cities = list(people), list(orgs), list(cities)
    doc._.events, doc._.mentions = [], []
    return nlp.get_pipe("newsfacts_events")(doc)


WORKSHOP = (
    "کارگاه آموزشی مدیریت بحران برگزار شد\n"
    "کارگاه آموزشی مدیریت بحران به همت جمعیت هلال احمر و دانشگاه تبریز، ۱۲ اردیبهشت ۱۴۰۳ "
    "در سالن همایش‌های کتابخانه مرکزی برگزار شد. "
    "در این کارگاه علی رضایی مدیرعامل جمعیت گفت: آمادگی شهرها اهمیت دارد."
)


def test_workshop_with_date_venue_organisers_participants(nlp):
    dates = [_date(WORKSHOP, "۱۲ اردیبهشت ۱۴۰۳", "2024-05-01", "1403-02-12")]
    orgs = [_org(WORKSHOP, "جمعیت هلال احمر", "جمعیتهلالاحمر"), _org(WORKSHOP, "دانشگاه تبریز", "دانشگاهتبریز")]
    people = [_person(WORKSHOP, "علی رضایی", "مدیرعامل جمعیت")]
    doc = run(nlp, WORKSHOP, dates=dates, people=people, orgs=orgs)
    assert len(doc._.events) == 1
    ev = doc._.events[0]
    assert (ev.type, ev.status) == ("workshop", "held")
    assert ev.date.gregorian == "2024-05-01" and ev.date.source == "text"
    assert ev.venue == "سالن همایش‌های کتابخانه مرکزی"
    assert ev.organisers == ("جمعیتهلالاحمر", "دانشگاهتبریز")
    assert [(p.person, p.role) for p in ev.participants] == [("علی رضایی", "مدیرعامل جمعیت")]
    assert len(ev.spans) == 3  # title, lead, "این کارگاه"
    assert 0 <= ev.confidence <= 1
    triggers = [m for m in doc._.mentions if m.kind == "event_trigger"]
    assert len(triggers) == 3 and all(m.local_id == ev.local_id for m in triggers)


MOU = ("استاندار یزد در مراسم امضای تفاهم نامه همکاری میان شرکت آب منطقه‌ای و استانداری یزد، "
       "بر صرفه‌جویی تأکید کرد.")


def test_mou_parties_between_x_and_y(nlp):
    orgs = [_org(MOU, "شرکت آب منطقه‌ای", "شرکتاب"), _org(MOU, "استانداری یزد", "استانداریزد")]
    doc = run(nlp, MOU, orgs=orgs)
    (ev,) = doc._.events
    assert ev.type == "mou_signing" and set(ev.types) == {"mou_signing", "ceremony"}
    assert ev.parties == ("شرکتاب", "استانداریزد")
    assert ev.date.source == "published" and ev.date.gregorian == PUB.gregorian


@pytest.mark.parametrize(
    "text, etype, status",
    [
        ("نشست هم‌اندیشی مدیران آموزش و پرورش هفته آینده در شیراز برگزار می‌شود.", "meeting", "planned"),
        ("نمایشگاه کتاب کودک فردا برپا خواهد شد.", "exhibition", "planned"),
        ("جشنواره فیلم کوتاه دیروز در اراک به کار خود پایان داد.", "festival", "held"),
        ("مهندس کریمی به عنوان فرماندار جدید منصوب شد.", "appointment", "held"),
        ("قرارداد ساخت پل دوم دیروز امضا شد.", "mou_signing", "held"),
        # "دیگر" before the trigger is "in N days", no count
        ("تا سه روز دیگر نمایشگاه کتاب کودک برپا خواهد شد.", "exhibition", "planned"),
    ],
)
def test_type_and_status(nlp, text, etype, status):
    (ev,) = run(nlp, text)._.events
    assert (ev.type, ev.status) == (etype, status)


@pytest.mark.parametrize(
    "text, label",
    [
        ("وی امروز در نشست خبری گفت که طرح اجرا می‌شود.", "نشست خبری"),
        ("وزیر خارجه شیلی که دیروز به تهران سفر کرده بود با همتای خود دیدار کرد.", "سفر"),
    ],
)
def test_label_stops_before_the_verb(nlp, text, label):
    labels = [ev.label for ev in run(nlp, text)._.events]
    assert label in labels, labels


def test_the_us_congress_is_no_conference(nlp):
    text = "کنگره آمریکا رای داد. سناتور از طرح تازه در نشست روز سه‌شنبه کنگره دفاع کرده است."
    assert [ev for ev in run(nlp, text)._.events if ev.type == "conference"] == []


def test_a_number_of_a_date_is_no_count(nlp):
    text = "شورا روز ۱۸ اسفند ۱۳۹۱ جلسه فوق‌العاده برگزار شد."
    date = _date(text, "۱۸ اسفند ۱۳۹۱", "2013-03-08", "1391-12-18")
    (ev,) = run(nlp, text, dates=[date])._.events
    assert ev.type == "meeting" and ev.date.jalali == "1391-12-18"


def test_farewell_and_introduction_two_types(nlp):
    text = "مراسم تودیع و معارفه رئیس اداره ورزش شهرستان صبح امروز برگزار شد."
    (ev,) = run(nlp, text)._.events
    assert ev.type == "appointment" and set(ev.types) == {"appointment", "ceremony"}


def test_title_and_body_mentions_merge(nlp):
    text = ("همایش ملی انرژی‌های نو در کرمان برگزار شد\n"
            "همایش ملی انرژی‌های نو با حضور استاندار در کرمان برگزار شد. "
            "این همایش دو روز ادامه دارد.")
    doc = run(nlp, text)
    assert len(doc._.events) == 1 and len(doc._.events[0].spans) == 3


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "واحدهای کارگاهی این شهرک نیاز به نوسازی دارند.",
        "کارگاه‌های تولیدی پوشاک در این منطقه فعال هستند.",
        "برگزاری جلسات متعدد بدون نتیجه مناسب نیست.",
        "قرارداد کار موضوع اصلی گفت‌وگوهای امروز بود.",
        # a tally of events, not one: a count before the trigger
        "امسال بیش از ۱۵ کارگاه آموزشی برگزار شده است.",
        "تیم ملی سه بازی دوستانه در اردوی ترکیه انجام داد.",
        "چندین نشست تخصصی در این زمینه برگزار شد.",
        # a legislature, a film's cast, a festival's competition section
        "کنگره آمریکا دیروز اعلام کرد که تحریم‌ها ادامه دارد.",
        "فیلم تازه این کارگردان با بازی بازیگری جوان از امروز اکران می‌شود.",
        "این فیلم دیروز در بخش مسابقه به نمایش درآمد.",
    ],
)
def test_not_events(nlp, text):
    doc = run(nlp, text)
    assert doc._.events == [] and [m for m in doc._.mentions if m.kind == "event_trigger"] == []


def test_boilerplate_ignored(nlp):
    body = "بارش باران در شهر ادامه دارد.\n"
    related = "اخبار مرتبط:\nنمایشگاه صنایع دستی در همدان افتتاح شد"
    text = body + related
    doc = run(nlp, text, blocked=((len(body), len(text)),))
    assert doc._.events == []


def test_publication_date_fallback(nlp):
    (ev,) = run(nlp, "کارگاه عکاسی خبری برگزار شد.")._.events
    assert ev.date.source == "published" and ev.date.gregorian == PUB.gregorian
    (ev,) = run(nlp, "کارگاه عکاسی خبری برگزار شد.", published=None)._.events
    assert ev.date is None


def test_an_announced_event_takes_the_day_announced_earlier(nlp):
    # PUB is 1403-02-23 (Sunday 2024-05-12); "فردا دوشنبه" is 2024-05-13
    text = ("دور دوم لیگ فوتسال فردا دوشنبه در چهار شهر ادامه می‌یابد.\n"
            "تیم گیتی‌پسند در خانه به مصاف تیم مس خواهد رفت.")
    tomorrow = DateMention(*_span(text, "فردا دوشنبه"), "فردا دوشنبه",
                           DateValue("2024-05-13", "2024-05-13", "1403-02-24", "day", "jalali", None,
                                     "فردا دوشنبه", "relative"), "relative")
    events = run(nlp, text, dates=[tomorrow])._.events
    match = [ev for ev in events if "مصاف" in ev.label]
    assert match and match[0].date.gregorian == "2024-05-13", [(e.label, e.date) for e in events]
    # something that happened keeps the publication day: the announcement is not its date
    text2 = "نمایشگاه کتاب فردا دوشنبه برپا می‌شود.\nکارگاه عکاسی خبری برگزار شد."
    tomorrow2 = DateMention(*_span(text2, "فردا دوشنبه"), "فردا دوشنبه", tomorrow.value, "relative")
    held = [ev for ev in run(nlp, text2, dates=[tomorrow2])._.events if "کارگاه" in ev.label]
    assert held and held[0].date.source == "published"


def test_ids_stable_and_mentions_appended(nlp):
    text = "کارگاه عکاسی خبری برگزار شد."
    a = run(nlp, text)._.events[0]
    b = run(nlp, text)._.events[0]
    assert a.local_id == b.local_id
