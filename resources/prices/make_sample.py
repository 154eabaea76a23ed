#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes sample.json: a made-up snapshot of the data.gov.in daily mandi price dataset.

Not real data and not copied from anywhere: each crop's price level is the starting price of the
matching demo lot (server/app/demolistings.cpp, "near the mandi modal prices of late 2026"), moved
by a seeded random walk so the file is the same on every run. It covers every demo lot's crop and
mandi, plus a second mandi in the same district and one in another district of the same state, so
all four reference levels (market, district, state, national) have something to find.

The shape is the API's exactly (total, count, limit, offset, records[] with prices as strings in
rupees per quintal, arrival_date DD/MM/YYYY), so the server reads it with the same parser.

Run from this folder:  python3 make_sample.py > sample.json
"""
import datetime
import json
import random
import sys

END = datetime.date(2026, 11, 20)  # the newest day in the sample
DAYS = 30

# commodity (dataset spelling), variety, grade, level ₹/quintal (the demo lot's start), markets:
# (market, district, state) – the demo lot's mandi first.
CROPS = [
    ("Wheat", "Sharbati", "FAQ", 2350,
     [("Khanna", "Ludhiana", "Punjab"), ("Jagraon", "Ludhiana", "Punjab"), ("Rajpura", "Patiala", "Punjab")]),
    ("Paddy(Dhan)(Basmati)", "1121", "FAQ", 2250,
     [("Karnal", "Karnal", "Haryana"), ("Tarori", "Karnal", "Haryana"), ("Kaithal", "Kaithal", "Haryana")]),
    ("Mustard", "Black", "FAQ", 5600,
     [("Kota", "Kota", "Rajasthan"), ("Ramganj Mandi", "Kota", "Rajasthan"), ("Alwar", "Alwar", "Rajasthan")]),
    ("Soyabean", "Yellow", "FAQ", 4500,
     [("Indore", "Indore", "Madhya Pradesh"), ("Mhow", "Indore", "Madhya Pradesh"),
      ("Ujjain", "Ujjain", "Madhya Pradesh")]),
    ("Onion", "Red", "FAQ", 1800,
     [("Lasalgaon", "Nashik", "Maharashtra"), ("Pimpalgaon", "Nashik", "Maharashtra"),
      ("Pune", "Pune", "Maharashtra")]),
    ("Potato", "Jyoti", "FAQ", 1200,
     [("Azadpur", "North Delhi", "Delhi"), ("Narela", "North Delhi", "Delhi"), ("Keshopur", "West Delhi", "Delhi")]),
    ("Tomato", "Hybrid", "FAQ", 1500,
     [("Kolar", "Kolar", "Karnataka"), ("Mulbagal", "Kolar", "Karnataka"),
      ("Chikkaballapur", "Chikkaballapur", "Karnataka")]),
    ("Bengal Gram(Gram)(Whole)", "Desi", "FAQ", 5800,
     [("Bikaner", "Bikaner", "Rajasthan"), ("Nokha", "Bikaner", "Rajasthan"), ("Jaipur (Grain)", "Jaipur", "Rajasthan")]),
    ("Arhar (Tur/Red Gram)(Whole)", "Red", "FAQ", 9500,
     [("Latur", "Latur", "Maharashtra"), ("Udgir", "Latur", "Maharashtra"), ("Akola", "Akola", "Maharashtra")]),
    ("Cotton", "Shankar 6 (b) 30mm FIne", "FAQ", 7200,
     [("Rajkot", "Rajkot", "Gujarat"), ("Gondal", "Rajkot", "Gujarat"), ("Amreli", "Amreli", "Gujarat")]),
    ("Turmeric", "Bulb", "FAQ", 13000,
     [("Erode", "Erode", "Tamil Nadu"), ("Gobichettipalayam", "Erode", "Tamil Nadu"), ("Salem", "Salem", "Tamil Nadu")]),
    ("Maize", "Yellow", "FAQ", 2100,
     [("Gulabbagh", "Purnia", "Bihar"), ("Kasba", "Purnia", "Bihar"), ("Khagaria", "Khagaria", "Bihar")]),
]


def records(rng):
    rows = []
    for commodity, variety, grade, level, markets in CROPS:
        # Perishables swing more from day to day than grains.
        swing = 0.03 if commodity in ("Onion", "Potato", "Tomato") else 0.012
        for index, (market, district, state) in enumerate(markets):
            # Each mandi sits a little above or below the level (transport, quality) and its price
            # wanders around that, pulled back a quarter of the way each day: no runaway drift.
            home = level * rng.uniform(0.97, 1.03)
            price = home
            for back in range(DAYS - 1, -1, -1):
                day = END - datetime.timedelta(days=back)
                price += 0.25 * (home - price) + price * rng.uniform(-swing, swing)
                # The demo lot's mandi reports every day; the others miss a day now and then.
                if index > 0 and rng.random() < 0.15:
                    continue
                modal = round(price)
                low = round(modal * rng.uniform(0.90, 0.97))
                high = round(modal * rng.uniform(1.03, 1.09))
                rows.append({
                    "state": state, "district": district, "market": market, "commodity": commodity,
                    "variety": variety, "grade": grade, "arrival_date": day.strftime("%d/%m/%Y"),
                    "min_price": str(low), "max_price": str(high), "modal_price": str(modal),
                })
    return rows


def main():
    rows = records(random.Random(20261120))
    sys.stdout.write('{"index_name": "9ef84268-d588-465a-a308-a864a43d0070", "status": "ok", '
                     '"title": "Current Daily Price of Various Commodities from Various Markets (Mandi) - '
                     'Boli sample, made-up figures", "message": "Resource lists", '
                     f'"total": {len(rows)}, "count": {len(rows)}, "limit": "{len(rows)}", "offset": "0",\n'
                     '"records": [\n')
    sys.stdout.write(",\n".join(json.dumps(row, ensure_ascii=False) for row in rows))
    sys.stdout.write("\n]}\n")


if __name__ == "__main__":
    main()
