"""The interface's words in English and Chinese: labels, footers and verdict names, each phrase in both languages
in one place. `--json` never uses these: its keys and values stay English.

Chinese verdict names are those LeetCode China (力扣) shows; `lang` is "en" or "zh" (harness.practice.settings).
"""

from __future__ import annotations

from harness.grading.verdict import Verdict

PHRASES: dict[str, tuple[str, str]] = {
    # difficulty and status
    "easy": ("easy", "简单"),
    "medium": ("medium", "中等"),
    "hard": ("hard", "困难"),
    "new": ("new", "未开始"),
    "started": ("started", "已开始"),
    "attempted": ("attempted", "尝试过"),
    "solved": ("solved", "已解答"),
    # list and show
    "id": ("id", "题目"),
    "LC": ("LC", "力扣"),
    "title": ("title", "标题"),
    "difficulty": ("difficulty", "难度"),
    "tags": ("tags", "标签"),
    "status": ("status", "状态"),
    "asked in": ("asked in", "面试来源"),
    "start with": ("start with ", "开始："),
    "folded": ("> **{section}**: folded until you have solved the problem; `shousi show {id} --spoilers` shows it "
               "now.",
               "> **{section}**：解出本题后显示；现在就看：`shousi show {id} --spoilers`。"),
    # hint
    "hint": ("**Hint {number}/{total}.** {text}", "**提示 {number}/{total}**：{text}"),
    "last hint": ("That was the last hint. `shousi solution {id}` shows the reference.",
                  "这是最后一条提示。`shousi solution {id}` 显示参考解答。"),
    "next hint": ("`shousi hint {id}` again for the next one.", "再运行 `shousi hint {id}` 看下一条提示。"),
    # grade and run
    "cases passed": ("  ·  {passed}/{total} cases passed", "  ·  通过 {passed}/{total} 个测试用例"),
    "acm mode": ("  ·  ACM mode", "  ·  ACM 模式"),
    "case": ("case", "用例"),
    "input": ("input", "输入"),
    "expected": ("expected", "预期结果"),
    "got": ("got", "输出"),
    "why": ("why", "原因"),
    "stdout": ("stdout", "标准输出"),
    "time": ("time", "用时"),
    "traceback": ("traceback", "错误信息"),
    "verdict": ("verdict", "结果"),
    "reference": ("reference", "参考解答"),
    "case time": ("{time}  (reference {reference})", "{time}（参考解答 {reference}）"),
    "slowest cases": ("slowest cases (-v for all)", "最慢的用例（-v 显示全部）"),
    "total": ("total {time}", "总用时 {time}"),
    "reference total": ("  ·  reference {time}", "  ·  参考解答 {time}"),
    "time limit": ("time limit {limit}", "时间限制 {limit}"),
    "about the same": ("about the same", "与参考解答相当"),
    "slower": ("{factor} slower than the reference", "比参考解答慢 {factor}"),
    "faster": ("{factor} faster than the reference", "比参考解答快 {factor}"),
    "all accepted": ("{passed}/{total} accepted", "{passed}/{total} 通过"),
    # progress
    "progress": ("progress", "学习进度"),
    "attempts": ("attempts", "提交次数"),
    "best time": ("best time", "最佳用时"),
    "best ratio": ("best ratio", "最佳倍数"),
    "last verdict": ("last verdict", "最近结果"),
    "review": ("review", "复习"),
    "solved of": ("solved {solved}/{total}", "已解答 {solved}/{total}"),
    "streak": ("  ·  streak {n} day{s}", "  ·  连续练习 {n} 天"),
    "reviews due here": ("  ·  {n} review{s} due: `shousi next`", "  ·  {n} 道题待复习：`shousi next`"),
    "done": ("done", "已完成"),
    "retry": ("retry", "重做"),
    "in days": ("in {n} day{s}", "{n} 天后"),
    "due today": ("due today", "今天到期"),
    "days late": ("{n} day{s} late", "逾期 {n} 天"),
    # history and diff
    "history of": ("history · {id}", "提交记录 · {id}"),
    "when": ("when", "时间"),
    "command": ("command", "命令"),
    "passed": ("passed", "通过"),
    "ratio": ("ratio", "倍数"),
    "version": ("version", "版本"),
    "no attempts": ("No attempts at {id} yet: `shousi start {id}`.", "{id} 还没有提交记录：`shousi start {id}`。"),
    "history footer": ("`shousi history {id} --show N` prints version N's code; `shousi diff {id}` shows what changed "
                       "between the last two graded.",
                       "`shousi history {id} --show N` 显示第 N 版的代码；`shousi diff {id}` 显示最近两次评测的版本之间"
                       "的改动。"),
    "same code": ("no difference: {old} and {new} are the same code", "没有差别：{old} 与 {new} 的代码相同"),
    "reference solution": ("reference solution ({name})", "参考解答（{name}）"),
    # next
    "next:": ("next: ", "下一题："),
    "write it again": ("Write it again from a fresh stub, without looking (`start --force` backs up your file).",
                       "不看答案，从新的代码模板重写一遍（`start --force` 会先备份你的文件）。"),
    "then": ("then", "接下来"),
    "started, not run yet": ("started, not run yet", "已开始，尚未运行"),
    "grades": ("{n} grade{s}", "提交 {n} 次"),
    "not graded yet": ("not graded yet", "尚未提交"),
    "last": (", last {verdict}", "，最近结果 {verdict}"),
    "review failed": ("review failed: solve it again", "复习未通过：请重新解答"),
    "review of": ("review {number} of {total}, ", "第 {number}/{total} 次复习，"),
    "count new": ("{n} new", "未开始 {n} 道"),
    "count unsolved": ("{n} unsolved", "未解答 {n} 道"),
    "count reviews": ("{n} review{s} due", "待复习 {n} 道"),
    "next review": ("next review: {id} {due}", "下次复习：{id}，{due}"),
    "nothing now": ("Nothing to practise right now: every problem is solved and no review is due.",
                    "现在没有要练习的：所有题目都已解答，也没有到期的复习。"),
    "nothing left": ("Every problem solved and every review passed: nothing left to practise.",
                     "所有题目都已解答，所有复习都已通过：没有剩下要练习的了。"),
    # mock
    "keys:": ("keys: ", "按键："),
    "key run": ("run the examples", "运行示例"),
    "key grade": ("grade", "提交"),
    "key next": ("next problem", "下一题"),
    "key previous": ("previous", "上一题"),
    "key statement": ("statement", "题目描述"),
    "key finish": ("finish", "交卷"),
    "mock interview": ("Mock interview", "模拟面试"),
    "mock size": (" · {n} problem{s} · {minutes} minutes", " · {n} 道题 · {minutes} 分钟"),
    "earlier kept": ("     your earlier {name} is kept as {backup}", "     你之前的 {name} 已备份为 {backup}"),
    "mock rules": ("Write each answer in its file (`shousi run ID` and `shousi grade ID` find it too); a file left as "
                   "its stub counts as not attempted.",
                   "把每道题的答案写在它的文件里（`shousi run ID` 和 `shousi grade ID` 也会找到它）；仍是代码模板的"
                   "文件算作未作答。"),
    "your file": (" · your file: ", " · 你的文件："),
    "still the stub": ("{id}: your file is still the stub; write your answer in it first.",
                       "{id}：你的文件仍是代码模板；请先在其中写下答案。"),
    "left": ("{clock} left", "剩余 {clock}"),
    "time_up": ("Time's up: grading what you wrote.", "时间到：正在评测你写的代码。"),
    "handed_in": ("Handed in: grading what you wrote.", "已交卷：正在评测你写的代码。"),
    "abandoned": ("Mock interview abandoned; nothing graded (your files stay where they are).",
                  "模拟面试已放弃，没有评测（你的文件原样保留）。"),
    "scorecard": ("scorecard", "评分表"),
    "problem": ("problem", "题目"),
    "vs reference": ("vs reference", "与参考解答相比"),
    "not attempted": ("not attempted", "未作答"),
    "Strong hire": ("Strong hire", "强烈推荐录用"),
    "Hire": ("Hire", "推荐录用"),
    "Lean hire": ("Lean hire", "倾向录用"),
    "No hire": ("No hire", "不录用"),
    "mock summary": ("{signal}: {solved}/{total} solved{skipped} in {spent} of {minutes} min",
                     "{signal}：解出 {solved}/{total} 道{skipped}，用时 {spent}（共 {minutes} 分钟）"),
    "skipped": (" ({n} not attempted)", "（{n} 道未作答）"),
    "unreached": (" ({n} not reached)", "（{n} 道未做到）"),
    "not reached": ("not reached", "未做到"),
    "mock chain": (" · chain {name}", " · 追问链 {name}"),
    "chain later": ("when you have solved the one before", "解出上一题后开始"),
    "chain rules": ("A follow-up chain: each time g accepts the problem at hand, the next one starts from your "
                    "accepted code.", "这是一条追问链：每当 g 判定当前题目通过，下一题就从你通过的代码开始。"),
    "chain next": ("Accepted. The interviewer follows up: {id}, in {file}, which starts with your {previous}.",
                   "通过。面试官接着追问：{id}，文件 {file}，开头是你写的 {previous}。"),
    "chains": ("Follow-up chains (`shousi mock --chain NAME`)", "追问链（`shousi mock --chain 名称`）"),
    "spent": ("{minutes} min {seconds} s", "{minutes} 分 {seconds} 秒"),
    "mock after": ("Your files stay in the workspace: `shousi grade ID` once you have finished one, `shousi hint ID` "
                   "for a nudge.", "你的文件留在工作区：写完一道就 `shousi grade ID`，需要提示就 `shousi hint ID`。"),
    # mock --history
    "mock interviews": ("mock interviews", "模拟面试记录"),
    "minutes": ("minutes", "分钟"),
    "problems": ("problems", "题目"),
    "summary": ("summary", "总结"),
    "unfinished": ("unfinished", "未完成"),
    "no mocks": ("No mock interviews yet: `shousi mock` starts one.", "还没有模拟面试记录：`shousi mock` 开始一场。"),
    "abandoned after": ("Abandoned after {spent} of {minutes} min", "用时 {spent}后放弃（共 {minutes} 分钟）"),
    # compare (its one-sentence finding is harness.compare.summary's, in Chinese report.comparing_zh's)
    "yours": ("yours", "你的代码"),
    "peak memory, yours": ("peak memory, yours", "内存峰值（你的代码）"),
    "growth": ("  growth {growth}", "  增长 {growth}"),
    "growth of": ("{described} (exponent {exponent}{basis})", "{described}（指数 {exponent}{basis}）"),
    "basis known": ("; its known class", "；已知的复杂度"),
    "basis reference": ("; judged against the reference's times", "；以参考解答的用时为基准"),
    "time ratio": ("time ratio {at}: {factor}, {words} (range {low} to {high} over {rounds} rounds)",
                   "{at}的用时倍数：{factor}，{words}（{rounds} 轮测量，范围 {low} 到 {high}）"),
    "too fast to measure": ("too fast to measure", "太快，无法测量"),
    "time against n": ("time against n (log-log):", "用时与 n（双对数坐标）："),
    "input size n": ("input size n", "输入规模 n"),
    "log scale": (" (log scale)", "（对数坐标）"),
    "seconds": ("seconds", "秒"),
    "chart written": ("chart written to {path}", "图表已写入 {path}"),
    # the commands' names in the history table (力扣's 执行代码 and 提交)
    "run": ("run", "执行代码"),
    "grade": ("grade", "提交"),
    "compare": ("compare", "对比"),
    "mock": ("mock", "模拟面试"),
}


