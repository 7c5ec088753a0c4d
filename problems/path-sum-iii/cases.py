"""Hidden tests for path-sum-iii: the empty tree with target 0 (the empty path is not a path), one node equal to the
target (prefix sums not seeded with {0: 1}), paths that do not start at the root and paths that do not end at a leaf,
two branches where the other branch's running sum would match (a prefix count not undone on the way back, in either
visiting order), a path counted twice by a recursion that restarts inside the continued path, a match followed by
zeros or by values that return to the target (stopping at the first match), negative values and a negative target
(pruning once the sum passes the target), running sums repeated by zeros (a set of sums for a count), sums beyond 32
bits, one that wraps to the target in 32-bit arithmetic, and at the maximum of 1000 nodes a path of zeros (500500
paths, a recursion 1000 deep), paths, a complete tree and random shapes with small values and many matches."""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 1000
V_MAX = 10**9
T_MAX = 1000
WRAP = [858993461, None, 858993461, None, 858993461, None, 858993461, None, 858993460]  # sums to 2^32 + 8


def small(rng, k):
    return lambda: rng.randint(-k, k)


def hidden_cases(rng):
    yield Case({"root": [], "targetSum": 0}, 0, "the empty tree, target 0: the empty path does not count",
               note_zh="空树，目标为 0：空路径不算")
    yield Case({"root": [5], "targetSum": 5}, 1, "one node equal to the target: the path that starts at the root "
               "(prefix sums not seeded with {0: 1} miss it)",
               note_zh="只有一个节点且等于目标：从根开始的路径（前缀和没有用 {0: 1} 初始化会漏掉它）")
    yield Case({"root": [1], "targetSum": 0}, 0, "one node, target 0: no path", note_zh="只有一个节点，目标为 0：没有路径")
    yield Case({"root": [1, 2, 3], "targetSum": 3}, 2, "1 -> 2 from the root and 3 alone: paths need not start at "
               "the root", note_zh="从根出发的 1 -> 2 和单独的 3：路径不必从根开始")
    yield Case({"root": [1, 2, None, 3], "targetSum": 3}, 2, "1 -> 2 ends above a leaf, and 3 alone: paths need not "
               "end at a leaf", note_zh="1 -> 2 在叶子之上就结束了，还有单独的 3：路径不必在叶子结束")
    yield Case({"root": [1, 2, 5], "targetSum": 3}, 1, "the left branch's running sum 3 must be gone when the right "
               "branch reaches 6 (a prefix count not undone counts 1 -> 5 too)",
               note_zh="右分支走到前缀和 6 时，左分支的前缀和 3 必须已经撤销（没有撤销的计数会把 1 -> 5 也算上）")
    yield Case({"root": [1, 5, 2], "targetSum": 3}, 1, "the same trap with the branches swapped (for a walk that "
               "visits the right child first)", note_zh="同样的陷阱，两侧交换（针对先访问右子节点的遍历）")
    yield Case({"root": [1, None, 1, None, 1, None, 1], "targetSum": 2}, 3,
               "a path of four 1s, target 2: exactly 3 paths (a recursion that restarts at every node inside the "
               "continued path counts some twice)",
               note_zh="四个 1 组成的链，目标为 2：恰好 3 条路径（在延续的路径里每个节点都重新开始的递归会重复计数）")
    yield Case({"root": [3, 0, None, 0], "targetSum": 3}, 3, "3, then 3 -> 0 and 3 -> 0 -> 0: a match does not end "
               "the path (stopping at the first match finds 1)",
               note_zh="3、3 -> 0、3 -> 0 -> 0：匹配之后路径还能继续（遇到第一次匹配就停下只能找到 1 条）")
    yield Case({"root": [2, 1, None, -1, None, 1], "targetSum": 3}, 2, "2 -> 1 and 2 -> 1 -> -1 -> 1: the sum comes "
               "back to the target after a negative value", note_zh="2 -> 1 和 2 -> 1 -> -1 -> 1：经过负数后和又回到目标")
    yield Case({"root": [-2, None, -3], "targetSum": -5}, 1, "negative values and a negative target (pruning once "
               "the sum is above the target finds none)", note_zh="负数值和负的目标（和一旦超过目标就剪枝会一条都找不到）")
    yield Case({"root": [0, 0, 0, 0, None, None, 0], "targetSum": 0}, 11,
               "zeros: the running sum 0 repeats, and every path counts (a set of sums for a count is wrong)",
               note_zh="全是 0：前缀和 0 反复出现，每条路径都要算（用哈希集合（set）代替计数是错的）")
    yield Case({"root": [1000000000, 1000000000, -1000000000, -1000000000, None, None, 1000000000], "targetSum": 0},
               note="the extreme values 10^9 and -10^9, target 0 (sums reach 2 x 10^9, beyond a signed 32-bit int)",
               note_zh="取到极值 10^9 和 -10^9，目标为 0（和达到 2 x 10^9，超出有符号 32 位整数）")
    yield Case({"root": WRAP, "targetSum": 8}, 0, "a path summing to 2^32 + 8, target 8: 32-bit arithmetic wraps it "
               "to 8 and counts it", note_zh="一条和为 2^32 + 8 的路径，目标为 8：32 位运算会溢出成 8 并把它算上")
    yield Case({"root": [1000, -1000, 1000, None, -1000], "targetSum": -1000},
               note="the extreme targets: -1000", note_zh="目标取到极值 -1000")
    yield Case({"root": [500, 500, None, 1000, None, -1000, 1000], "targetSum": 1000},
               note="the extreme targets: 1000", note_zh="目标取到极值 1000")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", lambda: 0), "targetSum": 0}, 500500,
               "max: a left-skewed path of 1000 zeros, target 0: every one of the 500500 downward paths (a recursion "
               "1000 deep)", note_zh="最大：1000 个 0 组成的左斜路径，目标为 0：全部 500500 条向下的路径都算（递归深入 1000 层）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", small(rng, 3)), "targetSum": 2},
               note="max: a right-skewed path of 1000 nodes, values in [-3, 3]",
               note_zh="最大：1000 个节点的右斜路径，值在 [-3, 3] 内")
    yield Case({"root": [rng.randint(-2, 2) for _ in range(N_MAX)], "targetSum": 1},
               note="max: the complete tree of 1000 nodes, values in [-2, 2]",
               note_zh="最大：1000 个节点的完全二叉树，值在 [-2, 2] 内")
    for k, (vmax, target) in enumerate([(2, 0), (5, -3), (1000, 1000)]):
        yield Case({"root": kit.random_tree(rng, N_MAX, small(rng, vmax)), "targetSum": target},
                   note=f"max: 1000 nodes in a random shape, values in [-{vmax}, {vmax}], target {target}",
                   note_zh=f"最大：1000 个节点，形状随机，值在 [-{vmax}, {vmax}] 内，目标为 {target}")
    yield Case({"root": kit.random_tree(rng, N_MAX, small(rng, V_MAX)), "targetSum": rng.randint(-T_MAX, T_MAX)},
               note="max: 1000 nodes in a random shape, values anywhere in [-10^9, 10^9]",
               note_zh="最大：1000 个节点，形状随机，值在 [-10^9, 10^9] 内任意取")
    yield Case({"root": kit.random_tree(rng, 30, small(rng, 3)), "targetSum": 1},
               note="30 nodes in a random shape, values in [-3, 3]", note_zh="30 个节点，形状随机，值在 [-3, 3] 内")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX)
    target = given["targetSum"]
    assert type(target) is int and -T_MAX <= target <= T_MAX, "-1000 <= targetSum <= 1000"


SIZES = (125, 250, 500, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, small(rng, 3)), "targetSum": 1}
