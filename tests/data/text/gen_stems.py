#!/usr/bin/env python3
"""Regenerates stems.tsv from the Snowball reference implementation.

    pip install snowballstemmer==3.1.1
    python3 tests/data/text/gen_stems.py > tests/data/text/stems.tsv

Words: the vocabulary of the bundled corpus (corpus/deepseek-r1/*.txt),
the hand-written list below (irregular forms and every rule of the
algorithm), and regular derivations of the corpus words (plural, -ed, -ing,
-ly, -ness, -ation, ...), which exercise the suffix steps on real stems.
"""
import glob, os, re, sys
import snowballstemmer

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..")
HAND = """
a aa aaa ab abc abed abilities ability able ably abnormal abnormally aboard about above absence
absolute absolutely absorb absorbed absorbing abundance abundant accept acceptable accepted
accepting access accessibility accessible accidental accidentally accordingly account accountability
agreed agreement agreeing agrees agree feed feeds feeding need needed needing needless speed speeding
proceed proceeding proceeds exceed exceeded exceeding succeed succeeded succeeding succeeds
inning innings outing outings canning herring herrings earring earrings evening evenings
dying lying tying vying flying crying spying trying buying staying saying playing
ski skis skies sky news howe atlas cosmos bias biases andes idly gently ugly early only singly
generate generates generated generating general generally generous generously generosity
communism communist community communication arsenal arsenic emergency emerge emerged
interest interesting internal later lateral organ organic organization organizations
past paste pasted universe university universal universally
caresses ponies ties cries tied cried gas gases gaps kiwis this his us bus plus focus
hoping hopping hoped hopped filing filling filled fitting fitted hopeful hopefully
luxuriate luxuriating controller controlling controlled rolling rolled tiled tiling
conditional conditionally rational relational rationalization national nationally
valenci valency hesitancy hesitance digitizer digitization operator operational
feudalism formality formalities formally vietnamization sensibility sensible sensitivity
fruitfulness fruitfully callousness callously decisiveness decisively
archaeology archaeologist geologist biologist analogy ecology apology
lessly carelessly hopelessly fearlessly thankfully cheerfully
electrical electricity electrician triplicate formative formalize hopefulness goodness
revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
adjustment dependent adoption adoptions communism activate angularity homologous effective bowdlerize
probate rate cease controll roll rolling yes yesterday yield yielding yielded you youth y yy
ay aye boy boys boyish toy toying employ employed employer employment
agreeableness happily happiness happier happiest unhappily ability abilities
bleed bleeding breed breeding creed embed embedded lied lies died dies
owed owes owing owned owner ownership
run running runner runs swim swimming swimmer hop shop shopping shopped
care cared caring careful carefully careless
market markets marketing marketed marketplace
model models modeling modelling modeled modelled
train trains training trained trainer chip chips chipmaker
invest invests investing invested investment investments investor investors
compute computing computed computer computation computational
efficient efficiency efficiencies inefficient efficiently
innovate innovation innovations innovative innovator
reason reasoning reasonable reasonably
policy policies political politically politician politics
café cafés naïve naïvely résumés façades jalapeños übermensch coöperation zoë's señoritas
""".split()

SUFFIXES = ["s", "es", "ed", "ing", "ly", "ness", "ful", "ation", "ational", "ization",
            "ism", "ist", "ity", "ive", "able", "ment", "er", "est", "'s"]


def corpus_words():
    words = set()
    for path in glob.glob(os.path.join(ROOT, "corpus", "deepseek-r1", "*.txt")):
        with open(path, encoding="utf-8") as f:
            text = f.read().lower().replace("\u2019", "'")
        words.update(re.findall(r"[a-z]+(?:'[a-z]+)?", text))
    return words


def main():
    base = corpus_words()
    words = set(base) | set(HAND)
    # Two derivations per corpus word, the suffixes taken in rotation.
    for i, w in enumerate(sorted(base)):
        if w.isalpha() and len(w) >= 4:
            words.add(w + SUFFIXES[i % len(SUFFIXES)])
            words.add(w + SUFFIXES[(i + 7) % len(SUFFIXES)])
    stemmer = snowballstemmer.stemmer("english")
    out = sys.stdout
    out.write("# word<TAB>Snowball English stem, from snowballstemmer %s (Snowball 3.x).\n"
              % getattr(snowballstemmer, "__version__", "3.1.1"))
    out.write("# Regenerate: pip install snowballstemmer==3.1.1 && "
              "python3 tests/data/text/gen_stems.py > tests/data/text/stems.tsv\n")
    for w in sorted(words):
        out.write("%s\t%s\n" % (w, stemmer.stemWord(w)))


if __name__ == "__main__":
    main()
