# Pasted from LeetCode as is: a BFS over prefixes that relies on List and deque being predefined.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        queue = deque([("", 0, 0)])
        out = []
        while queue:
            s, op, cl = queue.popleft()
            if cl == n:
                out.append(s)
                continue
            if op < n:
                queue.append((s + "(", op + 1, cl))
            if cl < op:
                queue.append((s + ")", op, cl + 1))
        return out
