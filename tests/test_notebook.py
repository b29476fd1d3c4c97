"""notebooks/explore.ipynb runs top to bottom and draws its figures.

Executed with nbclient on the venv's python3 kernel, MPLBACKEND=Agg (no display) and offline.
One run reads an output directory built from the linker's sample facts (independent of the
extraction stages); one runs the real `newsfacts extract` over corpus/ as the notebook does.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")

from pipeline.link import link  # noqa: E402

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"
FIGURES = ("timeline", "network", "cities")

_spec = importlib.util.spec_from_file_location("link_sample", Path(__file__).parent / "data/link/sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)


def execute(tmp_path: Path, out_dir: Path | None):
    env = {"MPLBACKEND": "Agg", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "NEWSFACTS_FIGURES": str(tmp_path / "figures")}
    if out_dir is not None:
        env["NEWSFACTS_OUT"] = str(out_dir)
    old = {k: os.environ.get(k) for k in [*env, "NEWSFACTS_OUT"]}
    os.environ.pop("NEWSFACTS_OUT", None)
    os.environ.update(env)  # the kernel inherits the test process's environment
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=300,
                                         resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return nb


def images(nb) -> int:
    return sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code"
               for o in c.get("outputs", ()))


def errors(nb) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", ()) if o.output_type == "error"]


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None
               for c in nb.cells if c.cell_type == "code")


def test_notebook_runs_on_sample_output(tmp_path):
    out = sample.write_jsonl(tmp_path / "out", link(sample.articles()))
    nb = execute(tmp_path, out)
    assert errors(nb) == []
    assert images(nb) == len(FIGURES)
    for name in FIGURES:
        assert (tmp_path / "figures" / f"{name}.png").stat().st_size > 1000
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
                   for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", ()))
    assert "مهدی جمالینژاد" in text  # the person with the most roles has their history shown
    assert "استاندار اصفهان" in text


def test_notebook_runs_the_extract_on_corpus(tmp_path, root_dir):
    if not any((root_dir / "corpus").iterdir()):
        pytest.skip("corpus/ is empty")
    nb = execute(tmp_path, None)
    assert errors(nb) == []
    assert images(nb) == len(FIGURES)
