"""Gazetteer loading: validation errors name the file and line; the manifest has checksums."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from pipeline.errors import GazetteerError
from pipeline.gazetteers import DEFAULT_DIR, SCHEMAS, load_gazetteers


@pytest.fixture()
def gaz_copy(tmp_path: Path) -> Path:
    d = tmp_path / "gaz"
    shutil.copytree(DEFAULT_DIR, d)
    return d


def test_default_loads_and_is_cached():
    g = load_gazetteers()
    assert g is load_gazetteers(None)
    assert len(g.provinces) == 31
    assert len(g.cities) > 1500
    assert len(g.first_names) > 15000
    names = {c.name for c in g.cities}
    assert {"اصفهان", "رشت", "قم", "پالم بیچ"} <= names


def test_manifest_checksums_match_files():
    m = load_gazetteers().manifest()
    assert m["version"] == (DEFAULT_DIR / "VERSION").read_text(encoding="utf-8").strip()
    assert {f["name"] for f in m["files"]} == set(SCHEMAS)
    for f in m["files"]:
        data = (DEFAULT_DIR / f["name"]).read_bytes()
        assert f["sha256"] == hashlib.sha256(data).hexdigest()
        assert f["rows"] == len([ln for ln in data.decode("utf-8").splitlines()[1:] if ln.strip()])


@pytest.mark.parametrize(
    "file, edit, message",
    [
        ("titles.tsv", lambda t: t.replace("title\tkind\taliases", "title\tkinds\taliases"), "line 1: missing column"),
        ("organisations.tsv", lambda t: t + "org-moi\tوزارت دیگر\t\tministry\t\t\n", "duplicate id"),
        ("organisations.tsv", lambda t: t + "org-x\tسازمان ایکس\t\tbank\t\t\n", "kind 'bank'"),
        ("organisations.tsv", lambda t: t + "org-y\tسازمان ایگرگ\t\tother\torg-none\t\n", "parent 'org-none'"),
        ("world_cities.tsv", lambda t: t + "w-city-x\tایکس\tX\tایران\tشمال\t1\t\n", "is not a number"),
        ("countries.tsv", lambda t: t + "country-x\tایکس\n", "fields, header has"),
        ("first_names.tsv", lambda t: t + "ززززنام\tX\n", "gender 'X'"),
        ("positions.tsv", lambda t: "", "empty file"),
    ],
)
def test_validation_errors_name_file_and_line(gaz_copy: Path, file, edit, message):
    path = gaz_copy / file
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        load_gazetteers(gaz_copy)
    assert file in str(err.value) and message in str(err.value)
    assert "line " in str(err.value) or "empty file" in str(err.value)
    assert err.value.code == "E301"


def test_missing_file_and_bad_encoding(gaz_copy: Path):
    (gaz_copy / "titles.tsv").unlink()
    with pytest.raises(GazetteerError, match="titles.tsv: file is missing"):
        load_gazetteers(gaz_copy)
    shutil.copy(DEFAULT_DIR / "titles.tsv", gaz_copy / "titles.tsv")
    (gaz_copy / "positions.tsv").write_bytes("position\taliases\nمدیر\t\n".encode("utf-16"))
    with pytest.raises(GazetteerError, match="positions.tsv: not UTF-8"):
        load_gazetteers(gaz_copy)


def test_missing_directory(tmp_path: Path):
    with pytest.raises(GazetteerError, match="directory not found"):
        load_gazetteers(tmp_path / "nowhere")


def test_build_script_is_deterministic(shared_dir: Path, tmp_path: Path):
    # Load the script by path: plain `pytest` does not put the repo root on sys.path, so
    # `import tools.build_gazetteers` only works under `python -m pytest`.
    import importlib.util

    script = DEFAULT_DIR.parent / "tools" / "build_gazetteers.py"
    spec = importlib.util.spec_from_file_location("build_gazetteers", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    build = module.build

    counts = build(shared_dir, tmp_path)
    assert counts["provinces"] == 31
    for name in ("provinces.tsv", "cities.tsv", "first_names.tsv", "organisations_generated.tsv"):
        assert (tmp_path / name).read_bytes() == (DEFAULT_DIR / name).read_bytes(), name


def test_name_evidence_rebuilds_byte_identical(shared_dir, tmp_path):
    """non_name_words.tsv is what tools/build_name_evidence.py makes of the NER corpora' train
    splits, so the shipped list can always be traced and re-made."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "tools" / "build_name_evidence.py"
    spec = importlib.util.spec_from_file_location("build_name_evidence", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    n = module.build(shared_dir, tmp_path)
    assert n > 1000
    assert (tmp_path / "non_name_words.tsv").read_bytes() == (DEFAULT_DIR / "non_name_words.tsv").read_bytes()
