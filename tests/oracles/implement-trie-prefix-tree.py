"""Implement Trie by a plain list of the inserted words: search asks whether the word is in the list, startsWith
whether some word in the list starts with the prefix."""


def inputs(rng):
    while True:
        operations, arguments = ["Trie"], [[]]
        alphabet = "ab" if rng.random() < 0.5 else "abc"
        for _ in range(rng.randint(1, 20)):
            word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
            operations.append(rng.choice(["insert", "insert", "search", "startsWith"]))
            arguments.append([word])
        yield {"operations": operations, "arguments": arguments}


def solve(operations, arguments):
    words, out = [], []
    for name, args in zip(operations, arguments):
        if name == "Trie":
            out.append(None)
        elif name == "insert":
            words.append(args[0])
            out.append(None)
        elif name == "search":
            out.append(args[0] in words)
        else:
            out.append(any(w[:len(args[0])] == args[0] for w in words))
    return out
