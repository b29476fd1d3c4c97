"""Every file of the sample corpus reads as ok articles, with the metadata its README promises."""
from __future__ import annotations

import pytest

from pipeline.ingest import discover, read_source
from pipeline.records import RawArticle

CORPUS = "corpus"
EXPECT = {  # file -> (articles, encoding, fields that must be set)
    "101_workshop_1398.txt": (1, "utf-8", {}),
    "102_mou_1403.txt": (1, "utf-8", {"news_id": "412958", "category": "اصفهان", "agency": "سایت خبری مدارا"}),
    "103_appointment_1385.txt": (1, "utf-8", {"agency": "خبرگزاري پارس"}),
    "104_batch.jsonl": (4, "utf-8", {"format": "jsonl"}),
    "105_page.html": (1, "utf-8", {"format": "html", "agency": "خبرگزاری نمونه", "published_text": "2023-10-05"}),
    "107_planned_meeting_1403.txt": (1, "utf-8", {"news_id": "418803", "category": "استان‌ها"}),
    "108_two_hosseinis_1402.txt": (1, "utf-8", {"agency": "مهر"}),
    "109_utf8_bom_1397.txt": (1, "utf-8-sig", {}),
    "110_mou_second_report_1403.txt": (1, "utf-8", {"news_id": "412871", "category": "استان‌ها",
                                                   "agency": "خبرگزاری نمونه"}),
    "legacy-1256.txt": (1, "cp1256", {}),
}


def test_corpus_lists_every_file(root_dir):
    names = {p.rsplit("/", 1)[1] for p in discover([str(root_dir / CORPUS)])}
    assert names == set(EXPECT)  # README.md is documentation, not an article


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_corpus_file_reads_ok(root_dir, name):
    count, encoding, fields = EXPECT[name]
    items = list(read_source(str(root_dir / CORPUS / name)))
    assert len(items) == count
    for item in items:
        assert isinstance(item, RawArticle), item
        assert item.encoding == encoding and item.title
        for key, value in fields.items():
            assert getattr(item, key) == value
        for s, e in item.boilerplate:
            assert 0 <= s < e <= len(item.text)
