"""Entry by entry C(r, k) = C(r, k - 1) * ((r - k + 1) / k) with the fraction taken first as a float and each
entry truncated by int(): 462 in row 11 comes out 461.99999999999994 and answers 461."""
class Solution:
    def generate(self, numRows):
        res = []
        for r in range(numRows):
            c = 1; row = [1]
            for k in range(1, r + 1):
                c *= (r - k + 1) / k
                row.append(int(c))
            res.append(row)
        return res
