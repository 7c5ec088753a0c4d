# A Counter window compared with p's Counter at every step (Python 3.10+ ignores zero counts); a plain function.
from collections import Counter


def find_anagrams(s, p):
    m = len(p)
    target = Counter(p)
    window = Counter(s[:m - 1])
    found = []
    for i in range(m - 1, len(s)):
        window[s[i]] += 1
        if window == target:
            found.append(i - m + 1)
        window[s[i - m + 1]] -= 1
    return found
