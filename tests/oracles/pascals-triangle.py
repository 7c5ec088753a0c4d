"""Pascal's Triangle by counting: entry k of row r is the number of strings of r bits with exactly k ones,
counted by listing every string of r bits."""


def inputs(rng):
    while True:
        yield {"numRows": rng.randint(1, 13)}


def solve(numRows):
    triangle = []
    for r in range(numRows):
        counts = [0] * (r + 1)
        for bits in range(1 << r):
            counts[bin(bits).count("1")] += 1
        triangle.append(counts)
    return triangle
