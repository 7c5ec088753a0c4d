# A "fast" key: the length and the smallest and largest letters: "abc" and "acc" collide.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups[(len(s), min(s, default=""), max(s, default=""))].append(s)
        return list(groups.values())
