"""newsfacet's web app (placeholder until the web module lands)."""
