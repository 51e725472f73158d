"""Settings: defaults, validation messages, environment over file."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import ConfigError, load_settings
from tests.support.transcript import run_script


def test_defaults_run_the_console(tmp_path: Path) -> None:
    settings = load_settings({}, tmp_path / "none.toml")
    assert settings.data_dir == Path("data")
    assert not settings.telegram and not settings.signal
    assert settings.telegram_webhook_url is None


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    toml = tmp_path / "cre.toml"
    toml.write_text('data_dir = "/srv/cre"\nreply_days = "3"\n')
    settings = load_settings({"CRE_REPLY_DAYS": "7"}, toml)
    assert settings.data_dir == Path("/srv/cre")
    assert settings.policy.reply_days == 7


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"CRE_TELEGRAM_TOKEN": "not a token"}, "@BotFather"),
        ({"CRE_SIGNAL_SERVICE": "127.0.0.1:8080"}, "CRE_SIGNAL_NUMBER"),
        ({"CRE_SIGNAL_SERVICE": "x:1", "CRE_SIGNAL_NUMBER": "0712"}, "international"),
        ({"CRE_TELEGRAM_WEBHOOK_URL": "http://bot.example.org/hook"}, "https://"),
        ({"CRE_TELEGRAM_WEBHOOK_LISTEN": "8443"}, "host:port"),
        ({"CRE_TELEGRAM_WEBHOOK_SECRET": "has spaces"}, "A-Z"),
        ({"CRE_REPLY_DAYS": "soon"}, "CRE_REPLY_DAYS"),
        ({"CRE_LOG_LEVEL": "LOUD"}, "CRE_LOG_LEVEL"),
        ({"CRE_TELEGRAM_MAX_RATE": "fast"}, "CRE_TELEGRAM_MAX_RATE"),
        ({"CRE_TELEGRAM_MAX_RATE": "-1"}, "between 0"),
        ({"CRE_TELEGRAM_CHAT_RATE": "nan"}, "CRE_TELEGRAM_CHAT_RATE"),
    ],
)
def test_problems_are_explained(tmp_path: Path, environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ, tmp_path / "none.toml")


def test_unknown_file_settings_are_refused(tmp_path: Path) -> None:
    toml = tmp_path / "cre.toml"
    toml.write_text('telegram_tokn = "x"\n')
    with pytest.raises(ConfigError, match="unknown settings"):
        load_settings({}, toml)


def test_secrets_never_show_in_a_repr(tmp_path: Path) -> None:
    token, master = "123456:SECRET-token-value", "U0VDUkVULW1hc3Rlci1rZXktdmFsdWUtMzItYnl0ZXMhIQ=="
    settings = load_settings(
        {
            "CRE_DATA_DIR": str(tmp_path),
            "CRE_TELEGRAM_TOKEN": token,
            "CRE_MASTER_KEY": master,
            "CRE_TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook",
            "CRE_TELEGRAM_WEBHOOK_SECRET": "SECRETwebhook",
        },
        tmp_path / "absent.toml",
    )
    shown = repr(settings) + str(settings) + repr([settings])
    for secret in (token, master, "SECRETwebhook", "SECRET-token"):
        assert secret not in shown


def test_quotas_and_throttle_are_settings() -> None:
    settings = load_settings(
        {"CRE_FILES_PER_DAY": "5", "CRE_FILE_MB_PER_DAY": "50", "CRE_MESSAGES_PER_MINUTE": "12"},
        toml_path=Path("/nonexistent/cre.toml"),
    )
    assert settings.policy.max_files_per_day == 5
    assert settings.policy.max_file_bytes_per_day == 50 * 2**20
    assert settings.policy.inbound_per_minute == 12
    defaults = load_settings({}, toml_path=Path("/nonexistent/cre.toml")).policy
    assert (defaults.max_files_per_day, defaults.inbound_per_minute) == (30, 30)
    for name, bad in (("CRE_FILES_PER_DAY", "0"), ("CRE_MESSAGES_PER_MINUTE", "lots")):
        with pytest.raises(ConfigError, match=name):
            load_settings({name: bad}, toml_path=Path("/nonexistent/cre.toml"))


def test_send_rates_are_settings(tmp_path: Path) -> None:
    """Telegram's bulk limit by default; 0 lifts a limit (benchmarks, a paid plan)."""
    defaults = load_settings({}, tmp_path / "none.toml")
    assert (defaults.telegram_max_rate, defaults.telegram_chat_rate) == (30.0, 1.0)
    lifted = load_settings(
        {"CRE_TELEGRAM_MAX_RATE": "0", "CRE_TELEGRAM_CHAT_RATE": "2.5"}, tmp_path / "none.toml"
    )
    assert (lifted.telegram_max_rate, lifted.telegram_chat_rate) == (0.0, 2.5)


COMING_BACK = ["@hint sw", "/start", "ndio", "2", "Chama cha Wavuvi", "@wait 3h", "habari"]
"""Item 1: a person pauses three hours at the relationship question, then says "habari"."""


def test_resume_after_hours_sets_when_a_returning_person_is_reminded(tmp_path: Path) -> None:
    """``CRE_RESUME_AFTER_HOURS`` (default 12) is the gap after which the first message is
    a reminder of where the person was, not an answer; it is validated like every setting."""
    assert load_settings({}, tmp_path / "none.toml").policy.resume_after_hours == 12
    short = load_settings({"CRE_RESUME_AFTER_HOURS": "2"}, tmp_path / "none.toml").policy
    assert short.resume_after_hours == 2
    reminded = run_script(COMING_BACK, policy=short).split("> habari\n")[1]
    assert reminded.startswith("< welcome-back\n")
    taken = run_script(COMING_BACK).split("> habari\n")[1]  # 3 h < the default 12 h
    assert "welcome-back" not in taken
    for wrong in ("0", "soon", "1000"):
        with pytest.raises(ConfigError, match="CRE_RESUME_AFTER_HOURS"):
            load_settings({"CRE_RESUME_AFTER_HOURS": wrong}, tmp_path / "none.toml")


def test_grants_confirm_days_is_a_validated_setting(tmp_path: Path) -> None:
    """``CRE_GRANTS_CONFIRM_DAYS`` (default 3) is how long a grants working group has to
    confirm a proposed ranking before it goes to the coordinator (issue 14)."""
    assert load_settings({}, tmp_path / "none.toml").policy.grants_confirm_days == 3
    policy = load_settings({"CRE_GRANTS_CONFIRM_DAYS": "7"}, tmp_path / "none.toml").policy
    assert policy.grants_confirm_days == 7
    for wrong in ("0", "soon", "61", "-2"):
        with pytest.raises(ConfigError, match="CRE_GRANTS_CONFIRM_DAYS"):
            load_settings({"CRE_GRANTS_CONFIRM_DAYS": wrong}, tmp_path / "none.toml")
