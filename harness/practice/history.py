"""Every run, grade, compare and mock interview, and the code each run, grade and mock graded (the `versions`
table, by content hash), kept in SQLite under the user's data directory.

SHOUSI_DATA overrides the folder (tests, CI). The database is written in WAL mode with a busy timeout, each record
in one transaction, so two graders writing at once lose nothing and a grader killed mid-write leaves it consistent.
A file that is not a usable database is moved aside (with a message saying where) and a fresh one started.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,                -- UTC, ISO 8601
    problem TEXT NOT NULL,
    command TEXT NOT NULL,           -- run, grade, compare, mock
    file_hash TEXT,
    verdict TEXT,
    passed INTEGER, total INTEGER,
    time_ms REAL, reference_ms REAL, ratio REAL,
    mock INTEGER                     -- the mock interview this attempt belongs to
);
CREATE INDEX IF NOT EXISTS attempts_problem ON attempts (problem, at);
CREATE TABLE IF NOT EXISTS hints (problem TEXT PRIMARY KEY, shown INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS versions (   -- every graded file, by content: attempts.file_hash names its row
    hash TEXT PRIMARY KEY,           -- sha256 of the bytes, hex
    content BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS mocks (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, minutes INTEGER NOT NULL, problems TEXT NOT NULL,
    finished TEXT, summary TEXT
);
"""


