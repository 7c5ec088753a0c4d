"""The grade cache on disk: what preparing a grade computed (harness.grading.kept), and the PyTorch flavour's
expected gradients (harness.grading.gradients), kept across runs under keys of their content.

Preparing a grade (generating the hidden cases, encoding them, running the reference on every one) costs as much
as the user's own run, and its result depends only on what is hashed into the key (`package_key`): every file of
problems/<id>/, the reference solution, the hidden flag, the source of the harness modules that compute them, the
harness's version, and the Python and NumPy versions. An edit to any of them is a new key, so an entry is never
stale; no modification time is trusted.

Entries live in `directory()`: SHOUSI_CACHE, else the platform's user cache directory. Each is a header line (the
key, the lengths of the body and of its blobs, and their CRC-32), a JSON body in the wire format
(harness.sandbox.wire: decoding builds plain data and never runs code), then the blobs (raw bytes of arrays the body
refers to by offset), written to a temporary file renamed over the entry (os.replace), so graders writing at
once, or one killed mid-write, never leave a half entry. An entry that cannot be read, or that its header does not
vouch for, is ignored (and rewritten by the grade that ignored it). Past MAX_BYTES the entries used longest ago are
removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from harness.catalogue.problem import Problem
from harness.sandbox import wire

CACHE_VARIABLE = "SHOUSI_CACHE"
FORMAT = 4  # of an entry; a change of layout changes the keys
MAX_BYTES = 1 << 30  # the whole cache (the catalogue's entries take about 0.9 GB); least recently used go first
STALE_TEMPORARY_S = 600.0  # a temporary file this old was left by a grader that died while writing
# The parts of harness/ that the answers depend on: an edit to one of them is a new key (an edit elsewhere, to the
# reports say, keeps the entries).
ANSWERING = ("loader.py", "catalogue", "checkers", "grading", "sandbox")
LOSSY_TAGS = ('"$opaque"', '"$unsent"')  # wire data that would not restore the value exactly


def directory() -> Path:
    """Where the cache lives: SHOUSI_CACHE, else the platform's user cache directory."""
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE]).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("shousi", appauthor=False))


@lru_cache(maxsize=None)
def _environment_digest() -> str:
    """What every answer depends on beyond the package: the source of the harness that generates the cases, runs
    the reference and reads its answers (ANSWERING), the harness's version, Python's and NumPy's."""
    import harness

    digest = hashlib.sha256(f"{FORMAT} {harness.__version__} {sys.implementation.name} {sys.version}".encode())
    digest.update(_numpy_version())
    source = Path(harness.__file__).resolve().parent
    for part in ANSWERING:
        for path in sorted((source / part).rglob("*.py")) if (source / part).is_dir() else [source / part]:
            _hash_file(digest, path.relative_to(source).as_posix(), path)
    return digest.hexdigest()


def _numpy_version() -> bytes:
    """NumPy's version file (its version and git revision), found without importing NumPy nor importlib.metadata,
    which would cost a grade of a plain-Python problem more than the hash itself."""
    import importlib.util

    spec = importlib.util.find_spec("numpy")
    if spec is None or not spec.origin:
        return b"no numpy"
    folder = Path(spec.origin).parent
    return (folder / "version.py" if (folder / "version.py").is_file() else Path(spec.origin)).read_bytes()


def _hash_file(digest, name: str, path: Path) -> None:
    data = path.read_bytes()
    digest.update(f"\0{name}\0{len(data)}\0".encode())
    digest.update(data)


def _package_files(folder: Path) -> list[Path]:
    """Every file of a package, sorted; bytecode, caches and hidden files (an editor's) do not count."""
    files = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if path.is_file() and "__pycache__" not in parts and not any(p.startswith(".") for p in parts):
            files.append(path)
    return files


def package_key(problem: Problem, hidden: bool) -> str:
    """The key of `problem`'s prepared cases: a hash of everything their answers and times depend on."""
    digest = hashlib.sha256(f"{_environment_digest()} {problem.id} hidden={hidden}".encode())
    for path in _package_files(problem.folder):
        _hash_file(digest, "problems/" + path.relative_to(problem.folder).as_posix(), path)
    _hash_file(digest, "reference", problem.reference)
    return digest.hexdigest()


