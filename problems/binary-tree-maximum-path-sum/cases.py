"""Hidden tests for binary-tree-maximum-path-sum: one node, negative or not (a record started at 0), all values
negative (the answer is the largest single node), a negative child that must be left out (gains not clamped at 0), a
bent path below the root that cannot be extended upwards (the bent sum returned to the parent), paths that do not
pass through the root or end at a leaf, positive values that no single path joins (the sum of the positives), zeros,
the extreme values, and at the maximum of 3 * 10^4 nodes a left-skewed path of 1000s (a recursion 3 * 10^4 deep, and
the largest sum, 3 * 10^7), a right-skewed and a zigzag path, a complete tree and random shapes, one of them all
negative."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import TreeNode, read_tree

N_MAX = 3 * 10**4
V_MAX = 1000


def values(rng, low=-V_MAX, high=V_MAX):
    return lambda: rng.randint(low, high)


def comb(k, spine, tooth):
    """A left spine of k nodes valued `spine`, each with a right leaf valued `tooth`, as a level-order list."""
    root = node = TreeNode(spine)
    for i in range(k):
        node.right = TreeNode(tooth)
        if i < k - 1:
            node.left = TreeNode(spine)
            node = node.left
    return read_tree(root)


def hidden_cases(rng):
    yield Case({"root": [-3]}, -3, "one negative node: the path is that node (a record started at 0 answers 0)",
               note_zh="只有一个负值节点：路径就是这个节点（最大值从 0 开始记会答 0）")
    yield Case({"root": [2]}, 2, "one node", note_zh="只有一个节点")
    yield Case({"root": [-2, -1, -3]}, -1, "every value negative: the best path is the largest single node, a child",
               note_zh="所有值都是负数：最佳路径是最大的单个节点，这里是一个子节点")
    yield Case({"root": [1, -2, 3]}, 4, "a negative child must be left out: 1 + 3, not -2 + 1 + 3 (gains not clamped "
               "at 0)", note_zh="负的子节点必须舍去：1 + 3，而不是 -2 + 1 + 3（收益没有和 0 取最大）")
    yield Case({"root": [1, 2, None, 3, 4]}, 9, "the best path bends at 2 (3 -> 2 -> 4 = 9): returning that bent sum "
               "to the root makes 1 + 9 = 10, which is not a path",
               note_zh="最佳路径在 2 处拐弯（3 -> 2 -> 4 = 9）：把这个拐弯的和返回给根会得到 1 + 9 = 10，而那不是一条路径")
    yield Case({"root": comb(300, 10, -1000)}, 3000,
               "a left spine of 300 tens, each with a -1000 leaf on its right: the best path is the spine alone, a "
               "path with one side dropped at its top (gains not clamped at 0 always add the -1000)",
               note_zh="300 个 10 组成的左侧主干，每个都有一个值为 -1000 的右叶子：最佳路径只是这条主干，在最高点舍去了一侧"
                       "（收益没有和 0 取最大，总会加上 -1000）")
    yield Case({"root": [2, -1]}, 2, "the best path is the root alone: it need not end at a leaf, nor join two leaves",
               note_zh="最佳路径只有根节点：路径不必在叶子结束，也不必连接两个叶子")
    yield Case({"root": [-5, 9, 20, None, None, 15, 7]}, 42, "the best path 15 -> 20 -> 7 does not pass through the "
               "root", note_zh="最佳路径 15 -> 20 -> 7 不经过根")
    yield Case({"root": [-5, 1, 1]}, 1, "two positive values joined only through -5 (1 -> -5 -> 1 = -3): their sum 2 "
               "is no answer",
               note_zh="两个正值只能经过 -5 相连（1 -> -5 -> 1 = -3）：它们的和 2 不是答案")
    yield Case({"root": [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]}, 48,
               "a deeper tree: 7 -> 11 -> 4 -> 5 -> 8 -> 13 = 48", note_zh="更深的树：7 -> 11 -> 4 -> 5 -> 8 -> 13 = 48")
    yield Case({"root": [0, -1, -1, None, -2]}, 0, "the answer is 0, a node's value (zeros are nodes)",
               note_zh="答案是 0，一个节点的值（0 也是节点）")
    yield Case({"root": [-1000, 1000, -1000, None, 1000]}, 2000, "the extreme values -1000 and 1000",
               note_zh="取到极值 -1000 和 1000")
    yield Case({"root": kit.random_tree(rng, 200, lambda: -1000)}, -1000,
               "200 nodes, every value -1000: one node, the least negative", note_zh="200 个节点，值全是 -1000：答案是单个节点")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", lambda: V_MAX)}, N_MAX * V_MAX,
               "max: a left-skewed path of 3 * 10^4 nodes of 1000: the whole path, 3 * 10^7 (a recursion 3 * 10^4 "
               "deep)", note_zh="最大：3 * 10^4 个值为 1000 的节点组成的左斜路径：整条路径，3 * 10^7（递归深入 3 * 10^4 层）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", values(rng))},
               note="max: a right-skewed path of 3 * 10^4 nodes, values in [-1000, 1000]",
               note_zh="最大：3 * 10^4 个节点的右斜路径，值在 [-1000, 1000] 内")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", values(rng, -900, 1000))},
               note="max: a zigzag path of 3 * 10^4 nodes", note_zh="最大：3 * 10^4 个节点的之字形路径")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]},
               note="max: the complete tree of 3 * 10^4 nodes", note_zh="最大：3 * 10^4 个节点的完全二叉树")
    for k in range(2):
        yield Case({"root": kit.random_tree(rng, N_MAX, values(rng))},
                   note=f"max: 3 * 10^4 nodes in a random shape ({k + 1} of 2)",
                   note_zh=f"最大：3 * 10^4 个节点，形状随机（第 {k + 1} 个，共 2 个）")
    yield Case({"root": kit.random_tree(rng, N_MAX, values(rng, -V_MAX, -1))},
               note="max: 3 * 10^4 nodes in a random shape, all negative: the largest value",
               note_zh="最大：3 * 10^4 个节点，形状随机，全是负数：答案是最大的值")
    yield Case({"root": kit.random_tree(rng, N_MAX, lambda: rng.choice([-1000, -999, 3, 5]))},
               note="max: 3 * 10^4 nodes in a random shape, mostly large negative values",
               note_zh="最大：3 * 10^4 个节点，形状随机，大多是绝对值很大的负数")
    yield Case({"root": kit.random_tree(rng, 50, values(rng, -10, 10))}, note="50 nodes in a random shape",
               note_zh="50 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX, "3 * 10^4")
    assert given["root"], "the number of nodes in the tree is in the range [1, 3 * 10^4]"


SIZES = (3750, 7500, 15000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, values(rng))}
