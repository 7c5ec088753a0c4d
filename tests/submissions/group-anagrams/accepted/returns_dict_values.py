# LeetCode's own solution: returns the dict's values() view itself, which LeetCode's judge reads as a list.
class Solution:
    def groupAnagrams(self, strs):
        ans = defaultdict(list)
        for s in strs:
            ans[tuple(sorted(s))].append(s)
        return ans.values()
