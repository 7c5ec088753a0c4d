"""In-place problems (problem.toml's `in_place`): judged on the input as the call left it, whatever the call
returns; a wrong answer whose input came back unchanged says that rebinding the name changes nothing."""

from __future__ import annotations

import json

from click.testing import CliRunner

from harness.cli import main
from tests.conftest import SUBMISSIONS


def grade_json(path) -> dict:
    result = CliRunner().invoke(main, ["grade", "move-zeroes", str(path), "--json"])
    return json.loads(result.output)


def test_a_rebound_name_is_told_so():
    data = grade_json(SUBMISSIONS / "move-zeroes" / "wrong_answer" / "rebinds_nums.py")
    assert data["verdict"] == "wrong_answer"
    assert "`nums` is exactly as it was passed in" in data["message"] and "nums[:] = ..." in data["message"]
    assert data["failure"]["got"] == [0, 1, 0, 3, 12]


def test_a_wrong_change_is_not_blamed_on_rebinding():
    data = grade_json(SUBMISSIONS / "move-zeroes" / "wrong_answer" / "swaps_zero_with_the_end.py")
    assert data["verdict"] == "wrong_answer" and "passed in" not in data["message"]


def test_what_the_call_returns_is_ignored():
    assert grade_json(SUBMISSIONS / "move-zeroes" / "accepted" / "returns_the_list_too.py")["verdict"] == "accepted"
    assert grade_json(SUBMISSIONS / "move-zeroes" / "wrong_answer" / "returns_a_new_list.py")["verdict"] == \
        "wrong_answer"
