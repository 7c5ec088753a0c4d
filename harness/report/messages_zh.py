"""The grader's own messages in Chinese: the time limit in force, why a file cannot load, why a case failed.

harness.grading composes its messages in English (they are also `--json`'s, which stays English). Each entry here
pairs one English template, as the grader writes it, with its Chinese; `in_chinese` matches a whole message against
the templates and fills the Chinese in. What the user's code said (a traceback, an exception's text, printed output)
fills a placeholder and is never translated; a `{detail}` (or `{detail2}`) placeholder holds a message of the
harness's own and is translated in turn, a `{verdict}` one a verdict's value (`wrong_answer`), given 力扣's name;
`{name:int}` matches a whole number only, `{name:name}` a type's name (`list`, `numpy.ndarray`). The checkers'
messages (why an answer is wrong) are report.checkers_zh's, matched after these. A message no template matches is
shown as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from harness.report.checkers_zh import TEMPLATES as CHECKER_TEMPLATES
from harness.report.words import VERDICTS_ZH

# (English, as harness.grading and harness.grading.classify write it; Chinese). The more specific first.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("{limit} of CPU time per case ({base} s × {factor} for this machine's speed), for the whole program: reading "
     "the input and printing included", "每个用例 {limit} CPU 时间（{base} s × {factor}，按本机速度折算），按整个程序计：包括读入和打印"),
    ("{limit} of CPU time per case ({base} s × {factor} for this machine's speed)",
     "每个用例 {limit} CPU 时间（{base} s × {factor}，按本机速度折算）"),
    ("internal error: {detail}", "内部错误：{detail}"),
    ("cannot load your file: {error}", "无法加载你的文件：{error}"),
    ("no entry point: define {entry} (the PyTorch flavour)", "没有找到入口：请定义 {entry}（PyTorch 写法）"),
    ("no entry point: define class {entry} (the PyTorch flavour)", "没有找到入口：请定义类 {entry}（PyTorch 写法）"),
    ("no entry point: define {entry}", "没有找到入口：请定义 {entry}"),
    ("your file did not finish loading in time (code at module level?)",
     "你的文件没有在时限内加载完（模块顶层有代码在运行？）"),
    ("forbidden: {detail}", "禁用的调用：{detail}"),
    ("your code calls {call}, which does what this problem asks you to write",
     "你的代码调用了 {call}，它做的正是本题要你亲手写的事"),
    ("your code imports {call}, which does what this problem asks you to write",
     "你的代码导入了 {call}，它做的正是本题要你亲手写的事"),
    ("still not done after {wall} on the clock, though its limit is {limit} of CPU time: does it sleep, or wait "
     "for something?", "墙钟时间过了 {wall} 仍未结束，而时间限制是 {limit} CPU 时间：代码在 sleep，或在等待什么吗？"),
    ("took longer than the limit of {limit} of CPU time (the reference needs {reference})",
     "超过了 {limit} CPU 时间的限制（参考解答需要 {reference}）"),
    ("still running past the limit of {limit} and did not stop when told: killed",
     "超过 {limit} 的限制后仍在运行，且没有按要求停止：已终止"),
    ("printed more than {size} MB; print less (or nothing) while grading",
     "输出超过 {size} MB；评测时请少输出（或不输出）"),
    ("printed more than {size} MB", "输出超过 {size} MB"),
    ("ran out of memory (the limit is {size} MB)", "内存不足（限制为 {size} MB）"),
    ("peak memory {peak} during the call, over this case's ceiling of {ceiling}",
     "调用期间内存峰值 {peak}，超过本用例的上限 {ceiling}"),
    ("NotImplementedError: not implemented yet", "NotImplementedError：尚未实现"),
    ("your program exited with status {code} (a judge counts a status other than 0 as a runtime error)",
     "你的程序以状态码 {code} 退出（评测把非 0 的退出状态算作执行出错）"),
    ("your program printed nothing: print the answer to stdout", "你的程序什么也没有打印：请把答案打印到标准输出"),
    ("your code called exit() (SystemExit: {code}); return the answer instead",
     "你的代码调用了 exit()（SystemExit: {code}）；请用 return 返回答案"),
    ("{detail}; `{name}` is exactly as it was passed in: it is judged as your call left it, whatever you return "
     "(did your code change it at all? `{local} = ...` only rebinds a local name; change it in place, e.g. "
     "`{inner}[:] = ...`)",
     "{detail}；`{name}` 和传入时完全一样：评测看的是调用结束后它的样子，与你返回什么无关（你的代码真的修改它了吗？"
     "`{local} = ...` 只是让局部变量指向新对象；请原地修改它，例如 `{inner}[:] = ...`）"),
    # harness.leetcode and the packages' adapters: answers that are wrong whatever was expected
    ("the list you returned", "你返回的链表"),
    ("the tree you returned", "你返回的树"),
    ("the flattened tree", "展开后的树"),
    ("the node you returned", "你返回的节点"),
    ("the copy you returned", "你返回的拷贝"),
    ("{detail} has a cycle: the `next` of its node {index:int} (val {value}, counting from 0) points back to node "
     "{start:int} (val {other}), so it never ends (a `next` left uncut? the new tail's `next` must be None)",
     "{detail}有环：它的节点 {index}（val {value}，从 0 开始数）的 `next` 指回节点 {start}（val {other}），链表永远走不到头"
     "（有 `next` 没有切断？新的尾节点的 `next` 必须是 None）"),
    ("{detail} is a {type:name}, not a ListNode (or None)", "{detail}是 {type}，不是 ListNode（也不是 None）"),
    ("{detail} has, after {count:int} node, a {type:name}, not a ListNode (or None)",
     "{detail}在 {count} 个节点之后出现了 {type}，不是 ListNode（也不是 None）"),
    ("{detail} has, after {count:int} nodes, a {type:name}, not a ListNode (or None)",
     "{detail}在 {count} 个节点之后出现了 {type}，不是 ListNode（也不是 None）"),
    ("{detail} has more than {limit:int} nodes: a cycle through new nodes?",
     "{detail}有超过 {limit} 个节点：是不断新建节点形成的环吗？"),
    ("{detail} has more than {limit:int} nodes", "{detail}有超过 {limit} 个节点"),
    ("{detail} is not a node of the input (a new {type:name} with val {value}?): return the node itself, or None",
     "{detail}不是输入中的节点（是新建的、val 为 {value} 的 {type}？）：请返回节点本身，或 None"),
    ("the tree is exactly as it was passed in: it is judged as your call left it, whatever you return (`root = ...` "
     "only rebinds a local name; relink the nodes you were given)",
     "树和传入时完全一样：评测看的是调用结束后它的样子，与你返回什么无关（`root = ...` 只是让局部变量指向新对象；"
     "请重新连接传给你的节点）"),
    ("node {index:int} of the flattened list (counting from 0, val {value}) still has a left child: every `left` "
     "must be None, the list runs down the `right` pointers (set `node.left = None` once its subtree has moved to "
     "the right)",
     "展开后链表的节点 {index}（从 0 开始数，val {value}）还有左子节点：每个 `left` 都必须是 None，链表是沿着 `right` 指针连下去的"
     "（把子树移到右边之后要写 `node.left = None`）"),
    ("you returned {type}: return the lowest common ancestor itself, the TreeNode of the tree (not its value)",
     "你返回了 {type}：请返回最近公共祖先本身，也就是树中的那个 TreeNode（而不是它的值）"),
    ("{detail} holds a {type:name}, not a TreeNode (or None)", "{detail}中有 {type}，不是 TreeNode（也不是 None）"),
    ("{detail} reaches the node with val {value} twice: a node has two parents (or a child points back up), so it "
     "is not a tree", "{detail}两次到达 val 为 {value} 的节点：有节点有两个父节点（或子节点指回了上层），所以它不是一棵树"),
    ("the list was modified: node {index:int} (counting from 0) had val {value}, and after your call it is {now}; "
     "leave the list as it is (no marking of visited nodes)",
     "链表被修改了：节点 {index}（从 0 开始数）原来的 val 是 {value}，调用之后变成了 {now}；请保持链表不变（不要标记访问过的节点）"),
    ("the list was modified: the `next` of node {index:int} (counting from 0, val {value}) was changed; leave the "
     "list as it is (no relinking)",
     "链表被修改了：节点 {index}（从 0 开始数，val {value}）的 `next` 被改了；请保持链表不变（不要重新连接节点）"),
    ("{list:name} was modified: node {index:int} (counting from 0) had val {value}, and after your call it is {now}; "
     "leave the list as it is (no marking of visited nodes)",
     "{list} 被修改了：节点 {index}（从 0 开始数）原来的 val 是 {value}，调用之后变成了 {now}；请保持链表不变（不要标记访问过的节点）"),
    ("{list:name} was modified: the `next` of node {index:int} (counting from 0, val {value}) was changed; leave the "
     "list as it is (no relinking)",
     "{list} 被修改了：节点 {index}（从 0 开始数，val {value}）的 `next` 被改了；请保持链表不变（不要重新连接节点）"),
    # find-the-duplicate-number's adapter: the array must not be modified
    ("`nums` was modified: it held {before:int} numbers and after your call it holds {now}; the array must be left "
     "as it is", "`nums` 被修改了：它原来有 {before} 个数，调用之后有 {now} 个；数组必须保持不变"),
    ("`nums` was modified: `nums[{index:int}]` was {before} and after your call it is {now}; the array must be left "
     "as it is (no sorting it, no marking by sign, no swapping into place)",
     "`nums` 被修改了：`nums[{index}]` 原来是 {before}，调用之后变成了 {now}；数组必须保持不变（不能排序，不能取负作标记，"
     "不能把数交换到各自的位置）"),
    ("the values of the nodes were changed: node {index:int} of the input (counting from 0) had val {value} and now "
     "holds {now}; swap the nodes themselves, not their values",
     "节点的值被改了：输入的节点 {index}（从 0 开始数）原来的 val 是 {value}，现在是 {now}；请交换节点本身，而不是它们的值"),
    ("the values of the nodes were changed: node {index:int} of the input (counting from 0) had val {value} and now "
     "holds {now}; relink the nodes themselves, do not change their values",
     "节点的值被改了：输入的节点 {index}（从 0 开始数）原来的 val 是 {value}，现在是 {now}；请重新连接节点本身，不要改动它们的值"),
    ("node {index:int} of the list you returned is the input's node {got:int} (val {value}), where the input's node "
     "{want:int} (val {other}) belongs: the values match but the nodes do not; exchange every pair of nodes, even "
     "when their values are equal",
     "你返回的链表的节点 {index} 是输入的节点 {got}（val {value}），而这里应当是输入的节点 {want}（val {other}）："
     "值对上了，节点却不对；每一对节点都要交换，值相等时也一样"),
    ("node {index:int} of the list you returned is the input's node {got:int} (val {value}), where the input's node "
     "{want:int} (val {other}) belongs: the values match but the nodes do not; reverse every full group of nodes, "
     "even when its values read the same backwards",
     "你返回的链表的节点 {index} 是输入的节点 {got}（val {value}），而这里应当是输入的节点 {want}（val {other}）："
     "值对上了，节点却不对；每个完整的组都要反转节点，即使这组的值倒过来读也一样"),
    ("node {index:int} of the list you returned (val {value}) is a new node, not one of the input's: relink the "
     "input's nodes instead of building new ones",
     "你返回的链表的节点 {index}（val {value}）是新建的节点，不是输入中的节点：请重新连接输入的节点，不要新建节点"),
    ("node {index:int} of the chain under root (val {value}, counting from 0) is a new node, not one of the input's: "
     "relink the input's nodes instead of building new ones",
     "`root` 下面这条链的节点 {index}（`val` {value}，从 0 开始数）是新建的节点，不是输入中的节点：请重新连接输入的节点，不要新建节点"),
    ("you returned {type}: return the node where the lists meet (the ListNode itself), or None",
     "你返回了 {type}：请返回两个链表相交的那个节点（ListNode 本身），或 None"),
    ("the node you returned is node {index:int} of {list:name} (val {value}, counting from 0), but {other:name} "
     "never reaches it: a node in both lists is the same object, not an equal value",
     "你返回的节点是 {list} 的节点 {index}（val {value}，从 0 开始数），但 {other} 永远走不到它：两个链表共有的节点是同一个对象，"
     "而不只是值相等"),
    ("the original list was modified: its node {index:int} (counting from 0) had val {value}, and after your call "
     "it is {now}; copy the list, leave it as it is",
     "原链表被修改了：它的节点 {index}（从 0 开始数）原来的 val 是 {value}，调用之后变成了 {now}；请复制链表，保持原链表不变"),
    ("the original list was modified: the `{pointer:name}` of its node {index:int} (counting from 0, val {value}) "
     "was changed; restore every pointer of the original (an interleaved copy not unwoven?)",
     "原链表被修改了：它的节点 {index}（从 0 开始数，val {value}）的 `{pointer}` 被改了；请恢复原链表的每个指针"
     "（交织的拷贝没有拆开？）"),
    ("the original list was modified: the `{pointer:name}` of its node {index:int} (counting from 0, val {value}) "
     "was changed; restore every pointer of the original (a random used as scratch space and not put back?)",
     "原链表被修改了：它的节点 {index}（从 0 开始数，val {value}）的 `{pointer}` 被改了；请恢复原链表的每个指针"
     "（把 random 当作临时存储之后没有改回去？）"),
    ("the copy you returned is {type}, not a Node (or None)", "你返回的拷贝是 {type}，不是 Node（也不是 None）"),
    ("the copy you returned has, after {count:int} node, {type}, not a Node (or None)",
     "你返回的拷贝在 {count} 个节点之后出现了 {type}，不是 Node（也不是 None）"),
    ("the copy you returned has, after {count:int} nodes, {type}, not a Node (or None)",
     "你返回的拷贝在 {count} 个节点之后出现了 {type}，不是 Node（也不是 None）"),
    ("the copy shares node {index:int} with the original (counting from 0, val {value}): every node of the copy "
     "must be a new Node", "拷贝与原链表共用了节点 {index}（从 0 开始数，val {value}）：拷贝的每个节点都必须是新建的 Node"),
    ("the copy you returned has a cycle: the `next` of its node {index:int} points back to its node {start:int} "
     "(counting from 0), so it never ends",
     "你返回的拷贝有环：它的节点 {index} 的 `next` 指回了它的节点 {start}（从 0 开始数），链表永远走不到头"),
    ("the `random` of the copy's node {index:int} (counting from 0) points to node {other:int} of the original "
     "list: point it at the copy of that node",
     "拷贝的节点 {index}（从 0 开始数）的 `random` 指向了原链表的节点 {other}：请让它指向那个节点的拷贝"),
    ("the `random` of the copy's node {index:int} (counting from 0) points to a node that is in neither the copy "
     "nor the original (val {value})",
     "拷贝的节点 {index}（从 0 开始数）的 `random` 指向的节点既不在拷贝中，也不在原链表中（val {value}）"),
    ("you returned a {type:name}: return True or False", "你返回了 {type}：请返回 True 或 False"),
    ("you returned an {type:name}: return True or False", "你返回了 {type}：请返回 True 或 False"),
    ("you returned a {type:name}: return the node where the cycle begins (the ListNode itself), or None",
     "你返回了 {type}：请返回环开始的那个节点（ListNode 本身），或 None"),
    ("you returned an {type:name}: return the node where the cycle begins (the ListNode itself), or None",
     "你返回了 {type}：请返回环开始的那个节点（ListNode 本身），或 None"),
    ("your code changed its input {names} in place; the inputs must be left as they are (work on a copy, or with "
     "operations that return new arrays)", "你的代码原地修改了输入 {names}；输入必须保持不变（请在副本上操作，或使用返回新数组的运算）"),
    ("the process was killed by {signal} (a stack overflow? very deep recursion in C code)",
     "进程被 {signal} 终止（栈溢出？C 代码中的递归太深？）"),
    ("the process was killed by {signal}", "进程被 {signal} 终止"),
    ("the process exited with code {code} before answering (os._exit()? a crash?)",
     "进程在给出答案前以退出码 {code} 结束（调用了 os._exit()？崩溃了？）"),
    # compare: the first size answered wrongly, or not at all (harness.compare)
    ("n = {n}: {verdict}: {detail}; no time is claimed from this size on", "n = {n}：{verdict}：{detail}；从这个规模起不计用时"),
    ("over the time limit", "超过时间限制"),
    ("the worker stopped ({status}) before answering", "评测进程在给出答案前停止了（{status}）"),
) + CHECKER_TEMPLATES

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(int|name))?\}")
_KINDS = {None: ".+?", "int": r"-?[\d,]+", "name": r"[A-Za-z_][\w.]*"}  # what a placeholder of each kind matches
_NESTED = re.compile(r"detail\d*\Z")


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[re.Pattern, str, str], ...]:
    """Each template as a pattern matching a whole message, its placeholders as named groups, with the template."""
    compiled = []
    for english, chinese in TEMPLATES:
        parts, last = [], 0
        for match in _PLACEHOLDER.finditer(english):
            parts += [re.escape(english[last:match.start()]), f"(?P<{match.group(1)}>{_KINDS[match.group(2)]})"]
            last = match.end()
        parts.append(re.escape(english[last:]))
        compiled.append((re.compile("".join(parts) + r"\Z", re.DOTALL), english, chinese))
    return tuple(compiled)


def template_of(message: str) -> tuple[str, str, dict[str, str]] | None:
    """The first template `message` matches, (English, Chinese, the placeholders' values), or None."""
    for pattern, english, chinese in _patterns():
        match = pattern.match(message)
        if match:
            return english, chinese, match.groupdict()
    return None


def nested(name: str) -> bool:
    """Whether the placeholder `name` holds a message of ours, translated in turn (`detail`, `detail2`)."""
    return _NESTED.match(name) is not None


_LENGTH = re.compile(r"  \(length ([\d,]+)\)")  # what harness.brief adds to a long list, tuple or string


def in_chinese(message: str) -> str:
    """`message` (one of the grader's) in Chinese, its user-given parts as they are (but for the length brief
    gives a long one); unmatched, itself."""
    found = template_of(message)
    if found is None:
        return message
    _, chinese, values = found
    for name, value in values.items():
        values[name] = in_chinese(value) if nested(name) else _LENGTH.sub(r"（长度 \1）", value)
    if "verdict" in values:
        values["verdict"] = VERDICTS_ZH.get(values["verdict"], values["verdict"])
    return chinese.format(**values)


def translated(message: str, lang: str) -> str:
    """`message` in `lang`: the grader's English as it is, or in Chinese."""
    return in_chinese(message) if lang == "zh" and message else message
