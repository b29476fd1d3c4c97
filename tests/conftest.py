"""Shared fixtures. Tests that need ../shared use ``shared_dir`` and skip (with a reason) when
it is absent, so that the project's own tests pass on a machine that has only the project."""
from __future__ import annotations

import os
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
