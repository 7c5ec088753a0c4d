# A count array of 25 slots: the letter z indexes slot 25, past the end (IndexError).
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for s in strs:
            count = [0] * 25
            for ch in s:
                count[ord(ch) - ord("a")] += 1
            groups[tuple(count)].append(s)
        return list(groups.values())
