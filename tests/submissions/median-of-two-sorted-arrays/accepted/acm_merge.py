"""ACM mode: nums1 and nums2 on stdin, one JSON line each; prints the median with five decimals, as LeetCode
shows it."""
import json

a = json.loads(input())
b = json.loads(input())
merged = sorted(a + b)
t = len(merged)
median = merged[t // 2] if t % 2 else (merged[t // 2 - 1] + merged[t // 2]) / 2
print(f"{median:.5f}")
