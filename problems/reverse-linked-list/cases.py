"""Hidden tests for reverse-linked-list: the empty list, one and two nodes (where a missing `head.next = None`
closes a cycle), repeated and extreme values (a solution that sorts or dedupes is caught), palindromes (where
returning the old head unchanged would pass, so never alone), and random lists at the maximum of 5000 nodes, which a
recursive solution reaches 5000 frames deep and an O(n^2) walk to the tail does not finish."""

from harness.catalogue.cases import Case

N_MAX = 5000
V_MAX = 5000


def hidden_cases(rng):
    yield Case({"head": []}, [], "empty list", note_zh="空链表")
    yield Case({"head": [7]}, [7], "one node", note_zh="只有一个节点")
    yield Case({"head": [1, 2]}, [2, 1], "two nodes: the old head's next must be cut", note_zh="两个节点：必须切断原头节点的 next")
    yield Case({"head": [3, 3, 1]}, [1, 3, 3], "repeated values", note_zh="有重复的值")
    yield Case({"head": [-5000, 5000, 0, -1]}, [-1, 0, 5000, -5000], "the extreme values",
               note_zh="取到极值")
    yield Case({"head": [2, 1, 2]}, [2, 1, 2], "a palindrome (its own reverse)", note_zh="回文链表（反转后不变）")
    yield Case({"head": [5, 4, 3, 2, 1]}, [1, 2, 3, 4, 5], "descending: the reverse is sorted",
               note_zh="降序：反转后恰好有序")
    yield Case({"head": [1, 2, 3]}, [3, 2, 1], "three nodes: the middle one is relinked both ways",
               note_zh="三个节点：中间节点的两侧都要重新连接")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(10)]}, note="ten random values",
               note_zh="十个随机值")
    yield Case({"head": [0] * 4999 + [1]}, note="4999 zeros then a one: only the last node differs",
               note_zh="4999 个 0 后接一个 1：只有最后一个节点不同")
    yield Case({"head": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: 5000 random nodes",
               note_zh="最大：5000 个随机节点")
    yield Case({"head": list(range(-2500, 2500))}, note="max: 5000 ascending values", note_zh="最大：5000 个升序的值")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head = given["head"]
    assert isinstance(head, list) and len(head) <= N_MAX, "the number of nodes is in [0, 5000]"
    assert all(type(x) is int and -V_MAX <= x <= V_MAX for x in head), "-5000 <= Node.val <= 5000"


SIZES = (625, 1250, 2500, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"head": [rng.randint(-V_MAX, V_MAX) for _ in range(n)]}
