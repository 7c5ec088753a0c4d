# O(n^2) by hashing: for each i, one pass over the rest with a set of values seen, and a set of sorted tuples to
# drop repeats; a plain snake_case function returning tuples. The slowest approach accepted.
def three_sum(nums):
    nums = sorted(nums)
    found = set()
    for i in range(len(nums) - 2):
        a = nums[i]
        seen = set()
        for b in nums[i + 1:]:
            if -a - b in seen:
                found.add((a, -a - b, b))
            seen.add(b)
    return [list(t) for t in found]
