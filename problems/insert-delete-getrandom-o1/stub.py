class RandomizedSet:
    def __init__(self):
        raise NotImplementedError(
            "write your solution to insert-delete-getrandom-o1 here, then run `shousi run insert-delete-getrandom-o1`")

    def insert(self, val: int) -> bool:
        pass

    def remove(self, val: int) -> bool:
        pass

    def getRandom(self) -> int:
        pass
