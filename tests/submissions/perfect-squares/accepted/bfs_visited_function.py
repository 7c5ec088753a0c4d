"""A plain function: BFS from n over the remainders, one square subtracted per level, each remainder queued once."""


def num_squares(n):
    squares = [k * k for k in range(1, int(n ** 0.5) + 1)]
    level, frontier, seen = 0, [n], {n}
    while frontier:
        level += 1
        following = []
        for rest in frontier:
            for square in squares:
                if square > rest:
                    break
                if square == rest:
                    return level
                if rest - square not in seen:
                    seen.add(rest - square)
                    following.append(rest - square)
        frontier = following
