"""Hidden tests for implement-trie-prefix-tree: short call lists with pinned outputs, one per classic mistake (a
prefix found by search, a whole word needed by startsWith, a child replaced on insert in either order, an early
return after the first letter, a missing child indexed, one dict shared by every node, the end flag set on the way
down), then 3*10^4 calls: 2000-letter words (a deep path), many short words over a tiny alphabet (heavy sharing),
and 15000 words followed by 15000 missing prefixes (where scanning the words is hopeless)."""

import string

from harness.catalogue.kit import Operations

MAX_CALLS = 3 * 10**4
L_MAX = 2000
T, F, N = True, False, None


def trie():
    return Operations("Trie")


def word(rng, length, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(length))


def hidden_cases(rng):
    yield (trie().call("insert", "a").call("search", "a").call("startsWith", "a").call("search", "b")
           .case("one letter", [N, N, T, T, F], note_zh="一个字母"))
    yield (trie().call("search", "a").call("startsWith", "a")
           .case("an empty trie finds nothing", [N, F, F], note_zh="空的前缀树什么也找不到"))
    yield (trie().call("insert", "apple").call("search", "app").call("search", "appl").call("startsWith", "appl")
           .case("a prefix of a word is not a word: search needs the end flag", [N, N, F, F, T],
                 note_zh="单词的前缀不是单词：search 需要检查结束标志"))
    yield (trie().call("insert", "apple").call("startsWith", "app").call("startsWith", "apple")
           .case("startsWith must not need a word's end, and a word starts with itself", [N, N, T, T],
                 note_zh="startsWith 不能要求单词在此结束，而且单词以它自身开头"))
    yield (trie().call("insert", "apple").call("insert", "app").call("search", "apple").call("search", "app")
           .call("startsWith", "appl")
           .case("a shorter word inserted after a longer one must not replace its path", [N, N, N, T, T, T],
                 note_zh="在长单词之后插入短单词，不能替换长单词的路径"))
    yield (trie().call("insert", "app").call("insert", "apple").call("search", "app").call("search", "apple")
           .case("a longer word inserted after a shorter one must keep the shorter's end", [N, N, N, T, T],
                 note_zh="在短单词之后插入长单词，必须保留短单词的结束标志"))
    yield (trie().call("insert", "cat").call("insert", "car").call("search", "cat").call("search", "car")
           .call("startsWith", "ca").call("search", "ca")
           .case("two words branching after a shared prefix", [N, N, N, T, T, T, F],
                 note_zh="两个单词在共同前缀之后分叉"))
    yield (trie().call("insert", "apple").call("startsWith", "ax").call("search", "ax").call("startsWith", "apx")
           .call("search", "applx")
           .case("the first letters match, a later one does not: no early return", [N, N, F, F, F, F],
                 note_zh="前几个字母匹配，后面的不匹配：不能过早返回"))
    yield (trie().call("insert", "ab").call("search", "ba").call("startsWith", "b").call("search", "bb")
           .call("startsWith", "aa")
           .case("letters on the wrong level: one dict shared by all nodes merges the levels", [N, N, F, F, F, F],
                 note_zh="字母出现在错误的层：所有节点共享一个 dict 会把各层合并"))
    yield (trie().call("insert", "abc").call("search", "abcd").call("startsWith", "abcd").call("search", "abc")
           .case("longer than any word: the walk runs out of nodes", [N, N, F, F, T],
                 note_zh="比任何单词都长：路径走到头了"))
    yield (trie().call("insert", "abc").call("search", "a").call("search", "ab").call("search", "b")
           .call("search", "c")
           .case("no word ends on the way down, nor at a lone letter", [N, N, F, F, F, F],
                 note_zh="路径中途没有单词结束，单独的字母也不是单词"))
    yield (trie().call("insert", "hello").call("insert", "hello").call("search", "hello").call("startsWith", "hell")
           .case("the same word inserted twice", [N, N, N, T, T], note_zh="同一个单词插入两次"))
    yield (trie().call("insert", "b").call("insert", "ab").call("search", "b").call("search", "a")
           .call("startsWith", "a").call("search", "ab")
           .case("a one-letter word and a word ending in that letter", [N, N, N, T, F, T, T],
                 note_zh="一个单字母单词，以及一个以该字母结尾的单词"))
    yield (trie().call("insert", "zzz").call("search", "zzz").call("startsWith", "zz").call("search", "zz")
           .case("the last letter of the alphabet (an array of 26 indexed off by one)", [N, N, T, T, F],
                 note_zh="字母表的最后一个字母（26 个槽位的数组下标差一）"))

    long_word = word(rng, L_MAX)
    deep = trie().call("insert", long_word)
    for k in (1, 2, L_MAX // 2, L_MAX - 1, L_MAX):
        deep.call("search", long_word[:k]).call("startsWith", long_word[:k])
    other = long_word[:-1] + ("a" if long_word[-1] != "a" else "b")
    deep.call("search", other).call("startsWith", other).call("insert", long_word[:L_MAX // 2])
    deep.call("search", long_word[:L_MAX // 2]).call("search", long_word).call("search", long_word[:L_MAX // 2 + 1])
    yield deep.case("max: a 2000-letter word (a path 2000 nodes deep), probed at its prefixes",
                    note_zh="最大：一个 2000 个字母的单词（2000 个节点深的路径），在它的各个前缀处探测")

    long_calls = trie()
    stems = ["a" * L_MAX, "ab" * (L_MAX // 2), word(rng, L_MAX, "ab")]
    while len(long_calls) < 600:
        stem = rng.choice(stems)
        k = rng.randint(1, L_MAX)
        text = stem[:k] if rng.random() < 0.7 else stem[:k - 1] + rng.choice("abc")
        long_calls.call(rng.choice(["insert", "search", "startsWith"]), text)
    yield long_calls.case("600 calls on prefixes of three 2000-letter words over a, b (and a stray c)",
                          note_zh="600 次调用，作用于三个由 a、b 组成的 2000 字母单词的前缀（偶尔混入 c）")

    sharing = trie()
    while len(sharing) < MAX_CALLS:
        sharing.call(rng.choice(["insert", "search", "startsWith"]), word(rng, rng.randint(1, 12), "ab"))
    yield sharing.case("max: 3*10^4 random calls, words of 1-12 letters over a and b: heavy sharing",
                       note_zh="最大：3*10^4 次随机调用，单词由 a 和 b 组成，长 1 到 12：大量共用前缀")

    mixed = trie()
    inserted = []
    while len(mixed) < MAX_CALLS:
        roll = rng.random()
        if roll < 0.4 or not inserted:
            inserted.append(word(rng, rng.randint(1, 20)))
            mixed.call("insert", inserted[-1])
        else:
            base = rng.choice(inserted)
            probe = base[:rng.randint(1, len(base))] if rng.random() < 0.5 else word(rng, rng.randint(1, 6))
            mixed.call(rng.choice(["search", "startsWith"]), rng.choice([base, probe]))
    yield mixed.case("max: 3*10^4 calls over 26 letters, probes that are words, prefixes or neither",
                     note_zh="最大：3*10^4 次调用，26 个字母，探测的是单词、前缀或都不是")

    yield scan_breaker(rng, MAX_CALLS).case(
        "max: 15000 words, then 15000 startsWith and search that miss (hopeless for a scan of the words)",
        note_zh="最大：15000 个单词，然后 15000 次找不到的 startsWith 和 search（逐个扫描单词的做法无望通过）")


def scan_breaker(rng, calls):
    """calls / 2 inserts of 8-12 letter words, then calls / 2 probes, mostly missing 5-letter prefixes."""
    script = trie()
    words = [word(rng, rng.randint(8, 12)) for _ in range(calls // 2)]
    for w in words:
        script.call("insert", w)
    while len(script) < calls:
        if rng.random() < 0.1:
            w = rng.choice(words)
            script.call(rng.choice(["search", "startsWith"]), w[:rng.randint(5, len(w))])
        else:
            script.call(rng.choice(["startsWith", "startsWith", "search"]), word(rng, 5))
    return script


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "Trie" and arguments[0] == [] and len(operations) == len(arguments)
    assert len(operations) - 1 <= MAX_CALLS, "at most 3 * 10^4 calls to insert, search and startsWith"
    for operation, args in zip(operations[1:], arguments[1:]):
        assert operation in ("insert", "search", "startsWith"), operation
        assert len(args) == 1 and isinstance(args[0], str), "one string argument"
        assert 1 <= len(args[0]) <= L_MAX, "1 <= word.length, prefix.length <= 2000"
        assert all(c in string.ascii_lowercase for c in args[0]), "lowercase English letters only"


SIZES = (3750, 7500, 15_000, MAX_CALLS)  # for `compare`: the number of calls


def sized_input(rng, n):
    return scan_breaker(rng, n).given()
