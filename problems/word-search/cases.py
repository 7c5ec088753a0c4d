"""Hidden tests for word-search: small boards with pinned answers aimed at each classic mistake (a cell used
twice, a mark never undone, only the first start tried, diagonal steps, a negative index wrapping around, the
word's end checked after the bounds, the case of letters ignored, only rightward and downward steps), then 6x6
boards at the maxima: all A with a 12-letter word that fails at its last letter (every self-avoiding path of 11
steps is walked by a plain backtracking: 0.3 s; at 15 letters it takes 2 to 6 s, which LeetCode's own tests are
not known to demand of plain backtracking), and seeded boards with words taken from real paths and random ones.
"""

from harness.catalogue.cases import Case

M_MAX = N_MAX = 6
L_MAX = 15
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def grid(*lines):
    return [list(line) for line in lines]


LC_BOARD = ("ABCE", "SFCS", "ADEE")


def hidden_cases(rng):
    yield Case({"board": grid("A"), "word": "A"}, True, "1x1 board, one-letter word", note_zh="1×1 棋盘，单个字母的单词")
    yield Case({"board": grid("A"), "word": "B"}, False, "1x1 board, another letter", note_zh="1×1 棋盘，不同的字母")
    yield Case({"board": grid("a"), "word": "A"}, False, "letters are case-sensitive: a is not A",
               note_zh="字母区分大小写：a 不是 A")
    yield Case({"board": grid("AB"), "word": "ABA"}, False, "ABA would use the A twice", note_zh="ABA 需要把 A 用两次")
    yield Case({"board": grid("AA"), "word": "AAA"}, False, "a word longer than the board", note_zh="单词比棋盘的格子还多")
    yield Case({"board": grid("ABC"), "word": "AC"}, False, "board[0][-1] must not wrap from A to C",
               note_zh="board[0][-1] 不能从 A 回绕到 C")
    yield Case({"board": grid("A", "B", "C"), "word": "AC"}, False, "board[-1][0] must not wrap from A to C",
               note_zh="board[-1][0] 不能从 A 回绕到 C")
    yield Case({"board": grid("AB", "CD"), "word": "AD"}, False, "diagonal cells are not adjacent",
               note_zh="对角线上的格子不相邻")
    yield Case({"board": grid("BA"), "word": "AB"}, True, "a step to the left", note_zh="向左走一步")
    yield Case({"board": grid("B", "A"), "word": "AB"}, True, "a step up", note_zh="向上走一步")
    yield Case({"board": grid("ABC", "FED"), "word": "ABCDEF"}, True, "a U-turn: right, down, then left",
               note_zh="U 形掉头：向右、向下，再向左")
    yield Case({"board": grid("AX", "AB"), "word": "AB"}, True, "the first A fails, the second succeeds",
               note_zh="第一个 A 失败，第二个 A 成功")
    yield Case({"board": grid("AAB"), "word": "AB"}, True, "the first A fails, the next one succeeds",
               note_zh="第一个 A 失败，下一个 A 成功")
    yield Case({"board": grid("CAA", "AAA", "BCD"), "word": "AAB"}, True,
               "the first branch marks the A the answer needs: the mark must be undone",
               note_zh="第一条分支标记了答案需要的 A：标记必须撤销")
    yield Case({"board": grid("ABCE", "SFES", "ADEE"), "word": "ABCESEEEFS"}, True,
               "a path that needs a cell an abandoned branch visited", note_zh="这条路径需要一条被放弃的分支访问过的格子")
    yield Case({"board": grid(*LC_BOARD), "word": "ABCB"}, False, "B, C, B would reuse the B", note_zh="B、C、B 需要重复使用 B")
    yield Case({"board": grid(*LC_BOARD), "word": "ECCFSADE"}, True, "a winding path: left, down, left, left, down, right, right",
               note_zh="曲折的路径：左、下、左、左、下、右、右")
    yield Case({"board": grid(*LC_BOARD), "word": "ESCCBASADFCE"}, False, "ten letters along, then the C needed is used",
               note_zh="走过十个字母之后，需要的 C 已经用过")
    yield Case({"board": grid(*LC_BOARD), "word": "SFCBAS"}, False, "S, F, C, B: the C next to F is diagonal to B",
               note_zh="S、F、C、B：与 F 相邻的 C 和 B 在对角线上")
    yield Case({"board": grid("zZ", "Zz"), "word": "zZzZ"}, True, "lower and upper case around a square",
               note_zh="大小写字母绕正方形一圈")
    yield Case({"board": [["A"] * N_MAX for _ in range(M_MAX)], "word": "A" * 11 + "B"}, False,
               "max board: 6x6 of A, 11 As then a B: every 11-step path fails at the end",
               note_zh="最大棋盘：6×6 全是 A，11 个 A 再加一个 B：每条 11 步的路径都在最后失败")
    yield Case({"board": [["A"] * N_MAX for _ in range(M_MAX)], "word": "A" * L_MAX}, True,
               "max: 6x6 of A, 15 As", note_zh="最大：6×6 全是 A，15 个 A")
    spiral = spiral_path(M_MAX, N_MAX)
    board = [[""] * N_MAX for _ in range(M_MAX)]
    for i, (r, c) in enumerate(spiral):
        board[r][c] = LETTERS[i]
    yield Case({"board": board, "word": "".join(board[r][c] for r, c in spiral[21:36])}, True,
               "max: the last 15 cells of a spiral, into its centre", note_zh="最大：螺旋的最后 15 格，走向中心")
    for trial in range(4):
        board = [[rng.choice("AB") for _ in range(N_MAX)] for _ in range(M_MAX)]
        yield Case({"board": board, "word": path_word(rng, board, L_MAX)},
                   note="max: random 6x6 of A and B, a 15-letter word along a path",
                   note_zh="最大：随机的 A、B 组成的 6×6 棋盘，沿一条路径取出的 15 个字母的单词")
        word = "".join(rng.choice("AB") for _ in range(rng.randint(10, L_MAX)))
        yield Case({"board": board, "word": word}, note="max: the same board, a random word of A and B",
                   note_zh="最大：同一个棋盘，由 A 和 B 组成的随机单词")
    board = [[rng.choice("abAB") for _ in range(N_MAX)] for _ in range(rng.randint(2, M_MAX))]
    yield Case({"board": board, "word": path_word(rng, board, 9)}, note="random board of a, b, A, B, a path's word",
               note_zh="由 a、b、A、B 组成的随机棋盘，沿路径取出的单词")


