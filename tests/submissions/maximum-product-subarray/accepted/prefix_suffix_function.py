"""A plain function: the best product is a prefix or a suffix product of some zero-free segment, so scan both
ways, restarting after each zero (and counting the zero itself)."""


def max_product(nums):
    best = max(nums)
    for order in (nums, nums[::-1]):
        product = 1
        for x in order:
            product = x if product == 0 else product * x
            best = max(best, product)
    return best
