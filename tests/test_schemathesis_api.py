"""Schemathesis against the served OpenAPI spec (``/api/openapi.json``), in process through the WSGI app.

Every documented operation is fuzzed from its schema, with valid (positive) and invalid (negative)
parameters, a bounded number of examples each; every response must be no 5xx, conform to the documented
status codes, content types and response schemas, and carry the one error envelope when it is an error.

(Schemathesis' own pytest plugin, ``schemathesis.pytest.from_fixture``, does not run under pytest 9 —
``'Function' object has no attribute '_nodeid'`` — so each operation's hypothesis strategy is driven here.)
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from support.robust import assert_no_trace

MAX_EXAMPLES = 25
SPEC_FILE = Path(__file__).resolve().parent.parent / "web" / "openapi.json"
_SPEC = json.loads(SPEC_FILE.read_text("utf-8"))
OPERATIONS = [(path, method.upper()) for path, item in _SPEC["paths"].items()
              for method in item if method in ("get", "post", "put", "delete", "patch")]
# Negative examples need something to get wrong: operations without parameters have none.
CASES = [pytest.param(path, method, mode, id=f"{method} {path} {mode.value}")
         for path, method in OPERATIONS
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode is GenerationMode.POSITIVE or _SPEC["paths"][path][method.lower()].get("parameters")]
# Left out on purpose: positive_data_acceptance / negative_data_rejection grade how *precisely* the spec
# states each constraint (it does not declare the NUL-byte ban, the 300-character facet values, the
# YYYY-MM-DD shape of dates, or that an empty value means "no filter"), not whether the server is robust.
# The mismatches they find are listed in the robustness report for the spec's owner.
EXCLUDED = [schemathesis.checks.positive_data_acceptance, schemathesis.checks.negative_data_rejection]


@pytest.fixture(scope="module")
def api_app(seed_index_dir):
    from web import create_app

    # Exports are rate limited per client; schemathesis is one client sending many, on purpose.
    return create_app({"INDEX_DIR": str(seed_index_dir), "TESTING": True, "EXPORT_RATE_LIMIT": 100_000})


@pytest.fixture(scope="module")
def api_schema(api_app):
    served = api_app.test_client().get("/api/openapi.json")
    assert served.status_code == 200
    assert {(p, m.upper()) for p, item in served.get_json()["paths"].items() for m in item} >= set(OPERATIONS)
    return schemathesis.openapi.from_wsgi("/api/openapi.json", api_app)


def error_envelope_without_internals(ctx, response, case):
    """An error answer is exactly {"error": {"code", "message", "param"}}; no answer leaks a traceback."""
    body = response.text or ""
    assert_no_trace(body)
    content_type = response.headers.get("Content-Type") or response.headers.get("content-type") or [""]
    if response.status_code >= 400 and "json" in content_type[0]:
        data = json.loads(body)
        assert isinstance(data, dict) and set(data) == {"error"}, body[:300]
        assert set(data["error"]) == {"code", "message", "param"}, body[:300]
    return None


@pytest.mark.parametrize("path,method,mode", CASES)
def test_every_operation_conforms_to_the_spec(api_schema, path, method, mode):
    operation = api_schema[path][method]

    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        response = case.call()  # no Accept header: errors come as the documented JSON envelope
        response_body = response.get_data(as_text=True) if hasattr(response, "get_data") else response.text
        assert response.status_code < 500, (path, case.query, response.status_code, response_body[:300])
        case.validate_response(response, additional_checks=[error_envelope_without_internals],
                               excluded_checks=EXCLUDED)

    run()
