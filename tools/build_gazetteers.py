"""Build the generated gazetteer files from the MIT-licensed sources in ../shared/data/gazetteers.

    python tools/build_gazetteers.py [--shared ../shared] [--out gazetteers]

Generated (do not edit by hand; re-run this script): provinces.tsv, cities.tsv,
first_names.tsv, organisations_generated.tsv (استانداری X per province, شهرداری X per city).
Hand-written files (countries.tsv, world_cities.tsv, organisations.tsv, titles.tsv,
positions.tsv, place_words.tsv) are not touched. Output is deterministic (sorted rows), so a
re-run on the same sources changes no checksum.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.text.keys import match_key  # noqa: E402

# Source spellings that join words a reader writes apart ("چهارمحال وبختیاری").
_PROVINCE_FIX = {
    "چهارمحال وبختیاری": "چهارمحال و بختیاری",
    "سیستان وبلوچستان": "سیستان و بلوچستان",
    "کهگیلویه وبویراحمد": "کهگیلویه و بویراحمد",
}
# City names that are also everyday Persian words: they count as a city only with place
# context (شهر X، در X، استان X, a list of cities). Hand-kept; extend when a false friend shows.
COMMON_WORD_CITIES = {
    "نور", "بم", "ری", "کار", "بهار", "سرو", "امید", "آباد", "باغ", "بند", "پل", "خرم", "گل",
    "نیک", "آزادی", "امام", "انار", "پارس", "جم", "حر", "دیر", "زهرا", "سلطان", "شال", "صفا",
    "فیض", "قدس", "کنار", "گلستان", "مهر", "نجف", "آستانه", "بستان", "پیشوا", "تخت", "جنت",
    "حسن", "خمینی", "رباط", "سامان", "سده", "سیاه", "شاهد", "شهر", "صالح", "ظفر", "عشق", "فرخ",
    "قلعه", "کوه", "گوهر", "محمدی", "نصیر", "نظر", "هادی", "ایوان", "بهمن", "بابا", "پیر",
    "جوان", "خان", "دانش", "زنگ", "کیان", "نقش", "آرین", "اهل", "سعادت", "اسلام", "کرد",
    "مرکز", "محمد", "علی", "احمد", "حسین", "رضا", "مهدی", "زهره", "شهریار", "دهق", "زرین",
    "صحنه", "اسلامیه", "بیضا", "سپیدان", "کوهنانی", "هفتگل", "فردوس", "رزن", "خاش", "چرام",
    "شهداد", "سرخه", "سلسله", "بافت", "بن", "فیروزه", "میانه", "رستم", "دیر", "خاتم", "مهران",
    "سرباز", "سیروان", "ترکمن", "کوثر", "سیمرغ", "کارون",
}


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _write_tsv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join("" if v is None else str(v).replace("\t", " ") for v in r) + "\n")


def _pretty(name: str) -> str:
    return _PROVINCE_FIX.get(name.strip(), name.strip())


def build(shared: Path, out: Path) -> dict[str, int]:
    src_mk = shared / "data/gazetteers/iran-cities-masterking32"
    src_az = shared / "data/gazetteers/iran-divisions-ahmadazizi"
    src_fn = shared / "data/gazetteers/iranian-first-names"
    out.mkdir(parents=True, exist_ok=True)

    # --- provinces: ahmadazizi ids/codes joined with masterking English names and coordinates
    mk_prov = json.loads((src_mk / "provinces.json").read_text(encoding="utf-8"))
    mk_by_key = {match_key(v["name"]): v for v in mk_prov.values()}
    mk_prov_name = {int(v["id"]): _pretty(v["name"]) for v in mk_prov.values()}
    az_ostan = _read_csv(src_az / "ostan.csv")
    prov_rows = []
    prov_by_azid: dict[str, str] = {}
    for r in az_ostan:
        name = _pretty(r["name"])
        mk = mk_by_key.get(match_key(r["name"]), {})
        pid = f"ir-prov-{int(r['amar_code']):02d}"
        prov_by_azid[r["id"]] = name
        prov_rows.append([pid, name, mk.get("en_name", ""), mk.get("lat", ""), mk.get("lon", ""), r["amar_code"]])
    prov_rows.sort(key=lambda r: r[0])
    _write_tsv(out / "provinces.tsv", ["id", "name", "name_en", "lat", "lon", "amar_code"], prov_rows)
    prov_id_by_name = {r[1]: r[0] for r in prov_rows}

    # --- cities: masterking places (names, English, coordinates) joined on (name key,
    # province) with ahmadazizi's shahr list for the statistics-centre code.
    az_code = {}
    for r in _read_csv(src_az / "shahr.csv"):
        az_code.setdefault((match_key(r["name"]), prov_by_azid.get(r["ostan"], "")), r["amar_code"])
    mk_cities = json.loads((src_mk / "cities_sorted.json").read_text(encoding="utf-8"))
    seen: dict[tuple[str, str], list] = {}
    for v in mk_cities.values():
        name = v["name"].strip()
        province = mk_prov_name.get(int(v["province_id"]), "")
        key = (match_key(name), province)
        code = az_code.get(key, "")
        cid = f"ir-city-{code}" if code else f"ir-mk-{v['id']}"
        row = [cid, name, (v.get("en_name") or "").strip(), prov_id_by_name.get(province, ""), province,
               v.get("lat") or "", v.get("lon") or "", code, int(bool(v.get("is_county"))),
               int(name in COMMON_WORD_CITIES)]
        # One row per (name, province): a county and its seat share the name; keep the
        # county seat flag if either row has it.
        if key in seen:
            seen[key][8] = max(seen[key][8], row[8])
            continue
        seen[key] = row
    # Cities in the official list that masterking lacks: no coordinates, still a place.
    for r in _read_csv(src_az / "shahr.csv"):
        province = prov_by_azid.get(r["ostan"], "")
        key = (match_key(r["name"]), province)
        if any(ch.isdigit() for ch in r["name"]):
            continue  # "تهران 1": statistical sub-areas, not place names
        if key not in seen:
            seen[key] = [f"ir-city-{r['amar_code']}", r["name"].strip(), "", prov_id_by_name.get(province, ""),
                         province, "", "", r["amar_code"], 0, int(r["name"].strip() in COMMON_WORD_CITIES)]
    city_rows = sorted(seen.values(), key=lambda r: r[0])
    ids = [r[0] for r in city_rows]
    assert len(ids) == len(set(ids)), "duplicate city ids"
    _write_tsv(out / "cities.tsv", ["id", "name", "name_en", "province_id", "province", "lat", "lon",
                                    "amar_code", "county_seat", "common_word"], city_rows)

    # --- first names with gender
    names: dict[str, str] = {}
    for r in _read_csv(src_fn / "iranianNamesDataset.csv"):
        n, g = " ".join(r["Names"].split()), r["Gender"].strip().upper()
        if n and g in {"M", "F"}:
            names[n] = g if names.get(n, g) == g else "U"  # both genders listed: unknown
    fn_rows = sorted([[n, g] for n, g in names.items()])
    _write_tsv(out / "first_names.tsv", ["name", "gender"], fn_rows)

    # --- generated organisations: one governorate per province, one municipality per city
    org_rows = []
    for pid, name, *_ in prov_rows:
        org_rows.append([f"gov-{pid}", f"استانداری {name}", "", "governorate", "", ""])
    done = set()
    for r in city_rows:
        if match_key(r[1]) in done:
            continue  # one municipality per city name; the city link is the first row's id
        done.add(match_key(r[1]))
        org_rows.append([f"mun-{r[0]}", f"شهرداری {r[1]}", "", "municipality", "", r[0]])
    org_rows.sort(key=lambda r: r[0])
    _write_tsv(out / "organisations_generated.tsv", ["id", "name", "aliases", "kind", "parent", "city"], org_rows)
    return {"provinces": len(prov_rows), "cities": len(city_rows), "first_names": len(fn_rows),
            "organisations_generated": len(org_rows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "gazetteers"))
    a = ap.parse_args(argv)
    for name, n in build(Path(a.shared), Path(a.out)).items():
        print(f"{name}: {n} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
