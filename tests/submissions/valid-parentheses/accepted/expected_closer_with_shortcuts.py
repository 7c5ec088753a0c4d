"""A plain function that pushes the closer each opener expects, with both correct shortcuts: an odd length is
never valid, and it stops once more brackets are open than characters remain."""


def is_valid(s):
    if len(s) % 2:
        return False
    expect = {"(": ")", "[": "]", "{": "}"}
    stack = []
    for i, c in enumerate(s):
        if c in expect:
            stack.append(expect[c])
            if len(stack) > len(s) - i - 1:
                return False
        elif not stack or stack[-1] != c:
            return False
        else:
            stack.pop()
    return not stack
