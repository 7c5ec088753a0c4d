"""Find Median from Data Stream by a plain list: findMedian sorts a copy of everything added and takes the middle
value, or the mean of the two middle values. Short random call lists over narrow ranges (ties are common), never
asking for the median of nothing."""


def inputs(rng):
    while True:
        pool = rng.choice([[0, 1], list(range(-3, 4)), [-10**5, 10**5, 0, -1, 1], None])
        operations, arguments, size = ["MedianFinder"], [[]], 0
        for _ in range(rng.randint(1, 30)):
            if size == 0 or rng.random() < 0.55:
                operations.append("addNum")
                arguments.append([rng.choice(pool) if pool else rng.randint(-10**5, 10**5)])
                size += 1
            else:
                operations.append("findMedian")
                arguments.append([])
        yield {"operations": operations, "arguments": arguments}


def solve(operations, arguments):
    values, outputs = [], [None]
    for operation, args in zip(operations[1:], arguments[1:]):
        if operation == "addNum":
            values.append(args[0])
            outputs.append(None)
        else:
            ordered = sorted(values)
            n = len(ordered)
            if n % 2:
                outputs.append(float(ordered[n // 2]))
            else:
                outputs.append((ordered[n // 2 - 1] + ordered[n // 2]) / 2)
    return outputs
