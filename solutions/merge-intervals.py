class Solution:
    def merge(self, intervals: list[list[int]]) -> list[list[int]]:
        """Sort by start; each interval then either extends the last merged one (it starts at or before that
        one's end) or begins a new one."""
        merged: list[list[int]] = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
