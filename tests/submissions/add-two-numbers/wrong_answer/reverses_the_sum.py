"""Through Python ints, but writes the sum's digits most significant first: 807 comes out as [8,0,7]."""


class Solution:
    def addTwoNumbers(self, l1, l2):
        def value(node):
            digits = []
            while node:
                digits.append(str(node.val))
                node = node.next
            return int("".join(reversed(digits)))

        dummy = tail = ListNode()
        for ch in str(value(l1) + value(l2)):
            tail.next = tail = ListNode(int(ch))
        return dummy.next
