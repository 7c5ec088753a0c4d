"""ACM mode: s as a JSON string on stdin, the palindrome printed as a JSON string; expand around the centres."""
import json
import sys

s = json.loads(sys.stdin.readline())
best = s[0]
for centre in range(2 * len(s) - 1):
    lo, hi = centre // 2, (centre + 1) // 2
    while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
        lo, hi = lo - 1, hi + 1
    if hi - lo - 1 > len(best):
        best = s[lo + 1:hi]
print(json.dumps(best))
