#!/usr/bin/env python3
"""Turn a CoNLL-2003 file into one plain-text article per document.

usage: scripts/conll-articles.py IN.txt OUTDIR

CoNLL-2003 (Reuters, 1996-97) holds one token per line ("word POS chunk NER"),
a blank line between sentences and a "-DOCSTART-" line between documents.
Each document starts with its headline, then usually a byline ("Emese
Bartha") and a dateline ("LONDON 1996-08-30"). Each output article is:

    headline
    (blank line)
    byline, if any
    LONDON
    1996-08-30
    (blank line)
    one paragraph per sentence (Reuters paragraphs are mostly one sentence;
    sentences CoNLL cut at a line break are joined back, see paragraphs())

The dateline is kept, its date on a line of its own, so timeline's
DatelineFinder dates the article from the text itself, as it would any
article (check: `timeline json OUTDIR`, documents[].published). Tokens are joined back into ordinary text: no space before
, . ; : ! ? % ) ] } 's n't and closing quotes, none after ( [ { $ and
opening quotes. Files are named conll-NNNN.txt after the document's
position in IN.txt. Standard library only.
"""
import os
import re
import sys

DATELINE = re.compile(r"^(.*\S)\s+(\d{4}-\d{2}-\d{2})$")
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't", "N'T",
                   "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "`", "``", "US$", "C$", "A$", "HK$", "NZ$"}


def documents(path):
    """Yields each document as a list of sentences, a sentence a list of tokens."""
    doc, sentence = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sentence:
                    doc.append(sentence)
                if doc:
                    yield doc
                doc, sentence = [], []
            elif not line.strip():
                if sentence:
                    doc.append(sentence)
                sentence = []
            else:
                sentence.append(line.split(" ")[0])
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def detokenise(tokens):
    """Joins tokens into text with news spacing; '"' alternates open/close."""
    out = ""
    quote_open = False
    glue_next = True  # no space before the first token
    for index, tok in enumerate(tokens):
        if tok == '"' and index == len(tokens) - 1 and index > 0:
            quote_open = True  # a quote ending the sentence closes one opened before it
        if tok == "``":
            tok = '"'
        elif tok == "''":
            tok = '"'
        space = not glue_next
        glue_next = False
        if tok == '"':
            if quote_open:
                space = False
            else:
                glue_next = True
            quote_open = not quote_open
        elif tok in NO_SPACE_BEFORE:
            space = False
        elif tok == "`":
            tok = "'"
            glue_next = True
        elif tok in NO_SPACE_AFTER:
            glue_next = True
        # "U.S ." at a sentence end: the abbreviation's stop swallows the full stop.
        if tok == "." and out.endswith("."):
            continue
        out += (" " if space and out else "") + tok
    return out


def article(doc):
    """The plain text of one document, or None when it is only a header."""
    lines = [detokenise(s) for s in doc]
    if not lines:
        return None
    title = lines[0]
    header, body = [], []
    # The byline and dateline sit within the first three lines after the headline.
    rest = lines[1:]
    # "FARMINGTON HILLS, Mich." / "1996-08-30": a dateline cut in two.
    for index in range(1, min(len(rest), 4)):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", rest[index]):
            rest[index - 1: index + 1] = [rest[index - 1] + " " + rest[index]]
            break
    for index, line in enumerate(rest[:3]):
        if DATELINE.match(line):
            header = rest[: index + 1]
            body = rest[index + 1:]
            break
    else:
        body = rest
    if not body and not header:
        return None
    text = title + "\n\n"
    if header:
        # "LONDON 1996-08-30" -> "LONDON" / "1996-08-30": the date on a line of
        # its own under the headline, the shape DatelineFinder reads (it does
        # not read a place and an ISO date on one line).
        place, day = DATELINE.match(header[-1]).groups()
        header = header[:-1] + [place, day]
        text += "\n".join(header) + "\n\n"
    text += "\n\n".join(paragraphs(body)) + "\n"
    return text


def paragraphs(sentences):
    """Sentences joined back where CoNLL split a sentence at a line break.

    The files split at the original text's line breaks as well as at sentence
    ends ("Australia will defend the Ashes in" / "a six-test series ..."). A
    piece that does not end a sentence is joined to the next one when either
    side shows it is prose: the piece ends in a lower-case word or a comma, or
    the next one starts in lower case. Result tables (rows ending in figures)
    stay one row a paragraph.
    """
    out = []
    for line in sentences:
        if out and not re.search(r"[.!?\"':]$", out[-1]) and (
                re.search(r"[a-z,]$", out[-1]) or re.match(r"[a-z]", line)):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    source, outdir = argv[1], argv[2]
    os.makedirs(outdir, exist_ok=True)
    written = dated = 0
    for number, doc in enumerate(documents(source), start=1):
        text = article(doc)
        if text is None:
            continue
        with open(os.path.join(outdir, "conll-%04d.txt" % number), "w", encoding="utf-8") as f:
            f.write(text)
        written += 1
        dated += any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", line) for line in text.split("\n")[:6])
    print("%d articles written to %s, %d with a dateline" % (written, outdir, dated), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
