# A plain dict keeps insertion order (Python 3.7+): pop and re-insert on each use, evict the first key.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.d = {}

    def get(self, key: int) -> int:
        if key not in self.d:
            return -1
        value = self.d.pop(key)
        self.d[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        if key in self.d:
            del self.d[key]
        elif len(self.d) == self.capacity:
            del self.d[next(iter(self.d))]
        self.d[key] = value
