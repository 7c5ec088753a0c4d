"""Unit tests of the pieces: LeetCode's text format, checkers, verdict precedence, the wire codec, the prelude."""

from __future__ import annotations

import math

import numpy as np
import pytest

from harness import catalogue
from harness import checkers
from harness.sandbox import prelude
from harness.sandbox import wire
from harness.catalogue.cases import parse_examples, parse_input
from harness.errors import InputError, ProblemError
from harness.grading.verdict import PRECEDENCE, Verdict, worst
from harness.sandbox.usercode import call_arguments


class TestLeetCodeFormat:
    def test_named_values(self):
        assert parse_input('nums = [2,7,11,15], target = 9', ["nums", "target"]) == {"nums": [2, 7, 11, 15], "target": 9}

    def test_one_value_per_line(self):
        assert parse_input('[2,7]\n9', ["nums", "target"]) == {"nums": [2, 7], "target": 9}

    def test_strings_with_commas_and_equals_signs(self):
        assert parse_input('s = "a, b = c"', ["s"]) == {"s": "a, b = c"}

    def test_design_operations(self):
        given = parse_input('["RandomizedSet","insert"]\n[[],[1]]', [], "design")
        assert given == {"operations": ["RandomizedSet", "insert"], "arguments": [[], [1]]}

    @pytest.mark.parametrize("text, complaint", [
        ("nums = [1,2", "not a JSON value"),
        ("numbers = [1], target = 3", "unknown parameter 'numbers'"),
        ("[1] 2 3", "at most 2 values"),
        ("s = 'single quotes'", "not a JSON value"),
    ])
    def test_bad_input_says_what_is_wrong(self, text, complaint):
        with pytest.raises(InputError, match=complaint):
            parse_input(text, ["nums", "target"] if "s =" not in text else ["s"])

    def test_design_lists_must_match(self):
        with pytest.raises(InputError, match="equal length"):
            parse_input('["A","b"]\n[[]]', [], "design")

    def test_examples_are_read_from_fenced_blocks(self):
        markdown = "text\n\n```\nInput: n = 3\nOutput: [\"()\"]\n```\nExplanation: x\n\n```python\nprint(1)\n```\n"
        (case,) = parse_examples(markdown, ["n"], "function")
        assert case.input == {"n": 3} and case.expected == ["()"]


