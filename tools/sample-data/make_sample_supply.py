#!/usr/bin/env python3
"""Generate the FuelWatch sample supply files (input/supply/supply-2025.csv, supply-2026.csv).

THE DATA ARE ILLUSTRATIVE, NOT MEASURED. Nobody publishes daily tanker arrivals at Bamako by
route; these rows are invented, then calibrated so that what the FuelWatch job computes from them
lands near the figures that were reported (see shared/FACTS.md):

  a) baseline: mean daily total volume over 2025-07-01..2025-08-31 of about 9,200 m3/day, i.e.
     ~200 tankers a day (importers' union via AP: up to ~6,000 tankers a month before the attacks;
     ~46 m3 per tanker, derived from official weekly figures);
  b) cut: the lowest trailing 7-day mean over 2025-09-03..2026-01-31 is ~20% of the baseline,
     a cut of ~80% (BISI, cited by ADF on 13 Jan 2026), and it falls in late October 2025;
  c) Bougouni share: the Bougouni road (CI-RN7) carries ~57% of the Côte d'Ivoire corridor volume
     over 2025-09-03..2026-01-31 (Critical Threats Project, cited by ADF);
  d) 12-18 Jan 2026: exactly 875 tankers and 40,348 m3 (Africanews/APA, 23 Jan 2026);
  e) corridor mix at baseline of about CI 57%, SN 32%, GN 4-5%, MR 5-6%, NE 0; Guinea near zero
     after the Kouremale export ban of 29 Sep 2025; Niger only for the 82-tanker convoy of
     22 Nov 2025; Senegal corridors hit hardest in Sep-Oct.

Deterministic: standard library only, fixed seeds, same output on every run.
Usage: python3 make_sample_supply.py [OUTPUT_DIR]   (default: ../input/supply next to this file)
"""
import csv
import math
import random
import sys
from datetime import date, timedelta
from pathlib import Path

START, END = date(2025, 7, 1), date(2026, 1, 31)
BASELINE = (date(2025, 7, 1), date(2025, 8, 31))
BLOCKADE = (date(2025, 9, 3), date(2026, 1, 31))
TROUGH = (date(2025, 10, 16), date(2025, 10, 29))     # the calibrated worst stretch
JAN_WEEK = (date(2026, 1, 12), date(2026, 1, 18))
TARGET_CUT, TARGET_SHARE = 80.0, 57.0
JAN_WEEK_TANKERS, JAN_WEEK_M3 = 875, 40348
SOURCE = "Illustrative (FuelWatch sample)"

# route -> (corridor, baseline tankers per day); 200 tankers/day in all
ROUTES = {
    "CI-RN7": ("CI", 64), "CI-KAD": ("CI", 30), "CI-SEG": ("CI", 21),
    "SN-RN3": ("SN", 52), "SN-KITA": ("SN", 13),
    "GN-RN5": ("GN", 9), "MR-NIO": ("MR", 11), "NE-NIA": ("NE", 0),
}

def d(s):
    return date.fromisoformat(s)

