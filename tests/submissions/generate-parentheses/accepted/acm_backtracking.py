"""ACM mode: n on stdin; every well-formed string printed as a Python list."""
n = int(input())
found = []


def extend(prefix, opened, closed):
    if len(prefix) == 2 * n:
        found.append(prefix)
        return
    if opened < n:
        extend(prefix + "(", opened + 1, closed)
    if closed < opened:
        extend(prefix + ")", opened, closed + 1)


extend("", 0, 0)
print(found)
