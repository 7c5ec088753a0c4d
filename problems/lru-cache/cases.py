"""Hidden tests for lru-cache: short call lists with pinned outputs, one per classic mistake (a get that does not
refresh, a put on an existing key that does not refresh, does not update or evicts anyway, the most recent key
evicted instead of the least, capacity 1, the value 0 read as a miss, a missed get that inserts its key, an
evicted key left in the map, a capacity off by one), then 2*10^5-call sequences at capacity 3000 that make an
O(capacity) list of keys hopeless.

The long sequences keep the cache full and reuse its most recent keys (temporal locality, as real workloads do):
a key looked up in a list of recency sits near its end, so `list.remove` scans all 3000 entries.
"""

from harness.catalogue.kit import Operations

MAX_CALLS = 2 * 10**5
CAPACITY_MAX = 3000
KEY_MAX = 10**4
VALUE_MAX = 10**5


def lru(capacity):
    return Operations("LRUCache", capacity)


def hidden_cases(rng):
    yield (lru(1).call("put", 1, 1).call("put", 2, 2).call("get", 1).call("get", 2).call("put", 2, 3).call("get", 2)
           .case("capacity 1: each new key evicts the previous one", [None, None, None, -1, 2, None, 3],
                 note_zh="容量为 1：每个新键都会淘汰前一个"))
    yield (lru(2).call("put", 1, 1).call("put", 2, 2).call("get", 1).call("put", 3, 3).call("get", 2).call("get", 1)
           .call("get", 3).case("a get refreshes: 2, not 1, is evicted", [None, None, None, 1, None, -1, 1, 3],
                                note_zh="get 会刷新：被淘汰的是 2 而不是 1"))
    yield (lru(2).call("put", 1, 1).call("put", 2, 2).call("put", 1, 10).call("put", 3, 3).call("get", 1)
           .call("get", 2).call("get", 3)
           .case("a put on an existing key refreshes it: 2 is evicted", [None, None, None, None, None, 10, -1, 3],
                 note_zh="对已存在的键 put 会刷新它：被淘汰的是 2"))
    yield (lru(2).call("put", 1, 1).call("put", 1, 5).call("get", 1)
           .case("a put on an existing key updates its value", [None, None, None, 5], note_zh="对已存在的键 put 会更新它的值"))
    yield (lru(2).call("put", 1, 1).call("put", 2, 2).call("put", 2, 20).call("get", 1).call("get", 2)
           .case("an update in a full cache evicts nothing", [None, None, None, None, 1, 20],
                 note_zh="缓存已满时更新一个已有的键，不淘汰任何键"))
    yield (lru(3).call("put", 1, 1).call("put", 2, 2).call("put", 3, 3).call("put", 4, 4).call("get", 4)
           .call("get", 3).call("get", 2).call("get", 1)
           .case("the least recent key is evicted, not the most recent", [None, None, None, None, None, 4, 3, 2, -1],
                 note_zh="被淘汰的是最久未使用的键，而不是最近使用的"))
    yield (lru(2).call("get", 5).call("put", 0, 0).call("get", 0).call("put", KEY_MAX, VALUE_MAX).call("get", KEY_MAX)
           .case("a get on an empty cache; key 0 with value 0 is a hit; the largest key and value",
                 [None, -1, None, 0, None, VALUE_MAX], note_zh="对空缓存 get；键 0、值 0 是命中；最大的键和值"))
    yield (lru(2).call("put", 1, 1).call("get", 7).call("get", 8).call("put", 2, 2).call("get", 1).call("get", 2)
           .case("a get that misses must not take a place in the cache", [None, None, -1, -1, None, 1, 2],
                 note_zh="未命中的 get 不能在缓存中占位"))
    yield (lru(2).call("put", 1, 1).call("put", 2, 2).call("put", 3, 3).call("get", 1).call("put", 4, 4).call("get", 2)
           .call("get", 3).call("get", 4)
           .case("an evicted key must be gone from the map too", [None, None, None, None, -1, None, -1, 3, 4],
                 note_zh="被淘汰的键也必须从哈希表中删除"))
    yield (lru(3).call("put", 1, 1).call("put", 2, 2).call("put", 3, 3).call("get", 1).call("get", 2).call("get", 3)
           .case("exactly capacity keys: nothing is evicted", [None, None, None, None, 1, 2, 3],
                 note_zh="键的个数恰好等于容量：不淘汰任何键"))
    yield (lru(2).call("put", 2, 1).call("put", 1, 1).call("put", 2, 3).call("put", 4, 1).call("get", 1).call("get", 2)
           .case("the update moved 2 to the front, so 1 is evicted", [None, None, None, None, None, -1, 3],
                 note_zh="更新把 2 移到了最前面，所以淘汰的是 1"))
    yield (lru(2).call("put", 1, 0).call("put", 2, 2).call("get", 1).call("put", 3, 3).call("get", 2).call("get", 1)
           .case("a value 0 is a hit, and its get refreshes", [None, None, None, 0, None, -1, 0],
                 note_zh="值为 0 也是命中，它的 get 也会刷新"))
    yield interleaved(rng, capacity=3, keys=6, calls=2000, note="capacity 3, 6 keys: random gets and puts",
                      note_zh="容量为 3，6 个键：随机的 get 与 put")
    yield interleaved(rng, capacity=50, keys=120, calls=20_000, note="capacity 50, 120 keys: random gets and puts",
                      note_zh="容量为 50，120 个键：随机的 get 与 put")
    yield interleaved(rng, capacity=1, keys=3, calls=MAX_CALLS, note="max calls: capacity 1, 2*10^5 calls",
                      note_zh="最大调用次数：容量为 1，2*10^5 次调用")
    yield hot_keys(rng, hot=20, note="max: capacity 3000, full, then 2*10^5 calls mostly on the 20 most recent keys",
                   note_zh="最大：容量 3000 且已满，然后 2*10^5 次调用，大多落在最近使用的 20 个键上")
    yield hot_keys(rng, hot=300, note="max: capacity 3000, full, then 2*10^5 calls mostly on the 300 most recent keys",
                   note_zh="最大：容量 3000 且已满，然后 2*10^5 次调用，大多落在最近使用的 300 个键上")
    yield interleaved(rng, capacity=CAPACITY_MAX, keys=KEY_MAX + 1, calls=MAX_CALLS,
                      note="max: capacity 3000, 2*10^5 random calls over keys 0..10^4",
                      note_zh="最大：容量 3000，对键 0..10^4 的 2*10^5 次随机调用")
    yield sequential_scan()


