"""The OpenAPI spec served at /api/openapi.json: web/openapi.json plus what the facet registry declares.

web/openapi.json holds everything that is not a facet. Each facet of search/facet_registry.py adds its
filter and ``not_`` parameters (components, every operation whose list holds the ``x-facet-parameters``
marker, the POST body's properties after ``q``), its key in the ``Entities`` schema when it is an entity
facet, and its name in the description of the answer's ``facets``. A new facet is documented by its
registry entry alone.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from search import facet_registry as registry

MARKER = "x-facet-parameters"  # stands, in an operation's parameter list, for every facet parameter


def _parameter(name: str, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True}


def _property(description: str) -> dict:
    return {"description": description,
            "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}


def facet_parameters() -> dict[str, str]:
    """{parameter name: description}, filters first, then exclusions, in registry order."""
    out = {f.name: registry.filter_help(f) for f in registry.FACETS}
    out.update({f.exclude: registry.exclude_help(f) for f in registry.FACETS})
    return out


def _facets_description() -> str:
    terms = [f.name for f in registry.FACETS if f.kind == registry.TERMS]
    days = [f.name for f in registry.FACETS if f.kind == registry.DAYS]
    return f"{', '.join(terms)} (top facet_limit values) and {', '.join(days)} (every day, ascending)."


@lru_cache(maxsize=1)
def spec() -> dict:
    doc = json.loads(resources.files("web").joinpath("openapi.json").read_text("utf-8"))
    params = facet_parameters()
    components = doc["components"]
    components["parameters"].update({name: _parameter(name, text) for name, text in params.items()})
    refs = [{"$ref": f"#/components/parameters/{name}"} for name in params]
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "parameters" in op:
                op["parameters"] = [p for entry in op["parameters"]
                                    for p in (refs if entry.get(MARKER) else [entry])]
    request = components["schemas"]["SearchRequest"]
    props = request["properties"]
    request["properties"] = {"q": props["q"], **{name: _property(text) for name, text in params.items()},
                             **{k: v for k, v in props.items() if k != "q"}}
    components["schemas"]["Entities"] = {
        "type": "object", "description": "Per entity facet: its values in the article, first mention first.",
        "properties": {name: {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}}
                       for name in registry.ENTITY_FACETS}}
    components["schemas"]["SearchAnswer"]["properties"]["facets"]["description"] = _facets_description()
    return doc
