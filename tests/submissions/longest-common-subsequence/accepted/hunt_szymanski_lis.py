"""Hunt-Szymanski: the longest increasing run of match positions, each letter's positions in text2 visited in
decreasing order so that a character of text1 is matched once: O((r + m) log n) for r matching pairs."""
from bisect import bisect_left
from collections import defaultdict
def longest_common_subsequence(text1, text2):
    where = defaultdict(list)
    for j, c in enumerate(text2):
        where[c].append(j)
    tails = []
    for c in text1:
        for j in reversed(where[c]):
            k = bisect_left(tails, j)
            if k == len(tails):
                tails.append(j)
            else:
                tails[k] = j
    return len(tails)
