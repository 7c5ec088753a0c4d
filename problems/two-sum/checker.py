"""Two Sum accepts either order of the one valid pair: two distinct indices whose numbers add up to target."""

from harness.brief import brief
from harness.checkers import ACCEPT, reject

OPTIONS: dict = {}


def check(given, expected, got, options):
    nums, target = given["nums"], given["target"]
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return reject(f"expected a list of two indices, got {brief(got)}")
    i, j = got
    if not all(isinstance(k, int) and not isinstance(k, bool) for k in (i, j)):
        return reject(f"indices must be integers, got {brief(got)}")
    if not (0 <= i < len(nums) and 0 <= j < len(nums)):
        return reject(f"index out of range in {brief(got)} (len(nums) = {len(nums)})")
    if i == j:
        return reject(f"{brief(got)} uses the element nums[{i}] = {nums[i]} twice; expected {brief(expected)}")
    if nums[i] + nums[j] != target:
        return reject(f"nums[{i}] + nums[{j}] = {nums[i] + nums[j]}, not {target}; expected {brief(expected)}")
    return ACCEPT
