"""RDF storage: vocabulary, records → quads, the embedded store and remote SPARQL servers."""
from __future__ import annotations


def open_store(location: str | None = None, create: bool = True, read_only: bool = False):
    """The embedded Oxigraph store at a directory, or a SPARQL server at an
    http(s):// or sparql+http(s):// URL; both have the same interface."""
    from kg.graph.remote import RemoteStore, is_remote
    from kg.graph.store import Store, default_location
    loc = location or default_location()
    if is_remote(loc):
        return RemoteStore.open(loc, create=create, read_only=read_only)
    return Store.open(loc, create=create, read_only=read_only)
