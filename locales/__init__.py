"""Fluent catalogs, one folder per language (``locales/<lang>/main.ftl``).

A package only so that the catalogs ship with the code; nothing here runs.
"""

from pathlib import Path

CATALOG_DIR = Path(__file__).parent
"""Where the ``<lang>/main.ftl`` catalogs live, installed or not."""
