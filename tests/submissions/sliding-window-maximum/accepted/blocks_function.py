# Blocks of k: each window is a suffix of one block and a prefix of the next; a plain function.
def max_sliding_window(nums, k):
    n = len(nums)
    prefix = nums[:]
    suffix = nums[:]
    for i in range(1, n):
        if i % k:
            prefix[i] = max(prefix[i - 1], nums[i])
    for i in range(n - 2, -1, -1):
        if (i + 1) % k:
            suffix[i] = max(suffix[i + 1], nums[i])
    return [max(suffix[i], prefix[i + k - 1]) for i in range(n - k + 1)]
