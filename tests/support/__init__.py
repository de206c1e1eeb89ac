"""Helpers shared by the robustness tests (kill, concurrency, hostile input, properties, schemathesis)."""
