"""A plain snake_case function: count the colours, then overwrite nums index by index. Two passes, O(1) space."""


def sort_colors(nums):
    counts = [0, 0, 0]
    for x in nums:
        counts[x] += 1
    i = 0
    for colour in range(3):
        for _ in range(counts[colour]):
            nums[i] = colour
            i += 1
