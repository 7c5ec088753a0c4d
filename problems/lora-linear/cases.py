"""Hidden tests for lora-linear: the layer at initialisation (lora_A's distribution, lora_B zero, forward and
merged_weight equal to the base layer exactly), then set_lora with random A and B, forward on (N, in) and
(batch, seq, in) inputs, merged_weight (twice, and forward after it), reads of lora_A and lora_B, a second
set_lora; bias None; r = 1 and r = min(in, out); alpha not a multiple of r; square and non-square layers; float32
and float64; the maxima.

Weights are drawn as nn.Linear draws them (uniform in +-1/sqrt(in), non-zero biases), inputs are standard normal,
and the A and B given to set_lora are scaled so that the low-rank path is as large as the base layer's output:
scaling by alpha instead of alpha / r (r >= 2), a transposed update, a dropped bias or the update counted twice
each change the answer by a sizeable fraction of its largest entry, thousands of times the tolerance. The layers
at initialisation have r * in from 8 to 32768 values of lora_A, so a bound of 1/in instead of 1/sqrt(in), a
normal draw or kaiming's a=0 bound sqrt(6/in) fail the checker's statistical tests (checker.py) by far; five
layers at initialisation have in >= 256 and r >= 4, where draws sorted before the reshape into (r, in) fail the
test of each row's mean (row 0's is about -1 + 1/r, against a bound of 0.41 at in = 256, r = 4). forward also gets
a 1-D x of shape (in,) (the answer has shape (out,)).
"""

import math

import numpy as np

from harness.catalogue.kit import Operations, numpy_rng

MAX_FEATURES = 512  # in and out
MAX_ROWS = 256  # the product of x's leading dimensions
MAX_CALLS = 64
METHODS = ("forward", "set_lora", "merged_weight", "lora_A", "lora_B")


class Layer:
    """One case's operation list: a LoRALinear with random base weights, and the calls made on it."""

    def __init__(self, gen, n_in, n_out, r, alpha, dtype=np.float64, bias=True, seed=None):
        self.gen, self.n_in, self.n_out, self.r, self.alpha, self.dtype = gen, n_in, n_out, r, alpha, dtype
        bound = 1 / math.sqrt(n_in)  # nn.Linear's own initialisation
        weight = gen.uniform(-bound, bound, (n_out, n_in)).astype(dtype)
        b = gen.uniform(-bound, bound, n_out).astype(dtype) if bias else None
        arguments = (weight, b, r, alpha) if seed is None else (weight, b, r, alpha, seed)
        self.ops = Operations("LoRALinear", *arguments)

    def init(self):
        """Read the initial lora_A and lora_B, and check the layer is the base layer."""
        return self.read().forward(5).merged()

    def read(self):
        self.ops.call("lora_A").call("lora_B")
        return self

    def forward(self, *shape):
        x = self.gen.standard_normal((*shape, self.n_in)).astype(self.dtype)
        self.ops.call("forward", x)
        return self

    def merged(self):
        self.ops.call("merged_weight")
        return self

    def set_lora(self):
        """Random A and B with the low-rank path (alpha / r) * (x @ A.T) @ B.T about as large as x @ W.T."""
        a = self.gen.standard_normal((self.r, self.n_in)) / math.sqrt(self.n_in)
        b = self.gen.standard_normal((self.n_out, self.r)) * (self.r / self.alpha) / math.sqrt(self.r)
        self.ops.call("set_lora", a.astype(self.dtype), b.astype(self.dtype))
        return self

    def case(self, note, note_zh):
        return self.ops.case(note, note_zh=note_zh)


