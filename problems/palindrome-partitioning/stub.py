class Solution:
    def partition(self, s: str) -> List[List[str]]:
        raise NotImplementedError("write your solution to palindrome-partitioning here, then run `shousi run palindrome-partitioning`")
