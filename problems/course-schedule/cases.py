"""Hidden tests for course-schedule: small graphs with pinned answers, one per classic mistake (a diamond or a shared
prerequisite is not a cycle, cycles longer than two, a cycle away from course 0, a course with several
prerequisites, the edges' direction), then graphs at the maxima: a 2000-course chain (deep recursion), one
2000-course cycle, a layered DAG whose paths a DFS without a "finished" state re-explores exponentially, a dense
DAG, and random DAGs with and without one closing edge. Course labels are shuffled so that no order is implied.
"""

from harness.catalogue.cases import Case

N_MAX = 2000
E_MAX = 5000


def relabel(rng, n, pairs):
    """The same graph with the courses renamed by a random permutation and the pairs shuffled."""
    names = list(range(n))
    rng.shuffle(names)
    out = [[names[a], names[b]] for a, b in pairs]
    rng.shuffle(out)
    return out


def chain(n):
    """Course i needs course i - 1: one path through every course."""
    return [[i, i - 1] for i in range(1, n)]


def random_dag(rng, n, e, base=()):
    """e distinct pairs [a, b] with b < a (acyclic before relabelling), the pairs `base` among them."""
    pairs = {tuple(p) for p in base}
    while len(pairs) < e:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((max(a, b), min(a, b)))
    return [list(p) for p in sorted(pairs)]


def layered(width, edges):
    """Layers of `width` courses, each course needing every course of the layer before: width^layers paths."""
    pairs = []
    layer = 1
    while len(pairs) + width * width <= edges:
        for a in range(width):
            for b in range(width):
                pairs.append([layer * width + a, (layer - 1) * width + b])
        layer += 1
    return (layer) * width, pairs


def case(rng, n, pairs, expected, note, note_zh, shuffle=True):
    return Case({"numCourses": n, "prerequisites": relabel(rng, n, pairs) if shuffle else pairs}, expected, note,
                note_zh=note_zh)


