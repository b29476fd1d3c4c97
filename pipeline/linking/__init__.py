"""Helpers of the cross-article linker (:mod:`pipeline.link`), one job per module:

- ``common``: union-find, canonical-name choice, evidence, small majority votes;
- ``cities``: cities by gazetteer id (else matching key);
- ``organisations``: organisations by name/alias keys and gazetteer ids;
- ``people``: people by name key, then surname-only names joined to one compatible full name.

Every function here processes articles in a canonical order (the caller sorts them), so the
result never depends on the order the input came in.
"""
