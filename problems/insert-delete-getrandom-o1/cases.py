"""Hidden tests for RandomizedSet: the classic bookkeeping bugs, long runs of getRandom on fixed sets (built with
removals and re-insertions) for the checker's uniformity and independence tests, and 2*10^5-call sequences that make
O(n) membership, removal or getRandom hopeless."""

from harness.catalogue.cases import Case

MAX_CALLS = 2 * 10**5
LOW, HIGH = -(2**31), 2**31 - 1


class Script:
    """Builds a LeetCode operation list while tracking the set, so every getRandom is legal."""

    def __init__(self):
        self.operations, self.arguments, self.members = ["RandomizedSet"], [[]], set()

    def insert(self, *values):
        self.operations += ["insert"] * len(values)
        self.arguments += [[value] for value in values]
        self.members.update(values)
        return self

    def remove(self, *values):
        self.operations += ["remove"] * len(values)
        self.arguments += [[value] for value in values]
        self.members.difference_update(values)
        return self

    def get_random(self, times=1):
        assert self.members
        self.operations += ["getRandom"] * times
        self.arguments += [[] for _ in range(times)]
        return self

    def case(self, note, expected=None, note_zh=""):
        given = {"operations": self.operations, "arguments": self.arguments}
        return (Case(given, note=note, note_zh=note_zh) if expected is None
                else Case(given, expected, note, note_zh=note_zh))


def hidden_cases(rng):
    yield Script().insert(1, 2).remove(2).insert(2).get_random().case(
        "remove the last element, then insert it again", [None, True, True, True, True, 1],
        note_zh="删除最后一个元素，再重新插入它")
    yield Script().insert(1, 2).remove(2).insert(2).remove(2).get_random().case(
        "remove the last element, insert it and remove it again", [None, True, True, True, True, True, 1],
        note_zh="删除最后一个元素，重新插入后再删除")
    yield Script().insert(1, 1).remove(2, 1, 1).insert(1).get_random().case(
        "duplicates and absent values", [None, True, False, False, True, False, True, 1],
        note_zh="重复的值与不存在的值")
    yield Script().insert(1, 2, 3).remove(1, 3).get_random().insert(1).remove(2).get_random(3).case(
        "the moved element's index must be updated", [None, True, True, True, True, True, 2, True, True, 1, 1, 1],
        note_zh="必须更新被移动元素的下标")
    yield Script().insert(5).remove(5).insert(6).get_random(50).case("empty, then refilled", note_zh="先清空，再重新填入")
    yield Script().insert(LOW, HIGH, 0).remove(0).get_random(5).remove(LOW).get_random(5).case(
        "extreme values", note_zh="极值")
    yield Script().insert(7).get_random(2000).case("a single element", note_zh="只有一个元素")
    yield Script().insert(1, 2, 3).remove(1).insert(1).remove(1).insert(1).remove(2).insert(2).get_random(
        20_000).case("uniformity: 20000 draws after values were removed and inserted again",
                     note_zh="均匀性：值被删除又重新插入之后，抽取 20000 次")
    for size, draws in ((2, 20_000), (3, 30_000), (7, 35_000), (16, 64_000)):
        yield uniform_run(rng, size, draws)
    yield interleaved(rng, size=40)
    yield build_then_mix(rng)
    yield churn_at_the_end(rng)
    yield many_draws_from_a_big_set(rng)


