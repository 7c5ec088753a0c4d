"""ACM mode: reads the line raw, so the JSON quotes around s count as characters."""
s = input()
best = start = 0
last = {}
for i, ch in enumerate(s):
    if last.get(ch, -1) >= start:
        start = last[ch] + 1
    last[ch] = i
    best = max(best, i - start + 1)
print(best)
