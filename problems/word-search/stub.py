class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        raise NotImplementedError("write your solution to word-search here, then run `shousi run word-search`")
