"""A plain function: the same walk, the suffix reversed by slice assignment."""


def next_permutation(nums):
    i = len(nums) - 2
    while i >= 0 and nums[i] >= nums[i + 1]:
        i -= 1
    if i >= 0:
        j = max(k for k in range(i + 1, len(nums)) if nums[k] > nums[i])
        nums[i], nums[j] = nums[j], nums[i]
    nums[i + 1:] = nums[i + 1:][::-1]
