"""BFS with a visited set, but the level is bumped after the frontier is scanned: every answer one too small."""
class Solution:
    def numSquares(self, n: int) -> int:
        squares = [k * k for k in range(1, isqrt(n) + 1)]
        level, frontier, seen = 0, [n], {n}
        while frontier:
            following = []
            for rest in frontier:
                for square in squares:
                    if square == rest:
                        return level
                    if square < rest and rest - square not in seen:
                        seen.add(rest - square)
                        following.append(rest - square)
            frontier = following
            level += 1
