# A defaultdict(-1) answers a miss by inserting the key, so misses take places in the cache and evict real keys.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = defaultdict(lambda: -1)
        self.order = deque()

    def get(self, key: int) -> int:
        value = self.cache[key]
        self._use(key)
        return value

    def put(self, key: int, value: int) -> None:
        self.cache[key] = value
        self._use(key)

    def _use(self, key):
        if key in self.order:
            self.order.remove(key)
        self.order.append(key)
        while len(self.order) > self.capacity:
            del self.cache[self.order.popleft()]
