# The starts and the ends sorted separately, never paired again: a merged interval closes after the k-th end
# exactly when the (k+1)-th start lies beyond it. Correct, though it looks as if it mixes up the intervals.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        starts = sorted(s for s, _ in intervals)
        ends = sorted(e for _, e in intervals)
        merged, first = [], 0
        for k in range(len(starts)):
            if k == len(starts) - 1 or starts[k + 1] > ends[k]:
                merged.append([starts[first], ends[k]])
                first = k + 1
        return merged
