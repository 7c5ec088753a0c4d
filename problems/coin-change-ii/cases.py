"""Hidden tests for coin-change-ii: edge cases with pinned answers, then seeded cases at the constraints' maxima.

The swapped loops (counting orderings) fail almost everywhere; amount 0 must answer 1, even with coins that make
nothing; unsorted coins with some larger than the amount catch a `break` that assumes sorted coins. Every large
case is checked to keep its answer below 2^31, as the constraints promise: 300 coins only with mostly large
values, or with a common factor that the amount does not share (answer 0, though the counts on the way are huge).
"""

from operator import add

from harness.catalogue.cases import Case

COINS_MAX = 300
COIN_MAX = 5000
AMOUNT_MAX = 5000
ANSWER_LIMIT = 2**31


def hidden_cases(rng):
    yield Case({"amount": 4, "coins": [1, 2, 3]}, 4, "1+1+1+1, 1+1+2, 2+2, 1+3: orderings would count 7",
               note_zh="1+1+1+1、1+1+2、2+2、1+3：若按排列计数则为 7")
    yield Case({"amount": 0, "coins": [1, 2, 5]}, 1, "amount 0: one way, the empty combination",
               note_zh="金额为 0：一种组合，即空组合")
    yield Case({"amount": 0, "coins": [7]}, 1, "amount 0 with a coin that makes nothing",
               note_zh="金额为 0，硬币一枚也用不上")
    yield Case({"amount": 0, "coins": [COIN_MAX]}, 1, "amount 0, the largest coin",
               note_zh="金额为 0，面值最大的硬币")
    yield Case({"amount": 1, "coins": [1]}, 1, "the smallest non-zero case", note_zh="最小的非零情形")
    yield Case({"amount": 1, "coins": [2, 3]}, 0, "every coin larger than the amount", note_zh="每枚硬币的面值都大于金额")
    yield Case({"amount": 7, "coins": [10, 2, 3]}, 1, "unsorted, a coin larger than the amount comes first",
               note_zh="未排序，排在最前的面值大于金额")
    yield Case({"amount": 11, "coins": [5, 1, 2]}, 11, "unsorted coins", note_zh="硬币未排序")
    yield Case({"amount": 6, "coins": [4, 2]}, 2, "a coin that divides another", note_zh="一种面值整除另一种面值")
    yield Case({"amount": 500, "coins": [3, 5, 7, 8, 9, 10, 11]}, 35502874, "tens of millions of combinations",
               note_zh="数千万种组合")
    yield Case({"amount": AMOUNT_MAX, "coins": [COIN_MAX]}, 1, "amount = 5000 paid by one coin",
               note_zh="amount = 5000，一枚硬币恰好凑出")
    yield Case({"amount": AMOUNT_MAX, "coins": [1]}, 1, "amount = 5000 in coins of 1",
               note_zh="amount = 5000，只有面值为 1 的硬币")
    yield Case({"amount": AMOUNT_MAX, "coins": [4999, 1]}, 2, "amount = 5000: 4999 + 1 or 5000 x 1",
               note_zh="amount = 5000：4999 + 1 或 5000 x 1")
    yield Case({"amount": AMOUNT_MAX - 1, "coins": [2, 4, 6, 8, 10]}, 0, "odd amount 4999, even coins: impossible",
               note_zh="奇数金额 4999、偶数面值：凑不出")
    yield Case({"amount": AMOUNT_MAX, "coins": [1, 2, 5]}, 1252001, "amount = 5000, three small coins",
               note_zh="amount = 5000，三种小面值")
    yield Case({"amount": AMOUNT_MAX, "coins": [1, 2, 5, 13, 100]}, 2101515699,
               "max: amount = 5000, the answer just below 2^31",
               note_zh="最大：amount = 5000，答案略小于 2^31")
    yield Case({"amount": AMOUNT_MAX, "coins": [3, 7, 13, 20, 25, 100]}, 2072794763,
               "max: amount = 5000, six coins, over 2 x 10^9 ways",
               note_zh="最大：amount = 5000，六种面值，超过 2 x 10^9 种组合")
    yield above_a_billion(rng)
    yield mostly_large(rng, 1000, "max: 300 coins from [1000, 5000], amount 5000",
                       note_zh="最大：300 种取自 [1000, 5000] 的面值，金额 5000")
    yield mostly_large(rng, 400, "max: 300 coins from [400, 5000], amount 5000",
                       note_zh="最大：300 种取自 [400, 5000] 的面值，金额 5000")
    yield mostly_large(rng, 250, "max: 300 coins from [250, 5000], amount 5000",
                       note_zh="最大：300 种取自 [250, 5000] 的面值，金额 5000")
    yield Case({"amount": AMOUNT_MAX - 1, "coins": rng.sample(range(2, 601, 2), COINS_MAX)}, 0,
               "max: the 300 even coins 2..600, odd amount 4999: 0 ways, the most work",
               note_zh="最大：300 种偶数面值 2..600，奇数金额 4999：0 种组合，计算量最大")
    yield common_factor(rng, 7, AMOUNT_MAX, "max: 300 multiples of 7, amount 5000: 0 ways",
                        note_zh="最大：300 种面值都是 7 的倍数，金额 5000：0 种组合")
    for _ in range(3):
        yield few_small(rng)
    yield Case({"amount": 3000, "coins": rng.sample(range(1000, COIN_MAX + 1), COINS_MAX)},
               note="300 coins, most larger than the amount 3000",
               note_zh="300 种面值，大多大于金额 3000")