def uniform_run(rng, size, draws):
    """A set of `size` built with churn (so the internal order is shuffled, and half the removed values come back),
    then a long run of getRandom."""
    values = rng.sample(range(-1000, 1000), 2 * size)
    script = Script().insert(*values)
    removed = rng.sample(values, size)
    back = removed[: (size + 1) // 2]
    script.remove(*removed).insert(*back).remove(*rng.sample(sorted(script.members - set(back)), len(back)))
    return script.get_random(draws).case(f"uniformity and independence: {draws} draws from {size} elements",
                                         note_zh=f"均匀性与独立性：从 {size} 个元素中抽取 {draws} 次")


def interleaved(rng, size):
    script = Script()
    for _ in range(3000):
        roll = rng.random()
        if roll < 0.4 or not script.members:
            script.insert(rng.randrange(size))
        elif roll < 0.7:
            script.remove(rng.randrange(size))
        else:
            script.get_random()
    return script.case(f"random calls on values below {size}: many repeats and misses",
                       note_zh=f"对小于 {size} 的值随机调用：大量重复和未命中")


def build_then_mix(rng):
    """10^5 distinct inserts, then 10^5 random removes, re-inserts and draws: max 2*10^5 calls."""
    values = rng.sample(range(LOW, HIGH), 10**5)
    script = Script().insert(*values)
    present = list(values)
    for _ in range(10**5):
        roll = rng.random()
        if roll < 0.35 and present:
            script.remove(pop_random(rng, present))
        elif roll < 0.7:
            value = rng.randrange(LOW, HIGH)
            script.insert(value)
            present.append(value)
        else:
            script.get_random() if script.members else script.insert(1)
    return script.case("max calls: 10^5 inserts, then removes, inserts and draws mixed",
                       note_zh="最大调用次数：先插入 10^5 次，再混合进行删除、插入和抽取")


def pop_random(rng, values):
    """Remove and return a random item of the list `values` in O(1): the last item takes its place."""
    index = rng.randrange(len(values))
    values[index], values[-1] = values[-1], values[index]
    return values.pop()


def churn_at_the_end(rng):
    """A big set, then the newest element removed and re-inserted: a list scanned from the front is O(n) per call."""
    values = rng.sample(range(LOW, HIGH), 10**5)
    script = Script().insert(*values)
    for _ in range(5 * 10**4):
        script.remove(values[-1]).insert(values[-1])
    return script.case("max calls: 10^5 elements, then 10^5 removes and inserts of the newest",
                       note_zh="最大调用次数：10^5 个元素，然后对最新的元素删除和插入共 10^5 次")


def many_draws_from_a_big_set(rng):
    """10^5 elements, 2*10^4 of them removed and half of those inserted again, then 6*10^4 draws: max 2*10^5 calls.
    Enough draws to see one eighth of the set come out 1.5 times as often as the rest, or a draw predict the next."""
    values = rng.sample(range(LOW, HIGH), 11 * 10**4)
    script = Script().insert(*values[: 10**5])
    removed = rng.sample(values[: 10**5], 2 * 10**4)
    script.remove(*removed).insert(*removed[: 10**4]).insert(*values[10**5:])
    return script.get_random(6 * 10**4).case("max calls: 10^5 elements after removals and re-insertions, then 6*10^4 "
                                             "getRandom: uniformity and independence on a big set",
                                             note_zh="最大调用次数：删除和重新插入后有 10^5 个元素，再调用 6*10^4 次 "
                                             "getRandom：大集合上的均匀性与独立性")


def validate(given):
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "RandomizedSet" and arguments[0] == [] and len(operations) == len(arguments)
    assert len(operations) - 1 <= MAX_CALLS
    members = set()
    for operation, args in zip(operations[1:], arguments[1:]):
        if operation == "getRandom":
            assert args == [] and members, "getRandom on an empty set"
            continue
        (value,) = args
        assert LOW <= value <= HIGH
        (members.add if operation == "insert" else members.discard)(value)


SIZES = (12_500, 25_000, 50_000, 100_000, 200_000)  # for `compare`: the number of calls


def sized_input(rng, n):
    """Half inserts to build the set, then removes, inserts and draws mixed."""
    script, present = Script(), []
    for _ in range(n // 2):
        value = rng.randrange(LOW, HIGH)
        script.insert(value)
        present.append(value)
    for _ in range(n - n // 2):
        roll = rng.random()
        if roll < 0.3 and len(present) > 1:
            script.remove(pop_random(rng, present))
        elif roll < 0.6:
            value = rng.randrange(LOW, HIGH)
            script.insert(value)
            present.append(value)
        else:
            script.get_random()
    return {"operations": script.operations, "arguments": script.arguments}
