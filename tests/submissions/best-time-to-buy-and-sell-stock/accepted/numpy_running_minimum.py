"""NumPy: prices minus their running minimum, then the largest."""
import numpy as np


class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        a = np.array(prices, dtype=np.int64)
        return int((a - np.minimum.accumulate(a)).max())
