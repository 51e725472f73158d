"""The language guesser's cost: start-up, resident memory and time per guess.

Run ``.venv/bin/python -m bench.language``. Start-up and memory are measured in a fresh
interpreter (the import of lingua and the building of the detector for the shipped
languages, low-accuracy mode, as ``bot/language.py`` builds it); memory is the growth of
the resident set (``VmRSS``), which is what the host pays for. Guesses are timed for a
greeting (answered by the lexicon) and for sentences (the statistical model), each the
median of several runs.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

PROBE = """
import json, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
before = rss()
start = time.perf_counter()
from bot.language import LanguageGuesser
from flows.core.policy import LANGUAGES
guess = LanguageGuesser(LANGUAGES)
built = time.perf_counter() - start
guess("Une entreprise minière a détruit notre rivière et nos champs.")
first = time.perf_counter() - start
print(json.dumps({"load_s": built, "first_guess_s": first, "rss_mb": rss() - before}))
"""

SENTENCES = (
    "Kampuni ya madini imeharibu mto wetu na mashamba ya kijiji.",
    "شركة التعدين دمرت النهر والمزارع في قريتنا منذ سنتين.",
    "Une entreprise minière a détruit notre rivière et nos champs.",
    "A mining company destroyed our river and the fields of our village.",
)


def per_guess(guess: Callable[[str], object], texts: tuple[str, ...], number: int = 200) -> float:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(number):
            for text in texts:
                guess(text)
        runs.append((time.perf_counter() - start) / (number * len(texts)))
    return statistics.median(runs)


def main() -> None:
    loads = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    from bot.language import LanguageGuesser
    from flows.core.policy import LANGUAGES

    guess = LanguageGuesser(LANGUAGES)
    print(
        f"load (import + build, fresh process): "
        f"{statistics.median(x['load_s'] for x in loads) * 1000:.0f} ms"
    )
    print(
        f"first guess done after: "
        f"{statistics.median(x['first_guess_s'] for x in loads) * 1000:.0f} ms"
    )
    print(f"resident memory added: {statistics.median(x['rss_mb'] for x in loads):.1f} MB")
    greeting = per_guess(guess, ("habari", "السلام عليكم", "bonjour"))
    print(f"per guess, greeting (lexicon): {greeting * 1e6:.1f} µs")
    print(f"per guess, sentence (model): {per_guess(guess, SENTENCES, 50) * 1e6:.1f} µs")


if __name__ == "__main__":
    main()
