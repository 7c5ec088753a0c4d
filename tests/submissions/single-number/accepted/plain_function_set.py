"""A plain snake_case function with a set: add a value when first seen, remove it when seen again. O(n) space."""


def single_number(nums):
    seen = set()
    for x in nums:
        if x in seen:
            seen.remove(x)
        else:
            seen.add(x)
    return seen.pop()
