"""Hidden tests for linked-list-cycle: the empty list, one node with and without a self-loop, a cycle through the
head (pos = 0) and a self-loop on the tail (pos = last), lists of repeated or all-equal values (a set of values
seen, or slow and fast compared by value, says "cycle" where there is none), two nodes without a cycle (slow and
fast compared before moving), even and odd lengths (a fast pointer moved two steps unguarded), and lists of 10^4
nodes with and without a cycle, some entered at the very end (a walk that gives up after a fixed number of steps,
or counts to 10^9)."""

from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 10**5


def hidden_cases(rng):
    yield Case({"head": [], "pos": -1}, False, "empty list", note_zh="空链表")
    yield Case({"head": [1], "pos": -1}, False, "one node, no cycle", note_zh="一个节点，无环")
    yield Case({"head": [1], "pos": 0}, True, "one node whose next is itself", note_zh="一个节点，next 指向自己")
    yield Case({"head": [1, 2], "pos": -1}, False, "two nodes, no cycle: slow and fast both start at the head",
               note_zh="两个节点，无环：快慢指针都从头节点出发")
    yield Case({"head": [1, 2], "pos": 0}, True, "two nodes pointing at each other", note_zh="两个节点互相指向")
    yield Case({"head": [1, 2, 3], "pos": -1}, False, "odd length, no cycle", note_zh="奇数长度，无环")
    yield Case({"head": [5, 6, 7, 8], "pos": 3}, True, "the tail's next is itself (pos = last)",
               note_zh="尾节点的 next 指向自己（pos 为最后一个下标）")
    yield Case({"head": [5, 6, 7, 8, 9], "pos": 0}, True, "the cycle goes through the head (pos = 0)",
               note_zh="环经过头节点（pos = 0）")
    yield Case({"head": [1, 1], "pos": -1}, False, "repeated values, no cycle: a value seen twice is not a node "
               "seen twice", note_zh="值重复但无环：值出现两次不等于节点出现两次")
    yield Case({"head": [0, 7, 7, 3], "pos": -1}, False, "no cycle, but slow and fast land on equal values after "
               "one step", note_zh="无环，但走一步后快慢指针指向的值相同")
    yield Case({"head": [3, 2, 0, -4, 2, 0], "pos": -1}, False, "values repeated, no cycle",
               note_zh="有重复的值，无环")
    yield Case({"head": [-V_MAX, V_MAX, 0], "pos": 1}, True, "the extreme values", note_zh="取到极值")
    yield Case({"head": [0] * N_MAX, "pos": -1}, False, "max: 10^4 equal values, no cycle",
               note_zh="最大：10^4 个相同的值，无环")
    yield Case({"head": [0] * N_MAX, "pos": 0}, True, "max: 10^4 equal values, the tail linked to the head",
               note_zh="最大：10^4 个相同的值，尾节点连到头节点")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "pos": -1}, False,
               "max: 10^4 random values, no cycle (values repeat, by chance)",
               note_zh="最大：10^4 个随机值，无环（值会偶然重复）")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "pos": N_MAX - 1}, True,
               "max: 10^4 nodes, a self-loop on the tail", note_zh="最大：10^4 个节点，尾节点自环")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)], "pos": rng.randint(1, N_MAX - 2)},
               True, "max: 10^4 nodes, the cycle entered somewhere in the middle",
               note_zh="最大：10^4 个节点，环的入口在中间某处")
    yield Case({"head": list(range(N_MAX)), "pos": N_MAX - 2}, True, "max: 10^4 distinct values, a cycle of two at "
               "the end", note_zh="最大：10^4 个互不相同的值，末尾是长度为 2 的环")


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
