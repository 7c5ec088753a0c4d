def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return (i, seen[target - x])  # reversed order, and a tuple: both fine
        seen[x] = i
