"""An ``extract`` output directory (../shared/design/output-contract.md), regrouped per article.

Entities are corpus-wide records with ``article_ids``; evaluation is per article, so each
record is filed under every article it belongs to. Roles are filed under their own
``article_id`` (a person's roles from other articles do not count here).
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..errors import UsageError


@dataclass(frozen=True)
class PredEntity:
    id: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class PredRole:
    person: int  # index into PredArticle.people
    role: str
    organisation: str | None = None  # the organisation's name, resolved from organisation_id


@dataclass(frozen=True)
class PredEvent:
    id: str
    type: str
    types: tuple[str, ...]  # ``types`` when the record has it, else (type,)
    label: str
    date: dict | None  # the DateValue as written


@dataclass(frozen=True)
class PredMention:
    kind: str
    text: str
    normalised: str


@dataclass(frozen=True)
class PredArticle:
    id: str
    source: str
    status: str
    people: tuple[PredEntity, ...] = ()
    roles: tuple[PredRole, ...] = ()
    organisations: tuple[PredEntity, ...] = ()
    cities: tuple[PredEntity, ...] = ()
    events: tuple[PredEvent, ...] = ()
    mentions: tuple[PredMention, ...] = ()

    def items(self, kind: str) -> tuple:
        return getattr(self, kind)


@dataclass(frozen=True)
class Output:
    directory: str
    articles: dict[str, PredArticle] = field(repr=False)
    by_name: dict[str, str] = field(repr=False)  # gold source spelling -> article id

    def find(self, source: str) -> PredArticle | None:
        """The article a gold ``source`` denotes: its ``id``, its ``source``, or the base name
        of its ``source`` (a gold file names a text input by file name, the output by path)."""
        article_id = self.by_name.get(source)
        return self.articles.get(article_id) if article_id is not None else None


def _jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():  # an absent optional table reads as empty; articles.jsonl is checked
        return
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"not JSON: {exc}", source=f"{path}:{lineno}") from exc
            if isinstance(obj, dict):
                yield obj


def _entity(rec: dict) -> PredEntity:
    return PredEntity(str(rec.get("id") or ""), rec.get("name") or "",
                      tuple(a for a in rec.get("aliases") or () if isinstance(a, str)))


def load_output(out_dir: str | Path) -> Output:
    """Read every table of ``out_dir``; ``UsageError`` when it has no articles.jsonl."""
    out = Path(out_dir)
    if not (out / "articles.jsonl").is_file():
        raise UsageError(f"no articles.jsonl in {out}", source=str(out),
                         hint="pass the directory that `newsfacts extract` wrote")
    records = list(_jsonl(out / "articles.jsonl"))
    org_names = {o.get("id"): o.get("name") for o in _jsonl(out / "organisations.jsonl")}
    grouped: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))

    for kind in ("organisations", "cities"):
        for rec in _jsonl(out / f"{kind}.jsonl"):
            for aid in rec.get("article_ids") or ():
                grouped[aid][kind].append(_entity(rec))
    for rec in _jsonl(out / "people.jsonl"):
        person = _entity(rec)
        for aid in rec.get("article_ids") or ():
            grouped[aid]["people"].append(person)
        for role in rec.get("roles") or ():
            aid = role.get("article_id")
            if not isinstance(role.get("role"), str) or aid not in (rec.get("article_ids") or ()):
                continue
            index = next(i for i, p in enumerate(grouped[aid]["people"]) if p is person)
            grouped[aid]["roles"].append(
                PredRole(index, role["role"], org_names.get(role.get("organisation_id"))))
    for rec in _jsonl(out / "events.jsonl"):
        types = tuple(rec.get("types") or ()) or ((rec["type"],) if rec.get("type") else ())
        event = PredEvent(str(rec.get("id") or ""), rec.get("type") or "", types,
                          rec.get("label") or "", rec.get("date") or None)
        for aid in rec.get("article_ids") or ():
            grouped[aid]["events"].append(event)
    for rec in _jsonl(out / "mentions.jsonl"):
        grouped[rec.get("article_id")]["mentions"].append(
            PredMention(rec.get("kind") or "", rec.get("text") or "", rec.get("normalised") or ""))

    articles: dict[str, PredArticle] = {}
    by_name: dict[str, str] = {}
    # Lookup order: id, then source, then base name; an earlier kind of name is never
    # overwritten by a later one, so an id always wins over another article's file name.
    for pick in (lambda r: r["id"], lambda r: r.get("source"),
                 lambda r: os.path.basename(str(r.get("source") or "").replace("\\", "/"))):
        for rec in records:
            name = pick(rec) if rec.get("id") else None
            if name and name not in by_name:
                by_name[name] = rec["id"]
    for rec in records:
        aid = rec.get("id")
        if not aid:
            continue
        g = grouped.get(aid, {})
        articles[aid] = PredArticle(
            aid, str(rec.get("source") or ""), str(rec.get("status") or "ok"),
            *(tuple(g.get(k, ())) for k in ("people", "roles", "organisations", "cities", "events", "mentions")))
    return Output(str(out), articles, by_name)
