# A variable window that never holds more of a letter than p does: when it reaches len(p) it is an anagram.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        left_over = [0] * 26
        for c in p:
            left_over[ord(c) - 97] += 1
        res = []
        left = 0
        for right, c in enumerate(s):
            k = ord(c) - 97
            left_over[k] -= 1
            while left_over[k] < 0:
                left_over[ord(s[left]) - 97] += 1
                left += 1
            if right - left + 1 == len(p):
                res.append(left)
        return res
