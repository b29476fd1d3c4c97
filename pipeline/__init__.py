"""newsfacts: Persian news -> structured, linked facts as JSONL."""
from __future__ import annotations

__version__ = "0.1.0"


def load(out_dir):
    """Load an ``extract`` output directory as pandas DataFrames (see :mod:`pipeline.frame`)."""
    from .frame import load as _load

    return _load(out_dir)
