"""One article -> its facts. A pure function of (article, nlp): it can run in any process.

The Doc is built over the normalised text; every span the components report is mapped back
to raw offsets here, so every output offset satisfies ``raw[start:end] == text``.
"""
from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from collections import Counter

from spacy.language import Language

from .records import ArticleFacts, ArticleRecord, DateValue, PersonFact, RawArticle
from .text.align import Aligned
from .text.normalize import normalize

# A sentence ends at . ! ? ؟ or a line break (newlines separate paragraphs and headings).
_SENTENCE_END = re.compile(r"[.!?؟\n]+")


def process(raw: RawArticle, nlp: Language) -> ArticleFacts:
    aligned = normalize(raw.text)
    published = raw.published or _parse_published(raw.published_text)
    doc = nlp.make_doc(aligned.text)
    doc._.article = raw
    doc._.aligned = aligned
    doc._.published = published
    doc._.blocked = tuple(_to_normalised(aligned, s, e) for s, e in raw.boilerplate)
    doc._.dates = []
    doc._.people, doc._.organisations, doc._.cities = [], [], []
    doc._.events, doc._.mentions = [], []
    for _name, proc in nlp.pipeline:
        doc = proc(doc)

    to_raw = _SpanMapper(aligned)
    people = tuple(_map_person(p, to_raw) for p in doc._.people)
    orgs = tuple(dataclasses.replace(o, spans=to_raw.all(o.spans)) for o in doc._.organisations)
    cities = tuple(dataclasses.replace(c, spans=to_raw.all(c.spans)) for c in doc._.cities)
    events = tuple(dataclasses.replace(e, spans=to_raw.all(e.spans)) for e in doc._.events)
    breaks = [m.end() for m in _SENTENCE_END.finditer(aligned.text)]
    mentions = tuple(
        dataclasses.replace(m, span=to_raw(m.span), sentence=bisect.bisect_right(breaks, m.span[0]))
        for m in doc._.mentions
    )
    counts = dict(sorted(Counter(m.kind for m in mentions).items()))
    record = ArticleRecord(
        id=raw.id,
        source=raw.source,
        status="ok",
        error=None,
        title=raw.title,
        published=published,
        agency=raw.agency,
        category=raw.category,
        news_id=raw.news_id,
        text_sha256=hashlib.sha256(raw.text.encode("utf-8")).hexdigest(),
        counts=counts,
        url=raw.url,
        format=raw.format,
        encoding=raw.encoding,
        boilerplate=raw.boilerplate,
    )
    return ArticleFacts(record, raw.text, people, orgs, cities, events, mentions)


def _parse_published(value) -> DateValue | None:
    if not value:
        return None
    from .dates import parse_published  # dates is a lower layer; imported lazily for start-up

    return parse_published(value)


def _to_normalised(aligned: Aligned, start: int, end: int) -> tuple[int, int]:
    """Normalised range covering the raw range ``[start, end)`` (starts are non-decreasing)."""
    return (bisect.bisect_left(aligned.starts, start), bisect.bisect_left(aligned.starts, end))


class _SpanMapper:
    def __init__(self, aligned: Aligned):
        self.aligned = aligned

    def __call__(self, span):
        return None if span is None else self.aligned.to_raw(*span)

    def all(self, spans):
        return tuple(sorted({self(s) for s in spans}))


def _map_person(p: PersonFact, to_raw: _SpanMapper) -> PersonFact:
    roles = tuple(dataclasses.replace(r, span=to_raw(r.span)) for r in p.roles)
    return dataclasses.replace(p, roles=roles, spans=to_raw.all(p.spans))

