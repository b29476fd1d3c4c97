"""Load and validate the gazetteer files (``gazetteers/*.tsv``), once per process.

Every file is UTF-8 TSV with one header row. A file whose header lacks a required column, a
row with the wrong number of fields, an empty or duplicate id, or a bad number raises
:class:`~pipeline.errors.GazetteerError` naming the file and line, so a broken data file stops
the run at start-up instead of silently extracting less. ``manifest()`` gives what a run used
(file names, row counts, sha256, VERSION) for the output manifest.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import GazetteerError
from .records import ORG_KINDS
from .text.keys import match_key

# A wheel carries its own copy (setup.py puts it in the package); a checkout has the folder
# at its top, next to tools/build_gazetteers.py that writes it.
_PACKAGED = Path(__file__).resolve().parent / "_gazetteers"
DEFAULT_DIR = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parents[1] / "gazetteers"

# file -> (required columns, id column or None, columns that must parse as floats)
SCHEMAS: dict[str, tuple[tuple[str, ...], str | None, tuple[str, ...]]] = {
    "provinces.tsv": (("id", "name", "name_en", "lat", "lon", "amar_code"), "id", ("lat", "lon")),
    "cities.tsv": (("id", "name", "name_en", "province_id", "province", "lat", "lon", "amar_code",
                    "county_seat", "common_word"), "id", ("lat", "lon")),
    "countries.tsv": (("id", "name", "name_en", "aliases"), "id", ()),
    "world_cities.tsv": (("id", "name", "name_en", "country", "lat", "lon", "aliases"), "id", ("lat", "lon")),
    "organisations.tsv": (("id", "name", "aliases", "kind", "parent", "city"), "id", ()),
    "organisations_generated.tsv": (("id", "name", "aliases", "kind", "parent", "city"), "id", ()),
    "titles.tsv": (("title", "kind", "aliases"), "title", ()),
    "positions.tsv": (("position", "aliases"), "position", ()),
    "first_names.tsv": (("name", "gender"), "name", ()),
    "non_name_words.tsv": (("key", "person", "other"), "key", ("person", "other")),
}


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_en: str | None
    province: str | None
    country: str
    lat: float | None
    lon: float | None
    kind: str  # city | province | country
    aliases: tuple[str, ...] = ()
    common_word: bool = False  # also an everyday word: needs place context
    county_seat: bool = False


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None
    city: str | None


@dataclass(frozen=True)
class Gazetteers:
    directory: Path
    version: str
    cities: tuple[Place, ...]
    provinces: tuple[Place, ...]
    countries: tuple[Place, ...]
    organisations: tuple[OrgEntry, ...]
    titles: dict[str, str]  # surface form -> canonical title
    positions: dict[str, str]  # surface form -> canonical position
    first_names: dict[str, str]  # match_key(name) -> "M" | "F" | "U"
    # keys the NER corpora show are (almost) never part of a person's name (tools/build_name_evidence.py)
    non_name_words: frozenset[str] = frozenset()
    files: tuple[tuple[str, int, str], ...] = field(default=())  # (name, rows, sha256)

    def manifest(self) -> dict:
        return {
            "version": self.version,
            "files": [{"name": n, "rows": r, "sha256": h} for n, r, h in self.files],
        }

    def city_by_id(self) -> dict[str, Place]:
        return self._cities_by_id

    def org_by_id(self) -> dict[str, OrgEntry]:
        return self._orgs_by_id

    # cached_property writes the instance __dict__ directly, so it works on a frozen dataclass.
    @cached_property
    def _cities_by_id(self) -> dict[str, Place]:
        return {p.id: p for p in self.cities}

    @cached_property
    def _orgs_by_id(self) -> dict[str, OrgEntry]:
        return {o.id: o for o in self.organisations}


def _read(path: Path) -> tuple[list[dict[str, str]], int, str]:
    name = path.name
    required, id_col, floats = SCHEMAS[name]
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise GazetteerError("file is missing", source=str(path)) from None
    except UnicodeDecodeError as e:
        raise GazetteerError(f"not UTF-8 ({e.reason} at byte {e.start})", source=str(path)) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise GazetteerError("empty file (a header row is required)", source=str(path))
    header = lines[0].rstrip("\r").split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise GazetteerError(f"line 1: missing column(s) {', '.join(missing)}", source=str(path))
    rows, seen = [], {}
    for no, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise GazetteerError(f"line {no}: {len(cells)} fields, header has {len(header)}", source=str(path))
        row = dict(zip(header, (c.strip() for c in cells)))
        if id_col:
            key = row[id_col]
            if not key:
                raise GazetteerError(f"line {no}: empty {id_col}", source=str(path))
            if key in seen:
                raise GazetteerError(f"line {no}: duplicate {id_col} {key!r} (first on line {seen[key]})",
                                     source=str(path))
            seen[key] = no
        if not row.get("name", "x") and "name" in required:
            raise GazetteerError(f"line {no}: empty name", source=str(path))
        for col in floats:
            if row[col]:
                try:
                    float(row[col])
                except ValueError:
                    raise GazetteerError(f"line {no}: {col} {row[col]!r} is not a number",
                                         source=str(path)) from None
        row["_line"] = str(no)
        rows.append(row)
    return rows, len(rows), hashlib.sha256(data).hexdigest()


def _f(s: str) -> float | None:
    return float(s) if s else None


def _aliases(s: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in s.split("|") if a.strip())


@lru_cache(maxsize=4)
def _load(directory: str) -> Gazetteers:
    d = Path(directory)
    if not d.is_dir():
        raise GazetteerError("gazetteer directory not found", source=str(d))
    tables, files = {}, []
    for name in SCHEMAS:
        rows, n, sha = _read(d / name)
        tables[name] = rows
        files.append((name, n, sha))
    version_file = d / "VERSION"
    version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else "unversioned"

    cities = tuple(
        Place(r["id"], r["name"], r["name_en"] or None, r["province"] or None, "ایران", _f(r["lat"]),
              _f(r["lon"]), "city", common_word=r["common_word"] == "1", county_seat=r["county_seat"] == "1")
        for r in tables["cities.tsv"]
    ) + tuple(
        Place(r["id"], r["name"], r["name_en"] or None, None, r["country"], _f(r["lat"]), _f(r["lon"]),
              "city", _aliases(r["aliases"]))
        for r in tables["world_cities.tsv"]
    )
    ids = [c.id for c in cities]
    if len(ids) != len(set(ids)):
        raise GazetteerError("a world city id repeats an Iranian city id", source=str(d / "world_cities.tsv"))
    provinces = tuple(
        Place(r["id"], r["name"], r["name_en"] or None, r["name"], "ایران", _f(r["lat"]), _f(r["lon"]), "province")
        for r in tables["provinces.tsv"]
    )
    countries = tuple(
        Place(r["id"], r["name"], r["name_en"] or None, None, r["name"], None, None, "country", _aliases(r["aliases"]))
        for r in tables["countries.tsv"]
    )
    orgs: list[OrgEntry] = []
    org_ids: set[str] = set()
    org_file: dict[str, tuple[str, str]] = {}
    for fname in ("organisations.tsv", "organisations_generated.tsv"):
        for no, r in enumerate(tables[fname], start=2):
            if r["kind"] not in ORG_KINDS:
                raise GazetteerError(f"line {r['_line']}: kind {r['kind']!r} not one of {', '.join(ORG_KINDS)}",
                                     source=str(d / fname))
            if r["id"] in org_ids:
                raise GazetteerError(f"line {r['_line']}: duplicate id {r['id']!r} (also in another file)",
                                     source=str(d / fname))
            org_ids.add(r["id"])
            org_file[r["id"]] = (fname, r["_line"])
            orgs.append(OrgEntry(r["id"], r["name"], _aliases(r["aliases"]), r["kind"], r["parent"] or None,
                                 r["city"] or None))
    for o in orgs:
        if o.parent and o.parent not in org_ids:
            fname, line = org_file[o.id]
            raise GazetteerError(f"line {line}: parent {o.parent!r} is not an organisation id", source=str(d / fname))
    titles: dict[str, str] = {}
    for r in tables["titles.tsv"]:
        for form in (r["title"], *_aliases(r["aliases"])):
            titles[form] = r["title"]
    positions: dict[str, str] = {}
    for r in tables["positions.tsv"]:
        for form in (r["position"], *_aliases(r["aliases"])):
            positions[form] = r["position"]
    first_names: dict[str, str] = {}
    for r in tables["first_names.tsv"]:
        if r["gender"] not in {"M", "F", "U"}:
            raise GazetteerError(f"line {r['_line']}: gender {r['gender']!r} is not M, F or U",
                                 source=str(d / "first_names.tsv"))
        first_names[match_key(r["name"])] = r["gender"]
    non_name_words = frozenset(r["key"] for r in tables["non_name_words.tsv"])
    return Gazetteers(d, version, cities, provinces, countries, tuple(orgs), titles, positions, first_names,
                      non_name_words, tuple(files))


def load_gazetteers(directory: str | Path | None = None) -> Gazetteers:
    """The validated gazetteers of ``directory`` (default: the repo's ``gazetteers/``), cached."""
    return _load(str(Path(directory).resolve() if directory else DEFAULT_DIR))
