"""Hidden tests for nms: the edges, one case (or more) built for each classic mistake, then seeded detector-like
cases of both dtypes, two of them at the maximum under a memory ceiling.

Rounding never decides a case. Float32 cases (and the hand-made ones) lie on an integer grid: integer coordinates,
boxes at most 1024 wide and high, thresholds that are multiples of 1/8; every area and union is then an exact
integer below 2^21, and an IoU p / q differs from the threshold by 0 or by at least 1 / (8q) >= 2^-24, more than
half a float32 ulp, so float32 and float64 arithmetic decide alike, and an IoU exactly at the threshold (0.5,
0.75) is exactly representable. Float64 cases off the grid keep every deciding IoU (a kept box against a box not
yet suppressed) at least MARGIN from the threshold: `close_calls` finds the boxes too close and the generator drops
them.

The classic mistakes and the cases that catch them:
- `>=` for `>`: an IoU of exactly 0.5 at threshold 0.5 (float64) and 0.75 at 0.75 (float32); threshold 0 with
  touching boxes (IoU 0); threshold 1 with duplicates (IoU 1);
- boxes taken in input order (no sort), the result in index order: scores shuffled in every case;
- Pascal VOC's +1 in widths and heights: the exact-threshold cases (0.5 becomes 0.6), touching boxes at threshold
  0, small boxes (widths of 1 to 4 pixels, or of 0.5 in normalised coordinates);
- suppressing with every box, suppressed ones included: a chain A > B > C where B overlaps both and A not C;
- ties broken by the higher index (argsort(scores)[::-1]) or an unstable sort: equal scores on overlapping boxes,
  and 3000 boxes with 8 distinct scores (NumPy's default quicksort reorders equal keys there);
- zero-area boxes: identical points and lines (0 / 0 is NaN, and `iou <= t` drops them), dropped as degenerate;
- an unclamped intersection: boxes disjoint in both axes, whose negative width and height multiply to a positive
  "intersection";
- intersection over the smaller area: small boxes nested in large ones;
- boxes read as (x, y, w, h): every generated case;
- a NumPy array returned: every case (the checker compares with a list);
- an epsilon in the IoU's denominator (union + 1e-6): small boxes in normalised coordinates (unions to 1e-5);
- float32 arithmetic on float64 input (boxes or scores cast): pairs of boxes a few units wide near 9500 whose IoU
  is 1e-5 to 2e-4 from the threshold, scores distinct only below float32's resolution;
- a full N x N IoU matrix: 128 MiB per float64 temporary at N = 4096 (the worker measured 656 MiB for
  memory_limit_exceeded/full_iou_matrix.py there), over the ceiling of CEILING_MB on the cases of 4096 and 10^4
  boxes, where the reference and the accepted submissions peak at 0.4 to 1.3 MiB (tracemalloc).
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_BOXES = 10_000
MAX_COORD = 10_000.0  # |coordinate|
GRID_SIDE = 1024  # a grid box is at most this wide and high
MARGIN = 1e-6  # float64 cases off the grid: no deciding IoU within this of the threshold (unless equal)
CEILING_MB = 64  # see the module docstring: an N x N float64 matrix at N = 4096 is 128 MiB
f32, f64 = np.float32, np.float64


def case_input(boxes, scores, threshold, dtype=f64):
    return {"boxes": np.array(boxes, dtype=dtype).reshape(-1, 4), "scores": np.array(scores, dtype=dtype),
            "iou_threshold": float(threshold)}


def ious(box, others):
    """The IoU (float64) of one box with each row of `others`; 0 where the union is 0."""
    width = np.clip(np.minimum(box[2], others[:, 2]) - np.maximum(box[0], others[:, 0]), 0.0, None)
    height = np.clip(np.minimum(box[3], others[:, 3]) - np.maximum(box[1], others[:, 1]), 0.0, None)
    inter = width * height
    union = (box[2] - box[0]) * (box[3] - box[1]) + (others[:, 2] - others[:, 0]) * (others[:, 3] - others[:, 1])
    union = union - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def close_calls(boxes, scores, threshold, margin=MARGIN):
    """The boxes whose IoU with a box kept before them is within `margin` of the threshold (and not equal)."""
    boxes = boxes.astype(f64)
    order, close = np.argsort(-scores, kind="stable"), []
    while order.size:
        iou = ious(boxes[order[0]], boxes[order[1:]])
        near = (np.abs(iou - threshold) < margin) & (iou != threshold)
        close.extend(order[1:][near].tolist())
        order = order[1:][(iou <= threshold) & ~near]
    return close


def on_grid(given):
    """Whether the case lies on the integer grid of the module docstring (rounding cannot decide it)."""
    boxes, threshold = given["boxes"].astype(f64), given["iou_threshold"]
    sides = np.concatenate([boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]])
    return bool((boxes == np.round(boxes)).all() and (sides <= GRID_SIDE).all() and (threshold * 8).is_integer())


def detections(gen, n, objects, *, image=(1333.0, 800.0), size=(16.0, 400.0), jitter=0.12, noise=0.1):
    """n detector-like boxes: each object (log-uniform size, aspect 1:3 to 3:1) is found several times, each box
    jittered by `jitter` of the object's size, plus a share `noise` of boxes anywhere; scores uniform."""
    width, height = image
    side = np.exp(gen.uniform(np.log(size[0]), np.log(size[1]), objects))
    aspect = np.exp(gen.uniform(-np.log(3), np.log(3), objects))
    w, h = side * np.sqrt(aspect), side / np.sqrt(aspect)
    cx, cy = gen.uniform(0, width, objects), gen.uniform(0, height, objects)
    which = gen.integers(0, objects, n)
    bw = w[which] * np.exp(gen.normal(0, jitter, n))
    bh = h[which] * np.exp(gen.normal(0, jitter, n))
    bx = cx[which] + gen.normal(0, jitter, n) * w[which]
    by = cy[which] + gen.normal(0, jitter, n) * h[which]
    stray = gen.random(n) < noise
    bx[stray], by[stray] = gen.uniform(0, width, stray.sum()), gen.uniform(0, height, stray.sum())
    boxes = np.stack([bx - bw / 2, by - bh / 2, bx + bw / 2, by + bh / 2], axis=1)
    return boxes, gen.random(n)


