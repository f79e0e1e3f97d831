#!/usr/bin/env python3
"""Reads wapiti's JSON report and sorts each finding into a documented false positive or a finding.

Python rather than Java because wapiti is Python: wherever wapiti runs, this does. The false positives are listed in
docs/security.md ("What the scanners report"), each with the reason it is false; anything else fails the scan.
"""
import json
import sys

# (category, test on the finding, why it is not a weakness in Liberta)
FALSE_POSITIVES = [
    ("Cross Site Request Forgery",
     lambda f: "jakarta.faces.ViewState" in f.get("http_request", ""),
     "a JSF postback: its jakarta.faces.ViewState is a server-side view id bound to the session, which a forged "
     "form cannot know (docs/security.md item 10); wapiti knows only its own list of token names"),
    ("HTTP Secure Headers",
     lambda f: "X-XSS-Protection" in f.get("info", ""),
     "X-XSS-Protection is deprecated and can introduce leaks in old browsers; the Content-Security-Policy with "
     "nonces does its job (item 12)"),
    ("HTTP Secure Headers",
     lambda f: "Strict-Transport-Security" in f.get("info", ""),
     "the scan runs over plain HTTP on loopback; HSTS is sent whenever the request came over TLS (item 6)"),
    ("Secure Flag cookie",
     lambda f: True,
     "the scan runs over plain HTTP on loopback; Liberta's own cookies are Secure whenever the request came over TLS "
     "(item 6), and Mojarra's flash cookie (csfcfc) holds only the id of the next page's one-time message"),
]


def main(path):
    try:
        with open(path, encoding="utf-8") as report:
            data = json.load(report)
    except (OSError, ValueError) as e:
        print(f"wapiti: no report to read ({e}); its output is beside the report path")
        return 1
    unexplained = 0
    explained = {}
    for section in ("vulnerabilities", "anomalies"):
        for category, findings in sorted(data.get(section, {}).items()):
            for finding in findings:
                where = f"{finding.get('method', '')} {finding.get('path', '')} {finding.get('parameter', '')}".strip()
                reason = next((why for name, test, why in FALSE_POSITIVES if name == category and test(finding)), None)
                if reason:
                    explained.setdefault((category, reason), set()).add(finding.get("path", ""))
                else:
                    unexplained += 1
                    print(f"wapiti {category}: {where}: FINDING {finding.get('info', '')}")
    for (category, reason), paths in sorted(explained.items()):
        print(f"wapiti {category}, on {len(paths)} page(s): documented false positive: {reason}")
    print(f"wapiti: {unexplained} finding(s) beyond the documented false positives")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
