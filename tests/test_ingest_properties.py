"""Properties of ingestion over generated input: nothing raises, ranges stay inside the text."""
from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import BinaryInput, DecodingError
from pipeline.ingest import analyse_page, decode_bytes, read_source
from pipeline.records import InputFailure, RawArticle

# Persian letters, the Arabic variants, ZWNJ, digits, punctuation and the cue words themselves,
# so that generated texts hit the header/attribution/boilerplate paths.
PIECES = st.sampled_from([
    "کد خبر : ۱۲۳", "انتشار : ۱۴۰۲/۰۱/۰۱ - 10:00", "دستهبندی : رشت", "چاپ", "اخبار مرتبط:", "ارسال دیدگاه",
    "کلیه حقوق محفوظ است", "به گزارش خبرگزاری نمونه؛", "به نوشته مهر،", "خبرگزاری فارس:", "شهردار شیراز",
    "علي حسيني", "\u200c", " ", "\n", "\r\n", "\n\n", "؛", "،", ":", "ي", "ك", "۱۴۰۳", "x",
])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.one_of(st.none(), TEXTS))
def test_analyse_page_ranges_are_sorted_and_inside(raw, title):
    page = analyse_page(raw, title=title)
    previous_end = -1
    for s, e in page.boilerplate:
        assert 0 <= s < e <= len(raw)
        assert s > previous_end  # sorted, disjoint
        assert raw[s:e] == raw[s:e].strip()  # trimmed
        previous_end = e
    if page.agency is not None:
        assert page.agency.strip() == page.agency and page.agency


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_only_raises_input_errors(data):
    try:
        decoded = decode_bytes(data, source="t")
    except (BinaryInput, DecodingError):
        return
    assert isinstance(decoded.text, str)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["-", "x.txt", "x.jsonl", "x.json", "x.html", "x"]))
def test_read_source_never_raises(tmp_path_factory, data, name):
    if name == "-":
        items = list(read_source("-", stdin=io.BytesIO(data)))
    else:
        path = tmp_path_factory.mktemp("p") / name
        path.write_bytes(data)
        items = list(read_source(str(path)))
    assert all(isinstance(i, (RawArticle, InputFailure)) for i in items)
    assert items  # every input shows up in the counts, an empty JSONL file included
    for item in items:
        if isinstance(item, InputFailure):
            assert item.error.code.startswith("E1"), item.error  # input errors, never a bug (E200)
