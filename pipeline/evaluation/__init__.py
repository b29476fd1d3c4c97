"""Gold vs output scoring (annotation guide, "Matching"). The public entry points live in
:mod:`pipeline.evaluate`; this package holds its parts, one job per module:

- ``gold``: read gold JSONL and the cross-article links file into frozen records.
- ``outdir``: read an ``extract`` output directory, grouped per article.
- ``rules``: the matching rules (person, organisation, city, role, event type, event date).
- ``matching``: one-to-one assignment and tp/fp/fn counting with optional gold items.
- ``links``: pairwise link precision/recall over the gold clusters.
- ``report``: the fixed-width text rendering.
"""
