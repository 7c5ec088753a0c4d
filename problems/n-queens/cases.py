"""Hidden tests for n-queens: only nine inputs exist, so every n is asked, small ones with pinned answers (1: one
board, 2 and 3: none, 4: two), then every n once more in a shuffled order, so that an answer must not depend on
earlier calls (a result list kept on the class). Each board is a list of strings; the boards in any order."""

from harness.catalogue.cases import Case

N_MAX = 9
COUNTS = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352}


def hidden_cases(rng):
    yield Case({"n": 1}, [["Q"]], "n = 1: one queen, one board", note_zh="n = 1：一个皇后，一种摆法")
    yield Case({"n": 2}, [], "n = 2: no board", note_zh="n = 2：没有摆法")
    yield Case({"n": 3}, [], "n = 3: no board", note_zh="n = 3：没有摆法")
    yield Case({"n": 4}, [[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]],
               "n = 4: two boards, mirror images", note_zh="n = 4：两种摆法，互为镜像")
    for n in range(5, N_MAX):
        yield Case({"n": n}, note=f"n = {n}: {COUNTS[n]} boards", note_zh=f"n = {n}：{COUNTS[n]} 种摆法")
    yield Case({"n": N_MAX}, note="n = 9, the max: 352 boards", note_zh="n = 9，即最大值：352 种摆法")
    again = list(range(1, N_MAX + 1))
    rng.shuffle(again)
    for n in again:
        note = "n = 9 (max) again" if n == N_MAX else f"n = {n} again"
        note_zh = "再测 n = 9（最大）" if n == N_MAX else f"再测 n = {n}"
        yield Case({"n": n}, note=f"{note}, after other calls: no state may carry over",
                   note_zh=f"{note_zh}，前面已有其他调用：不能有状态残留")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    n = given["n"]
    assert isinstance(n, int) and not isinstance(n, bool), f"n must be an integer, got {n!r}"
    assert 1 <= n <= N_MAX, "1 <= n <= 9"


SIZES = (4, 5, 6, 7, 8, 9)  # for `compare`: n, the board's side


def sized_input(rng, n):
    return {"n": n}
