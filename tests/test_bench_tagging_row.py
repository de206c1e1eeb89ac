"""make bench reports entity tagging against NER alone with issue 11's 1.25x target, passing or missing by the number."""
from bench import report


def _render(ratio: float) -> str:
    results = {"articles": 10, "seed": 1, "machine": {}, "phases": {
        "tagging": {"paragraphs": 703, "ner_s": 2.0, "tagging_s": 2.0 * (ratio - 1), "ratio": ratio,
                    "target_ratio": 1.25}}}
    return report.render(results)


def test_tagging_row_passes_within_the_target():
    assert "(NER + tagging) / NER = 1.210 (target <= 1.25: PASS)" in _render(1.21)


def test_tagging_row_misses_over_the_target():
    assert "(NER + tagging) / NER = 1.300 (target <= 1.25: MISS)" in _render(1.30)
