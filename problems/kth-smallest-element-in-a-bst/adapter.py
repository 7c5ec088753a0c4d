"""kth-smallest-element-in-a-bst's nodes (harness.leetcode): `root` is built from the case's level-order list
(LeetCode's serialisation, None for a missing child) before the call, not timed; `k` is passed as it is and the int
returned is judged."""

from harness.leetcode import build_tree


def build(given):
    return {"root": build_tree(given["root"]), "k": given["k"]}, None
