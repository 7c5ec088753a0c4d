# No sorting: the tuple of 26 letter counts is the key; a plain snake_case function.
from collections import defaultdict


def group_anagrams(strs):
    groups = defaultdict(list)
    for s in strs:
        count = [0] * 26
        for ch in s:
            count[ord(ch) - ord("a")] += 1
        groups[tuple(count)].append(s)
    return list(groups.values())
