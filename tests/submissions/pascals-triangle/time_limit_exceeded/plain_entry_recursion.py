"""Every entry by C(r, k) = C(r-1, k-1) + C(r-1, k) without a memo: row r alone takes about 2^r calls, 2^30
for 30 rows."""
class Solution:
    def generate(self, numRows: int) -> List[List[int]]:
        def entry(r, k):
            if k == 0 or k == r:
                return 1
            return entry(r - 1, k - 1) + entry(r - 1, k)

        return [[entry(r, k) for k in range(r + 1)] for r in range(numRows)]
