"""newsfacet's search library: schema, store, index, query in, results with facets and snippets out.

Importing this package opens nothing: no index, no store. Flask never appears here.
"""
