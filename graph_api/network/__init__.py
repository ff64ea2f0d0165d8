"""Who asks whom about what: the network built from the store, its metrics, files and page."""
