"""newsfacet's benchmark harness (`make bench` / `python -m bench`): is it fast at newsroom scale?

Every number is reported next to a baseline measured in the same run on the same machine (raw spaCy for
indexing, SQLite FTS5 for search), because the machines this runs on are shared and noisy: the ratios are
what to compare between runs, not the absolute times. Nothing here is imported by the product.
"""
