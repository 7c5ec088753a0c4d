"""A plain snake_case function: iterative DFS with an explicit stack of (course, next child index) and three states."""


def can_finish(numCourses, prerequisites):
    after = [[] for _ in range(numCourses)]
    for a, b in prerequisites:
        after[b].append(a)
    state = [0] * numCourses  # 0 new, 1 on the path, 2 done
    for start in range(numCourses):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, 0)]
        while stack:
            c, k = stack[-1]
            if k == len(after[c]):
                state[c] = 2
                stack.pop()
                continue
            stack[-1] = (c, k + 1)
            d = after[c][k]
            if state[d] == 1:
                return False
            if state[d] == 0:
                state[d] = 1
                stack.append((d, 0))
    return True
