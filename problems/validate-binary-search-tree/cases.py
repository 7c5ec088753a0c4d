"""Hidden tests for validate-binary-search-tree: one node; a grandchild that respects its parent but violates an
ancestor's bound, on the left and on the right, shallow and deep (a check of each node against its children alone,
or a DFS that passes only the lower or only the upper bound down); equal values as a left child, a right child and
a distant descendant (<= for <); nodes holding -2^31 and 2^31 - 1 (an int sentinel as the starting bound, or an
inorder `prev` starting at -2^31); a 0 as the previous value (a truthiness test on it); and at the maximum of 10^4
nodes valid BSTs (values placed by an inorder walk over skewed, zigzag, complete and random shapes, spanning the
whole 32-bit range) and the same trees with one leaf set to an ancestor's value or just past its bound, or with two
values swapped."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import build_tree, read_tree

N_MAX = 10**4
LOW, HIGH = -2**31, 2**31 - 1


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


def placed(shape, values):
    """The TreeNodes of `shape` (a level-order list) with the sorted `values` placed by an inorder walk: a BST."""
    root = build_tree(shape)
    for node, v in zip(inorder(root), sorted(values)):
        node.val = v
    return root


def spread(rng, n, extremes=False):
    """n distinct values drawn across the 32-bit range (both limits among them when `extremes`)."""
    values = set(rng.sample(range(LOW + 1, HIGH), n - 2 * extremes))
    while len(values) < n - 2 * extremes:
        values.add(rng.randint(LOW + 1, HIGH - 1))
    return sorted(values) + ([LOW, HIGH] if extremes else [])


def break_bound(rng, root, side, how):
    """Give a leaf a value that respects its parent but not a more distant ancestor: a leaf that is a `side` child,
    below an ancestor it must stay on one side of (the nearest ancestor whose subtree it entered the other way). The
    new value is that ancestor's (`how` = "equal") or one past it ("past"). Returns the tree, now invalid."""
    found = []  # (leaf, the ancestor whose bound it will break, which way)
    stack = [(root, None, None)]  # (node, the nearest lower-bound ancestor, the nearest upper-bound ancestor)
    while stack:
        node, low, high = stack.pop()
        for child_side, child in (("left", node.left), ("right", node.right)):
            if child is None:
                continue
            c_low, c_high = (low, node) if child_side == "left" else (node, high)
            if child.left is None and child.right is None and child_side == side:
                bound = c_low if side == "left" else c_high  # the bound its parent does not set
                if bound is not None:
                    found.append((child, bound))
            stack.append((child, c_low, c_high))
    leaf, bound = rng.choice(found)
    step = 0 if how == "equal" else (-1 if side == "left" else 1)
    leaf.val = bound.val + step
    return root


def swap_two(rng, root):
    """Swap the values of two distinct random nodes of a BST: it is invalid afterwards (LC99's input)."""
    a, b = rng.sample(inorder(root), 2)
    a.val, b.val = b.val, a.val
    return root


