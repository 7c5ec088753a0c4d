"""Names the method palindromePartition: neither Solution.partition nor a function partition."""


class Solution:
    def palindromePartition(self, s: str) -> List[List[str]]:
        return [list(s)]
