"""Hidden tests for lowest-common-ancestor-of-a-binary-tree (p and q are nodes of the tree, the answer judged by
identity): two nodes, p the root and q its child in both orders (a node is its own ancestor), q deep below p
(a strict ancestor, or a path compared past its end, answers too high), p and q on both sides of a node that is not
the root (always the root; `left or right` without the both-sides test answers p), values that mislead LC235's
search-tree walk, zeros and the extreme values, and at the maximum of 10^5 nodes a right-skewed, a left-skewed and a
zigzag path with p and q at the bottom (a recursive DFS 10^5 frames deep; a descent that searches both subtrees at
every level is O(n^2)), a complete tree and a random shape."""

from harness.catalogue import kit
from harness.catalogue.cases import Case
from harness.leetcode import build_tree, tree_nodes

N_MAX = 10**5
V_MAX = 10**9


def distinct(rng, n):
    return iter(rng.sample(range(-V_MAX, V_MAX + 1), n)).__next__


def nodes_of(level_order):
    """The tree's nodes in level order, and each one's depth and parent (indices)."""
    nodes = tree_nodes(build_tree(level_order))
    index = {id(node): i for i, node in enumerate(nodes)}
    parent = [None] * len(nodes)
    for i, node in enumerate(nodes):
        for child in (node.left, node.right):
            if child is not None:
                parent[index[id(child)]] = i
    return nodes, parent


