"""Hidden tests for min-stack: short call lists with pinned outputs, one per classic mistake (a single minimum not
restored after its pop, the new top taken for the new minimum, a minimum started at 0, duplicate minima with a
strict `<`, a min-stack popped on every pop but pushed only on a new minimum, a minimum not reset when the stack
empties, the bottom of the min-stack read instead of its top, top reading the wrong end, the int32 extremes in a
32-bit difference encoding), then 3*10^4 calls: a minimum that changes on every pop, equal values, random calls
over the whole int32 range, and 15000 elements read by 15000 getMin calls (the worst case of a getMin that scans
the stack: a builtin `min()` per call still passes here, as on LeetCode)."""

from harness.catalogue.kit import Operations

MAX_CALLS = 3 * 10**4
INT_MIN, INT_MAX = -2**31, 2**31 - 1


def ms():
    return Operations("MinStack")


def pushes(script, values):
    for v in values:
        script.call("push", v)
    return script


def hidden_cases(rng):
    yield (ms().call("push", 5).call("top").call("getMin")
           .case("one element, positive: a minimum started at 0 answers 0", [None, None, 5, 5],
                 note_zh="只有一个正数元素：最小值从 0 开始的做法会返回 0"))
    yield (ms().call("push", 3).call("push", 7).call("getMin").call("top")
           .case("all positive, the minimum pushed first", [None, None, None, 3, 7],
                 note_zh="全是正数，最小值最先入栈"))
    yield (ms().call("push", 3).call("push", 1).call("getMin").call("pop").call("getMin")
           .case("popping the minimum restores the previous one", [None, None, None, 1, None, 3],
                 note_zh="弹出最小值后，恢复之前的最小值"))
    yield (ms().call("push", 1).call("push", 5).call("push", 0).call("pop").call("top").call("getMin")
           .case("after popping the minimum, the new minimum is not the new top", [None, None, None, None, None, 5, 1],
                 note_zh="弹出最小值后，新的最小值并不是新的栈顶"))
    yield (ms().call("push", 2).call("push", 0).call("push", 3).call("push", 0).call("getMin").call("pop")
           .call("getMin").call("pop").call("getMin").call("pop").call("getMin")
           .case("the minimum 0 twice: popping one 0 leaves the other (a strict < on push loses it)",
                 [None, None, None, None, None, 0, None, 0, None, 0, None, 2],
                 note_zh="最小值 0 出现两次：弹出一个 0 后还剩另一个（入栈时用严格的 < 会丢掉它）"))
    yield (ms().call("push", -4).call("push", -4).call("pop").call("getMin").call("top")
           .case("a duplicate of the minimum pushed and popped", [None, None, None, None, -4, -4],
                 note_zh="与最小值相等的元素入栈又出栈"))
    yield (ms().call("push", 1).call("push", 2).call("pop").call("getMin").call("push", 0).call("pop").call("getMin")
           .case("popping a value above the minimum must leave the minimum in place", [None, None, None, None, 1, None, None, 1],
                 note_zh="弹出一个大于最小值的元素，最小值必须保持不变"))
    yield (ms().call("push", 1).call("pop").call("push", 5).call("getMin").call("top")
           .case("emptied, then refilled: the old minimum must be forgotten", [None, None, None, None, 5, 5],
                 note_zh="栈被清空后重新入栈：必须忘掉原来的最小值"))
    yield (ms().call("push", 3).call("push", 1).call("push", 2).call("getMin")
           .case("the newest minimum is the top of the min-stack, not its bottom", [None, None, None, None, 1],
                 note_zh="最新的最小值在辅助栈的栈顶，而不是栈底"))
    yield (ms().call("push", 1).call("push", 2).call("push", 3).call("pop").call("top").call("getMin").call("top")
           .case("top is the last element left, neither the first nor the minimum", [None, None, None, None, None, 2, 1, 2],
                 note_zh="top 是剩下的最后一个元素，既不是第一个，也不是最小值"))
    yield (ms().call("push", -1).call("push", -5).call("push", -3).call("getMin").call("top").call("pop")
           .call("getMin").call("pop").call("getMin")
           .case("negative values", [None, None, None, None, -5, -3, None, -5, None, -1], note_zh="负数"))
    yield (ms().call("push", INT_MAX).call("getMin").call("push", INT_MIN).call("getMin").call("top").call("push", INT_MAX)
           .call("top").call("getMin").call("pop").call("pop").call("getMin").call("top")
           .case("the int32 extremes: differences of 2^32 - 1 overflow 32 bits",
                 [None, None, INT_MAX, None, INT_MIN, INT_MIN, None, INT_MAX, INT_MIN, None, None, INT_MAX, INT_MAX],
                 note_zh="int32 的两个极值：差值达到 2^32 - 1，超出 32 位"))
    yield (ms().call("push", INT_MIN).call("push", INT_MIN).call("pop").call("getMin").call("push", 0).call("getMin")
           .case("-2^31 twice, one popped: the other is still the minimum", [None, None, None, None, INT_MIN, None, INT_MIN],
                 note_zh="两次 -2^31，弹出一个：另一个仍是最小值"))
    yield (ms().call("push", 0).call("getMin").call("getMin").call("top").call("top").call("getMin")
           .case("reads change nothing: getMin and top repeated", [None, None, 0, 0, 0, 0, 0],
                 note_zh="读取不改变任何东西：重复调用 getMin 和 top"))

    yield random_calls(rng, 2000, values=list(range(-3, 4)), note="2000 random calls over 7 values: many ties",
                       note_zh="2000 次随机调用，只有 7 种值：大量相等的值")
    yield random_calls(rng, 2000, values=[INT_MIN, INT_MIN + 1, -1, 0, INT_MAX - 1, INT_MAX],
                       note="2000 random calls near the int32 extremes", note_zh="2000 次随机调用，值在 int32 极值附近")

    third = MAX_CALLS // 3
    descending = pushes(ms(), [INT_MAX - 7 * i for i in range(third)])
    for _ in range(third - 1):
        descending.call("pop").call("getMin")
    yield descending.call("top").call("getMin").case(
        "max: 10^4 falling values pushed, then each pop uncovers a new minimum",
        note_zh="最大：压入 10^4 个递减的值，之后每次弹出都露出一个新的最小值")
    ascending = pushes(ms(), [INT_MIN + 5 * i for i in range(third)])
    for _ in range(third):
        ascending.call("getMin").call("pop")
    yield ascending.case("max: 10^4 rising values: the minimum stays at the bottom",
                         note_zh="最大：10^4 个递增的值：最小值一直在栈底")
    equal = pushes(ms(), [-7] * third)
    for _ in range(third - 1):
        equal.call("pop").call("getMin")
    yield equal.call("top").call("getMin").case(
        "max: 10^4 equal values, popped one by one: every one of them is a minimum",
        note_zh="最大：10^4 个相等的值，逐个弹出：每一个都是最小值")
    yield random_calls(rng, MAX_CALLS, values=None, note="max: 3*10^4 random calls over the whole int32 range",
                       note_zh="最大：3*10^4 次随机调用，值取遍整个 int32 范围")
    yield sawtooth(rng)
    half = MAX_CALLS // 2
    tall = pushes(ms(), [rng.randint(INT_MIN, INT_MAX) for _ in range(half)])
    for _ in range(half):
        tall.call("getMin" if rng.random() < 0.9 else "top")
    yield tall.case("max: 15000 random elements, then 15000 reads, nine in ten getMin",
                    note_zh="最大：15000 个随机元素，然后 15000 次读取，九成是 getMin")


