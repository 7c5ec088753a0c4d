"""Hidden tests for symmetric-tree: one node, a lone left and a lone right child (a None beside a node is a mismatch),
equal shapes with unequal values (a shape-only check), a tree whose left subtree equals its right one instead of
mirroring it (left compared with left), the outer and the inner pair each mismatched alone (a check that forgets
one of them), trees whose levels read the same both ways once the nulls are dropped and whose inorder walk is a
palindrome, with and without null markers (value lists for shapes), zeros beside nulls (None read as 0), extreme
values, and at the maximum of 1000 nodes V-shaped paths, perfect and random symmetric trees, and the same trees
with one value changed or one leaf moved to its sibling's empty slot at the deepest level."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import TreeNode, build_tree, read_tree, tree_nodes

N_MAX = 1000
V_MAX = 100
HALF = (N_MAX - 1) // 2  # the nodes of each side of a symmetric tree of 999 nodes


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def mirrored(values):
    """The TreeNodes of the mirror image of the tree `values` (every node's children swapped), without recursion."""
    root = build_tree(values)
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        stack += [child for child in (node.left, node.right) if child]
    return root


def symmetric(top, half):
    """The symmetric tree with root value `top`, `half` (a level-order list) on the left and its mirror on the right."""
    return TreeNode(top, build_tree(half), mirrored(half))


def deepest(root):
    """The nodes of the deepest level of the tree at root (its last level in level order)."""
    level = [root]
    while True:
        below = [child for node in level for child in (node.left, node.right) if child]
        if not below:
            return level
        level = below


def change_value(rng, root):
    """Change the value of one node of the deepest level on the right side: the tree is no longer symmetric."""
    node = rng.choice(deepest(root.right))
    node.val = rng.choice([v for v in range(-V_MAX, V_MAX + 1) if v != node.val])
    return root


def move_leaf(rng, root):
    """Move a leaf of the right side whose sibling slot is empty into that slot: every level keeps its values in
    order, but the shape is no longer symmetric."""
    movable = [(node, side) for node in tree_nodes(root.right) for side, other in (("left", "right"), ("right", "left"))
               if getattr(node, side) is not None and getattr(node, other) is None
               and getattr(node, side).left is None and getattr(node, side).right is None]
    node, side = rng.choice(movable)
    other = "right" if side == "left" else "left"
    setattr(node, other, getattr(node, side))
    setattr(node, side, None)
    return root


def perfect_palindromic(rng, levels):
    """A perfect tree whose every level reads the same both ways: symmetric, in heap order."""
    values = []
    for d in range(levels):
        half = [rng.randint(-V_MAX, V_MAX) for _ in range(max(1, 2 ** d // 2))]
        values += half if d == 0 else half + half[::-1]
    return values


def hidden_cases(rng):
    yield Case({"root": [1]}, True, "one node: symmetric", note_zh="只有一个节点：对称")
    yield Case({"root": [1, 2, 2]}, True, "a root with two equal leaves", note_zh="根节点带两个值相等的叶子")
    yield Case({"root": [1, 2]}, False, "a lone left child: a None beside a node is a mismatch (returning True when "
               "either side is None is wrong)", note_zh="只有一个左子节点：一边是 None、另一边是节点就不对称"
                                                    "（任一边为 None 就返回 True 是错的）")
    yield Case({"root": [1, None, 2]}, False, "a lone right child", note_zh="只有一个右子节点")
    yield Case({"root": [1, 2, 3]}, False, "the shape is symmetric, the values are not (a check of the shape alone)",
               note_zh="形状对称，值不对称（只检查形状）")
    yield Case({"root": [1, 2, 2, 3, 4, 4, 3]}, True,
               "symmetric, but the left subtree differs from the right one and neither is symmetric itself (a check "
               "that compares left with left, or that requires each subtree to be symmetric, says false)",
               note_zh="对称，但左子树和右子树并不相同，它们各自也不对称（左边对左边比较，或要求每棵子树自身对称，"
                       "都会得到 false）")
    yield Case({"root": [1, 2, 2, 3, 4, 3, 4]}, False,
               "the left subtree equals the right one instead of mirroring it (a check of equality, not of mirror "
               "images, says true)", note_zh="左子树和右子树相同，而不是互为镜像（检查相等而不是镜像会得到 true）")
    yield Case({"root": [1, 2, 2, 3, 4, 5, 3]}, False,
               "the outer pair matches (3, 3), the inner one does not (4, 5): a check that forgets the inner pair "
               "says true", note_zh="外侧一对相等（3, 3），内侧一对不等（4, 5）：忘了比较内侧一对会得到 true")
    yield Case({"root": [1, 2, 2, 3, 4, 4, 5]}, False,
               "the inner pair matches (4, 4), the outer one does not (3, 5): a check that forgets the outer pair "
               "says true", note_zh="内侧一对相等（4, 4），外侧一对不等（3, 5）：忘了比较外侧一对会得到 true")
    yield Case({"root": [1, 2, 2, None, 3, None, 3]}, False,
               "each level reads the same both ways once the nulls are dropped, and a preorder walk without null "
               "markers gives the same values on both sides, but both 3s are right children",
               note_zh="去掉 null 之后每一层正着读和反着读都一样，不标 null 的前序遍历两侧得到的值也相同，"
                       "但两个 3 都是右子节点")
    yield Case({"root": [1, 2, 2, 2, None, 2]}, False,
               "the inorder walk is a palindrome, with or without null markers (2 2 1 2 2), yet both lower 2s are "
               "left children", note_zh="中序遍历是回文，标不标 null 都是（2 2 1 2 2），但下面两个 2 都是左子节点")
    yield Case({"root": [1, 0]}, False, "a 0 against a missing node: a check that reads a None as the value 0 says "
               "true", note_zh="值为 0 的节点对着一个缺失的节点：把 None 当作值 0 会得到 true")
    yield Case({"root": [0, 0, 0, 0, None, None, 0]}, True, "every value 0, a symmetric shape (0 is a value, not a "
               "null)", note_zh="所有值都是 0，形状对称（0 是一个值，不是 null）")
    yield Case({"root": [0, -100, 100]}, False, "the extreme values -100 and 100 as the pair (equal in absolute value)",
               note_zh="极值 -100 和 100 成对（绝对值相等）")
    yield Case({"root": [0, -100, -100, 100, None, None, 100]}, True, "the extreme values, symmetric",
               note_zh="取到极值，对称")
    yield Case({"root": [5, 4, 4, 3, None, None, 3, 2, None, None, 2, 1, None, None, 1, 9, None, None, 8]}, False,
               "symmetric for five levels, the two leaves on the sixth differ (a check limited to a few levels)",
               note_zh="前五层都对称，第六层的两片叶子不同（只检查前几层）")
    path = kit.tree_path(HALF, lambda i: "left", value(rng))
    yield Case({"root": read_tree(symmetric(rng.randint(-V_MAX, V_MAX), path))}, True,
               "max: 999 nodes, a V of two 499-node paths mirroring each other (deep on both sides)",
               note_zh="最大：999 个节点，两条互为镜像的 499 个节点的路径组成 V 形（两侧都很深）")
    zigzag = kit.tree_path(HALF, lambda i: "left" if i % 2 else "right", value(rng))
    yield Case({"root": read_tree(symmetric(rng.randint(-V_MAX, V_MAX), zigzag))}, True,
               "max: 999 nodes, two mirrored 499-node zigzag paths", note_zh="最大：999 个节点，两条互为镜像的 499 个节点的之字形路径")
    yield Case({"root": read_tree(change_value(rng, symmetric(7, path)))}, False,
               "max: the V of paths with the value of one of its two deepest nodes changed",
               note_zh="最大：V 形路径，最深的两个节点之一的值被改掉")
    yield Case({"root": perfect_palindromic(rng, 9)}, True, "max: a perfect tree of 511 nodes, every level a palindrome",
               note_zh="最大：511 个节点的满二叉树，每一层都是回文")
    yield Case({"root": read_tree(change_value(rng, build_tree(perfect_palindromic(rng, 9))))}, False,
               "max: a perfect tree of 511 nodes, one value of its last level changed",
               note_zh="最大：511 个节点的满二叉树，最后一层的一个值被改掉")
    for k in range(2):
        half = kit.random_tree(rng, HALF, value(rng))
        yield Case({"root": read_tree(symmetric(rng.randint(-V_MAX, V_MAX), half))}, True,
                   f"max: a symmetric tree of 999 nodes in a random shape ({k + 1} of 2)",
                   note_zh=f"最大：999 个节点、形状随机的对称树（第 {k + 1} 个，共 2 个）")
    half = kit.random_tree(rng, HALF, value(rng))
    yield Case({"root": read_tree(change_value(rng, symmetric(0, half)))}, False,
               "max: a random symmetric tree of 999 nodes, one value of its deepest level changed on the right side",
               note_zh="最大：999 个节点的随机对称树，右侧最深一层的一个值被改掉")
    half = kit.random_tree(rng, HALF, lambda: 7)
    yield Case({"root": read_tree(move_leaf(rng, symmetric(7, half)))}, False,
               "max: 999 nodes, every value 7, a random symmetric shape with one leaf moved to its sibling's empty "
               "slot: every level's values still read the same both ways, only the shape differs",
               note_zh="最大：999 个节点，所有值都是 7，随机的对称形状中有一片叶子挪到了它兄弟的空位上："
                       "每一层的值正反读仍然一样，只有形状不同")
    yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))}, False, "max: 1000 nodes in a random shape",
               note_zh="最大：1000 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed."""
    assert isinstance(given["root"], list) and given["root"], "the number of nodes is in the range [1, 1000]"
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX, "1000")


SIZES = (125, 249, 499, 999)  # for `compare`: the number of nodes of a symmetric tree, doubling up to the maximum


def sized_input(rng, n):
    return {"root": read_tree(symmetric(rng.randint(-V_MAX, V_MAX), kit.random_tree(rng, (n - 1) // 2, value(rng))))}
