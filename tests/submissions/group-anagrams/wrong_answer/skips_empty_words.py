# Guards against the empty word by skipping it, so [""] answers [] and the empty words vanish from the groups.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            if not s:
                continue
            groups["".join(sorted(s))].append(s)
        return list(groups.values())
