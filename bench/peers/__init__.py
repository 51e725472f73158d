"""cre-bot against two python-telegram-bot peers on one loopback fake Bot API.

Run with ``python -m bench.peers`` (``--quick`` for a short run). The peers
are what a developer would write without cre-bot: a bare echo bot (the
ceiling: no state, no storage) and a ``ConversationHandler`` with
``PicklePersistence`` asking the same intake questions (the usual way).
Each bot runs as its own process so its CPU time and memory are its own.
"""
