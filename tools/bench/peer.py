#!/usr/bin/env python3
"""The analyst's version of FuelWatch, for the benchmark to time beside the job (README, "Scale and speed").

Reads an input folder's incident and supply CSVs with pandas, counts incidents and tankers destroyed per corridor and
week and sums fuel per day, draws three raster charts with matplotlib and writes a short PDF with reportlab:

    tools/bench/peer.py INPUT_FOLDER OUTPUT_FOLDER

It prints one line per stage with its seconds, then "PEER seconds=<s> pdf_bytes=<n>". Its libraries come from
Debian's packages (python3-pandas, python3-matplotlib, python3-reportlab) for /usr/bin/python3, which it runs under;
missing ones are installed with apt-get.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import time

PACKAGES = {"pandas": "python3-pandas", "matplotlib": "python3-matplotlib", "reportlab": "python3-reportlab"}


SYSTEM_PYTHON = "/usr/bin/python3"


def ensure_packages():
    missing = [deb for module, deb in PACKAGES.items() if importlib.util.find_spec(module) is None]
    if not missing:
        return
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
        # Debian's packages are for Debian's Python: run there instead of a pyenv or venv interpreter
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    if shutil.which("apt-get") is None:
        sys.exit("peer.py needs " + ", ".join(missing) + " and there is no apt-get to install them")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("installing " + " ".join(missing), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(sudo + ["apt-get", "install", "-y", "-q"] + missing, env=env).returncode != 0:
        subprocess.run(sudo + ["apt-get", "update", "-q"], env=env, check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-q"] + missing, env=env, check=True)


def read(folder):
    import pandas as pd
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".csv"))
    return pd.concat([pd.read_csv(f) for f in files], ignore_index=True)


def main(input_folder, output_folder):
    ensure_packages()
    started = time.monotonic()
    stage = [started]

    def done(name):
        now = time.monotonic()
        print(f"{name} {now - stage[0]:.2f} s", flush=True)
        stage[0] = now

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas
    done("import")

    incidents = read(os.path.join(input_folder, "incidents"))
    supply = read(os.path.join(input_folder, "supply"))
    done("read")

    incidents["date"] = pd.to_datetime(incidents["date"])
    supply["date"] = pd.to_datetime(supply["date"])
    incidents["week"] = incidents["date"].dt.to_period("W-SUN").dt.start_time
    weekly = incidents.groupby(["week", "corridor"]).agg(incidents=("incident_id", "size"),
                                                        destroyed=("tankers_destroyed", "sum")).reset_index()
    daily = supply.groupby("date")["volume_m3"].sum()
    done("aggregate")

    os.makedirs(output_folder, exist_ok=True)
    charts = []
    for name, frame, title in (("weekly-incidents", weekly.pivot(index="week", columns="corridor",
                                                                  values="incidents").fillna(0),
                                "Incidents per week by corridor"),
                               ("weekly-destroyed", weekly.pivot(index="week", columns="corridor",
                                                                  values="destroyed").fillna(0),
                                "Tankers destroyed per week by corridor")):
        ax = frame.plot.bar(stacked=True, figsize=(9, 4), width=0.9)
        ax.set_title(title)
        ax.set_xticklabels([d.strftime("%d %b %y") for d in frame.index], fontsize=6)
        path = os.path.join(output_folder, name + ".png")
        plt.tight_layout()
        plt.savefig(path, dpi=110)
        plt.close("all")
        charts.append(path)
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.bar(daily.index, daily.values, width=1.0)
    ax.plot(daily.index, daily.rolling(7).mean().values, color="black")
    ax.set_title("Fuel reaching Bamako, m3 per day, with its 7-day mean")
    path = os.path.join(output_folder, "daily-supply.png")
    plt.tight_layout()
    plt.savefig(path, dpi=110)
    plt.close("all")
    charts.append(path)
    done("charts")

    pdf = os.path.join(output_folder, "peer-briefing.pdf")
    page = canvas.Canvas(pdf, pagesize=A4)
    width, height = A4
    page.setFont("Helvetica-Bold", 16)
    page.drawString(2 * cm, height - 2 * cm, "Fuel supply to Bamako (peer script)")
    page.setFont("Helvetica", 10)
    page.drawString(2 * cm, height - 2.7 * cm, f"{len(incidents):,} incidents, {int(incidents['tankers_destroyed'].sum()):,}"
                    f" tankers destroyed, {len(supply):,} supply rows")
    y = height - 3.2 * cm
    for i, chart in enumerate(charts):
        if i == 2:
            page.showPage()
            y = height - 2 * cm
        page.drawImage(chart, 2 * cm, y - 8 * cm, width=17 * cm, height=7.6 * cm)
        y -= 8.5 * cm
    page.save()
    done("pdf")
    print(f"PEER seconds={time.monotonic() - started:.2f} pdf_bytes={os.path.getsize(pdf)}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
