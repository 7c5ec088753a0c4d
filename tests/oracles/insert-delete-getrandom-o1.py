"""RandomizedSet by a plain Python set; getRandom answers any member (the checker judges draws by membership)."""

OPERATIONS = ("insert", "remove", "getRandom")


def inputs(rng):
    while True:
        operations, arguments, members = ["RandomizedSet"], [[]], set()
        for _ in range(rng.randint(1, 40)):
            operation = rng.choice(OPERATIONS if members else OPERATIONS[:2])
            operations.append(operation)
            if operation == "getRandom":
                arguments.append([])
                continue
            value = rng.randint(-5, 5)
            arguments.append([value])
            (members.add if operation == "insert" else members.discard)(value)
        yield {"operations": operations, "arguments": arguments}


def solve(operations, arguments):
    members, outputs = set(), [None]
    for operation, args in zip(operations[1:], arguments[1:]):
        if operation == "getRandom":
            outputs.append(next(iter(members)))
        elif operation == "insert":
            outputs.append(args[0] not in members)
            members.add(args[0])
        else:
            outputs.append(args[0] in members)
            members.discard(args[0])
    return outputs
