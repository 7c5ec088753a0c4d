"""The key is the 26 letter counts joined into one string with no separator: one a and ten bs ("110" then zeros)
and eleven as ("11" "0" then zeros) give the same key, so they land in one group."""

from collections import defaultdict


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in strs:
            counts = [0] * 26
            for ch in word:
                counts[ord(ch) - ord("a")] += 1
            groups["".join(map(str, counts))].append(word)
        return list(groups.values())
