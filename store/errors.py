"""Why a store refuses to open, whatever its backend (with :class:`store.crypto.KeyProblem`)."""

from __future__ import annotations


class SchemaTooNew(Exception):
    """The database was written by a newer CRE Bot; refuse rather than damage it."""