def fits(amount, coins):
    return quick_count(amount, coins) < ANSWER_LIMIT


def mostly_large(rng, low, note, note_zh):
    """300 distinct coins from [low, 5000]: few coins fit in 5000 at once, so the count stays small."""
    while True:
        coins = rng.sample(range(low, COIN_MAX + 1), COINS_MAX)
        if fits(AMOUNT_MAX, coins):
            return Case({"amount": AMOUNT_MAX, "coins": coins}, note=note, note_zh=note_zh)


def above_a_billion(rng):
    """300 coins from [190, 5000] whose count lies between 10^9 + 7 and 2^31: no room for a modulus."""
    while True:
        coins = rng.sample(range(190, COIN_MAX + 1), COINS_MAX)
        if 10**9 + 7 < quick_count(AMOUNT_MAX, coins) < ANSWER_LIMIT:
            return Case({"amount": AMOUNT_MAX, "coins": coins}, note="max: 300 coins, amount 5000, over 10^9 ways",
                        note_zh="最大：300 种面值，金额 5000，超过 10^9 种组合")


def common_factor(rng, factor, amount, note, note_zh):
    """300 distinct multiples of `factor` and an amount that is not one: nothing adds up to it."""
    coins = [factor * k for k in rng.sample(range(1, COIN_MAX // factor + 1), COINS_MAX)]
    return Case({"amount": amount, "coins": coins}, 0, note, note_zh=note_zh)


def few_small(rng):
    """Amount 5000 and four to seven coins below 60, redrawn until the answer fits in 32 bits."""
    while True:
        coins = rng.sample(range(1, 60), rng.randint(4, 7))
        if fits(AMOUNT_MAX, coins):
            return Case({"amount": AMOUNT_MAX, "coins": coins}, note="max: amount = 5000, a few coins below 60",
                        note_zh="最大：amount = 5000，几种小于 60 的面值")


def quick_count(amount, coins):
    """count(), a block of c amounts at a time: each block adds the block c below it, already updated."""
    ways = [1] + [0] * amount
    for c in coins:
        for start in range(c, amount + 1, c):
            end = min(start + c, amount + 1)
            ways[start:end] = map(add, ways[start:end], ways[start - c:end - c])
    return ways[amount]


def count(amount, coins):
    """The number of combinations, by the plain one-row DP."""
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    amount, coins = given["amount"], given["coins"]
    assert isinstance(coins, list) and 1 <= len(coins) <= COINS_MAX, f"{len(coins)} coins"
    assert all(type(c) is int and 1 <= c <= COIN_MAX for c in coins), "coins[i] in [1, 5000]"
    assert len(set(coins)) == len(coins), "coins are distinct"
    assert type(amount) is int and 0 <= amount <= AMOUNT_MAX, f"amount {amount}"
    assert count(amount, coins) < ANSWER_LIMIT, "the answer fits in a signed 32-bit integer"


SIZES = (312, 625, 1250, 2500, 5000)  # for `compare`: the amount, with 5 fixed coins


def sized_input(rng, n):
    """Every coin at most the smallest amount, so the DP's work (amount x coins) grows as the amount does; the
    counts stay below 2^31 (5000 makes 2,101,515,699 ways), so no big integers slow the larger sizes down."""
    return {"amount": n, "coins": [1, 2, 5, 13, 100]}
