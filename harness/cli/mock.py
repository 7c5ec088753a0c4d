"""mock: a timed mock interview."""

from __future__ import annotations

import click

from harness import catalogue, report
from harness.practice.record import open_history


@click.command()
@click.option("--minutes", type=click.FloatRange(0.01, 600), default=45, show_default=True, help="Time allowed.")
@click.option("--count", type=click.IntRange(1, 10), default=2, show_default=True, help="How many problems.")
@click.option("--tag", help="Draw from problems with this tag (e.g. ml, leetcode, tokenizer).")
@click.option("--seed", type=int, help="Draw the same problems again.")
def mock(minutes: float, count: int, tag: str | None, seed: int | None) -> None:
    """A timed mock interview: unsolved problems, fresh stubs, a countdown, then a scorecard.

    Press g (or Enter) to hand in early, q to abandon. Everything is graded at the end and kept in the history.
    """
    import random
    import shutil
    import time

    from harness.practice import keys as watching
    from harness.practice.record import remember, statuses
    from harness.grading import grade

    pool = [p for p in catalogue.problems() if not tag or tag.lower() in p.tags]
    solved = statuses(pool)
    unsolved = [p for p in pool if solved.get(p.id) != "solved"] or pool
    if not unsolved:
        raise click.UsageError(f"no problem has the tag {tag!r}")
    chosen = random.Random(seed).sample(unsolved, min(count, len(unsolved)))
    history = open_history()
    mock_id = history.start_mock(round(minutes), [p.id for p in chosen]) if history else None
    folder = catalogue.workspace() / f"mock-{mock_id or int(time.time())}"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for problem in chosen:
        files.append(folder / f"{problem.id.replace('-', '_')}.py")
        shutil.copyfile(problem.stub_path, files[-1])
    report.mock_brief(chosen, files, minutes, report.console)
    deadline = time.monotonic() + minutes * 60
    abandoned = False
    try:
        with watching.keys_mode(), report.countdown(deadline, report.console) as tick:
            while time.monotonic() < deadline:
                keys = watching.pending_keys()
                if "q" in keys:
                    abandoned = True
                    break
                if keys and set(keys) & set("g\n"):
                    break
                tick()
                time.sleep(0.2)
    except KeyboardInterrupt:
        abandoned = True
    used = min(minutes * 60, minutes * 60 - (deadline - time.monotonic()))
    if abandoned:
        report.console.print("Mock interview abandoned; nothing graded.")
        raise SystemExit(1)
    results = [grade(problem, path) for problem, path in zip(chosen, files)]
    remember("mock", results, mock_id)
    summary = report.scorecard(results, used, minutes, report.console)
    if history:
        history.finish_mock(mock_id, summary)
        history.close()
    raise SystemExit(0 if all(r.verdict.value == "accepted" for r in results) else 1)

COMMANDS = (mock,)
