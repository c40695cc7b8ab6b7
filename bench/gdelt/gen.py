#!/usr/bin/env python3
"""GDELT 2.0 event lines for benchmarks: seeded, 61 tab-separated columns, shaped like the feed.

    python3 bench/gdelt/gen.py LINES [--seed N] > events.tsv

- GlobalEventIDs rise from 1,100,000,000, as the feed's do;
- SQLDATE: the event's date, 95 % within the last 90 days before 2023-12-31, 5 % older (up to
  three years), so that one stretch of the feed touches many months, as GDELT's does;
- 2,000 actors (country codes, governments, named groups), Actor2 empty on 10 % of rows;
- EventCode drawn from the feed's mix: about one row in ten accusation-like (111, 112x, 114),
  a few denials (016, 12x) and threats (13x), the rest cooperation and comment codes the
  importer leaves out;
- one SOURCEURL per ~4 events.
"""
import random
import sys
from datetime import date, timedelta

def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    lines = int(args[0])
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 15
    rng = random.Random(seed)
    end = date(2023, 12, 31)
    codes = (["1123"] * 4 + ["112"] * 3 + ["111", "114", "1121"] + ["016", "120", "125"]
             + ["138", "130"] + ["042", "043", "051", "057", "036", "010", "020", "040", "046"] * 8)
    actors = []
    for i in range(2000):
        country = f"C{i % 190:02d}"[:3]
        if i < 190:
            actors.append((country, f"COUNTRY {i}", country, ""))
        elif i < 1000:
            actors.append((country + "GOV", f"GOVERNMENT OF {i % 190}", country, "GOV"))
        else:
            actors.append((country + "REB", f"GROUP {i}", country, "REB"))
    out = sys.stdout
    buf = []
    url = 0
    for n in range(lines):
        if rng.random() < 0.95:
            d = end - timedelta(days=rng.randrange(90))
        else:
            d = end - timedelta(days=90 + rng.randrange(1000))
        a1 = actors[min(int(rng.paretovariate(1.2)) - 1, 1999)]
        a2 = actors[rng.randrange(2000)] if rng.random() < 0.9 else ("", "", "", "")
        code = rng.choice(codes)
        if rng.random() < 0.25:
            url += 1
        cols = [""] * 61
        cols[0] = str(1_100_000_000 + n)
        cols[1] = d.strftime("%Y%m%d")
        cols[2] = d.strftime("%Y%m")
        cols[3] = d.strftime("%Y")
        cols[5], cols[6], cols[7], cols[12] = a1
        cols[15], cols[16], cols[17], cols[22] = a2
        cols[26] = code
        cols[27] = code[:3]
        cols[28] = code[:2]
        cols[29] = "3"
        cols[30] = "-2.0"
        cols[34] = "-4.1"
        cols[59] = "20231231143000"
        cols[60] = f"https://news.example.org/{d.isoformat()}/story-{url}"
        buf.append("\t".join(cols))
        if len(buf) == 10000:
            out.write("\n".join(buf) + "\n")
            buf = []
    if buf:
        out.write("\n".join(buf) + "\n")

if __name__ == "__main__":
    main()
