"""Hand-built ArticleFacts for the linker, frame and notebook tests.

The sentences are written for this project in the style of the seeds (spaced and stripped
ZWNJ, Arabic ي/ك in one article, dash variants in organisation names); the facts are what a
correct per-article extraction of them would give. Offsets are computed from the text, so
``raw[start:end]`` is the phrase by construction.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.records import (
    ArticleFacts, ArticleRecord, CityFact, DateValue, EventFact, MentionFact, OrganisationFact,
    Participant, PersonFact, RoleFact, to_json,
)
from pipeline.text.keys import match_key

CITIES = {  # gazetteer id -> (name, name_en, province, lat, lon)
    "c-tehran": ("تهران", "Tehran", "تهران", 35.6892, 51.3890),
    "c-isfahan": ("اصفهان", "Isfahan", "اصفهان", 32.6539, 51.6660),
    "c-shiraz": ("شیراز", "Shiraz", "فارس", 29.5918, 52.5837),
}


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Raw offsets of the ``nth`` occurrence of ``phrase`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return at, at + len(phrase)


def date(greg: str, jalali: str, text: str = "") -> DateValue:
    return DateValue(greg, greg, jalali, "day", "jalali", None, text or jalali, "published")


class Builder:
    """Collects the facts of one article; every fact also gets its mention."""

    def __init__(self, aid: str, text: str, published: DateValue | None):
        self.aid, self.text, self.published = aid, text, published
        self.people, self.orgs, self.cities, self.events, self.mentions = [], [], [], [], []

    def _mention(self, kind, phrase, local_id=None, nth=0, normalised=None):
        s, e = span(self.text, phrase, nth)
        sentence = self.text.count(".", 0, s)
        self.mentions.append(MentionFact(kind, (s, e), normalised or phrase, local_id, sentence))
        return s, e

    def city(self, gaz: str | None, phrase: str, nth: int = 0) -> str:
        name, en, prov, lat, lon = CITIES.get(gaz, (phrase, None, None, None, None))
        local = gaz or f"key:{match_key(phrase)}"
        sp = self._mention("city", phrase, local, nth, name)
        self.cities.append(CityFact(local, name, en, prov, "ایران", lat, lon, gaz, (sp,)))
        return local

    def org(self, name: str, phrase: str | None = None, kind: str = "other", city: str | None = None,
            aliases: tuple[str, ...] = (), parent: str | None = None, nth: int = 0) -> str:
        local = match_key(name)
        sp = self._mention("organisation", phrase or name, local, nth, name)
        spans = [sp] + [self._mention("organisation", a, local, 0, a) for a in aliases]
        self.orgs.append(OrganisationFact(local, name, aliases, kind, parent, city, None, tuple(spans)))
        return local

    def person(self, name: str, phrase: str | None = None, titles=(), gender=None, roles=(),
               aliases=(), nth: int = 0) -> str:
        local = match_key(name)
        sp = self._mention("person", phrase or name, local, nth, name)
        for t in titles:
            self._mention("title", t, local)
        role_facts = []
        for role, org, city in roles:
            rs = self._mention("role", role, local)
            role_facts.append(RoleFact(role, rs, org, city))
        self.people.append(PersonFact(local, name, tuple(aliases), tuple(titles), gender,
                                      tuple(role_facts), (sp,)))
        return local

    def event(self, local: str, type_: str, trigger: str, *, cities=(), organisers=(), parties=(),
              participants=()) -> str:
        sp = self._mention("event_trigger", trigger, local)
        self.events.append(EventFact(
            local, type_, (type_,), trigger, "held", self.published, None, tuple(cities),
            tuple(organisers), tuple(parties), tuple(Participant(p, None) for p in participants),
            (sp,), 0.8))
        return local

    def build(self) -> ArticleFacts:
        if self.published is not None:
            s, e = span(self.text, "امروز") if "امروز" in self.text else (None, None)
            if s is not None:
                self.mentions.append(MentionFact("date", (s, e), "امروز", None, self.text.count(".", 0, s)))
        article = ArticleRecord(self.aid, f"{self.aid}.txt", "ok", None, None, self.published,
                                None, None, None, None)
        return ArticleFacts(article, self.text, tuple(self.people), tuple(self.orgs),
                            tuple(self.cities), tuple(self.events), tuple(self.mentions))


def workshop_1397() -> ArticleFacts:
    b = Builder("art-a", "کارگاه توجیهی شهرهای خلاق به همت کمیسیون ملی یونسکو – ایران و وزارت کشور "
                "در تهران برگزار شد. در این کارگاه دکتر جمالی نژاد معاون عمران وزارت کشور گفت "
                "شهرها باید برنامه داشته باشند.", date("2019-02-24", "1397-12-05"))
    teh = b.city("c-tehran", "تهران")
    unesco = b.org("کمیسیون ملی یونسکو – ایران", kind="international")
    moi = b.org("وزارت کشور", kind="ministry", city=teh)
    jam = b.person("جمالی نژاد", titles=("دکتر",), roles=[("معاون عمران وزارت کشور", moi, None)])
    b.event("e1", "workshop", "کارگاه توجیهی", cities=[teh], organisers=[unesco, moi], participants=[jam])
    return b.build()


def mou_1403() -> ArticleFacts:
    b = Builder("art-b", "تفاهم نامه همکاری استانداری اصفهان و کمیسیون ملی یونسکو در اصفهان امضا شد. "
                "مهدی جمالینژاد استاندار اصفهان در این مراسم گفت این همکاری ادامه دارد.",
                date("2025-01-22", "1403-11-03"))
    isf = b.city("c-isfahan", "اصفهان", nth=1)
    gov = b.org("استانداری اصفهان", kind="governorate", city=isf)
    unesco = b.org("کمیسیون ملی یونسکو", kind="international")
    jam = b.person("مهدی جمالینژاد", gender="M", roles=[("استاندار اصفهان", gov, isf)])
    b.event("e1", "mou_signing", "تفاهم نامه همکاری", cities=[isf], parties=[gov, unesco], participants=[jam])
    return b.build()


def mayor_shiraz() -> ArticleFacts:
    b = Builder("art-c", "علی حسینی شهردار شیراز صبح امروز در آیین افتتاح بوستان جدید شیراز حضور یافت.",
                date("2025-03-10", "1403-12-20"))
    shz = b.city("c-shiraz", "شیراز")
    ali = b.person("علی حسینی", gender="M", roles=[("شهردار شیراز", None, shz)])
    b.event("e1", "inauguration", "آیین افتتاح", cities=[shz], participants=[ali])
    return b.build()


def dean_tehran() -> ArticleFacts:
    b = Builder("art-d", "زهرا حسینی رئیس دانشگاه تهران در همایش آموزش عالی گفت دانشجویان باید بیشتر "
                "پژوهش کنند.", date("2025-04-05", "1404-01-16"))
    teh = b.city("c-tehran", "تهران")
    uni = b.org("دانشگاه تهران", kind="university", city=teh)
    zah = b.person("زهرا حسینی", gender="F", roles=[("رئیس دانشگاه تهران", uni, None)])
    b.event("e1", "conference", "همایش آموزش عالی", participants=[zah])
    return b.build()


def bare_hosseini() -> ArticleFacts:
    b = Builder("art-e", "حسینی در نشست امروز گفت گزارش کامل به زودی منتشر می شود.",
                date("2025-05-01", "1404-02-11"))
    hos = b.person("حسینی")
    b.event("e1", "meeting", "نشست", participants=[hos])
    return b.build()


def unesco_arabic_letters() -> ArticleFacts:
    # Arabic ي/ك as older pages write them; the facts carry the normalised forms. The city is
    # outside the gazetteer match here (a key-only fact) and must still meet Tehran.
    b = Builder("art-f", "جلسه کميسيون ملي يونسكو ايران در تهران برگزار شد. دبير کمیسیون ملی یونسکو- ایران "
                "گزارش داد.", date("2019-11-02", "1398-08-11"))
    teh = b.city(None, "تهران")
    b.org("کمیسیون ملی یونسکو ایران", phrase="کميسيون ملي يونسكو ايران", kind="international",
          aliases=("کمیسیون ملی یونسکو- ایران",))
    b.event("e1", "meeting", "جلسه", cities=[teh])
    return b.build()


def madam_hosseini() -> ArticleFacts:
    # No gender on the fact: the title alone must say F. The university ties her to the dean.
    b = Builder("art-g", "خانم حسینی در این جلسه از برنامه های دانشکده های دانشگاه تهران گفت.",
                date("2025-06-01", "1404-03-11"))
    b.org("دانشگاه تهران", kind="university")
    b.person("حسینی", titles=("خانم",))
    return b.build()


def hosseini_mayor() -> ArticleFacts:
    b = Builder("art-h", "حسینی شهردار شیراز از پروژه های جدید شیراز بازدید کرد.", date("2025-07-01", "1404-04-10"))
    shz = b.city("c-shiraz", "شیراز")
    hos = b.person("حسینی", roles=[("شهردار شیراز", None, shz)])
    b.event("e1", "visit", "بازدید", cities=[shz], participants=[hos])
    return b.build()


def articles() -> list[ArticleFacts]:
    """The main fixture: both spellings of one official, two different Hosseinis and a bare
    Hosseini that fits both, organisation punctuation variants, cities by gazetteer id."""
    return [workshop_1397(), mou_1403(), mayor_shiraz(), dean_tehran(), bare_hosseini(),
            unesco_arabic_letters()]


def write_jsonl(out_dir: Path, linked) -> Path:
    """Write linked records as the output contract's files (what output.py does, minus the
    manifest), so frame and notebook tests have an output directory to read."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("articles", "events", "people", "organisations", "cities", "mentions"):
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for rec in getattr(linked, name):
                fh.write(json.dumps(to_json(rec), ensure_ascii=False) + "\n")
    (out_dir / "manifest.json").write_text(json.dumps({"schema_version": "1.0"}), encoding="utf-8")
    return out_dir
