"""The events component: ``newsfacts_events`` writes ``doc._.events`` (EventFact) and appends
``event_trigger`` mentions to ``doc._.mentions``.

Runs after the dates and entities components and reads only their extensions. Steps:
trigger phrases with evidence (:mod:`events_detect`) -> one event per real event (title, lead
and body mentions merged; "این جلسه" joins the latest event of its type; the opening or a
panel of a workshop joins the workshop) -> arguments (:mod:`events_args`).
"""
# No "from __future__ import annotations": spaCy reads the factory signature at run time.
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..records import (
    CityFact, DateMention, DateValue, EventFact, MentionFact, OrganisationFact, PersonFact,
    stable_id,
)
from ..text.keys import match_key
from . import events_args as args
from . import events_dates as edates
from . import register_extensions
from .events_detect import Hit, find_hits, main_type
from .events_text import fold, sentences

# Events that other sub-events (an opening, a ceremony, a panel) belong to.
CONTAINERS = frozenset({"workshop", "training_course", "exhibition", "festival", "conference",
                        "competition", "inauguration", "mou_signing"})
# A phrase of only these types is an opening/ceremony and joins a container event.
_GENERIC = frozenset({"ceremony", "inauguration"})
# Several events of these types are common in one article (matches on one match day), so
# they merge only on the same label, never on type and date alone.
_DISTINCT = frozenset({"competition"})


@Language.factory("newsfacts_events")
def make_events(nlp: Language, name: str):
    register_extensions()
    return EventsComponent()


class EventsComponent:
    def __call__(self, doc: Doc) -> Doc:
        events, mentions = extract_events(
            doc.text,
            dates=list(doc._.dates or ()),
            people=list(doc._.people or ()),
            organisations=list(doc._.organisations or ()),
            cities=list(doc._.cities or ()),
            published=doc._.published,
            blocked=tuple(doc._.blocked or ()),
        )
        doc._.events = events
        doc._.mentions = list(doc._.mentions or ()) + mentions
        return doc


@dataclass
class _Group:
    hits: list[Hit]
    types: tuple[str, ...]
    main: str
    date: DateMention | None = None
    labels: set[str] = field(default_factory=set)

    def add(self, hit: Hit) -> None:
        self.hits.append(hit)
        self.types = tuple(dict.fromkeys(self.types + hit.types))
        self.labels.add(match_key(hit.label))
        if self.date is None and hit.date is not None:
            self.date = hit.date


def extract_events(
    text: str,
    *,
    dates: list[DateMention] = (),
    people: list[PersonFact] = (),
    organisations: list[OrganisationFact] = (),
    cities: list[CityFact] = (),
    published: DateValue | None = None,
    blocked: tuple[tuple[int, int], ...] = (),
) -> tuple[list[EventFact], list[MentionFact]]:
    """Events and their trigger mentions for one normalised text (offsets into ``text``)."""
    if not text.strip():
        return [], []
    folded = fold(text)
    dates = [d for d in dates if not _blocked(blocked, d.start, d.end)]
    dates = edates.settle(folded, dates + edates.hijri_months(folded, published, dates))
    hits = find_hits(text, folded, dates, blocked)
    groups = _merge(hits)
    if not groups:
        return [], []
    sents = sentences(text)
    main = max(groups, key=lambda g: (len(g.hits), -g.hits[0].start))
    people = [p for p in people if any(not _blocked(blocked, *sp) for sp in p.spans)]
    events, mentions = [], []
    for g in groups:
        ev = _build(g, g is main, text, folded, sents, dates, people, list(organisations),
                    list(cities), published, blocked)
        events.append(ev)
        for h in g.hits:
            mentions.append(MentionFact("event_trigger", (h.start, h.end), " ".join(text[h.start:h.end].split()),
                                        ev.local_id, h.sentence))
    return events, mentions


def _blocked(blocked, start: int, end: int) -> bool:
    return any(start < be and bs < end for bs, be in blocked)


def _same_date(a: DateMention | None, b: DateMention | None) -> bool:
    return a is None or b is None or a.value.gregorian == b.value.gregorian


def _same_status(g: _Group, h: Hit) -> bool:
    """Held and planned mentions are different events; a mention without a verb says neither."""
    said = [x.status for x in g.hits if x.verb]
    return not (h.verb and said and said[0] != h.status)


def _label_related(key: str, labels: set[str]) -> bool:
    """One label extends the other ("مسابقات" / "مسابقات قرآن کریم")."""
    return any(key.startswith(k) or k.startswith(key) for k in labels)


def _merge(hits: list[Hit]) -> list[_Group]:
    groups: list[_Group] = []
    for h in hits:
        target = None
        if h.anaphoric:
            # "این جلسه" after a workshop is that workshop: the latest event of a shared type,
            # else simply the latest event.
            # The anaphor's own noun first ("این نمایشگاه بازدید کنند" is the exhibition).
            target = next((g for g in reversed(groups) if h.main in g.types), None)
            target = target or next((g for g in reversed(groups) if set(h.types) & set(g.types)), None)
            target = target or (groups[-1] if groups else None)
        if target is None and set(h.types) <= _GENERIC:
            target = next((g for g in reversed(groups)
                           if g.main in CONTAINERS and g.main not in h.types and _same_date(g.date, h.date)), None)
        if target is None:
            # A dateless mention under an earlier date of its paragraph is not the event of
            # another date ("اسفند سال گذشته ... با ترامپ دیدار داشت" after a January session).
            when = h.date or h.carried
            for g in reversed(groups):
                if g.main != h.main or not _same_date(g.date, when) or not _same_status(g, h):
                    continue
                if h.main in _DISTINCT and not _label_related(match_key(h.label), g.labels):
                    continue
                target = g
                break
        if target is None:
            if h.anaphoric and not h.verb:
                continue  # "این جلسه" with nothing to refer to and no verb of its own
            groups.append(_Group([h], h.types, h.main, h.date or h.carried, {match_key(h.label)}))
        else:
            target.add(h)
    return groups


