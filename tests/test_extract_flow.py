"""End-to-end: `newsfacts extract` on the project's own corpus and on bad inputs.

Checks the contract rather than particular facts: schemas, determinism, raw offsets,
every input accounted for, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, EXIT_STRICT, EXIT_USAGE, main
from pipeline.ingest import discover, read_source
from pipeline.output import FILES, schema

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus-out")
    assert main(["extract", str(CORPUS), "-o", str(out), "--quiet"]) == EXIT_OK
    return out


def test_every_file_of_the_contract_is_written_and_valid(corpus_out):
    for name in FILES:
        validator = jsonschema.Draft202012Validator(schema(name))
        rows = _read_jsonl(corpus_out / f"{name}.jsonl")
        for row in rows:
            validator.validate(row)
    manifest = json.loads((corpus_out / "manifest.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema("manifest")).validate(manifest)
    assert manifest["counts"]["articles_ok"] == len(_read_jsonl(corpus_out / "articles.jsonl"))


def test_corpus_yields_facts_of_every_kind(corpus_out):
    for name in ("events", "people", "organisations", "cities", "mentions"):
        assert _read_jsonl(corpus_out / f"{name}.jsonl"), f"{name}.jsonl is empty on the sample corpus"


def test_records_sorted_by_id_and_ids_unique(corpus_out):
    for name in ("articles", "events", "people", "organisations", "cities"):
        ids = [r["id"] for r in _read_jsonl(corpus_out / f"{name}.jsonl")]
        assert ids == sorted(ids) and len(ids) == len(set(ids)), name


def test_output_is_byte_identical_on_a_rerun(corpus_out, tmp_path):
    again = tmp_path / "again"
    assert main(["extract", str(CORPUS), "-o", str(again), "--quiet"]) == EXIT_OK
    for name in FILES:
        assert (corpus_out / f"{name}.jsonl").read_bytes() == (again / f"{name}.jsonl").read_bytes(), name


def test_offsets_point_into_the_raw_text(corpus_out):
    raw = {}
    for path in discover([str(CORPUS)]):
        for item in read_source(path):
            raw[item.id] = getattr(item, "text", None)
    checked = 0
    for m in _read_jsonl(corpus_out / "mentions.jsonl"):
        assert raw[m["article_id"]][m["start"]:m["end"]] == m["text"]
        checked += 1
    for name in ("events", "people", "organisations", "cities"):
        for rec in _read_jsonl(corpus_out / f"{name}.jsonl"):
            for ev in rec["evidence"]:
                assert raw[ev["article_id"]][ev["start"]:ev["end"]] == ev["text"]
                checked += 1
    assert checked > 0


def test_references_between_files_resolve(corpus_out):
    ids = {name: {r["id"] for r in _read_jsonl(corpus_out / f"{name}.jsonl")}
           for name in ("people", "organisations", "cities", "articles")}
    for ev in _read_jsonl(corpus_out / "events.jsonl"):
        assert set(ev["organiser_ids"]) | set(ev["party_ids"]) <= ids["organisations"]
        assert set(ev["city_ids"]) <= ids["cities"]
        assert {p["person_id"] for p in ev["participants"]} <= ids["people"]
        assert set(ev["article_ids"]) <= ids["articles"]
    for person in _read_jsonl(corpus_out / "people.jsonl"):
        for role in person["roles"]:
            assert role["organisation_id"] is None or role["organisation_id"] in ids["organisations"]
            assert role["city_id"] is None or role["city_id"] in ids["cities"]


def _bad_inputs(root: Path) -> dict[str, int]:
    """Write a directory of bad (and one good) inputs; returns file name -> expected lines."""
    root.mkdir()
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "invalid-utf8.txt").write_bytes("خبر".encode("utf-8") + b"\xff\xfe\xfa" * 3 + b"\x80" * 40)
    (root / "empty.txt").write_bytes(b"")
    (root / "utf16.txt").write_bytes("کارگاه آموزشی در شیراز برگزار شد.".encode("utf-16"))
    # Windows-1256 has Arabic ي/ك only, as legacy Persian sites wrote them.
    legacy = "شهردار شیراز در نشست خبری گفت که پروژه آغاز شد.".replace("ی", "ي").replace("ک", "ك")
    (root / "legacy.txt").write_bytes(legacy.encode("cp1256"))
    (root / "huge.txt").write_text("کارگاه آموزشی برگزار شد. " * 220_000, encoding="utf-8")  # ~5 MB
    (root / "mixed.jsonl").write_text(
        '{"id": "a1", "text": "نشست شورای شهر تبریز برگزار شد."}\n'
        "{broken json\n"
        '{"id": "a3", "title": "بدون متن"}\n', encoding="utf-8")
    return {"binary.txt": 1, "invalid-utf8.txt": 1, "empty.txt": 1, "utf16.txt": 1, "legacy.txt": 1,
            "huge.txt": 1, "mixed.jsonl": 3}


def test_bad_inputs_are_accounted_for_and_the_batch_goes_on(tmp_path):
    expected = _bad_inputs(tmp_path / "bad")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "bad"), "-o", str(out), "--quiet"]) == EXIT_PARTIAL
    rows = _read_jsonl(out / "articles.jsonl")
    assert len(rows) == sum(expected.values())
    by_status = {"ok": 0, "error": 0}
    for row in rows:
        by_status[row["status"]] += 1
        if row["status"] == "error":
            assert row["error"]["code"].startswith("E1") and row["error"]["message"]
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["articles_ok"] == by_status["ok"] == 3  # utf16, legacy, a1
    assert manifest["counts"]["articles_error"] == by_status["error"] == 6
    assert sum(manifest["errors_by_code"].values()) == by_status["error"]


def test_strict_stops_at_the_first_error(tmp_path):
    _bad_inputs(tmp_path / "bad")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "bad"), "-o", str(out), "--quiet", "--strict"]) == EXIT_STRICT
    rows = _read_jsonl(out / "articles.jsonl")
    assert sum(r["status"] == "error" for r in rows) == 1


@pytest.mark.parametrize("command", ["extract", "evaluate", "normalize", "dates"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert len(capsys.readouterr().out) > 100


@pytest.mark.parametrize(
    "argv, message",
    [
        (["evaluate", "/nonexistent-out", "/nonexistent.gold.jsonl"], "does not exist"),
        (["extract", "corpus", "-o", "OUT", "--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_usage_errors_say_what_is_wrong(argv, message, capsys):
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and "[E302]" in err


def test_seeds_metadata_and_boilerplate(shared_dir, tmp_path):
    out = tmp_path / "seeds"
    assert main(["extract", str(shared_dir / "seeds"), "-o", str(out), "--quiet"]) == EXIT_OK
    rows = {r["id"]: r for r in _read_jsonl(out / "articles.jsonl")}
    assert len(rows) == 2 and all(r["status"] == "ok" for r in rows.values())
    seed = rows["004_3a9ee34347dc5550.txt"]
    assert seed["news_id"] == "330607"
    assert seed["category"] == "اصفهان"
    assert seed["agency"]
    assert seed["published"]["gregorian"] == "2025-01-22"
    assert seed["published"]["jalali"] == "1403-11-03"
    assert seed["published"]["time"] == "03:19"
    raw = (shared_dir / "seeds" / "004_3a9ee34347dc5550.txt").read_text("utf-8")
    blocked = "".join(raw[s:e] for s, e in seed["boilerplate"])
    for cue in ("اخبار مرتبط", "هواشناسی اصفهان", "دیدگاهتان را بنویسید", "کلیه حقوق محفوظ است"):
        assert cue in blocked
    assert "مهدی جمالینژاد در مراسم" not in blocked


def test_same_surname_different_people_stay_apart_and_one_official_links(corpus_out):
    """corpus/ has two different Hosseinis and one official spelled three ways across years."""
    people = _read_jsonl(corpus_out / "people.jsonl")
    by_name = {p["name"]: p for p in people}
    assert {"علی حسینی", "زهرا حسینی"} <= set(by_name)
    assert by_name["علی حسینی"]["id"] != by_name["زهرا حسینی"]["id"]
    assert not set(by_name["زهرا حسینی"]["aliases"]) & {"علی حسینی"}
    jamali = [p for p in people if p["name"].replace("\u200c", "").replace(" ", "") == "مهدیجمالینژاد"]
    assert len(jamali) == 1
    years = sorted({r["date"][:4] for r in jamali[0]["roles"] if r["date"]})
    assert len(years) >= 2, years  # roles from articles years apart, in one record
    dates = [r["date"] for r in jamali[0]["roles"] if r["date"]]
    assert dates == sorted(dates)
