"""A non-editable wheel carries the gazetteers and extracts exactly what the checkout does.

The README installs in editable mode, where ``gazetteers/`` is read from the checkout; a
wheel (``pip install .``, a package index) has no checkout, so setup.py copies the folder into
the package. Built offline with the test environment's setuptools (no build isolation).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        capture_output=True, text=True, cwd=out,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (whl,) = out.glob("newsfacts-*.whl")
    return whl


def test_wheel_ships_every_gazetteer_file_unchanged(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        shipped = {n.split("/", 2)[2]: zf.read(n) for n in zf.namelist()
                   if n.startswith("pipeline/_gazetteers/")}
        names = zf.namelist()
    expected = {p.name: p.read_bytes() for p in (ROOT / "gazetteers").iterdir() if p.is_file()}
    assert shipped == expected
    assert any(n.startswith("pipeline/schemas/") and n.endswith(".json") for n in names)


def _records(out: Path) -> dict[str, list[dict]]:
    recs = {}
    for f in sorted(out.glob("*.jsonl")):
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines()]
        for r in rows:
            r.pop("source", None)  # the path as given on the command line
        recs[f.name] = rows
    return recs


def test_installed_wheel_extracts_like_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target), "HF_HUB_OFFLINE": "1"}
    code = ("import pipeline, pipeline.gazetteers as g, sys; "
            "print(pipeline.__file__); print(g.DEFAULT_DIR); "
            "from pipeline.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.run(
        [sys.executable, "-c", code, "extract", str(ROOT / "corpus"), "-o", str(tmp_path / "wheel_out"),
         "--quiet"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    module, gaz_dir = proc.stdout.splitlines()[:2]
    assert module.startswith(str(target)) and gaz_dir == str(target / "pipeline" / "_gazetteers")

    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", str(ROOT / "corpus"), "-o",
         str(tmp_path / "checkout_out"), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel_recs = _records(tmp_path / "wheel_out")
    assert wheel_recs == _records(tmp_path / "checkout_out")
    assert len(wheel_recs["people.jsonl"]) > 0 and len(wheel_recs["cities.jsonl"]) > 0
