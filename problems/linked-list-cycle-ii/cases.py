"""Hidden tests for linked-list-cycle-ii: no cycle (empty, one node, several), a one-node self-loop, a cycle through
the head (pos = 0), a self-loop on the tail (pos = last), the entry's value repeated before it (a set of values
returns the earlier node), tails and cycles of many lengths (where the meeting point is not the entry, and where
starting fast one step ahead or returning the node before the entry goes wrong), and lists of 10^4 nodes with the
entry early, late and in the middle (checking for each node whether it comes back does not finish)."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 10**5


def hidden_cases(rng):
    yield Case({"head": [], "pos": -1}, -1, "empty list: None", note_zh="空链表：返回 None")
    yield Case({"head": [1], "pos": -1}, -1, "one node, no cycle: None", note_zh="一个节点，无环：返回 None")
    yield Case({"head": [1], "pos": 0}, 0, "one node whose next is itself: the head", note_zh="一个节点，next 指向自己：返回头节点")
    yield Case({"head": [1, 2, 3, 4], "pos": -1}, -1, "four nodes, no cycle", note_zh="四个节点，无环")
    yield Case({"head": [1, 2], "pos": 0}, 0, "two nodes pointing at each other", note_zh="两个节点互相指向")
    yield Case({"head": [1, 2], "pos": 1}, 1, "two nodes, a self-loop on the tail", note_zh="两个节点，尾节点自环")
    yield Case({"head": [4, 8, 15, 16, 23, 42], "pos": 0}, 0, "the cycle goes through the head (pos = 0)",
               note_zh="环经过头节点（pos = 0）")
    yield Case({"head": [4, 8, 15, 16, 23, 42], "pos": 5}, 5, "a self-loop on the tail (pos = last)",
               note_zh="尾节点自环（pos 为最后一个下标）")
    yield Case({"head": [2, 5, 5, 8, 9], "pos": 3}, 3, "a value repeats before the cycle: the answer is a node "
               "met twice, not a value", note_zh="环之前有重复的值：答案是被走到两次的节点，不是重复的值")
    yield Case({"head": [1, 4, 6, 4, 8], "pos": 1}, 1, "a value repeats inside the cycle, before the walk comes "
               "back to the entry", note_zh="环内有重复的值，在回到入口之前就出现")
    yield Case({"head": [1, 2, 3, 1, 2, 3], "pos": 3}, 3, "values repeated around and before the cycle",
               note_zh="环内和环前都有重复的值")
    yield Case({"head": [3, 2, 0, -4, 9, 8, 7], "pos": 2}, 2, "the slow and fast pointers meet away from the entry",
               note_zh="快慢指针的相遇点不是入口")
    yield Case({"head": [-V_MAX, 0, V_MAX], "pos": 1}, 1, "the extreme values", note_zh="取到极值")
    for tail, cycle in ((1, 5), (5, 1), (3, 4), (6, 2), (2, 9)):
        values = [rng.randint(-9, 9) for _ in range(tail + cycle)]
        yield Case({"head": values, "pos": tail}, tail, f"a tail of {tail}, a cycle of {cycle}",
                   note_zh=f"环前 {tail} 个节点，环长 {cycle}")
    yield Case({"head": [0] * N_MAX, "pos": 0}, 0, "max: 10^4 equal values, the tail linked to the head",
               note_zh="最大：10^4 个相同的值，尾节点连到头节点")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "pos": -1}, -1,
               "max: 10^4 random values, no cycle", note_zh="最大：10^4 个随机值，无环")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "pos": N_MAX - 1}, N_MAX - 1,
               "max: 10^4 nodes, a self-loop on the tail", note_zh="最大：10^4 个节点，尾节点自环")
    middle = rng.randint(N_MAX // 4, 3 * N_MAX // 4)
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "pos": middle}, middle,
               "max: 10^4 nodes, the entry in the middle", note_zh="最大：10^4 个节点，入口在中间")
    yield Case({"head": [rng.randint(-5, 5) for _ in range(N_MAX)], "pos": N_MAX - 100}, N_MAX - 100,
               "max: 10^4 nodes of few values, a cycle of 100 at the end",
               note_zh="最大：10^4 个节点、取值很少，末尾是长度为 100 的环")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head, pos = given["head"], given["pos"]
    assert isinstance(head, list) and len(head) <= N_MAX, "the number of nodes is in [0, 10^4]"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in head), "-10^5 <= Node.val <= 10^5"
    assert type(pos) is int and -1 <= pos < len(head), "pos is -1 or a valid index in the list"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    """A list whose tail links to its middle node: every approach walks the tail and goes round."""
    return {"head": [rng.randint(-V_MAX, V_MAX) for _ in range(n)], "pos": n // 2}
