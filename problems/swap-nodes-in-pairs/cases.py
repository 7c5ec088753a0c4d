"""Hidden tests for swap-nodes-in-pairs: the empty list, one node (nothing to swap), two and three nodes (the odd
last node must stay linked), even and odd lengths at the maximum of 100 nodes, repeated values (where a wrong order
could hide, so never alone; the adapter also checks which node stands where, so an equal pair left unswapped is
caught) and the extreme values; the adapter rejects any answer that swapped values instead of
nodes or built new nodes."""

from harness.catalogue.cases import Case

N_MAX = 100
V_MAX = 100


def hidden_cases(rng):
    yield Case({"head": []}, [], "empty list", note_zh="空链表")
    yield Case({"head": [7]}, [7], "one node: nothing to swap", note_zh="只有一个节点：无需交换")
    yield Case({"head": [1, 2]}, [2, 1], "one pair", note_zh="恰好一对")
    yield Case({"head": [1, 2, 3]}, [2, 1, 3], "odd length: the last node stays, still linked",
               note_zh="长度为奇数：最后一个节点留在原处，并且仍然连着")
    yield Case({"head": [1, 2, 3, 4, 5, 6]}, [2, 1, 4, 3, 6, 5],
               "three pairs: every pair after the first is linked to the one before",
               note_zh="三对：第一对之后的每一对都要接到前一对后面")
    yield Case({"head": [5, 5, 5, 5, 5]}, [5, 5, 5, 5, 5], "all values equal, odd length", note_zh="所有值相等，长度为奇数")
    yield Case({"head": [1, 2, 9, 9, 3, 4]}, [2, 1, 9, 9, 4, 3],
               "a pair of equal values among others: its two nodes are exchanged too (the adapter checks which node "
               "is where)", note_zh="一对相等的值夹在其他值中间：这两个节点也要交换（适配器会检查每个位置上是哪个节点）")
    yield Case({"head": [0, 100, 100, 0]}, [100, 0, 0, 100], "the extreme values", note_zh="取到极值")
    yield Case({"head": [1, 2, 3, 4, 5, 6, 7]}, [2, 1, 4, 3, 6, 5, 7],
               "seven nodes: the rest after each pair must not be lost",
               note_zh="七个节点：每一对之后的剩余部分不能丢")
    yield Case({"head": [rng.randint(0, V_MAX) for _ in range(9)]}, note="nine random values", note_zh="九个随机值")
    yield Case({"head": [rng.randint(0, V_MAX) for _ in range(N_MAX)]}, note="max: 100 random nodes (even length)",
               note_zh="最大：100 个随机节点（长度为偶数）")
    yield Case({"head": [rng.randint(0, V_MAX) for _ in range(N_MAX - 1)]}, note="max: 99 random nodes (odd length)",
               note_zh="最大：99 个随机节点（长度为奇数）")
    yield Case({"head": list(range(N_MAX))}, note="max: 100 ascending values", note_zh="最大：100 个升序的值")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head = given["head"]
    assert isinstance(head, list) and len(head) <= N_MAX, "the number of nodes is in [0, 100]"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in head), "0 <= Node.val <= 100"


SIZES = (12, 25, 50, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"head": [rng.randint(0, V_MAX) for _ in range(n)]}