def _event_date(g: _Group, text: str, dates: list[DateMention], published: DateValue | None) -> DateValue | None:
    stated = [h.date for h in g.hits if h.date is not None]
    if stated:
        # Prefer a date stated in the text over a relative one, then the finer precision.
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        best = min(stated, key=lambda d: (d.value.source != "text", rank.get(d.value.precision, 4)))
        return best.value
    # A date earlier in the same paragraph ("صبح امروز" in the lead, "اسفند سال گذشته ...
    # در این عمارت دیدار داشت").
    carried = next((h.carried for h in g.hits if h.carried is not None), None)
    if carried is not None:
        return carried.value
    ahead = _day_ahead(g, dates, published)
    if ahead is not None:
        return ahead.value
    return args.published_date(published)


def _day_ahead(g: _Group, dates: list[DateMention], published: DateValue | None) -> DateMention | None:
    """An announced event with no date of its own takes the day the article announces earlier
    ("... لیگ فردا دوشنبه پیگیری می‌شود" in the lead, "... به مصاف ثامن خواهد رفت" below): the
    publication day is never right for something still to come."""
    first = g.hits[0]
    if published is None or any(h.verb and h.status != "planned" for h in g.hits) \
            or not any(h.verb for h in g.hits):
        return None
    ahead = [d for d in dates if d.valid and d.value is not None
             and d.value.precision == "day" and d.value.gregorian > published.gregorian_end]
    before = [d for d in ahead if d.start < first.start]
    if before:
        return before[-1]
    # a headline announces what its lead dates ("... به مصاف ثامن می‌رود" / "... فردا دوشنبه ...")
    soon = [d for d in ahead if first.start < d.start <= first.start + _LEAD_CHARS]
    return soon[0] if soon else None


_LEAD_CHARS = 300


def _status(g: _Group, date: DateValue | None, published: DateValue | None) -> str:
    if date is not None and published is not None and date.source != "published":
        if date.gregorian > published.gregorian_end:
            return "planned"
    verb_hits = [h for h in g.hits if h.verb] or g.hits
    return verb_hits[0].status


def _build(g, is_main, text, folded, sents, dates, people, orgs, cities, published, blocked) -> EventFact:
    date = _event_date(g, text, dates, published)
    first = g.hits[0]
    if date is not None and date.source != "published":
        date = args.with_time(date, dates, sents[first.sentence] if sents else (0, len(text)))
    venue = None
    organisers: list[str] = []
    parties: list[str] = []
    city_ids: list[str] = []
    chosen: dict[str, PersonFact] = {}
    for h in g.hits:
        sent = sents[h.sentence]
        venue = venue or args.venue(text, folded, h.clause, dates)
        organisers += args.organisers(folded, sent, orgs)
        if "mou_signing" in g.types:
            parties += args.parties(folded, h.start, sent, orgs)
        city_ids += args.cities_in(cities, *sent)
        if h.context or args.speaks_or_attends(folded, sent):
            for p in args.people_in(people, *sent):
                chosen.setdefault(p.local_id, p)
    if is_main:
        # Speakers of the article whose main event this is ("... گفت", "به بیان مطالبی پرداختند").
        for sent in sents:
            if not _blocked(blocked, *sent) and args.speaks_or_attends(folded, sent):
                for p in args.people_in(people, *sent):
                    chosen.setdefault(p.local_id, p)
    organisers = list(dict.fromkeys(organisers))
    parties = [p for p in dict.fromkeys(parties)]
    participants = tuple(args.participant(p) for p in sorted(chosen.values(), key=lambda p: min(s for s, _ in p.spans)))
    label = first.label
    main = main_type(g.types)
    conf = 0.35 + (0.3 if any(h.verb for h in g.hits) else 0.0) + (0.15 if any(h.context for h in g.hits) else 0.0)
    conf += 0.1 if date is not None and date.source != "published" else 0.0
    conf += 0.05 if participants else 0.0
    conf += 0.05 if len(g.hits) > 1 else 0.0
    local_id = stable_id("event", main, match_key(label), date.gregorian if date else None)
    return EventFact(
        local_id=local_id,
        type=main,
        types=tuple(t for t in _ordered(g.types)),
        label=label,
        status=_status(g, date, published),
        date=date,
        venue=venue,
        cities=tuple(dict.fromkeys(city_ids)),
        organisers=tuple(organisers),
        parties=tuple(parties),
        participants=participants,
        spans=tuple(sorted({(h.start, h.end) for h in g.hits})),
        confidence=round(min(conf, 1.0), 2),
    )


def _ordered(types) -> list[str]:
    from .events_lexicon import TYPE_PRIORITY

    return sorted(set(types), key=TYPE_PRIORITY.index)
