"""Hidden tests for maximum-depth-of-binary-tree: the empty tree and one node (nodes counted, not edges), a lone
left and a lone right child (a walk down one side, or a stop at a node with one child), a deep branch beside a
shallow leaf (min for max), repeated values (a walk that dedupes by value), zeros read as nulls, the serialisation's
nulls whose children are not listed (heap indexing reads another tree), and at the maximum of 10^4 nodes a
left-skewed, a right-skewed and a zigzag path that a recursive DFS must go down 10^4 frames deep, a complete tree and
random shapes."""

from harness.catalogue import kit
from harness.catalogue.cases import Case

N_MAX = 10**4
V_MAX = 100


def value(rng):
    return lambda: rng.randint(-V_MAX, V_MAX)


def complete(rng, n):
    """The complete tree of n nodes: every level full but the last, filled from the left (the shallowest shape)."""
    return [rng.randint(-V_MAX, V_MAX) for _ in range(n)]


def hidden_cases(rng):
    yield Case({"root": []}, 0, "the empty tree: depth 0 (root is None)", note_zh="空树：深度为 0（root 为 None）")
    yield Case({"root": [0]}, 1, "one node: depth 1 (nodes counted, not edges)",
               note_zh="只有一个节点：深度为 1（数的是节点，不是边）")
    yield Case({"root": [1, 2]}, 2, "a lone left child", note_zh="只有一个左子节点")
    yield Case({"root": [1, None, 2]}, 2, "a lone right child: a walk down the left side alone sees depth 1",
               note_zh="只有一个右子节点：只沿左侧往下走会得到深度 1")
    yield Case({"root": [1, 2, 3, None, None, 4, None, None, 5]}, 4,
               "the deepest leaf is on the right, below nodes with one child; the left child is a leaf at depth 2 "
               "(min for max, or stopping at a node that lacks a child)",
               note_zh="最深的叶子在右侧，路径上的节点只有一个子节点；左子节点是深度 2 的叶子（把 max 写成 min，"
                       "或在缺一个子节点的节点处就停下）")
    yield Case({"root": [1, 2, 3, 4, None, None, None, 5, 6, None, 7]}, 5,
               "the deepest leaf is on the left, the right child a leaf (a walk down the right side alone sees 2)",
               note_zh="最深的叶子在左侧，右子节点是叶子（只沿右侧往下走会得到 2）")
    yield Case({"root": [1, None, 2, None, 3, None, 4]}, 4,
               "a right-skewed path of 4 in the serialisation: a null's children are not listed, so reading the "
               "list as a heap (children of i at 2i+1, 2i+2) sees depth 3",
               note_zh="序列化中长度为 4 的右斜路径：null 的子节点不会列出，把列表当作堆"
                       "（i 的子节点在 2i+1、2i+2）来读会得到深度 3")
    yield Case({"root": [1, 2, None, None, 3, 4]}, 4,
               "a zigzag path of 4 (left, right, left): the nulls shift every later position, so heap indexing "
               "sees depth 3", note_zh="长度为 4 的之字形路径（左、右、左）：null 让后面所有位置都错开，"
                                        "按堆的下标来读会得到深度 3")
    yield Case({"root": kit.random_tree(rng, 1000, lambda: 7)}, note="1000 nodes, every value 7: a walk that skips "
               "values already seen stops early", note_zh="1000 个节点，所有值都是 7：跳过已见过的值的遍历会提前停下")
    yield Case({"root": [-100, 100, -100, None, -100, 100, None, None, 100]}, 4,
               "the extreme values -100 and 100", note_zh="取到极值 -100 和 100")
    yield Case({"root": [1, 0, 2, 0, None, None, None, 0]}, 4,
               "zeros down the deepest path: a 0 is a value, not a null (`if v` for `v is not None`)",
               note_zh="最深的路径上都是 0：0 是一个值，不是 null（把 `v is not None` 写成了 `if v`）")
    yield Case({"root": complete(rng, 15)}, 4, "a perfect tree of 15 nodes: depth 4, and 15 nodes (a count of "
               "nodes is wrong)", note_zh="15 个节点的满二叉树：深度为 4，节点数为 15（数节点个数是错的）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left", value(rng))}, N_MAX,
               "max: a left-skewed path of 10^4 nodes, depth 10^4 (a recursive DFS goes 10^4 frames deep)",
               note_zh="最大：10^4 个节点的左斜路径，深度为 10^4（递归 DFS 要深入 10^4 层）")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "right", value(rng))}, N_MAX,
               "max: a right-skewed path of 10^4 nodes, depth 10^4",
               note_zh="最大：10^4 个节点的右斜路径，深度为 10^4")
    yield Case({"root": kit.tree_path(N_MAX, lambda i: "left" if i % 2 else "right", value(rng))}, N_MAX,
               "max: a zigzag path of 10^4 nodes (left, right, left, ...), depth 10^4",
               note_zh="最大：10^4 个节点的之字形路径（左、右、左……），深度为 10^4")
    yield Case({"root": complete(rng, N_MAX)}, 14, "max: the complete tree of 10^4 nodes, depth 14",
               note_zh="最大：10^4 个节点的完全二叉树，深度为 14")
    for k in range(3):
        yield Case({"root": kit.random_tree(rng, N_MAX, value(rng))}, note=f"max: 10^4 nodes in a random shape ({k + 1} of 3)",
                   note_zh=f"最大：10^4 个节点，形状随机（第 {k + 1} 个，共 3 个）")
    yield Case({"root": kit.random_tree(rng, 50, value(rng))}, note="50 nodes in a random shape", note_zh="50 个节点，形状随机")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`); `root`
    must be LeetCode's serialisation: a level-order list whose nulls have no children listed (the cases drop the
    trailing nulls, as LeetCode writes a tree; a custom input may keep them)."""
    kit.assert_level_order(given["root"], -V_MAX, V_MAX, N_MAX, "10^4")


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the number of nodes, doubling up to the maximum


def sized_input(rng, n):
    return {"root": kit.random_tree(rng, n, value(rng))}
