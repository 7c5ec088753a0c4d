# Evicts once the cache *reaches* its capacity after an insert: it holds at most capacity - 1 keys.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key: int, value: int) -> None:
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
        if len(self.cache) >= self.capacity and len(self.cache) > 1:
            self.cache.popitem(last=False)
