"""Hidden tests for remove-nth-node-from-end-of-list: one node (the answer is empty), removing the head (n = the
length: no node before it, and the old head must not be returned), the tail (n = 1), the second node and the one
before the tail (an off-by-one gap removes a neighbour), repeated values (removing the first node with the target's
value, or by value at all, removes the wrong one), and lists of 30 nodes with n at both ends and in the middle."""

from harness.catalogue.cases import Case

N_MAX = 30
V_MAX = 100


def hidden_cases(rng):
    yield Case({"head": [1], "n": 1}, [], "one node: removing it leaves the empty list", note_zh="一个节点：删掉后为空链表")
    yield Case({"head": [1, 2], "n": 2}, [2], "two nodes, remove the head", note_zh="两个节点，删除头节点")
    yield Case({"head": [1, 2], "n": 1}, [1], "two nodes, remove the tail", note_zh="两个节点，删除尾节点")
    yield Case({"head": [1, 2, 3, 4, 5], "n": 5}, [2, 3, 4, 5], "remove the head (n = the length)",
               note_zh="删除头节点（n 等于链表长度）")
    yield Case({"head": [1, 2, 3, 4, 5], "n": 1}, [1, 2, 3, 4], "remove the tail (n = 1)", note_zh="删除尾节点（n = 1）")
    yield Case({"head": [1, 2, 3, 4, 5], "n": 4}, [1, 3, 4, 5], "remove the second node", note_zh="删除第二个节点")
    yield Case({"head": [10, 20, 30, 40], "n": 2}, [10, 20, 40], "remove the node before the tail",
               note_zh="删除倒数第二个节点")
    yield Case({"head": [7, 7, 7], "n": 1}, [7, 7], "all values equal", note_zh="所有值都相等")
    yield Case({"head": [1, 2, 1], "n": 1}, [1, 2], "the target's value also occurs earlier: remove the node, not "
               "the first equal value", note_zh="目标节点的值在前面也出现过：删除的是这个节点，不是第一个相同的值")
    yield Case({"head": [5, 3, 5, 3], "n": 2}, [5, 3, 3], "repeated values, remove one in the middle",
               note_zh="有重复的值，删除中间的一个")
    yield Case({"head": [0, 100, 0], "n": 2}, [0, 0], "the extreme values", note_zh="取到极值")
    yield Case({"head": list(range(1, N_MAX + 1)), "n": N_MAX}, list(range(2, N_MAX + 1)),
               "max: 30 nodes, remove the head", note_zh="最大：30 个节点，删除头节点")
    yield Case({"head": [rng.randint(0, V_MAX) for _ in range(N_MAX)], "n": 1}, note="max: 30 random nodes, "
               "remove the tail", note_zh="最大：30 个随机节点，删除尾节点")
    yield Case({"head": [rng.randint(0, V_MAX) for _ in range(N_MAX)], "n": rng.randint(2, N_MAX - 1)},
               note="max: 30 random nodes, remove one inside", note_zh="最大：30 个随机节点，删除中间的某个节点")
    yield Case({"head": [rng.randint(0, 3) for _ in range(N_MAX)], "n": 15}, note="max: 30 nodes of few values, "
               "remove the 15th from the end", note_zh="最大：30 个节点、取值很少，删除倒数第 15 个")
    yield Case({"head": [rng.randint(0, V_MAX) for _ in range(N_MAX)], "n": N_MAX - 1}, note="max: 30 random nodes, "
               "remove the second", note_zh="最大：30 个随机节点，删除第二个")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head, n = given["head"], given["n"]
    assert isinstance(head, list) and 1 <= len(head) <= N_MAX, "the number of nodes sz is in [1, 30]"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in head), "0 <= Node.val <= 100"
    assert type(n) is int and 1 <= n <= len(head), "1 <= n <= sz"


SIZES = (4, 8, 15, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    """n random nodes, removing the middle one."""
    return {"head": [rng.randint(0, V_MAX) for _ in range(n)], "n": max(1, n // 2)}
