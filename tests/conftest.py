"""Shared fixtures. Tests that need ../shared use ``shared_dir`` and skip (with a reason) when
it is absent, so that the project's own tests pass on a machine that has only the project."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSFACTS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def root_dir() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "README.md").exists():
        pytest.skip(f"../shared is absent (looked in {SHARED}); set NEWSFACTS_SHARED to run this test")
    return SHARED


@pytest.fixture(scope="session")
def benchmark():
    """Load a script of benchmarks/ by name: ``benchmark("bench_dates")``. The scripts import
    one another by plain name, so their folder goes on ``sys.path`` and each loads once."""
    folder = str(ROOT / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module


@pytest.fixture(scope="session")
def assert_date_floors(benchmark):
    """Check a loaded date set against its (precision, recall, value accuracy) floors: the one
    check the blind sets' and the written sets' floor tests share."""
    bench = benchmark("bench_dates")

    def check(name, items, floors):
        figures = bench.figures(items)
        assert all(got >= floor for got, floor in zip(figures, floors)), f"{name}: " + ", ".join(
            f"{what} {got:.3f} (floor {floor})"
            for what, got, floor in zip(("precision", "recall", "value accuracy"), figures, floors))
    return check