class TestCheckers:
    def exact(self, expected, got):
        return checkers.load({"name": "exact"}, catalogue.root())({}, expected, got)

    def unordered(self, expected, got, **options):
        return checkers.load({"name": "unordered", **options}, catalogue.root())({}, expected, got)

    def test_exact_accepts_a_tuple_for_a_list(self):
        assert self.exact([1, 2], (1, 2)).ok

    @pytest.mark.parametrize("expected, got", [(1, True), (2, 2.0), (None, 0), ([1, 2], [2, 1]), ("1", 1)])
    def test_exact_keeps_types_and_order(self, expected, got):
        assert not self.exact(expected, got).ok

    def test_exact_names_the_differing_key_of_a_dict(self):
        expected = {i: bytes([i % 256]) for i in range(300)}
        assert "at key 299" in self.exact(expected, {**expected, 299: b"?"}).message
        assert "unexpected key 300" in self.exact(expected, {**expected, 300: b"?"}).message

    def test_exact_points_at_the_first_difference(self):
        assert "at index 2" in self.exact([1, 2, 3, 4], [1, 2, 4, 4]).message

    def test_unordered_counts_duplicates(self):
        assert self.unordered(["()", "()"], ["()", "()"]).ok
        outcome = self.unordered(["(())", "()()"], ["()()", "()()"])
        assert not outcome.ok and "missing ['(())']" in outcome.message and "repeated ['()()']" in outcome.message

    def test_unordered_items_in_any_order(self):
        groups = [["eat", "tea", "ate"], ["nat", "tan"], ["bat"]]
        assert self.unordered(groups, [["bat"], ["tan", "nat"], ["ate", "eat", "tea"]], items_unordered=True).ok
        assert not self.unordered(groups, [["bat"], ["tan", "nat"], ["ate", "eat", "tea"]]).ok
        outcome = self.unordered([[-1, -1, 2]], [[-1, 2, 2]], items_unordered=True)
        assert not outcome.ok and "missing [[-1, -1, 2]]" in outcome.message
        assert not self.unordered([[-1, 0, 1]], [[0, 1, -1], [1, -1, 0]], items_unordered=True).ok  # a repeat

    def test_unordered_any_order(self):
        assert self.unordered(["a", "b", "c"], ["c", "a", "b"]).ok

    def test_unordered_accepts_a_set(self):
        assert self.unordered(["a", "b"], {"b", "a"}).ok

    @pytest.mark.parametrize("items_unordered", [False, True])
    def test_unordered_compared_at_once_keeps_exact_types(self, items_unordered):
        def ok(expected, got):
            return self.unordered(expected, got, items_unordered=items_unordered).ok

        assert ok([[1, 2], [3]], [[3], (1, 2)]) and ok([3, 1, 1], [1, 3, 1]) and ok([["a", "b"]], [["a", "b"]])
        assert ok([[2, 1]], [[1, 2]]) == items_unordered
        for wrong in ([[1, True], [3]], [[1, 2.0], [3]], [[1, 2], [3], [3]], [[1, 2], ["3"]], [[1, 2], [4]],
                      [[1, 2]], [1, 2, 3]):
            assert not ok([[1, 2], [3]], wrong), wrong
        assert not ok([1, 1, 2], [1, 2, 2]) and not ok([1, 2], [1, True]) and not ok(["a"], ["a", "a"])

    def test_unordered_rejects_a_non_list(self):
        assert "expected a list" in self.unordered(["a"], "a").message

    def test_operations_do_not_judge_what_a_void_method_returns(self):
        given = {"operations": ["MinStack", "push", "pop", "top"], "arguments": [[], [5], [], []]}
        check = checkers.load({"name": "operations", "void": ["push", "pop"]}, catalogue.root())
        assert check(given, [None, None, None, 7], [None, None, 5, 7]).ok  # pop returned the value it removed
        assert "call 3, top()" in check(given, [None, None, None, 7], [None, None, None, 5]).message
        strict = checkers.load({"name": "operations"}, catalogue.root())
        assert "call 2, pop()" in strict(given, [None, None, None, 7], [None, None, 5, 7]).message

    def test_operations_compared_at_once_keep_exact_types(self):
        given = {"operations": ["LRUCache", "get", "put"], "arguments": [[2], [1], [1, 1]]}
        check = checkers.load({"name": "operations"}, catalogue.root())
        assert check(given, [None, -1, None], [None, -1, None]).ok
        for wrong in ([None, True, None], [None, -1.0, None], [None, -1, 0], (None, -1, None, None), [None, -1]):
            assert not check(given, [None, 1, None], wrong).ok, wrong
        assert check(given, [None, 1, None], (None, 1, None)).ok  # a tuple may stand for the list

    def test_unknown_option_is_a_catalogue_error(self):
        with pytest.raises(ProblemError, match="no option"):
            checkers.load({"name": "exact", "rtol": 1}, catalogue.root())


class TestVerdicts:
    def test_precedence_lists_every_verdict_once(self):
        assert sorted(PRECEDENCE) == sorted(Verdict)

    def test_internal_error_outranks_everything(self):
        assert worst([Verdict.WRONG_ANSWER, Verdict.INTERNAL_ERROR, Verdict.COMPILE_ERROR]) is Verdict.INTERNAL_ERROR

    def test_time_limit_outranks_a_wrong_answer(self):
        assert worst([Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.TIME_LIMIT_EXCEEDED]) is Verdict.TIME_LIMIT_EXCEEDED

    def test_no_cases_is_accepted(self):
        assert worst([]) is Verdict.ACCEPTED


