"""A plain function: Manacher's algorithm on the string with separators, O(n)."""


def longest_palindrome(s):
    t = "#" + "#".join(s) + "#"
    radius = [0] * len(t)
    centre = right = 0
    for i in range(len(t)):
        if i < right:
            radius[i] = min(right - i, radius[2 * centre - i])
        while i - radius[i] - 1 >= 0 and i + radius[i] + 1 < len(t) and t[i - radius[i] - 1] == t[i + radius[i] + 1]:
            radius[i] += 1
        if i + radius[i] > right:
            centre, right = i, i + radius[i]
    best = max(range(len(t)), key=lambda i: radius[i])
    start = (best - radius[best]) // 2
    return s[start:start + radius[best]]
