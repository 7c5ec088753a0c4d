"""Top K Frequent Elements by counting each distinct value with a loop over nums, then taking the values of the k
largest counts by repeatedly removing the value with the largest count. Short lists whose answer is unique (the
k-th largest count is above the next one), as the problem guarantees."""


def inputs(rng):
    while True:
        n = rng.randint(1, 14)
        width = rng.choice([0, 2, 5, 20000])
        low = rng.randint(-10**4, 10**4 - width)
        nums = [rng.randint(low, low + width) for _ in range(n)]
        counts = sorted((sum(1 for x in nums if x == v) for v in set(nums)), reverse=True)
        k = rng.randint(1, len(counts))
        if k == len(counts) or counts[k - 1] > counts[k]:
            yield {"nums": nums, "k": k}


def solve(nums, k):
    counts = {}
    for v in nums:
        if v not in counts:
            counts[v] = sum(1 for x in nums if x == v)
    answer = []
    for _ in range(k):
        best = None
        for v in counts:
            if best is None or counts[v] > counts[best]:
                best = v
        answer.append(best)
        del counts[best]
    return answer
