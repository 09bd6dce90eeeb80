"""Prints p50/p95/p99 and pages/s per request kind from a Gatling report's js/stats.js (bench/storefront)."""
import json
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
body = text[text.index("{"):text.index("\nfunction ")].strip().rstrip(";")
body = re.sub(r'^(\s*)([A-Za-z_][A-Za-z0-9_]*):', r'\1"\2":', body, flags=re.M)
data = json.loads(body)


def line(name, s):
    def value(key):
        return s[key]["total"]
    print(f"{name:22s} requests {value('numberOfRequests'):>7}  failed {s['numberOfRequests']['ko']:>5}"
          f"  p50 {value('percentiles1'):>6} ms  p95 {value('percentiles3'):>6} ms"
          f"  p99 {value('percentiles4'):>6} ms  {float(value('meanNumberOfRequestsPerSecond')):>8.1f} pages/s")


line("all pages", data["stats"])
for c in data["contents"].values():
    line(c["name"], c["stats"])
