"""Text layer: character tables, normalisation with alignment, matching keys."""
