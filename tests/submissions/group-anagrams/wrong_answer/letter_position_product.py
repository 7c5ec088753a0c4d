# Multiplies letter positions a = 1 ... z = 26 instead of primes: "ad" = 1 x 4 = "bb" = 2 x 2, and "a" = "aa" = "" = 1.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            key = 1
            for ch in s:
                key *= ord(ch) - 96
            groups[key].append(s)
        return list(groups.values())
