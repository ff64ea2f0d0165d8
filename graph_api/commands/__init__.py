"""Subcommands of `parlgraph` that live in modules of their own, registered by `graph_api.cli`,
and what every command shares (`options`)."""
