"""Hidden tests for generate-parentheses: only eight inputs exist, so every n is asked, small ones with pinned
answers, then every n once more in a shuffled order, so that an answer must not depend on earlier calls
(a result list kept on the class or a shared memo that is mutated)."""

from harness.catalogue.cases import Case

N_MAX = 8

N4 = [
    "(((())))", "((()()))", "((())())", "((()))()", "(()(()))", "(()()())", "(()())()",
    "(())(())", "(())()()", "()((()))", "()(()())", "()(())()", "()()(())", "()()()()",
]


def hidden_cases(rng):
    yield Case({"n": 1}, ["()"], "the smallest n", note_zh="最小的 n")
    yield Case({"n": 2}, ["(())", "()()"], "n = 2: nested and side by side", note_zh="n = 2：嵌套与并列")
    yield Case({"n": 3}, ["((()))", "(()())", "(())()", "()(())", "()()()"], "n = 3: ()()() only once",
               note_zh="n = 3：()()() 只能出现一次")
    yield Case({"n": 4}, N4, "n = 4: (())(()) is neither a wrap nor ()+s nor s+()",
               note_zh="n = 4：(())(()) 既不是包裹，也不是 ()+s 或 s+()")
    for n in range(5, N_MAX):
        yield Case({"n": n}, note=f"n = {n}", note_zh=f"n = {n}")
    yield Case({"n": N_MAX}, note="n = 8, the max: 1430 strings", note_zh="n = 8，即最大值：共 1430 个字符串")
    again = list(range(1, N_MAX + 1))
    rng.shuffle(again)
    for n in again:
        note = "n = 8 (max) again" if n == N_MAX else f"n = {n} again"
        note_zh = "再测 n = 8（最大）" if n == N_MAX else f"再测 n = {n}"
        yield Case({"n": n}, note=f"{note}, after other calls: no state may carry over",
                   note_zh=f"{note_zh}，前面已有其他调用：不能有状态残留")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    n = given["n"]
    assert isinstance(n, int) and not isinstance(n, bool), f"n must be an integer, got {n!r}"
    assert 1 <= n <= N_MAX, f"n = {n}"


SIZES = (4, 5, 6, 7, 8)  # for `compare`: n pairs; the answer itself grows as the Catalan numbers, ~4^n


def sized_input(rng, n):
    return {"n": n}
