"""Keys the current heads by value in a dict (value -> node) to find the smallest: two lists with the same head
value overwrite each other, and one of them is lost."""


class Solution:
    def mergeKLists(self, lists):
        heads = {node.val: node for node in lists if node}
        dummy = tail = ListNode()
        while heads:
            value = min(heads)
            node = heads.pop(value)
            tail.next = tail = node
            if node.next:
                heads[node.next.val] = node.next
        tail.next = None
        return dummy.next
