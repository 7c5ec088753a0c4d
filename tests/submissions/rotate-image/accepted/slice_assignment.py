"""The rotated rows are the columns read bottom-up, zip(*matrix[::-1]), assigned into the old list with matrix[:]."""


def rotate(matrix):
    matrix[:] = [list(row) for row in zip(*matrix[::-1])]
