"""Hidden tests for longest-valid-parentheses: the empty string (s[0] unchecked); one character; `(()`, which a
single left-to-right counter pass never balances; `()(()` and `()(())`, where counting all matched pairs or
forgetting the stretch before a nested pair goes wrong; `())(`, where the DP's `s[i - dp[i-1] - 1]` at index -1
reads the last character; `())()`, which a stack that is not reset after an unmatched `)` overcounts; `(())`,
which counting adjacent `()` pairs misses; and strings of 3 x 10^4: all `(`, all pairs, one deep nest, unmatched
borders, and random ones.
"""

from harness.catalogue.cases import Case

N_MAX = 30_000


def hidden_cases(rng):
    yield Case({"s": ""}, 0, "the empty string: s[0] does not exist", note_zh="空字符串：s[0] 不存在")
    yield Case({"s": "("}, 0, "one `(`", note_zh="只有一个 `(`")
    yield Case({"s": ")"}, 0, "one `)`", note_zh="只有一个 `)`")
    yield Case({"s": "()"}, 2, "one pair", note_zh="一对括号")
    yield Case({"s": ")("}, 0, "closed before opened", note_zh="先闭后开")
    yield Case({"s": "(()"}, 2, "an extra `(` first: a left-to-right counter never balances, the right-to-left pass "
               "is needed", note_zh="开头多一个 `(`：从左往右的计数永远不平衡，需要从右往左再扫一遍")
    yield Case({"s": "())"}, 2, "an extra `)` last", note_zh="末尾多一个 `)`")
    yield Case({"s": "()(()"}, 2, "two stretches not adjacent: counting every matched pair answers 4",
               note_zh="两段不相邻：统计所有配对会得到 4")
    yield Case({"s": "()(())"}, 6, "a pair, then a nest: the DP must add the stretch before the nest's `(`",
               note_zh="一对括号后接嵌套：DP 必须加上嵌套的 `(` 之前那段")
    yield Case({"s": "(())"}, 4, "a nest: counting adjacent `()` pairs answers 2", note_zh="嵌套：只数相邻的 `()` 会得到 2")
    yield Case({"s": "())("}, 2, "the DP's s[i - dp[i-1] - 1] is s[-1] here, the final `(`: a negative index",
               note_zh="这里 DP 的 s[i - dp[i-1] - 1] 是 s[-1]，即最后的 `(`：负下标")
    yield Case({"s": "())()"}, 2, "an unmatched `)` must become the new border of the stack",
               note_zh="未配对的 `)` 必须成为栈里新的边界")
    yield Case({"s": ")()())"}, 4, "unmatched `)` on both sides", note_zh="两边都有未配对的 `)`")
    yield Case({"s": "(()(((()"}, 2, "several unmatched `(`", note_zh="多个未配对的 `(`")
    yield Case({"s": "()(())))((()))()"}, 8, "the longest stretch is the later one", note_zh="最长的一段在后面")
    yield Case({"s": ")(((((()())()()))()(()))("}, 22, "a long stretch inside unmatched borders",
               note_zh="未配对边界之间的一段长合法子串")
    yield Case({"s": "(" * N_MAX}, 0, "max: 3 x 10^4 `(`", note_zh="最大：3 × 10^4 个 `(`")
    yield Case({"s": ")" * (N_MAX // 2) + "(" * (N_MAX // 2)}, 0, "max: every `)` before every `(`",
               note_zh="最大：所有 `)` 都在 `(` 之前")
    yield Case({"s": "()" * (N_MAX // 2)}, N_MAX, "max: 15000 pairs in a row: the whole string",
               note_zh="最大：连续 15000 对括号：整个字符串")
    yield Case({"s": "(" * (N_MAX // 2) + ")" * (N_MAX // 2)}, N_MAX, "max: one nest 15000 deep",
               note_zh="最大：深度 15000 的一层嵌套")
    yield Case({"s": "(" + "()" * (N_MAX // 2 - 1) + "("}, N_MAX - 2,
               "max: an extra `(` at each end: a left-to-right counter alone answers 0",
               note_zh="最大：两端各多一个 `(`：只从左往右计数会得到 0")
    half = "()" * 3000
    yield Case({"s": half + ")" + "(" * 5000 + half + half + "(" * 6000}, 12000,
               "max: stretches split by unmatched brackets", note_zh="最大：被未配对括号隔开的几段")
    for p in (0.5, 0.55):
        yield Case({"s": "".join("(" if rng.random() < p else ")" for _ in range(N_MAX))},
                   note=f"max: random, P('(') = {p}", note_zh=f"最大：随机，P('(') = {p}")
    pieces = []
    while sum(map(len, pieces)) < N_MAX - 60:
        depth = rng.randint(1, 20)
        pieces.append(rng.choice(["(" * depth + ")" * depth, "()" * depth, ")", "("]))
    yield Case({"s": "".join(pieces)}, note="max: random nests, pairs and unmatched brackets",
               note_zh="最大：随机的嵌套、成对括号和未配对括号")
    for _ in range(4):
        n = rng.randint(5, 24)
        yield Case({"s": "".join(rng.choice("()") for _ in range(n))}, note="a short random string",
                   note_zh="较短的随机字符串")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    s = given["s"]
    assert isinstance(s, str) and 0 <= len(s) <= N_MAX, "0 <= s.length <= 3 * 10^4"
    assert set(s) <= {"(", ")"}, "s[i] is '(' or ')'"


SIZES = (3750, 7500, 15_000, N_MAX)  # for `compare`: the length of s


def sized_input(rng, n):
    return {"s": "".join("(" if rng.random() < 0.5 else ")" for _ in range(n))}
