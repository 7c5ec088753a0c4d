"""Hidden tests for copy-list-with-random-pointer: the empty list, one node with a null random and with a random on
itself, randoms all null (a mishandled null), all on the head, all on the tail, backwards and forwards, every value
equal and values repeated with randoms on different nodes of the same value (a dict keyed by val), the extreme
values, and lists of 1000 nodes with random pointers (uniform, mostly null, to duplicates)."""

from harness.catalogue.cases import Case

N_MAX = 1000
V_MAX = 10**4


def pairs(values, randoms):
    return [[value, random] for value, random in zip(values, randoms)]


def same(head, note, note_zh):
    """A case whose copy, read back, is its own input."""
    return Case({"head": head}, [list(pair) for pair in head], note, note_zh=note_zh)


def hidden_cases(rng):
    yield same([], "empty list: None", "空链表：返回 None")
    yield same([[5, None]], "one node, random None", "一个节点，random 为 None")
    yield same([[5, 0]], "one node whose random is itself", "一个节点，random 指向自己")
    yield same(pairs([1, 2, 3, 4], [None] * 4), "every random None", "所有 random 都为 None")
    yield same(pairs([4, 3, 2, 1], [0] * 4), "every random on the head", "所有 random 都指向头节点")
    yield same(pairs([1, 2, 3, 4, 5], [4] * 5), "every random on the tail (a forward pointer, met before its copy "
               "exists)", "所有 random 都指向尾节点（指向后面的指针，遇到时副本还不存在）")
    yield same(pairs([9, 8, 7, 6], [3, 2, 1, 0]), "randoms reversed: node i to node n - 1 - i",
               "random 反向：节点 i 指向节点 n - 1 - i")
    yield same(pairs([3, 3, 3], [None, 0, None]), "equal values, one random", "值全相等，只有一个 random")
    yield same(pairs([1, 2, 1, 2, 1], [2, 3, 0, None, 4]), "repeated values, randoms on different nodes of the "
               "same value: a dict keyed by val mixes them up", "值重复，random 指向值相同的不同节点：以 val 为键的哈希表会把它们混淆")
    yield same(pairs([0, 0, 0, 0, 0, 0], [5, 4, 3, 2, 1, 0]), "all zeros, randoms reversed",
               "全为 0，random 反向")
    yield same(pairs([-V_MAX, V_MAX, 0], [1, 0, 2]), "the extreme values", "取到极值")
    yield same(pairs([-1, -2, -3], [None, None, 0]), "negative values, randoms mostly None",
               "负值，random 大多为 None")
    for n in (2, 7, 25):
        yield same(pairs([rng.randint(-9, 9) for _ in range(n)], [rng.choice([None] + list(range(n)))
                                                                    for _ in range(n)]),
                   f"{n} random nodes", f"{n} 个随机节点")
    yield same(pairs([rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], [rng.randrange(N_MAX) for _ in range(N_MAX)]),
               "max: 1000 nodes, random values and randoms", "最大：1000 个节点，值和 random 都随机")
    yield same(pairs([rng.randint(-3, 3) for _ in range(N_MAX)],
                     [rng.randrange(N_MAX) if rng.random() < 0.1 else None for _ in range(N_MAX)]),
               "max: 1000 nodes of values -3..3, randoms mostly None", "最大：1000 个取值 -3..3 的节点，random 大多为 None")
    yield same(pairs([7] * N_MAX, [N_MAX - 1 - i for i in range(N_MAX)]), "max: 1000 equal values, randoms reversed",
               "最大：1000 个相同的值，random 反向")
    yield same(pairs([rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], [N_MAX - 1] * N_MAX),
               "max: 1000 nodes, every random on the tail", "最大：1000 个节点，所有 random 都指向尾节点")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head = given["head"]
    assert isinstance(head, list) and len(head) <= N_MAX, "0 <= n <= 1000"
    for pair in head:
        assert isinstance(pair, list) and len(pair) == 2, "each node is [val, random_index]"
        value, random = pair
        assert type(value) is int and -V_MAX <= value <= V_MAX, "-10^4 <= Node.val <= 10^4"
        assert random is None or (type(random) is int and 0 <= random < len(head)), \
            "Node.random is null or a valid index"


SIZES = (125, 250, 500, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"head": pairs([rng.randint(-V_MAX, V_MAX) for _ in range(n)], [rng.randrange(n) for _ in range(n)])}
