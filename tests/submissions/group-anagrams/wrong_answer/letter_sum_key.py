# Keys by the sum of the letter codes (and the length): "ad" and "bc" both sum to 197.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups[(len(s), sum(map(ord, s)))].append(s)
        return list(groups.values())
