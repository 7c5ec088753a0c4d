"""Hidden tests for reverse-nodes-in-k-group: one node, k = 1 (nothing moves), k = n (the whole list, no tail),
a short last group that must stay as it is (and one where n is a multiple of k, so it has none), k = 2 and 3 on
small lists, all values equal, the extreme values, and 5000 nodes with k = 1, 2, 3, 7, 2500, 4999 and 5000; the
adapter rejects any answer that reversed values instead of nodes or built new nodes, and checks which node stands
where, so a group left unreversed because its values are a palindrome (or all equal) is caught."""

from harness.catalogue.cases import Case

N_MAX = 5000
V_MAX = 1000


def values(rng, n):
    return [rng.randint(0, V_MAX) for _ in range(n)]


def hidden_cases(rng):
    yield Case({"head": [7], "k": 1}, [7], "one node, k = 1", note_zh="一个节点，k = 1")
    yield Case({"head": [1, 2, 3, 4], "k": 1}, [1, 2, 3, 4], "k = 1: nothing moves", note_zh="k = 1：什么都不变")
    yield Case({"head": [1, 2, 3, 4, 5], "k": 5}, [5, 4, 3, 2, 1], "k = n: the whole list, no tail left",
               note_zh="k = n：整个链表反转，没有剩余的尾部")
    yield Case({"head": [1, 2, 3, 4, 5, 6, 7, 8], "k": 3}, [3, 2, 1, 6, 5, 4, 7, 8],
               "a short last group of two stays as it is", note_zh="最后不足 k 个的两个节点保持原样")
    yield Case({"head": [1, 2, 3, 4, 5, 6], "k": 3}, [3, 2, 1, 6, 5, 4], "n a multiple of k: the last group is full",
               note_zh="n 是 k 的倍数：最后一组是完整的")
    yield Case({"head": [1, 2, 3, 4, 5, 6, 7], "k": 2}, [2, 1, 4, 3, 6, 5, 7], "k = 2 with an odd length",
               note_zh="k = 2，长度为奇数")
    yield Case({"head": [1, 2, 3], "k": 2}, [2, 1, 3], "one group then one node left", note_zh="一组之后剩下一个节点")
    yield Case({"head": [1, 2, 3, 4], "k": 3}, [3, 2, 1, 4], "k = n - 1", note_zh="k = n - 1")
    yield Case({"head": [4, 4, 4, 4, 4], "k": 2}, [4, 4, 4, 4, 4], "all values equal", note_zh="所有值都相等")
    yield Case({"head": [1, 2, 3, 5, 8, 5, 4, 6, 7], "k": 3}, [3, 2, 1, 5, 8, 5, 7, 6, 4],
               "a group whose values read the same backwards: its nodes are reversed too (the adapter checks which "
               "node is where)", note_zh="有一组的值倒过来读也一样：这组的节点也要反转（适配器会检查每个位置上是哪个节点）")
    yield Case({"head": [0, 1000, 0, 1000, 1000], "k": 2}, [1000, 0, 1000, 0, 1000], "the extreme values",
               note_zh="取到极值")
    yield Case({"head": values(rng, 11), "k": 4}, note="eleven random values, k = 4", note_zh="十一个随机值，k = 4")
    for k in (1, 2, 3, 7, 2500, N_MAX - 1, N_MAX):
        yield Case({"head": values(rng, N_MAX), "k": k}, note=f"max: 5000 random nodes, k = {k}",
                   note_zh=f"最大：5000 个随机节点，k = {k}")
    yield Case({"head": list(range(1000)) * 5, "k": 2}, note="max: 5000 nodes, five ascending runs 0..999, k = 2",
               note_zh="最大：5000 个节点，五段 0..999 的升序，k = 2")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head, k = given["head"], given["k"]
    assert isinstance(head, list) and 1 <= len(head) <= N_MAX, "the number of nodes n is in [1, 5000]"
    assert all(type(x) is int and 0 <= x <= V_MAX for x in head), "0 <= Node.val <= 1000"
    assert type(k) is int and 1 <= k <= len(head), "1 <= k <= n"


SIZES = (625, 1250, 2500, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum, with k = 3


def sized_input(rng, n):
    return {"head": values(rng, n), "k": 3}
