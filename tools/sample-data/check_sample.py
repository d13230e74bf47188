#!/usr/bin/env python3
"""Check the FuelWatch sample input (illustrative data) and print the figures it is calibrated to.

Usage: python3 check_sample.py [INPUT_DIR]   (default: ../input next to this file)
Standard library only. Exit status 1 if any check fails.
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

IN = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "input"
HEADERS = {
    "incidents": "incident_id,date,corridor,route,location,latitude,longitude,type,tankers_attacked,"
                 "tankers_destroyed,fatalities,actor,source,source_url,notes",
    "supply": "date,corridor,route,tankers,volume_m3,source,notes",
    "events": "event_id,date,end_date,category,title,description,person,marker,location,source,source_url",
    "claims": "claim_id,measure,value,unit,period_start,period_end,claim_text,source,source_date,source_url,basis",
    "corridors": "corridor,name,origin_country,gateway,colour",
    "routes": "route,corridor,name,road,via",
    "waypoints": "route,seq,town,country,latitude,longitude",
    "outlines": "country,seq,latitude,longitude",
}
INCIDENT_TYPES = {"convoy_attack", "ambush", "arson", "abduction", "other"}
CATEGORIES = {"blockade", "announcement", "appointment", "operation", "measure", "diplomacy",
              "convoy", "publication", "biography"}
UNITS = {"pct", "tankers", "m3", "tankers_per_month"}
MEASURES = {"supply_cut_pct", "bougouni_share_of_ci_pct", "tankers_destroyed", "tankers_delivered",
            "volume_delivered_m3", "baseline_tankers_per_month"}
COUNTRIES = {"CI", "SN", "GN", "MR", "NE", "BF", "ML"}
BASELINE = (date(2025, 7, 1), date(2025, 8, 31))
BLOCKADE = (date(2025, 9, 3), date(2026, 1, 31))
JAN_WEEK = (date(2026, 1, 12), date(2026, 1, 18))

errors = []
counts = {}

def fail(msg):
    errors.append(msg)

def read(rel, kind):
    path = IN / rel
    raw = path.read_bytes()
    if b"\r" in raw:
        fail(f"{rel}: CR characters found (LF line ends expected)")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if not rows or ",".join(rows[0]) != HEADERS[kind]:
        fail(f"{rel}: header is {rows[0] if rows else None}")
    out = []
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(rows[0]):
            fail(f"{rel}:{n}: {len(r)} fields, expected {len(rows[0])}")
            continue
        out.append(dict(zip(rows[0], r)))
    counts[rel] = len(out)
    return out

def day(s, where, empty_ok=False):
    if empty_ok and s == "":
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError
        return date.fromisoformat(s)
    except ValueError:
        fail(f"{where}: bad date {s!r}")
        return None

def whole(s, where):
    if not re.fullmatch(r"\d+", s):
        fail(f"{where}: not a whole non-negative number: {s!r}")
        return 0
    return int(s)

def unique(rows, key, where):
    dup = [k for k, c in Counter(key(r) for r in rows).items() if c > 1]
    if dup:
        fail(f"{where}: duplicate keys {dup[:5]}")

def days(a, b):
    return [a + timedelta(n) for n in range((b - a).days + 1)]

# ---- reference
corridors = read("reference/corridors.csv", "corridors")
routes = read("reference/routes.csv", "routes")
waypoints = read("reference/waypoints.csv", "waypoints")
outlines = read("reference/outlines.csv", "outlines")
mali = [r for r in outlines if r["country"] == "ML"]
neigh = [r for r in outlines if r["country"] != "ML"]
unique(corridors, lambda r: r["corridor"], "corridors")
unique(routes, lambda r: r["route"], "routes")
unique(waypoints, lambda r: (r["route"], r["seq"]), "waypoints")
unique(outlines, lambda r: (r["country"], r["seq"]), "outlines")
CORR = {r["corridor"] for r in corridors}
ROUTE_CORR = {r["route"]: r["corridor"] for r in routes}
for r in corridors:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", r["colour"]):
        fail(f"corridors {r['corridor']}: bad colour {r['colour']}")
for r in routes:
    if r["corridor"] not in CORR:
        fail(f"routes {r['route']}: unknown corridor {r['corridor']}")
for r in waypoints:
    if r["route"] not in ROUTE_CORR:
        fail(f"waypoints: unknown route {r['route']}")
    if r["country"] not in COUNTRIES:
        fail(f"waypoints {r['route']}/{r['seq']}: unknown country {r['country']}")
for rel, rows in (("mali-outline", mali), ("neighbours-outline", neigh), ("waypoints", waypoints)):
    for r in rows:
        la, lo = float(r["latitude"]), float(r["longitude"])
        if not (-5 <= la <= 30 and -20 <= lo <= 20):
            fail(f"{rel}: coordinate out of the region: {la},{lo}")
ring = [(float(r["longitude"]), float(r["latitude"])) for r in sorted(mali, key=lambda r: int(r["seq"]))]
signed = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1])) / 2
if signed >= 0:
    fail("mali-outline is not clockwise")

def check_codes(rows, where):
    for r in rows:
        if r["route"] not in ROUTE_CORR:
            fail(f"{where}: unknown route {r['route']}")
        elif ROUTE_CORR[r["route"]] != r["corridor"]:
            fail(f"{where}: route {r['route']} is not on corridor {r['corridor']}")
        if r["corridor"] not in CORR:
            fail(f"{where}: unknown corridor {r['corridor']}")

# ---- incidents
incidents = []
for y in (2025, 2026):
    rel = f"incidents/incidents-{y}.csv"
    rows = read(rel, "incidents")
    for r in rows:
        d = day(r["date"], f"{rel} {r['incident_id']}")
        if d and d.year != y:
            fail(f"{rel} {r['incident_id']}: date {d} in the wrong year file")
        if d and not re.fullmatch(rf"INC-{d.year}-{d:%m%d}-\d\d", r["incident_id"]):
            fail(f"{rel}: id {r['incident_id']} does not match its date")
        if r["type"] not in INCIDENT_TYPES:
            fail(f"{rel} {r['incident_id']}: bad type {r['type']}")
        a = whole(r["tankers_attacked"], r["incident_id"])
        k = whole(r["tankers_destroyed"], r["incident_id"])
        whole(r["fatalities"], r["incident_id"])
        if k > a:
            fail(f"{r['incident_id']}: tankers_destroyed {k} > tankers_attacked {a}")
        la, lo = float(r["latitude"]), float(r["longitude"])
        if not (9 <= la <= 26 and -13 <= lo <= 5):
            fail(f"{r['incident_id']}: coordinates outside the map: {la},{lo}")
        r["_date"], r["_destroyed"] = d, k
    check_codes(rows, rel)
    incidents += rows
unique(incidents, lambda r: r["incident_id"], "incidents")

# ---- supply
supply = []
for y in (2025, 2026):
    rel = f"supply/supply-{y}.csv"
    rows = read(rel, "supply")
    for r in rows:
        d = day(r["date"], rel)
        if d and d.year != y:
            fail(f"{rel}: date {d} in the wrong year file")
        t, v = whole(r["tankers"], f"{rel} {r['date']} {r['route']}"), whole(r["volume_m3"], f"{rel} {r['date']}")
        if (t == 0) != (v == 0) or (t and not 42 * t <= v <= 50 * t):
            fail(f"{rel} {r['date']} {r['route']}: {v} m3 for {t} tankers")
        r["_date"], r["_t"], r["_v"] = d, t, v
    check_codes(rows, rel)
    supply += rows
unique(supply, lambda r: (r["date"], r["route"]), "supply (date, route)")
have = {(r["_date"], r["route"]) for r in supply}
missing = [(d, rt) for d in days(BASELINE[0], BLOCKADE[1]) for rt in ROUTE_CORR if (d, rt) not in have]
if missing:
    fail(f"supply: {len(missing)} missing (date, route) rows, e.g. {missing[:3]}")

# ---- events and claims
events = read("events/events.csv", "events")
unique(events, lambda r: r["event_id"], "events")
for r in events:
    d, e = day(r["date"], r["event_id"]), day(r["end_date"], r["event_id"], empty_ok=True)
    if d and not re.fullmatch(rf"EVT-{d.year}-{d:%m%d}-\d\d", r["event_id"]):
        fail(f"events: id {r['event_id']} does not match its date")
    if d and e and e < d:
        fail(f"{r['event_id']}: end_date before date")
    if r["category"] not in CATEGORIES:
        fail(f"{r['event_id']}: bad category {r['category']}")
    if len(r["marker"]) > 24:
        fail(f"{r['event_id']}: marker longer than 24 characters")
claims = read("claims/claims.csv", "claims")
unique(claims, lambda r: r["claim_id"], "claims")
for r in claims:
    if r["measure"] not in MEASURES or r["unit"] not in UNITS:
        fail(f"{r['claim_id']}: bad measure or unit")
    if not re.fullmatch(r"\d+(\.\d+)?", r["value"]):
        fail(f"{r['claim_id']}: value {r['value']!r} is not a plain decimal")
    for f in ("period_start", "period_end"):
        day(r[f], r["claim_id"], empty_ok=True)
    day(r["source_date"], r["claim_id"])

# ---- figures
total = defaultdict(int)
for r in supply:
    total[r["_date"]] += r["_v"]
base_days = days(*BASELINE)
baseline = sum(total[d] for d in base_days) / len(base_days)
span = days(*BLOCKADE)
worst, worst_end = min((sum(total[d] for d in span[i - 6:i + 1]) / 7, span[i]) for i in range(6, len(span)))
cut = 100 * (1 - worst / baseline)
ci = [r for r in supply if r["corridor"] == "CI" and BLOCKADE[0] <= r["_date"] <= BLOCKADE[1]]
share = 100 * sum(r["_v"] for r in ci if r["route"] == "CI-RN7") / sum(r["_v"] for r in ci)
week = [r for r in supply if JAN_WEEK[0] <= r["_date"] <= JAN_WEEK[1]]
week_t, week_v = sum(r["_t"] for r in week), sum(r["_v"] for r in week)
base_rows = [r for r in supply if BASELINE[0] <= r["_date"] <= BASELINE[1]]
base_tankers_month = sum(r["_t"] for r in base_rows) / len(base_days) * 30
mix = Counter()
for r in base_rows:
    mix[r["corridor"]] += r["_v"]
jan = [d for d in span if d.year == 2026]
jan_mean = sum(total[d] for d in jan) / len(jan)

def destroyed(a, b):
    return sum(r["_destroyed"] for r in incidents if r["_date"] and (a is None or r["_date"] >= a) and r["_date"] <= b)

print("FuelWatch sample input check (illustrative data, calibrated to reported figures)")
print(f"  baseline 2025-07-01..2025-08-31: {baseline:,.1f} m3/day "
      f"({sum(r['_t'] for r in base_rows) / len(base_days):.1f} tankers/day)")
print(f"  worst trailing 7-day mean: {worst:,.1f} m3/day, window ending {worst_end}")
print(f"  cut: {cut:.2f}%   (target 78-82)")
print(f"  Bougouni share of CI, 2025-09-03..2026-01-31: {share:.2f}%   (target 56-58)")
print(f"  week 2026-01-12..18: {week_t} tankers, {week_v:,} m3   (reported 875 / 40,348)")
print(f"  January 2026 mean: {jan_mean:,.0f} m3/day ({100 * jan_mean / baseline:.1f}% of baseline)")
print("  baseline corridor mix: " + ", ".join(f"{c} {100 * v / sum(mix.values()):.1f}%" for c, v in sorted(mix.items())))
print(f"  tankers destroyed, cumulative to 2025-12-03: {destroyed(None, date(2025, 12, 3))}; "
      f"to 2026-01-31: {destroyed(None, date(2026, 1, 31))}")
print("  claims beside computed:")
for r in claims:
    a, b = day(r["period_start"], "", True), day(r["period_end"], "", True)
    m = r["measure"]
    got = {"supply_cut_pct": f"{cut:.1f}", "bougouni_share_of_ci_pct": f"{share:.1f}",
           "tankers_destroyed": str(destroyed(a, b)) if b else "-",
           "tankers_delivered": str(week_t) if (a, b) == JAN_WEEK else "-",
           "volume_delivered_m3": str(week_v) if (a, b) == JAN_WEEK else "-",
           "baseline_tankers_per_month": f"{base_tankers_month:.0f}"}[m]
    print(f"    {r['claim_id']} {m:<27} {r['period_start'] or '-':>10}..{r['period_end'] or '-':<10} "
          f"claimed {r['value']:>8}  computed {got}")
print("  rows per file:")
for rel, n in counts.items():
    print(f"    {rel:<36} {n:>5}")
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors[:50]:
        print("  - " + e)
    sys.exit(1)
print("All checks passed.")