# Share of each route's baseline flow, as knots joined by straight lines (flat outside the knots).
PROFILES = {
    "CI-RN7": [("2025-09-02", 1.0), ("2025-09-14", 0.95), ("2025-09-30", 0.72), ("2025-10-05", 0.6),
               ("2025-10-07", 0.42), ("2025-10-15", 0.34), ("2025-10-17", 0.24), ("2025-10-29", 0.14),
               ("2025-10-30", 0.12), ("2025-12-07", 0.12), ("2025-12-08", 0.2), ("2025-12-14", 0.22),
               ("2025-12-18", 0.55), ("2025-12-31", 0.6), ("2026-01-31", 0.62)],
    "CI-KAD": [("2025-09-02", 1.0), ("2025-09-14", 0.9), ("2025-09-30", 0.7), ("2025-10-12", 0.6),
               ("2025-10-13", 0.2), ("2025-10-16", 0.15), ("2025-10-17", 0.0), ("2025-11-27", 0.0),
               ("2025-12-07", 0.3), ("2025-12-08", 0.15), ("2025-12-14", 0.2), ("2025-12-20", 0.5),
               ("2026-01-10", 0.65), ("2026-01-31", 0.7)],
    "CI-SEG": [("2025-09-02", 1.0), ("2025-09-30", 0.85), ("2025-10-05", 0.8), ("2025-10-07", 0.6),
               ("2025-10-16", 0.55), ("2025-10-29", 0.45), ("2025-11-03", 0.75), ("2025-12-07", 0.8),
               ("2025-12-08", 0.6), ("2025-12-14", 0.65), ("2025-12-20", 0.9), ("2026-01-31", 0.95)],
    "SN-RN3": [("2025-09-02", 1.0), ("2025-09-04", 0.55), ("2025-09-13", 0.45), ("2025-09-15", 0.18),
               ("2025-10-15", 0.14), ("2025-10-29", 0.08), ("2025-11-05", 0.18), ("2025-11-20", 0.22),
               ("2025-11-25", 0.38), ("2025-12-07", 0.42), ("2025-12-08", 0.28), ("2025-12-14", 0.3),
               ("2025-12-20", 0.45), ("2026-01-28", 0.45), ("2026-01-29", 0.12), ("2026-01-31", 0.15)],
    "SN-KITA": [("2025-09-02", 1.0), ("2025-09-15", 0.75), ("2025-10-10", 0.55), ("2025-10-29", 0.35),
                ("2025-11-10", 0.6), ("2025-12-07", 0.7), ("2025-12-08", 0.55), ("2025-12-14", 0.55),
                ("2025-12-20", 0.75), ("2026-01-31", 0.8)],
    "GN-RN5": [("2025-09-02", 1.0), ("2025-09-28", 1.0), ("2025-09-29", 0.1), ("2025-10-05", 0.03),
               ("2026-01-31", 0.03)],
    "MR-NIO": [("2025-09-02", 1.0), ("2025-09-03", 0.3), ("2025-09-20", 0.1), ("2025-10-10", 0.05),
               ("2025-10-29", 0.03), ("2025-11-20", 0.1), ("2025-12-10", 0.2), ("2026-01-31", 0.35)],
    "NE-NIA": [("2025-07-01", 0.0)],
}
# Whole convoys, added on top of the daily flow (tankers, note).
PULSES = {
    ("2025-09-17", "SN-RN3"): (30, "escorted convoy (30+ tankers and lorries from Senegal)"),
    ("2025-10-10", "CI-RN7"): (170, "escorted convoy, about 300 tankers over two days (date illustrative)"),
    ("2025-10-11", "CI-RN7"): (130, "escorted convoy, second half"),
    ("2025-10-30", "CI-RN7"): (85, "escorted convoy arrival, night of 30 Oct"),
    ("2025-11-06", "CI-RN7"): (170, "escorted convoy"),
    ("2025-11-07", "CI-RN7"): (140, "escorted convoy, second half"),
    ("2025-11-13", "CI-RN7"): (180, "escorted convoy"),
    ("2025-11-14", "CI-RN7"): (150, "escorted convoy, second half"),
    ("2025-11-19", "CI-RN7"): (160, "escorted convoy"),
    ("2025-11-20", "CI-RN7"): (140, "escorted convoy, second half"),
    ("2025-11-22", "NE-NIA"): (82, "Niger convoy arrival: 82 tankers, 21 days and 1,400 km from Niamey"),
    ("2025-11-26", "CI-RN7"): (200, "escorted convoy"),
    ("2025-11-27", "CI-RN7"): (160, "escorted convoy, second half"),
    ("2025-12-02", "CI-RN7"): (180, "escorted convoy"),
    ("2025-12-03", "CI-RN7"): (140, "escorted convoy, second half"),
    ("2025-12-07", "CI-RN7"): (220, "escorted convoy, arrived after the 6 Dec ambush near Bougouni"),
}
NOTES = {
    ("2025-09-29", "GN-RN5"): "Kourémalé export ban from today",
    ("2025-10-17", "CI-KAD"): "road closed after the Kolondiéba–Kadiana attack",
    ("2025-11-28", "CI-KAD"): "traffic resumes after DIRPA clearing operation",
    ("2026-01-29", "SN-RN3"): "convoy attacked between Diboli and Kayes",
}

def days(a, b):
    return [a + timedelta(n) for n in range((b - a).days + 1)]

def profile(route, day):
    knots = [(d(k), v) for k, v in PROFILES[route]]
    if day <= knots[0][0]:
        return knots[0][1]
    for (d0, v0), (d1, v1) in zip(knots, knots[1:]):
        if day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return knots[-1][1]

def draw_noise():
    """One (gauss, uniform) pair per day and route, drawn once so calibration cannot reshuffle them."""
    rng = random.Random(20250903)
    return {(day, r): (rng.gauss(0, 1), rng.random()) for day in days(START, END) for r in ROUTES}

def loads(day, route, n):
    """Per-tanker loads of 42-50 m3, seeded per row so they do not depend on the other rows."""
    rng = random.Random(f"fuelwatch-load|{day.isoformat()}|{route}")
    return [rng.randint(42, 50) for _ in range(n)]

