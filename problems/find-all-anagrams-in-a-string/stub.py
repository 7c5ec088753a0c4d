class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        raise NotImplementedError("write your solution to find-all-anagrams-in-a-string here, then run `shousi run find-all-anagrams-in-a-string`")
