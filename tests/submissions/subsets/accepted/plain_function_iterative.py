"""A plain function, iterative: start from the empty subset, and add each number to a copy of every subset so far."""


def subsets(nums):
    res = [[]]
    for x in nums:
        res += [s + [x] for s in res]
    return res
