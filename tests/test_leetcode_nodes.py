"""LeetCode's node classes and the adapters' helpers (harness.leetcode): lists and trees built from LeetCode's
serialisation, answers read back without ever hanging (cycles, shared nodes, runaway lists, objects that are not
nodes), identity answers; and through the CLI, a returned list with a cycle is a wrong answer that says where."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from harness import leetcode
from harness.cli import main
from harness.leetcode import Rejected, build_cycle, build_list, build_tree, node_index, read_list, read_tree


def test_a_list_round_trips_and_an_empty_one_is_none():
    assert read_list(build_list([3, 1, 2])) == [3, 1, 2]
    assert build_list([]) is None and read_list(None) == []


def test_a_cycle_is_rejected_naming_where_it_closes():
    head, nodes = build_cycle([1, 2, 3, 4], 1)
    with pytest.raises(Rejected, match=r"node 3 \(val 4, counting from 0\) points back to node 1 \(val 2\)") as caught:
        read_list(head)
    assert caught.value.shown == "1 -> 2 -> 3 -> 4 -> 2 -> ..."
    looped = leetcode.ListNode(5)
    looped.next = looped
    with pytest.raises(Rejected, match="points back to node 0"):
        read_list(looped)


def test_a_runaway_list_and_a_non_node_are_rejected():
    class Endless:
        val = 0

        @property
        def next(self):
            return Endless()  # a new node every time: no cycle by identity, but no end

    with pytest.raises(Rejected, match="more than 100 nodes"):
        read_list(Endless(), limit=100)
    with pytest.raises(Rejected, match="is a list, not a ListNode"):
        read_list([1, 2])
    with pytest.raises(Rejected, match="after 1 node, a int"):
        read_list(leetcode.ListNode(1, 7))


def test_the_cycle_input_of_lc142_and_identity_answers():
    head, nodes = build_cycle([3, 2, 0, -4], 1)
    assert nodes[-1].next is nodes[1] and node_index(nodes[1], nodes) == 1 and node_index(None, nodes) == -1
    with pytest.raises(Rejected, match="not a node of the input"):
        node_index(leetcode.ListNode(2), nodes)
    assert build_cycle([1], -1)[0].next is None


def test_trees_round_trip_in_level_order_and_shared_nodes_are_rejected():
    for values in ([1, None, 2, 3], [4, 2, 7, 1, 3, 6, 9], [], [1, 2, None, 3, None, 4]):
        assert read_tree(build_tree(values)) == values
    root = build_tree([1, 2, 3])
    root.right = root.left  # one node, two parents
    with pytest.raises(Rejected, match="reaches the node with val 2 twice"):
        read_tree(root)
    root.left.left = root  # a cycle
    with pytest.raises(Rejected, match="twice"):
        read_tree(root)


def test_a_rejected_tree_shows_its_level_order_up_to_where_reading_stopped():
    root = build_tree([4, 2, 7])
    root.left = root.right  # LC226's `root.left = invert(root.right)`, then `root.right = invert(root.left)`
    with pytest.raises(Rejected) as caught:
        read_tree(root)
    assert caught.value.shown == "[4, 7, 7, ...]"
    root.right = "7"
    with pytest.raises(Rejected, match="holds a str") as caught:
        read_tree(root)
    assert caught.value.shown == "[4, 7, str, ...]"
    with pytest.raises(Rejected, match="holds a list") as caught:
        read_tree([4, 2, 7])
    assert caught.value.shown == "[4, 2, 7]"
    big = build_tree(list(range(20)))
    leetcode.tree_nodes(big)[9].right = big.left  # reached again at position 20 of the level order
    with pytest.raises(Rejected) as caught:
        read_tree(big)
    assert caught.value.shown == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...]"


def test_the_node_classes_are_predefined_for_the_users_file():
    from harness.sandbox import prelude

    names = prelude.names()
    assert names["ListNode"] is leetcode.ListNode and names["TreeNode"] is leetcode.TreeNode
    assert names["Optional"] is not None


def test_a_returned_cycle_is_a_wrong_answer_through_the_cli(tmp_path):
    mine = tmp_path / "mine.py"
    mine.write_text("class Solution:\n    def reverseList(self, head):\n        if head and head.next:\n"
                    "            head.next.next = head\n        return head\n")
    done = CliRunner().invoke(main, ["grade", "reverse-linked-list", str(mine), "--json"])
    assert done.exit_code == 1 and '"verdict": "wrong_answer"' in done.output
    assert "has a cycle" in done.output
    panel = CliRunner().invoke(main, ["grade", "reverse-linked-list", str(mine)], env={"COLUMNS": "120"}).output
    got = next(line for line in panel.splitlines() if " got " in line)
    assert "->" in got and "'" not in got, got  # the description of the list as it is, not a quoted string


def test_a_val_property_that_never_returns_is_a_time_limit_not_a_hang(tmp_path):
    mine = tmp_path / "mine.py"
    mine.write_text("class Sly:\n    next = None\n    @property\n    def val(self):\n        while True:\n"
                    "            pass\n\nclass Solution:\n    def reverseList(self, head):\n        return Sly()\n")
    done = CliRunner().invoke(main, ["grade", "reverse-linked-list", str(mine), "--json"])
    assert '"verdict": "time_limit_exceeded"' in done.output, done.output


def test_the_rejections_read_in_chinese():
    from harness.report.messages_zh import in_chinese

    head, _ = build_cycle([1, 2, 3, 4], 1)
    for make in (lambda: read_list(head), lambda: read_list([1, 2]), lambda: read_list(leetcode.ListNode(1, 7)),
                 lambda: node_index(leetcode.ListNode(2), build_cycle([2], -1)[1])):
        with pytest.raises(Rejected) as caught:
            make()
        chinese = in_chinese(str(caught.value))
        assert chinese != str(caught.value) and "returned" not in chinese, chinese
