"""Hidden tests for flatten-binary-tree-to-linked-list, judged on the tree as the call left it: the empty tree and
one node, a lone left child (a `left` never cleared), a tree already flat, a left subtree whose last node in
preorder is not the left child (the old right subtree hung on the left child loses nodes), a root without a left
child above a node with one (a loop that stops at the first node without a left), a preorder that is not sorted
(example 1's is), repeated values (nodes matched by value), zeros and the extreme values, and at the maximum of
2000 nodes a left-skewed, a right-skewed and a zigzag path (a recursive DFS 2000 frames deep), a complete tree and
random shapes."""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 2000
V_MAX = 100


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def chain(values):
    """The flattened tree of `values` (in preorder) as LeetCode writes it: [a, null, b, null, c]."""
    out = []
    for v in values:
        out += [v, None]
    return out[:-1]


def hidden_cases(rng):
    yield Case({"root": []}, [], "the empty tree: nothing to do (root is None)", note_zh="空树：什么都不用做（root 为 None）")
    yield Case({"root": [5]}, [5], "one node", note_zh="只有一个节点")
    yield Case({"root": [1, 2]}, chain([1, 2]), "a lone left child: it moves to the right and `left` must be None",
               note_zh="只有一个左子节点：它要移到右边，而且 `left` 必须置为 None")
    yield Case({"root": [1, None, 2, None, 3]}, chain([1, 2, 3]), "already flat: nothing moves",
               note_zh="已经是展开的形状：什么都不用动")
    yield Case({"root": [1, 2, 5, None, 3]}, chain([1, 2, 3, 5]),
               "the left subtree 2 -> 3 ends at 3, not at the left child 2: the old right subtree hangs on 3 (hung "
               "on 2, it replaces 3 and loses it)",
               note_zh="左子树 2 -> 3 的末尾是 3，不是左子节点 2：原来的右子树要接在 3 后面（接在 2 上会顶掉 3，丢掉节点）")
    yield Case({"root": [1, 2, 6, 3, 4, None, 7, None, None, None, 5]}, chain([1, 2, 3, 4, 5, 6, 7]),
               "the left subtree's last node in preorder is two steps right of the left child",
               note_zh="左子树按前序最后访问的节点在左子节点往右两步的位置")
    yield Case({"root": [1, None, 2, 3]}, chain([1, 2, 3]),
               "the root has no left child but its right child has one: a loop that stops at the first node "
               "without a left child leaves it (and the list read as a heap loses 3)",
               note_zh="根节点没有左子节点，但它的右子节点有：遇到第一个没有左子节点的节点就停下的循环会把它留下"
                       "（把列表当作堆来读会丢掉 3）")
    yield Case({"root": [3, 1, 2]}, chain([3, 1, 2]),
               "a preorder that is not sorted (example 1's is): rewriting the values in sorted order is wrong",
               note_zh="前序不是有序的（示例 1 的恰好有序）：把值按排序结果重写是错的")
    yield Case({"root": [4, 2, 6, 1, 3, 5, 7]}, chain([4, 2, 1, 3, 6, 5, 7]),
               "a perfect tree of 7: preorder 4 2 1 3 6 5 7, not the inorder 1..7 nor a reversed order",
               note_zh="7 个节点的满二叉树：前序是 4 2 1 3 6 5 7，不是中序 1..7，也不是反过来的顺序")
    yield Case({"root": [0, -100, 100, 0, None, None, 0]}, chain([0, -100, 0, 100, 0]),
               "zeros and the extreme values -100 and 100 (a 0 is a node, not a null)",
               note_zh="含 0 和极值 -100、100（0 是一个节点，不是 null）")
    yield Case({"root": kit.random_tree(rng, 500, lambda: 7)}, note="500 nodes, every value 7: nodes matched by "
               "value get mixed up", note_zh="500 个节点，所有值都是 7：按值找节点会弄混")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))},
               note="max: a left-skewed path of 2000 nodes (a recursive DFS goes 2000 frames deep; every node moves)",
               note_zh="最大：2000 个节点的左斜路径（递归 DFS 要深入 2000 层；每个节点都要移动）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))},
               note="max: a right-skewed path of 2000 nodes, already flat",
               note_zh="最大：2000 个节点的右斜路径，已经是展开的形状")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))},
               note="max: a zigzag path of 2000 nodes (left, right, left, ...)",
               note_zh="最大：2000 个节点的之字形路径（左、右、左……）")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]},
               note="max: the complete tree of 2000 nodes", note_zh="最大：2000 个节点的完全二叉树")
    for k in range(3):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))},
                   note=f"max: 2000 nodes in a random shape ({k + 1} of 3)",
                   note_zh=f"最大：2000 个节点，形状随机（第 {k + 1} 个，共 3 个）")
    yield Case({"root": kit.random_tree(rng, 40, value(rng))}, note="40 nodes in a random shape",
               note_zh="40 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX)


SIZES = (250, 500, 1000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