def gridded(boxes):
    """`boxes` rounded to the integer grid, each side at most GRID_SIDE (a side may round to 0)."""
    boxes = np.round(boxes)
    boxes[:, 2] = np.minimum(boxes[:, 2], boxes[:, 0] + GRID_SIDE)
    boxes[:, 3] = np.minimum(boxes[:, 3], boxes[:, 1] + GRID_SIDE)
    return boxes


def generated(boxes, scores, threshold, dtype=f64):
    """A case's input; off the grid, without the boxes whose deciding IoU is within MARGIN of the threshold."""
    given = case_input(boxes, scores, threshold, dtype)
    if not on_grid(given):
        while close := close_calls(given["boxes"], given["scores"], threshold):
            keep = np.setdiff1d(np.arange(len(given["scores"])), close)
            given = {**given, "boxes": given["boxes"][keep], "scores": given["scores"][keep]}
    return given


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges.
    yield Case(case_input([[10, 20, 30, 60]], [0.3], 0.5), [0], "one box: it is kept", note_zh="只有一个框：保留它")
    yield Case(case_input(np.zeros((0, 4)), [], 0.5), [], "no boxes: an empty list",
               note_zh="没有框：返回空列表")
    yield Case(case_input([[0, 0, 8, 8]] * 5, [0.2, 0.7, 0.4, 0.9, 0.1], 0.5), [3],
               "five identical boxes: only the best (index 3) is kept",
               note_zh="五个完全相同的框：只保留得分最高的那个（下标 3）")

    # The threshold: > not >=, at 0.5 and 0.75 exactly, at 0 and at 1.
    yield Case(case_input([[0, 0, 4, 2], [2, 0, 6, 4], [0, 0, 4, 4], [5, 5, 9, 9]], [0.8, 0.7, 0.9, 0.6], 0.5),
               [2, 0, 1, 3], "IoU exactly 0.5 at threshold 0.5: (0,0,4,2) vs (0,0,4,4) is 8/16, kept (>= drops it; "
               "+1 makes it 15/25 = 0.6)",
               note_zh="IoU 恰好等于阈值 0.5：(0,0,4,2) 与 (0,0,4,4) 为 8/16，保留（用 >= 会删掉它；"
                       "宽高 +1 会变成 15/25 = 0.6）")
    yield Case(case_input([[10, 10, 14, 13], [10, 10, 14, 14], [11, 10, 15, 14], [0, 0, 3, 3]],
                          [0.5, 0.75, 0.25, 0.5], 0.75, f32),
               [1, 0, 3, 2], "float32, IoU exactly 0.75 at threshold 0.75: (10,10,14,13) vs (10,10,14,14) is 12/16, "
               "kept (>= drops it); boxes 0 and 3 tie at 0.5, 0 first",
               note_zh="float32，IoU 恰好等于阈值 0.75：(10,10,14,13) 与 (10,10,14,14) 为 12/16，保留（用 >= 会删掉它）；"
                       "框 0 和框 3 同为 0.5 分，0 在前")
    yield Case(case_input([[0, 0, 2, 2], [2, 0, 4, 2], [0, 2, 2, 4], [2, 2, 4, 4], [1, 1, 3, 3]],
                          [0.5, 0.9, 0.3, 0.7, 0.1], 0.0),
               [1, 3, 0, 2], "threshold 0: four touching boxes (IoU 0) all kept, the one overlapping them dropped "
               "(>= drops everything; +1 makes touching boxes overlap)",
               note_zh="阈值 0：四个相接的框（IoU 为 0）都保留，与它们重叠的那个被删掉"
                       "（用 >= 会删掉所有框；宽高 +1 会让相接的框重叠）")
    yield Case(case_input([[0, 0, 5, 5], [0, 0, 5, 5], [1, 1, 6, 6], [0, 0, 5, 5]], [0.4, 0.6, 0.6, 0.2], 1.0),
               [1, 2, 0, 3], "threshold 1: nothing exceeds it, duplicates (IoU exactly 1) included; 1 and 2 tie",
               note_zh="阈值 1：没有 IoU 能超过它，完全重合的框（IoU 恰好为 1）也不例外；框 1 和框 2 同分")

    # The greedy loop: only kept boxes suppress; ties; the order of the answer.
    yield Case(case_input([[6, 0, 16, 10], [0, 0, 10, 10], [3, 0, 13, 10]], [0.7, 0.9, 0.8], 0.5), [1, 0],
               "a chain: box 1 suppresses box 2 (IoU 0.54), box 2 would suppress box 0 (0.54) but is gone; "
               "1 and 0 overlap by 0.25",
               note_zh="一条链：框 1 抑制框 2（IoU 0.54），框 2 本会抑制框 0（0.54），但它已被删掉；框 1 和框 0 的 IoU 为 0.25")
    yield Case(case_input([[0, 0, 10, 10], [1, 0, 11, 10], [20, 20, 30, 30]], [0.5, 0.5, 0.5], 0.5), [0, 2],
               "three equal scores: box 0 (lower index) is taken first and suppresses box 1; then box 2",
               note_zh="三个同分的框：下标小的框 0 先被选中并抑制框 1；然后是框 2")

    # The IoU itself: zero areas, an unclamped overlap, the smaller area as denominator.
    yield Case(case_input([[5, 5, 5, 5], [5, 5, 5, 5], [0, 2, 8, 2], [0, 0, 8, 8], [0, 2, 8, 2], [1, 1, 7, 7]],
                          [0.9, 0.8, 0.7, 0.95, 0.6, 0.85], 0.5), [3, 0, 1, 2, 4],
               "zero-area boxes: two equal points and two equal lines, IoU 0 (not 0 / 0 = NaN), all kept",
               note_zh="面积为 0 的框：两个相同的点和两条相同的线段，IoU 为 0（不是 0 / 0 = NaN），全部保留")
    yield Case(case_input([[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5], [6, 6, 7, 7], [2, 0, 3, 1]],
                          [0.3, 0.9, 0.5, 0.7, 0.8], 0.5), [1, 4, 3, 2, 0],
               "boxes disjoint in both axes: the overlap's width and height are both -1 and their product +1; "
               "clamp each at 0",
               note_zh="两个方向上都不相交的框：重叠区域的宽和高都是 -1，乘积却是 +1；每个都要截断到 0")
    yield Case(case_input([[0, 0, 10, 10], [1, 1, 3, 3], [6, 6, 9, 9], [20, 0, 30, 10], [21, 1, 29, 9]],
                          [0.9, 0.8, 0.7, 0.5, 0.95], 0.5), [4, 0, 1, 2],
               "small boxes inside a large one: IoU 0.04 and 0.09, kept (intersection over the smaller area is 1)",
               note_zh="大框里的小框：IoU 为 0.04 和 0.09，保留（用交集除以较小面积会得到 1）")

    # Detector-like cases.
    boxes, scores = detections(gen, 300, 40)
    yield Case(generated(boxes, scores, 0.5), note="300 detections of 40 objects, float64, threshold 0.5",
               note_zh="40 个物体的 300 个检测框，float64，阈值 0.5")
    boxes, scores = detections(gen, 400, 50, image=(1.0, 1.0), size=(0.02, 0.4))
    yield Case(generated(boxes, scores, 0.45),
               note="normalised coordinates in [0, 1] (boxes 0.02 to 0.4 wide), float64, threshold 0.45: a +1 in "
                    "the widths swamps them",
               note_zh="归一化坐标，在 [0, 1] 内（框宽 0.02 到 0.4），float64，阈值 0.45：宽高 +1 会完全盖过它们")
    boxes, scores = detections(gen, 500, 120, size=(1.0, 6.0), jitter=0.3)
    yield Case(generated(gridded(boxes), scores, 0.375, f32),
               note="float32, tiny integer boxes (0 to 8 pixels wide, some of zero area), threshold 0.375",
               note_zh="float32，很小的整数坐标框（宽 0 到 8 像素，有的面积为 0），阈值 0.375")
    boxes, scores = detections(gen, 1000, 100)
    yield Case(generated(gridded(boxes), scores, 0.625, f32),
               note="1000 detections on integer pixels, float32, threshold 0.625",
               note_zh="1000 个整数像素坐标的检测框，float32，阈值 0.625")
    boxes, _ = detections(gen, 600, 60)
    yield Case(generated(boxes - [666.5, 400.0, 666.5, 400.0], gen.normal(0.0, 3.0, 600), 0.3),
               note="coordinates of both signs (centred image), scores are logits of both signs, threshold 0.3",
               note_zh="坐标有正有负（以图像中心为原点），得分是有正有负的 logits，阈值 0.3")
    boxes, scores = detections(gen, 2000, 150, jitter=0.08)
    yield Case(generated(boxes, scores, 0.7), note="2000 proposals, threshold 0.7 (a region proposal network's)",
               note_zh="2000 个候选框，阈值 0.7（区域候选网络 RPN 的取值）")
    boxes, scores = detections(gen, 500, 100, jitter=0.2)
    yield Case(generated(boxes, scores, 0.05), note="500 boxes, threshold 0.05: the slightest overlap suppresses",
               note_zh="500 个框，阈值 0.05：稍有重叠就会被抑制")
    boxes, scores = detections(gen, 3000, 200)
    yield Case(generated(gridded(boxes), np.round(scores * 7) / 8, 0.5, f32),
               note="3000 boxes with only 8 distinct scores, float32: ties everywhere, lower index first (a stable "
                    "sort)",
               note_zh="3000 个框，只有 8 种不同的得分，float32：到处都是同分，下标小的在前（稳定排序）")
    cells = np.array([(i, j) for i in range(50) for j in range(40)], dtype=f64) * 12
    corner = cells + gen.integers(0, 3, cells.shape)
    grid_boxes = np.concatenate([corner, corner + gen.integers(3, 10, cells.shape)], axis=1)
    yield Case(case_input(grid_boxes, gen.random(len(cells)), 0.25),
               note="2000 disjoint boxes on a grid (many disjoint in both axes): all kept, in descending score",
               note_zh="网格上 2000 个互不相交的框（许多在两个方向上都不相交）：全部保留，按得分降序")

    # The maxima, under a memory ceiling that an N x N matrix exceeds.
    boxes, scores = detections(gen, 4096, 200, noise=0.03)
    yield Case(generated(boxes, scores, 0.5), memory_ceiling_mb=CEILING_MB,
               note=f"4096 boxes, float64, threshold 0.5, memory ceiling {CEILING_MB} MiB: an N x N IoU matrix is "
                    "128 MiB",
               note_zh=f"4096 个框，float64，阈值 0.5，内存上限 {CEILING_MB} MiB：N x N 的 IoU 矩阵就要 128 MiB")
    boxes, scores = detections(gen, MAX_BOXES, 400, noise=0.03)
    yield Case(generated(boxes, scores, 0.5), memory_ceiling_mb=CEILING_MB,
               note="max: 10^4 detections of 400 objects, float64, threshold 0.5",
               note_zh="最大：400 个物体的 10^4 个检测框，float64，阈值 0.5")
    boxes, scores = detections(gen, MAX_BOXES, 300, noise=0.03)
    yield Case(generated(gridded(boxes), scores, 0.5, f32), memory_ceiling_mb=CEILING_MB,
               note="max: 10^4 detections on integer pixels, float32, threshold 0.5",
               note_zh="最大：10^4 个整数像素坐标的检测框，float32，阈值 0.5")
    boxes, scores = detections(gen, MAX_BOXES, 300, image=(8000.0, 6000.0), size=(40.0, 2000.0), noise=0.02)
    boxes = np.clip(boxes * 2 - [8000.0, 6000.0, 8000.0, 6000.0], -MAX_COORD, MAX_COORD)
    yield Case(generated(boxes, scores, 0.6), memory_ceiling_mb=CEILING_MB,
               note="max: 10^4 boxes with coordinates up to 10^4 in absolute value, float64, threshold 0.6",
               note_zh="最大：10^4 个框，坐标绝对值最大到 10^4，float64，阈值 0.6")

    # Appended last (not to change the draws above): float64 precision where it matters.
    boxes, scores = detections(gen, 2000, 200, image=(1.0, 1.0), size=(0.004, 0.05))
    yield Case(generated(boxes, scores, 0.5),
               note="2000 small boxes in normalised coordinates (0.004 to 0.05 wide, unions down to 1e-5), float64, "
                    "threshold 0.5: an epsilon in the denominator, inter / (union + 1e-6), moves IoUs across it",
               note_zh="2000 个归一化坐标下的小框（宽 0.004 到 0.05，并集面积小到 1e-5），float64，阈值 0.5："
                       "分母里加 epsilon，inter / (union + 1e-6)，会让 IoU 越过阈值")
    corner = np.array([(i, j) for i in range(25) for j in range(20)], dtype=f64) * 36 + 9050.0
    side = gen.uniform(2.0, 8.0, (500, 2))
    ratio = 0.5 + gen.choice([-1.0, 1.0], 500) * gen.uniform(1e-5, 2e-4, 500)  # each pair's IoU, near 0.5
    shift = side[:, 0] * (1 - ratio) / (1 + ratio)  # (w - s) / (w + s) = ratio
    first = np.concatenate([corner, corner + side], axis=1)
    second = first + shift[:, None] * [1.0, 0.0, 1.0, 0.0]
    pairs = np.concatenate([first, second])[gen.permutation(1000)]
    yield Case(generated(pairs, 1.0 - gen.random(1000) * 1e-7, 0.5),
               note="float64: 500 pairs of boxes 2 to 8 wide near x, y = 9500 (float32's ulp there is 1e-3), each "
                    "pair's IoU 1e-5 to 2e-4 from the threshold 0.5, scores distinct only below float32's resolution "
                    "(1 - 1e-7 * u): float32 boxes or scores change the answer",
               note_zh="float64：500 对 2 到 8 宽的框，位于 x、y = 9500 附近（float32 在那里的 ulp 是 1e-3），每对的 IoU "
                       "离阈值 0.5 只有 1e-5 到 2e-4，得分只在 float32 分辨不出的位置上不同（1 - 1e-7 * u）：框或得分"
                       "用 float32 都会改变答案")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    boxes, scores, threshold = given["boxes"], given["scores"], given["iou_threshold"]
    assert isinstance(boxes, np.ndarray) and isinstance(scores, np.ndarray), "boxes and scores are NumPy arrays"
    assert boxes.dtype in (f32, f64) and scores.dtype == boxes.dtype, "one dtype, float32 or float64"
    assert boxes.ndim == 2 and boxes.shape[1] == 4 and scores.shape == (len(boxes),), "boxes (N, 4), scores (N,)"
    assert len(boxes) <= MAX_BOXES, "N <= 10^4"
    assert np.isfinite(boxes).all() and np.isfinite(scores).all(), "finite"
    assert (np.abs(boxes) <= MAX_COORD).all(), "|coordinate| <= 10^4"
    assert (boxes[:, 0] <= boxes[:, 2]).all() and (boxes[:, 1] <= boxes[:, 3]).all(), "x1 <= x2, y1 <= y2"
    assert isinstance(threshold, float) and 0.0 <= threshold <= 1.0, "0 <= iou_threshold <= 1"
    if boxes.dtype == f32:
        assert on_grid(given), "float32: integer coordinates, sides <= 1024, threshold a multiple of 1/8"
    elif not on_grid(given):
        assert not close_calls(boxes, scores, threshold), f"float64: no deciding IoU within {MARGIN} of the threshold"


SIZES = (625, 1250, 2500, 5000, MAX_BOXES)  # for `compare`: the number of boxes


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    boxes, scores = detections(gen, n, max(1, n // 11))
    return generated(boxes, scores, 0.5)
