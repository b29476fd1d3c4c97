"""What a person's articles say about them, as evidence for (or against) joining two names.

A surname-only mention ("جوانی", "دکتر قدیمی") that fits a full name in another article is a
guess unless something ties the two together; surnames repeat across a corpus. This module
gives the two kinds of signal the people linker uses:

- ``title_gender``: the gender a title states (خانم -> F, آقای -> M), for facts the entities
  stage left without one; it is what rules "خانم جوانی" out of "روح‌الله بیات جوانی".
- ``article_entities`` and ``role_keys``: the positive evidence of identity. Two articles (or
  the people's roles) that share an organisation, a role with the same head word attached to
  the same organisation/city (or the very same role), or two cities, are about the same circle
  of people (``evidence_weight``). One shared city alone is not enough: on the Fars sample the
  joins it alone made were namesakes (a cleric of Qom and an official who visited Qom).

An entity that most articles name says nothing about who someone is: a news agency names
itself in every report, and the capital is in a large share of all news. Media organisations
never count, and neither does anything named by more than ``COMMON_SHARE`` of the articles
(with a floor, so a small batch keeps its evidence).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping, Sequence

from ..records import ArticleFacts, PersonFact
from ..text.keys import match_key, word_keys
from .common import LocalRef

# Words of a title that state the gender ("سرکار خانم" and "جناب آقای" included).
FEMALE_TITLE_WORDS = frozenset({"خانم", "بانو"})
MALE_TITLE_WORDS = frozenset({"آقای", "آقا"})
_FEMALE = frozenset(match_key(w) for w in FEMALE_TITLE_WORDS)
_MALE = frozenset(match_key(w) for w in MALE_TITLE_WORDS)

# Organisation kinds that are about the report, not about the people in it.
NON_EVIDENCE_KINDS = frozenset({"media"})
# An entity in more than this share of the articles (and more than COMMON_FLOOR of them) is
# too common to be evidence: Tehran is in ~14% of a Fars sample, the agency in ~90%.
COMMON_SHARE = 0.10
COMMON_FLOOR = 20


def title_gender(titles: Iterable[str]) -> str | None:
    """"F" or "M" when the titles say so unambiguously, else None."""
    words = {w for t in titles for w in word_keys(t)}
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    if female == male:  # neither, or a contradiction (an extraction error): say nothing
        return None
    return "F" if female else "M"


def person_gender(p: PersonFact) -> str | None:
    """The fact's own gender (from the first name), else the one its titles state."""
    return p.gender or title_gender(p.titles)


def article_entities(
    arts: Sequence[ArticleFacts],
    org_ids: Mapping[LocalRef, str],
    city_ids: Mapping[LocalRef, str],
    org_kind: Mapping[str, str],
) -> list[frozenset[str]]:
    """Per article (by index), the keys of the organisations and cities it names that are
    specific enough to be evidence (``"org:<id>"``, ``"city:<id>"``)."""
    per_article: list[set[str]] = []
    df: Counter = Counter()
    for i, art in enumerate(arts):
        keys = set()
        for o in art.organisations:
            oid = org_ids.get((i, o.local_id))
            if oid and org_kind.get(oid) not in NON_EVIDENCE_KINDS:
                keys.add(f"org:{oid}")
        for c in art.cities:
            cid = city_ids.get((i, c.local_id))
            if cid:
                keys.add(f"city:{cid}")
        per_article.append(keys)
        df.update(keys)
    limit = max(COMMON_FLOOR, COMMON_SHARE * len(arts))
    return [frozenset(k for k in keys if df[k] <= limit) for keys in per_article]


def role_keys(role: str, organisation_id: str | None, city_id: str | None) -> set[str]:
    """Keys under which two roles point at one post: the head word with the organisation or
    city the role is attached to ("معاون ... وزارت کشور" of two articles), and the whole role
    when it says more than a bare head word ("استاندار اصفهان")."""
    words = word_keys(role)
    if not words:
        return set()
    keys = {f"role:{words[0]}@{place}" for place in (organisation_id, city_id) if place}
    if len(words) > 1:
        keys.add(f"role:{''.join(words)}")
    return keys


# Weight of one shared key of each kind; a join needs a total of at least 1.
WEIGHTS = {"org": 1.0, "role": 1.0, "city": 0.5}


def evidence_weight(shared: Iterable[str]) -> float:
    """How much the shared context keys say about identity (see ``WEIGHTS``)."""
    return sum(WEIGHTS.get(k.split(":", 1)[0], 0.0) for k in shared)
