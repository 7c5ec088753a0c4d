"""Hidden tests for kth-smallest-element-in-a-bst: one node, k = 1 and k = n (the smallest and the largest: off by
one, or the k-th largest), a smallest value of 0 passed up a recursion (`if left:` drops it), answers in a right
subtree (walking the left spine), a perfect tree where level order and preorder disagree with inorder, skewed BSTs
(left, right and zigzag paths), and at the maximum of 10^4 nodes valued 0 .. 10^4 left and right paths (a recursive
inorder 10^4 frames deep), a complete BST and random shapes with k at 1, n/2 and n. Every tree is a BST whose values
are placed by an inorder walk over a random shape, so the shape carries no order of its own."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import build_tree, read_tree

N_MAX = 10**4
V_MAX = 10**4


def inorder(root):
    """The nodes of the tree at root in inorder, without recursion."""
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node)
        node = node.right
    return out


def bst(shape, values):
    """The tree of `shape` (a level-order list) with the sorted `values` placed by an inorder walk: a BST."""
    root = build_tree(shape)
    for node, v in zip(inorder(root), sorted(values)):
        node.val = v
    return read_tree(root)


def distinct(rng, n):
    return rng.sample(range(V_MAX + 1), n)


def random_bst(rng, n):
    return bst(kit.random_tree(rng, n, lambda: 0), distinct(rng, n))


def hidden_cases(rng):
    yield Case({"root": [1], "k": 1}, 1, "one node, k = 1", note_zh="只有一个节点，k = 1")
    yield Case({"root": [2, 1, 3], "k": 1}, 1, "k = 1: the smallest (the k-th largest, or k counted from 0, say "
               "otherwise)", note_zh="k = 1：最小的元素（求成第 k 大，或 k 从 0 开始数，答案就不对）")
    yield Case({"root": [2, 1, 3], "k": 3}, 3, "k = n: the largest", note_zh="k = n：最大的元素")
    yield Case({"root": [2, 1, 3, 0], "k": 1}, 0, "the smallest value is 0, deep on the left: a recursion that passes "
               "the answer up with `if left:` drops it", note_zh="最小值 0 在左侧深处：用 `if left:` 把答案往上传的递归"
                                                                "会把它丢掉")
    yield Case({"root": [4, 2, 6, 1, 3, 5, 7], "k": 3}, 3, "a perfect BST: the third in inorder is 3, in level order "
               "6, in preorder 1", note_zh="满二叉搜索树：中序第三个是 3，层序第三个是 6，前序第三个是 1")
    yield Case({"root": [4, 2, 6, 1, 3, 5, 7], "k": 5}, 5, "the answer is the leftmost node of the right subtree",
               note_zh="答案是右子树最左边的节点")
    yield Case({"root": [5, 3, 8, 2, 4, 7, 9, 1], "k": 4}, 4, "the answer is a right child in the left subtree (a walk "
               "down the left spine never meets it)", note_zh="答案是左子树里的一个右子节点（只沿最左侧的链走永远碰不到它）")
    yield Case({"root": [1, None, 2, None, 3, None, 4, None, 5], "k": 5}, 5,
               "a right path: the root is the smallest, every answer is down the right side",
               note_zh="右斜路径：根节点最小，答案都在右侧下方")
    yield Case({"root": [0, None, 10000], "k": 2}, 10000, "the extreme values 0 and 10^4", note_zh="取到极值 0 和 10^4")
    yield Case({"root": bst(kit.tree_path(50, lambda i: "left" if i % 2 else "right", lambda: 0), distinct(rng, 50)),
                "k": 25}, note="a zigzag path of 50 nodes: the values alternate around the middle",
               note_zh="50 个节点的之字形路径：值在中间附近来回交替")
    path = kit.tree_path(N_MAX, lambda i: "left", lambda: 0)
    yield Case({"root": bst(path, distinct(rng, N_MAX)), "k": 1},
               note="max: a left path of 10^4 nodes, k = 1: the smallest is the deepest leaf (a recursive inorder "
                    "goes 10^4 frames deep)", note_zh="最大：10^4 个节点的左斜路径，k = 1：最小的是最深的叶子"
                                                     "（递归中序遍历要深入 10^4 层）")
    yield Case({"root": bst(path, distinct(rng, N_MAX)), "k": N_MAX}, note="max: a left path of 10^4 nodes, k = n: "
               "the root", note_zh="最大：10^4 个节点的左斜路径，k = n：根节点")
    yield Case({"root": bst(kit.tree_path(N_MAX, lambda i: "right", lambda: 0), distinct(rng, N_MAX)),
                "k": N_MAX}, note="max: a right path of 10^4 nodes, k = n: the deepest leaf",
               note_zh="最大：10^4 个节点的右斜路径，k = n：最深的叶子")
    yield Case({"root": bst(list(range(N_MAX)), distinct(rng, N_MAX)), "k": N_MAX // 2},
               note="max: the complete BST of 10^4 nodes, k = n/2", note_zh="最大：10^4 个节点的完全二叉搜索树，k = n/2")
    for k, what in ((1, "k = 1"), (N_MAX // 2, "k = n/2"), (N_MAX, "k = n")):
        yield Case({"root": random_bst(rng, N_MAX), "k": k}, note=f"max: a random BST of 10^4 nodes, {what}",
                   note_zh=f"最大：10^4 个节点的随机二叉搜索树，{what}")
    yield Case({"root": random_bst(rng, N_MAX), "k": rng.randint(1, N_MAX)}, note="max: a random BST of 10^4 nodes, "
               "a random k", note_zh="最大：10^4 个节点的随机二叉搜索树，k 随机")
    yield Case({"root": bst(kit.random_tree(rng, N_MAX, lambda: 0), range(N_MAX)), "k": 7777},
               note="max: a random BST of the values 0 .. 9999", note_zh="最大：值为 0 .. 9999 的随机二叉搜索树")
    for k in range(2):
        yield Case({"root": random_bst(rng, 2000), "k": rng.randint(1000, 2000)},
                   note=f"2000 nodes valued across 0 .. 10^4, with gaps: the answer is not k or k - 1 ({k + 1} of 2)",
                   note_zh=f"2000 个节点，值分布在 0 .. 10^4 之间、有间隔：答案不是 k 或 k - 1（第 {k + 1} 个，共 2 个）")
    for k in range(3):
        n = rng.randint(2, 40)
        yield Case({"root": random_bst(rng, n), "k": rng.randint(1, n)}, note=f"a small random BST ({k + 1} of 3)",
                   note_zh=f"小规模的随机二叉搜索树（第 {k + 1} 个，共 3 个）")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation of a binary search tree (a level-order list whose nulls have no children listed;
    every left subtree smaller than its node, every right subtree larger)."""
    root, k = given["root"], given["k"]
    assert isinstance(root, list) and root, "the number of nodes n is in the range [1, 10^4]"
    kit.assert_level_order(root, 0, V_MAX, N_MAX, "10^4")
    values = [node.val for node in inorder(build_tree(root))]
    assert all(a < b for a, b in zip(values, values[1:])), \
        "root is a binary search tree: every value in a left subtree is smaller than its node, every value in a " \
        "right subtree larger"
    assert type(k) is int and 1 <= k <= len(values), "1 <= k <= n"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": random_bst(rng, n), "k": n}
