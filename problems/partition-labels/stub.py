class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        raise NotImplementedError("write your solution to partition-labels here, then run `shousi run partition-labels`")
