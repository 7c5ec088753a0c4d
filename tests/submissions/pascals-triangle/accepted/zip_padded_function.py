"""A plain function: the next row is the row above, padded with a 0 on the left and on the right, summed pairwise."""


def generate(numRows):
    rows = [[1]]
    while len(rows) < numRows:
        above = rows[-1]
        rows.append([a + b for a, b in zip([0] + above, above + [0])])
    return rows
