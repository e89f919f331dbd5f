"""The baseline a data scientist would write, from natasha's README: for each
document segment, tag_morph, parse_syntax, tag_ner, normalize, DatesExtractor.

Usage: python benchmarks/natasha_loop.py CORPUS.jsonl OUT.jsonl
"""
import sys

import orjson
from natasha import (DatesExtractor, Doc, MorphVocab, NewsEmbedding, NewsMorphTagger,
                     NewsNERTagger, NewsSyntaxParser, Segmenter)


def main(corpus: str, out: str) -> None:
    emb = NewsEmbedding()
    segmenter, morph_vocab = Segmenter(), MorphVocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    dates = DatesExtractor(morph_vocab)
    with open(corpus, "rb") as f, open(out, "wb") as w:
        for line in f:
            item = orjson.loads(line)
            doc = Doc(item["text"])
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(morph_vocab)
            found = [(m.start, m.stop) for m in dates(item["text"])]
            w.write(orjson.dumps({"id": item["id"], "spans": [(s.start, s.stop, s.type, s.normal) for s in doc.spans],
                                  "dates": found}) + b"\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
