"""A plain function with the snake_case name: Morris inorder traversal (threads each node's predecessor to it, O(1)
extra space), finishing the walk after the k-th value so that every thread is removed again."""


def kth_smallest(root, k):
    node, answer = root, None
    while node:
        if node.left is None:
            k -= 1
            if k == 0:
                answer = node.val
            node = node.right
            continue
        pred = node.left
        while pred.right and pred.right is not node:
            pred = pred.right
        if pred.right is None:
            pred.right = node
            node = node.left
        else:
            pred.right = None
            k -= 1
            if k == 0:
                answer = node.val
            node = node.right
    return answer
