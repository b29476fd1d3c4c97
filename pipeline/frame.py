"""An ``extract`` output directory as pandas DataFrames, for exploration (``pipeline.load``).

Reads the JSONL files of ../shared/design/output-contract.md. Ids are ``string``, closed
vocabularies (kind, type, status, precision) are ``category``, dates are ``datetime64``; a
DateValue is flattened into ``date`` (its first day), ``date_end``, ``date_precision`` and
``date_jalali``. ``roles`` explodes people's role histories into one row per attribution and
``participants`` does the same for events; list-valued fields stay as Python lists.
A missing file gives an empty frame with the usual columns, so a partial directory loads.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

COLUMNS = {
    "articles": ["id", "source", "status", "error", "title", "published", "agency", "category",
                 "news_id", "text_sha256", "counts"],
    "events": ["id", "type", "label", "status", "date", "venue", "city_ids", "organiser_ids",
               "party_ids", "participants", "article_ids", "evidence", "confidence"],
    "people": ["id", "name", "aliases", "titles", "gender", "roles", "article_ids", "evidence"],
    "organisations": ["id", "name", "aliases", "kind", "parent_id", "city_id", "article_ids", "evidence"],
    "cities": ["id", "name", "name_en", "province", "country", "lat", "lon", "gazetteer_id",
               "article_ids", "evidence"],
    "mentions": ["article_id", "kind", "start", "end", "text", "normalised", "entity_id", "sentence"],
}
ROLE_COLUMNS = ["person_id", "name", "role", "organisation_id", "organisation", "city_id", "city",
                "date", "article_id", "former"]
PARTICIPANT_COLUMNS = ["event_id", "person_id", "name", "role"]

_IDS = ("id", "article_id", "entity_id", "person_id", "organisation_id", "city_id", "parent_id",
        "event_id", "gazetteer_id")
_CATEGORIES = ("kind", "type", "status", "date_precision", "gender", "category", "agency", "format")


@dataclass(frozen=True)
class Frames:
    articles: pd.DataFrame
    events: pd.DataFrame
    people: pd.DataFrame
    roles: pd.DataFrame
    participants: pd.DataFrame
    organisations: pd.DataFrame
    cities: pd.DataFrame
    mentions: pd.DataFrame

    def __repr__(self) -> str:
        sizes = ", ".join(f"{f.name}={len(getattr(self, f.name))}" for f in fields(self))
        return f"Frames({sizes})"


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _date_columns(df: pd.DataFrame, col: str, prefix: str) -> pd.DataFrame:
    """Flatten a DateValue column into ``prefix`` (first day), ``prefix_end``, precision, jalali."""
    values = df[col] if col in df else pd.Series([None] * len(df), index=df.index, dtype=object)
    get = lambda k: values.map(lambda v: v.get(k) if isinstance(v, dict) else None)  # noqa: E731
    df = df.drop(columns=[col], errors="ignore")
    df[prefix] = pd.to_datetime(get("gregorian"), errors="coerce")
    df[f"{prefix}_end"] = pd.to_datetime(get("gregorian_end"), errors="coerce")
    df[f"{prefix}_precision"] = get("precision")
    df[f"{prefix}_jalali"] = get("jalali")
    return df


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for col in df.columns:
        if col in _IDS or col.endswith("_id"):
            df[col] = df[col].astype("string")
        elif col in _CATEGORIES or col.endswith("_precision"):
            df[col] = df[col].astype("category")
    for col in ("start", "end", "sentence"):
        if col in df:
            df[col] = df[col].astype("Int64")
    for col in ("lat", "lon", "confidence"):
        if col in df:
            df[col] = df[col].astype("float64")
    return df


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    for col in columns:  # contract columns always present, even in an empty frame
        if col not in df:
            df[col] = pd.Series(dtype=object)
    return df[columns + [c for c in df.columns if c not in columns]]


def _roles(people: list[dict], org_names: dict, city_names: dict) -> pd.DataFrame:
    rows = [
        {"person_id": p["id"], "name": p["name"], "role": r.get("role"),
         "organisation_id": r.get("organisation_id"), "organisation": org_names.get(r.get("organisation_id")),
         "city_id": r.get("city_id"), "city": city_names.get(r.get("city_id")),
         "date": r.get("date"), "article_id": r.get("article_id"), "former": bool(r.get("former", False))}
        for p in people for r in p.get("roles") or ()
    ]
    df = _frame(rows, ROLE_COLUMNS)
    df["date"] = pd.to_datetime(df["date"], errors="coerce")
    df["former"] = df["former"].astype("bool")
    return _typed(df).sort_values(["person_id", "date", "article_id"], kind="stable").reset_index(drop=True)


def _participants(events: list[dict], person_names: dict) -> pd.DataFrame:
    rows = [{"event_id": e["id"], "person_id": p.get("person_id"),
             "name": person_names.get(p.get("person_id")), "role": p.get("role")}
            for e in events for p in e.get("participants") or ()]
    return _typed(_frame(rows, PARTICIPANT_COLUMNS))


def load(out_dir: str | Path) -> Frames:
    """Load an output directory (see the module docstring for the frames and their dtypes)."""
    out = Path(out_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"{out}: not an output directory (run `newsfacts extract ... -o {out}`)")
    raw = {name: read_jsonl(out / f"{name}.jsonl") for name in COLUMNS}
    frames = {name: _frame(rows, COLUMNS[name]) for name, rows in raw.items()}
    frames["articles"] = _date_columns(frames["articles"], "published", "published")
    frames["events"] = _date_columns(frames["events"], "date", "date")
    names = {k: {r["id"]: r.get("name") for r in raw[k]} for k in ("organisations", "cities", "people")}
    return Frames(
        articles=_typed(frames["articles"]),
        events=_typed(frames["events"]),
        people=_typed(frames["people"]),
        roles=_roles(raw["people"], names["organisations"], names["cities"]),
        participants=_participants(raw["events"], names["people"]),
        organisations=_typed(frames["organisations"]),
        cities=_typed(frames["cities"]),
        mentions=_typed(frames["mentions"]),
    )


def shape_fa(text: str | None) -> str:
    """``text`` ready for a matplotlib label: Arabic-script letters joined into their contextual
    forms and put in visual (right-to-left) order. matplotlib draws characters one by one from
    left to right, so a raw Persian label comes out reversed and unjoined. Needs the notebook
    extra (arabic-reshaper, python-bidi); without it the text is returned as it is.
    """
    if not text:
        return text or ""
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError:  # pragma: no cover - the test and notebook extras install both
        return text
    return get_display(arabic_reshaper.reshape(text))

