"""Reads downloaded files as a researcher would, with each tool's default settings, and prints what it saw as JSON.

Usage: read_downloads.py csv FILE... | feed FILE...
"""
import csv
import json
import sys


def read_csv(path):
    # Default settings on purpose: no encoding, no skiprows, no comment character.
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    import pandas

    frame = pandas.read_csv(path)
    return {
        "csv": {"header": rows[0], "rows": len(rows) - 1},
        "pandas": {
            "columns": list(frame.columns),
            "rows": int(frame.shape[0]),
            "dtypes": {column: str(dtype) for column, dtype in frame.dtypes.items()},
            "zeros": {column: int((frame[column] == 0).sum()) for column in frame.columns if frame[column].dtype.kind in "if"},
            "missing": {column: int(frame[column].isna().sum()) for column in frame.columns},
        },
    }


def read_feed(path):
    import feedparser

    parsed = feedparser.parse(path)
    return {
        "bozo": bool(parsed.bozo),
        "problem": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "title": parsed.feed.get("title"),
        "links": [{"rel": link.get("rel"), "href": link.get("href")} for link in parsed.feed.get("links", [])],
        "entries": [{"id": entry.get("id"), "title": entry.get("title"), "link": entry.get("link"), "updated": entry.get("updated")} for entry in parsed.entries],
    }


if __name__ == "__main__":
    kind, paths = sys.argv[1], sys.argv[2:]
    reader = {"csv": read_csv, "feed": read_feed}[kind]
    print(json.dumps({path: reader(path) for path in paths}))
