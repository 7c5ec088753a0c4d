"""A plain snake_case function, unsorted: at each index either take candidates[i] again or move past it."""


def combination_sum(candidates, target):
    out = []

    def go(i, remain, chosen):
        if remain == 0:
            out.append(chosen)
            return
        if i == len(candidates) or remain < 0:
            return
        go(i, remain - candidates[i], chosen + [candidates[i]])
        go(i + 1, remain, chosen)

    go(0, target, [])
    return out
