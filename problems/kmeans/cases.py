"""Hidden tests for kmeans: the edges, one case (or more) per classic mistake, then seeded cases at the maxima.

Labels are compared exactly, so every case is decided by the contract, never by rounding: in every iteration each
point's nearest centroid is nearer than the runner-up by at least MARGIN of the runner-up's squared distance (1e-6
in float64, 1e-3 in float32 and beyond |x| = 10^4), except exact ties between integers, where any formula is exact
(`decided`, asserted by validate()). Generated cases get there by dropping the points that come closer than that
to a boundary in some iteration, and running again until none does (`settled`). The classic mistakes and the cases that catch them:
- ties to the higher index (`<=` in a loop, argmin of reversed columns): integer points equidistant from two
  integer centroids in the first iteration, designed so that the other side of the tie ends elsewhere (the cases
  are drawn until the higher-index rule changes the answer); two equal initial centroids;
- an empty cluster as NaN (mean of nothing), as zeros (sums / max(count, 1)), re-seeded to a random point, or
  dropped (shape (k - 1, d)): a centroid far from every point (empty from the start, kept to
  the end), and a cluster that empties in iteration 2 and wins points back in iteration 3;
- stopping on a centroid shift below a tolerance instead of unchanged labels: coordinates of 1e-6 (every shift is
  below 1e-4), coordinates near 1e8 (np.allclose's rtol 1e-5 lets 10^3 through), and slow runs of 100-300
  iterations whose late shifts are a tiny share of the variance (scikit-learn's tol=1e-4 rule);
- labels from before the last update, labels recomputed from the final centroids (scikit-learn's last E-step),
  centroids from before the last update, max_iter off by one, a default other than 100: cut-offs at max_iter = 1,
  4, 7 and 40 in runs still changing labels at max_iter - 1, max_iter and max_iter + 1, and a run of over 150
  iterations without max_iter (the default cuts it at 100);
- old labels started at zeros (the first iteration not counted as a change): a first assignment of all zeros
  that changes in iteration 2;
- ||x||^2 - 2 x.c + ||c||^2: coordinates near 1e8 with clusters a few units wide, where its rounding (a few
  units) exceeds the gaps between the distances (centering the data first, as scikit-learn does, passes);
- centroids in float64 for float32 input, labels as floats, init_centroids modified in place: every case;
- stopping when the inertia stops decreasing (exact in exact arithmetic): the last case, whose total inertia is
  dominated by four far points, so that the rounding hides every decrease while the labels still change.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_N, MAX_K, MAX_D, MAX_WORK = 10**4, 32, 32, 2 * 10**6  # points, clusters, dimensions, n * k * d
MAX_ITER = 300
MAX_ABS = {"float64": 1e8 + 1e4, "float32": 1e3}  # |coordinate|
MARGIN = {"float64": 1e-6, "float32": 1e-3}
f32, f64 = np.float32, np.float64


def lloyd(x, centroids, max_iter=100, higher=False):
    """The contract's iterations in float64: the list of (labels, centroids, smallest relative margin, counts)
    per iteration; `higher` breaks ties to the higher index (to design the cases that catch it)."""
    x, c = np.asarray(x, f64), np.array(centroids, f64)
    (k, d), labels, steps = c.shape, None, []
    for _ in range(max_iter):
        dist = ((x[:, None, :] - c[None]) ** 2).sum(axis=2)
        new = k - 1 - dist[:, ::-1].argmin(axis=1) if higher else dist.argmin(axis=1)
        if k > 1:
            two = np.partition(dist, 1, axis=1)
            margin = (two[:, 1] - two[:, 0]) / np.maximum(two[:, 1], 1e-300)
        else:
            margin = np.ones(len(x))
        changed = labels is None or not np.array_equal(new, labels)
        labels, counts = new, np.bincount(new, minlength=k)
        sums = np.stack([np.bincount(labels, x[:, j], minlength=k) for j in range(d)], axis=1)
        c[counts > 0] = sums[counts > 0] / counts[counts > 0, None]
        steps.append((labels, c.copy(), margin, counts))
        if not changed:
            break
    return steps


def settled(x, init, max_iter=100, margin=1e-6, rounds=100):
    """`x` less the points that come within `margin` of a tie in some iteration, run again until none does (each
    round drops those within 4 margins, so that the next run, its centroids a little moved, rarely finds more)."""
    for _ in range(rounds):
        closest = np.min([margins for _, _, margins, _ in lloyd(x, init, max_iter)], axis=0)
        if (closest >= margin).all():
            return x
        x = x[closest >= 4 * margin]
    raise AssertionError("no settled set of points")


def blobs(gen, n, k, d, spread=1.0, box=10.0, seeded=False):
    """n points around k centres uniform in a box of side `box`, each cluster its own size and width (and, with
    `seeded`, one point drawn near each centre, an initialisation close to the answer)."""
    centres = gen.uniform(-box / 2, box / 2, (k, d))
    sizes = gen.multinomial(n - k, gen.dirichlet(np.full(k, 2.0))) + 1
    widths = spread * gen.uniform(0.5, 1.5, k)
    x = np.concatenate([gen.normal(centres[j], widths[j], (sizes[j], d)) for j in range(k)])[gen.permutation(n)]
    return (x, gen.normal(centres, spread)[gen.permutation(k)]) if seeded else x


def forgy(gen, x, k):
    """k distinct points of x, in random order (a common initialisation)."""
    return x[gen.choice(len(x), k, replace=False)].copy()


def case(x, init, max_iter=None, dtype=f64, margin=None, note="", note_zh="", expected=None):
    """A settled case (points near a boundary dropped) in `dtype`."""
    x, init = np.asarray(x, dtype), np.asarray(init, dtype)
    x = settled(x, init, max_iter or 100, margin or MARGIN[np.dtype(dtype).name])
    given = {"x": x, "init_centroids": init} | ({} if max_iter is None else {"max_iter": max_iter})
    if expected is None:
        return Case(given, note=note, note_zh=note_zh)
    return Case(given, expected, note, note_zh=note_zh)


def pinned(x, init, centroids, labels, max_iter=None, dtype=f64):
    given = {"x": np.array(x, dtype), "init_centroids": np.array(init, dtype)}
    if max_iter is not None:
        given["max_iter"] = max_iter
    return given, (np.array(centroids, dtype), np.array(labels, np.int64))


def integer_ties(gen, n, k, side):
    """Integer points and integer initial centroids where first-iteration ties decide the answer: drawn until the
    higher-index rule ends elsewhere and no later iteration comes near a tie."""
    while True:
        x = gen.integers(-side, side + 1, (n, 2)).astype(f64)
        init = gen.integers(-side, side + 1, (k, 2)).astype(f64)
        steps = lloyd(x, init)
        tied = (steps[0][2] == 0).sum()
        later = min((s[2].min() for s in steps[1:]), default=1.0)
        if tied and later >= 1e-3 and not np.array_equal(lloyd(x, init, higher=True)[-1][0], steps[-1][0]):
            return x, init


def slow_line(gen, n, k, scale=1.0):
    """Points along a line (a thin strip) with every centroid starting at the left end: the centroids spread out
    one boundary at a time, for 100 to 300 iterations."""
    x = np.stack([np.sort(gen.uniform(0, 100, n)), gen.normal(0, 0.3, n)], axis=1) * scale
    return x, x[np.argsort(x[:, 0])[:k]].copy()


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges: one cluster, one point, k = n, identical initial centroids.
    x = blobs(gen, 40, 3, 3)
    yield case(x, x[:1], note="k = 1: the centroid is the mean of all points, every label 0; done in 2 iterations",
               note_zh="k = 1：质心是所有点的均值，标签全为 0；2 轮迭代结束")
    yield Case(*pinned([[1.5, -2.0, 0.25]], [[0, 0, 0], [1, -2, 0]], [[0, 0, 0], [1.5, -2, 0.25]], [1]),
               "one point, k = 2: it moves the centroid it joins; the other cluster is empty and keeps its centroid",
               note_zh="只有一个点，k = 2：它所属的质心移到它的位置；另一个簇为空，保留原质心")
    x = gen.normal(0, 3, (12, 4))
    yield case(x, x[gen.permutation(12)], note="k = n: each initial centroid is one of the points (shuffled)",
               note_zh="k = n：每个初始质心都是其中一个点（顺序打乱）")
    init = np.array([[0.0, 0.0], [0.0, 0.0], [5.0, 5.0]])
    x = gen.integers(-9, 10, (30, 2)).astype(f64)
    while min(step[2].min() for step in lloyd(x, init)[1:]) < 1e-3:  # exact ties in the first iteration only
        x = gen.integers(-9, 10, (30, 2)).astype(f64)
    yield Case({"x": x, "init_centroids": init},
               note="two equal initial centroids at (0, 0): in iteration 1 each point near them ties and goes to "
                    "cluster 0; cluster 1 is empty, stays at (0, 0), and wins points once centroid 0 has moved",
               note_zh="两个相同的初始质心 (0, 0)：第 1 轮中靠近它们的点都是平局，全归簇 0；簇 1 为空，留在 (0, 0)，"
                       "等质心 0 移开后才分到点")

    # Ties: integer points equidistant from two integer centroids.
    yield Case(*pinned([[-5, 0], [-4, 0], [-3, 0], [0, 0], [3, 0], [4, 0], [5, 0]], [[-4, 0], [4, 0]],
                       [[-3, 0], [4, 0]], [0, 0, 0, 0, 1, 1, 1]),
               "a tie: (0, 0) is 4 from both centroids and joins cluster 0 (the lower index); the higher index "
               "gives centroids (-4, 0), (3, 0)",
               note_zh="平局：(0, 0) 到两个质心的距离都是 4，归入簇 0（下标小的）；归入下标大的会得到质心 (-4, 0)、(3, 0)")
    for n, k, side in ((60, 4, 6), (400, 6, 12)):
        x, init = integer_ties(gen, n, k, side)
        yield Case({"x": x, "init_centroids": init},
                   note=f"integer points and centroids, n = {n}, k = {k}: exact first-iteration ties decide the "
                        "answer (to the higher index, it ends elsewhere)",
                   note_zh=f"整数坐标的点和质心，n = {n}，k = {k}：第一轮中的精确平局决定结果（归下标大的会收敛到别处）")

    # Empty clusters.
    x = blobs(gen, 80, 3, 2)
    yield case(x, np.concatenate([forgy(gen, x, 3), [[40.0, -35.0]]]),
               note="a centroid at (40, -35), far from every point: its cluster is empty from the start and keeps it",
               note_zh="一个质心在 (40, -35)，离所有点都很远：它的簇从一开始就为空，一直保留这个质心")
    yield Case({"x": np.array([[-2.0, 9.7], [1.7, -5.2], [-4.6, -3.5], [4.1, -7.3], [3.7, -6.4], [-7.7, 1.0],
                               [8.6, -6.1], [3.4, -8.2], [8.9, -7.3], [-3.8, -1.7], [-5.8, 5.2], [-2.6, 6.7]]),
                "init_centroids": np.array([[-7.7, 9.3], [-9.3, -2.1], [-4.2, 5.1]])},
               note="cluster 2 has 5 points, none in iteration 2 (it keeps its centroid), then wins 1 and 3 back",
               note_zh="簇 2 先有 5 个点，第 2 轮变空（保留质心），之后又分到 1 个、3 个点")

    # The stopping rule and max_iter.
    x = blobs(gen, 300, 5, 2, spread=2.0, box=8.0)
    yield case(x, forgy(gen, x, 5), max_iter=1,
               note="max_iter = 1: the first assignment and the means of its clusters",
               note_zh="max_iter = 1：第一次分配，以及按它算出的各簇均值")
    x, init = slow_line(gen, 1500, 12)
    yield case(x, init, max_iter=7, note="max_iter = 7 in a run whose labels change for over 100 iterations",
               note_zh="max_iter = 7，而这次运行的标签要变化 100 多轮")
    x, init = slow_line(gen, 2000, 16)
    yield case(x, init, max_iter=40, note="max_iter = 40 in a run whose labels change for over 100 iterations",
               note_zh="max_iter = 40，而这次运行的标签要变化 100 多轮")
    x, init = slow_line(gen, 2000, 16)
    yield case(x, init, note="no max_iter in a run whose labels would change for over 100 iterations: the default "
                             "100 cuts it",
               note_zh="不给 max_iter，而这次运行的标签要变化 100 多轮：默认的 100 会截断它")
    x, init = slow_line(gen, 1000, 10, scale=1e-6)
    yield case(x, init, max_iter=MAX_ITER,
               note="coordinates of 1e-6 to 1e-4, max_iter = 300: every centroid shift is below 1e-4, yet labels "
                    "change for dozens of iterations",
               note_zh="坐标量级为 1e-6 到 1e-4，max_iter = 300：每次质心移动都小于 1e-4，标签却要变化几十轮")
    x = np.concatenate([gen.normal(0, 1, (90, 2)), gen.uniform([7.8, -0.2], [8.2, 0.2], (10, 2))])
    yield case(x[gen.permutation(100)], [[3.0, 0.0], [14.0, 0.0]],
               note="every point nearer centroid 0 in iteration 1; the 10 near (8, 0) move to centroid 1 in iteration 2",
               note_zh="第 1 轮所有点都离质心 0 更近；第 2 轮 (8, 0) 附近的 10 个点改归质心 1")

    # Far from the origin: ||x||^2 - 2 x.c + ||c||^2 rounds to a few units.
    x = blobs(gen, 600, 4, 2, spread=1.0, box=8.0)
    yield case(x + 1e8, forgy(gen, x, 4) + 1e8, margin=1e-3,
               note="coordinates near 1e8, clusters a few units wide: ||x||^2 - 2 x.c + ||c||^2 is off by a few units",
               note_zh="坐标在 1e8 附近，簇只有几个单位宽：||x||^2 - 2 x.c + ||c||^2 会差几个单位")
    x, far = blobs(gen, 400, 3, 3, spread=0.5, box=5.0), np.array([3e7, -6e7, 4e7])
    yield case(x + far, forgy(gen, x, 3) + far, max_iter=3, margin=1e-3,
               note="coordinates near (3e7, -6e7, 4e7), clusters a unit wide, max_iter = 3 (before the expansion's "
                    "misassigned points could come back)",
               note_zh="坐标在 (3e7, -6e7, 4e7) 附近，簇约一个单位宽，max_iter = 3（展开式分错的点来不及回到正确的簇）")

    # float32.
    x = blobs(gen, 500, 5, 3, spread=1.5)
    yield case(x, forgy(gen, x, 5), dtype=f32, note="float32: the centroids stay float32",
               note_zh="float32：质心仍是 float32")
    x = blobs(gen, 2000, 8, 6, spread=2.0, box=20.0) + 50
    yield case(x, forgy(gen, x, 8), max_iter=4, dtype=f32, note="float32, coordinates near 50, cut at max_iter = 4",
               note_zh="float32，坐标在 50 附近，在 max_iter = 4 处截断")

    # Random overlapping blobs, and the maxima.
    x = blobs(gen, 3000, 10, 5, spread=2.5)
    yield case(x, forgy(gen, x, 10), note="overlapping blobs, n = 3000, k = 10, d = 5",
               note_zh="互相重叠的簇，n = 3000，k = 10，d = 5")
    x = blobs(gen, MAX_N, 16, 8, spread=2.0)
    yield case(x, forgy(gen, x, 16), note="max: n = 10^4 (less the points near a boundary), k = 16, d = 8, float64",
               note_zh="最大：n = 10^4（去掉靠近边界的点），k = 16，d = 8，float64")
    yield case(*blobs(gen, MAX_N, 16, 8, spread=1.0, box=30.0, seeded=True), dtype=f32,
               note="max: n = 10^4 (less the points near a boundary), k = 16, d = 8, float32",
               note_zh="最大：n = 10^4（去掉靠近边界的点），k = 16，d = 8，float32")
    x = blobs(gen, 1950, MAX_K, MAX_D, spread=3.0, box=12.0)
    yield case(x, forgy(gen, x, MAX_K), max_iter=MAX_ITER, note="max: k = 32, d = 32, n = 1950, max_iter = 300",
               note_zh="最大：k = 32，d = 32，n = 1950，max_iter = 300")

    # Appended last (not to change the draws above). Stopping when the inertia stops decreasing is the label rule in
    # exact arithmetic, but not in floating point: four points at x = +-1e8 in two clusters of their own (their
    # inertia, 2.25e16 from iteration 2 on, has an ulp of 4) beside a slow line 1 unit long (its whole inertia below
    # 1), so every decrease is lost in the rounding and `inertia >= previous` stops after iteration 2. The far points
    # sum to 0, so the data's mean stays by the line and the centred expansion passes; their clusters' means
    # (+-1e8, +-2.5e7) have no coordinate 0, which the element-wise rtol could not absorb (a centred solution's
    # 1e8 - shift rounds by ~1e-8).
    x, init = slow_line(gen, 1000, 10, scale=1e-2)
    far = np.array([[1e8, 1e8], [1e8, -5e7], [-1e8, -1e8], [-1e8, 5e7]])
    yield case(np.concatenate([x, far])[gen.permutation(1004)], np.concatenate([init, [[1e8, 0.0], [-1e8, 0.0]]]),
               max_iter=MAX_ITER, margin=1e-3,
               note="a line 1 unit long beside four points at x = +-1e8 in two clusters of their own: the total "
                    "inertia (2.25e16) cannot see the line's decreases, but its labels change for over 20 iterations "
                    "(stopping when the inertia stops decreasing stops after iteration 2)",
               note_zh="一条 1 个单位长的线，旁边是 x = ±1e8 处的四个点，自成两个簇：总惯性（2.25e16）看不出这条线上的"
                       "下降，但它的标签要变化 20 多轮（惯性不再下降就停止，会在第 2 轮后停下）")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, init = given["x"], given["init_centroids"]
    assert isinstance(x, np.ndarray) and x.dtype in (f32, f64) and x.ndim == 2, "x is a 2-D float32/float64 array"
    assert isinstance(init, np.ndarray) and init.dtype == x.dtype and init.ndim == 2, "init_centroids: x's dtype"
    (n, d), k = x.shape, init.shape[0]
    assert 1 <= n <= MAX_N and 1 <= d <= MAX_D and 1 <= k <= MAX_K and init.shape[1] == d, "1 <= n, k, d <= max"
    assert n * k * d <= MAX_WORK, "n * k * d <= 2 * 10^6"
    bound = MAX_ABS[x.dtype.name]
    assert all(np.isfinite(a).all() and (np.abs(a) <= bound).all() for a in (x, init)), "finite, |value| <= bound"
    max_iter = given.get("max_iter", 100)
    assert isinstance(max_iter, int) and 1 <= max_iter <= MAX_ITER, "1 <= max_iter <= 300"
    assert decided(x, init, max_iter), "every assignment is decided by a margin (see Precision) or an exact tie"


def decided(x, init, max_iter):
    """The statement's promise: in every iteration each point's nearest centroid beats the runner-up by MARGIN of
    its squared distance (1e-3 far from the origin, |x| > 10^4), or ties it exactly between integers."""
    integers = all((a == np.round(a)).all() for a in (x, init))
    margin = 1e-3 if x.dtype == f32 or np.abs(x).max() > 1e4 else MARGIN["float64"]
    return all(((margins >= margin) | (integers & (margins == 0))).all() for _, _, margins, _ in lloyd(x, init, max_iter))


SIZES = (1250, 2500, 5000, MAX_N)  # for `compare`: the number of points (k = 16, d = 8, max_iter = 20)


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    x = blobs(gen, n, 16, 8, spread=2.0)
    return {"x": x, "init_centroids": forgy(gen, x, 16), "max_iter": 20}
