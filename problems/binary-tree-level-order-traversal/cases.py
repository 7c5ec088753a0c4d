"""Hidden tests for binary-tree-level-order-traversal: the empty tree (`[]`, not `[[]]`) and one node, a lone left
and a lone right child, cousins of different parents side by side in a level, levels whose values are not sorted
(right to left, or sorting, is caught), repeated values (a set drops them), nulls above the last level (splitting
the serialisation into runs of 1, 2, 4, ... is caught), the extremes, 0-valued nodes (a truthiness test on the value drops them), and at the maximum of 2000 nodes a
left-skewed, a right-skewed and a zigzag path (2000 levels of one node; a recursive DFS goes 2000 deep), the
complete tree (a last level of 977 nodes) and random shapes."""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 2000
V_MAX = 1000


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def hidden_cases(rng):
    yield Case({"root": []}, [], "the empty tree: no levels, `[]` (not `[[]]`)", note_zh="空树：没有任何一层，"
               "返回 `[]`（不是 `[[]]`）")
    yield Case({"root": [-7]}, [[-7]], "one node: one level", note_zh="只有一个节点：只有一层")
    yield Case({"root": [1, 2]}, [[1], [2]], "a lone left child", note_zh="只有一个左子节点")
    yield Case({"root": [1, None, 2]}, [[1], [2]], "a lone right child", note_zh="只有一个右子节点")
    yield Case({"root": [1, 3, 2]}, [[1], [3, 2]], "a level that is not sorted: left to right is not smallest "
               "first", note_zh="这一层的值不是有序的：从左到右不等于从小到大")
    yield Case({"root": [1, 2, 3, 4, None, None, 5]}, [[1], [2, 3], [4, 5]],
               "cousins of different parents side by side in one level", note_zh="同一层里并排的是不同父节点的子节点")
    yield Case({"root": [1, 2, 3, None, 4, 5, None, 6, None, None, 7]}, [[1], [2, 3], [4, 5], [6, 7]],
               "every node below the root's children has one child, on alternating sides",
               note_zh="根节点的子节点以下，每个节点都只有一个子节点，左右交替")
    yield Case({"root": [1, None, 2, None, 3, 4, 5]}, [[1], [2], [3], [4, 5]],
               "nulls above the last level: a null's children are not listed, so runs of 1, 2, 4, ... entries are "
               "not the levels", note_zh="最后一层之上有 null：null 的子节点不会列出，所以按 1、2、4……个一组切分列表"
                                         "得到的不是各层")
    yield Case({"root": [5, 5, 5, 5, None, 5, 5]}, [[5], [5, 5], [5, 5, 5]], "every value 5: a set keeps one per "
               "level", note_zh="所有值都是 5：用集合每层只剩一个")
    yield Case({"root": [0, -1000, 1000, 1000, None, None, -1000]}, [[0], [-1000, 1000], [1000, -1000]],
               "the extreme values -1000 and 1000", note_zh="取到极值 -1000 和 1000")
    yield Case({"root": [0, 0, 3, None, 0]}, [[0], [0, 3], [0]],
               "nodes whose value is 0: a truthiness test on the value (`if node.val`) instead of on the node drops "
               "them", note_zh="值为 0 的节点：把判断节点是否存在写成判断值的真假（`if node.val`）会丢掉它们")
    yield Case({"root": [9, 8, 7, 6, 5, 4, 3, 2, 1]}, [[9], [8, 7], [6, 5, 4, 3], [2, 1]],
               "descending values, a last level filled from the left", note_zh="值降序，最后一层从左填起")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))}, note="max: a left-skewed path of 2000 nodes, 2000 "
               "levels of one", note_zh="最大：2000 个节点的左斜路径，2000 层，每层一个节点")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))}, note="max: a right-skewed path of 2000 nodes",
               note_zh="最大：2000 个节点的右斜路径")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))},
               note="max: a zigzag path of 2000 nodes (left, right, left, ...)",
               note_zh="最大：2000 个节点的之字形路径（左、右、左……）")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: the complete tree of 2000 "
               "nodes, 11 levels, the last of 977", note_zh="最大：2000 个节点的完全二叉树，共 11 层，最后一层 977 个")
    yield Case({"root": kit.random_tree(rng, N_MAX, lambda: -1)}, note="max: 2000 nodes in a random shape, every value -1",
               note_zh="最大：2000 个节点，形状随机，所有值都是 -1")
    for k in range(3):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))}, note=f"max: 2000 nodes in a random shape ({k + 1} of 3)",
                   note_zh=f"最大：2000 个节点，形状随机（第 {k + 1} 个，共 3 个）")
    yield Case({"root": kit.random_tree(rng, 30, value(rng))}, note="30 nodes in a random shape", note_zh="30 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed (the cases drop the
    trailing nulls, as LeetCode writes a tree; a custom input may keep them)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX)


SIZES = (250, 500, 1000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
