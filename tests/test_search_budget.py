"""search.budget: a search's CPU budget, and the caches a view builds once for every later search."""
import numpy as np
import pytest

from search import budget
from search.searcher import FacetData


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(budget, "_clock", fake)
    return fake


def test_past_its_deadline_a_search_is_stopped(clock):
    with budget.spend(2.0):
        clock.now = 1.9
        budget.check()
        clock.now = 2.1
        with pytest.raises(budget.OverBudget):
            budget.check()


def test_work_inside_exempt_moves_the_deadline_by_its_own_cpu(clock):
    with budget.spend(2.0):
        with budget.exempt():
            clock.now = 5.0  # a cache built for every later search
        clock.now = 6.9  # this search's own work: 1.9 s
        budget.check()
        assert budget.remaining() == pytest.approx(0.1)
        clock.now = 7.1
        with pytest.raises(budget.OverBudget):
            budget.check()
    with budget.exempt():  # no budget open (the CLI): nothing to move
        pass


def _column(n_docs=6):
    # values a, b, c over six docs, entries grouped by value
    pairs = [(0, 0), (2, 0), (5, 0), (1, 1), (2, 1), (3, 2), (5, 2)]
    doc = np.array([d for d, _ in pairs], dtype=np.int32)
    val = np.array([v for _, v in pairs], dtype=np.int32)
    return FacetData(["a", "b", "c"], {"a": 0, "b": 1, "c": 2}, doc, val, np.array([0, 3, 5, 7]))


def test_a_facets_per_document_index_is_not_the_first_searchs_expense(clock, monkeypatch):
    column = _column()
    real_argsort = np.argsort

    def slow_argsort(a, *args, **kwargs):  # the 2.6 s of the place facet at 1M articles, on the fake clock
        clock.now += 10.0
        return real_argsort(a, *args, **kwargs)

    monkeypatch.setattr(np, "argsort", slow_argsort)
    with budget.spend(2.0):
        column._doc_index(6)  # what counts() builds on a view's first count over few matching docs
        budget.check()  # the build is exempt: still within the search's own 2 s
        counts = column._gather(np.array([2, 5]))
    assert counts.tolist() == [2, 1, 1]
    ptr, vals = column._by_doc
    assert ptr.tolist() == [0, 1, 2, 4, 5, 5, 7]  # entries per doc 1, 1, 2, 1, 0, 2
    assert sorted(vals[ptr[2]:ptr[3]].tolist()) == [0, 1]
