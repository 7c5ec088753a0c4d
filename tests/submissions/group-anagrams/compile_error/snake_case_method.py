# The right algorithm under the wrong name: Solution.group_anagrams is neither Solution.groupAnagrams nor a function.
class Solution:
    def group_anagrams(self, strs):
        groups = defaultdict(list)
        for s in strs:
            groups["".join(sorted(s))].append(s)
        return list(groups.values())
