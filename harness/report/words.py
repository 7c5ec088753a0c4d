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
}

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
