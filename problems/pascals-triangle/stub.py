class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        raise NotImplementedError("write your solution to pascals-triangle here, then run `shousi run pascals-triangle`")
