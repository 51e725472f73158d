"""The store ports in memory, for tests: the same observable behaviour as
:mod:`store.sqlite` (``tests/store/test_contract.py`` runs over both), nothing
sealed and nothing on disk. A transaction works on a copy of the tables that
replaces them only if it commits."""
