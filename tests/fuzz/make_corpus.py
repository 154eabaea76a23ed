#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzzers' seed corpora from the example frames in docs/protocol.md.

corpus/frames: every example request, reply and event, one per file.
corpus/dispatcher: every example request as one dispatcher line (first byte: 0 guest, 1 farmer,
2 trader, 3 admin; the harness's farmer has listing 1), plus a few multi-line sessions.
Run from anywhere: python3 tests/fuzz/make_corpus.py
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "protocol.md"

FARMER_OPS = {"listing.create", "listing.accept", "listing.confirm", "listing.cancel", "listings.mine",
              "agent.register_farmer"}
TRADER_OPS = {"bid.place", "listing.buy_now", "bids.mine", "watchlist.add", "watchlist.remove",
              "watchlist.list", "transactions.mine", "transaction.update", "notifications.list",
              "notifications.read"}

SESSIONS = [
    [(2, {"id": 1, "op": "watch", "listing_id": 1}),
     (2, {"id": 2, "op": "bid.place", "listing_id": 1, "amount": 200000}),
     (2, {"id": 3, "op": "bid.place", "listing_id": 1, "amount": 300000, "proxy": True}),
     (1, {"id": 4, "op": "listing.accept", "listing_id": 1})],
    [(1, {"id": 1, "op": "listing.create", "crop_id": 2, "quantity_kg": 500, "mandi": "Indore",
          "district": "Indore", "state": "Madhya Pradesh", "starting_price": 100000, "buy_now_price": 150000,
          "format": "sealed", "duration_minutes": 60}),
     (2, {"id": 2, "op": "listing.buy_now", "listing_id": 2}),
     (1, {"id": 3, "op": "listing.cancel", "listing_id": 2, "reason": "fuzz"})],
    [(0, {"id": 1, "op": "hello", "protocol": 1, "device_id": "fuzz"}),
     (0, {"id": 2, "op": "register", "role": "trader", "display_name": "T", "phone": "9733333333",
          "password": "longpassword"}),
     (0, {"id": 3, "op": "login", "login": "9733333333", "password": "longpassword"})],
]


def role_for(op):
    if op.startswith("admin."):
        return 3
    if op in FARMER_OPS:
        return 1
    if op in TRADER_OPS:
        return 2
    return 0


def main():
    frames = HERE / "corpus" / "frames"
    dispatcher = HERE / "corpus" / "dispatcher"
    for d in (frames, dispatcher):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    examples = [line for line in DOCS.read_text(encoding="utf-8").splitlines()
                if re.match(r'^\{"(id|re|event)"', line)]
    requests = []
    for n, line in enumerate(examples):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        (frames / f"{n:03d}.json").write_bytes(json.dumps(obj, ensure_ascii=False).encode())
        if "op" in obj and "id" in obj and "re" not in obj:
            requests.append(obj)
    for n, obj in enumerate(requests):
        if "listing_id" in obj:
            obj["listing_id"] = 1
        line = bytes([role_for(obj["op"])]) + json.dumps(obj, ensure_ascii=False).encode()
        (dispatcher / f"op{n:03d}.txt").write_bytes(line)
    for n, session in enumerate(SESSIONS):
        lines = [bytes([who]) + json.dumps(obj).encode() for who, obj in session]
        (dispatcher / f"session{n}.txt").write_bytes(b"\n".join(lines))


if __name__ == "__main__":
    main()
