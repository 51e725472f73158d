"""Logging that never carries message text or personal data.

Our own records log an event name and whitelisted fields (channel, person,
case reference, counts, error class). The person is never the database's
pseudonym, nor a prefix of it: it is replaced by a keyed hash under a random key
that lives only in this process and changes every UTC day, so lines of one day
can be followed while no line can be joined to the database (or to an erased
person's former rows). Records from libraries are
reduced to their logger, level and message template, without arguments or
exception text, because libraries put URLs (with the bot token), chat ids
and message contents there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

SAFE_FIELDS = frozenset(
    {
        "event",
        "channel",
        "person",
        "case",
        "count",
        "error",
        "key",
        "locale",
        "attempts",
        "status",
        "transport",
        "seconds",
        "row",
    }
)
QUIET_LIBRARIES = (
    "httpx",
    "httpcore",
    "telegram",
    "signalbot",
    "aiosqlite",
    "apscheduler",
    "websockets",
    "aiohttp",
    "PIL",  # at DEBUG it logs EXIF values (camera serials, GPS) in its messages
    "pypdf",
)


class DailyPrefix:
    """Log-only person ids: HMAC-SHA256 under a per-day random key never written down."""

    def __init__(self) -> None:
        self._day = ""
        self._key = b""

    def __call__(self, value: object, day: str) -> str:
        if day != self._day:
            self._day, self._key = day, secrets.token_bytes(32)
        digest = hmac.new(self._key, str(value).encode("utf-8", "replace"), hashlib.sha256)
        return "p" + digest.hexdigest()[:7]


class SafeFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__()
        self.prefix = DailyPrefix()

    def format(self, record: logging.LogRecord) -> str:
        """The record as one JSON line, made once per record: the terminal and the log
        file both write it, and two events per message are on the hot path."""
        line = getattr(record, "_cre_line", None)
        if isinstance(line, str):
            return line
        line = self._line(record)
        record._cre_line = line
        return line

    def _line(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "at": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        if record.name.startswith("cre"):
            fields = getattr(record, "fields", {})
            entry.update({k: v for k, v in fields.items() if k in SAFE_FIELDS})
            if entry.get("person") is not None:
                day = time.strftime("%Y-%m-%d", time.gmtime(record.created))
                entry["person"] = self.prefix(entry["person"], day)
            entry.setdefault("event", str(record.msg))
        else:
            entry["event"] = "library"
            entry["template"] = str(record.msg)[:120]
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


SAID_AT_START = frozenset({"runtime.no_coordinator", "outbox.waiting"})
"""Events ``cre-bot`` also prints as sentences when it starts: the console's terminal
shows the sentence only."""


class TerminalFormatter(SafeFormatter):
    """One readable line for the person at the console: ``cre-bot: warning: event (k=v)``.
    Only the whitelisted fields, as in the JSON log."""

    def format(self, record: logging.LogRecord) -> str:
        entry = json.loads(super().format(record))
        level, name = entry.pop("level"), entry.pop("event")
        for key in ("at", "logger"):
            entry.pop(key, None)
        details = ", ".join(f"{k}={v}" for k, v in entry.items())
        return f"cre-bot: {level}: {name}" + (f" ({details})" if details else "")


def _not_said_at_start(record: logging.LogRecord) -> bool:
    return getattr(record, "fields", {}).get("event") not in SAID_AT_START


class LogFileHandler(logging.FileHandler):
    """The log file, quiet when it cannot be written (disk full): one JSON line on stderr
    per failing spell instead of a traceback for every record.

    A log file that has never been written is not reported: that happens only when
    the disk is already full at start, and the start-up error then says so in its
    one sentence.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")
        self._failed = False
        self._reported = False
        self._worked = False

    def emit(self, record: logging.LogRecord) -> None:
        self._failed = False
        super().emit(record)
        if not self._failed:
            self._reported = False
            self._worked = True

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed = True
        if self._worked and not self._reported:
            self._reported = True
            error = sys.exc_info()[0]
            name = error.__name__ if error is not None else "unknown"
            line = {"level": "warning", "event": "log.write_failed", "error": name}
            sys.stderr.write(json.dumps(line) + "\n")


def setup_logging(level: str, data_dir: Path | None, quiet_terminal: bool = False) -> None:
    """Log to stderr and to ``<data_dir>/logs/cre-bot.log`` (mode 0600).

    ``quiet_terminal`` keeps the terminal for warnings only, for the console
    channel, where the person chatting reads the same terminal.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    formatter = SafeFormatter()
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(formatter)
    if quiet_terminal:
        stream.setLevel(logging.WARNING)
        stream.setFormatter(TerminalFormatter())
        stream.addFilter(_not_said_at_start)
    root.addHandler(stream)
    if data_dir is not None:
        logs = data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = logs / "cre-bot.log"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        file_handler = LogFileHandler(path)
        file_handler.setFormatter(formatter)
        root.addHandler(file_handler)
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **fields: Any) -> None:
    """Log ``name`` with whitelisted fields; anything else is dropped by the formatter."""
    logger.log(level, name, extra={"fields": {"event": name, **fields}})
