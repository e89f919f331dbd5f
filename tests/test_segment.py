"""segment's razdel tokenizer is razdel's."""
from __future__ import annotations

import razdel
from pipeline.segment import razdel_tokens

from conftest import SHARED, need

TRICKY = [
    "cho-to слово -то 1,5 1/2 3.14.15 x_y ?!.. :-) *** -- yahoo! Δσ mβж ΔP 14:00, 06 января",
    "«Привет»,—сказал он (т.е. и т.д.)… №5 +7(495)123-45-67 e-mail@mail.ru http://ria.ru/a?b=1",
    "", "   ", "a", "-", "--то",
]


def test_razdel_tokens_are_razdels():
    texts = [p.read_text(encoding="utf-8")
             for p in sorted(need(SHARED / "data" / "nerel-1.1" / "dev").glob("*.txt"))[:100]]
    checked = 0
    for text in texts + TRICKY:
        expected = [(t.start, t.stop) for t in razdel.tokenize(text)]
        assert list(razdel_tokens(text)) == expected, text[:80]
        checked += len(expected)
    assert checked > 20_000  # tokens compared
