#!/usr/bin/env python3
"""Writes the committed seed corpora of tests/fuzz (corpus/<target>/) from tests/fixtures/plan-v1.json.

Seeds are small, valid or nearly valid inputs that reach each part of the readers: the fuzzer mutates them.
Run it again after a change of the plan-file or record format, and commit what it writes.
"""
import copy
import json
import pathlib
import struct
import zlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURE = json.loads((ROOT / "tests/fixtures/plan-v1.json").read_text(encoding="utf-8"))


def plan_text(doc, indent=1):
    return json.dumps(doc, indent=indent, ensure_ascii=False, separators=(",", ": ") if indent else (",", ":"))


def write(target, name, data):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def record(payload, generation=2, base=1, writer=b"tab-seed"):
    """A format-2 generation record (src/storage/record.hpp), CRC-32 trailer included."""
    body = b"SBGN" + struct.pack("<HQqQH", 2, generation, 1717000000000, base, len(writer)) + writer
    body += struct.pack("<I", len(payload)) + payload
    return body + struct.pack("<I", zlib.crc32(body) & 0xFFFFFFFF)


def plans():
    full = FIXTURE
    empty = copy.deepcopy(FIXTURE)
    for key in ("runs", "strength_sessions", "daily_checks", "aggravators", "physio_entries", "readiness_tests"):
        empty["plan"][key] = []
    many = copy.deepcopy(FIXTURE)
    first = many["plan"]["runs"][0]
    for i in range(1, 12):  # two weeks of runs: the weekly chart, the level engine, zones
        run = {k: v for k, v in first.items() if k != "cereal_class_version"}
        run["id"] = first["id"] + 100 + i
        run["date"] = "2024-05-%02d" % (2 + i)
        run["pain_during"] = i % 7
        run["pain_next_morning"] = (i * 3) % 11 - 1
        run["minutes"] = 15 + 5 * (i % 4)
        many["plan"]["runs"].append(run)
    return {"plan-v1": full, "empty-lists": empty, "two-weeks": many}


def main():
    texts = {name: plan_text(doc) for name, doc in plans().items()}
    texts["plan-v1-compact"] = plan_text(FIXTURE, indent=0)
    hostile = {
        "long-number": ('"distance_km": 2.4', '"distance_km": 184467440737095516155'),
        "nan": ('"distance_km": 2.4', '"distance_km": NaN'),
        "nul-in-note": ('"note": "felt strong"', '"note": "Sam\\u0000<script>"'),
        "big-id": ('"id": 53021371269121', '"id": 9007199254740993'),
        "surrogates": ('"note": "felt strong"', '"note": "\\ud83c\\udfc3 \\udc00"'),
    }
    for name, (old, new) in hostile.items():
        texts[name] = texts["plan-v1"].replace(old, new, 1)
    for name, text in texts.items():
        write("plan_file", name + ".json", text)
        write("round_trip", name + ".json", text)
    # The report the app shares, with the plan inside (plan_in_html.hpp): the committed fixture.
    write("plan_file", "plan-report-v1.html", (ROOT / "tests/fixtures/plan-report-v1.html").read_bytes())
    write("plan_file", "invalid-utf8.json", texts["plan-v1"].encode("utf-8").replace(b"felt strong", b"felt \xff\xfe"))

    # Stored: even first byte = a delta payload; odd = record bytes as stored.
    changed = copy.deepcopy(FIXTURE["plan"])
    changed["runs"][0]["note"] = "edited"
    for key in ("strength_sessions", "daily_checks", "aggravators", "physio_entries", "readiness_tests"):
        changed[key] = []
    delta = json.dumps({"delta_version": 1, "changed": changed, "removed": [53021371269122]}, separators=(",", ":"))
    write("stored", "delta-edit", b"\x00" + delta.encode("utf-8"))
    empty_delta = json.dumps({"delta_version": 1, "changed": plans()["empty-lists"]["plan"], "removed": []})
    write("stored", "delta-empty", b"\x00" + empty_delta.encode("utf-8"))
    write("stored", "record-delta", b"\x01" + record(delta.encode("utf-8")))
    write("stored", "record-whole", b"\x01" + record(texts["plan-v1"].encode("utf-8"), generation=1, base=0))
    for fixture in ("tests/fixtures/generation-format1-plan.bin", "tests/storage/fixtures/generation-format2.bin"):
        write("stored", "fixture-" + pathlib.Path(fixture).stem, b"\x01" + (ROOT / fixture).read_bytes())


if __name__ == "__main__":
    main()