def hidden_cases(rng):
    yield Case({"root": [1]}, True, "one node", note_zh="只有一个节点")
    yield Case({"root": [5, 4, 6, None, None, 3, 7]}, False,
               "3 is a left child of 6, as it should be, but it is in the right subtree of 5 (a check of each node "
               "against its children alone says true)", note_zh="3 是 6 的左子节点，这没问题，但它在 5 的右子树里"
                                                               "（只拿每个节点和它的子节点比较会得到 true）")
    yield Case({"root": [5, 3, None, None, 6]}, False,
               "6 is a right child of 3 but in the left subtree of 5: a DFS that passes only the lower bound down "
               "says true", note_zh="6 是 3 的右子节点，却在 5 的左子树里：只往下传下界的 DFS 会得到 true")
    yield Case({"root": [5, None, 7, 4]}, False,
               "4 is a left child of 7 but in the right subtree of 5: a DFS that passes only the upper bound down "
               "says true", note_zh="4 是 7 的左子节点，却在 5 的右子树里：只往下传上界的 DFS 会得到 true")
    yield Case({"root": [10, 5, 15, None, None, 6, 20]}, False, "LeetCode's classic: 6 below 15 on the right of 10",
               note_zh="力扣的经典用例：10 的右侧、15 下面的 6")
    yield Case({"root": [3, 1, 5, 0, 2, 4, 6]}, True, "a perfect valid BST", note_zh="合法的满二叉搜索树")
    yield Case({"root": [2, 2, 2]}, False, "all equal: a BST's values are strictly ordered (<= for < says true)",
               note_zh="全部相等：二叉搜索树的值是严格有序的（把 < 写成 <= 会得到 true）")
    yield Case({"root": [1, 1]}, False, "a left child equal to its parent", note_zh="左子节点等于父节点")
    yield Case({"root": [1, None, 1]}, False, "a right child equal to its parent", note_zh="右子节点等于父节点")
    yield Case({"root": [5, 3, 8, None, 5]}, False, "a grandchild equal to the root (5, the right child of 3): equal to "
               "an ancestor's bound", note_zh="孙子节点等于根节点（5 是 3 的右子节点）：等于祖先给出的边界")
    yield Case({"root": [2147483647]}, True, "one node holding 2^31 - 1: a starting upper bound of 2^31 - 1 with < "
               "rejects it", note_zh="唯一的节点值为 2^31 - 1：以 2^31 - 1 作为初始上界并用 < 比较，会把它判为不合法")
    yield Case({"root": [-2147483648]}, True, "one node holding -2^31: a starting lower bound, or an inorder `prev`, "
               "of -2^31 rejects it", note_zh="唯一的节点值为 -2^31：以 -2^31 作为初始下界或中序遍历 `prev` 的初值，"
                                              "会把它判为不合法")
    yield Case({"root": [-2147483648, None, 2147483647]}, True, "both 32-bit limits, valid",
               note_zh="两个 32 位极值都出现，合法")
    yield Case({"root": [0, -2147483648, 2147483647]}, True, "both limits as the children of 0",
               note_zh="两个极值是 0 的子节点")
    yield Case({"root": [2147483647, 2147483647]}, False, "2^31 - 1 twice: an inclusive sentinel of 2^31 - 1 "
               "passes the duplicate", note_zh="2^31 - 1 出现两次：以 2^31 - 1 作为包含边界的哨兵会放过这个重复值")
    yield Case({"root": [-2147483648, None, -2147483648]}, False, "-2^31 twice", note_zh="-2^31 出现两次")
    yield Case({"root": [0, -1, 0]}, False, "the previous inorder value is 0 when the duplicate 0 comes: a walk "
               "that tests `if prev and ...` skips the comparison", note_zh="遇到重复的 0 时，中序遍历的前一个值是 0："
                                                                             "用 `if prev and ...` 判断的遍历会跳过这次比较")
    yield Case({"root": [0, None, 1]}, True, "a 0 root: the previous value 0 is compared as a value",
               note_zh="根节点为 0：前一个值 0 也要参与比较")
    yield Case({"root": [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 9]}, False,
               "9 is the right child of 6, valid there, but it lies in the left subtree of 8 (9 > 8), three levels "
               "down", note_zh="9 是 6 的右子节点，这里没问题，但它在 8 的左子树里（9 > 8），位于三层之下")
    shape = kit.random_tree(rng, N_MAX, lambda: 0)
    yield Case({"root": read_tree(placed(shape, spread(rng, N_MAX, extremes=True)))}, True,
               "max: a valid BST of 10^4 nodes in a random shape, values across the 32-bit range, both limits among "
               "them", note_zh="最大：10^4 个节点、形状随机的合法二叉搜索树，值分布在整个 32 位范围内，两个极值都在其中")
    for side in ("left", "right"):
        for how in ("equal", "past"):
            root = placed(kit.random_tree(rng, N_MAX, lambda: 0), spread(rng, N_MAX))
            yield Case({"root": read_tree(break_bound(rng, root, side, how))}, False,
                       f"max: a random BST of 10^4 nodes with one {side} leaf set to "
                       f"{'the value of' if how == 'equal' else 'one past'} an ancestor's bound (its parent's "
                       f"check passes)", note_zh=f"最大：10^4 个节点的随机二叉搜索树，把一个{'左' if side == 'left' else '右'}"
                                                 f"叶子的值设为{'等于' if how == 'equal' else '刚越过'}某个祖先给出的边界"
                                                 f"（和父节点比较没有问题）")
    root = placed(kit.random_tree(rng, N_MAX, lambda: 0), spread(rng, N_MAX))
    yield Case({"root": read_tree(swap_two(rng, root))}, False, "max: a random BST of 10^4 nodes with two values "
               "swapped", note_zh="最大：10^4 个节点的随机二叉搜索树，交换了两个值")
    for what, sides in (("left", lambda i: "left"), ("right", lambda i: "right"),
                        ("zigzag", lambda i: "left" if i % 2 else "right")):
        yield Case({"root": read_tree(placed(kit.tree_path(N_MAX, sides, lambda: 0), spread(rng, N_MAX)))}, True,
                   f"max: a valid {what} path of 10^4 nodes (a recursive DFS goes 10^4 frames deep; walking each node's "
                   f"subtrees again for their max and min is O(n^2) here, 5 * 10^7 visits)",
                   note_zh=f"最大：10^4 个节点的合法{ {'left': '左斜', 'right': '右斜', 'zigzag': '之字形'}[what] }路径"
                           f"（递归 DFS 要深入 10^4 层；在每个节点重新遍历子树求最大值和最小值，在这里是 O(n^2)，"
                           f"5 * 10^7 次访问）")
    zigzag = placed(kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", lambda: 0), spread(rng, N_MAX))
    bottom = next(node for node in inorder(zigzag) if node.left is None and node.right is None)
    bottom.val = zigzag.val  # the leaf at the end of the path takes the root's value
    yield Case({"root": read_tree(zigzag)}, False, "max: a zigzag path of 10^4 nodes whose last leaf equals the "
               "root", note_zh="最大：10^4 个节点的之字形路径，最后一片叶子等于根节点")
    yield Case({"root": read_tree(placed(list(range(N_MAX)), spread(rng, N_MAX)))}, True,
               "max: the complete BST of 10^4 nodes", note_zh="最大：10^4 个节点的完全二叉搜索树")
    yield Case({"root": kit.random_tree(rng, N_MAX, lambda: rng.randint(LOW, HIGH))}, False,
               "max: 10^4 random values in a random shape", note_zh="最大：10^4 个随机值，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed."""
    assert isinstance(given["root"], list) and given["root"], "the number of nodes is in the range [1, 10^4]"
    kit.assert_level_order(given["root"], LOW, HIGH, N_MAX, "10^4")


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": read_tree(placed(kit.random_tree(rng, n, lambda: 0), spread(rng, n)))}
