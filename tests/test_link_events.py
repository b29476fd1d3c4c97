"""One happening reported by several articles is one event (pipeline/linking/events.py).

Table-driven over hand-built events (the rules), then the sample corpus end to end: two
outlets' reports of the Isfahan governorate / University of Tehran MoU become one record.
"""
from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest

from pipeline.linking.events import merge_events, same_event
from pipeline.records import DateValue, Event, EventParticipant, Evidence

ROOT = Path(__file__).resolve().parents[1]


def day(greg: str, source: str = "text", precision: str = "day") -> DateValue:
    return DateValue(greg, greg, None, precision, "jalali", None, greg, source)


def event(eid: str, article: str, *, type_: str = "mou_signing", date: DateValue | None = None,
          status: str = "held", cities=("c-isfahan",), people=(), orgs=(), parties=(), types=()) -> Event:
    return Event(
        id=eid, type=type_, label="امضای تفاهم‌نامه", status=status,
        date=date if date is not None else day("2024-11-04"), venue=None,
        city_ids=tuple(cities), organiser_ids=tuple(orgs), party_ids=tuple(parties),
        participants=tuple(EventParticipant(p, None) for p in people), article_ids=(article,),
        evidence=(Evidence(article, 0, 4, "امضا"),), confidence=0.8, types=tuple(types) or (type_,),
    )


A = dict(people=("per-jamali",), parties=("org-gov", "org-ut"))

CASES = [
    # (why, a, b, same)
    ("same day, type, city and people", event("e1", "a1", **A), event("e2", "a2", **A), True),
    ("one shared participant suffices with dates from the text",
     event("e1", "a1", people=("per-jamali",)), event("e2", "a2", people=("per-jamali",)), True),
    ("a publication-day date needs two shared ids",
     event("e1", "a1", people=("per-jamali",), date=day("2024-11-04", "published")),
     event("e2", "a2", people=("per-jamali",)), False),
    ("... and two are enough",
     event("e1", "a1", **A, date=day("2024-11-04", "published")), event("e2", "a2", **A), True),
    ("another day", event("e1", "a1", **A), event("e2", "a2", **A, date=day("2024-11-05")), False),
    ("month precision is not a day",
     event("e1", "a1", **A, date=day("2024-11-01", precision="month")),
     event("e2", "a2", **A, date=day("2024-11-01", precision="month")), False),
    ("no type in common", event("e1", "a1", **A), event("e2", "a2", **A, type_="meeting"), False),
    ("a type in common among several",
     event("e1", "a1", **A, types=("mou_signing", "ceremony")), event("e2", "a2", **A, type_="ceremony"), True),
    ("planned vs held", event("e1", "a1", **A), event("e2", "a2", **A, status="planned"), False),
    ("different cities", event("e1", "a1", **A), event("e2", "a2", **A, cities=("c-shiraz",)), False),
    ("one side names no city", event("e1", "a1", **A), event("e2", "a2", **A, cities=()), True),
    ("nothing shared: two signings that day", event("e1", "a1", people=("per-a",)),
     event("e2", "a2", people=("per-b",)), False),
    ("no date", event("e1", "a1", **A), dataclasses.replace(event("e2", "a2", **A), date=None), False),
]


@pytest.mark.parametrize(("why", "a", "b", "same"), CASES, ids=[c[0] for c in CASES])
def test_same_event(why, a, b, same):
    assert same_event(a, b) is same
    assert same_event(b, a) is same


def test_news_agencies_are_no_evidence():
    a = event("e1", "a1", people=("per-x",), orgs=("org-fars",))
    b = event("e2", "a2", people=("per-y",), orgs=("org-fars",))
    assert same_event(a, b)
    assert not same_event(a, b, frozenset({"org-fars"}))


def test_merged_record_unions_reports():
    a = event("e2", "a1", **A, date=day("2024-11-04", "published"), cities=())
    b = dataclasses.replace(event("e1", "a2", **A, cities=("c-isfahan",)), venue="سالن همایش‌ها",
                            participants=(EventParticipant("per-jamali", "استاندار اصفهان"),
                                          EventParticipant("per-dean", None)))
    c = event("e3", "a3", type_="meeting", people=("per-other",))
    merged, new_id = merge_events([a, b, c])
    assert [e.id for e in merged] == ["e1", "e3"]
    one = merged[0]
    assert new_id == {"e1": "e1", "e2": "e1", "e3": "e3"}
    assert one.article_ids == ("a1", "a2")
    assert one.date == b.date  # the date read from a report's text beats a publication day
    assert one.venue == "سالن همایش‌ها" and one.city_ids == ("c-isfahan",)
    assert [(p.person_id, p.role) for p in one.participants] == [("per-jamali", "استاندار اصفهان"),
                                                                  ("per-dean", None)]
    assert {x.article_id for x in one.evidence} == {"a1", "a2"}


def test_events_of_one_article_never_merge_even_through_a_chain():
    # x1 and x2 are two signings in one article; y (another article) shares ids with both.
    x1 = event("x1", "a1", people=("per-a",))
    x2 = event("x2", "a1", people=("per-b",))
    y = event("y", "a2", people=("per-a", "per-b"))
    merged, new_id = merge_events([x1, x2, y])
    assert new_id["x1"] != new_id["x2"]
    assert len(merged) == 2


def test_merge_does_not_depend_on_input_order():
    evs = [event(f"e{i}", f"a{i % 3}", **A) for i in range(6)] + [event("z", "a9", people=("per-z",))]
    expected = merge_events(evs)
    for seed in range(5):
        shuffled = evs[:]
        random.Random(seed).shuffle(shuffled)
        assert merge_events(shuffled) == expected


def test_sample_corpus_two_reports_one_signing(tmp_path):
    from pipeline.cli import main

    out = tmp_path / "out"
    assert main(["extract", str(ROOT / "corpus"), "-o", str(out), "--quiet"]) == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    signings = [e for e in events if "mou_signing" in e["types"]
                and {"102_mou_1403.txt", "110_mou_second_report_1403.txt"} & set(e["article_ids"])]
    assert len(signings) == 1
    (ev,) = signings
    assert ev["article_ids"] == ["102_mou_1403.txt", "110_mou_second_report_1403.txt"]
    assert ev["date"]["gregorian"] == "2024-11-04"
    assert {x["article_id"] for x in ev["evidence"]} == set(ev["article_ids"])
    # every trigger mention of both reports points at the merged record
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = {m["entity_id"] for m in mentions if m["kind"] == "event_trigger"}
    assert ev["id"] in ids and ids <= {e["id"] for e in events}
