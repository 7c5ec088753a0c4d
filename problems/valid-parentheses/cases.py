"""Hidden tests for valid-parentheses: short strings with pinned answers, one per classic mistake (counting each kind
only, `([)]`, a closer first, a closer on an empty stack skipped, an opener left open in an even-length string (for
a parity test standing in for the empty-stack check), any closer closing any opener, a single pass of replace,
returning once the stack empties, an early exit off by one, a mirror check, adjacent pairs only), then strings of
10^4 brackets: deep nesting, random valid ones, one wrong closer at the very end, two closers swapped with the
counts still balanced, openers or closers left over."""

from harness.catalogue.cases import Case

N_MAX = 10**4
CLOSER = {"(": ")", "[": "]", "{": "}"}


def hidden_cases(rng):
    yield Case({"s": "("}, False, "one opener, left open", note_zh="只有一个左括号，没有闭合")
    yield Case({"s": "]"}, False, "one closer: the stack is empty when it arrives", note_zh="只有一个右括号：它到来时栈为空")
    yield Case({"s": "{}"}, True, "one pair of braces: every kind must be mapped to its own opener",
               note_zh="一对花括号：每种右括号都要映射到它自己的左括号")
    yield Case({"s": "(("}, False, "even length, all left open: the end must check the stack is empty",
               note_zh="长度为偶数，全部没有闭合：最后必须检查栈是否为空")
    yield Case({"s": "(([]"}, False, "even length, one opener left open under a closed pair",
               note_zh="长度为偶数，一对已闭合的括号下面还留着一个左括号")
    yield Case({"s": ")("}, False, "a closer first, counts balanced: a counter that may go negative says true",
               note_zh="先出现右括号，个数平衡：允许计数变成负数的做法会返回 true")
    yield Case({"s": "][()"}, False, "a closer first, then a valid pair", note_zh="先出现右括号，然后是一对合法的括号")
    yield Case({"s": "()))"}, False, "closers on an empty stack: skipping them instead of failing says true",
               note_zh="栈为空时来了右括号：跳过它们而不是判为不合法，会返回 true")
    yield Case({"s": "([)]"}, False, "interleaved: every kind balanced on its own, yet ) closes [",
               note_zh="交错：每种括号各自的个数都平衡，但 ) 试图闭合 [")
    yield Case({"s": "{)"}, False, "a closer of another kind: any closer may not close any opener",
               note_zh="种类不同的右括号：不是任何右括号都能闭合任何左括号")
    yield Case({"s": "([{}])"}, True, "nested three deep: one pass of replace('()'), replace('[]'), replace('{}') is not enough",
               note_zh="三层嵌套：依次 replace('()')、replace('[]')、replace('{}') 各一遍是不够的")
    yield Case({"s": "(())"}, True, "nested to half the length: an early exit at len(stack) >= n // 2 is off by one",
               note_zh="嵌套深度恰为长度的一半：len(stack) >= n // 2 时提前返回是差一错误")
    yield Case({"s": "()(("}, False, "the stack empties midway: that is no reason to answer true",
               note_zh="栈在中途变空：这不是返回 true 的理由")
    yield Case({"s": "{[]}()"}, True, "valid but not a mirror image: comparing s[i] with s[n - 1 - i] says false",
               note_zh="合法但不是镜像对称的：比较 s[i] 与 s[n - 1 - i] 会返回 false")
    yield Case({"s": "[(){}]"}, True, "valid, but its characters do not pair up two by two",
               note_zh="合法，但字符并不是两两相邻配对的")
    yield Case({"s": "(){}}{"}, False, "a closer with nothing open, after two valid pairs",
               note_zh="两对合法括号之后，来了一个没有可闭合对象的右括号")
    yield Case({"s": "[({})]("}, False, "odd length: an opener left open at the end", note_zh="长度为奇数：末尾留下一个未闭合的左括号")

    half = N_MAX // 2
    yield Case({"s": "(" * half + ")" * half}, True, "max: n = 10^4, nested 5000 deep", note_zh="最大：n = 10^4，嵌套 5000 层")
    deep = "".join(rng.choice("([{") for _ in range(half))
    yield Case({"s": deep + "".join(CLOSER[c] for c in reversed(deep))}, True,
               "max: n = 10^4, 5000 deep, mixed kinds", note_zh="最大：n = 10^4，嵌套 5000 层，种类混合")
    yield Case({"s": valid(rng, half)}, True, "max: n = 10^4, a random valid string", note_zh="最大：n = 10^4，随机的合法字符串")
    yield Case({"s": "()[]{}" * (N_MAX // 6) + "()"}, True, "max: n = 10^4, pairs side by side",
               note_zh="最大：n = 10^4，并列的括号对")
    wrong_end = valid(rng, half)
    last = wrong_end[-1]
    yield Case({"s": wrong_end[:-1] + rng.choice([c for c in ")]}" if c != last])}, False,
               "max: n = 10^4, valid but for the very last closer, of the wrong kind",
               note_zh="最大：n = 10^4，只有最后一个右括号的种类错了")
    yield Case({"s": swapped(rng, half)}, False,
               "max: n = 10^4, two closers of different kinds swapped: every count still balanced",
               note_zh="最大：n = 10^4，交换了两个种类不同的右括号：每种括号的个数仍然平衡")
    yield Case({"s": "((" + valid(rng, half - 1)}, False, "max: n = 10^4, two openers never closed before a valid rest",
               note_zh="最大：n = 10^4，合法的主体前面有两个从未闭合的左括号")
    yield Case({"s": ")" + valid(rng, half - 1) + "("}, False,
               "max: n = 10^4, a closer first and an opener last: counts balanced",
               note_zh="最大：n = 10^4，以右括号开头、以左括号结尾：个数平衡")
    yield Case({"s": "".join(rng.choice("()[]{}") for _ in range(N_MAX))}, False,
               "max: n = 10^4, random brackets", note_zh="最大：n = 10^4，随机的括号")
    yield Case({"s": "[" * N_MAX}, False, "max: n = 10^4, all openers", note_zh="最大：n = 10^4，全是左括号")
    yield Case({"s": "}" * N_MAX}, False, "max: n = 10^4, all closers", note_zh="最大：n = 10^4，全是右括号")
    yield Case({"s": valid(rng, half - 1) + "("}, False, "n = 9999, odd: valid but one opener at the end",
               note_zh="n = 9999，奇数：合法的主体后面多一个左括号")


def valid(rng, pairs):
    """A random valid string of `pairs` pairs, kinds mixed: each step opens a bracket (while some remain) or closes
    the last one still open, at even odds."""
    out, stack, opened = [], [], 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            kind = rng.choice("([{")
            stack.append(kind)
            out.append(kind)
            opened += 1
        else:
            out.append(CLOSER[stack.pop()])
    return "".join(out)


def swapped(rng, pairs):
    """A valid string with two closers of different kinds exchanged: no longer valid, counts unchanged."""
    chars = list(valid(rng, pairs))
    closers = [i for i, c in enumerate(chars) if c in ")]}"]
    while True:
        i, j = sorted(rng.sample(closers, 2))
        if chars[i] != chars[j]:
            chars[i], chars[j] = chars[j], chars[i]
            return "".join(chars)


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    s = given["s"]
    assert isinstance(s, str) and 1 <= len(s) <= N_MAX, "1 <= s.length <= 10^4"
    assert set(s) <= set("()[]{}"), "s consists of the characters ()[]{} only"


SIZES = (1250, 2500, 5000, N_MAX)  # for `compare`: the length of s


def sized_input(rng, n):
    """A random valid string of length n: every approach reads it to the end."""
    return {"s": valid(rng, n // 2)}
