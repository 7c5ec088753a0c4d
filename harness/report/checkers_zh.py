"""The checkers' messages in Chinese: why an answer is wrong, as harness/checkers/*.py, the packages' checker.py,
harness.grading.gradients and harness.grading.classify (a case that must raise) write it.

Templates as in report.messages_zh, which matches them after the grader's own: `{detail}` and `{detail2}` hold a
nested message of ours (translated in turn), `{name:int}` matches a whole number only and `{name:name}` a type's
name; every other placeholder is a value of the user's or the case's, shown as it is. The more specific first: the
last ones catch any other "expected X, got Y".
"""

from __future__ import annotations


def _odds(checked: str) -> tuple[str, str]:
    """The false-rejection clause of a statistical check of `checked`, in English and in Chinese."""
    return (f" (a correct {checked} stays within that with probability 1 - {{odds}})",
            f"（正确的 {checked} 以 1 - {{odds}} 的概率落在这个范围内）")


_ODDS, _ODDS_ZH = _odds("getRandom")
_LORA_ODDS, _LORA_ODDS_ZH = _odds("lora_A")
_RUN = "in the run of {draws} draws from {count} elements starting at call {start}, "
_RUN_ZH = "从调用 {start} 开始的一段 {draws} 次抽取（集合有 {count} 个元素）中，"
_VALUES = ("values differ beyond rtol={rtol} (of {against}), atol={atol} ({dtype}): {bad} of {size} elements; largest "
           "absolute error {absolute}, largest relative error {relative} (where {against} > atol); worst at {worst}: "
           "expected {want}, got {have}")
_VALUES_ZH = ("数值超出容差 rtol={rtol}（相对于{against}）、atol={atol}（{dtype}）：{size} 个元素中有 {bad} 个；最大绝对"
              "误差 {absolute}，最大相对误差 {relative}（只计{against} > atol 处）；最差的位置 {worst}：预期 {want}，"
              "实际 {have}")

