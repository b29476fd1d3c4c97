"""evaluate: gold vs output by the annotation guide's matching rules.

The fixtures under tests/data/evaluate/ are hand-written: ``out/`` is a perfect output for
``gold.jsonl`` (two articles, names invented); each case below changes a copy of it and
states the exact counts that change must produce.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline.errors import UsageError
from pipeline.evaluate import evaluate, format_report
from pipeline.evaluation.gold import load_gold, load_links
from pipeline.evaluation.rules import (
    city_score, date_correct, organisation_score, person_score, role_similarity,
)
from pipeline.text.keys import match_key

DATA = Path(__file__).parent / "data" / "evaluate"
GOLD = DATA / "gold.jsonl"
LINKS = DATA / "links.json"
TABLES = ("articles", "people", "organisations", "cities", "events", "mentions")
KINDS = ("people", "roles", "organisations", "cities", "events")
PERFECT = {"people": (5, 0, 0), "roles": (5, 0, 0), "organisations": (6, 0, 0),
           "cities": (5, 0, 0), "events": (5, 0, 0)}


def read_out(directory: Path = DATA / "out") -> dict[str, list[dict]]:
    return {t: [json.loads(line) for line in (directory / f"{t}.jsonl").read_text("utf-8").splitlines() if line.strip()]
            for t in TABLES}


def write_out(directory: Path, tables: dict[str, list[dict]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        (directory / f"{t}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tables.get(t, [])), "utf-8")
    return directory


def rec(tables, table, id_):
    return next(r for r in tables[table] if r["id"] == id_)


def counts(report) -> dict[str, tuple[int, int, int]]:
    return {k: (report["kinds"][k]["tp"], report["kinds"][k]["fp"], report["kinds"][k]["fn"]) for k in KINDS}


# ----------------------------------------------------------------------------- variants
def _rename(table, id_, name):
    def f(t):
        rec(t, table, id_)["name"] = name
    return f


def _drop(table, id_):
    def f(t):
        t[table] = [r for r in t[table] if r["id"] != id_]
    return f


def _add_org(name, aid="art_a01", id_="org_extra"):
    def f(t):
        t["organisations"].append({"id": id_, "name": name, "aliases": [], "kind": "other", "parent_id": None,
                                   "city_id": None, "article_ids": [aid], "evidence": []})
    return f


def _event(id_, **fields):
    def f(t):
        rec(t, "events", id_).update(fields)
    return f


def _role(person, role):
    def f(t):
        rec(t, "people", person)["roles"][0]["role"] = role
    return f


def _both(*fs):
    def f(t):
        for g in fs:
            g(t)
    return f


def _changes(**kinds):
    out = dict(PERFECT)
    out.update(kinds)
    return out


VARIANTS = [
    ("perfect", lambda t: None, PERFECT),
    ("missing person (and so its role)", _drop("people", "per_soltani"),
     _changes(people=(4, 0, 1), roles=(4, 0, 1))),
    ("extra organisation", _add_org("سازمان آب منطقه‌ای"), _changes(organisations=(6, 1, 0))),
    ("misspelt city, one letter", _rename("cities", "cit_maragheh", "مراقه"), _changes(cities=(4, 1, 1))),
    ("Arabic ye, ZWNJ and glued variants still match",
     _both(_rename("people", "per_soltani", "مريم سلطاني"), _rename("organisations", "org_univ", "دانشگاه‌تبریز"),
           _rename("cities", "cit_meshgin", "مشگینشهر"), _rename("people", "per_niknam", "علي اكبر نيك نام")),
     PERFECT),
    ("surname-only prediction matches the full gold name", _rename("people", "per_soltani", "سلطانی"), PERFECT),
    ("suffix not at a word boundary does not match", _rename("people", "per_soltani", "لطانی"),
     _changes(people=(4, 1, 1), roles=(4, 1, 1))),
    ("optional gold items absent: no fn", _both(_drop("people", "per_yazdani"), _drop("organisations", "org_fars")),
     PERFECT),
    ("second prediction of an optional item: no fp", _add_org("خبرگزاری فارس", id_="org_fars2"), PERFECT),
    ("organisation contained, >= 70% of the longer key",
     _rename("organisations", "org_miras", "اداره کل میراث فرهنگی آذربایجان"), PERFECT),
    ("organisation contained, < 70%", _rename("organisations", "org_miras", "میراث فرهنگی"),
     _changes(organisations=(5, 1, 1))),
    ("event: main type outside the gold list, second type inside",
     _event("evt_appointment", type="ceremony", types=[]), PERFECT),
    ("event: wrong type is fp and fn", _event("evt_workshop", type="meeting", types=["meeting"]),
     _changes(events=(4, 1, 1))),
    ("event in another article does not match", _event("evt_festival", article_ids=["art_a01"]),
     _changes(events=(4, 1, 1))),
    ("role Jaccard 3/4 >= 0.6", _role("per_soltani", "معاون شهرداری تبریز"), PERFECT),
    ("role Jaccard 3/5 == 0.6", _role("per_soltani", "معاون اجتماعی شهرداری تبریز"), PERFECT),
    ("role Jaccard 3/6 < 0.6", _role("per_soltani", "معاون اجتماعی و فرهنگی شهرداری"), _changes(roles=(4, 1, 1))),
    ("role of an unmatched person", _rename("people", "per_rahmani", "سعید رحیمی"),
     _changes(people=(4, 1, 1), roles=(4, 1, 1))),
]


@pytest.mark.parametrize("mutate, expected", [v[1:] for v in VARIANTS], ids=[v[0] for v in VARIANTS])
def test_variants(tmp_path, mutate, expected):
    tables = copy.deepcopy(read_out())
    mutate(tables)
    report = evaluate(write_out(tmp_path / "out", tables), [GOLD])
    assert counts(report) == expected
    for kind, (tp, fp, fn) in expected.items():
        s = report["kinds"][kind]
        assert s["precision"] == pytest.approx(tp / (tp + fp))
        assert s["recall"] == pytest.approx(tp / (tp + fn))


def test_perfect_scores_one_everywhere():
    report = evaluate(DATA / "out", [GOLD], LINKS)
    for kind in KINDS:
        assert (report["kinds"][kind]["precision"], report["kinds"][kind]["recall"], report["kinds"][kind]["f1"]) == (1, 1, 1)
    assert report["event_dates"]["accuracy"] == 1.0
    assert (report["event_dates"]["matched_with_gold_date"], report["event_dates"]["gold_events_without_date"]) == (4, 1)
    assert report["must_not_violations"] == []
    assert report["missing_articles"] == []
    assert (report["links"]["precision"], report["links"]["recall"], report["links"]["f1"]) == (1, 1, 1)
    json.dumps(report, ensure_ascii=False)  # JSON-ready for `evaluate --json`


def test_missing_person_in_two_articles_lowers_recall_by_two_in_five(tmp_path):
    tables = read_out()
    _drop("people", "per_kazemipour")(tables)
    report = evaluate(write_out(tmp_path / "out", tables), [GOLD])
    # Kazemipour is gold in both articles: 2 of 5 people and 2 of 5 roles gone.
    assert report["kinds"]["people"]["recall"] == pytest.approx(3 / 5)
    assert report["kinds"]["roles"]["recall"] == pytest.approx(3 / 5)
    assert report["kinds"]["people"]["precision"] == 1.0


def test_missing_article_counts_every_gold_item_as_fn():
    report = evaluate(DATA / "out", [GOLD, DATA / "gold_missing.jsonl"])
    assert report["missing_articles"] == ["c03.txt"]
    # c03 has one person with one role, one organisation (+1 optional), one city, one event.
    assert counts(report) == _changes(people=(5, 0, 1), roles=(5, 0, 1), organisations=(6, 0, 1),
                                      cities=(5, 0, 1), events=(5, 0, 1))
    row = next(a for a in report["articles"] if a["source"] == "c03.txt")
    assert row["status"] == "missing" and row["kinds"]["people"]["missed"] == ["نادر فرهمند"]
    assert "missing: c03.txt" in format_report(report)


def test_output_articles_without_gold_are_ignored():
    report = evaluate(DATA / "out", [GOLD])
    assert {a["source"] for a in report["articles"]} == {"a01.txt", "news-2"}
    # other-9 has a person, a company and a mention "کوثر" (a must_not word of news-2): none count.
    assert report["must_not_violations"] == []


def test_article_found_by_id_source_or_base_name(tmp_path):
    report = evaluate(DATA / "out", [GOLD])
    assert [a["article_id"] for a in report["articles"]] == ["art_a01", "news-2"]


# ----------------------------------------------------------------------------- must_not
MUST_NOT = [
    ("organisation name", _add_org("روزنامه همشهری"), [("organisation", "روزنامه همشهری", "organisations.jsonl")]),
    ("person alias, other spelling",
     lambda t: rec(t, "people", "per_soltani")["aliases"].append("شهيد بهشتي"),
     [("person", "شهيد بهشتي", "people.jsonl")]),
    ("mention only", lambda t: t["mentions"].append(
        {"article_id": "art_a01", "kind": "city", "start": 0, "end": 10, "text": "شهید بهشتی", "normalised": "شهید بهشتی",
         "entity_id": None, "sentence": 0}), [("city", "شهید بهشتی", "mentions.jsonl")]),
    ("a longer name that contains it is no violation", _add_org("دانشگاه شهید بهشتی"), []),
    ("a mention of kind date is no violation", lambda t: t["mentions"].append(
        {"article_id": "art_a01", "kind": "date", "start": 0, "end": 10, "text": "شهید بهشتی", "normalised": "شهید بهشتی",
         "entity_id": None, "sentence": 0}), []),
]


@pytest.mark.parametrize("mutate, expected", [m[1:] for m in MUST_NOT], ids=[m[0] for m in MUST_NOT])
def test_must_not(tmp_path, mutate, expected):
    tables = copy.deepcopy(read_out())
    mutate(tables)
    report = evaluate(write_out(tmp_path / "out", tables), [GOLD])
    got = [(v["kind"], v["string"], v["file"]) for v in report["must_not_violations"]]
    assert got == expected
    assert all(v["source"] == "a01.txt" for v in report["must_not_violations"])


# ----------------------------------------------------------------------------- dates
DATES = [
    # gold, predicted DateValue (the parts that matter), right?
    ({"gregorian": "2019-02-24", "jalali": "1397-12-05", "precision": "day"}, {"gregorian": "2019-02-24"}, True),
    ({"gregorian": "2019-02-24", "jalali": "1397-12-05", "precision": "day"}, {"gregorian": "2019-02-25"}, False),
    ({"gregorian": "2019-02-24", "precision": "day"}, None, False),
    ({"gregorian": "2020-01-04", "precision": "week"}, {"gregorian": "2020-01-04", "precision": "day"}, True),
    ({"gregorian": "2020-01-04", "precision": "week"}, {"gregorian": "2020-01-05", "precision": "week"}, False),
    ({"gregorian": "2025-06-22", "jalali": "1404-04", "precision": "month"}, {"gregorian": "2025-07-01", "jalali": "1404-04-10"}, True),
    ({"gregorian": "2025-06-22", "jalali": "1404-04", "precision": "month"}, {"gregorian": "2025-07-01", "jalali": None}, True),
    ({"gregorian": "2025-06-22", "jalali": "1404-04", "precision": "month"}, {"gregorian": "2025-07-23", "jalali": "1404-05"}, False),
    ({"gregorian": "2025-06-22", "jalali": "1404-04", "precision": "month"}, {"gregorian": "2025-03-21", "jalali": "1404"}, False),
    ({"gregorian": "2025-06-01", "precision": "month"}, {"gregorian": "2025-06-15", "jalali": "1404-03-25"}, True),
    ({"gregorian": "2021-03-21", "jalali": "1400", "precision": "year"}, {"gregorian": "2021-08-23", "jalali": "1400-06"}, True),
    ({"gregorian": "2021-03-21", "jalali": "1400", "precision": "year"}, {"gregorian": "2020-03-20", "jalali": "1399"}, False),
    ({"gregorian": "2021-03-21", "jalali": "۱۴۰۰", "precision": "year"}, {"gregorian": "2021-03-21", "jalali": "1400"}, True),
    ({"gregorian": "", "precision": "day"}, {"gregorian": ""}, False),
    ({"gregorian": " ", "precision": "day"}, {"gregorian": "2021-03-21"}, False),
]


@pytest.mark.parametrize("gold, pred, right", DATES)
def test_date_correct(gold, pred, right):
    assert date_correct(gold, pred) is right


@pytest.mark.parametrize("event, date, correct", [
    ("evt_workshop", {"gregorian": "2019-02-25", "jalali": "1397-12-06", "precision": "day"}, 3),
    ("evt_meeting", {"gregorian": "2020-01-11", "jalali": None, "precision": "week"}, 3),
    ("evt_festival", {"gregorian": "2021-03-21", "jalali": "1400-01-01", "precision": "day"}, 4),
    ("evt_appointment", None, 3),
    ("evt_inauguration", {"gregorian": "2020-01-01", "jalali": "1398-10-11", "precision": "day"}, 4),
])
def test_event_date_accuracy(tmp_path, event, date, correct):
    tables = copy.deepcopy(read_out())
    _event(event, date=date)(tables)
    report = evaluate(write_out(tmp_path / "out", tables), [GOLD])
    d = report["event_dates"]
    assert (d["correct"], d["matched_with_gold_date"], d["gold_events_without_date"]) == (correct, 4, 1)
    assert d["accuracy"] == pytest.approx(correct / 4)
    assert counts(report)["events"] == (5, 0, 0)  # a wrong date never unmatches an event


# ----------------------------------------------------------------------------- rules
@pytest.mark.parametrize("gold, pred, matches", [
    ("جمالی نژاد", "مهدی جمالی‌نژاد", True),
    ("جمالی نژاد", "مهدی جمالینژاد", True),
    ("مهدی جمالی‌نژاد", "جمالي نژاد", True),
    ("مریم سلطانی", "سلطانی", True),
    ("مریم سلطانی", "لطانی", False),
    ("مریم سلطانی", "مریم", False),  # a first name alone is a prefix, not a surname
    ("مریم سلطانی", "زهرا سلطانی", False),
    ("", "", False),
    (" ", "\u200c", False),
])
def test_person_rule(gold, pred, matches):
    assert (person_score((gold,), (pred,)) is not None) is matches


def test_person_rule_prefers_exact_and_uses_aliases():
    assert person_score(("علی اکبر نیک‌نام",), ("علی‌اکبر نیکنام",))[0] == 2
    assert person_score(("نیک‌نام",), ("علی اکبر نیک‌نام",))[0] == 1
    assert person_score(("ابوالفضل نیک‌نام",), ("فضل", "ابوالفضل نيك نام"))[0] == 2  # predicted alias
    assert person_score(("ابوالفضل نیک‌نام", "فضل الله"), ("فضل‌الله",))[0] == 2  # gold alias


@pytest.mark.parametrize("gold, pred, matches", [
    ("کمیسیون ملی یونسکو – ایران", "کمیسیون ملی یونسکو ایران", True),
    ("کمیسیون ملی یونسکو – ایران", "کمیسیون ملی یونسکو", True),  # 16/21 >= 0.7
    ("مرکز اطلاع رسانی و امور بین الملل وزارت کشور", "وزارت کشور", False),
    ("شهرداری تبریز", "شهرداری", False),
    ("", "", False),
    ("  ", "  ", False),
])
def test_organisation_rule(gold, pred, matches):
    assert (organisation_score((gold,), (pred,)) is not None) is matches


@pytest.mark.parametrize("gold, pred, matches", [
    ("مشگین شهر", "مشگین‌شهر", True), ("تبریز", "تبريز", True), ("تبریز", "تبریز شمالی", False),
    ("", "", False), (" ", " ", False),
])
def test_city_rule(gold, pred, matches):
    assert (city_score((gold,), (pred,)) is not None) is matches


@pytest.mark.parametrize("a, b, expected", [
    ("امور بین الملل", "امور بین‌الملل", 1.0),  # ZWNJ separates words like a space, on purpose
    ("رییس دانشگاه تبریز", "رئیس دانشگاه تبریز", 1.0),
    ("معاون فرهنگی شهرداری تبریز", "معاون شهرداری تبریز", 0.75),
    ("استاندار اردبیل", "فرماندار اردبیل", 1 / 3),
    ("", "", 1.0),
    (" ", "\u200c", 1.0),
    ("", "استاندار", 0.0),
])
def test_role_similarity(a, b, expected):
    assert role_similarity(a, b) == pytest.approx(expected)


# ----------------------------------------------------------------------------- links
def _split_kazemipour(t):
    p = rec(t, "people", "per_kazemipour")
    q = copy.deepcopy(p)
    p["article_ids"], p["roles"] = ["art_a01"], p["roles"][:1]
    q.update(id="per_kazemipour2", name="کاظمی پور", aliases=[], article_ids=["news-2"], roles=q["roles"][1:])
    t["people"].append(q)


def _merge_universities(t):
    _drop("organisations", "org_tabmuni")(t)
    rec(t, "organisations", "org_univ")["aliases"] = ["شهرداری تبریز"]
    for p in t["people"]:
        for r in p["roles"]:
            r["organisation_id"] = "org_univ" if r["organisation_id"] == "org_tabmuni" else r["organisation_id"]


@pytest.mark.parametrize("mutate, p, r", [
    (lambda t: None, 1.0, 1.0),
    (_split_kazemipour, 1.0, 3 / 4),  # 4 gold pairs, the person pair lost
    (_merge_universities, 4 / 8, 1.0),  # 4 org mentions in one entity: 6 pairs, 2 of them right
    (_drop("cities", "cit_tabriz"), 1.0, 3 / 4),  # unresolved mentions cost recall only
])
def test_links(tmp_path, mutate, p, r):
    tables = copy.deepcopy(read_out())
    mutate(tables)
    links = evaluate(write_out(tmp_path / "out", tables), [GOLD], LINKS)["links"]
    assert (links["precision"], links["recall"]) == (pytest.approx(p), pytest.approx(r))
    assert links["gold_pairs"] == 4


def test_split_and_merge_are_listed(tmp_path):
    tables = copy.deepcopy(read_out())
    _merge_universities(tables)
    links = evaluate(write_out(tmp_path / "out", tables), [GOLD], LINKS)["links"]
    assert len(links["false_merges"]) == 4 and links["splits"] == []
    assert links["by_kind"]["organisation"]["precision"] == pytest.approx(2 / 6)


# ----------------------------------------------------------------------------- inputs
@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty_or_blank_gold(tmp_path, text):
    gold = tmp_path / "g.jsonl"
    gold.write_text(text, "utf-8")
    report = evaluate(DATA / "out", [gold])
    assert report["articles"] == [] and report["missing_articles"] == []
    assert counts(report) == {k: (0, 0, 0) for k in KINDS}
    assert report["event_dates"]["accuracy"] is None
    assert "n/a" in format_report(report)


@pytest.mark.parametrize("text", ["", "  \n"])
def test_empty_output(tmp_path, text):
    out = write_out(tmp_path / "out", {})
    (out / "articles.jsonl").write_text(text, "utf-8")
    report = evaluate(out, [GOLD])
    assert report["missing_articles"] == ["a01.txt", "news-2"]
    assert counts(report) == {k: (0, 0, v[0]) for k, v in PERFECT.items()}
    assert report["kinds"]["people"]["precision"] == 0.0


@pytest.mark.parametrize("gold_text, message", [
    ("{not json\n", "not JSON"),
    ('{"people": []}\n', "source"),
    ('{"source": "a"}\n{"source": "a"}\n', "already given"),
    ('{"source": "a", "events": [{"trigger": "x"}]}\n', "type"),
    ('{"source": "a", "people": [{"name": " "}]}\n', "name"),
])
def test_bad_gold(tmp_path, gold_text, message):
    gold = tmp_path / "g.jsonl"
    gold.write_text(gold_text, "utf-8")
    with pytest.raises(UsageError, match=message):
        evaluate(DATA / "out", [gold])


def test_missing_output_dir(tmp_path):
    with pytest.raises(UsageError, match="articles.jsonl"):
        evaluate(tmp_path / "nowhere", [GOLD])


def test_format_report_table(tmp_path):
    tables = copy.deepcopy(read_out())
    _add_org("روزنامه همشهری")(tables)
    text = format_report(evaluate(write_out(tmp_path / "out", tables), [GOLD], LINKS))
    lines = text.splitlines()
    assert lines[0].split() == ["kind", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[4].split() == ["organisations", "0.857", "1.000", "0.923", "6", "1", "0"]
    assert "must_not violations: 1" in text and "روزنامه همشهری" in text
    assert "links (pairwise): P 1.000  R 1.000  F1 1.000" in text


# ----------------------------------------------------------------------------- shared gold
def gold_as_output(golds, clusters, directory: Path) -> Path:
    """A perfect output for the given gold: every non-optional item, entities of one link
    cluster merged into one record."""
    cluster_of = {(s, match_key(n)): f"c{i}" for i, c in enumerate(clusters) for s, n in c.mentions}
    tables: dict[str, dict[str, dict]] = {"people": {}, "organisations": {}, "cities": {}}
    events, articles = [], []
    for g in golds:
        articles.append({"id": g.source, "source": g.source, "status": "ok"})
        ids = {}
        for kind in tables:
            for i, item in enumerate(g.items(kind)):
                id_ = cluster_of.get((g.source, match_key(item.name)), f"{kind}:{g.source}:{i}")
                ids[(kind, i)] = id_
                r = tables[kind].setdefault(id_, {"id": id_, "name": item.name, "aliases": [], "article_ids": [],
                                                  "roles": []})
                r["aliases"] += [f for f in item.forms if f != r["name"]]
                r["article_ids"].append(g.source)
        for role in g.roles:
            tables["people"][ids[("people", role.person)]]["roles"].append(
                {"role": role.role, "organisation_id": None, "article_id": g.source})
        for i, e in enumerate(g.events):
            date = None if e.date is None else {"gregorian": e.date.gregorian, "jalali": e.date.jalali,
                                                "precision": e.date.precision}
            events.append({"id": f"evt:{g.source}:{i}", "type": e.types[0], "types": list(e.types),
                           "label": e.trigger, "date": date, "article_ids": [g.source]})
    return write_out(directory, {"articles": articles, "events": events,
                                 **{k: list(v.values()) for k, v in tables.items()}})


def test_shared_gold_parses_and_scores_itself(shared_dir, tmp_path):
    paths = sorted((shared_dir / "gold").glob("*.gold.jsonl"))
    golds = load_gold(paths)
    clusters = load_links(shared_dir / "gold" / "seeds.links.json")
    required = {k: sum(not x.optional for g in golds for x in g.items(k)) for k in KINDS}
    assert len(golds) >= 2 and all(n > 0 for n in required.values()), required
    sources = {g.source for g in golds}
    assert all(s in sources for c in clusters for s, _ in c.mentions)

    report = evaluate(gold_as_output(golds, clusters, tmp_path / "out"), paths, shared_dir / "gold" / "seeds.links.json")
    for kind in KINDS:
        assert report["kinds"][kind]["recall"] == 1.0, (kind, report["kinds"][kind])
        assert report["kinds"][kind]["precision"] == 1.0, (kind, report["kinds"][kind])
        assert report["kinds"][kind]["tp"] == required[kind]
    assert report["event_dates"]["accuracy"] == 1.0
    assert report["links"]["f1"] == 1.0