def tankers(noise, s, f):
    """Daily tanker counts per (day, route) for the knobs s (CI detour routes) and f (trough)."""
    out = {}
    for day in days(START, END):
        blockade = day >= BLOCKADE[0]
        sigma = 0.22 if blockade else 0.09
        for r, (_, base) in ROUTES.items():
            z, u = noise[(day, r)]
            e = base * profile(r, day) * math.exp(sigma * z - sigma * sigma / 2)
            if blockade and r in ("CI-KAD", "CI-SEG"):
                e *= s
            if TROUGH[0] <= day <= TROUGH[1]:
                e *= f
            n = math.floor(e) + (1 if u < e - math.floor(e) else 0)
            out[(day, r)] = n + PULSES.get((day.isoformat(), r), (0, ""))[0]
    fix_jan_week(out)
    return out

def fix_jan_week(counts):
    """Scale 12-18 Jan 2026 to exactly the reported 875 tankers (largest-remainder rounding)."""
    cells = [k for k in counts if JAN_WEEK[0] <= k[0] <= JAN_WEEK[1]]
    total = sum(counts[k] for k in cells)
    exact = {k: counts[k] * JAN_WEEK_TANKERS / total for k in cells}
    for k in cells:
        counts[k] = math.floor(exact[k])
    short = JAN_WEEK_TANKERS - sum(counts[k] for k in cells)
    for k in sorted(cells, key=lambda k: (exact[k] - counts[k], k[0], k[1]), reverse=True)[:short]:
        counts[k] += 1

def volumes(counts):
    vol = {k: sum(loads(k[0], k[1], n)) for k, n in counts.items()}
    week = sorted(k for k in vol if JAN_WEEK[0] <= k[0] <= JAN_WEEK[1])
    gap = JAN_WEEK_M3 - sum(vol[k] for k in week)
    while gap:  # nudge loads by 1 m3 per row, keeping each row's mean load inside 42-50
        step = 1 if gap > 0 else -1
        for k in week:
            if gap and counts[k] and 42 * counts[k] <= vol[k] + step <= 50 * counts[k]:
                vol[k] += step
                gap -= step
    return vol

def daily_totals(vol):
    tot = {}
    for (day, _), v in vol.items():
        tot[day] = tot.get(day, 0) + v
    return tot

def measure(vol):
    tot = daily_totals(vol)
    base = sum(tot[x] for x in days(*BASELINE)) / len(days(*BASELINE))
    span = days(*BLOCKADE)
    means = [(sum(tot[x] for x in span[i - 6:i + 1]) / 7, span[i]) for i in range(6, len(span))]
    worst, worst_end = min(means)
    ci = [k for k in vol if ROUTES[k[1]][0] == "CI" and BLOCKADE[0] <= k[0] <= BLOCKADE[1]]
    share = 100 * sum(vol[k] for k in ci if k[1] == "CI-RN7") / sum(vol[k] for k in ci)
    return base, worst, worst_end, 100 * (1 - worst / base), share

def calibrate(noise):
    s = f = 1.0
    for _ in range(100):
        vol = volumes(tankers(noise, s, f))
        base, worst, _, cut, share = measure(vol)
        if abs(cut - TARGET_CUT) < 0.05 and abs(share - TARGET_SHARE) < 0.05:
            break
        f *= (1 - TARGET_CUT / 100) / (worst / base)
        p = share / 100
        s *= (p / (1 - p)) * ((100 - TARGET_SHARE) / TARGET_SHARE)
    return s, f

def write(out_dir, counts, vol):
    out_dir.mkdir(parents=True, exist_ok=True)
    for year in (2025, 2026):
        with open(out_dir / f"supply-{year}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["date", "corridor", "route", "tankers", "volume_m3", "source", "notes"])
            for day in days(START, END):
                if day.year != year:
                    continue
                for r, (corridor, _) in ROUTES.items():
                    key = (day.isoformat(), r)
                    note = PULSES[key][1] if key in PULSES else NOTES.get(key, "")
                    w.writerow([day.isoformat(), corridor, r, counts[(day, r)], vol[(day, r)], SOURCE, note])

def main():
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "input" / "supply"
    noise = draw_noise()
    s, f = calibrate(noise)
    counts = tankers(noise, s, f)
    vol = volumes(counts)
    base, worst, worst_end, cut, share = measure(vol)
    write(out_dir, counts, vol)
    print(f"knobs s={s:.4f} f={f:.4f}")
    print(f"baseline {base:.1f} m3/day; worst 7-day mean {worst:.1f} ending {worst_end}; "
          f"cut {cut:.2f}%; Bougouni share {share:.2f}%")

if __name__ == "__main__":
    main()
