"""The named errors search/ raises. web/ maps them onto its one JSON error envelope.

User input never raises anything but InvalidParameter (400) or NotFound (404); everything else is a bug
or an operational problem (IndexLocked) that callers may want to report differently.
"""
from __future__ import annotations


class SearchError(Exception):
    """Base error with a machine code, a human message, the offending parameter and an HTTP status."""

    def __init__(self, code: str, message: str, param: str | None = None, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.param = param
        self.status = status

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "param": self.param}


class InvalidParameter(SearchError):
    """A request parameter has a value we cannot use; the message says what was expected."""

    def __init__(self, param: str, message: str):
        super().__init__("invalid_parameter", f"{param}: {message}", param=param, status=400)


class NotFound(SearchError):
    def __init__(self, message: str = "not found", param: str | None = None):
        super().__init__("not_found", message, param=param, status=404)


class IndexLocked(SearchError):
    """Another process holds the index write lock for longer than we were willing to wait."""

    def __init__(self, index_dir, timeout: float):
        super().__init__(
            "index_locked",
            f"the index at {index_dir} is locked by another writer (waited {timeout:g}s); "
            "wait for the other `newsfacet index`/`reindex` to finish, then retry",
            status=503,
        )
