from collections import defaultdict


class Solution:
    def groupAnagrams(self, strs: list[str]) -> list[list[str]]:
        """One pass: anagrams share their letters in sorted order, so that string keys a dict of groups."""
        groups: defaultdict[str, list[str]] = defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())
