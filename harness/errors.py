"""The errors the harness raises on purpose: one root, and one child per party at fault.

    ShousiError
    ├── UsageError       the user's input (exit 2): UnknownProblem, InputError
    ├── ProblemError     the catalogue's: a malformed problem package (internal error, exit 1)
    └── GradingFault     the harness's, or a reference solution's (internal error, exit 1)

The CLI turns them into one line each, in one place (`harness.cli`); a grade turns the last two into the
`internal_error` verdict. What the user's own code raises is never one of these: it is a verdict.
"""

from __future__ import annotations


class ShousiError(Exception):
    """The root: an error the harness foresaw, with whose fault it is and the exit code it ends the command with."""

    fault = "harness"
    exit_code = 1


class UsageError(ShousiError):
    """What the user typed or passed cannot be used: a usage error, exit code 2."""

    fault = "user"
    exit_code = 2


class UnknownProblem(UsageError):
    """What the user typed names no problem, or several; the message says which ids come closest."""


class InputError(UsageError):
    """Text that is not a case in LeetCode's format (`run --input`), or a value outside the constraints."""


class ProblemError(ShousiError):
    """A problem package is malformed (problem.toml, cases.py, a checker): the catalogue's fault, never the user's."""

    fault = "catalogue"


class GradingFault(ShousiError):
    """The harness or a reference solution failed: reported as internal_error, never blamed on the user."""

    fault = "harness"
