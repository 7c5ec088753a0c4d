# The same with a plain dict and get(); a plain function.
def subarray_sum(nums, k):
    seen = {0: 1}
    prefix = result = 0
    for x in nums:
        prefix += x
        result += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return result
