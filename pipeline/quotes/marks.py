"""Quotation marks paired: «…» and „…“ with nested marks inside, then English “…” and straight
"…" outside them (``quote_pairs``); ``pairs_of`` a Doc's, computed once."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doc import text_of
from .words import CLOSE, OPEN


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Char offsets (open, close) of the outermost «…» / „…“ pairs; nested
    pairs stay inside. Unbalanced marks are dropped at the paragraph end. Then
    the "…" and “…” pairs outside these."""
    pairs = []
    stack: list[str] = []  # the marks open
    opened = 0
    resumed = -1  # the offset of a mark that reopens a quote at its next paragraph
    for m in QUOTE_EVENTS.finditer(text):  # the marks and paragraph breaks, not every character
        i, ch = m.start(), m.group()
        if i == resumed:
            continue  # ``«Первый абзац.\n\n«Второй абзац»``: the quote goes on, nothing nested opens
        if ch in OPEN or (ch == "“" and "«" in stack[-1:] and ENGLISH_OPENS.match(text, max(i - 1, 0))):
            if not stack:  # (“ after a space in «…» opens an English pair: ``«…говорят: “…”»``)
                opened = i
            stack.append(ch)
        elif ch == "”":
            if stack[-1:] == ["“"]:
                stack.pop()
        elif ch in CLOSE and stack:
            if ch == "»" and "«" in stack:  # (past an English “ left open inside)
                del stack[len(stack) - 1 - stack[::-1].index("«"):]
            else:
                stack.pop()
            if not stack:
                pairs.append((opened, i))
        elif ch == "\n" and stack and text[i:i + 2] == "\n\n":
            # a quote spans paragraphs when the next one reopens it with its mark (the Russian
            # convention), or closes it with no mark opened before (``«…\n\n…», — сказал он``)
            k = i + 2
            while text[k:k + 1] == "\n":
                k += 1
            if text[k:k + 1] == stack[0] and len(stack) == 1:
                resumed = k
            elif not _closed_in_paragraph(text, k, len(stack)):
                stack = []
    for a, b in _straight_pairs(text) + _english_pairs(text):  # "…" and “…” pairs outside guillemets
        if not any(x <= a <= y or x <= b <= y for x, y in pairs):
            pairs.append((a, b))
    return sorted(pairs)


def _closed_in_paragraph(text: str, start: int, open_marks: int) -> bool:
    """The paragraph at ``start`` closes ``open_marks`` marks before it opens any."""
    end = text.find("\n", start)
    for ch in text[start:end if end >= 0 else len(text)]:
        if ch in OPEN:
            return False
        if ch in CLOSE:
            open_marks -= 1
            if not open_marks:
                return True
    return False


# English curly marks, “…”: “ opens after a space, a colon, a bracket, a dash or « (after a word it
# closes „…“)
ENGLISH_OPENS = re.compile(r"[\s(:—–«-]“")
ENGLISH_PAIR = re.compile(r"(?:^|(?<=[\s(:—–«-]))“[^“”«»„]+”", re.M)


def _english_pairs(text: str) -> list[tuple[int, int]]:
    """The “…” pairs of a text that uses English curly marks (web text: ``сказал: “Женщина …”``)."""
    if "”" not in text:
        return []
    return [(m.start(), m.end() - 1) for m in ENGLISH_PAIR.finditer(text)]


def _straight_pairs(text: str) -> list[tuple[int, int]]:
    """The outermost "…" pairs of each line: a mark after a space or a bracket, before a word,
    opens, one after a word or a mark, before a space or punctuation, closes, so nested names
    pair inside (``"Деньги выделило "Роснано". Больному …"``); a mark that could be either closes
    an open pair, else opens one. A pair holds two characters at least, or a letter (``"Ъ"``)."""
    pairs = []
    for line in re.finditer(r"[^\n]+", text):
        marks = [line.start() + m.start() for m in re.finditer('"', line.group())]
        while True:
            found, unclosed = _paired(text, marks)
            if not unclosed:
                break
            marks = [i for i in marks if i != unclosed[0]]  # a stray mark: pair the rest without it
        pairs.extend(found)
    return pairs


def _paired(text: str, marks: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """``_straight_pairs`` over the marks at ``marks``: the outermost pairs and the marks left open."""
    pairs = []
    stack: list[int] = []
    for i in marks:
        before, after = text[i - 1:i] if i else "", text[i + 1:i + 2]
        opens = (not before or before.isspace() or before in "([—–-:/") and bool(after) and not after.isspace()
        closes = bool(before) and not before.isspace() and (not after or not after.isalnum())
        if stack and (closes or not opens):
            start = stack.pop()
            if not stack and (i - start > 2 or text[i - 1].isalnum()):
                pairs.append((start, i))
        elif opens or not stack:
            stack.append(i)
    return pairs, stack


def pairs_of(doc: Doc) -> list[tuple[int, int]]:
    """``quote_pairs`` of the Doc's text, found once and kept in ``doc.user_data``
    (the syntax stage's speech gate asks first)."""
    pairs = doc.user_data.get("quote pairs")
    if pairs is None:
        pairs = doc.user_data["quote pairs"] = quote_pairs(text_of(doc))
    return pairs


def in_marks(doc: Doc, char: int) -> bool:
    """Whether the character at ``char`` is inside a pair of quotation marks (``pairs_of``)."""
    return any(a < char < b for a, b in pairs_of(doc))


QUOTE_EVENTS = re.compile("[" + OPEN + CLOSE + "”]|\n(?=\n)")
