"""JSON columns store `json.dumps` text, and pre-encoded text exactly once."""

from __future__ import annotations

import json

from coach.store.json_codec import EncodedJSON, encode, encoded


def test_values_are_encoded_as_json_dumps_does():
    value = [{"message": "“Привет” & <b>", "start": 3, "end": None}]
    assert encode(value) == json.dumps(value)


def test_encoded_text_passes_through_unchanged():
    value = [{"check_id": "blame", "suggestions": [{"text": "x", "source": "y"}]}]
    text = encoded(value)
    assert isinstance(text, EncodedJSON)
    assert encode(text) == json.dumps(value)  # not json.dumps(json.dumps(value))
    assert json.loads(encode(text)) == value


def test_a_plain_string_is_still_encoded_as_a_json_string():
    assert encode("plain") == '"plain"'
