# O(n log n): sort, skip equal neighbours, extend on +1; a plain snake_case function.
def longest_consecutive(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = run = 1
    for prev, x in zip(nums, nums[1:]):
        if x == prev:
            continue
        run = run + 1 if x == prev + 1 else 1
        best = max(best, run)
    return best
