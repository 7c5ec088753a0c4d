"""Copy List with Random Pointer by brute force: build the original as objects, copy it by position (for each
node, find the position of its random target by scanning the whole list, and point the copy at the copy in that
position), then read the copy back by scanning it for each random target's position."""


class Item:
    def __init__(self, val):
        self.val, self.next, self.random = val, None, None


def inputs(rng):
    while True:
        n = rng.randint(0, 8)
        values = [rng.randint(-3, 3) for _ in range(n)]
        yield {"head": [[value, rng.choice([None] + list(range(n)))] for value in values]}


def position(items, target):
    for index, item in enumerate(items):
        if item is target:
            return index
    return None


def solve(head):
    original = [Item(value) for value, _ in head]
    for index, (_, random) in enumerate(head):
        original[index].random = None if random is None else original[random]
    copy = [Item(item.val) for item in original]
    for index, item in enumerate(original):
        where = position(original, item.random)
        copy[index].random = None if where is None else copy[where]
    return [[item.val, position(copy, item.random)] for item in copy]
