"""Loaders: read parliamentary documents into typed records, extract facts, map them to RDF."""
