#!/usr/bin/env python3
"""Writes a new national division (vintage 2025) for the workspace of the import benchmark,
and the crosswalk 2024 -> 2025 that maps the benchmark's regions onto it (docs/benchmarks.md,
"Harmonisation").

The import benchmark's extract (generate_import_extract.py) has 340 gemeenten x 9 wijken x
5 buurten, squares in RD New, all of vintage 2024. The 2025 division redraws part of it:

- in every gemeente, buurt 01 of wijk 01 is split into two halves (new codes ..0106 and
  ..0107, addresses 60 : 40), and buurten 04 and 05 of wijk 02 merge into ..0206;
- in every tenth gemeente, wijken 08 and 09 merge into wijk 10, whose ten buurten are the
  old ones under new codes (BU....1001-1010, one to one);
- gemeenten 339 and 340 merge into GM0341: every wijk and buurt of both gets a new code
  (wijken 01-18, one to one).

Everything else is unchanged and is not named in the crosswalk file (the contract's
"absent from the file and present in the to-division: unchanged"), as in a national
VNG matrix restricted to the changes. The crosswalk's weight is addresses (synthetic).

The extract of the new division holds its regions (vintage 2025) and no observations:
importing it adds the division and nothing else. `--division 2025` then moves every one
of the benchmark's 18.7 M observations (2015-2024, all on the 2024 division) onto it.

usage: generate_division_extract.py OUT_DIR CROSSWALK.csv [--gemeenten 340]
"""
import argparse
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("crosswalk")
parser.add_argument("--gemeenten", type=int, default=340)
parser.add_argument("--indicators", type=int, default=100)
args = parser.parse_args()
assert args.gemeenten % 2 == 0 and args.gemeenten >= 20, "an even number of gemeenten, >= 20"
os.makedirs(args.out, exist_ok=True)
random.seed(2025)

B = 200.0
features = []
pairs = []  # (from, to, weight)


def square(x0, y0, w, h):
    return {"type": "Polygon",
            "coordinates": [[[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]]]}


def feature(code, name, level, parent, geometry):
    features.append({"type": "Feature", "geometry": geometry,
                     "properties": {"code": code, "name": name, "level": level,
                                    "parent": parent, "vintage": 2025}})


def addresses():
    return random.randint(200, 2000)


G = args.gemeenten
merged_gm = "GM%04d" % (G + 1)
merged_wijk_count = 0
for g in range(G):
    gx, gy = 13000 + (g % 20) * 5 * B, 306000 + (g // 20) * 9 * B
    old_gm = "GM%04d" % (g + 1)
    in_merger = g >= G - 2
    gm = merged_gm if in_merger else old_gm
    if not in_merger:
        feature(gm, "Gemeente %d" % (g + 1), "gemeente", None, square(gx, gy, 5 * B, 9 * B))
    elif g == G - 2:
        # The two old gemeenten lie side by side in one row of the grid (G - 2 is even).
        feature(gm, "Gemeente %d" % (G + 1), "gemeente", None, square(gx, gy, 10 * B, 9 * B))
    if in_merger:
        pairs.append((old_gm, gm, addresses() * 45))
    wijk_merge = (g % 10 == 0) and not in_merger
    for w in range(9):
        old_wk = "WK%04d%02d" % (g + 1, w + 1)
        if in_merger:
            merged_wijk_count += 1
            wk = "WK%s%02d" % (gm[2:], merged_wijk_count)
        elif wijk_merge and w >= 7:
            wk = "WK%s10" % gm[2:]
        else:
            wk = old_wk
        if in_merger:
            feature(wk, "Wijk %02d" % merged_wijk_count, "wijk", gm,
                    square(gx, gy + w * B, 5 * B, B))
        elif wijk_merge and w == 7:
            feature(wk, "Wijk 10", "wijk", gm, square(gx, gy + 7 * B, 5 * B, 2 * B))
        elif not (wijk_merge and w == 8):
            feature(wk, "Wijk %02d" % (w + 1), "wijk", gm, square(gx, gy + w * B, 5 * B, B))
        if wk != old_wk:
            pairs.append((old_wk, wk, addresses() * 5))
        for b in range(5):
            old_bu = "BU%04d%02d%02d" % (g + 1, w + 1, b + 1)
            x0, y0 = gx + b * B, gy + w * B
            if in_merger or (wijk_merge and w >= 7):
                number = b + 1 + (5 * (w - 7) if wijk_merge else 0)
                bu = "BU%s%02d" % (wk[2:], number)
                feature(bu, "Buurt %02d" % number, "buurt", wk, square(x0, y0, B, B))
                pairs.append((old_bu, bu, addresses()))
            elif w == 0 and b == 0:
                # split into a western 60 % and an eastern 40 %
                west, east = "BU%s06" % wk[2:], "BU%s07" % wk[2:]
                feature(west, "Buurt 06", "buurt", wk, square(x0, y0, 0.6 * B, B))
                feature(east, "Buurt 07", "buurt", wk, square(x0 + 0.6 * B, y0, 0.4 * B, B))
                n = addresses()
                pairs.append((old_bu, west, round(n * 0.6)))
                pairs.append((old_bu, east, n - round(n * 0.6)))
            elif w == 1 and b >= 3:
                merged = "BU%s06" % wk[2:]
                if b == 3:
                    feature(merged, "Buurt 06", "buurt", wk, square(x0, y0, 2 * B, B))
                pairs.append((old_bu, merged, addresses()))
            else:
                feature(old_bu, "Buurt %02d" % (b + 1), "buurt", wk, square(x0, y0, B, B))

with open(os.path.join(args.out, "regions.geojson"), "w") as f:
    json.dump({"type": "FeatureCollection",
               "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
               "features": features}, f)
# The catalogue of the benchmark extract (the same indicators, so the import adds none).
kinds = ["count"] * 60 + ["value"] * 40
with open(os.path.join(args.out, "indicators.csv"), "w") as f:
    f.write("code,name,theme,unit,kind\n")
    for i in range(args.indicators):
        kind = kinds[i % len(kinds)]
        f.write("ind_%03d,Indicator %d,Thema %d,%s,%s\n"
                % (i, i, i % 8, "count" if kind == "count" else "score", kind))
with open(os.path.join(args.out, "observations.csv"), "w") as f:
    f.write("region,indicator,period,value,status\n")
with open(os.path.join(args.out, "manifest.json"), "w") as f:
    json.dump({"format": "wijkmonitor-extract", "format_version": 1,
               "extract_id": "bench-division-2025", "created": "2025-06-01T09:30:00Z",
               "publisher": "benchmark", "municipality": {"code": "GM0001", "name": "Nederland"}},
              f, indent=2)
with open(args.crosswalk, "w") as f:
    f.write("from_code,to_code,weight,from_year,to_year\n")
    for a, b, w in pairs:
        f.write("%s,%s,%d,2024,2025\n" % (a, b, w))
changed = sum(1 for p in pairs)
print("wrote %d regions of the 2025 division to %s and %d crosswalk pairs to %s"
      % (len(features), args.out, changed, args.crosswalk))
