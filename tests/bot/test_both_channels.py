"""Telegram and Signal served by one ``cre-bot`` process, each conversation on its own.

The installed ``cre-bot`` runs as a deployer would start it, configured only
through environment variables, against both loopback fakes.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.bot.fake_signal import FakeSignalApi, person
from tests.bot.fake_telegram import TOKEN, FakeTelegram

BIN = Path(sys.executable).parent
SIGNAL_BOT = "+4915112345678"
TELEGRAM_USER = 424242


async def _until(check: Callable[[], bool], timeout: float = 20) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


async def test_telegram_and_signal_in_one_process(tmp_path: Path) -> None:
    data = tmp_path / "data"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"})
    init = subprocess.run(
        [str(BIN / "cre-admin"), "init", "--quiet"], env=environ, capture_output=True, check=False
    )
    assert init.returncode == 0, init.stderr

    telegram = FakeTelegram()
    signal_api = FakeSignalApi(SIGNAL_BOT)
    await telegram.start()
    await signal_api.start()
    environ.update(
        {
            "CRE_TELEGRAM_TOKEN": TOKEN,
            "CRE_TELEGRAM_API_URL": telegram.api_url,
            "CRE_SIGNAL_SERVICE": signal_api.service,
            "CRE_SIGNAL_NUMBER": SIGNAL_BOT,
        }
    )
    process = await asyncio.create_subprocess_exec(
        str(BIN / "cre-bot"),
        env=environ,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await signal_api.wait_connected(1, timeout=30)
        number, uuid_ = person(1)

        telegram.push_message(TELEGRAM_USER, "/start", language_code="en")
        await signal_api.push_text(number, uuid_, "hello")
        await _until(lambda: len(telegram.texts(TELEGRAM_USER)) >= 2)
        [language] = await signal_api.wait_sent(uuid_, 1, timeout=20)
        assert "1. English" in language  # Signal gives no locale: the language comes first
        assert any("Telegram" in text for text in telegram.texts(TELEGRAM_USER))

        replies = len(telegram.texts(TELEGRAM_USER))
        await signal_api.push_text(number, uuid_, "2")  # Français, on Signal only
        french = await signal_api.wait_sent(uuid_, 2, timeout=20)
        assert french[1].startswith("Bienvenue")
        telegram.push_message(TELEGRAM_USER, "1", language_code="en")  # consent, on Telegram
        await _until(lambda: len(telegram.texts(TELEGRAM_USER)) > replies)
        await asyncio.sleep(0.3)
        english = telegram.texts(TELEGRAM_USER)[replies:]
        assert english and all("Bienvenue" not in text for text in english)
        assert any(text.startswith("Thank you.") for text in english)
        assert signal_api.contacts == [{"expiration_in_seconds": 604800, "recipient": uuid_}]
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(30):
                _, stderr = await process.communicate()
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        await signal_api.stop()
        await telegram.close()
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert number not in stderr.decode() and uuid_ not in stderr.decode()