def spiral_path(m, n):
    """The cells of an m x n board in spiral order from the top-left corner."""
    top, bottom, left, right, path = 0, m - 1, 0, n - 1, []
    while top <= bottom and left <= right:
        path += [(top, c) for c in range(left, right + 1)]
        path += [(r, right) for r in range(top + 1, bottom + 1)]
        if top < bottom:
            path += [(bottom, c) for c in range(right - 1, left - 1, -1)]
        if left < right:
            path += [(r, left) for r in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return path


def path_word(rng, board, length):
    """The letters along a random self-avoiding path of `length` cells (a shorter one if the walk gets stuck)."""
    m, n = len(board), len(board[0])
    for _ in range(1000):
        r, c = rng.randrange(m), rng.randrange(n)
        path = [(r, c)]
        while len(path) < length:
            nexts = [(r + dr, c + dc) for dr, dc in STEPS
                     if 0 <= r + dr < m and 0 <= c + dc < n and (r + dr, c + dc) not in path]
            if not nexts:
                break
            r, c = rng.choice(nexts)
            path.append((r, c))
        if len(path) == length:
            break
    return "".join(board[r][c] for r, c in path)


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    board, word = given["board"], given["word"]
    assert isinstance(board, list) and 1 <= len(board) <= M_MAX, "m == board.length, 1 <= m <= 6"
    n = len(board[0])
    assert 1 <= n <= N_MAX and all(isinstance(row, list) and len(row) == n for row in board), \
        "n == board[i].length, 1 <= n <= 6"
    assert all(isinstance(ch, str) and len(ch) == 1 and ch in LETTERS for row in board for ch in row), \
        "board consists of English letters"
    assert isinstance(word, str) and 1 <= len(word) <= L_MAX, "1 <= word.length <= 15"
    assert all(ch in LETTERS for ch in word), "word consists of English letters"


SIZES = (6, 12, 24, 36)  # for `compare`: n, the board's cells (n / 6 rows of 6)


def sized_input(rng, n):
    """n / 6 rows of A and B, a word of A and B as long as the board allows (at most 15): a path's word."""
    board = [[rng.choice("AB") for _ in range(N_MAX)] for _ in range(n // N_MAX)]
    return {"board": board, "word": path_word(rng, board, min(L_MAX, n))}
