# Takes the first lexicon word (in list order) that matches at the position, not the longest one.
def fmm_segment(text, lexicon, max_len=None):
    limit = max_len if max_len is not None else max((len(w) for w in lexicon), default=1)
    tokens, i = [], 0
    while i < len(text):
        match = next((w for w in lexicon if len(w) <= limit and text.startswith(w, i)), text[i])
        tokens.append(match)
        i += len(match)
    return tokens