def hidden_cases(rng):
    yield case(rng, 1, [], True, "one course, no prerequisites", "一门课程，没有先修关系", shuffle=False)
    yield case(rng, 3, [], True, "no prerequisites at all", "完全没有先修关系", shuffle=False)
    yield case(rng, 2, [[0, 1]], True, "one pair, the other way round", "一对先修关系，方向相反", shuffle=False)
    yield case(rng, 3, [[1, 0], [2, 1], [0, 2]], False, "a 3-cycle: not only mutual pairs form cycles",
               "三元环：不只是互为先修的一对才构成环", shuffle=False)
    yield case(rng, 4, [[1, 0], [2, 1], [3, 2], [0, 3]], False, "a 4-cycle", "四元环", shuffle=False)
    yield case(rng, 3, [[1, 0], [2, 0]], True, "two courses sharing a prerequisite", "两门课程共享一门先修课",
               shuffle=False)
    yield case(rng, 3, [[2, 0], [2, 1]], True, "a course with two prerequisites", "一门课程有两门先修课", shuffle=False)
    yield case(rng, 3, [[0, 1], [0, 2], [1, 0]], False,
               "course 0 has two prerequisites and the cycle goes through the first: a dict keeping one loses it",
               "课程 0 有两门先修课，环经过第一门：每门课只保存一门先修课的哈希表会把它丢掉", shuffle=False)
    yield case(rng, 4, [[1, 0], [2, 1], [3, 2], [3, 0]], True,
               "a shortcut beside a path: reaching a finished course again is not a cycle",
               "路径旁的捷径：再次到达已完成的课程不是环", shuffle=False)
    yield case(rng, 6, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]], False,
               "a cycle in a component that course 0 does not reach", "环位于课程 0 到达不了的连通分量中", shuffle=False)
    yield case(rng, 5, [[0, 1], [1, 2], [2, 3], [3, 4]], True, "a chain ending at course 0: edges point down",
               "以课程 0 结尾的链：边指向编号更小的课程", shuffle=False)
    yield case(rng, 5, [[1, 0], [2, 0], [3, 0], [4, 0], [4, 1], [4, 2], [4, 3]], True,
               "a wide diamond: course 4 reached along four routes", "宽菱形：沿四条路线到达课程 4", shuffle=False)
    yield case(rng, 4, [[1, 0], [2, 1], [3, 2], [1, 3]], False, "a cycle entered from outside it (0 -> 1 -> 2 -> 3 -> 1)",
               "从环外进入的环（0 -> 1 -> 2 -> 3 -> 1）", shuffle=False)
    yield case(rng, N_MAX, [], True, "max: 2000 courses, no prerequisites", "最大：2000 门课程，没有先修关系")
    yield case(rng, N_MAX, chain(N_MAX), True, "max: a chain of 2000 courses (recursion 2000 deep)",
               "最大：2000 门课程组成的链（递归深度 2000）", shuffle=False)
    yield case(rng, N_MAX, chain(N_MAX), True, "max: a chain of 2000 courses, labels shuffled",
               "最大：2000 门课程组成的链，编号打乱")
    yield case(rng, N_MAX, chain(N_MAX) + [[0, N_MAX - 1]], False, "max: one cycle through all 2000 courses",
               "最大：一个经过全部 2000 门课程的环")
    yield case(rng, N_MAX, chain(N_MAX) + [[1000, 1500]], False, "max: a 2000-chain with one edge back to its middle",
               "最大：2000 门课程的链，有一条边回到链的中部")
    n, pairs = layered(3, E_MAX)
    yield case(rng, n, pairs, True, f"max: {n} courses in layers of 3, {len(pairs)} pairs: 3^{n // 3} paths, no cycle",
               f"最大：{n} 门课程，每层 3 门，{len(pairs)} 对先修关系：3^{n // 3} 条路径，无环")
    yield case(rng, n, pairs + [[0, n - 1]], False, f"max: the same {n} layered courses with an edge closing a cycle",
               f"最大：同样的 {n} 门分层课程，加一条边形成环")
    dense = [[a, b] for a in range(100) for b in range(a)]
    yield case(rng, 100, dense, True, "max: 100 courses, every earlier course a prerequisite (4950 pairs)",
               "最大：100 门课程，每门课都以所有更早的课程为先修课（4950 对）")
    yield case(rng, 100, dense + [[0, 99]], False, "max: the dense DAG plus one pair the other way round: a 2-cycle",
               "最大：稠密的有向无环图，再加一对方向相反的先修关系：二元环")
    yield case(rng, N_MAX, [[a, 0] for a in range(1, N_MAX)], True, "max: 1999 courses all needing course 0",
               "最大：1999 门课程都需要课程 0")
    for e in (E_MAX, E_MAX - 1):
        dag = random_dag(rng, N_MAX, e)
        yield case(rng, N_MAX, dag, True, f"max: random DAG, 2000 courses, {e} pairs",
                   f"最大：随机有向无环图，2000 门课程，{e} 对先修关系")
    dag = random_dag(rng, N_MAX, E_MAX - 1)
    a, b = dag[rng.randrange(len(dag))]
    yield case(rng, N_MAX, dag + [[b, a]], False, "max: random DAG plus one reversed pair: a 2-cycle hidden in 5000",
               "最大：随机有向无环图加一对反向的先修关系：5000 对中藏着一个二元环")
    dag = random_dag(rng, N_MAX, E_MAX - 1, base=chain(N_MAX))
    yield case(rng, N_MAX, dag + [[0, N_MAX - 1]], False,
               "max: random DAG through a 2000-course path, plus one edge closing it into a cycle",
               "最大：包含一条 2000 门课程路径的随机有向无环图，再加一条边把它闭合成环")
    dag = random_dag(rng, 300, 1500)
    yield case(rng, 300, dag, True, "300 courses, 1500 random pairs, acyclic", "300 门课程，1500 对随机先修关系，无环")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    n, pairs = given["numCourses"], given["prerequisites"]
    assert type(n) is int and 1 <= n <= N_MAX, "1 <= numCourses <= 2000"
    assert isinstance(pairs, list) and len(pairs) <= E_MAX, "0 <= prerequisites.length <= 5000"
    assert all(isinstance(p, list) and len(p) == 2 for p in pairs), "prerequisites[i].length == 2"
    assert all(type(x) is int and 0 <= x < n for p in pairs for x in p), "0 <= a, b < numCourses"
    assert all(a != b for a, b in pairs), "a != b"
    assert len({tuple(p) for p in pairs}) == len(pairs), "all the pairs are unique"


SIZES = (625, 1250, 2500, E_MAX)  # for `compare`: the number of pairs, 2000 courses


def sized_input(rng, n):
    return {"numCourses": N_MAX, "prerequisites": relabel(rng, N_MAX, random_dag(rng, N_MAX, n))}
