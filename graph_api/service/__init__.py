"""The HTTP service (`parlgraph serve`)."""
