"""Hidden tests for construct-binary-tree-from-preorder-and-inorder-traversal, each drawn as a tree of distinct
values whose traversals are the input: one node, a lone left and a lone right child (the same preorder, told apart
by inorder alone), a right subtree with a left subtree of its own (the left size taken as the absolute inorder index
instead of its offset in the range; a preorder pointer passed by value), values that are not a search tree (a BST
built from preorder alone), a perfect tree that is not the balanced split of inorder, zeros, negative and extreme
values, and at the maximum of 3000 nodes a left-skewed, a right-skewed and a zigzag path (a recursion 3000 deep, and
the O(n^2) `index` and slices still accepted), a complete tree and random shapes."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import build_tree

N_MAX = 3000
V_MAX = 3000


def traversals(level_order):
    """The preorder and inorder of the tree LeetCode's level-order list describes, without recursion."""
    preorder, inorder, stack, node = [], [], [], build_tree(level_order)
    while stack or node is not None:
        while node is not None:
            preorder.append(node.val)
            stack.append(node)
            node = node.left
        node = stack.pop()
        inorder.append(node.val)
        node = node.right
    return {"preorder": preorder, "inorder": inorder}


def distinct(rng, n):
    return iter(rng.sample(range(-V_MAX, V_MAX + 1), n)).__next__


def case(tree, note, note_zh):
    return Case(traversals(tree), tree, note, note_zh=note_zh)


def hidden_cases(rng):
    yield case([-1], "one node", "只有一个节点")
    yield case([1, 2], "a lone left child: preorder [1,2] as for a lone right child, inorder [2,1] decides",
               "只有一个左子节点：前序 [1,2] 和只有右子节点时一样，要靠中序 [2,1] 区分")
    yield case([1, None, 2], "a lone right child: inorder [1,2]", "只有一个右子节点：中序 [1,2]")
    yield case([1, 2, 3, None, None, 4, 5, 6], "the right subtree has a left subtree of its own: its left size is the "
               "root's inorder index minus the range's start, not the index itself",
               "右子树有自己的左子树：左子树的大小是根在中序中的下标减去区间起点，而不是下标本身")
    yield case([10, 5, 20, 3, None, 15, 30, None, 4, 12], "deeper right subtrees with left parts: a preorder pointer "
               "passed by value restarts the right subtree at the wrong value",
               "更深的右子树，也带有左侧部分：按值传递的前序指针会让右子树从错误的值开始")
    yield case([5, 9, 1, 2, None, 8, 3], "values that are not a binary search tree (a BST built from preorder alone "
               "is wrong)", "值不构成二叉搜索树（只按前序插入成 BST 是错的）")
    yield case([4, 2, 6, 1, 3, 5, 7], "a perfect tree: here the middle of inorder is the root, as a balanced split "
               "assumes", "满二叉树：这里中序的中间恰好是根，正是平衡拆分所假设的")
    yield case([4, 1, 6, None, 2, 5, 7, None, 3], "the root is not the middle of inorder: a balanced split of inorder "
               "builds another tree", "根不是中序的中间：把中序平衡拆分会建出另一棵树")
    yield case([0, -3000, 3000, None, -1, 1], "zeros, negative and the extreme values -3000 and 3000 (a 0 is a "
               "node)", "含 0、负数和极值 -3000、3000（0 是一个节点）")
    yield case(kit.tree_path(N_MAX, lambda i: "left", distinct(rng, N_MAX)),
               "max: a left-skewed path of 3000 nodes (a recursion 3000 deep; inorder is preorder reversed)",
               "最大：3000 个节点的左斜路径（递归深入 3000 层；中序正好是前序反过来）")
    yield case(kit.tree_path(N_MAX, lambda i: "right", distinct(rng, N_MAX)),
               "max: a right-skewed path of 3000 nodes (inorder equals preorder)",
               "最大：3000 个节点的右斜路径（中序与前序相同）")
    yield case(kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", distinct(rng, N_MAX)),
               "max: a zigzag path of 3000 nodes", "最大：3000 个节点的之字形路径")
    draw = distinct(rng, N_MAX)
    yield case([draw() for _ in range(N_MAX)], "max: the complete tree of 3000 nodes",
               "最大：3000 个节点的完全二叉树")
    for k in range(3):
        yield case(kit.random_tree(rng, N_MAX, distinct(rng, N_MAX)), f"max: 3000 nodes in a random shape ({k + 1} of 3)",
                   f"最大：3000 个节点，形状随机（第 {k + 1} 个，共 3 个）")
    yield case(kit.random_tree(rng, 60, distinct(rng, 60)), "60 nodes in a random shape", "60 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    preorder, inorder = given["preorder"], given["inorder"]
    assert isinstance(preorder, list) and isinstance(inorder, list), "preorder and inorder are lists of ints"
    assert 1 <= len(preorder) <= N_MAX, "1 <= preorder.length <= 3000"
    assert len(inorder) == len(preorder), "inorder.length == preorder.length"
    assert all(type(v) is int and -V_MAX <= v <= V_MAX for v in preorder + inorder), \
        "-3000 <= preorder[i], inorder[i] <= 3000"
    assert len(set(preorder)) == len(preorder), "preorder and inorder consist of unique values"
    assert set(inorder) == set(preorder), "each value of inorder also appears in preorder"
    # a tree has these traversals: split recursively (explicit stack), each range's root found in its inorder range
    where = {v: i for i, v in enumerate(inorder)}
    todo = [(0, 0, len(preorder))]  # (preorder start, inorder start, size)
    while todo:
        p, i, size = todo.pop()
        if size:
            k = where[preorder[p]] - i
            assert 0 <= k < size, "preorder is the preorder and inorder the inorder traversal of the same tree"
            todo += [(p + 1, i, k), (p + 1 + k, i + k + 1, size - 1 - k)]


SIZES = (375, 750, 1500, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return traversals(kit.random_tree(rng, n, distinct(rng, n)))
