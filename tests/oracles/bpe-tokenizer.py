"""BPETokenizer replayed by a transcription of the statement: pair counts by list.count, the winner found by a
scan in order of position (so the earliest of equally frequent pairs wins), merges found by position."""

ALPHABETS = ("ab", "abc", "aab ", "abcd", "a\n", "aé", "你a", "🙂b", "xyz")


def inputs(rng):
    while True:
        alphabet = rng.choice(ALPHABETS)
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        vocab_size = rng.randint(256, 290)
        size = 256 + len(train(text, vocab_size)[0])
        operations, arguments = ["BPETokenizer", "train"], [[], [text, vocab_size]]
        for _ in range(rng.randint(0, 6)):
            name = rng.choice(("encode", "decode", "merges", "vocab"))
            operations.append(name)
            if name == "encode":
                arguments.append(["".join(rng.choice(alphabet + "q") for _ in range(rng.randint(0, 25)))])
            elif name == "decode":
                arguments.append([[rng.randrange(size) for _ in range(rng.randint(0, 8))]])
            else:
                arguments.append([])
        yield {"operations": operations, "arguments": arguments}


def train(text, vocab_size):
    seq, merges, vocab = list(text.encode("utf-8")), {}, {i: bytes([i]) for i in range(256)}
    for new_id in range(256, vocab_size):
        pairs = [(seq[i], seq[i + 1]) for i in range(len(seq) - 1)]
        if not pairs:
            break
        best, best_count = None, 0
        for pair in pairs:  # in order of position: a later pair must be strictly more frequent to win
            if pairs.count(pair) > best_count:
                best, best_count = pair, pairs.count(pair)
        merges[best] = new_id
        vocab[new_id] = vocab[best[0]] + vocab[best[1]]
        seq = replace(seq, best, new_id)
    return merges, vocab


def replace(seq, pair, new_id):
    out, i = [], 0  # by position, left to right: a replaced pair is skipped whole
    while i < len(seq):
        if seq[i:i + 2] == list(pair):
            out.append(new_id)
            i += 2
        else:
            out.append(seq[i])
            i += 1
    return out


def encode(merges, text):
    seq = list(text.encode("utf-8"))
    while True:
        ranks = [merges[(seq[i], seq[i + 1])] for i in range(len(seq) - 1) if (seq[i], seq[i + 1]) in merges]
        if not ranks:
            return seq
        lowest = min(ranks)
        pair = next(p for p, r in merges.items() if r == lowest)
        seq = replace(seq, pair, lowest)


def solve(operations, arguments):
    merges, vocab = train(*arguments[1])
    outputs = [None, None]
    for name, args in zip(operations[2:], arguments[2:]):
        if name == "merges":
            outputs.append(dict(merges))
        elif name == "vocab":
            outputs.append(dict(vocab))
        elif name == "encode":
            outputs.append(encode(merges, args[0]))
        else:
            outputs.append(b"".join(vocab[i] for i in args[0]).decode("utf-8", errors="replace"))
    return outputs
