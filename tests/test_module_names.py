"""No module of the pipeline binds a top-level name twice, or binds a name it also imports.

The date finder is hundreds of module-level patterns; a new pattern given a name already in use
silently replaces the old one for every rule that reads it (twice in one stop of issue 4: a new
``_YEAR_WORD_AFTER`` in years.py hid the one imported from cues and lost 11 year lines; a new
``_SEALS_AFTER`` in days.py hid the seals rule). Only plain top-level statements count: a name
bound inside ``if``/``try`` (a fallback import) is a choice, not an accident."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"


def clashes(source: str) -> list[tuple[str, int]]:
    """(name, line) of each top-level binding that repeats an earlier binding or an import."""
    imported: set[str] = set()
    bound: set[str] = set()
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imported.update((a.asname or a.name).split(".")[0] for a in node.names)
            continue
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in bound or name in imported:
                found.append((name, node.lineno))
            bound.add(name)
    return found


@pytest.mark.parametrize("source,expected", [
    # a pattern bound twice: the second silently wins
    ("import re\n_SEALS_AFTER = re.compile('a')\nX = 1\n_SEALS_AFTER = re.compile('b')\n", [("_SEALS_AFTER", 4)]),
    # a pattern imported, then bound anew
    ("from .cues import _YEAR_WORD_AFTER\n_YEAR_WORD_AFTER = 2\n", [("_YEAR_WORD_AFTER", 2)]),
    # a function defined over a pattern of the same name
    ("_P = 1\ndef _P():\n    pass\n", [("_P", 2)]),
    # distinct names, and a fallback inside try: nothing
    ("import re\n_A = re.compile('a')\n_B = re.compile('b')\ntry:\n    import x\nexcept ImportError:\n    x = None\n", []),
])
def test_clashes_are_found(source, expected):
    assert clashes(source) == expected


@pytest.mark.parametrize("path", sorted(PIPELINE.rglob("*.py")), ids=lambda p: str(p.relative_to(PIPELINE)))
def test_no_module_rebinds_a_top_level_name(path):
    assert clashes(path.read_text(encoding="utf-8")) == []
