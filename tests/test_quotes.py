"""Seed acceptance for the quotes stage (issue 6)."""
from conftest import need, SEED


def _quotes(record):
    return record["quotes"]


def test_seed_direct_quote_speaker_is_tajik_mfa(seed_record):
    need(SEED)
    (q,) = [q for q in _quotes(seed_record) if q["text"].startswith("«Всецело разделяем")]
    assert q["type"] == "direct"
    assert q["text"].endswith("угрозы»")
    assert q["speaker"]["normal"] == "МИД Таджикистана"


def test_seed_indirect_statement_after_v_zayavlenii_mid(seed_record):
    need(SEED)
    text = seed_record["text"]
    cue = text.index("говорится, что")
    (q,) = [q for q in _quotes(seed_record) if q["type"] == "indirect" and cue < q["start"] < cue + 20]
    assert q["speaker"]["text"] == "МИД"
    assert q["speaker"]["normal"] == "МИД Таджикистана"
    assert q["cue"]["text"] == "говорится"


def test_seed_mixed_quote_reaches_tokayev_through_on(seed_record):
    need(SEED)
    (q,) = [q for q in _quotes(seed_record) if q["text"] == "«в\xa0преодолении террористической угрозы»"
            or q["text"] == "«в преодолении террористической угрозы»"]
    assert q["type"] == "mixed"
    assert q["speaker"]["text"] == "Он"
    assert q["speaker"]["normal"] == "Касым-Жомарт Токаев"
    assert q["speaker"]["entity_id"]


def test_offsets_match_text(seed_record):
    need(SEED)
    text = seed_record["text"]
    for q in _quotes(seed_record):
        assert text[q["start"]:q["end"]] == q["text"]
