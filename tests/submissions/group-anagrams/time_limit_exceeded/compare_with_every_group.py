# No hash map: each word is compared (by sorting both) with one member of every group found so far, O(n^2 k log k)
# when no two words are anagrams.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = []
        for s in strs:
            for group in groups:
                if sorted(group[0]) == sorted(s):
                    group.append(s)
                    break
            else:
                groups.append([s])
        return groups
