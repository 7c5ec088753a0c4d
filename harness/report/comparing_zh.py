"""`compare`'s finding in Chinese: harness.compare.summary's sentence from the same keys, with 力扣's verdict names,
the ratio in report.words' Chinese, the growth classes joined the Chinese way, and the grader's messages translated.
"""

from __future__ import annotations

from harness import units
from harness.compare.summary import Wording
from harness.report.messages_zh import in_chinese
from harness.report.words import comparison, verdict

SENTENCE = {  # harness.compare.summary.ENGLISH's keys and placeholders
    "load failed": "{verdict}：{failure}",
    "at the first size": "（n = {n} 时：{failure}）",
    "nothing to compare": "在逐级增大的输入规模上{verdict}{why}；没有可对比的数据",
    "both look": "两者看来都是 {mine}",
    "each looks": "你的代码看来是 {mine}，参考解答是 {theirs}",
    "yours is": "{at}，你的代码{speed}",
    "too fast": "太快，无法与参考解答比较",
    "not enough": "测量数据不足，无法比较",
    "failed on the ladder": "在逐级增大的输入规模上{verdict}；{finding}",
    "at sizes": "在 n = {sizes} 时",
    "and": " 和 ",
    "then": "：",
}
OR = " 或 "  # two classes that fit about equally: "O(n) 或 O(n log n)"
PER_CALL = "每次调用 {per_call}，总计 {total}"  # where n counts calls


class Chinese(Wording):
    """The sentence's words in Chinese."""

    templates = SENTENCE

    def verdict(self, value) -> str:
        """力扣's name of a verdict: 解答错误."""
        return verdict(value, "zh")

    def speed(self, ratio: float) -> str:
        """A time ratio in words: 与参考解答相当, 比参考解答慢 2.6×."""
        return comparison(units.comparison(ratio), "zh")

    def growth(self, side) -> str:
        """A side's growth: O(n), 或 between two classes, 每次调用 O(1)，总计 O(n) where n counts calls."""
        found = side.growth
        if found is None:
            return side.complexity
        total = OR.join(found.classes)
        return PER_CALL.format(per_call=OR.join(found.per_call), total=total) if found.per_call else total

    def message(self, text: str) -> str:
        """A grader's message in Chinese (what the user's code said stays as it is)."""
        return in_chinese(text)
