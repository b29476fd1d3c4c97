"""spaCy components. Each reads and writes the Doc extensions declared in
:func:`register_extensions`; :mod:`pipeline.nlp` adds them in an explicit order."""
from __future__ import annotations

from spacy.tokens import Doc

# Every extension a component may read or write, with its meaning. Offsets stored in these
# extensions are into ``doc.text`` (the normalised text); article.py maps them back to raw.
DOC_EXTENSIONS = {
    "article": None,  # RawArticle being processed
    "aligned": None,  # Aligned: doc.text <-> raw text
    "published": None,  # DateValue | None: the article's publication date
    "blocked": (),  # tuple[(start, end)]: boilerplate ranges nobody may extract from
    "dates": (),  # list[DateMention] (pipeline.dates)
    "people": (),  # list[PersonFact]
    "organisations": (),  # list[OrganisationFact]
    "cities": (),  # list[CityFact]
    "events": (),  # list[EventFact]
    "mentions": (),  # list[MentionFact]
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def in_blocked(doc: Doc, start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps boilerplate: no stage extracts from there."""
    return any(start < be and bs < end for bs, be in doc._.blocked)
