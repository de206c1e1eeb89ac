"""Real-archive evaluation of the entity facets (issue 11): public news corpora under eval/corpora/.

corpora.py (load + validate the committed files) -> tagging.py (the real pipeline: record extraction,
spaCy NER with a cache, tag_entities, link_people) -> mentions.py (mention-level P/R/F1 vs gold, ours and
raw spaCy) and facets.py (top values, judged precision, unmerged variants, misfiled values, region
roll-ups) -> report.py (table / JSON). ``python -m indexer.realeval --split dev|heldout``.
Nothing is loaded at import time.
"""
