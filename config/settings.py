"""Settings from environment variables and an optional ``cre.toml``, checked at start.

Environment variables win over the file, so secrets can stay out of it. Any
problem is reported as one clear sentence naming the setting to fix.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from flows.core.policy import Policy
from flows.followup.policy import FollowupPolicy
from flows.funding.review import RULES
from flows.report.model import HEADLINE_IDS
from store.crypto import Keyring

DEFAULT_TELEGRAM_API = "https://api.telegram.org/bot"
DEFAULT_SIGNAL_DISAPPEARING = 7 * 24 * 3600
"""Disappearing-messages timer set on each requester's Signal chat: one week."""
SIGNAL_DISAPPEARING_RANGE = (60, 28 * 24 * 3600)
KEY_FILE = "keys.json"


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_url: str = DEFAULT_TELEGRAM_API
    telegram_webhook_url: str | None = None
    telegram_webhook_listen: str = "127.0.0.1:8443"
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    telegram_max_rate: float = 30.0
    """Messages per second to Telegram in all (its documented bulk limit); 0: no limit."""
    telegram_chat_rate: float = 1.0
    """Messages per second to one Telegram chat after a burst of three; 0: no limit."""
    signal_service: str | None = None
    signal_number: str | None = None
    signal_disappearing: int = DEFAULT_SIGNAL_DISAPPEARING
    master_key: str | None = field(default=None, repr=False)
    key_file_path: Path | None = None
    """``CRE_KEY_FILE``: the key file kept apart from the data (another disk, a mounted
    secret), so a copy of the data directory alone cannot be read."""
    log_level: str = "INFO"
    policy: Policy = field(default_factory=Policy)
    report_targets: tuple[tuple[str, int], ...] = ()
    """Headline id → target, shown beside the figure in the annual report."""

    @property
    def key_file(self) -> Path:
        return self.key_file_path or self.data_dir / KEY_FILE

    @property
    def telegram(self) -> bool:
        return self.telegram_token is not None

    @property
    def signal(self) -> bool:
        return self.signal_service is not None

    def keyring(self) -> Keyring:
        """The keys: from CRE_MASTER_KEY when set, else from the data dir's key file."""
        if self.master_key:
            return Keyring.from_master(self.master_key)
        return Keyring.read(self.key_file)


_KEYS = {
    "CRE_DATA_DIR": "data_dir",
    "CRE_TELEGRAM_TOKEN": "telegram_token",
    "CRE_TELEGRAM_API_URL": "telegram_api_url",
    "CRE_TELEGRAM_WEBHOOK_URL": "telegram_webhook_url",
    "CRE_TELEGRAM_WEBHOOK_LISTEN": "telegram_webhook_listen",
    "CRE_TELEGRAM_WEBHOOK_SECRET": "telegram_webhook_secret",
    "CRE_TELEGRAM_MAX_RATE": "telegram_max_rate",
    "CRE_TELEGRAM_CHAT_RATE": "telegram_chat_rate",
    "CRE_SIGNAL_SERVICE": "signal_service",
    "CRE_SIGNAL_NUMBER": "signal_number",
    "CRE_SIGNAL_DISAPPEARING": "signal_disappearing",
    "CRE_MASTER_KEY": "master_key",
    "CRE_KEY_FILE": "key_file",
    "CRE_LOG_LEVEL": "log_level",
    "CRE_REPLY_DAYS": "reply_days",
    "CRE_FILES_PER_DAY": "files_per_day",
    "CRE_FILE_MB_PER_DAY": "file_mb_per_day",
    "CRE_MESSAGES_PER_MINUTE": "messages_per_minute",
    "CRE_CHECKIN_DAYS": "checkin_days",
    "CRE_QUIET_HOURS": "quiet_hours",
    "CRE_PROMPTS_PER_DAY": "prompts_per_day",
    "CRE_LASTING_DAYS": "lasting_days",
    "CRE_GRANTS_QUORUM": "grants_quorum",
    "CRE_GRANTS_APPROVAL": "grants_approval",
    "CRE_GRANTS_CONFIRM_DAYS": "grants_confirm_days",
    "CRE_REPORT_TARGETS": "report_targets",
    "CRE_UNCONSENTED_HOURS": "unconsented_hours",
    "CRE_RETENTION_DAYS": "retention_days",
    "CRE_RESUME_AFTER_HOURS": "resume_after_hours",
}


