"""ACM mode: n on stdin; the boards printed as a JSON list."""
import json

n = int(input())
boards = []


def place(r, cols):
    if r == n:
        boards.append(["." * c + "Q" + "." * (n - 1 - c) for c in cols])
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != r - pr for pr, pc in enumerate(cols)):
            place(r + 1, cols + [c])


place(0, [])
print(json.dumps(boards, separators=(",", ":")))
