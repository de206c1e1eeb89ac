"""newsfacet's indexer: pages in, clean articles with people, organisations, places and dates out,
written to the store and the Whoosh index through search/. Importing it loads no model."""
