# Right window, but `in lexicon` on the list: each lookup scans 10^4 words, 2*10^6 lookups on the largest text.
def fmm_segment(text, lexicon, max_len=None):
    if max_len is None:
        max_len = max((len(w) for w in lexicon), default=1)
    tokens, i = [], 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if text[i:i + length] in lexicon or length == 1:
                tokens.append(text[i:i + length])
                i += length
                break
    return tokens
