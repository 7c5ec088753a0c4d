class Solution:
    def spiral_matrix(self, matrix):
        return [v for row in matrix for v in row]
