"""Hidden tests for binary-tree-inorder-traversal: the empty tree and one node, a lone left and a lone right child,
a root whose right subtree comes after the stack empties (an iterative loop on `while stack` alone stops there),
trees where preorder, postorder, level order and the mirrored order all differ from inorder, repeated values (a
set drops them), values that are not a search tree's (sorting is caught), the extremes, and at the maximum of 10^4
nodes a left-skewed, a right-skewed and a zigzag path, a complete tree and random shapes. The cases run in one
process, one after the other, as on LeetCode: a list kept between calls (a mutable default) is caught."""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 100


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def hidden_cases(rng):
    yield Case({"root": []}, [], "the empty tree: an empty list (root is None)",
               note_zh="空树：返回空列表（root 为 None）")
    yield Case({"root": [5]}, [5], "one node", note_zh="只有一个节点")
    yield Case({"root": [1, 2]}, [2, 1], "a lone left child: it comes before the root",
               note_zh="只有一个左子节点：它排在根节点之前")
    yield Case({"root": [1, None, 2]}, [1, 2], "a lone right child: after the root is popped the stack is empty, "
               "and the right child is still to come", note_zh="只有一个右子节点：弹出根节点后栈已经空了，右子节点还没有访问")
    yield Case({"root": [2, 1, 3, None, None, None, 4]}, [1, 2, 3, 4],
               "the root's right subtree comes after the stack empties (`while stack` alone stops at [1, 2])",
               note_zh="根节点的右子树在栈变空之后才访问（只写 `while stack` 会停在 [1, 2]）")
    yield Case({"root": [1, 2, 3, 4, 5, 6, 7]}, [4, 2, 5, 1, 6, 3, 7],
               "a perfect tree of 7: preorder, postorder, level order and right-to-left inorder all differ",
               note_zh="7 个节点的满二叉树：前序、后序、层序和从右到左的中序都不一样")
    yield Case({"root": [1, 2, 3, None, 4, 5]}, [2, 4, 1, 5, 3],
               "a right child of a left child, and a left child of a right child",
               note_zh="左子节点的右子节点，以及右子节点的左子节点")
    yield Case({"root": [4, 2, 6, 1, 3, 5, 7]}, [1, 2, 3, 4, 5, 6, 7],
               "a search tree: its inorder is sorted (correct here; sorting is caught elsewhere)",
               note_zh="二叉搜索树：中序遍历恰好有序（这里正确；排序的做法会在别的用例中被发现）")
    yield Case({"root": [3, 5, 1, None, 2, 4]}, [5, 2, 3, 4, 1], "not a search tree: the inorder is not sorted",
               note_zh="不是二叉搜索树：中序遍历不是有序的")
    yield Case({"root": [7, 7, 7, None, 7, 7]}, [7, 7, 7, 7, 7], "every value 7: a set keeps one",
               note_zh="所有值都是 7：用集合只会剩下一个")
    yield Case({"root": [0, -100, 100, 100, None, None, -100]}, [100, -100, 0, 100, -100],
               "the extreme values -100 and 100, repeated", note_zh="取到极值 -100 和 100，且有重复")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))}, note="max: a left-skewed path of 10^4 nodes (the "
               "values come out deepest first)", note_zh="最大：10^4 个节点的左斜路径（最深的值最先输出）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))}, note="max: a right-skewed path of 10^4 nodes",
               note_zh="最大：10^4 个节点的右斜路径")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))},
               note="max: a zigzag path of 10^4 nodes (left, right, left, ...)",
               note_zh="最大：10^4 个节点的之字形路径（左、右、左……）")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: the complete tree of 10^4 "
               "nodes", note_zh="最大：10^4 个节点的完全二叉树")
    yield Case({"root": kit.random_tree(rng, N_MAX, lambda: -3)}, note="max: 10^4 nodes in a random shape, every value -3",
               note_zh="最大：10^4 个节点，形状随机，所有值都是 -3")
    for k in range(4):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))}, note=f"max: 10^4 nodes in a random shape ({k + 1} of 4)",
                   note_zh=f"最大：10^4 个节点，形状随机（第 {k + 1} 个，共 4 个）")
    yield Case({"root": kit.random_tree(rng, 12, value(rng))}, note="12 nodes in a random shape", note_zh="12 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed (the cases drop the
    trailing nulls, as LeetCode writes a tree; a custom input may keep them)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX)


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
