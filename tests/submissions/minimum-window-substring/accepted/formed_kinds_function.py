# A plain function counting how many kinds of letter are satisfied ("formed"), the other common bookkeeping.
def min_window(s, t):
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    window, formed = {}, 0
    best = (float("inf"), 0, 0)
    left = 0
    for right, c in enumerate(s):
        window[c] = window.get(c, 0) + 1
        if c in need and window[c] == need[c]:
            formed += 1
        while formed == len(need):
            if right - left + 1 < best[0]:
                best = (right - left + 1, left, right)
            d = s[left]
            window[d] -= 1
            if d in need and window[d] < need[d]:
                formed -= 1
            left += 1
    return "" if best[0] == float("inf") else s[best[1]:best[2] + 1]
