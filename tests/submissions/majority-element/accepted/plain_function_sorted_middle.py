"""A plain snake_case function: sort and take the middle, which the majority always covers. O(n log n)."""


def majority_element(nums):
    return sorted(nums)[len(nums) // 2]
