# A set per group: a word that appears twice is kept once.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(set)
        for s in strs:
            groups["".join(sorted(s))].add(s)
        return [list(group) for group in groups.values()]
