# Pasted from LeetCode as is: relies on List and defaultdict being predefined; returns a list of tuples.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        ans = defaultdict(list)
        for s in strs:
            ans[tuple(sorted(s))].append(s)
        return [tuple(group) for group in ans.values()]
