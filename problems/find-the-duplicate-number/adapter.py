"""find-the-duplicate-number's rule that the array is not modified: the call gets the case's list, and after it
the list must be exactly as it was (LeetCode's statement forbids changing it; sorting it, marking seen numbers by
sign or swapping numbers into place all do). A call that changed it is a wrong answer saying where, with the
number it returned shown as its answer."""

from harness.brief import brief
from harness.leetcode import Rejected


def build(given):
    nums = given["nums"]
    return {"nums": nums}, (nums, list(nums))


def answer(returned, state):
    nums, before = state
    if len(nums) != len(before):
        raise Rejected(f"`nums` was modified: it held {len(before)} numbers and after your call it holds {len(nums)}; "
                       f"the array must be left as it is", shown(returned))
    for index, (was, now) in enumerate(zip(before, nums)):
        if not (type(now) is int and now == was):
            raise Rejected(f"`nums` was modified: `nums[{index}]` was {was!r} and after your call it is {now!r}; the "
                           f"array must be left as it is (no sorting it, no marking by sign, no swapping into place)",
                           shown(returned))
    return returned


def shown(returned):
    """What the failing case's panel shows as the answer: the number returned (right or not), or its repr."""
    return returned if type(returned) is int else brief(returned)
