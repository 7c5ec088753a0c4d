# Finds any overlapping pair, merges it and starts over: O(n^2) per merge, O(n^3) when many merges wait behind
# intervals that overlap nothing.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        res = [list(p) for p in intervals]
        merged = True
        while merged:
            merged = False
            for i in range(len(res)):
                for j in range(i + 1, len(res)):
                    if res[i][0] <= res[j][1] and res[j][0] <= res[i][1]:
                        res[i] = [min(res[i][0], res[j][0]), max(res[i][1], res[j][1])]
                        res.pop(j)
                        merged = True
                        break
                if merged:
                    break
        return res