def hidden_cases(rng):
    gen = numpy_rng(rng)
    f32 = np.float32

    yield Layer(gen, 8, 8, 2, 16).init().set_lora().forward(6).merged().case(
        "square layer (in = out = 8), r = 2, alpha = 16: scale alpha / r = 8; the update is B @ A, applied as "
        "x @ (B @ A).T", "方阵层（in = out = 8），r = 2，alpha = 16：缩放 alpha / r = 8；更新量是 B @ A，作用为 x @ (B @ A).T")
    yield Layer(gen, 16, 12, 4, 8).init().case(
        "at initialisation: lora_A uniform in +-1/sqrt(in), lora_B exactly zero, forward and merged_weight equal the "
        "base layer", "初始化时：lora_A 在 ±1/sqrt(in) 内均匀分布，lora_B 恰好为零，forward 与 merged_weight 等于基础层")
    yield Layer(gen, 64, 32, 8, 16).init().set_lora().forward(10).merged().read().case(
        "in = 64, out = 32, r = 8, alpha = 16: forward and merged_weight after set_lora, then lora_A and lora_B read "
        "back", "in = 64，out = 32，r = 8，alpha = 16：set_lora 之后的 forward 与 merged_weight，再读回 lora_A 和 lora_B")
    yield Layer(gen, 24, 40, 3, 16).init().set_lora().forward(7).merged().case(
        "alpha = 16, r = 3: the scale is 16 / 3 = 5.33 (true division), not 16 // 3 = 5",
        "alpha = 16，r = 3：缩放是 16 / 3 = 5.33（真除法），不是 16 // 3 = 5")
    yield Layer(gen, 32, 48, 4, 8, bias=False).init().set_lora().forward(9).merged().case(
        "bias None: forward is x @ W.T + the low-rank path, with no bias term",
        "bias 为 None：forward 是 x @ W.T 加低秩路径，没有偏置项")
    yield Layer(gen, 48, 20, 4, 32).init().set_lora().forward(4, 5).case(
        "x of shape (batch, seq, in) = (4, 5, 48): any leading dimensions",
        "x 的形状为 (batch, seq, in) = (4, 5, 48)：可以有任意的前导维度")
    yield Layer(gen, 40, 24, 1, 4).init().set_lora().forward(8).merged().read().case(
        "r = 1: A (1, in), B (out, 1), a rank-one update", "r = 1：A 为 (1, in)，B 为 (out, 1)，秩一更新")
    yield Layer(gen, 64, 48, 48, 96).init().set_lora().forward(12).merged().case(
        "r = min(in, out) = 48: a full-rank update", "r = min(in, out) = 48：满秩更新")
    yield Layer(gen, 20, 36, 20, 10).init().set_lora().forward(6).merged().case(
        "r = min(in, out) = in = 20, alpha = 10 < r: scale 0.5", "r = min(in, out) = in = 20，alpha = 10 < r：缩放 0.5")
    yield Layer(gen, 32, 32, 4, 8).init().set_lora().merged().forward(6).merged().forward(3).case(
        "merged_weight twice, with forward after each: merged_weight leaves the layer unchanged",
        "两次调用 merged_weight，每次之后都调用 forward：merged_weight 不改变层本身")
    yield Layer(gen, 16, 24, 2, 4).init().set_lora().forward(5).set_lora().forward(5).merged().read().case(
        "set_lora twice: the second replaces both A and B", "两次调用 set_lora：第二次同时替换 A 和 B")
    yield Layer(gen, 32, 16, 4, 16, f32).init().set_lora().forward(8).merged().read().case(
        "float32: every array returned is float32", "float32：返回的每个数组都是 float32")
    yield Layer(gen, 24, 24, 6, 12, f32, bias=False).init().set_lora().forward(3, 4).merged().case(
        "float32, square, bias None, x (3, 4, 24)", "float32，方阵，bias 为 None，x 为 (3, 4, 24)")
    yield Layer(gen, 1, 1, 1, 1).init().set_lora().forward(3).merged().case(
        "the smallest: in = out = r = 1", "最小的情形：in = out = r = 1")
    yield Layer(gen, 2, 5, 1, 2).read().forward(1).merged().set_lora().forward(1).case(
        "in = 2, one row of x", "in = 2，x 只有一行")
    yield Layer(gen, 100, 60, 8, 16, seed=12345).init().set_lora().forward(10).case(
        "seed = 12345 given explicitly", "显式给出 seed = 12345")
    yield Layer(gen, 256, 128, 64, 128, seed=7).init().case(
        "at initialisation, r * in = 16384 values of lora_A: their distribution is tested closely",
        "初始化时，lora_A 有 r * in = 16384 个值：对它们的分布做严格检验")
    yield Layer(gen, 128, 96, 16, 16).read().read().set_lora().read().forward(16).case(
        "lora_A read twice before set_lora: the same numbers; after set_lora, copies of the A and B given",
        "在 set_lora 之前读两次 lora_A：数值相同；set_lora 之后是所给 A 和 B 的副本")
    yield Layer(gen, 96, 160, 8, 32, f32).init().set_lora().forward(32).merged().forward(4, 8).case(
        "float32, out > in, alpha = 32, r = 8", "float32，out > in，alpha = 32，r = 8")
    yield Layer(gen, MAX_FEATURES, MAX_FEATURES, 64, 16).init().set_lora().forward(MAX_ROWS).merged().case(
        "max: in = out = 512, r = 64, 256 rows of x, float64", "最大：in = out = 512，r = 64，x 有 256 行，float64")
    yield Layer(gen, MAX_FEATURES, 384, 32, 64, f32).init().set_lora().forward(16, 16).merged().case(
        "max: in = 512, out = 384, r = 32, x (16, 16, 512), float32",
        "最大：in = 512，out = 384，r = 32，x 为 (16, 16, 512)，float32")
    yield Layer(gen, 384, MAX_FEATURES, 8, 16, seed=3).init().set_lora().forward(MAX_ROWS).merged().case(
        "max: in = 384, out = 512, 256 rows of x", "最大：in = 384，out = 512，x 有 256 行")
    yield Layer(gen, 256, 40, 4, 8).init().forward().set_lora().forward().forward(3).merged().case(
        "x of shape (in,) = (256,): a 1-D input gives (out,), not (1, out); in = 256, r = 4 at initialisation: each "
        "row of lora_A must look like independent draws (sorted draws put the most negative quarter in row 0)",
        "x 的形状为 (in,) = (256,)：一维输入给出 (out,)，而不是 (1, out)；初始化时 in = 256，r = 4：lora_A 的每一行都必须"
        "看起来像独立的抽样（排过序的抽样会把最小的四分之一放进第 0 行）")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "LoRALinear" and len(operations) == len(arguments)
    assert len(operations) - 1 <= MAX_CALLS
    weight, bias, r, alpha, *seed = arguments[0]
    dtype = weight.dtype
    assert dtype in (np.float32, np.float64) and weight.ndim == 2
    n_out, n_in = weight.shape
    assert 1 <= n_in <= MAX_FEATURES and 1 <= n_out <= MAX_FEATURES and np.isfinite(weight).all()
    assert bias is None or (bias.dtype == dtype and bias.shape == (n_out,) and np.isfinite(bias).all())
    assert isinstance(r, int) and 1 <= r <= min(n_in, n_out)
    assert isinstance(alpha, (int, float)) and alpha > 0
    assert seed == [] or (len(seed) == 1 and isinstance(seed[0], int) and seed[0] >= 0)
    for operation, args in zip(operations[1:], arguments[1:]):
        assert operation in METHODS, operation
        if operation == "forward":
            (x,) = args
            assert x.dtype == dtype and x.ndim >= 1 and x.shape[-1] == n_in and np.isfinite(x).all()
            assert x.size // n_in <= MAX_ROWS
        elif operation == "set_lora":
            a, b = args
            assert a.dtype == dtype and a.shape == (r, n_in) and np.isfinite(a).all()
            assert b.dtype == dtype and b.shape == (n_out, r) and np.isfinite(b).all()
        else:
            assert args == []


SIZES = (32, 64, 128, 256, MAX_FEATURES)  # for `compare`: in = out = n, r = 8, 16 calls of 256 rows, float64


def sized_input(rng, n):
    layer = Layer(numpy_rng(rng), n, n, 8, 16).set_lora()
    for _ in range(16):
        layer.forward(MAX_ROWS)
    return layer.merged().ops.given()
