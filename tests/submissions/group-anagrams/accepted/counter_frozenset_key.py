# A Counter's items, frozen, as the key: the slowest key that is still right (a Counter per word).
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups[frozenset(Counter(s).items())].append(s)
        return list(groups.values())
