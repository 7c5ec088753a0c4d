"""A Fenwick tree over the values shifted to 1..20001: the best dp among smaller values is a prefix maximum,
O(n log V)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        size = 20001
        tree = [0] * (size + 1)
        best = 0
        for x in nums:
            i = x + 10000  # value v sits at index v + 10001, so indices 1..i hold the values below x
            q, k = 0, i
            while k > 0:
                q = max(q, tree[k])
                k -= k & -k
            cur = q + 1
            best = max(best, cur)
            k = i + 1
            while k <= size:
                if tree[k] < cur:
                    tree[k] = cur
                k += k & -k
        return best
