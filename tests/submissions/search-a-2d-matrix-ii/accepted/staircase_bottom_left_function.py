# The other deciding corner: up makes the value smaller, right makes it larger.
def search_matrix(matrix, target):
    r, c = len(matrix) - 1, 0
    while r >= 0 and c < len(matrix[0]):
        value = matrix[r][c]
        if value == target:
            return True
        if value > target:
            r -= 1
        else:
            c += 1
    return False
