"""Maps each value to a copy instead of each node: with repeated values, the later node of a value overwrites the
earlier one's copy, and randoms land on the wrong node."""


class Solution:
    def copyRandomList(self, head):
        copies, order = {}, []
        node = head
        while node:
            copies[node.val] = Node(node.val)
            order.append(copies[node.val])
            node = node.next
        for copy, following in zip(order, order[1:] + [None]):
            copy.next = following
        node, index = head, 0
        while node:
            if node.random is not None:
                order[index].random = copies[node.random.val]
            node, index = node.next, index + 1
        return order[0] if order else None
