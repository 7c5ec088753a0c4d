"""Coin Change by trying every count of every coin, on small amounts (a huge coin now and then)."""

import math


def inputs(rng):
    while True:
        n = rng.randint(1, 5)
        coins = [rng.randint(1, 12) for _ in range(n)]
        if rng.random() < 0.2:
            coins[rng.randrange(n)] = rng.choice([rng.randint(13, 40), 2**31 - 1])
        amount = rng.choice([0, rng.randint(1, 10), rng.randint(1, 30), rng.randint(10, 30)])
        yield {"coins": coins, "amount": amount}


def solve(coins, amount):
    best = math.inf

    def counts(i, left, used):
        nonlocal best
        if i == len(coins):
            if left == 0:
                best = min(best, used)
            return
        k = 0
        while k * coins[i] <= left:
            counts(i + 1, left - k * coins[i], used + k)
            k += 1

    counts(0, amount, 0)
    return -1 if best == math.inf else best
