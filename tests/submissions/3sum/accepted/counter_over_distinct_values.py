# Over distinct values only: for x <= y, the third value z = -x - y must satisfy z >= y and have enough copies.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        count = Counter(nums)
        values = sorted(count)
        res = []
        for i, x in enumerate(values):
            if x > 0:
                break
            for y in values[i:]:
                z = -x - y
                if z < y:
                    break
                if z not in count:
                    continue
                if x == y == z:
                    ok = count[x] >= 3
                elif x == y:
                    ok = count[x] >= 2
                elif y == z:
                    ok = count[y] >= 2
                else:
                    ok = True
                if ok:
                    res.append([x, y, z])
        return res
