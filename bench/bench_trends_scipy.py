#!/usr/bin/env python3
"""The scipy side of bench_trends: the same series, one at a time, as an analyst would.

Reads a CSV of series (id,t,x with ';'-separated years and values), runs
scipy.stats.kendalltau, theilslopes and linregress on each in a Python loop and
prints one JSON object: seconds spent and the slopes (to check agreement).
"""
import json
import sys
import time

import numpy as np
from scipy import stats


def main(path):
    series = []
    with open(path, encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            ident, t, x = line.rstrip("\n").split(",")
            series.append((ident, np.array([float(v) for v in t.split(";")]),
                           np.array([float(v) for v in x.split(";")])))
    sen, ols, tau = [], [], []
    start = time.perf_counter()
    for _, t, x in series:
        k = stats.kendalltau(t, x)
        s = stats.theilslopes(x, t, 0.95)
        r = stats.linregress(t, x)
        tau.append(k.statistic)
        sen.append(s.slope)
        ols.append(r.slope)
    seconds = time.perf_counter() - start
    json.dump({"series": len(series), "seconds": seconds, "sen": sen, "ols": ols,
               "scipy": __import__("scipy").__version__}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
