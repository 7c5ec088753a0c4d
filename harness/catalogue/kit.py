"""A small toolkit for a package's cases.py: seeded NumPy generators, grids, trees, masks, operation lists, text.

Every generator takes the case rng (the seeded `random.Random` that `hidden_cases(rng)` receives) or a NumPy
generator made from it, so the same seed always gives the same cases. NumPy is imported only where it is used.

    from harness.catalogue import kit

    gen = kit.numpy_rng(rng)                      # np.random.Generator, seeded from the case rng
    kit.random_grid(rng, 300, 300, 0.45, land="1", water="0")
    kit.causal_mask(5, 8) & kit.padding_mask([8, 3], 8)[:, None, :]
    kit.Operations("LRUCache", 2).call("put", 1, 1).call("get", 1).case("evicts the oldest")
    kit.mixed_text(rng, 200)
    kit.random_tree(rng, 10**4, lambda: rng.randint(-100, 100))   # a level-order list with nulls
"""

from __future__ import annotations

import random
import string
from typing import TYPE_CHECKING, Any, Callable, Literal, Sequence

from harness.catalogue.cases import MISSING, Case

if TYPE_CHECKING:
    import numpy as np

Grid = list[list[Any]]


# ---- seeded NumPy ------------------------------------------------------------------------------------------------

def numpy_rng(rng: random.Random) -> np.random.Generator:
    """A NumPy generator seeded from the case rng (one draw from it), for arrays of random numbers."""
    import numpy as np

    return np.random.default_rng(rng.randrange(2**32))


# ---- grids -------------------------------------------------------------------------------------------------------

def rows(*lines: str, cell: Callable[[str], Any] = int) -> Grid:
    """A grid from lines of characters: rows("101", "111") with cell=int, or cell=str for LeetCode's "1"/"0"."""
    return [[cell(ch) for ch in line] for line in lines]


def _cells(land_at: Sequence[Sequence[bool]], land: Any, water: Any) -> Grid:
    return [[land if is_land else water for is_land in row] for row in land_at]


def full(m: int, n: int, cell: Any) -> Grid:
    """An m x n grid of one cell value (all land, or all water)."""
    return [[cell] * n for _ in range(m)]


def checkerboard(m: int, n: int, land: Any = 1, water: Any = 0) -> Grid:
    """Land where i + j is even: the most islands an m x n grid can hold, each of one cell."""
    return [[land if (i + j) % 2 == 0 else water for j in range(n)] for i in range(m)]


def stripes(m: int, n: int, horizontal: bool, land: Any = 1, water: Any = 0) -> Grid:
    """Alternate rows (or columns) of land and water, starting with land."""
    return [[land if (i if horizontal else j) % 2 == 0 else water for j in range(n)] for i in range(m)]


def rings(m: int, n: int, land: Any = 1, water: Any = 0) -> Grid:
    """Concentric rectangular rings, one cell of water between them: islands inside lakes."""
    return [[land if min(i, j, m - 1 - i, n - 1 - j) % 2 == 0 else water for j in range(n)] for i in range(m)]


def snake(m: int, n: int, land: Any = 1, water: Any = 0) -> Grid:
    """Even rows are land; odd rows join them alternately at the right and the left end: one long path (deep DFS)."""
    grid = [[False] * n for _ in range(m)]
    for i in range(0, m, 2):
        grid[i] = [True] * n
    for i in range(1, m - 1, 2):
        grid[i][n - 1 if i % 4 == 1 else 0] = True
    return _cells(grid, land, water)


def spiral(m: int, n: int, land: Any = 1, water: Any = 0) -> Grid:
    """A one-cell-wide path spiralling inwards from the top-left corner, one cell of water between its turns."""
    grid = [[False] * n for _ in range(m)]
    r = c = d = turns = 0
    grid[0][0] = True
    directions = ((0, 1), (1, 0), (0, -1), (-1, 0))

    def inside(i: int, j: int) -> bool:
        return 0 <= i < m and 0 <= j < n

    while turns < 2:
        dr, dc = directions[d]
        r1, c1, r2, c2 = r + dr, c + dc, r + 2 * dr, c + 2 * dc
        if inside(r1, c1) and not grid[r1][c1] and not (inside(r2, c2) and grid[r2][c2]):
            r, c, turns = r1, c1, 0
            grid[r][c] = True
        else:
            d, turns = (d + 1) % 4, turns + 1
    return _cells(grid, land, water)


def random_grid(rng: random.Random, m: int, n: int, density: float, land: Any = 1, water: Any = 0) -> Grid:
    """Each cell land with probability `density`, drawn row by row from the case rng."""
    return [[land if rng.random() < density else water for _ in range(n)] for _ in range(m)]


# ---- binary trees, as LeetCode's level-order lists (null for a missing child) ----------------------------------

def random_tree(rng: random.Random, n: int, draw: Callable[[], Any]) -> list:
    """A tree of n nodes, values from `draw()`: each new node takes a free child slot drawn at random, so the shape
    has no structure to exploit (its depth is a few times log n)."""
    from harness.leetcode import TreeNode, read_tree

    if n == 0:
        return []
    root = TreeNode(draw())
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = TreeNode(draw())
        setattr(parent, side, child)
        slots += [(child, "left"), (child, "right")]
    return read_tree(root)