def random_calls(rng, calls, values, note, note_zh):
    """Pushes (a little more often than pops, so that the stack grows), pops, tops and getMins at random, never on an
    empty stack; each value from `values`, or from the whole int32 range."""
    script, size = ms(), 0
    while len(script) < calls:
        roll = rng.random()
        if size == 0 or roll < 0.35:
            script.call("push", rng.choice(values) if values else rng.randint(INT_MIN, INT_MAX))
            size += 1
        elif roll < 0.6:
            script.call("pop")
            size -= 1
        else:
            script.call(rng.choice(["top", "getMin"]))
    return script.case(note, note_zh=note_zh)


def sawtooth(rng):
    """Runs of falling values pushed, then partly popped, again and again: the minimum moves both ways."""
    script, size = ms(), 0
    while len(script) < MAX_CALLS:
        start = rng.randint(-10**6, 10**6)
        for i in range(rng.randint(20, 200)):
            script.call("push", start - i * rng.randint(0, 3)).call("getMin")
            size += 1
        for _ in range(rng.randint(0, size - 1)):
            script.call("pop").call("getMin")
            size -= 1
    del script.operations[MAX_CALLS + 1:], script.arguments[MAX_CALLS + 1:]  # a prefix of valid calls is valid
    return script.case("max: 3*10^4 3*10^4 calls, runs of falling values pushed and partly popped",
                       note_zh="最大：约 3*10^4 次调用，成段压入递减的值，再弹出其中一部分")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "MinStack" and arguments[0] == [] and len(operations) == len(arguments)
    assert len(operations) - 1 <= MAX_CALLS, "at most 3 * 10^4 calls to push, pop, top and getMin"
    size = 0
    for operation, args in zip(operations[1:], arguments[1:]):
        if operation == "push":
            assert len(args) == 1 and type(args[0]) is int and INT_MIN <= args[0] <= INT_MAX, "-2^31 <= val <= 2^31 - 1"
            size += 1
        else:
            assert operation in ("pop", "top", "getMin") and args == [], operation
            assert size > 0, "pop, top and getMin are always called on a non-empty stack"
            size -= operation == "pop"


SIZES = (1875, 3750, 7500, 15_000, MAX_CALLS)  # for `compare`: the number of calls


def sized_input(rng, n):
    """n / 2 random pushes, then n / 2 calls, mostly getMin: a getMin that scans the stack does its full work."""
    script = pushes(ms(), [rng.randint(INT_MIN, INT_MAX) for _ in range(n // 2)])
    while len(script) < n:
        script.call("getMin" if rng.random() < 0.9 else "top")
    return script.given()
