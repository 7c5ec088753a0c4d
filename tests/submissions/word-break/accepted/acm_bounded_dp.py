"""ACM mode: s and wordDict as two JSON lines on stdin, true or false printed; the DP bounded by the longest word."""
import json
import sys

s = json.loads(sys.stdin.readline())
words = set(json.loads(sys.stdin.readline()))
longest = max(len(w) for w in words)
ok = [True] + [False] * len(s)
for i in range(1, len(s) + 1):
    ok[i] = any(ok[j] and s[j:i] in words for j in range(max(0, i - longest), i))
print(json.dumps(ok[-1]))
