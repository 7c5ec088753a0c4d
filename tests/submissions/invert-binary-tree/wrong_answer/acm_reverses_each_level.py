"""ACM mode: cuts the input line into levels of 1, 2, 4, ... entries and reverses each, nulls included: the
mirror of a heap-indexed tree, not of LeetCode's list, where a null's children are not listed (right on perfect
trees only)."""
import json

values, out, size = json.loads(input()), [], 1
while values:
    out += values[:size][::-1]
    values, size = values[size:], size * 2
while out and out[-1] is None:
    out.pop()
print(json.dumps(out, separators=(",", ":")))
