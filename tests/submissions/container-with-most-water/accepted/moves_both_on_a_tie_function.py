# Two pointers that move both ends on a tie (safe: neither line can do better with a closer partner), and skip
# lines no taller than the one they leave; a plain snake_case function.
def max_area(height):
    left, right = 0, len(height) - 1
    best = 0
    while left < right:
        hl, hr = height[left], height[right]
        best = max(best, min(hl, hr) * (right - left))
        if hl <= hr:
            while left < right and height[left] <= hl:
                left += 1
        if hr <= hl:
            while left < right and height[right] <= hr:
                right -= 1
    return best
