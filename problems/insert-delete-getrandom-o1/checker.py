"""RandomizedSet: insert and remove must return what the reference's did; every getRandom must return a member of
the set as it is at that moment; and every long run of getRandom on an unchanged set must look uniform."""

from harness.brief import brief
from harness.checkers import ACCEPT, reject
from harness.checkers.distribution import uniformity_complaint
from harness.checkers.operations import first_difference, same_output

OPTIONS = {"min_draws": 1000}  # shorter runs are checked for membership only


def check(given, expected, got, options):
    members: set[int] = set()
    draws: list[int] = []  # the current run of getRandom on an unchanged set
    unfair: list[str] = []

    def close_run():
        if len(draws) >= options["min_draws"] and not unfair:
            complaint = uniformity_complaint(draws, members)
            if complaint:
                unfair.append(complaint)
        draws.clear()

    def judge(index, want, have):
        operation, arguments = given["operations"][index], given["arguments"][index]
        if operation == "getRandom":
            if type(have) is not int or have not in members:
                return f"returned {brief(have)}, which is not in the set {brief(sorted(members))}"
            draws.append(have)
            return None
        value = arguments[0] if arguments else None
        if (operation == "insert") == (value not in members) and operation in ("insert", "remove"):
            close_run()  # the set is about to change
            (members.add if operation == "insert" else members.discard)(value)
        return same_output(index, want, have)

    outcome = first_difference(given, expected, got, judge)
    if not outcome.ok:
        return outcome
    close_run()
    return reject(f"getRandom is {unfair[0]}") if unfair else ACCEPT
