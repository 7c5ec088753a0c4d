"""Hidden tests for binary-tree-right-side-view: the empty tree and one node, a lone left child (seen from the right
although it is a left child), a right side shallower than the left (following right children, or descending
greedily right-else-left, stops early or takes the wrong branch), left views and right views that differ, the
serialisation's nulls whose children are not listed (heap indexing reads another tree), levels that are not full
(a BFS that counts 2^d nodes per level), repeated values across levels (a walk that dedupes by value), zeros
(a 0 is a value), extreme values, and at the maximum of 100 nodes skewed and zigzag paths, a complete tree, a tree
whose left subtree is much deeper, and random shapes."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import TreeNode, build_tree, read_tree

N_MAX = 100
V_MAX = 100


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def deep_left(rng, n, right):
    """A root whose right subtree is a random tree of `right` nodes and whose left subtree is a left-going path of
    the remaining nodes, much deeper: below the right side's last level the view is the path's nodes."""
    draw = value(rng)
    root = TreeNode(draw())
    node = root
    for i in range(n - 1 - right):
        node.left = TreeNode(draw())
        node = node.left
    root.right = build_tree(kit.random_tree(rng, right, draw))
    return root


def hidden_cases(rng):
    yield Case({"root": []}, [], "the empty tree: an empty view ([], not [None])", note_zh="空树：右视图为空（[]，不是 [None]）")
    yield Case({"root": [7]}, [7], "one node", note_zh="只有一个节点")
    yield Case({"root": [1, 2]}, [1, 2], "a lone left child is seen from the right (following right children "
               "alone says [1])", note_zh="唯一的左子节点从右侧也能看到（只沿右子节点走会得到 [1]）")
    yield Case({"root": [1, 2, 3, 4]}, [1, 3, 4], "the right side is shallower: the third level's only node is the "
               "left child's child (right children alone, or a greedy right-else-left descent, stop at [1, 3])",
               note_zh="右侧较浅：第三层唯一的节点是左子节点的子节点（只沿右子节点走，或贪心地优先向右、否则向左，"
                       "都会停在 [1, 3]）")
    yield Case({"root": [1, 2, 3, 4, 5, 6, None, 7]}, [1, 3, 6, 7],
               "a greedy right-else-left descent goes 1, 3, 6 and stops: the fourth level's 7 hangs under the left "
               "subtree", note_zh="贪心地优先向右、否则向左，会走 1、3、6 然后停下：第四层的 7 挂在左子树下面")
    yield Case({"root": [1, 2, 3, None, 5, None, 4]}, [1, 3, 4], "every rightmost node is a right child",
               note_zh="每层最右边的节点都是右子节点")
    yield Case({"root": [1, 2, 3, 4, 5, 6, 7]}, [1, 3, 7], "a perfect tree: the left view [1, 2, 4] is wrong",
               note_zh="满二叉树：左视图 [1, 2, 4] 是错的")
    yield Case({"root": [1, 2, None, 3, None, 4, 5]}, [1, 2, 3, 5],
               "nulls before the last level: their children are not listed, so reading the list as a heap "
               "(level d at indices 2^d - 1 .. 2^(d+1) - 2) takes [1, 2, 5]",
               note_zh="最后一层之前就有 null：它们的子节点不会列出，把列表当作堆来读（第 d 层在下标 "
                       "2^d - 1 .. 2^(d+1) - 2）会得到 [1, 2, 5]")
    yield Case({"root": [1, 2, 3, None, 4, None, None, 5, 6]}, [1, 3, 4, 6],
               "levels that are not full: a BFS that pops 2^d nodes as level d mixes the levels",
               note_zh="各层都不满：BFS 把 2^d 个节点当作第 d 层弹出，会把各层混在一起")
    yield Case({"root": [5, 5, 5, 5, None, None, 5]}, [5, 5, 5], "every value 5: a value seen on an upper level "
               "is seen again below (a walk that skips seen values)",
               note_zh="所有值都是 5：上层出现过的值下层还会出现（跳过已见过的值的遍历是错的）")
    yield Case({"root": [0, 0, 0, None, 0]}, [0, 0, 0], "zeros: a 0 is a value, not a null (`if v` for `v is not "
               "None`)", note_zh="值为 0：0 是一个值，不是 null（把 `v is not None` 写成了 `if v`）")
    yield Case({"root": [-100, 100, -100, None, 100]}, [-100, -100, 100], "the extreme values -100 and 100",
               note_zh="取到极值 -100 和 100")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))}, note="max: a left-skewed path of 100 "
               "nodes: every node is seen, none a right child", note_zh="最大：100 个节点的左斜路径：每个节点都能看到，"
                                                                       "没有一个是右子节点")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))}, note="max: a right-skewed path of 100 "
               "nodes", note_zh="最大：100 个节点的右斜路径")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))},
               note="max: a zigzag path of 100 nodes", note_zh="最大：100 个节点的之字形路径")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: the complete tree of 100 "
               "nodes: its last level is not full, so its rightmost node is a left child",
               note_zh="最大：100 个节点的完全二叉树：最后一层不满，最右边的节点是一个左子节点")
    yield Case({"root": read_tree(deep_left(rng, N_MAX, 20))}, note="max: 100 nodes, a random right subtree of 20 "
               "beside a left path of 79: the deep levels are seen on the left",
               note_zh="最大：100 个节点，右侧是 20 个节点的随机子树，左侧是 79 个节点的路径：深层看到的都在左边")
    for k in range(3):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))}, note=f"max: 100 nodes in a random shape "
                   f"({k + 1} of 3)", note_zh=f"最大：100 个节点，形状随机（第 {k + 1} 个，共 3 个）")
    yield Case({"root": kit.random_tree(rng, 100, lambda: rng.randint(-2, 2))},
               note="max: 100 nodes valued -2 to 2 (values repeat)", note_zh="最大：100 个节点，取值 -2 到 2（值会重复）")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX)


SIZES = (12, 25, 50, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
