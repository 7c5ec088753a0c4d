class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        raise NotImplementedError("write your solution to group-anagrams here, then run `shousi run group-anagrams`")
