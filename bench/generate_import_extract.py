#!/usr/bin/env python3
"""Writes a national-scale Wijkmonitor extract for the import benchmark.

340 gemeenten x 9 wijken x 5 buurten = 18,700 regions (square buurten on a grid in RD New,
declared in the GeoJSON), 100 indicators, 10 years: 18.7 million observation rows, sorted
by region, indicator, period (the order a long table from a pivot usually has).

usage: generate_import_extract.py OUT_DIR [--regions-scale N] [--indicators N] [--years N]
"""
import argparse
import json
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--gemeenten", type=int, default=340)
parser.add_argument("--indicators", type=int, default=100)
parser.add_argument("--years", type=int, default=10)
args = parser.parse_args()
os.makedirs(args.out, exist_ok=True)
random.seed(42)

B = 200.0  # buurt side in metres
features = []
codes = []


def square(x0, y0, w, h):
    return {"type": "Polygon",
            "coordinates": [[[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]]]}


def feature(code, name, level, parent, geometry):
    features.append({"type": "Feature", "geometry": geometry,
                     "properties": {"code": code, "name": name, "level": level,
                                    "parent": parent}})
    codes.append(code)


for g in range(args.gemeenten):
    gx, gy = 13000 + (g % 20) * 5 * B, 306000 + (g // 20) * 9 * B
    gm = "GM%04d" % (g + 1)
    feature(gm, "Gemeente %d" % (g + 1), "gemeente", None, square(gx, gy, 5 * B, 9 * B))
    for w in range(9):
        wk = "WK%04d%02d" % (g + 1, w + 1)
        feature(wk, "Wijk %02d" % (w + 1), "wijk", gm, square(gx, gy + w * B, 5 * B, B))
        for b in range(5):
            bu = "BU%04d%02d%02d" % (g + 1, w + 1, b + 1)
            feature(bu, "Buurt %02d" % (b + 1), "buurt", wk, square(gx + b * B, gy + w * B, B, B))

with open(os.path.join(args.out, "regions.geojson"), "w") as f:
    json.dump({"type": "FeatureCollection",
               "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
               "features": features}, f)

kinds = ["count"] * 60 + ["value"] * 40
with open(os.path.join(args.out, "indicators.csv"), "w") as f:
    f.write("code,name,theme,unit,kind\n")
    for i in range(args.indicators):
        kind = kinds[i % len(kinds)]
        f.write("ind_%03d,Indicator %d,Thema %d,%s,%s\n"
                % (i, i, i % 8, "count" if kind == "count" else "score", kind))

years = list(range(2024 - args.years + 1, 2025))
with open(os.path.join(args.out, "observations.csv"), "w", buffering=1 << 22) as f:
    f.write("region,indicator,period,value,status\n")
    values = ["%d" % random.randint(0, 5000) for _ in range(997)] + \
             ["%.1f" % random.uniform(0, 100) for _ in range(997)] + [""]
    k = 0
    for code in codes:
        lines = []
        for i in range(args.indicators):
            prefix = "%s,ind_%03d," % (code, i)
            for y in years:
                k += 1
                lines.append("%s%d,%s,\n" % (prefix, y, values[k % len(values)]))
        f.write("".join(lines))

with open(os.path.join(args.out, "manifest.json"), "w") as f:
    json.dump({"format": "wijkmonitor-extract", "format_version": 1,
               "extract_id": "bench-national-001", "created": "2025-03-01T09:30:00Z",
               "publisher": "benchmark", "municipality": {"code": "GM0001", "name": "Nederland"}},
              f, indent=2)
print("wrote %d regions, %d indicators, %d observations to %s"
      % (len(codes), args.indicators, k, args.out))
