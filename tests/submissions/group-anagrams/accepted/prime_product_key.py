# One prime per letter, multiplied: unique factorisation makes the product a one-to-one key, a big integer for
# 100 letters; slower than a sort, and still accepted.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101]
        groups = {}
        for s in strs:
            key = 1
            for ch in s:
                key *= primes[ord(ch) - 97]
            groups.setdefault(key, []).append(s)
        return list(groups.values())
