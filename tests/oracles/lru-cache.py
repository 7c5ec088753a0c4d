"""LRU Cache by timestamps: every entry records when it was last used, and an eviction scans for the oldest."""


def inputs(rng):
    while True:
        capacity = rng.randint(1, 4)
        keys = rng.randint(1, 7)
        operations, arguments = ["LRUCache"], [[capacity]]
        for _ in range(rng.randint(1, 40)):
            key = rng.randrange(keys)
            if rng.random() < 0.5:
                operations.append("get")
                arguments.append([key])
            else:
                operations.append("put")
                arguments.append([key, rng.choice((0, rng.randint(0, 100)))])
        yield {"operations": operations, "arguments": arguments}


def solve(operations, arguments):
    capacity = arguments[0][0]
    entries = {}  # key -> [value, last use]
    outputs = [None]
    for clock, (operation, args) in enumerate(zip(operations[1:], arguments[1:])):
        key = args[0]
        if operation == "get":
            if key in entries:
                entries[key][1] = clock
                outputs.append(entries[key][0])
            else:
                outputs.append(-1)
            continue
        if key not in entries and len(entries) == capacity:
            oldest = min(entries, key=lambda k: entries[k][1])
            del entries[oldest]
        entries[key] = [args[1], clock]
        outputs.append(None)
    return outputs
