"""Follow-up chains (problems/chains.toml): the order in which interviewers go from one problem to the next.

`shousi mock --chain NAME` asks a chain's problems in order, each started from the candidate's accepted answer to
the one before; `shousi list` shows the chains; `shousi check` validates the file.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from harness.errors import UsageError

FILE = "chains.toml"
KEYS = {"title", "title_zh", "problems"}


@dataclass(frozen=True)
class Chain:
    name: str
    title: str
    title_zh: str
    problems: tuple[str, ...]

    def title_in(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title


def chains() -> tuple[Chain, ...]:
    """Every chain of the catalogue, in the file's order (none without the file)."""
    from harness import catalogue

    return _load(catalogue.root() / "problems" / FILE)


@lru_cache(maxsize=None)
def _load(path: Path) -> tuple[Chain, ...]:
    if not path.is_file():
        return ()
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(Chain(name, table.get("title", name), table.get("title_zh", table.get("title", name)),
                       tuple(table.get("problems", ()))) for name, table in spec.items())


def resolve(name: str) -> Chain:
    """The chain called `name` (or a unique prefix of it); a usage error naming the chains otherwise."""
    found, wanted = {chain.name: chain for chain in chains()}, name.strip().lower()
    if wanted in found:
        return found[wanted]
    matches = [chain for chain in found.values() if chain.name.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    close = difflib.get_close_matches(wanted, found, n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    raise UsageError(f"no chain {name!r}.{hint} The chains: {', '.join(found) or 'none'} (`shousi list` shows them)")


def findings(base: Path, ids: set[str]) -> list[str]:
    """What is wrong with `base`/problems/chains.toml: bad TOML, unknown keys, unknown or repeated problem ids."""
    path = base / "problems" / FILE
    if not path.is_file():
        return []
    try:
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return [f"{FILE}: not valid TOML: {exc}"]
    found = []
    for name, table in spec.items():
        if not isinstance(table, dict):
            found.append(f"{FILE}: {name} is not a table")
            continue
        found += [f"{FILE}: [{name}] has an unknown key {key!r} (keys: {', '.join(sorted(KEYS))})"
                  for key in sorted(set(table) - KEYS)]
        members = table.get("problems")
        if not isinstance(members, list) or len(members) < 2 or not all(isinstance(m, str) for m in members):
            found.append(f"{FILE}: [{name}] problems must list two or more problem ids")
            continue
        found += [f"{FILE}: [{name}] names {member!r}, which is no problem of the catalogue"
                  for member in members if member not in ids]
        if len(set(members)) < len(members):
            found.append(f"{FILE}: [{name}] names a problem twice")
        if not all(isinstance(table.get(key), str) and table.get(key) for key in ("title", "title_zh")):
            found.append(f"{FILE}: [{name}] needs a title and a title_zh")
    return found
