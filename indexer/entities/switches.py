"""The rules' NEWSFACET_* switches, read from one snapshot per tagging call.

Every rule has an environment switch (the README's settings table) asked where the rule runs -- per mention, some
thirty thousand times over the seeds. ``os.environ.get`` costs ~0.7 µs a read (a key encoded and, for the usual
unset name, a KeyError raised and caught): ~3% of tagging. ``tag_entities`` and ``link_people`` read the
switches from a snapshot taken when they start (``frozen``), so one call sees one setting throughout and a
setting changed before the call (a test's ``monkeypatch.setenv``) still counts. Outside such a call -- a unit test
asking one rule -- each read goes to ``os.environ`` as before.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PREFIX = "NEWSFACET_"
_SNAPSHOT: ContextVar[dict[str, str] | None] = ContextVar("newsfacet_switches", default=None)


def get(name: str, default: str | None = None) -> str | None:
    """The switch's value as the environment holds it (``default`` when unset), as ``os.environ.get`` reads it."""
    snapshot = _SNAPSHOT.get()
    if snapshot is None:
        return os.environ.get(name, default)
    return snapshot.get(name, default)


@contextmanager
def frozen() -> Iterator[None]:
    """Read the switches from one snapshot of the environment inside the block (a nested block keeps the outer
    one's)."""
    if _SNAPSHOT.get() is not None:
        yield
        return
    env = os.environ  # (its keys only: iterating items decodes every value of the environment, ~3x slower)
    token = _SNAPSHOT.set({k: env[k] for k in env if k.startswith(PREFIX)})
    try:
        yield
    finally:
        _SNAPSHOT.reset(token)
