"""Deterministic writer for the output contract (../shared/design/output-contract.md).

One JSON object per line, UTF-8, ``ensure_ascii=False``, keys in dataclass field order,
records sorted by id: two runs over the same input give byte-identical JSONL files. Each file
is written to a temporary name and renamed, so a reader never sees half a file.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .records import to_json

FILES = ("articles", "events", "people", "organisations", "cities", "mentions")


def dumps(record: Any) -> str:
    return json.dumps(to_json(record), ensure_ascii=False, separators=(", ", ": "))


def write_jsonl(path: Path, records: Iterable[Any]) -> int:
    tmp = path.with_name(f".{path.name}.tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(dumps(rec))
            fh.write("\n")
            n += 1
    os.replace(tmp, path)
    return n


def write_json(path: Path, obj: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(to_json(obj), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    os.replace(tmp, path)


def write_output(out_dir: str | Path, tables: dict[str, Iterable[Any]], manifest: dict) -> dict[str, int]:
    """Write every file of the contract; ``tables`` maps a FILES name to its sorted records."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {name: write_jsonl(out / f"{name}.jsonl", tables.get(name, ())) for name in FILES}
    write_json(out / "manifest.json", manifest)
    return counts


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    """The JSON Schema shipped in the package for ``name`` (a FILES name or ``manifest``)."""
    text = resources.files("pipeline.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)
