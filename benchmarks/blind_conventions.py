"""Print the annotation conventions of the date sets (benchmarks/data/dates_blind*.md, then the
written sets' dates_written*.md) for a new blind annotator: every .md in set order, without the
sections that report or discuss the finder's results
("Result when first scored", "Results", "First results", "After fixes ...", "Corrections after seeing
the finder's output") and without lines that quote a score or a commit of the finder.

A helper annotating a new blind set reads this printout instead of the .md files themselves, so it
learns the conventions without seeing what the finder does (see any dates_blind*.md's blindness
statement):

    python benchmarks/blind_conventions.py > /tmp/conventions.txt
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DROP = re.compile(r"^## (Result|Results|First results|After fixes|Corrections after seeing)", re.I)
SCORE_LINE = re.compile(r"newsfacts (at|:)|precision \*\*|commit [0-9a-f]{7}")


def _order(path: Path) -> int:
    digits = "".join(ch for ch in path.stem if ch.isdigit())
    return int(digits or 1)


def printout(data: Path = DATA) -> str:
    out = []
    mds = sorted(data.glob("dates_blind*.md"), key=_order) + sorted(data.glob("dates_written*.md"), key=_order)
    for md in mds:
        out += ["=" * 100, f"FILE {md.name}", "=" * 100]
        keep = True
        for line in md.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                keep = not DROP.match(line)
            if keep and not SCORE_LINE.search(line):
                out.append(line)
    return "\n".join(out) + "\n"


def main() -> int:
    sys.stdout.write(printout())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
