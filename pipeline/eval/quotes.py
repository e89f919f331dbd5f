"""Quotes: detection, type, speaker and end-to-end scores on the gold files, and the agreement of two annotators.

Gold: every statement of a few real news texts (the seed, NEREL 1.1 train/dev, and in the
test file factRuEval-2016 dev),
annotated by hand following ``gold/QUOTES.md``; offsets only, texts read from
``../shared`` and checked against the stored length and sha256 prefix. Two
splits, scored and printed separately: dev (``gold/quotes.jsonl``, used to tune
the extractor) and test (``gold/quotes_test.jsonl``, other texts, annotated by an engineer who
never saw the extractor's output and never read by those tuning it; see
``gold/QUOTES.md``, "Splits").

A system quote matches a gold one when their character overlap / union is
≥ 0.5, one-to-one (pairs taken by decreasing overlap ratio). Type and speaker
accuracy are measured on matched pairs; a speaker is right when the canonical
names are equal after lowercasing, ё→е and whitespace folding (both null counts
as right). End-to-end: a true positive is a matched quote with the right speaker.

Speaker kinds (``kind``): a mention sharing a word stem with the canonical name (or
its acronym) is a ``name``, ``он``/``его``/``который``/… a ``pronoun``, anything else
a ``description``. The table reports the gold's kinds, the share of each system's right non-null
speakers reached through a pronoun or a description (``via pron/desc``), and the
project's end-to-end hits by gold speaker kind.

Systems: the project (the full pipeline, ``quotes`` stage included) and a naive
baseline measured in the same run: text in «» (outermost pairs) with the
nearest PER/ORG entity of the same sentence (by character distance) as speaker,
named by its entity group.

Agreement: ``gold/quotes_second.jsonl`` annotates some texts of the two files a second
time, by another annotator who saw neither the first annotation nor the extractor. The
second annotation is scored against the first as if it were a system (the same scorer,
so its F1 is symmetric), and the project against each: a ceiling for the scores above,
and a check that the project's errors are not one annotator's conventions.

Synthetic articles: ``gold/quotes_synthetic.jsonl`` holds 180 news articles written for the project
(texts included: they are ours) with every statement annotated under the same conventions; the
extractor's errors on them were read while tuning, so they guard against regressions on other
writing than NEREL's and give no held-out figure.

``python -m pipeline.eval.quotes --check`` only verifies the gold offsets (all four files).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import orjson

from ..doc import Document, sha256
from . import GOLD, PRF, PRF_COLUMNS, SHARED, Table, f1_interval

GOLD_FILE = GOLD / "quotes.jsonl"
TEST_FILE = GOLD / "quotes_test.jsonl"   # held out: never read by those tuning the extractor
# a second, independent annotation of some texts of the two files above: inter-annotator agreement
SECOND_FILE = GOLD / "quotes_second.jsonl"
# our own news articles, written and annotated for the project by helpers who never saw the
# extractor; the texts are in the records (``text``): see gold/QUOTES.md, "Synthetic articles"
SYNTHETIC_FILE = GOLD / "quotes_synthetic.jsonl"
TYPES = ("direct", "indirect", "mixed")
THRESHOLD = 0.5
# third-person personal pronouns in every case, their possessives and the relative
# ``который``: a speaker mentioned by one of these is reached through a pronoun
PRONOUNS = frozenset("""он она оно они его него её ее неё нее их них ему нему ей ней им ним
    ими ними нём нем который которая которое которые которого которой которому которым
    которую котором которых которыми""".split())


def text_path(shared: Path, record: dict) -> Path:
    if record["corpus"] == "seed":
        return shared / "seed" / record["file"]
    return shared / "data" / record["corpus"] / record["file"]


def load_gold(shared: Path, path: Path = GOLD_FILE) -> list[tuple[dict, str]]:
    """(record, text) pairs; raises ValueError when a text drifted or an offset is bad."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = orjson.loads(line)
        text = record["text"] if "text" in record else text_path(shared, record).read_text(encoding="utf-8")
        if len(text) != record["length"] or not sha256(text).startswith(record["sha256"]):
            raise ValueError(f"{record['corpus']}/{record['file']} differs from the annotated text")
        check(record, text)
        out.append((record, text))
    return out