def plural(number: int) -> str:
    """The English plural ending for `number` of something: '' for 1, else 's' (Chinese needs none)."""
    return "" if number == 1 else "s"

VERDICTS_ZH = {
    "accepted": "通过",
    "wrong_answer": "解答错误",
    "time_limit_exceeded": "超出时间限制",
    "memory_limit_exceeded": "超出内存限制",
    "output_limit_exceeded": "输出超限",
    "runtime_error": "执行出错",
    "compile_error": "编译出错",
    "forbidden": "禁用的调用",
    "internal_error": "内部错误",
}


def say(key: str, lang: str = "en", **values) -> str:
    """The phrase `key` in `lang`, its `{placeholders}` filled from `values`; an unknown key is itself."""
    english, chinese = PHRASES.get(key, (key, key))
    return (chinese if lang == "zh" else english).format(**values)


def verdict(value, lang: str = "en") -> str:
    """A verdict's name for people: LeetCode's 'Wrong Answer', or 力扣's 解答错误."""
    value = getattr(value, "value", value)
    return VERDICTS_ZH.get(value, value) if lang == "zh" else Verdict(value).label


CASES_ZH = (("custom case", "自定义用例"), ("example", "示例"), ("hidden", "隐藏用例"))


def case_name(name: str, lang: str = "en") -> str:
    """A case's name for people: 'hidden 4' is 隐藏用例 4 in Chinese."""
    for english, chinese in CASES_ZH if lang == "zh" else ():
        if name.startswith(english):
            return chinese + name[len(english):]
    return name


def comparison(words: str, lang: str = "en") -> str:
    """units.comparison's words ('about the same', '2.6× slower') against the reference, in `lang`."""
    if not words or words == "about the same":
        return say(words, lang) if words else ""
    factor, _, direction = words.rpartition(" ")
    return say(direction, lang, factor=factor)
