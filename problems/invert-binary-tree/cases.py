"""Hidden tests for invert-binary-tree: the empty tree and one node, a lone left and a lone right child (the shape
must mirror, not only the values), trees whose levels read the same both ways but whose shape does not (swapping
values, or returning the tree unchanged, is caught), a perfect tree and deeper asymmetric ones (swapping at the root
or one level alone is caught), repeated and extreme values, and at the maximum of 100 nodes skewed and zigzag
paths, a complete tree and random shapes. A returned tree with a node reached twice (`root.left = invert(root.right)`
then `root.right = invert(root.left)`) is rejected by the adapter."""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 100
V_MAX = 100


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def hidden_cases(rng):
    yield Case({"root": []}, [], "the empty tree: return None", note_zh="空树：返回 None")
    yield Case({"root": [1]}, [1], "one node: return it", note_zh="只有一个节点：返回它本身")
    yield Case({"root": [1, 2]}, [1, None, 2], "a lone left child becomes a right child (values alone cannot say "
               "this)", note_zh="唯一的左子节点变成右子节点（只交换值做不到这一点）")
    yield Case({"root": [1, None, 2]}, [1, 2], "a lone right child becomes a left child",
               note_zh="唯一的右子节点变成左子节点")
    yield Case({"root": [1, 2, 2, None, 3, None, 3]}, [1, 2, 2, 3, None, 3],
               "each level reads the same both ways but the shape does not: swapping values changes nothing",
               note_zh="每一层的值正着读和反着读都一样，但形状不对称：只交换值等于什么也没做")
    yield Case({"root": [5, 3, 8, 1, 4, 7, 9]}, [5, 8, 3, 9, 7, 4, 1],
               "a perfect tree of 7: swapping at the root alone leaves the grandchildren in order",
               note_zh="7 个节点的满二叉树：只在根节点交换，孙子节点的顺序不会变")
    yield Case({"root": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]},
               [1, 3, 2, 7, 6, 5, 4, 15, 14, 13, 12, 11, 10, 9, 8],
               "a perfect tree of 15: every level is reversed, the deepest too",
               note_zh="15 个节点的满二叉树：每一层都要反转，最深的一层也是")
    yield Case({"root": [3, 9, 20, None, None, 15, 7]}, [3, 20, 9, 7, 15],
               "the inverted tree ends with leaves on the left: its serialisation has no trailing null",
               note_zh="翻转后叶子都在左边：序列化末尾没有 null")
    yield Case({"root": [1, 2, 3, None, 4, 5, None, None, 6, 7]}, [1, 3, 2, None, 5, 4, None, None, 7, 6],
               "one-child nodes at three levels, on both sides", note_zh="三层都有只带一个子节点的节点，两侧都有")
    yield Case({"root": [4, 4, 4, 4, None, None, 4]}, [4, 4, 4, 4, None, None, 4],
               "every value 4 and a symmetric shape: the tree is its own mirror (returning it unchanged is right "
               "here, and only here)", note_zh="所有值都是 4，形状对称：这棵树就是自己的镜像（原样返回只在这里正确）")
    yield Case({"root": [0, -100, 100, None, -100, 100]}, [0, 100, -100, None, 100, -100],
               "the extreme values -100 and 100", note_zh="取到极值 -100 和 100")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))}, note="max: a left-skewed path of 100 nodes becomes a "
               "right-skewed one", note_zh="最大：100 个节点的左斜路径变成右斜路径")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))}, note="max: a right-skewed path of 100 nodes",
               note_zh="最大：100 个节点的右斜路径")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))},
               note="max: a zigzag path of 100 nodes (left, right, left, ...)",
               note_zh="最大：100 个节点的之字形路径（左、右、左……）")
    yield Case({"root": [rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]}, note="max: the complete tree of 100 "
               "nodes (its last level, filled from the left, ends on the right)",
               note_zh="最大：100 个节点的完全二叉树（最后一层从左填起，翻转后靠右）")
    yield Case({"root": kit.random_tree(rng, N_MAX, lambda: 9)}, note="max: 100 nodes in a random shape, every value 9: "
               "only the shape tells a right answer", note_zh="最大：100 个节点，形状随机，所有值都是 9：只有形状能区分对错")
    for k in range(4):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))}, note=f"max: 100 nodes in a random shape ({k + 1} of 4)",
                   note_zh=f"最大：100 个节点，形状随机（第 {k + 1} 个，共 4 个）")
    yield Case({"root": kit.random_tree(rng, 10, value(rng))}, note="10 nodes in a random shape", note_zh="10 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed (the cases drop the
    trailing nulls, as LeetCode writes a tree; a custom input may keep them)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX)


SIZES = (12, 25, 50, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
