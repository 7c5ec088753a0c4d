"""Hidden tests for palindrome-linked-list: one and two nodes, odd and even lengths on both sides of the answer,
lists that match only at the ends or only in their first pairs (a comparison that stops early, or checks the first
and last values only), repeated halves (halves compared in the same order), anagrams of palindromes (counting
values), equal ends with halves that hold the same values in another order (comparing the halves' sums), a list
reversed whole and compared with itself (always "yes"), and lists of 10^5 nodes: palindromes, one mismatch at the
very middle, all equal, where walking to the mirror node from the head for each step does not finish."""

from harness.catalogue.cases import Case

N_MAX = 10**5


def palindrome(rng, n):
    half = [rng.randint(0, 9) for _ in range(n // 2)]
    return half + [rng.randint(0, 9)] * (n % 2) + half[::-1]


def hidden_cases(rng):
    yield Case({"head": [7]}, True, "one node", note_zh="只有一个节点")
    yield Case({"head": [1, 2]}, False, "two different nodes", note_zh="两个不同的节点")
    yield Case({"head": [5, 5]}, True, "two equal nodes", note_zh="两个相同的节点")
    yield Case({"head": [1, 2, 1]}, True, "odd length: the middle node pairs with itself",
               note_zh="奇数长度：中间节点和自己配对")
    yield Case({"head": [1, 2, 3]}, False, "odd length, not a palindrome", note_zh="奇数长度，不是回文")
    yield Case({"head": [1, 2, 2, 1]}, True, "even length: the halves are each other's reverse",
               note_zh="偶数长度：两半互为反转")
    yield Case({"head": [1, 2, 1, 2]}, False, "the same half twice: equal halves in the same order are not a "
               "palindrome", note_zh="同一半重复两次：两半顺序相同并不是回文")
    yield Case({"head": [1, 2, 3, 1]}, False, "only the first and last values match", note_zh="只有首尾两个值相同")
    yield Case({"head": [1, 2, 3, 4, 2, 1]}, False, "the first two pairs match, the middle pair does not",
               note_zh="前两对相同，中间一对不同")
    yield Case({"head": [3, 1, 4, 1, 3, 9]}, False, "a palindrome's values plus one, at the end",
               note_zh="回文的值后面多了一个")
    yield Case({"head": [1, 1, 2, 2, 1]}, False, "an anagram of a palindrome (every value but one an even number "
               "of times) that is not one", note_zh="能重排成回文（除一个值外每个值都出现偶数次），但本身不是回文")
    yield Case({"head": [1, 2, 3, 2, 3, 1]}, False, "equal ends, and halves that hold the same values in another "
               "order (same sums, same counts)", note_zh="首尾相同，两半的值相同但顺序不同（和相同、计数相同）")
    yield Case({"head": [0, 9, 0, 9, 0]}, True, "the extreme values, alternating", note_zh="极值交替出现")
    yield Case({"head": [9, 0, 8, 8, 0, 9]}, True, "even palindrome with the extreme values",
               note_zh="包含极值的偶数长度回文")
    yield Case({"head": palindrome(rng, 12)}, True, "a random palindrome of 12 nodes", note_zh="12 个节点的随机回文")
    yield Case({"head": palindrome(rng, N_MAX)}, True, "max: a random palindrome of 10^5 nodes",
               note_zh="最大：10^5 个节点的随机回文")
    yield Case({"head": palindrome(rng, N_MAX - 1)}, True, "max: a random palindrome of 10^5 - 1 nodes (odd)",
               note_zh="最大：10^5 - 1 个节点的随机回文（奇数长度）")
    middle = palindrome(rng, N_MAX)
    middle[N_MAX // 2] = (middle[N_MAX // 2] + 1) % 10
    yield Case({"head": middle}, False, "max: 10^5 nodes, a palindrome but for the pair at the very middle",
               note_zh="最大：10^5 个节点，只有正中间的一对不同")
    yield Case({"head": [4] * N_MAX}, True, "max: 10^5 equal values", note_zh="最大：10^5 个相同的值")
    late = palindrome(rng, N_MAX - 1)
    late[-2] = (late[1] + 3) % 10
    yield Case({"head": late}, False, "max: the second pair from the ends differs", note_zh="最大：从两端数第二对不同")
    yield Case({"head": [rng.randint(0, 9) for _ in range(N_MAX)]}, note="max: 10^5 random digits",
               note_zh="最大：10^5 个随机数字")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    head = given["head"]
    assert isinstance(head, list) and 1 <= len(head) <= N_MAX, "the number of nodes is in [1, 10^5]"
    assert all(type(x) is int and 0 <= x <= 9 for x in head), "0 <= Node.val <= 9"


SIZES = (12500, 25000, 50000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    """A palindrome: every approach compares every pair."""
    return {"head": palindrome(rng, n)}