def data_dir() -> Path:
    """Where shousi keeps its data: SHOUSI_DATA, else the platform's user data directory."""
    if os.environ.get("SHOUSI_DATA"):
        return Path(os.environ["SHOUSI_DATA"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("shousi", appauthor=False))


@dataclass
class Attempt:
    at: str
    problem: str
    command: str
    verdict: str | None
    passed: int | None
    total: int | None
    time_ms: float | None
    reference_ms: float | None
    ratio: float | None
    file_hash: str | None = None
    mock: int | None = None


@dataclass
class MockRecord:
    """One mock interview as kept: when it started, the minutes allowed, its problems, its one-line summary (None
    while unfinished) and the scorecard's attempt per problem (a problem without one was not attempted)."""

    id: int
    started: str
    minutes: float
    problems: list[str]
    finished: str | None
    summary: str | None
    scored: dict[str, Attempt]


def content_hash(content: bytes) -> str:
    """The name a version is kept under: the sha256 of its bytes, in hex."""
    return hashlib.sha256(content).hexdigest()


def file_hash(path: Path) -> str | None:
    """The content hash of the file as it is now, or None when it cannot be read."""
    try:
        return content_hash(Path(path).read_bytes())
    except OSError:
        return None


class History:
    """The history database; `History.open()` finds, creates or repairs it."""

    def __init__(self, connection: sqlite3.Connection, path: Path, notice: str = ""):
        self.connection, self.path, self.notice = connection, path, notice

    @classmethod
    def open(cls, folder: Path | None = None) -> "History":
        folder = folder or data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "history.sqlite3"
        try:
            return cls(_connect(path), path)
        except sqlite3.DatabaseError as exc:
            if not _corrupt(exc):
                raise  # busy or unwritable: not a reason to touch the file
            aside = path.with_name(f"history.corrupt-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3")
            for suffix in ("", "-wal", "-shm"):
                if Path(f"{path}{suffix}").exists():
                    os.replace(f"{path}{suffix}", f"{aside}{suffix}")
            notice = f"the history database was unreadable ({exc}); moved it to {aside} and started afresh"
            return cls(_connect(path), path, notice)

    def close(self) -> None:
        self.connection.close()

    def record(self, attempt: Attempt, source: bytes | None = None) -> None:
        """Add one attempt, and the code it graded (`source`, kept under `attempt.file_hash`), atomically."""
        with self.connection:
            if source is not None:
                self.connection.execute("INSERT OR IGNORE INTO versions (hash, content) VALUES (?, ?)",
                                        (attempt.file_hash, source))
            self.connection.execute(
                "INSERT INTO attempts (at, problem, command, file_hash, verdict, passed, total, time_ms,"
                " reference_ms, ratio, mock) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt.at, attempt.problem, attempt.command, attempt.file_hash, attempt.verdict, attempt.passed,
                 attempt.total, attempt.time_ms, attempt.reference_ms, attempt.ratio, attempt.mock),
            )

    def attempts(self, problem: str | None = None) -> list[Attempt]:
        """Every attempt, oldest first (of one problem, if given)."""
        query = "SELECT at, problem, command, verdict, passed, total, time_ms, reference_ms, ratio, file_hash, mock" \
                " FROM attempts" + (" WHERE problem = ?" if problem else "") + " ORDER BY at, id"
        return [Attempt(*row) for row in self.connection.execute(query, (problem,) if problem else ())]

    def kept(self, problem: str) -> dict[str, bytes]:
        """The code of the problem's attempts, by hash, where it is kept (compares, and attempts older than the
        versions table, have a hash but no code)."""
        rows = self.connection.execute("SELECT hash, content FROM versions WHERE hash IN"
                                       " (SELECT file_hash FROM attempts WHERE problem = ?)", (problem,))
        return {digest: bytes(content) for digest, content in rows}

    def statuses(self) -> dict[str, str]:
        """solved (a grade was accepted) or attempted, per problem with any record."""
        rows = self.connection.execute(
            "SELECT problem, MAX(command IN ('grade', 'mock') AND verdict = 'accepted') FROM attempts GROUP BY problem")
        return {problem: "solved" if solved else "attempted" for problem, solved in rows}

    def hints_shown(self, problem: str) -> int:
        row = self.connection.execute("SELECT shown FROM hints WHERE problem = ?", (problem,)).fetchone()
        return row[0] if row else 0

    def show_hint(self, problem: str, count: int) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT INTO hints (problem, shown) VALUES (?, ?) ON CONFLICT(problem) DO UPDATE SET shown = ?",
                (problem, count, count))

    def start_mock(self, minutes: float, problems: list[str]) -> int:
        with self.connection:
            cursor = self.connection.execute("INSERT INTO mocks (started, minutes, problems) VALUES (?, ?, ?)",
                                             (now(), minutes, ",".join(problems)))
        return cursor.lastrowid

    def finish_mock(self, mock: int, summary: str) -> None:
        with self.connection:
            self.connection.execute("UPDATE mocks SET finished = ?, summary = ? WHERE id = ?", (now(), summary, mock))

    def mocks(self) -> list[MockRecord]:
        """Every mock interview, newest first, each with its scorecard (its last "mock" attempt per problem)."""
        scored: dict[int, dict[str, Attempt]] = {}
        for attempt in self.attempts():
            if attempt.command == "mock" and attempt.mock is not None:
                scored.setdefault(attempt.mock, {})[attempt.problem] = attempt
        rows = self.connection.execute("SELECT id, started, minutes, problems, finished, summary FROM mocks"
                                       " ORDER BY id DESC")
        return [MockRecord(mock, started, minutes, problems.split(",") if problems else [], finished, summary,
                           scored.get(mock, {})) for mock, started, minutes, problems, finished, summary in rows]


class Corrupt(sqlite3.DatabaseError):
    """The file is not a consistent database."""


def _corrupt(exc: sqlite3.DatabaseError) -> bool:
    """Only a file that is not a database, or a damaged one, is moved aside; "database is locked" is not."""
    return isinstance(exc, Corrupt) or getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def _connect(path: Path, attempts: int = 50) -> sqlite3.Connection:
    """Open (creating if need be) the database, waiting out a writer that holds it (e.g. while it turns on WAL)."""
    for attempt in range(attempts):
        try:
            return _open(path)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)
    raise AssertionError("unreachable")


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout=30000")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.executescript(SCHEMA)
        connection.execute("SELECT COUNT(*) FROM attempts").fetchone()
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise Corrupt("integrity check failed")
    except sqlite3.DatabaseError:
        connection.close()
        raise
    connection.isolation_level = ""  # back to transactions: `with connection` commits or rolls back
    return connection


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def streak(attempts: list[Attempt], today: dt.date | None = None) -> int:
    """Days in a row, ending today or yesterday, with at least one graded attempt."""
    days = {dt.datetime.fromisoformat(a.at).astimezone().date() for a in attempts if a.command in ("grade", "mock")}
    day = today or dt.date.today()
    if day not in days:
        day -= dt.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= dt.timedelta(days=1)
    return count