def interleaved(rng, capacity, keys, calls, note, note_zh):
    """Random gets and puts (half each) on keys below `keys`."""
    script = lru(capacity)
    for _ in range(calls):
        key = rng.randrange(keys)
        if rng.random() < 0.5:
            script.call("get", key)
        else:
            script.call("put", key, rng.randint(0, VALUE_MAX))
    return script.case(note, note_zh=note_zh)


def hot_keys(rng, hot, note, note_zh):
    """Fill capacity 3000, then mostly gets and updates of the `hot` most recently used keys, a few new keys (each an
    eviction) and a few gets of cold or evicted keys: 2*10^5 calls in all."""
    keys = rng.sample(range(KEY_MAX + 1), KEY_MAX + 1)
    cached, spare = keys[:CAPACITY_MAX], keys[CAPACITY_MAX:]
    script = lru(CAPACITY_MAX)
    for key in cached:
        script.call("put", key, rng.randint(0, VALUE_MAX))
    recent = cached[-hot:]
    while len(script) < MAX_CALLS:
        roll = rng.random()
        if roll < 0.6:
            script.call("get", rng.choice(recent))
        elif roll < 0.95:
            script.call("put", rng.choice(recent), rng.randint(0, VALUE_MAX))
        elif roll < 0.98:
            key = rng.choice(spare)
            script.call("put", key, rng.randint(0, VALUE_MAX))
            recent[rng.randrange(hot)] = key
        else:
            script.call("get", rng.randrange(KEY_MAX + 1))
    return script.case(note, note_zh=note_zh)


def sequential_scan():
    """Keys 0..3000 in a loop on capacity 3000: each put evicts the very key the next lap needs, so every get misses."""
    script = lru(CAPACITY_MAX)
    key = 0
    while len(script) < MAX_CALLS:
        script.call("get", key).call("put", key, key)
        key = (key + 1) % (CAPACITY_MAX + 1)
    return script.case("max: capacity 3000, keys 0..3000 in a loop: every get misses",
                       note_zh="最大：容量 3000，循环访问键 0..3000：每次 get 都未命中")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "LRUCache" and len(operations) == len(arguments)
    (capacity,) = arguments[0]
    assert 1 <= capacity <= CAPACITY_MAX, "1 <= capacity <= 3000"
    assert len(operations) - 1 <= MAX_CALLS, "at most 2 * 10^5 calls to get and put"
    for operation, args in zip(operations[1:], arguments[1:]):
        assert operation in ("get", "put"), operation
        key = args[0]
        assert 0 <= key <= KEY_MAX, "0 <= key <= 10^4"
        if operation == "put":
            assert len(args) == 2 and 0 <= args[1] <= VALUE_MAX, "0 <= value <= 10^5"
        else:
            assert len(args) == 1


SIZES = (12_500, 25_000, 50_000, 100_000, 200_000)  # for `compare`: the number of calls


def sized_input(rng, n):
    """Capacity 3000 filled first, then gets and puts that mostly reuse recent keys, a tenth of them new keys that
    evict: n calls in all."""
    keys = list(range(KEY_MAX + 1))
    rng.shuffle(keys)
    script, recent = lru(CAPACITY_MAX), keys[:CAPACITY_MAX]
    for key in recent:
        script.call("put", key, key)
    while len(script) < n:
        roll = rng.random()
        if roll < 0.5:
            script.call("get", recent[-rng.randrange(1, 200)])
        elif roll < 0.9:
            script.call("put", recent[-rng.randrange(1, 200)], rng.randint(0, VALUE_MAX))
        else:
            key = rng.randrange(KEY_MAX + 1)
            script.call("put", key, rng.randint(0, VALUE_MAX))
            recent.append(key)
    return script.given()
