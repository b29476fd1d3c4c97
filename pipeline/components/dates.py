"""spaCy component "newsfacts_dates": the date finder over ``doc.text``.

Reads ``doc._.published`` and ``doc._.blocked``; writes ``doc._.dates`` (list[DateMention],
offsets into ``doc.text``) and appends one ``MentionFact(kind="date")`` per mention to
``doc._.mentions``. Mentions inside boilerplate are dropped.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import find_dates
from ..records import MentionFact
from . import in_blocked, register_extensions


def annotate_dates(doc: Doc) -> Doc:
    register_extensions()
    found = [m for m in find_dates(doc.text, doc._.published) if not in_blocked(doc, m.start, m.end)]
    doc._.dates = found
    doc._.mentions = list(doc._.mentions) + [
        MentionFact(kind="date", span=(m.start, m.end), normalised=m.text) for m in found
    ]
    return doc


@Language.component("newsfacts_dates")
def newsfacts_dates(doc: Doc) -> Doc:
    return annotate_dates(doc)
