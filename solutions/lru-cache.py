class Node:
    """One entry of the recency list; it keeps its key so that evicting it can also delete it from the map."""

    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: int = 0, value: int = 0):
        self.key, self.value = key, value
        self.prev: Node | None = None
        self.next: Node | None = None


class LRUCache:
    """A dict from key to node, and a doubly linked list of the nodes from most to least recently used.

    Both operations are O(1): the dict finds the node, and unlinking it, putting it at the front or dropping the
    one at the back changes a few pointers. The dummy head and tail mean no case for an empty list.
    """

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.nodes: dict[int, Node] = {}
        self.head, self.tail = Node(), Node()  # head.next is the most recent, tail.prev the least
        self.head.next, self.tail.prev = self.tail, self.head

    def get(self, key: int) -> int:
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)  # a read counts as a use
        return node.value

    def put(self, key: int, value: int) -> None:
        node = self.nodes.get(key)
        if node is not None:  # an update: refresh, never evict
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.nodes) == self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.nodes[oldest.key]
        node = self.nodes[key] = Node(key, value)
        self._push_front(node)

    def _unlink(self, node: Node) -> None:
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node: Node) -> None:
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node
