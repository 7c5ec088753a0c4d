class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        raise NotImplementedError("write your solution to daily-temperatures here, then run `shousi run daily-temperatures`")
