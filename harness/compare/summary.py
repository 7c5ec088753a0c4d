"""`compare`'s finding in one sentence: what failed on the size ladder, how each side grows, and the time ratio.

The ratio's words are `harness.units.comparison`'s (within its NOISE of 1: "about the same"), the same words the
table uses, so that the sentence and the table agree. The sentence is put together from a `Wording`: English here
(the `--json` summary's), Chinese in harness.report.comparing_zh, the same templates by the same keys. Nothing here
prints.
"""

from __future__ import annotations

from harness import units
from harness.grading.verdict import Verdict

LOAD_FAILURES = (Verdict.COMPILE_ERROR, Verdict.FORBIDDEN)  # the file never ran: no size is to blame

# The sentence's pieces, by key; a Wording in another language has the same keys and placeholders.
ENGLISH = {
    "load failed": "{verdict}: {failure}",
    "at the first size": " at n = {n}: {failure}",
    "nothing to compare": "{verdict} on the size ladder{why}; nothing to compare",
    "both look": "both look {mine}",
    "each looks": "yours looks {mine}, the reference {theirs}",
    "yours is": "{at} yours is {speed}",
    "too fast": "too fast to measure against the reference",
    "not enough": "not enough measurements to compare",
    "failed on the ladder": "{verdict} on the size ladder; {finding}",
    "at sizes": "at n = {sizes}",
    "and": " and ",
    "then": ": ",
}


class Wording:
    """The words the sentence is made of, in English; a subclass in another language overrides all five."""

    templates = ENGLISH

    def say(self, key: str, **values) -> str:
        """The piece `key`, its placeholders filled from `values`."""
        return self.templates[key].format(**values)

    def verdict(self, verdict: Verdict) -> str:
        """A verdict's name: 'Wrong Answer'."""
        return verdict.label

    def speed(self, ratio: float) -> str:
        """A time ratio in words: 'about the same', '2.6× slower'; '' for none."""
        return units.comparison(ratio)

    def growth(self, side) -> str:
        """A side's growth: 'O(n)', 'O(1) per call, O(n) in total'."""
        return side.described

    def message(self, text: str) -> str:
        """A message of the grader's (why a size failed), as it is."""
        return text


def sentence(result, words: Wording = Wording()) -> str:
    """The finding: a failure on the ladder, the classes, and the ratio over the largest sizes both finished."""
    if not any(result.user.seconds) and result.verdict is not Verdict.ACCEPTED:
        return nothing_timed(result, words)
    parts = []
    if result.user.complexity and result.reference.complexity:
        parts.append(growth(result, words))
    if result.ratio is not None:
        speed = words.speed(result.ratio) or words.say("too fast")
        parts.append(words.say("yours is", at=at_sizes(result, words), speed=speed))
    finding = words.say("then").join(parts) if parts else words.say("not enough")
    if result.verdict is Verdict.ACCEPTED:
        return finding
    return words.say("failed on the ladder", verdict=words.verdict(result.verdict), finding=finding)


def nothing_timed(result, words: Wording = Wording()) -> str:
    """A file that could not load, or a first size already failed: why, and nothing else."""
    failure = words.message(result.failure)
    if result.verdict in LOAD_FAILURES and result.failure:
        return words.say("load failed", verdict=words.verdict(result.verdict), failure=failure)
    first = result.sizes[0] if result.sizes else 0
    why = words.say("at the first size", n=f"{first:,}", failure=failure) if result.failure else ""
    return words.say("nothing to compare", verdict=words.verdict(result.verdict), why=why)


def growth(result, words: Wording = Wording()) -> str:
    """"both look O(n)", or "yours looks O(n²), the reference O(n)"."""
    mine, theirs = words.growth(result.user), words.growth(result.reference)
    return words.say("both look", mine=mine) if mine == theirs else words.say("each looks", mine=mine, theirs=theirs)


def at_sizes(result, words: Wording = Wording()) -> str:
    """"at n = 5,000 and 10,000": the sizes the ratio was taken over (the largest timed, if not recorded)."""
    sizes = result.ratio_sizes or [result.sizes[max(i for i, t in enumerate(result.user.seconds) if t is not None)]]
    return words.say("at sizes", sizes=words.say("and").join(f"{n:,}" for n in sizes))
