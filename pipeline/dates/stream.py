"""``newsfacts dates``: JSONL ``{"text", "published"}`` in, one JSONL ``{"dates": [...]}`` out."""
from __future__ import annotations

import json
from typing import IO

from ..errors import BadJsonLine
from ..records import to_json
from .find import find_dates
from .published import parse_published


def _mention_json(m) -> dict:
    return {"start": m.start, "end": m.end, "text": m.text, "form": m.form, "valid": m.valid,
            "error": m.error, "value": to_json(m.value) if m.value is not None else None}


def dates_stream(fin: IO[str], fout: IO[str]) -> None:
    """One output line per input line (blank lines are skipped); a line that is not a JSON
    object with a string "text" gives ``{"error": {"code": "E106", ...}}`` and the stream goes on."""
    for n, line in enumerate(fin, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text", ""), str):
                raise ValueError("not a JSON object with a string 'text'")
        except ValueError as e:
            err = BadJsonLine(f"line {n}: {e}").to_json()
            fout.write(json.dumps({"error": err}, ensure_ascii=False) + "\n")
            continue
        mentions = find_dates(rec.get("text") or "", parse_published(rec.get("published")))
        fout.write(json.dumps({"dates": [_mention_json(m) for m in mentions]}, ensure_ascii=False) + "\n")
