"""A plain function expanding around each centre that keeps the last of equally long palindromes (>=): any
longest one is accepted."""
def longest_palindrome(s):
    b = (0, 1)
    for c in range(2 * len(s) - 1):
        l, r = c // 2, (c + 1) // 2
        while l >= 0 and r < len(s) and s[l] == s[r]: l -= 1; r += 1
        if r - l - 1 >= b[1] - b[0]: b = (l + 1, r)
    return s[b[0]:b[1]]