def derived_key(base: str, *parts: str | bytes) -> str:
    """The key of something computed from what `base` (a `package_key`) covers and from `parts`."""
    digest = hashlib.sha256(base.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(f"\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _path(kind: str, key: str) -> Path:
    return directory() / f"{kind}-{key}.json"


def load_value(kind: str, key: str) -> Any:
    """The value `store_value` kept as `kind` under `key`, or None."""
    body = read(kind, key)
    return None if body is None else wire.from_wire(body)


def store_value(kind: str, key: str, value: Any) -> None:
    """Keep `value` (anything the wire format carries exactly) as `kind` under `key`."""
    write(kind, key, wire.to_wire(value, limit=None))


def read(kind: str, key: str) -> Any:
    """The JSON body of the entry `kind` `key`, when its header line vouches for it, else None."""
    found = read_with_blobs(kind, key)
    return None if found is None else found[0]


def read_with_blobs(kind: str, key: str) -> tuple[Any, list[memoryview]] | None:
    """The JSON body and the blobs of the entry `kind` `key`, when its header line vouches for them, else None."""
    path = _path(kind, key)
    try:
        with open(path, "rb") as file:  # the header line, then the rest: no copy of tens of megabytes
            first, rest = file.readline(), file.read()
        header = json.loads(first)
        sizes = header["blobs"]
        if header != {"format": FORMAT, "key": key, "bytes": header["bytes"], "blobs": sizes,
                      "crc32": zlib.crc32(rest)} or header["bytes"] + sum(sizes) != len(rest):
            return None  # foreign, truncated or corrupt
        view, start = memoryview(rest), header["bytes"]
        entry = json.loads(view[:start].tobytes())
        blobs = []
        for size in sizes:
            blobs.append(view[start:start + size])
            start += size
    except Exception:  # noqa: BLE001 - missing, unreadable or not JSON: recomputed and rewritten
        return None
    try:
        os.utime(path)  # used now: the last to be evicted
    except OSError:
        pass
    return entry, blobs


def write(kind: str, key: str, body: Any, blobs: tuple[bytes, ...] = ()) -> None:
    """Write the entry `kind` `key` (a header line, `body` as JSON, then the `blobs` it refers to); a cache that
    cannot be written, or wire data that would not restore its values exactly, is simply not kept."""
    text = json.dumps(body, separators=(",", ":"))
    if any(tag in text for tag in LOSSY_TAGS):
        return
    data = text.encode("utf-8")
    crc = zlib.crc32(data)
    for blob in blobs:
        crc = zlib.crc32(blob, crc)
    header = json.dumps({"format": FORMAT, "key": key, "bytes": len(data), "blobs": [len(b) for b in blobs],
                         "crc32": crc})
    try:
        write_atomically(_path(kind, key), header.encode("ascii") + b"\n", data, *blobs)
        evict(MAX_BYTES)
    except OSError:
        pass


def write_atomically(path: Path, *parts: bytes) -> None:
    """Write `parts` to `path` through a temporary file renamed over it: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(handle, "wb") as file:
            for part in parts:
                file.write(part)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def evict(max_bytes: int) -> None:
    """Remove the entries used longest ago until the cache holds at most `max_bytes`, and dead temporary files."""
    entries, total, now = [], 0, time.time()
    for path in directory().glob("*.json"):
        try:
            status = path.stat()
        except OSError:  # removed meanwhile by another grader
            continue
        if path.name.startswith(".tmp-"):
            if now - status.st_mtime > STALE_TEMPORARY_S:
                path.unlink(missing_ok=True)
            continue
        entries.append((status.st_mtime, status.st_size, path))
        total += status.st_size
    for _, size, path in sorted(entries):
        if total <= max_bytes:
            break
        path.unlink(missing_ok=True)
        total -= size
