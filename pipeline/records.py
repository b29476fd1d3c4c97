"""Frozen records: what flows between stages and what is written out.

Two layers:
- *Article facts* (``RawArticle`` -> ``ArticleFacts``): what one article says, produced by a
  pure per-article function. Spans here are ``(start, end)`` offsets into the article's raw
  text (``raw[start:end]`` is the evidence), already mapped back from the normalised text.
  Entities inside one article refer to each other by ``local_id`` (the matching key of the
  entity's name, or the gazetteer id for a city).
- *Output records* (``Person``, ``Organisation``, ...): one per real-world entity across the
  corpus, built by the linker, written by ``output.py`` following
  ../shared/design/output-contract.md. Field order here is the key order in the JSONL.

``to_json`` gives plain dicts with the dataclass field order; ids come from content hashes
(``stable_id``), never from run order.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

EVENT_TYPES = (
    "workshop", "training_course", "meeting", "conference", "ceremony", "appointment",
    "mou_signing", "exhibition", "festival", "inauguration", "visit", "competition",
    "election", "other",
)
ORG_KINDS = (
    "ministry", "governorate", "municipality", "council", "university", "company",
    "international", "media", "ngo", "military", "other",
)
MENTION_KINDS = (
    "person", "organisation", "city", "province", "country", "date", "role",
    "event_trigger", "title",
)


def stable_id(kind: str, *parts: Any) -> str:
    """Content-derived id: ``kind`` prefix + 16 hex of a SHA-256 over sorted-key JSON."""
    payload = json.dumps([kind, *parts], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"{kind[:3]}_{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:16]}"


def to_json(obj: Any) -> Any:
    """Dataclasses -> dicts in field order; tuples -> lists; everything else unchanged."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    return obj


# ----------------------------------------------------------------------------- common shapes
@dataclass(frozen=True)
class DateValue:
    """An interval in time, as the contract's DateValue."""

    gregorian: str  # YYYY-MM-DD, first day of the interval
    gregorian_end: str  # YYYY-MM-DD, last day of the interval
    jalali: str | None  # at the precision: YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | week | month | year
    calendar: str  # jalali | gregorian | hijri
    time: str | None  # HH:MM
    text: str  # as written
    source: str  # text | relative | published


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text: offsets into that text, its value, its form
    (e.g. ``jalali_dmy``, ``numeric``, ``relative``, ``range``) and whether it is valid
    (``valid`` False: an impossible date such as "۳۰ اسفند ۱۴۰۲"; then ``value`` is None)."""

    start: int
    end: int
    text: str
    value: "DateValue | None"
    form: str
    valid: bool = True
    error: str | None = None


@dataclass(frozen=True)
class Evidence:
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    article_id: str
    kind: str  # one of MENTION_KINDS
    start: int
    end: int
    text: str  # raw slice
    normalised: str
    entity_id: str | None
    sentence: int


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str


# ----------------------------------------------------------------------------- ingestion
@dataclass(frozen=True)
class RawArticle:
    """One article as read, before any normalisation.

    ``boilerplate`` holds raw ``(start, end)`` ranges that no stage may extract from (page
    header lines, repeated title, related news, comment forms, copyright lines).
    ``published_text`` is the publication date as the source gave it (a string: Jalali or
    Gregorian, optionally with a time); ``published`` is the same already converted when the
    source gave a structured value (JSONL ``{"jalali", "gregorian"}``).
    """

    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    category: str | None = None
    agency: str | None = None
    news_id: str | None = None
    published_text: str | None = None
    published: DateValue | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    format: str = "text"  # text | jsonl | json | html
    encoding: str = "utf-8"


@dataclass(frozen=True)
class InputFailure:
    """An input (a file, or one line of a JSONL file) that produced no article."""

    id: str
    source: str
    error: ErrorInfo


# ----------------------------------------------------------------------------- article facts
Span = tuple[int, int]  # raw offsets


@dataclass(frozen=True)
class RoleFact:
    role: str  # normalised full phrase, e.g. "استاندار اصفهان"
    span: Span | None
    organisation: str | None = None  # local_id of an OrganisationFact
    city: str | None = None  # local_id of a CityFact
    former: bool = False


@dataclass(frozen=True)
class PersonFact:
    local_id: str  # match_key of the fullest name
    name: str  # fullest normalised form in the article
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    gender: str | None = None  # "M" | "F" | None
    roles: tuple[RoleFact, ...] = ()
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class OrganisationFact:
    local_id: str  # match_key of the name, or "gaz:<id>" for a gazetteer entry
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    parent: str | None = None  # local_id of the parent organisation
    city: str | None = None  # local_id of a CityFact
    gazetteer_id: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CityFact:
    local_id: str  # gazetteer id, or "key:<match_key>" outside the gazetteer
    name: str
    name_en: str | None = None
    province: str | None = None
    country: str | None = "ایران"
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Participant:
    person: str  # local_id of a PersonFact
    role: str | None


@dataclass(frozen=True)
class EventFact:
    local_id: str
    type: str  # main type, one of EVENT_TYPES
    types: tuple[str, ...]  # every type that fits ("مراسم تودیع و معارفه": appointment, ceremony)
    label: str  # the trigger phrase, normalised
    status: str  # held | planned
    date: DateValue | None
    venue: str | None = None
    cities: tuple[str, ...] = ()
    organisers: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()
    spans: tuple[Span, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class MentionFact:
    kind: str
    span: Span
    normalised: str
    local_id: str | None = None  # the entity (person/org/city local_id) it belongs to
    sentence: int = 0


@dataclass(frozen=True)
class ArticleFacts:
    """Everything one article yields: the record for articles.jsonl and its facts."""

    article: "ArticleRecord"
    raw_text: str = ""
    people: tuple[PersonFact, ...] = ()
    organisations: tuple[OrganisationFact, ...] = ()
    cities: tuple[CityFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    mentions: tuple[MentionFact, ...] = ()


# ----------------------------------------------------------------------------- output records
@dataclass(frozen=True)
class ArticleRecord:
    id: str
    source: str
    status: str  # ok | error
    error: ErrorInfo | None
    title: str | None
    published: DateValue | None
    agency: str | None
    category: str | None
    news_id: str | None
    text_sha256: str | None
    counts: dict[str, int] = field(default_factory=dict)
    url: str | None = None
    format: str | None = None
    encoding: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class RoleRecord:
    role: str
    organisation_id: str | None
    city_id: str | None
    date: str | None  # the article's date (gregorian) so that a role history reads in order
    article_id: str
    former: bool = False


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    gender: str | None
    roles: tuple[RoleRecord, ...]
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent_id: str | None
    city_id: str | None
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class City:
    id: str
    name: str
    name_en: str | None
    province: str | None
    country: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class EventParticipant:
    person_id: str
    role: str | None


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    label: str
    status: str
    date: DateValue | None
    venue: str | None
    city_ids: tuple[str, ...]
    organiser_ids: tuple[str, ...]
    party_ids: tuple[str, ...]
    participants: tuple[EventParticipant, ...]
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    confidence: float
    types: tuple[str, ...] = ()