def load_settings(
    environ: Mapping[str, str] | None = None, toml_path: Path | None = None
) -> Settings:
    env = dict(os.environ if environ is None else environ)
    values: dict[str, str] = {}
    path = toml_path or Path(env.get("CRE_CONFIG", "cre.toml"))
    if path.exists():
        try:
            loaded = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        except OSError as exc:
            raise ConfigError(f"{path} cannot be read ({type(exc).__name__})") from exc
        unknown = set(loaded) - set(_KEYS.values())
        if unknown:
            raise ConfigError(
                f"{path}: unknown settings {sorted(unknown)}; known: {sorted(_KEYS.values())}"
            )
        values.update({k: str(v) for k, v in loaded.items()})
    for variable, name in _KEYS.items():
        if env.get(variable, "").strip():
            values[name] = env[variable].strip()
    return _validate(values)


def _validate(values: dict[str, str]) -> Settings:
    token = values.get("telegram_token")
    if token is not None and (":" not in token or " " in token):
        raise ConfigError(
            "CRE_TELEGRAM_TOKEN does not look like a bot token from @BotFather "
            "(expected digits:letters)"
        )
    api = values.get("telegram_api_url", DEFAULT_TELEGRAM_API)
    if urlparse(api).scheme not in ("http", "https"):
        raise ConfigError(
            f"CRE_TELEGRAM_API_URL must be an http(s) URL, for example {DEFAULT_TELEGRAM_API}"
        )
    webhook = values.get("telegram_webhook_url")
    if webhook is not None and urlparse(webhook).scheme != "https":
        raise ConfigError(
            "CRE_TELEGRAM_WEBHOOK_URL must be the public https:// address "
            "Telegram should post updates to"
        )
    listen = values.get("telegram_webhook_listen", "127.0.0.1:8443")
    if ":" not in listen or not listen.rsplit(":", 1)[1].isdigit():
        raise ConfigError(
            "CRE_TELEGRAM_WEBHOOK_LISTEN must be host:port, for example 127.0.0.1:8443"
        )
    secret = values.get("telegram_webhook_secret")
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ConfigError(
            "CRE_TELEGRAM_WEBHOOK_SECRET may only use A-Z a-z 0-9 _ - (1 to 256 characters)"
        )
    service = values.get("signal_service")
    number = values.get("signal_number")
    if (service is None) != (number is None):
        raise ConfigError(
            "Signal needs both CRE_SIGNAL_SERVICE (host:port of "
            "signal-cli-rest-api) and CRE_SIGNAL_NUMBER"
        )
    if service is not None and (":" not in service or not service.rsplit(":", 1)[1].isdigit()):
        raise ConfigError("CRE_SIGNAL_SERVICE must be host:port, for example 127.0.0.1:8080")
    if number is not None and not (number.startswith("+") and number[1:].isdigit()):
        raise ConfigError("CRE_SIGNAL_NUMBER must be in international form, like +2547...")
    disappearing = _signal_disappearing(values.get("signal_disappearing"))
    key_file = _key_file(values.get("key_file"), values.get("master_key"))
    level = values.get("log_level", "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError("CRE_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR")
    days = values.get("reply_days", "5")
    if not days.isdigit() or not 1 <= int(days) <= 60:
        raise ConfigError("CRE_REPLY_DAYS must be a whole number of days between 1 and 60")
    return Settings(
        data_dir=Path(values.get("data_dir", "data")).expanduser(),
        telegram_token=token,
        telegram_api_url=api,
        telegram_webhook_url=webhook,
        telegram_webhook_listen=listen,
        telegram_webhook_secret=secret,
        telegram_max_rate=_rate(values, "telegram_max_rate", 30.0, 1000.0),
        telegram_chat_rate=_rate(values, "telegram_chat_rate", 1.0, 100.0),
        signal_service=service,
        signal_number=number,
        signal_disappearing=disappearing,
        master_key=values.get("master_key"),
        key_file_path=key_file,
        log_level=level,
        report_targets=_targets(values.get("report_targets")),
        policy=Policy(
            reply_days=int(days),
            signal_number=number,
            max_files_per_day=_whole(values, "files_per_day", 30, (1, 1000)),
            max_file_bytes_per_day=_whole(values, "file_mb_per_day", 200, (1, 10_000)) * 2**20,
            inbound_per_minute=_whole(values, "messages_per_minute", 30, (5, 6000)),
            followup=_followup(values),
            grants_quorum=_whole(values, "grants_quorum", 2, (1, 50)),
            grants_approval=_approval(values.get("grants_approval", "majority")),
            grants_confirm_days=_whole(values, "grants_confirm_days", 3, (1, 60)),
            unconsented_hours=_whole(values, "unconsented_hours", 24, (1, 24 * 30)),
            retention_days=_whole(values, "retention_days", 730, (30, 36500)),
            resume_after_hours=_whole(values, "resume_after_hours", 12, (1, 720)),
        ),
    )


def _whole(values: Mapping[str, str], name: str, default: int, bounds: tuple[int, int]) -> int:
    """A whole-number setting within ``bounds``, or a one-sentence error naming it."""
    raw = values.get(name, str(default)).strip()
    low, high = bounds
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(f"CRE_{name.upper()} must be a whole number between {low} and {high}")
    return int(raw)


def _rate(values: Mapping[str, str], name: str, default: float, high: float) -> float:
    """Messages per second, 0 meaning no limit (a lifted limit is for tests and benchmarks)."""
    raw = values.get(name, str(default)).strip()
    try:
        rate = float(raw)
    except ValueError:
        rate = -1.0
    if not 0 <= rate <= high:
        raise ConfigError(
            f"CRE_{name.upper()} must be a number of messages per second between 0 "
            f"(no limit) and {high:g}, for example {default:g}"
        )
    return rate


def _followup(values: Mapping[str, str]) -> FollowupPolicy:
    """Check-in cadence, quiet hours, the daily cap and the lasting follow-up (issue 13)."""
    quiet = values.get("quiet_hours", "21-8").strip().lower()
    if quiet == "off":
        start = end = 0
    else:
        match = re.fullmatch(r"(\d{1,2})-(\d{1,2})", quiet)
        if match is None or not all(0 <= int(h) <= 23 for h in match.groups()):
            raise ConfigError(
                "CRE_QUIET_HOURS must be START-END in local hours (for example 21-8), or off"
            )
        start, end = int(match[1]), int(match[2])
    return FollowupPolicy(
        cadence_days=_whole(values, "checkin_days", 14, (7, 90)),
        quiet_start=start,
        quiet_end=end,
        per_day=_whole(values, "prompts_per_day", 1, (0, 10)),
        lasting_days=_whole(values, "lasting_days", 182, (0, 730)),
    )


def _approval(value: str) -> str:
    """How a grants working group approves (issue 14)."""
    if value not in RULES:
        raise ConfigError(f"CRE_GRANTS_APPROVAL must be one of {', '.join(RULES)}")
    return value


def _targets(value: str | None) -> tuple[tuple[str, int], ...]:
    """``collaborations=150, requests=200``: the annual report's targets."""
    if value is None:
        return ()
    found: list[tuple[str, int]] = []
    for item in value.replace(";", ",").split(","):
        name, _, number = item.strip().partition("=")
        name, number = name.strip(), number.strip().replace("_", "")
        if not item.strip():
            continue
        if name not in HEADLINE_IDS or not number.isdigit():
            raise ConfigError(
                "CRE_REPORT_TARGETS must be name=number pairs separated by commas, such as "
                f"collaborations=150, with names among {', '.join(HEADLINE_IDS)}"
            )
        found.append((name, int(number)))
    return tuple(found)


def _signal_disappearing(value: str | None) -> int:
    """Seconds for the Signal disappearing-messages timer; 0 turns the default off."""
    if value is None:
        return DEFAULT_SIGNAL_DISAPPEARING
    low, high = SIGNAL_DISAPPEARING_RANGE
    if not value.isdigit() or not (int(value) == 0 or low <= int(value) <= high):
        raise ConfigError(
            "CRE_SIGNAL_DISAPPEARING must be 0 (off) or a number of seconds between "
            f"{low} and {high} (4 weeks), for example {DEFAULT_SIGNAL_DISAPPEARING} for one week"
        )
    return int(value)


def _key_file(value: str | None, master_key: str | None) -> Path | None:
    """``CRE_KEY_FILE``: a file path (it may not exist yet: ``cre-admin init`` makes it)."""
    if value is None:
        return None
    if master_key:
        raise ConfigError(
            "set CRE_KEY_FILE or CRE_MASTER_KEY, not both: the keys come from one of them"
        )
    path = Path(value).expanduser()
    if path.is_dir() or value.endswith(("/", "\\")):
        raise ConfigError(
            "CRE_KEY_FILE must name a file, for example /run/secrets/cre-keys.json, not a directory"
        )
    if not path.parent.is_dir():
        raise ConfigError(
            f"CRE_KEY_FILE is in {path.parent}, which does not exist: mount or create it first"
        )
    return path
