# The same DP as a plain function, skipping coins larger than the amount explicitly.
def change(amount, coins):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in coins:
        if coin > amount:
            continue
        for x in range(coin, amount + 1):
            ways[x] = ways[x] + ways[x - coin]
    return ways[amount]
