"""Min Stack by a plain list: top is the last element, getMin the smallest of all of them, found by a loop.
Short random call lists over few values (ties are common), never popping or reading an empty stack."""

INT_MIN, INT_MAX = -2**31, 2**31 - 1


def inputs(rng):
    while True:
        pool = rng.choice([[0, 1], [-1, 0, 1, 2], [INT_MIN, INT_MAX, 0, -1], list(range(-5, 6))])
        operations, arguments, size = ["MinStack"], [[]], 0
        for _ in range(rng.randint(1, 40)):
            roll = rng.random()
            if size == 0 or roll < 0.4:
                operations.append("push")
                arguments.append([rng.choice(pool)])
                size += 1
            elif roll < 0.65:
                operations.append("pop")
                arguments.append([])
                size -= 1
            else:
                operations.append(rng.choice(["top", "getMin"]))
                arguments.append([])
        yield {"operations": operations, "arguments": arguments}


def solve(operations, arguments):
    items, outputs = [], [None]
    for operation, args in zip(operations[1:], arguments[1:]):
        result = None
        if operation == "push":
            items.append(args[0])
        elif operation == "pop":
            del items[len(items) - 1]
        elif operation == "top":
            result = items[len(items) - 1]
        else:
            result = items[0]
            for x in items:
                if x < result:
                    result = x
        outputs.append(result)
    return outputs
