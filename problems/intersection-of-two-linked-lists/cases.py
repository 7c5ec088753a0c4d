"""Hidden tests for intersection-of-two-linked-lists: one-node lists (the same node; two nodes of equal value),
list B a suffix of list A and the other way round, the heads shared, a meeting at the last node, equal values
before the real meeting point (comparing values, or a set of values, answers too early), lists that end in the same
values without meeting, list B the longer (advancing always list A goes wrong), lists that do not meet of equal and
of different lengths (the switch made at the last node loops for ever), and lists of 3 * 10^4 nodes each (nested
loops do not finish)."""

from harness.catalogue.cases import Case

N_MAX = 3 * 10**4
V_MAX = 10**5


def lists(own_a, own_b, shared):
    """LeetCode's input for lists made of `own_a` and `own_b` then, when `shared` is not empty, the same nodes."""
    return {"intersectVal": shared[0] if shared else 0, "listA": own_a + shared, "listB": own_b + shared,
            "skipA": len(own_a), "skipB": len(own_b)}


def case(own_a, own_b, shared, note, note_zh):
    return Case(lists(own_a, own_b, shared), len(own_a) if shared else -1, note, note_zh=note_zh)


def values(rng, n, low=1, high=V_MAX):
    return [rng.randint(low, high) for _ in range(n)]


def hidden_cases(rng):
    yield case([], [], [1], "one node, the head of both lists", "只有一个节点，同时是两个链表的头节点")
    yield case([1], [1], [], "two one-node lists of equal value that do not meet: equal values are not a shared "
               "node", "两个只有一个节点、值相等但不相交的链表：值相等不等于共用节点")
    yield case([5], [], [7, 9], "list B is the tail of list A (skipB = 0)", "链表 B 就是链表 A 的尾部（skipB = 0）")
    yield case([], [2, 6, 3], [4, 8], "list A is the tail of list B (skipA = 0)", "链表 A 就是链表 B 的尾部（skipA = 0）")
    yield case([1, 2, 3], [4, 5], [6], "they meet at the last node only", "只在最后一个节点相交")
    yield case([4, 1], [5, 6, 1], [8, 4, 5], "a 1 just before the meeting point in both lists: two nodes, not one",
               "两个链表在交点前都有一个 1：那是两个节点，不是一个")
    yield case([3, 7, 2], [9, 7, 2], [5, 1], "the lists align on equal values before they meet",
               "两个链表在相交之前就对齐到了相等的值")
    yield case([7, 7, 7], [7], [7, 7], "all values equal: only identity finds the meeting point",
               "所有值都相等：只有比较节点本身才能找到交点")
    yield case([1, 2, 3, 4], [9, 3, 4], [], "the lists end in the same values but do not meet",
               "两个链表末尾的值相同，但并不相交")
    yield case([1, 2], [4, 5, 6, 7], [8], "list B is the longer: its pointer must be the one moved ahead",
               "链表 B 更长：要先走的是它的指针")
    yield case([2, 6, 4], [1, 5, 9], [], "equal lengths, no shared node", "长度相等，没有共用的节点")
    yield case([2, 6, 4, 3, 3], [1, 5], [], "different lengths, no shared node", "长度不同，没有共用的节点")
    yield case([V_MAX, 1], [1, V_MAX, 1], [V_MAX], "the extreme values, repeated", "取到极值，并且重复出现")
    for own_a, own_b, shared in ((3, 8, 4), (10, 2, 1), (6, 6, 6), (1, 12, 2)):
        yield case(values(rng, own_a, 1, 4), values(rng, own_b, 1, 4), values(rng, shared, 1, 4),
                   f"few values: {own_a} and {own_b} nodes before {shared} shared",
                   f"取值很少：各有 {own_a} 和 {own_b} 个节点，之后共用 {shared} 个")
    yield case(values(rng, N_MAX), values(rng, N_MAX), [], "max: 3 * 10^4 random nodes each, no shared node",
               "最大：各 3 * 10^4 个随机节点，没有共用的节点")
    yield case(values(rng, N_MAX - 1), values(rng, N_MAX - 1), values(rng, 1),
               "max: 3 * 10^4 nodes each, meeting at the last node", "最大：各 3 * 10^4 个节点，在最后一个节点相交")
    tail = values(rng, 100, 1, 3)
    yield case(values(rng, N_MAX - 100, 1, 3), values(rng, N_MAX - 100, 1, 3) + tail, [],
               "max: 3 * 10^4 nodes each of values 1..3, the same 100 values at the end, no shared node",
               "最大：各 3 * 10^4 个取值 1..3 的节点，末尾 100 个值相同，但没有共用的节点")
    yield case(values(rng, 5000), values(rng, 10**4), values(rng, 2 * 10**4),
               "max: 2.5 * 10^4 and 3 * 10^4 nodes, the last 2 * 10^4 shared",
               "最大：分别有 2.5 * 10^4 和 3 * 10^4 个节点，最后 2 * 10^4 个共用")
    yield case([1] * (N_MAX - 1), [1], [1], "max: 3 * 10^4 nodes of value 1 against 2, meeting at the last",
               "最大：3 * 10^4 个值为 1 的节点对 2 个节点，在最后一个节点相交")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    a, b, skip_a, skip_b, meet = (given[name] for name in ("listA", "listB", "skipA", "skipB", "intersectVal"))
    assert isinstance(a, list) and 1 <= len(a) <= N_MAX, "m is in [1, 3 * 10^4]"
    assert isinstance(b, list) and 1 <= len(b) <= N_MAX, "n is in [1, 3 * 10^4]"
    assert all(type(x) is int and 1 <= x <= V_MAX for x in a + b), "1 <= Node.val <= 10^5"
    assert type(skip_a) is int and 0 <= skip_a <= len(a), "0 <= skipA <= m"
    assert type(skip_b) is int and 0 <= skip_b <= len(b), "0 <= skipB <= n"
    assert type(meet) is int, "intersectVal is an int"
    if meet == 0:
        assert skip_a == len(a) and skip_b == len(b), "the lists do not meet: skipA = m and skipB = n"
    else:
        assert skip_a < len(a) and skip_b < len(b), "the lists meet: skipA < m and skipB < n"
        assert meet == a[skip_a] == b[skip_b], "intersectVal == listA[skipA] == listB[skipB]"
        assert a[skip_a:] == b[skip_b:], "listA[skipA:] == listB[skipB:]: the shared nodes"


SIZES = (3750, 7500, 15000, N_MAX)  # for `compare`: the length of each list, doubling up to the maximum


def sized_input(rng, n):
    """Two lists of n nodes meeting for their last tenth: every approach walks both lists to the meeting point."""
    shared = n // 10
    return lists(values(rng, n - shared), values(rng, n - shared), values(rng, shared))
