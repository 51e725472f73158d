"""The store ports on one SQLite file (aiosqlite): connection and migrations, then one
module per concern; :mod:`store.sqlite.store` opens it and :mod:`store.sqlite.transaction`
puts the concerns together behind :class:`store.ports.StoreTransaction`."""
