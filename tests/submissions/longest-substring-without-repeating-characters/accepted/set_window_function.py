# Sliding window with a set, dropping characters from the left until the repeat is gone; a plain function.
def length_of_longest_substring(s):
    window = set()
    left = best = 0
    for right, c in enumerate(s):
        while c in window:
            window.remove(s[left])
            left += 1
        window.add(c)
        best = max(best, right - left + 1)
    return best