def hidden_cases(rng):
    yield Case({"root": [1, 2], "p": 1, "q": 2}, 1, "two nodes: p is the root and q its child, so p is the answer "
               "(a node is its own ancestor)", note_zh="两个节点：p 是根，q 是它的子节点，所以答案是 p（节点也是它自己的祖先）")
    yield Case({"root": [1, None, 2], "p": 2, "q": 1}, 1, "two nodes, q the root and p its right child",
               note_zh="两个节点：q 是根，p 是它的右子节点")
    yield Case({"root": [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4], "p": 5, "q": 4}, 5,
               "q is two levels below p: the answer is p itself, not p's parent (a strict ancestor answers 3)",
               note_zh="q 在 p 下面两层：答案是 p 本身，而不是 p 的父节点（只认严格祖先会答 3）")
    yield Case({"root": [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4], "p": 6, "q": 4}, 5,
               "p and q on both sides of 5, which is not the root (always answering the root, or `left or right` "
               "without the both-sides test, is wrong)",
               note_zh="p 和 q 分在 5 的两侧，而 5 不是根（总是返回根，或者没有判断两边都找到就写 `left or right`，都是错的）")
    yield Case({"root": [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4], "p": 7, "q": 8}, 3,
               "p deep on the left, q on the right: the root", note_zh="p 在左侧深处，q 在右侧：答案是根")
    yield Case({"root": [10, 20, 1, 5, 30], "p": 5, "q": 30}, 20,
               "not a search tree: 5 < 10 < 30 makes LC235's walk stop at the root, but both are below 20",
               note_zh="不是二叉搜索树：5 < 10 < 30 会让 LC235 的走法停在根上，但两者都在 20 下面")
    yield Case({"root": [0, -1000000000, 1000000000, None, 7], "p": 7, "q": 1000000000}, 0,
               "the extreme values -10^9 and 10^9, and the answer's value is 0 (a value that is falsy)",
               note_zh="取到极值 -10^9 和 10^9，答案的值是 0（一个为假的值）")
    yield Case({"root": [0, -1000000000, 1000000000, None, 7], "p": -1000000000, "q": 7}, -1000000000,
               "the answer is the node with the value -10^9", note_zh="答案是值为 -10^9 的节点")
    tree = kit.random_tree(rng, 1000, distinct(rng, 1000))
    nodes, _ = nodes_of(tree)
    leaves = [node.val for node in nodes if node.left is None and node.right is None]
    a, b = rng.sample(leaves, 2)
    yield Case({"root": tree, "p": a, "q": b}, note="1000 nodes in a random shape, p and q two leaves",
               note_zh="1000 个节点，形状随机，p 和 q 是两个叶子")
    path = kit.tree_path(N_MAX, lambda i: "right", distinct(rng, N_MAX))
    yield Case({"root": path, "p": path[-3], "q": path[-1]}, path[-3],
               "max: a right-skewed path of 10^5 nodes, p two nodes above the bottom and q the bottom one (a "
               "recursive DFS goes 10^5 frames deep)",
               note_zh="最大：10^5 个节点的右斜路径，p 在最底下往上两个，q 是最底下的节点（递归 DFS 要深入 10^5 层）")
    path = kit.tree_path(N_MAX, lambda i: "left", distinct(rng, N_MAX))
    values = [v for v in path if v is not None]
    yield Case({"root": path, "p": values[-1], "q": values[N_MAX // 2]}, values[N_MAX // 2],
               "max: a left-skewed path of 10^5 nodes, p the bottom and q the middle one",
               note_zh="最大：10^5 个节点的左斜路径，p 是最底下的节点，q 是中间的节点")
    path = kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", distinct(rng, N_MAX))
    values = [v for v in path if v is not None]
    yield Case({"root": path, "p": values[-1], "q": values[-2]}, values[-2],
               "max: a zigzag path of 10^5 nodes, p and q the bottom two",
               note_zh="最大：10^5 个节点的之字形路径，p 和 q 是最底下的两个节点")
    draw = distinct(rng, N_MAX)
    complete = [draw() for _ in range(N_MAX)]
    yield Case({"root": complete, "p": complete[-3], "q": complete[-2]}, complete[(N_MAX - 3) // 2],
               "max: the complete tree of 10^5 nodes, p and q the two children of the last full parent",
               note_zh="最大：10^5 个节点的完全二叉树，p 和 q 是最后一个有两个子节点的父节点的两个子节点")
    yield Case({"root": complete, "p": complete[2 ** 16 - 1], "q": complete[N_MAX - 1]}, complete[0],
               "max: the complete tree of 10^5 nodes, p the leftmost node of the last level and q the last node: "
               "the root", note_zh="最大：10^5 个节点的完全二叉树，p 是最后一层最左边的节点，q 是最后一个节点：答案是根")
    tree = kit.random_tree(rng, N_MAX, distinct(rng, N_MAX))
    nodes, parent = nodes_of(tree)
    deepest = max(range(len(nodes)), key=lambda i: (depth(parent, i), i))
    other = rng.randrange(len(nodes))
    while other == deepest:
        other = rng.randrange(len(nodes))
    yield Case({"root": tree, "p": nodes[deepest].val, "q": nodes[other].val},
               note="max: 10^5 nodes in a random shape, p the deepest node and q a random one",
               note_zh="最大：10^5 个节点，形状随机，p 是最深的节点，q 是随机的一个节点")
    tree = kit.random_tree(rng, 100, distinct(rng, 100))
    a, b = rng.sample([v for v in tree if v is not None], 2)
    yield Case({"root": tree, "p": a, "q": b}, note="100 nodes in a random shape, p and q two random nodes",
               note_zh="100 个节点，形状随机，p 和 q 是随机的两个节点")


def depth(parent, i):
    d = 0
    while parent[i] is not None:
        i, d = parent[i], d + 1
    return d


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    root, p, q = given["root"], given["p"], given["q"]
    kit.assert_level_order(root, -V_MAX, V_MAX, N_MAX, "10^5")
    values = [v for v in root if v is not None]
    assert len(values) >= 2, "the number of nodes in the tree is in the range [2, 10^5]"
    assert len(set(values)) == len(values), "all Node.val are unique"
    assert p != q, "p != q"
    assert p in values and q in values, "p and q will exist in the tree"


SIZES = (12500, 25000, 50000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    tree = kit.random_tree(rng, n, distinct(rng, n))
    a, b = rng.sample([v for v in tree if v is not None], 2)
    return {"root": tree, "p": a, "q": b}
