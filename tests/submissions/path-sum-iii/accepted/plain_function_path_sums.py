"""A plain snake_case function: an explicit stack of (node, sums of every path ending at the parent); each node
extends them all by its value and adds itself: O(n * h)."""


def path_sum(root, targetSum):
    count, stack = 0, [(root, [])] if root else []
    while stack:
        node, sums = stack.pop()
        sums = [s + node.val for s in sums] + [node.val]
        count += sums.count(targetSum)
        for child in (node.left, node.right):
            if child:
                stack.append((child, sums))
    return count
