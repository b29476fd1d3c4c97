"""Gold files (../shared/design/annotation-guide.md) as frozen records.

A gold file is JSONL, one article per line; a links file is one JSON object with
``clusters: [{kind, mentions: [[source, name], ...]}]``. Strings are kept as written: every
comparison happens later on matching keys.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import UsageError

KINDS = ("people", "roles", "organisations", "cities", "events")
# links.json and mentions.jsonl name kinds in the singular; scores use the file names.
ENTITY_KIND = {"person": "people", "organisation": "organisations", "city": "cities"}


@dataclass(frozen=True)
class GoldDate:
    gregorian: str | None
    jalali: str | None
    precision: str  # day | week | month | year


@dataclass(frozen=True)
class GoldEntity:
    """A person, organisation or city: the name and every other spelling that denotes it."""

    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldRole:
    person: int  # index into GoldArticle.people
    role: str
    organisation: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldEvent:
    types: tuple[str, ...]
    trigger: str
    date: GoldDate | None
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    source: str
    published: str | None
    people: tuple[GoldEntity, ...]
    roles: tuple[GoldRole, ...]
    organisations: tuple[GoldEntity, ...]
    cities: tuple[GoldEntity, ...]
    events: tuple[GoldEvent, ...]
    must_not: tuple[str, ...]

    def items(self, kind: str) -> tuple:
        return getattr(self, kind)


@dataclass(frozen=True)
class LinkCluster:
    kind: str  # person | organisation | city
    mentions: tuple[tuple[str, str], ...]  # (source, name as written)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise UsageError(f"expected a string or a list of strings, got {value!r}", source=where)


def _entity(obj: Any, where: str) -> GoldEntity:
    if isinstance(obj, str):  # a bare name is accepted as shorthand
        return GoldEntity(obj)
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"].strip():
        raise UsageError(f"an entry needs a non-empty 'name': {obj!r}", source=where)
    return GoldEntity(obj["name"], _strings(obj.get("aliases"), where), bool(obj.get("optional", False)))


def _date(obj: Any, where: str) -> GoldDate | None:
    if not obj:  # null or {}: the article gives no time
        return None
    if not isinstance(obj, dict) or not (obj.get("gregorian") or obj.get("jalali")):
        raise UsageError(f"an event date needs 'gregorian' or 'jalali': {obj!r}", source=where)
    return GoldDate(obj.get("gregorian"), obj.get("jalali"), obj.get("precision") or "day")


def _event(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict) or not obj.get("type"):
        raise UsageError(f"an event needs a 'type' (a list of types): {obj!r}", source=where)
    return GoldEvent(
        _strings(obj["type"], where), obj.get("trigger") or "", _date(obj.get("date"), where),
        bool(obj.get("optional", False)),
    )


def parse_article(obj: Any, where: str = "gold") -> GoldArticle:
    """One gold line (already decoded JSON) -> ``GoldArticle``; ``UsageError`` when malformed."""
    if not isinstance(obj, dict) or not isinstance(obj.get("source"), str) or not obj["source"].strip():
        raise UsageError("a gold line needs a non-empty 'source'", source=where)
    where = f"{where} [{obj['source']}]"
    people, roles = [], []
    for person in obj.get("people") or ():
        entity = _entity(person, where)
        for role in (person.get("roles") if isinstance(person, dict) else None) or ():
            if isinstance(role, str):
                role = {"role": role}
            if not isinstance(role, dict) or not isinstance(role.get("role"), str):
                raise UsageError(f"a role needs a 'role' string: {role!r}", source=where)
            roles.append(GoldRole(len(people), role["role"], role.get("organisation"),
                                  entity.optional or bool(role.get("optional", False))))
        people.append(entity)
    return GoldArticle(
        source=obj["source"],
        published=obj.get("published"),
        people=tuple(people),
        roles=tuple(roles),
        organisations=tuple(_entity(o, where) for o in obj.get("organisations") or ()),
        cities=tuple(_entity(c, where) for c in obj.get("cities") or ()),
        events=tuple(_event(e, where) for e in obj.get("events") or ()),
        must_not=_strings(obj.get("must_not"), where),
    )


def _read_lines(path: Path) -> Iterable[tuple[int, str]]:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            yield from enumerate(fh, 1)
    except OSError as exc:
        raise UsageError(f"cannot read the gold file: {exc}", source=str(path),
                         hint="pass existing *.gold.jsonl files") from exc


def load_gold(paths: Sequence[str | Path]) -> list[GoldArticle]:
    """Every article of every gold file, in file order. A source given twice is an error:
    scoring it twice would silently double its weight."""
    articles: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for path in map(Path, paths):
        for lineno, line in _read_lines(path):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"not JSON: {exc}", source=where,
                                 hint="each gold line must be one JSON object") from exc
            article = parse_article(obj, where)
            if article.source in seen:
                raise UsageError(f"source {article.source!r} already given at {seen[article.source]}",
                                 source=where, hint="give each article once across the gold files")
            seen[article.source] = where
            articles.append(article)
    return articles


def load_links(path: str | Path) -> list[LinkCluster]:
    """The clusters of a links file; ``UsageError`` when it is unreadable or malformed."""
    try:
        obj = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read the links file: {exc}", source=str(path)) from exc
    clusters = obj.get("clusters") if isinstance(obj, dict) else None
    if not isinstance(clusters, list):
        raise UsageError("a links file needs a 'clusters' list", source=str(path))
    out = []
    for cluster in clusters:
        kind = cluster.get("kind") if isinstance(cluster, dict) else None
        if kind not in ENTITY_KIND:
            raise UsageError(f"cluster kind must be one of {sorted(ENTITY_KIND)}: {cluster!r}", source=str(path))
        mentions = cluster.get("mentions") or []
        if not all(isinstance(m, list) and len(m) == 2 and all(isinstance(x, str) for x in m) for m in mentions):
            raise UsageError(f"mentions must be [source, name] pairs: {mentions!r}", source=str(path))
        out.append(LinkCluster(kind, tuple((s, n) for s, n in mentions)))
    return out
