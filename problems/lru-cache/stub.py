class LRUCache:

    def __init__(self, capacity: int):
        raise NotImplementedError("write your solution to lru-cache here, then run `shousi run lru-cache`")

    def get(self, key: int) -> int:
        pass

    def put(self, key: int, value: int) -> None:
        pass
