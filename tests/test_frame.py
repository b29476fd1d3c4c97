"""pipeline.frame / pipeline.load: output directory -> typed pandas DataFrames."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.frame import COLUMNS, ROLE_COLUMNS, Frames, load, shape_fa
from pipeline.link import link

_spec = importlib.util.spec_from_file_location("link_sample", Path(__file__).parent / "data/link/sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)


@pytest.fixture(scope="module")
def frames(tmp_path_factory) -> Frames:
    out = sample.write_jsonl(tmp_path_factory.mktemp("out"), link(sample.articles()))
    return pipeline.load(out)


def test_load_is_reexported():
    assert pipeline.load.__module__ == "pipeline" and load.__module__ == "pipeline.frame"


@pytest.mark.parametrize("content", ["", "   \n\n  \n"])
def test_empty_and_blank_files_give_empty_frames_with_columns(tmp_path, content):
    for name in COLUMNS:
        (tmp_path / f"{name}.jsonl").write_text(content, encoding="utf-8")
    f = load(tmp_path)
    for name, cols in COLUMNS.items():
        df = getattr(f, name)
        assert len(df) == 0
        assert set(cols) - {"published", "date"} <= set(df.columns)
    assert list(f.roles.columns) == ROLE_COLUMNS and len(f.roles) == 0


def test_missing_directory_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="newsfacts extract"):
        load(tmp_path / "nope")


def test_sizes(frames):
    assert (len(frames.articles), len(frames.people), len(frames.organisations), len(frames.cities),
            len(frames.events)) == (6, 4, 4, 3, 6)
    assert len(frames.mentions) == 30


@pytest.mark.parametrize("frame, column, dtype", [
    ("articles", "id", "string"),
    ("articles", "published", "datetime64[ns]"),
    ("events", "date", "datetime64[ns]"),
    ("events", "date_end", "datetime64[ns]"),
    ("events", "type", "category"),
    ("events", "status", "category"),
    ("events", "date_precision", "category"),
    ("events", "confidence", "float64"),
    ("people", "id", "string"),
    ("people", "gender", "category"),
    ("organisations", "kind", "category"),
    ("organisations", "parent_id", "string"),
    ("cities", "lat", "float64"),
    ("cities", "gazetteer_id", "string"),
    ("mentions", "kind", "category"),
    ("mentions", "entity_id", "string"),
    ("mentions", "start", "Int64"),
    ("roles", "date", "datetime64[ns]"),
    ("roles", "person_id", "string"),
    ("roles", "former", "bool"),
    ("participants", "event_id", "string"),
])
def test_dtypes(frames, frame, column, dtype):
    assert str(getattr(frames, frame)[column].dtype) == dtype


def test_roles_are_one_row_per_attribution_in_date_order(frames):
    jam = frames.roles[frames.roles["name"] == "مهدی جمالینژاد"]
    assert list(jam["role"]) == ["معاون عمران وزارت کشور", "استاندار اصفهان"]
    assert list(jam["date"].dt.year) == [2019, 2025]
    assert list(jam["organisation"]) == ["وزارت کشور", "استانداری اصفهان"]
    assert list(jam["article_id"]) == ["art-a", "art-b"]
    mayor = frames.roles[frames.roles["name"] == "علی حسینی"].iloc[0]
    assert mayor["city"] == "شیراز" and pd.isna(mayor["organisation_id"])


def test_participants_join_names(frames):
    names = set(frames.participants["name"])
    assert {"مهدی جمالینژاد", "علی حسینی", "زهرا حسینی", "حسینی"} <= names
    assert set(frames.participants["event_id"]) <= set(frames.events["id"])


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("mou_signing", "mou_signing"),  # Latin labels pass through
        ("", ""),
        (None, ""),
        # joined contextual forms, in visual (right-to-left) order; ZWNJ keeps ی in its final form
        ("اصفهان", "\ufee5\ufe8e\ufeec\ufed4\ufebb\ufe8d"),
        ("جمالی\u200cنژاد", "\ufea9\ufe8d\ufb8b\ufee7\ufbfd\ufedf\ufe8e\ufee4\ufe9f"),
    ],
)
def test_shape_fa_for_matplotlib(label, expected):
    assert shape_fa(label) == expected


def test_shaped_label_renders_with_the_default_font():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import io
    import warnings

    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_title(shape_fa("مهدی جمالی‌نژاد، استانداری اصفهان و پژوهشگاه میراث فرهنگی"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png")
    plt.close(fig)
    assert not [w for w in caught if "missing from" in str(w.message)]