def tree_path(n: int, sides: Callable[[int], str], draw: Callable[[], Any]) -> list:
    """A path of n nodes, node i the `sides(i)` child ("left" or "right") of node i - 1: one node per level, so the
    depth is n (a recursive DFS goes n frames deep)."""
    from harness.leetcode import TreeNode, read_tree

    root = node = TreeNode(draw())
    for i in range(1, n):
        child = TreeNode(draw())
        setattr(node, sides(i), child)
        node = child
    return read_tree(root)


def assert_level_order(root: Any, low: int, high: int, max_nodes: int, max_text: str = "") -> None:
    """Assert that `root` is LeetCode's serialisation of a tree of at most `max_nodes` nodes valued in [low, high]: a
    level-order list whose nulls have no children listed (trailing nulls allowed, as a custom input may keep them).
    For a package's `validate`; the messages state the constraint that failed."""
    assert isinstance(root, list), "root is a level-order list of values, null for a missing child"
    assert not root or root[0] is not None, "the root is not null: the empty tree is []"
    assert all(v is None or (type(v) is int and low <= v <= high) for v in root), f"{low} <= Node.val <= {high}"
    assert sum(v is not None for v in root) <= max_nodes, \
        f"the number of nodes is in the range [0, {max_text or max_nodes}]"
    free = 2  # the child slots of the nodes listed so far that no entry has taken yet
    for v in root[1:]:
        assert free > 0, "every entry after the first is a child of a node listed before it"
        free += 1 if v is not None else -1


# ---- boolean masks (True = may attend, as torch.nn.functional.scaled_dot_product_attention) ----------------------

def causal_mask(lq: int, lk: int) -> np.ndarray:
    """(Lq, Lk): query i may see keys j <= i + Lk - Lq, aligned bottom-right as when decoding with a KV cache."""
    import numpy as np

    return np.tril(np.ones((lq, lk), dtype=bool), lk - lq)


def padding_mask(lengths: Sequence[int], lk: int, keep: Literal["first", "last"] = "first") -> np.ndarray:
    """(B, Lk): batch element b keeps lengths[b] keys, its first ones (right padding) or its last (left padding)."""
    import numpy as np

    j, n = np.arange(lk), np.asarray(lengths)[:, None]
    return j < n if keep == "first" else j >= lk - n


def random_mask(gen: np.random.Generator, shape: tuple[int, ...], keep: float = 0.6,
                every_row: bool = True) -> np.ndarray:
    """Each entry True with probability `keep`; with `every_row`, a row left all False gets one random True."""
    mask = gen.random(shape) < keep
    if every_row:
        blind = ~mask.any(axis=-1)
        mask[blind, gen.integers(0, shape[-1], blind.sum())] = True
    return mask


# ---- operation lists for design problems -------------------------------------------------------------------------

class Operations:
    """Builds LeetCode's two lists for a design case: the constructor call first, then one method call at a time."""

    def __init__(self, constructor: str, *arguments: Any):
        self.operations: list[str] = [constructor]
        self.arguments: list[list[Any]] = [list(arguments)]

    def call(self, method: str, *arguments: Any) -> Operations:
        """Append one call of `method` with `arguments` (arrays are fine: the wire carries them)."""
        self.operations.append(method)
        self.arguments.append(list(arguments))
        return self

    def repeat(self, method: str, times: int, *arguments: Any) -> Operations:
        """Append `times` identical calls."""
        for _ in range(times):
            self.call(method, *arguments)
        return self

    def __len__(self) -> int:
        return len(self.operations) - 1  # the number of method calls, as constraints count them

    def given(self) -> dict[str, list]:
        """The case's input: {"operations": [...], "arguments": [...]}."""
        return {"operations": self.operations, "arguments": self.arguments}

    def case(self, note: str, expected: Any = MISSING, note_zh: str = "") -> Case:
        """A Case of these calls; leave `expected` out to take the reference's outputs."""
        return Case(self.given(), expected, note, note_zh=note_zh)


# ---- random text -------------------------------------------------------------------------------------------------

ASCII_LETTERS = string.ascii_letters + string.digits
ASCII_PRINTABLE = string.ascii_letters + string.digits + string.punctuation + " "
COMMON_CJK = (0x4E00, 0x4FFF)  # the first 4096 CJK unified ideographs: common characters, one UTF-8 length (3)


def ascii_text(rng: random.Random, n: int, alphabet: str = ASCII_PRINTABLE) -> str:
    """n characters drawn uniformly from `alphabet`."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def cjk_text(rng: random.Random, n: int, block: tuple[int, int] = COMMON_CJK) -> str:
    """n CJK ideographs drawn uniformly from the code points `block` (inclusive)."""
    low, high = block
    return "".join(chr(rng.randint(low, high)) for _ in range(n))


def mixed_text(rng: random.Random, n: int, cjk_share: float = 0.3, alphabet: str = ASCII_PRINTABLE) -> str:
    """n characters, each CJK with probability `cjk_share`, otherwise from `alphabet`: mixed Chinese and English."""
    low, high = COMMON_CJK
    return "".join(chr(rng.randint(low, high)) if rng.random() < cjk_share else rng.choice(alphabet)
                   for _ in range(n))


def words(rng: random.Random, n: int, vocabulary: Sequence[str], separator: str = " ") -> str:
    """n words drawn from `vocabulary`, joined by `separator`."""
    return separator.join(rng.choice(vocabulary) for _ in range(n))
