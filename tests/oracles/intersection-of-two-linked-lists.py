"""Intersection of Two Linked Lists on plain values: name every node of the input (list A's node i is ("A", i);
list B's node j is ("B", j) before skipB and list A's node skipA + j - skipB after, when the lists meet), then try
every pair of a node of list A and a node of list B: the first node of list A that list B also holds is the answer
(-1: none)."""


def inputs(rng):
    while True:
        own_a = [rng.randint(1, 3) for _ in range(rng.randint(0, 6))]
        own_b = [rng.randint(1, 3) for _ in range(rng.randint(0, 6))]
        shared = [rng.randint(1, 3) for _ in range(rng.randint(0, 4))]
        if not shared and not (own_a and own_b):
            shared = [rng.randint(1, 3)]
        yield {"intersectVal": shared[0] if shared else 0, "listA": own_a + shared, "listB": own_b + shared,
               "skipA": len(own_a), "skipB": len(own_b)}


def solve(intersectVal, listA, listB, skipA, skipB):
    meet = intersectVal != 0
    names_a = [("A", i) for i in range(len(listA))]
    names_b = [("B", j) if j < skipB or not meet else ("A", skipA + j - skipB) for j in range(len(listB))]
    for i, name_a in enumerate(names_a):
        for name_b in names_b:
            if name_a == name_b:
                return i
    return -1