class TestWire:
    @pytest.mark.parametrize("value", [
        None, True, 3, -2**80, 1.5, "两数", [1, [2, (3, 4)]], {(1, 2): 3, "a": b"\x00\xff"}, {1, 2}, frozenset(),
        {"$tuple": "a user's own dict"},
    ])
    def test_round_trip(self, value):
        assert wire.loads(wire.dumps(value)) == value

    def test_arrays_travel_exactly_with_dtype_and_shape(self):
        array = np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32)
        back = wire.loads(wire.dumps(array))
        assert back.dtype == np.float32 and back.shape == (3, 4) and np.array_equal(back, array)

    def test_special_floats(self):
        back = wire.loads(wire.dumps([math.inf, -math.inf, math.nan]))
        assert back[0] == math.inf and back[1] == -math.inf and math.isnan(back[2])

    def test_numpy_scalars_become_python_numbers(self):
        assert wire.loads(wire.dumps([np.int64(3), np.float64(0.5)])) == [3, 0.5]

    def test_anything_else_travels_as_its_repr(self):
        class Thing:
            def __repr__(self):
                return "Thing()"
        back = wire.loads(wire.dumps(Thing()))
        assert isinstance(back, wire.Opaque) and repr(back) == "Thing()"

    def test_lists_of_plain_lists_decode_as_copies(self):
        data = [[1, "a", None], [], [2.5, True]]
        back = wire.from_wire(data)
        assert back == data and back is not data and all(a is not b for a, b in zip(back, data))

    def test_deep_nesting_is_cut_not_crashed(self):
        value = []
        for _ in range(10_000):
            value = [value]
        assert wire.loads(wire.dumps(value)) is not None


def test_prelude_has_leetcodes_implicit_names():
    names = prelude.names()
    for name in ("List", "Optional", "Dict", "Tuple", "Set", "collections", "heapq", "bisect", "math", "itertools",
                 "functools", "random", "string", "deque", "defaultdict", "Counter", "lru_cache", "cache", "inf"):
        assert name in names, name
    assert "pow" not in names, "math.pow must not shadow the builtin"


def test_call_arguments_positional_then_keywords_after_a_gap():
    assert call_arguments(["q", "k", "v", "mask"], {"q": 1, "k": 2, "v": 3}) == ([1, 2, 3], {})
    assert call_arguments(["x", "axis"], {"x": 1, "axis": 0}) == ([1, 0], {})
    assert call_arguments(["a", "b", "c"], {"a": 1, "c": 3}) == ([1], {"c": 3})


