"""Hidden tests for add-two-numbers: zero plus zero, one digit each with and without a carry (a sum of exactly 10,
where `> 10` carries nothing), a final carry that adds a digit ([9,9,9] + [1]), a carry running through the whole
longer list, lists of different lengths either way round (a loop that stops at the shorter one, or hangs the longer
one's rest on without its carry), digits read in the wrong order, and numbers of 100 digits (big ints are fine in
Python)."""

from harness.catalogue.cases import Case

N_MAX = 100


def number(rng, n):
    """n random digits, least significant first, without a leading zero."""
    digits = [rng.randint(0, 9) for _ in range(n - 1)]
    return digits + [rng.randint(1, 9)] if n > 1 else [rng.randint(0, 9)]


def hidden_cases(rng):
    yield Case({"l1": [0], "l2": [0]}, [0], "zero plus zero", note_zh="零加零")
    yield Case({"l1": [3], "l2": [4]}, [7], "one digit each, no carry", note_zh="各一位，没有进位")
    yield Case({"l1": [5], "l2": [5]}, [0, 1], "5 + 5: a sum of exactly 10 carries one", note_zh="5 + 5：和恰好为 10 时要进位")
    yield Case({"l1": [9], "l2": [9]}, [8, 1], "9 + 9: the largest one-digit sum", note_zh="9 + 9：一位数相加的最大和")
    yield Case({"l1": [9, 9, 9], "l2": [1]}, [0, 0, 0, 1], "999 + 1: the carry runs through and adds a digit",
               note_zh="999 + 1：进位一路传到底，多出一位")
    yield Case({"l1": [1], "l2": [9, 9, 9]}, [0, 0, 0, 1], "1 + 999: the longer list is the second",
               note_zh="1 + 999：较长的是第二个链表")
    yield Case({"l1": [2, 4, 3], "l2": [5, 6, 4]}, [7, 0, 8], "342 + 465 = 807, digits least significant first",
               note_zh="342 + 465 = 807，数字从低位到高位存放")
    yield Case({"l1": [1, 8], "l2": [0]}, [1, 8], "adding zero", note_zh="加零")
    yield Case({"l1": [0], "l2": [7, 3, 2, 1]}, [7, 3, 2, 1], "zero plus a longer number", note_zh="零加上一个更长的数")
    yield Case({"l1": [9, 9, 1], "l2": [1]}, [0, 0, 2], "a carry into the longer list's rest, then no final carry",
               note_zh="进位传入较长链表的剩余部分，最后没有进位")
    yield Case({"l1": [1, 0, 0, 0, 0, 1], "l2": [2, 3]}, [3, 3, 0, 0, 0, 1], "zeros inside the longer number",
               note_zh="较长的数中间有 0")
    yield Case({"l1": [4, 5], "l2": [6, 4]}, [0, 0, 1], "a carry at every digit, then a final one",
               note_zh="每一位都进位，最后再进一位")
    yield Case({"l1": number(rng, 8), "l2": number(rng, 5)}, note="random numbers of 8 and 5 digits",
               note_zh="8 位和 5 位的随机数")
    yield Case({"l1": number(rng, N_MAX), "l2": number(rng, N_MAX)}, note="max: two random numbers of 100 digits",
               note_zh="最大：两个 100 位的随机数")
    yield Case({"l1": [9] * N_MAX, "l2": [9] * N_MAX}, note="max: 10^100 - 1 twice: a carry at every digit",
               note_zh="最大：两个 10^100 - 1：每一位都进位")
    yield Case({"l1": [9] * N_MAX, "l2": [1]}, note="max: 10^100 - 1 plus 1: a 101-digit sum",
               note_zh="最大：10^100 - 1 加 1：和有 101 位")
    yield Case({"l1": number(rng, 3), "l2": number(rng, N_MAX)}, note="max: 3 digits plus 100 digits",
               note_zh="最大：3 位数加 100 位数")
    yield Case({"l1": [0] * (N_MAX - 1) + [1], "l2": [0] * (N_MAX - 1) + [9]}, note="max: 10^99 + 9 * 10^99",
               note_zh="最大：10^99 + 9 * 10^99")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    for name in ("l1", "l2"):
        digits = given[name]
        assert isinstance(digits, list) and 1 <= len(digits) <= N_MAX, "the number of nodes in each list is in [1, 100]"
        assert all(type(d) is int and 0 <= d <= 9 for d in digits), "0 <= Node.val <= 9"
        assert len(digits) == 1 or digits[-1] != 0, "no leading zeros, except the number 0 itself"


SIZES = (12, 25, 50, N_MAX)  # for `compare`: the number of digits in each list, doubling up to the maximum


def sized_input(rng, n):
    """Two random n-digit numbers."""
    return {"l1": number(rng, n), "l2": number(rng, n)}