# (English, as the checkers write it; Chinese)
TEMPLATES: tuple[tuple[str, str], ...] = (
    # two-sum's checker.py
    ("expected a list of two indices, got {got}", "预期结果是含两个下标的列表，输出 {got}"),
    ("indices must be integers, got {got}", "下标必须是整数，输出 {got}"),
    ("index out of range in {got} (len(nums) = {length})", "{got} 中有下标越界（len(nums) = {length}）"),
    ("{got} uses the element nums[{i}] = {value} twice; expected {expected}",
     "{got} 把元素 nums[{i}] = {value} 用了两次；预期结果 {expected}"),
    ("nums[{i}] + nums[{j}] = {total}, not {target}; expected {expected}",
     "nums[{i}] + nums[{j}] = {total}，不等于 {target}；预期结果 {expected}"),
    # convert-sorted-array-to-binary-search-tree's checker.py
    ("the tree you returned is empty; it must hold the {count:int} values of nums",
     "你返回的树是空的；它必须包含 nums 的全部 {count} 个值"),
    ("nums[{i}] = {value} is not in the tree you returned", "nums[{i}] = {value} 不在你返回的树中"),
    ("the tree you returned holds {value}, a {type:name}, not an int: its values must be the ints of nums",
     "你返回的树中有 {value}，它是 {type}，不是 int：树中的值必须是 nums 中的整数"),
    ("the tree you returned holds {value}, which is not in nums", "你返回的树中有 {value}，而它不在 nums 中"),
    ("the tree you returned holds {value} {count:int} times; nums has it once",
     "你返回的树中 {value} 出现了 {count} 次；nums 中它只出现一次"),
    ("not a binary search tree: its inorder walk visits {a} before {b} (a BST visits the values in increasing order)",
     "不是二叉搜索树：它的中序遍历先访问 {a}，后访问 {b}（二叉搜索树的中序遍历按从小到大的顺序访问节点值）"),
    ("not height-balanced: the subtrees of the node with val {value} have heights {left:int} and {right:int} (they "
     "may differ by at most 1)",
     "不是高度平衡的：值为 {value} 的节点的两棵子树高度分别为 {left} 和 {right}（高度差最多为 1）"),
    # longest-palindromic-substring's checker.py
    ("expected a string (a substring of s), got {got}", "预期结果是字符串（s 的子串），输出 {got}"),
    ("{got} is not a substring of s (its characters must be contiguous in s); expected {expected}",
     "{got} 不是 s 的子串（它的字符必须在 s 中连续出现）；预期结果 {expected}"),
    ("{got} is not a palindrome (it reads {backwards} backwards); expected {expected}",
     "{got} 不是回文串（倒过来读是 {backwards}）；预期结果 {expected}"),
    ("{got} is a palindrome of length {length:int}, but the longest has length {best:int}: expected {expected} (or any "
     "other of that length)", "{got} 是长度为 {length} 的回文串，但最长的回文子串长度为 {best}：预期结果 {expected}（或其他同样长的）"),
    # insert-delete-getrandom-o1's checker.py (its other calls are judged as the operations checker does)
    ("returned {got}, which is not in the set {members}", "返回了 {got}，它不在集合 {members} 中"),
    ("getRandom is {detail}", "getRandom {detail}"),
    ("not uniform: " + _RUN + "{detail} came out {seen:int} times; a uniform choice gives {mean}, give or take "
     "{allowed}" + _ODDS,
     "不均匀：" + _RUN_ZH + "{detail} 出现了 {seen} 次；均匀抽取应为 {mean} 次左右，上下不超过 {allowed}" + _ODDS_ZH),
    ("not independent from one draw to the next: " + _RUN + "{detail} was followed by {detail2} {seen:int} times in "
     "{pairs} disjoint pairs of consecutive draws; independent uniform draws give {mean}, give or take {allowed}"
     + _ODDS,
     "前后两次抽取不独立：" + _RUN_ZH + "在 {pairs} 对互不重叠的相邻抽取里，{detail} 之后紧跟着{detail2}，共 {seen} "
     "次；独立均匀的抽取应为 {mean} 次左右，上下不超过 {allowed}" + _ODDS_ZH),
    ("not independent from one draw to the next: " + _RUN + "a draw returned the same value as the draw before it "
     "{repeats} times in {pairs} disjoint pairs; independent uniform draws give {mean}, give or take {allowed}" + _ODDS,
     "前后两次抽取不独立：" + _RUN_ZH + "在 {pairs} 对互不重叠的相邻抽取里，后一次返回了与前一次相同的值 {repeats} 次；"
     "独立均匀的抽取应为 {mean} 次左右，上下不超过 {allowed}" + _ODDS_ZH),
    ("the value {value}", "值 {value}"),
    ("the {count} values at positions {low}-{high} of the list in the statement's solution",
     "题解所维护的列表中位置 {low}-{high} 上的 {count} 个值"),
    # lora-linear's checker.py (the first reads of lora_A and lora_B; the rest is the operations checker's)
    ("expected an array of zeros of shape {shape} and dtype {dtype}, got {got}",
     "预期结果是形状为 {shape}、dtype 为 {dtype} 的全零数组，实际 {got}"),
    ("lora_B must start at exactly zero (so that the layer starts as the base layer), got {count:int} non-zero "
     "entries, largest |entry| {largest}",
     "lora_B 初始必须恰好为零（这样层一开始就是基础层），实际有 {count} 个非零元素，最大 |元素| 为 {largest}"),
    ("expected an array of shape {shape} and dtype {dtype}, got {got}",
     "预期结果是形状为 {shape}、dtype 为 {dtype} 的数组，实际 {got}"),
    ("lora_A changed between two reads, with no set_lora between", "两次读取 lora_A 之间没有调用 set_lora，它却变了"),
    ("lora_A has NaN or inf entries", "lora_A 含有 NaN 或 inf"),
    ("lora_A is all zeros: LoRA draws A at random (uniform in +-1/sqrt(in)) and starts B at zero, not the other way "
     "round", "lora_A 全为零：LoRA 随机抽取 A（在 ±1/sqrt(in) 内均匀分布），并让 B 从零开始，而不是反过来"),
    ("lora_A is not uniform in +-{bound}: its largest |entry| is {ratio} times that bound (a normal draw, or "
     "kaiming's a=0 bound sqrt(6/in), or the fan-in taken from the wrong dimension?)",
     "lora_A 不是在 ±{bound} 内均匀分布：它的最大 |元素| 是这个界的 {ratio} 倍（用了正态分布，或 kaiming 在 a=0 时的界 "
     "sqrt(6/in)，或者 fan-in 取错了维度？）"),
    ("lora_A does not look uniform in +-{bound}: the largest gap between the CDF of its {n:int} values (times "
     "sqrt(in)) and the uniform CDF on [-1, 1] is {gap}, more than the {allowed} allowed" + _LORA_ODDS + "; is the "
     "bound 1/in, or the draw one-sided?",
     "lora_A 看起来不是在 ±{bound} 内均匀分布：它的 {n} 个值（乘以 sqrt(in)）的经验分布函数与 [-1, 1] 上均匀分布函数的最大"
     "差距为 {gap}，超过了允许的 {allowed}" + _LORA_ODDS_ZH + "；界是不是用了 1/in，或者只在一侧抽样？"),
    # distribution.py
    ("not uniform: in {draws} draws from {count} elements, observed {observed}; expected {mean} each, give or take "
     "{allowed} (a uniform choice stays within that with probability 1 - {odds})",
     "不均匀：从 {count} 个元素中抽取 {draws} 次，观察到 {observed}；预期每个 {mean} 次左右，上下不超过 {allowed}"
     "（均匀抽取以 1 - {odds} 的概率落在这个范围内）"),
    # operations.py
    ("expected {count} outputs, one per call, got {got}", "预期 {count} 个输出（每次调用一个），输出 {got}"),
    ("call {index}, {call}: {detail}", "调用 {index}（{call}）：{detail}"),
    ("item {index} of the answer: {detail}", "返回值的第 {index} 项：{detail}"),
    # floats.py
    ("expected a tuple of {count} items, got {got} ({type:name})", "预期结果是含 {count} 项的元组，输出 {got}（{type}）"),
    ("item {index} of the tuple: {detail}", "元组的第 {index} 项：{detail}"),
    ("expected a number, got {got} ({type:name})", "预期结果是一个数，输出 {got}（{type}）"),
    ("expected a numpy.ndarray of shape {shape}, got {got} ({type:name})",
     "预期结果是形状为 {shape} 的 numpy.ndarray，输出 {got}（{type}）"),
    ("dtype: expected {want} (the input's), got {have}", "dtype：预期 {want}（与输入相同），实际 {have}"),
    (_VALUES.replace("{against}", "the largest |expected|"), _VALUES_ZH.replace("{against}", "最大的 |预期值|")),
    (_VALUES.replace("{against}", "|expected|"), _VALUES_ZH.replace("{against}", " |预期值|")),
    ("{count} NaN/inf value(s) where the answer is finite, first at {where}: got {have}, expected {want} (an "
     "overflow, or 0/0?)", "答案是有限值的地方出现了 {count} 个 NaN/inf，第一个在 {where}：输出 {have}，预期 {want}"
     "（溢出了，还是 0/0？）"),
    ("{count} value(s) differ where the answer is NaN or infinite, which must match exactly; first at {where}: "
     "expected {want}, got {have}", "答案为 NaN 或无穷大的地方有 {count} 个值不同，这些值必须完全一致；第一个在 "
     "{where}：预期 {want}，实际 {have}"),
    # unordered.py (a count that differs always comes with what is missing or extra)
    ("expected a list, got {got} ({type:name})", "预期结果是列表，输出 {got}（{type}）"),
    ("expected 1 item, got {have}; {detail}", "预期 1 个元素，输出 {have} 个；{detail}"),
    ("expected {count} items, got {have}; {detail}", "预期 {count} 个元素，输出 {have} 个；{detail}"),
    ("missing {missing}; {detail}", "缺少 {missing}；{detail}"),
    ("missing {missing}", "缺少 {missing}"),
    ("unexpected or repeated {extra}", "多出或重复的元素 {extra}"),
    # harness.grading.gradients: the PyTorch flavour's gradient cases
    ("expected the output and its gradients, got {type:name}", "预期结果是输出及其梯度，实际得到 {type}"),
    ("your output is right, but no gradient reached {names} when sum(output * R) was back-propagated: something in "
     "your code cuts the autograd graph (.detach(), torch.no_grad(), .item(), .numpy(), or NumPy math in between)",
     "你的输出是对的，但对 sum(output * R) 反向传播时，梯度没有传到 {names}：你的代码中有操作切断了 autograd 计算图"
     "（.detach()、torch.no_grad()、.item()、.numpy()，或中间用 NumPy 计算）"),
    ("the gradient of sum(output * R) with respect to {name} is wrong: {detail}",
     "sum(output * R) 对 {name} 的梯度不对：{detail}"),
    # harness.grading.classify: a case whose answer is an exception
    ("expected {exception} to be raised ({note}), got {got} instead", "预期抛出 {exception}（{note}），实际是 {got}"),
    ("expected {exception} to be raised, got {got} instead", "预期抛出 {exception}，实际是 {got}"),
    ("expected {exception} to be raised ({note}), got {got}", "预期抛出 {exception}（{note}），实际返回 {got}"),
    ("expected {exception} to be raised, got {got}", "预期抛出 {exception}，实际返回 {got}"),
    # exact.py (and the floats checker's shapes)
    ("key {key} is missing (expected {want}), though yours has {mine} ({type:name}); {count} keys, expected {wanted}",
     "缺少键 {key}（预期值 {want}），不过你的结果中有 {mine}（{type}）；共 {count} 个键，预期 {wanted} 个"),
    ("key {key} is missing (expected {want}); {count} keys, expected {wanted}",
     "缺少键 {key}（预期值 {want}）；共 {count} 个键，预期 {wanted} 个"),
    ("unexpected key {key} (value {value}); {count} keys, expected {wanted}",
     "多出的键 {key}（值为 {value}）；共 {count} 个键，预期 {wanted} 个"),
    ("at index {index}: {detail}", "下标 {index} 处：{detail}"),
    ("at key {key}: {detail}", "键 {key} 处：{detail}"),
    ("at {where}: expected {want}, got {have}", "位置 {where}：预期结果 {want}，输出 {have}"),
    ("shape: expected {want}, got {have}", "形状：预期 {want}，实际 {have}"),
    ("dtype: expected {want}, got {have}", "dtype：预期 {want}，实际 {have}"),
    ("expected length {want}, got {have}: {detail}", "预期长度 {want}，实际长度 {have}：{detail}"),
    ("expected {want}, got {have} (they differ beyond what is shown)", "预期结果 {want}，输出 {have}（差别不在显示的部分）"),
    ("expected {want} ({want_type:name}), got {have} ({have_type:name})",
     "预期结果 {want}（{want_type}），输出 {have}（{have_type}）"),
    ("expected {want}, got {have}", "预期结果 {want}，输出 {have}"),
)