class TestFloats:
    def check(self, given, expected, got, **options):
        return checkers.load({"name": "floats", "dtype_of": "x", **options}, catalogue.root())(given, expected, got)

    def test_accepts_within_tolerance_and_keeps_dtype(self):
        x = np.array([1.0, 2.0], dtype=np.float32)
        assert self.check({"x": x}, [0.25, 0.75], np.array([0.25, 0.75000001], dtype=np.float32)).ok
        assert "dtype: expected float32" in self.check({"x": x}, [0.25, 0.75], np.array([0.25, 0.75])).message

    @pytest.mark.parametrize("got, complaint", [
        (np.array([0.25], dtype=np.float32), "shape"),
        ([0.25, 0.75], "expected a numpy.ndarray"),
        (np.array([np.nan, 0.75], dtype=np.float32), "NaN/inf"),
        (np.array([0.26, 0.75], dtype=np.float32), "largest absolute error"),
    ])
    def test_says_which_check_failed(self, got, complaint):
        x = np.array([1.0, 2.0], dtype=np.float32)
        outcome = self.check({"x": x}, [0.25, 0.75], got)
        assert not outcome.ok and complaint in outcome.message


    def test_relative_to_max_scales_the_tolerance_by_the_largest_value(self):
        x = np.zeros(2, dtype=np.float32)
        want, got = [1000.0, 1e-3], np.array([1000.0, 2e-3], dtype=np.float32)  # off by 1e-3 near zero
        tolerance = {"float32": [1e-5, 0.0]}
        assert not self.check({"x": x}, want, got, tolerance=tolerance).ok  # element by element: 100% off
        assert self.check({"x": x}, want, got, tolerance=tolerance, relative_to_max=["float32"]).ok  # 1e-3 <= 1e-2
        far = np.array([1000.0, 0.1], dtype=np.float32)
        outcome = self.check({"x": x}, want, far, tolerance=tolerance, relative_to_max=["float32"])
        assert not outcome.ok and "the largest |expected|" in outcome.message

    def test_items_judges_a_tuple_of_arrays_and_numbers_one_by_one(self):
        x = np.ones(2)
        want = (np.array([0.5, 0.25]), 3.0)
        assert self.check({"x": x}, want, (np.array([0.5, 0.25]), np.float64(3.0)), items=True).ok
        assert self.check({"x": x}, want, [np.array([0.5, 0.25]), 3], items=True).ok
        for got, complaint in [((np.array([0.5, 0.25]),), "a tuple of 2 items"),
                               ((np.array([0.5, 0.25]), "3"), "item 1 of the tuple: expected a number"),
                               ((np.array([0.5, 0.3]), 3.0), "item 0 of the tuple: values differ"),
                               ((np.array([0.5, 0.25]), True), "expected a number")]:
            outcome = self.check({"x": x}, want, got, items=True)
            assert not outcome.ok and complaint in outcome.message, (got, outcome.message)

    def test_a_dict_is_judged_key_by_key(self):
        x = np.ones(2, dtype=np.float32)
        grads = {"w": np.ones((2, 3), np.float32), "b": np.zeros(2, np.float32)}
        want = (1.5, grads)
        assert self.check({"x": x}, want, (1.5, {"b": grads["b"].copy(), "w": grads["w"].copy()}), items=True).ok
        for got, complaint in [((1.5, {"w": grads["w"]}), "item 1 of the tuple: key 'b' is missing"),
                               ((1.5, {**grads, "c": grads["b"]}), "unexpected key 'c'"),
                               ((1.5, {**grads, "w": grads["w"].T}), "at key 'w': shape: expected (2, 3), got (3, 2)"),
                               ((1.5, {**grads, "b": grads["b"] + 1}), "at key 'b': values differ"),
                               ((1.5, {**grads, "b": grads["b"].astype(np.float64)}), "at key 'b': dtype"),
                               ((1.5, [grads["w"], grads["b"]]), "expected {")]:
            outcome = self.check({"x": x}, want, got, items=True)
            assert not outcome.ok and complaint in outcome.message, (got, outcome.message)

def test_design_replay_reads_plain_attributes_and_calls_methods():
    from harness.sandbox.usercode import run_design

    class Counter:
        def __init__(self):
            self.total = 0

        def add(self, k):
            self.total += k

    assert run_design(Counter, ["Counter", "add", "total", "add", "total"], [[], [2], [], [3], []]) == [None, None, 2, None, 5]


def test_array_inputs_in_examples_become_numpy_arrays(tmp_path):
    import dataclasses

    problem = dataclasses.replace(catalogue.resolve("two-sum"), arrays={"nums": "float32"})
    given = problem.parse_case("nums = [1, 2], target = 3")
    assert given["nums"].dtype == np.float32 and given["target"] == 3


@pytest.mark.parametrize("seconds, shown", [
    (None, "—"), (1.25, "1.25 s"), (0.0125, "12.5 ms"), (9.6e-5, "96 µs"), (1e-7, "<1 µs"), (1234.0, "1,234 s"),
])
def test_durations_read_in_plain_notation(seconds, shown):
    from harness import units

    assert units.duration(seconds) == shown


@pytest.mark.parametrize("mine, theirs, shown", [
    (0.010, 0.011, "about the same"), (0.026, 0.010, "2.6× slower"), (13.0, 0.010, "1,300× slower"),
    (0.003, 0.010, "3.3× faster"), (20e-6, 0.010, ""), (0.010, None, ""),  # tens of µs: not compared
])
def test_time_ratios_read_in_words_and_only_above_noise(mine, theirs, shown):
    from harness import units

    assert units.compare_times(mine, theirs) == shown


def test_a_dict_input_declared_as_an_array_has_each_value_converted():
    from harness.catalogue.problem import _array

    params = _array("params", {"w_q": [[1, 2], [3, 4]], "norm": [1.0, 2.0]}, "float32")
    assert all(isinstance(v, np.ndarray) and v.dtype == np.float32 for v in params.values())
    assert params["w_q"].shape == (2, 2)
