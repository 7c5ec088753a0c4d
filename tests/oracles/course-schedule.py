"""Course Schedule by transitive closure: a course can never be started iff it (transitively) requires itself, so
compute reachability with Warshall's triple loop and look for a course that reaches itself."""


def inputs(rng):
    while True:
        n = rng.randint(1, 7)
        pairs = [[a, b] for a in range(n) for b in range(n) if a != b]
        rng.shuffle(pairs)
        if rng.random() < 0.5:  # mostly acyclic: keep a random order's forward edges, then maybe one more
            order = list(range(n))
            rng.shuffle(order)
            rank = {c: i for i, c in enumerate(order)}
            chosen = [p for p in pairs if rank[p[1]] < rank[p[0]]][:rng.randint(0, n * 2)]
            if rng.random() < 0.4:
                chosen += [p for p in pairs if p not in chosen][:1]
        else:
            chosen = pairs[:rng.randint(0, min(len(pairs), n + 2))]
        yield {"numCourses": n, "prerequisites": chosen}


def solve(numCourses, prerequisites):
    n = numCourses
    reach = [[False] * n for _ in range(n)]
    for a, b in prerequisites:
        reach[b][a] = True
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if reach[i][k] and reach[k][j]:
                    reach[i][j] = True
    return not any(reach[i][i] for i in range(n))
