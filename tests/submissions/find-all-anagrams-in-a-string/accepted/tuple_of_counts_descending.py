# Compares tuples of counts, and returns the starts from the last to the first: any order is accepted.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        want = tuple(p.count(c) for c in string.ascii_lowercase)
        counts = [0] * 26
        starts = []
        for i, c in enumerate(s):
            counts[ord(c) - 97] += 1
            if i >= m:
                counts[ord(s[i - m]) - 97] -= 1
            if i >= m - 1 and tuple(counts) == want:
                starts.append(i - m + 1)
        return starts[::-1]
