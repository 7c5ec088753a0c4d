class Solution:
    def partitionLabels(self, s: str) -> list[int]:
        """Greedy: a part must reach the last occurrence of every letter in it. Walk s extending the current part's
        end to the furthest last occurrence seen; when the walk reaches that end, the part is closed. O(n)."""
        last = {c: i for i, c in enumerate(s)}
        sizes: list[int] = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, last[c])
            if i == end:
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
