"""The linker: identities across articles, canonical records, stable ids, local-id mapping."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import random
from pathlib import Path

import pytest

from pipeline.link import LinkedRecords, link
from pipeline.linking.organisations import org_keys
from pipeline.linking.people import suffix_keys
from pipeline.records import MENTION_KINDS, ArticleFacts, ArticleRecord, PersonFact, stable_id, to_json
from pipeline.text.keys import match_key

_spec = importlib.util.spec_from_file_location("link_sample", Path(__file__).parent / "data/link/sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)


def dump(linked: LinkedRecords) -> str:
    return json.dumps(to_json(linked), ensure_ascii=False)


@pytest.fixture(scope="module")
def linked() -> LinkedRecords:
    return link(sample.articles())


def person_named(linked, name):
    found = [p for p in linked.people if p.name == name]
    assert len(found) == 1, [p.name for p in linked.people]
    return found[0]


def ids_of(linked, kind, article_id, form):
    """Entity ids the mentions of ``form`` in one article were linked to."""
    return {m.entity_id for m in linked.mentions
            if m.article_id == article_id and m.kind == kind and match_key(m.normalised) == match_key(form)}


# ----------------------------------------------------------------------------- empty input
@pytest.mark.parametrize("facts", [[], (), iter([])])
def test_empty_input_gives_empty_records(facts):
    assert link(facts) == LinkedRecords()


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_article_without_facts_is_kept_with_zero_counts(text):
    art = ArticleFacts(ArticleRecord("x", "x.txt", "ok", None, None, None, None, None, None, None), text)
    out = link([art])
    assert out.people == out.organisations == out.cities == out.events == out.mentions == ()
    assert [a.id for a in out.articles] == ["x"]
    assert out.articles[0].counts == {k: 0 for k in MENTION_KINDS}


# ----------------------------------------------------------------------------- people
def test_two_spellings_one_official_two_roles_in_date_order(linked):
    p = person_named(linked, "مهدی جمالینژاد")
    assert "جمالی نژاد" in p.aliases
    assert p.titles == ("دکتر",)
    assert [(r.role, r.date, r.article_id) for r in p.roles] == [
        ("معاون عمران وزارت کشور", "2019-02-24", "art-a"),
        ("استاندار اصفهان", "2025-01-22", "art-b"),
    ]
    assert p.article_ids == ("art-a", "art-b")
    assert p.id == stable_id("person", match_key("مهدی جمالینژاد"))
    assert ids_of(linked, "person", "art-a", "جمالی نژاد") == {p.id}


def test_two_hosseinis_with_different_first_names_stay_apart(linked):
    ali, zahra = person_named(linked, "علی حسینی"), person_named(linked, "زهرا حسینی")
    assert ali.id != zahra.id
    assert [r.role for r in ali.roles] == ["شهردار شیراز"]
    assert [r.role for r in zahra.roles] == ["رئیس دانشگاه تهران"]


def test_bare_surname_that_fits_two_people_stays_unmerged(linked):
    bare = person_named(linked, "حسینی")
    assert bare.article_ids == ("art-e",)
    assert bare.id not in {person_named(linked, n).id for n in ("علی حسینی", "زهرا حسینی")}


@pytest.mark.parametrize("extra, joins", [
    (sample.madam_hosseini, "زهرا حسینی"),  # خانم: gender rules out علی
    (sample.hosseini_mayor, "علی حسینی"),  # mayor of Shiraz in 2025: the Tehran dean is elsewhere
])
def test_bare_surname_joins_the_one_person_it_fits(extra, joins):
    extra_art = extra()
    out = link([*sample.articles(), extra_art])
    target = person_named(out, joins)
    assert extra_art.article.id in target.article_ids
    # ...while the other article's bare "حسینی" still fits both and stays its own person.
    assert person_named(out, "حسینی").article_ids == ("art-e",)


@pytest.mark.parametrize("spellings", [
    ("جمالی نژاد", "جمالی‌نژاد", "جمالینژاد"),
    ("رضا  صادقی", "رضا صادقي"),
])
def test_key_equal_spellings_are_one_person(spellings):
    arts = []
    for n, name in enumerate(spellings):
        rec = ArticleRecord(f"k{n}", "s", "ok", None, None, None, None, None, None, None)
        arts.append(ArticleFacts(rec, name, people=(PersonFact(match_key(name), name, spans=((0, len(name)),)),)))
    out = link(arts)
    assert len(out.people) == 1
    assert set(out.people[0].aliases) | {out.people[0].name} == set(spellings)


@pytest.mark.parametrize("name, expected", [
    ("", set()),
    ("   ", set()),
    ("حسینی", set()),
    ("علی حسینی", {"حسینی"}),
    ("مهدی جمالی نژاد", {"جمالینژاد", "نژاد"}),
    ("مهدی جمالی\u200cنژاد", {"جمالینژاد", "نژاد"}),  # ZWNJ splits words as a space does
])
def test_suffix_keys(name, expected):
    assert suffix_keys(name) == expected


def test_implausible_time_span_keeps_namesakes_apart():
    def art(aid, name, greg):
        pub = sample.date(greg, "")
        rec = ArticleRecord(aid, "s", "ok", None, None, pub, None, None, None, None)
        return ArticleFacts(rec, name, people=(PersonFact(match_key(name), name, spans=((0, len(name)),)),))
    out = link([art("old", "کریمی", "1950-01-01"), art("new", "حسن کریمی", "2024-01-01")])
    assert len(out.people) == 2


# ----------------------------------------------------------------------------- organisations
@pytest.mark.parametrize("name, keys", [
    ("", ()),
    (" ", ()),
    ("وزارت", ()),  # a kind word alone is no key
    ("کمیسیون ملی یونسکو – ایران", ("کمیسیونملییونسکو", "کمیسیونملییونسکوایران")),
    ("کمیسیون ملی یونسکو- ایران", ("کمیسیونملییونسکو", "کمیسیونملییونسکوایران")),
    ("کمیسیون ملی یونسکو ایران", ("کمیسیونملییونسکو", "کمیسیونملییونسکوایران")),
    ("کمیسیون ملی یونسکو", ("کمیسیونملییونسکو",)),
    ("دانشگاه تهران", ("دانشگاهتهران",)),
    ("خودروسازی ایران", ("خودروسازیایران",)),  # not a national body: the country stays
])
def test_org_keys(name, keys):
    assert org_keys(name) == keys


def test_org_punctuation_variants_are_one_organisation(linked):
    unesco = [o for o in linked.organisations if "یونسکو" in o.name]
    assert len(unesco) == 1
    forms = {unesco[0].name, *unesco[0].aliases}
    assert {"کمیسیون ملی یونسکو – ایران", "کمیسیون ملی یونسکو", "کمیسیون ملی یونسکو- ایران",
            "کمیسیون ملی یونسکو ایران"} <= forms
    assert unesco[0].article_ids == ("art-a", "art-b", "art-f")
    assert unesco[0].kind == "international"


# ----------------------------------------------------------------------------- cities
def test_cities_by_gazetteer_id_and_key_only_fact_joins(linked):
    tehran = [c for c in linked.cities if c.gazetteer_id == "c-tehran"]
    assert len(tehran) == 1
    assert tehran[0].article_ids == ("art-a", "art-d", "art-f")  # art-f has no gazetteer id
    assert tehran[0].id == stable_id("city", "gaz:c-tehran")
    assert (tehran[0].lat, tehran[0].lon) == (35.6892, 51.3890)
    assert {c.gazetteer_id for c in linked.cities} == {"c-tehran", "c-isfahan", "c-shiraz"}


# ----------------------------------------------------------------------------- global ids
def test_every_local_id_is_remapped(linked):
    people = {p.id for p in linked.people}
    orgs = {o.id for o in linked.organisations}
    cities = {c.id for c in linked.cities}
    events = {e.id for e in linked.events}
    for e in linked.events:
        assert set(e.city_ids) <= cities
        assert set(e.organiser_ids) | set(e.party_ids) <= orgs | people | cities
        assert {p.person_id for p in e.participants} <= people
    for p in linked.people:
        for r in p.roles:
            assert r.organisation_id is None or r.organisation_id in orgs
            assert r.city_id is None or r.city_id in cities
    for o in linked.organisations:
        assert o.parent_id is None or o.parent_id in orgs
        assert o.city_id is None or o.city_id in cities
    targets = {"person": people, "organisation": orgs, "city": cities, "event_trigger": events,
               "role": people, "title": people}
    for m in linked.mentions:
        if m.kind == "date":
            assert m.entity_id is None
        else:
            assert m.entity_id in targets[m.kind], m
    workshop = next(e for e in linked.events if e.type == "workshop")
    assert len(workshop.organiser_ids) == 2 and len(workshop.participants) == 1


def test_evidence_is_the_raw_slice(linked):
    raw = {a.article.id: a.raw_text for a in sample.articles()}
    records = [*linked.people, *linked.organisations, *linked.cities, *linked.events]
    for rec in records:
        assert rec.evidence, rec
        for ev in rec.evidence:
            assert raw[ev.article_id][ev.start:ev.end] == ev.text
    for m in linked.mentions:
        assert raw[m.article_id][m.start:m.end] == m.text
    # Arabic ي/ك as read, the normalised form as extracted.
    m = next(m for m in linked.mentions if m.article_id == "art-f" and m.kind == "organisation")
    assert "ي" in m.text and "ي" not in m.normalised


def test_sorting_and_counts(linked):
    for name in ("people", "organisations", "cities", "events", "articles"):
        ids = [r.id for r in getattr(linked, name)]
        assert ids == sorted(ids) and len(ids) == len(set(ids)), name
    keys = [(m.article_id, m.start, m.end, m.kind) for m in linked.mentions]
    assert keys == sorted(keys)
    a = next(a for a in linked.articles if a.id == "art-a")
    assert a.counts["person"] == 1 and a.counts["organisation"] == 2 and a.counts["title"] == 1
    assert sum(a.counts.values()) == sum(m.article_id == "art-a" for m in linked.mentions)


@pytest.mark.parametrize("seed", range(5))
def test_any_input_order_gives_identical_json(linked, seed):
    arts = [*sample.articles(), sample.madam_hosseini(), sample.hosseini_mayor()]
    expected = dump(link(arts))
    rnd = random.Random(seed)
    shuffled = [dataclasses.replace(a, people=tuple(rnd.sample(a.people, len(a.people))),
                                    mentions=tuple(rnd.sample(a.mentions, len(a.mentions))))
                for a in arts]
    rnd.shuffle(shuffled)
    assert dump(link(shuffled)) == expected
    assert dump(link(iter(reversed(arts)))) == expected


def test_ids_do_not_depend_on_unrelated_articles(linked):
    alone = link([sample.mayor_shiraz()])
    assert person_named(alone, "علی حسینی").id == person_named(linked, "علی حسینی").id


# ----------------------------------------------------------------------------- surname evidence
from pipeline.linking.context import evidence_weight, title_gender  # noqa: E402


@pytest.mark.parametrize("titles, gender", [
    ((), None),
    (("",), None),
    (("   ",), None),
    (("خانم",), "F"),
    (("سرکار خانم",), "F"),
    (("آقای",), "M"),
    (("جناب آقای",), "M"),
    (("دکتر",), None),
    (("دکتر", "خانم"), "F"),
    (("خانم", "آقای"), None),  # a contradiction says nothing
])
def test_title_gender(titles, gender):
    assert title_gender(titles) == gender


@pytest.mark.parametrize("shared, weight", [
    ((), 0.0),
    (("city:a",), 0.5),
    (("city:a", "city:b"), 1.0),
    (("org:x",), 1.0),
    (("role:استانداراصفهان",), 1.0),
])
def test_evidence_weight(shared, weight):
    assert evidence_weight(shared) == weight


def _article(aid, text, greg, person, *, orgs=(), cities=(), titles=(), gender=None, roles=()):
    """One article naming ``person``; orgs are (name, kind), cities names outside the gazetteer,
    roles (role, org name or None)."""
    b = sample.Builder(aid, text, sample.date(greg, ""))
    for name in cities:
        b.city(None, name)
    org_local = {name: b.org(name, kind=kind) for name, kind in orgs}
    b.person(person, titles=titles, gender=gender,
             roles=[(role, org_local.get(org) if org else None, None) for role, org in roles])
    return b.build()


_GHADIMI_FULL = ("full", "اسعد قدیمی مدیر شهرداری رشت در رشت از طرح تازه گفت.", "2016-08-15", "اسعد قدیمی")
_SURNAME_CASES = [
    # (case, full-name article kwargs, surname article kwargs, joins)
    ("madam never joins a man", dict(gender="M", orgs=[("وزارت کشور", "ministry")]),
     dict(person="جوانی", titles=("خانم",), orgs=[("وزارت کشور", "ministry")],
          text="خانم جوانی از وزارت کشور گزارش داد."), False),
    ("unrelated articles", dict(gender="M", orgs=[("دانشگاه آزاد اسلامی", "university")], cities=["سقز"]),
     dict(person="قدیمی", titles=("دکتر",), orgs=[("شهرداری رشت", "municipality")], cities=["رشت"],
          text="دکتر قدیمی در شهرداری رشت از رشت گفت."), False),
    ("shared organisation", dict(gender="M", orgs=[("شهرداری رشت", "municipality")]),
     dict(person="قدیمی", titles=("دکتر",), orgs=[("شهرداری رشت", "municipality")],
          text="دکتر قدیمی در شهرداری رشت گفت."), True),
    ("a shared news agency is no evidence", dict(gender="M", orgs=[("خبرگزاری فارس", "media")]),
     dict(person="قدیمی", titles=("دکتر",), orgs=[("خبرگزاری فارس", "media")],
          text="دکتر قدیمی به خبرگزاری فارس گفت."), False),
    ("one shared city is too weak", dict(gender="M", cities=["رشت"]),
     dict(person="قدیمی", cities=["رشت"], text="قدیمی امروز در رشت گفت."), False),
    ("two shared cities", dict(gender="M", cities=["رشت", "سقز"]),
     dict(person="قدیمی", cities=["رشت", "سقز"], text="قدیمی از رشت تا سقز سفر کرد."), True),
    ("the same post", dict(gender="M", roles=[("مدیر شهرداری رشت", None)]),
     dict(person="قدیمی", roles=[("مدیر شهرداری رشت", None)], text="قدیمی مدیر شهرداری رشت گفت."), True),
    ("a man by title joins a man", dict(gender="M", orgs=[("شهرداری رشت", "municipality")]),
     dict(person="قدیمی", titles=("آقای",), orgs=[("شهرداری رشت", "municipality")],
          text="آقای قدیمی در شهرداری رشت گفت."), True),
    ("a woman by title never joins a man", dict(gender="M", orgs=[("شهرداری رشت", "municipality")]),
     dict(person="قدیمی", titles=("خانم",), orgs=[("شهرداری رشت", "municipality")],
          text="خانم قدیمی در شهرداری رشت گفت."), False),
]


@pytest.mark.parametrize("case, full_kw, short_kw, joins", _SURNAME_CASES, ids=[c[0] for c in _SURNAME_CASES])
def test_cross_article_surname_needs_evidence_and_no_contradiction(case, full_kw, short_kw, joins):
    full_name = "روح‌الله بیات جوانی" if short_kw["person"] == "جوانی" else "اسعد قدیمی"
    full_text = f"{full_name} مدیر شهرداری رشت در رشت و سقز از وزارت کشور و دانشگاه آزاد اسلامی و شهرداری رشت و خبرگزاری فارس گفت."
    full = _article("a-full", full_text, "2016-08-15", full_name, **full_kw)
    short_kw = dict(short_kw)
    short = _article("b-short", short_kw.pop("text"), "2019-03-01", short_kw.pop("person"), **short_kw)
    out = link([full, short])
    target = person_named(out, full_name)
    assert ("b-short" in target.article_ids) is joins
    assert len(out.people) == (1 if joins else 2)


def test_surname_within_one_article_needs_no_extra_evidence():
    text = "اسعد قدیمی امروز آمد. قدیمی گفت."
    b = sample.Builder("one", text, sample.date("2016-08-15", ""))
    b.person("اسعد قدیمی", gender="M")
    b.person("قدیمی", nth=0, phrase="قدیمی")
    out = link([b.build()])
    assert len(out.people) == 1


def test_seed_style_official_still_joins_through_shared_bodies(linked):
    # art-a and art-b share only کمیسیون ملی یونسکو (different cities, different roles).
    p = person_named(linked, "مهدی جمالینژاد")
    assert p.article_ids == ("art-a", "art-b")
