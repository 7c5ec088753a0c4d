"""Hidden tests for diameter-of-binary-tree: one node (edges counted, not nodes: 0), a root with one child (a path
may end at the root, not only at leaves), the longest path turning below the root, on either side (the root's
path alone is too short), a node with one child on the best path (a best updated only at two-child nodes), a
subtree whose diameter is larger than its height (a recursion that passes the diameter up as the height), a perfect
tree, repeated, zero and extreme values, and at the maximum of 10^4 nodes skewed and zigzag paths (a recursive DFS
10^4 frames deep, and a height recomputed at every node is O(n^2)), a V of two paths, a deep V hanging below a
short stem, a complete tree and random shapes."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import TreeNode, read_tree

N_MAX = 10**4
V_MAX = 100


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def chain(n, side, draw):
    """A path of n TreeNodes, each the `side` child of the one before; returns its top and its bottom."""
    top = bottom = TreeNode(draw())
    for _ in range(n - 1):
        child = TreeNode(draw())
        setattr(bottom, side, child)
        bottom = child
    return top, bottom


def v_of_paths(arm, draw):
    """A root with a left-going path of `arm` nodes on its left and a right-going one on its right: 2 arm + 1 nodes,
    diameter 2 arm."""
    root = TreeNode(draw())
    root.left, _ = chain(arm, "left", draw)
    root.right, _ = chain(arm, "right", draw)
    return root


def v_below_a_stem(stem, arm, side, draw):
    """A root whose `side` child starts a stem of `stem` nodes ending in a V of two `arm`-node paths, and whose other
    child starts a path of `stem` nodes: the longest path (2 arm edges) turns at the bottom of the stem, and the
    path turning at the root is shorter."""
    root = TreeNode(draw())
    top, bottom = chain(stem, "left", draw)
    setattr(root, side, top)
    bottom.left, _ = chain(arm, "left", draw)
    bottom.right, _ = chain(arm, "right", draw)
    other, _ = chain(stem, "right", draw)
    setattr(root, "right" if side == "left" else "left", other)
    return root


def hidden_cases(rng):
    yield Case({"root": [1]}, 0, "one node: the only path has no edges (nodes counted instead of edges says 1)",
               note_zh="只有一个节点：唯一的路径没有边（数节点而不是数边会得到 1）")
    yield Case({"root": [1, 2]}, 1, "a root with one child: the path ends at the root, which is not a leaf (paths "
               "between leaves only, or a best updated only where a node has two children, say 0)",
               note_zh="根节点只有一个子节点：路径的一端是根节点，它不是叶子（只看叶子之间的路径，"
                       "或只在有两个子节点的节点上更新最大值，都会得到 0）")
    yield Case({"root": [1, None, 2, None, 3]}, 2, "a right path of three nodes", note_zh="三个节点的右斜路径")
    yield Case({"root": [1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8]}, 6,
               "the longest path (6 edges) turns at the root's only child; the path through the root has 4 "
               "(the root's path alone is too short)",
               note_zh="最长路径（6 条边）在根节点唯一的子节点处拐弯；经过根节点的路径只有 4 条边（只算根节点不够）")
    yield Case({"root": [1, 2, 3, None, None, 4, 5, 6, None, None, 7, 8, None, None, 9]}, 6,
               "the root has two children, but the longest path (6 edges) turns at its right child; through the "
               "root it is 5", note_zh="根节点有两个子节点，但最长路径（6 条边）在它的右子节点处拐弯；"
                                        "经过根节点的只有 5 条边")
    yield Case({"root": [1, 2, 3, 4, 5, None, None, 6, None, None, 7, 8, None, None, 9]}, 6,
               "the same on the left: the root's left child is where the longest path turns",
               note_zh="左侧的同样情形：最长路径在根节点的左子节点处拐弯")
    yield Case({"root": [1, 2, 3, 4, 5, None, None, 6, 7, 8, 9]}, 4,
               "the left subtree's diameter (4) is larger than its height (3): a recursion that hands the diameter "
               "up as the height says 5", note_zh="左子树的直径（4）大于它的高度（3）：把直径当作高度往上传的递归会得到 5")
    yield Case({"root": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]}, 6,
               "a perfect tree of 15 nodes: 6 edges from a leftmost to a rightmost leaf (its height, 4 nodes, is "
               "not it)", note_zh="15 个节点的满二叉树：从最左的叶子到最右的叶子有 6 条边（高度 4 不是答案）")
    yield Case({"root": [0, 0, 0, 0, None, None, 0]}, 4, "every value 0 (a 0 is a value, not a null)",
               note_zh="所有值都是 0（0 是一个值，不是 null）")
    yield Case({"root": [-100, 100, -100, None, 100, -100, None, None, -100]}, 5, "the extreme values -100 and 100",
               note_zh="取到极值 -100 和 100")
    yield Case({"root": kit.random_tree(rng, 1000, lambda: 7)}, note="1000 nodes, every value 7",
               note_zh="1000 个节点，所有值都是 7")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))}, N_MAX - 1,
               "max: a left-skewed path of 10^4 nodes: 9999 edges from the root to the leaf (a recursive DFS goes "
               "10^4 frames deep; a height recomputed at every node is O(n^2))",
               note_zh="最大：10^4 个节点的左斜路径：从根到叶子 9999 条边（递归 DFS 要深入 10^4 层；"
                       "在每个节点上重新计算高度是 O(n^2)）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))}, N_MAX - 1,
               "max: a right-skewed path of 10^4 nodes", note_zh="最大：10^4 个节点的右斜路径")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))}, N_MAX - 1,
               "max: a zigzag path of 10^4 nodes", note_zh="最大：10^4 个节点的之字形路径")
    yield Case({"root": read_tree(v_of_paths((N_MAX - 1) // 2, value(rng)))}, N_MAX - 2,
               "max: a V of two 4999-node paths below the root: 9998 edges through the root",
               note_zh="最大：根节点下面两条 4999 个节点的路径组成 V 形：经过根节点有 9998 条边")
    yield Case({"root": read_tree(v_below_a_stem(100, 4899, "left", value(rng)))}, 2 * 4899,
               "max: a V of two 4899-node paths at the end of a 100-node stem on the left, a 100-node path on the "
               "right: the longest path turns deep below the root",
               note_zh="最大：左侧一条 100 个节点的茎，末端挂着两条 4899 个节点的路径组成的 V，右侧一条 100 个节点的路径："
                       "最长路径在根节点下方很深的地方拐弯")
    yield Case({"root": read_tree(v_below_a_stem(100, 4899, "right", value(rng)))}, 2 * 4899,
               "max: the same with the V on the right", note_zh="最大：同上，V 在右侧")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: the complete tree of 10^4 nodes",
               note_zh="最大：10^4 个节点的完全二叉树")
    for k in range(3):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))},
                   note=f"max: 10^4 nodes in a random shape ({k + 1} of 3)",
                   note_zh=f"最大：10^4 个节点，形状随机（第 {k + 1} 个，共 3 个）")
    for k in range(3):
        yield Case({"root": kit.random_tree(rng, 30, value(rng))}, note=f"30 nodes in a random shape ({k + 1} of 3)",
                   note_zh=f"30 个节点，形状随机（第 {k + 1} 个，共 3 个）")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed."""
    assert isinstance(given["root"], list) and given["root"], "the number of nodes is in the range [1, 10^4]"
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX, "10^4")


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
