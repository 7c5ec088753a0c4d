# Too slow: pure-Python loops over every (i, j) pair and every feature, and the logit matrix built twice (once per
# direction): 2 * N^2 * D = 5 * 10^8 multiply-adds at N = 1024, D = 256.
import math


def info_nce_loss(a, b, temperature=0.07):
    rows_a, rows_b = a.tolist(), b.tolist()
    n = len(rows_a)
    unit_a = [[x / math.sqrt(sum(v * v for v in row)) for x in row] for row in rows_a]
    unit_b = [[x / math.sqrt(sum(v * v for v in row)) for x in row] for row in rows_b]
    total = 0.0
    for first, second in ((unit_a, unit_b), (unit_b, unit_a)):
        for i in range(n):
            z = [sum(x * y for x, y in zip(first[i], second[j])) / temperature for j in range(n)]
            top = max(z)
            total += top + math.log(sum(math.exp(v - top) for v in z)) - z[i]
    return total / (2 * n)
