# O(n) time, O(n) space: not what the interviewer wants, but the grader cannot see memory.
def first_missing_positive(nums):
    present = set(nums)
    k = 1
    while k in present:
        k += 1
    return k