def check(record: dict, text: str) -> None:
    """Every span lies in the text, starts and ends on a non-space, types are known."""
    where = f"{record['corpus']}/{record['file']}"
    for q in record["quotes"]:
        if q["type"] not in TYPES:
            raise ValueError(f"{where}: unknown type {q['type']!r}")
        for span in (q, q["speaker"], q["cue"]):
            if span is None:
                continue
            s, e = span["start"], span["end"]
            if not (0 <= s < e <= len(text)) or text[s].isspace() or text[e - 1].isspace():
                raise ValueError(f"{where}: bad span {s}:{e} {text[max(s, 0):e]!r}")


def fold(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"\s+", " ", name.replace("ё", "е").replace("Ё", "Е")).strip().lower()


def ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def align(gold: list[dict], pred: list[dict], threshold: float = THRESHOLD) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs with overlap/union ≥ threshold,
    taken greedily by decreasing ratio."""
    candidates = sorted(((ratio((g["start"], g["end"]), (p["start"], p["end"])), i, j)
                         for i, g in enumerate(gold) for j, p in enumerate(pred)),
                        key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for r, i, j in candidates:
        if r < threshold:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


class Score:
    """Counts for one system over all documents."""

    def __init__(self) -> None:
        self.detection = PRF()
        self.end_to_end = PRF()
        self.type_right = 0
        self.speaker_right = 0
        # right non-null speakers by how the system's mention names them
        self.named = {"name": 0, "pronoun": 0, "description": 0}
        # end-to-end true positives by how the gold speaker is mentioned
        self.right_by_gold_kind = {"name": 0, "pronoun": 0, "description": 0, "none": 0}
        # each document's (tp, fp, fn): detection, then end-to-end (for ``intervals``)
        self.per_document: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = []

    def reached(self) -> float:
        """Share of the right non-null speakers reached through a pronoun or a description."""
        n = sum(self.named.values())
        return (self.named["pronoun"] + self.named["description"]) / n if n else 0.0

    def add(self, gold: list[dict], pred: list[dict], text: str = "") -> None:
        pairs = align(gold, pred)
        n = len(pairs)
        self.detection.tp += n
        self.detection.fp += len(pred) - n
        self.detection.fn += len(gold) - n
        right_pairs = [(i, j) for i, j in pairs if fold(gold[i]["normal"]) == fold(pred[j]["normal"])]
        right = len(right_pairs)
        for i, j in right_pairs:
            k = kind(pred[j].get("mention"), pred[j]["normal"])
            if k != "none":
                self.named[k] += 1
            span = gold[i].get("speaker")
            self.right_by_gold_kind[kind(None if span is None else text[span["start"]:span["end"]],
                                         gold[i]["normal"])] += 1
        self.type_right += sum(gold[i]["type"] == pred[j]["type"] for i, j in pairs)
        self.speaker_right += right
        self.end_to_end.tp += right
        self.end_to_end.fp += len(pred) - right
        self.end_to_end.fn += len(gold) - right
        self.per_document.append(((n, len(pred) - n, len(gold) - n), (right, len(pred) - right, len(gold) - right)))

    def intervals(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """95% bootstrap intervals over documents of the detection and end-to-end F1."""
        return (f1_interval([d for d, _ in self.per_document]),
                f1_interval([e for _, e in self.per_document]))

    def rows(self, name: str) -> list[list]:
        n = self.detection.tp
        return [[name, "detection"] + self.detection.row() + [None, None, None],
                [name, "quote+speaker"] + self.end_to_end.row()
                + [self.type_right / n if n else 0.0, self.speaker_right / n if n else 0.0, self.reached()]]


def as_predicted(record: dict, text: str) -> list[dict]:
    """A gold record's statements in the form a system's are scored in."""
    return [dict(start=q["start"], end=q["end"], type=q["type"], normal=q["normal"],
                 mention=None if q["speaker"] is None else text[q["speaker"]["start"]:q["speaker"]["end"]])
            for q in record["quotes"]]


def project_quotes(documents: list[Document]) -> list[list[dict]]:
    out = []
    for document in documents:
        quotes = []
        for q in document.doc.spans["quotes"] if "quotes" in document.doc.spans else ():
            speaker = q._.speaker
            quotes.append(dict(start=q.start_char, end=q.end_char, type=q.label_,
                               normal=None if speaker is None else speaker._.normal,
                               mention=None if speaker is None else speaker.text))
        out.append(quotes)
    return out



def guillemets(text: str) -> list[tuple[int, int]]:
    """Outermost «…» pairs (nested ones are kept inside), inner offsets."""
    spans, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch == "«":
            if depth == 0:
                start = k + 1
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0 and k > start:
                spans.append((start, k))
    return spans


def baseline_quotes(document: Document) -> list[dict]:
    """Text in «» with the nearest PER/ORG entity in the same sentence as speaker,
    named by its entity group (``Обама`` → the group's ``Барак Обама``)."""
    doc = document.doc
    names = {g["id"]: g.get("name") for g in doc._.entity_index or []}
    out = []
    for start, end in guillemets(document.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = span[0].sent if span is not None and len(span) else None
        best = None
        for ent in doc.ents:
            if ent.label_ not in ("PER", "ORG") or sent is None:
                continue
            if not (sent.start_char <= ent.start_char and ent.end_char <= sent.end_char):
                continue
            if start <= ent.start_char and ent.end_char <= end:
                continue  # inside the quote itself
            dist = start - ent.end_char if ent.end_char <= start else ent.start_char - end
            if best is None or dist < best[0]:
                best = (dist, ent)
        normal = None if best is None else (names.get(best[1]._.entity_id) or best[1]._.normal or best[1].text)
        out.append(dict(start=start, end=end, type="direct", normal=normal,
                        mention=None if best is None else best[1].text))
    return out


def analysed(pairs: list[tuple[dict, str]]) -> list[Document]:
    """The gold documents through every stage (``clean`` keeps every offset)."""
    from .. import stages
    from ..reader import clean

    documents = [Document(id=f"{r['corpus']}/{r['file']}", text=clean(text)) for r, text in pairs]
    stages.load_all()
    for name in stages.STAGES:
        stages.get(name)(documents)
    return documents


def same_stem(a: str, b: str) -> bool:
    """Two folded words share a stem: the shorter one, but for an ending of up to three
    letters, begins the other (``кисина``/``кисин``, ``комсомольской``/``комсомольская``,
    ``эда``/``эд``); a word of under four letters only with one letter more (``ким``
    is no stem of ``кимоно``); a misspelt name (``сабурова``/``сабирова``) does not."""
    shorter, longer = sorted((len(a), len(b)))
    prefix = 0
    while prefix < shorter and a[prefix] == b[prefix]:
        prefix += 1
    return prefix >= min(shorter, 4) and prefix >= shorter - 3 and (shorter >= 4 or longer - shorter <= 1)


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


def kind(mention: str | None, normal: str | None) -> str:
    """How a speaker is mentioned: ``name`` (a word of the mention shares a stem with a
    word of the canonical name, or is its acronym: ``по словам Кисина`` → Евгений Кисин,
    ``ЦТАК``), ``pronoun`` (``он``, ``по его словам``, ``которой``: ``PRONOUNS``),
    ``description`` (``министр``, ``ведомство``, ``в заявлении``) or ``none``."""
    if mention is None or normal is None:
        return "none"
    mention = fold(mention)
    if mention in PRONOUNS:
        return "pronoun"
    said, named = re.findall(r"\w+", mention), re.findall(r"\w+", fold(normal))
    if any(same_stem(a, b) for a in said for b in named):
        return "name"
    if any(len(a) >= 2 and initials(named).startswith(a) for a in said):
        return "name"
    return "description"


def speaker_kinds(pairs: list[tuple[dict, str]]) -> dict[str, int]:
    """Gold statements by how the speaker is mentioned."""
    kinds = {"name": 0, "pronoun": 0, "description": 0, "none": 0}
    for record, text in pairs:
        for q in record["quotes"]:
            span = q["speaker"]
            kinds[kind(None if span is None else text[span["start"]:span["end"]], q["normal"])] += 1
    return kinds


COLUMNS = ["system", "score"] + PRF_COLUMNS + ["type acc", "speaker acc", "via pron/desc"]


def score(shared: Path, path: Path, split: str, predicted: dict | None = None) -> Table:
    """One table section: the project and the baseline on one gold file.
    ``predicted``, when given, receives the project's quotes by (corpus, file)."""
    pairs = load_gold(shared, path)
    documents = analysed(pairs)
    project, baseline = Score(), Score()
    for (record, text), document, pred in zip(pairs, documents, project_quotes(documents)):
        project.add(record["quotes"], pred, text)
        baseline.add(record["quotes"], baseline_quotes(document), text)
        if predicted is not None:
            predicted[record["corpus"], record["file"]] = pred
    n = sum(len(r["quotes"]) for r, _ in pairs)
    table = Table(f"quotes, {split}: gold/{path.name} ({len(pairs)} texts, {n} statements; "
                  "match = overlap/union ≥ 0.5)",
                  COLUMNS, project.rows("project") + baseline.rows("baseline «» + nearest PER/ORG"))
    kinds = speaker_kinds(pairs)
    reached = kinds["pronoun"] + kinds["description"]
    right = project.right_by_gold_kind
    by_kind = ", ".join(f"{k} {right[k]}/{kinds[k]}" for k in kinds)
    (det_low, det_high), (e2e_low, e2e_high) = project.intervals()
    table.note = (f"project end-to-end right by gold speaker kind: {by_kind}\n"
                  f"project 95% interval over texts (bootstrap, 1000 resamples): detection F1 "
                  f"{det_low:.3f}–{det_high:.3f}, end-to-end F1 {e2e_low:.3f}–{e2e_high:.3f}\n"
                  f"gold speakers: {kinds['name']} named, {kinds['pronoun']} pronouns, "
                  f"{kinds['description']} descriptions, {kinds['none']} none; "
                  f"share via pronoun or description: {reached / n if n else 0.0:.3f} of all statements, "
                  f"{reached / (n - kinds['none']) if n > kinds['none'] else 0.0:.3f} of the named speakers; "
                  f"'via pron/desc' = share of the right non-null speakers the system reached through a "
                  f"pronoun or a description")
    return table


def agreement(shared: Path, predicted: dict | None = None) -> Table:
    """The second annotation against the first, and the project against each
    (its quotes from ``predicted``, by (corpus, file), when ``score`` kept them)."""
    second = load_gold(shared, SECOND_FILE)
    first = {(r["corpus"], r["file"]): r for path in (GOLD_FILE, TEST_FILE)
             for r in map(orjson.loads, path.read_bytes().splitlines())}
    scores = {"second annotator vs first": Score(), "project vs first annotator": Score(),
              "project vs second annotator": Score()}
    pairs = [(first[r["corpus"], r["file"]], r, text) for r, text in second]
    if predicted is not None and all((r["corpus"], r["file"]) in predicted for r, _ in second):
        project = [predicted[r["corpus"], r["file"]] for r, _ in second]
    else:
        project = project_quotes(analysed(second))
    for (one, two, text), pred in zip(pairs, project):
        scores["second annotator vs first"].add(one["quotes"], as_predicted(two, text), text)
        scores["project vs first annotator"].add(one["quotes"], pred, text)
        scores["project vs second annotator"].add(two["quotes"], pred, text)
    n1, n2 = (sum(len(p[k]["quotes"]) for p in pairs) for k in (0, 1))
    table = Table(f"quotes, agreement: gold/{SECOND_FILE.name} ({len(pairs)} texts annotated twice; "
                  f"{n1} statements in the first annotation, {n2} in the second)",
                  COLUMNS, [row for name, s in scores.items() for row in s.rows(name)])
    low, high = scores["second annotator vs first"].intervals()[1]
    table.note = (f"second vs first annotator, end-to-end F1 95% interval over texts: {low:.3f}–{high:.3f}; "
                  "see gold/QUOTES.md, \"Agreement\", for what the two annotators shared")
    return table


def run(shared: Path = SHARED) -> list[Table]:
    """Four sections: dev (``quotes.jsonl``, the extractor is tuned on it),
    test (``quotes_test.jsonl``, held out), the agreement of two annotators
    on the texts of ``quotes_second.jsonl``, and our own synthetic articles
    (``quotes_synthetic.jsonl``, read while tuning: no held-out figure)."""
    predicted: dict = {}  # the texts annotated twice are analysed once, for their first file's table
    return [score(shared, GOLD_FILE, "dev", predicted), score(shared, TEST_FILE, "test (held out)", predicted),
            agreement(shared, predicted),
            score(shared, SYNTHETIC_FILE, "synthetic articles (ours; read while tuning)")]


if __name__ == "__main__":
    if "--check" in sys.argv:
        for path in (GOLD_FILE, TEST_FILE, SECOND_FILE, SYNTHETIC_FILE):
            pairs = load_gold(SHARED, path)
            print(f"ok: {path.name}: {len(pairs)} texts, {sum(len(r['quotes']) for r, _ in pairs)} statements")
    else:
        for t in run(SHARED):
            print(t.render() + "\n")
