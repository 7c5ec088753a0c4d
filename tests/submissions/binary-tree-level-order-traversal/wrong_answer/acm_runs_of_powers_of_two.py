"""ACM mode: cuts the input line into runs of 1, 2, 4, ... entries and drops the nulls: the levels of a heap array,
not of LeetCode's list, where a null's children are not listed."""
import json

values, levels, size = json.loads(input()), [], 1
while values:
    run = [v for v in values[:size] if v is not None]
    if run:
        levels.append(run)
    values, size = values[size:], size * 2
print(json.dumps(levels))
