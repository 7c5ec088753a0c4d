"""Small remembered preferences (the statement language), in config.json beside the history."""

from __future__ import annotations

import json
import locale
import os

from harness.practice.history import data_dir

LANGUAGES = ("en", "zh")


def _path():
    return data_dir() / "config.json"


def load() -> dict:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(**changes) -> None:
    """Merge `changes` into the config file; a config that cannot be written is only not remembered."""
    data = {**load(), **changes}
    try:
        _path().parent.mkdir(parents=True, exist_ok=True)
        _path().write_text(json.dumps(data, indent=2), encoding="utf-8")
    except OSError:
        pass


def language(chosen: str | None = None) -> str:
    """The statement language: the one chosen now (and remembered), else the remembered one, else the locale's."""
    if chosen:
        save(lang=chosen)
        return chosen
    remembered = load().get("lang")
    if remembered in LANGUAGES:
        return remembered
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not system:
        system = (locale.getlocale()[0] or "")
    return "zh" if system.lower().startswith("zh") else "en"
