"""Coin Change II by trying every vector of coin counts and counting those that add up to the amount."""


def inputs(rng):
    while True:
        coins = rng.sample(range(1, 16), rng.randint(1, 5))
        if rng.random() < 0.2:
            coins.append(rng.choice([rng.randint(16, 40), 5000]))
        rng.shuffle(coins)
        amount = rng.choice([0, rng.randint(1, 10), rng.randint(1, 30), rng.randint(10, 30)])
        yield {"amount": amount, "coins": coins}


def solve(amount, coins):
    def vectors(i, left):
        """How many choices of counts for coins[i:] sum to exactly `left`."""
        if i == len(coins):
            return 1 if left == 0 else 0
        total, k = 0, 0
        while k * coins[i] <= left:
            total += vectors(i + 1, left - k * coins[i])
            k += 1
        return total

    return vectors(0, amount)
