"""A plain function with the snake_case name: sort the nodes themselves by value and relink them."""


def sort_list(head):
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    nodes.sort(key=lambda node: node.val)
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if not nodes:
        return None
    nodes[-1].next = None
    return nodes[0]
