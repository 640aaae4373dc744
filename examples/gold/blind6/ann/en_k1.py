ENTS = [
 L("Rotterdam"), L("Antwerp"),
 L("ROTTERDAM", "Rotterdam"), O("Reuters"),
 Q("Thousands", lo=2000, hi=9999, u="dockworker"), L("Rotterdam"), D("Wednesday", "2026-03-11", True),
 L("Europe"), O("FNV"),
 Q("about 4,500", v=4500, ap=True, u="worker"), Q("more than 60", lo=61, ap=True, u="ship"), L("Maasvlakte"),
 O("Port of Rotterdam Authority"), Q("48", v=48, u="vessel"),
 P("Joris van Dam", role="negotiator for FNV Havens"), O("FNV Havens"), L("ECT Delta"),
 O("Hutchison Ports ECT"), O("APM Terminals"), Q("about 800", v=800, ap=True, u="job"), D("2030", "2030"),
 O("VNO-NCW"),
 L("Belgium"), O("BTB"), O("ACV-Transcom"), L("Antwerp"), D("next Monday", "2026-03-16", True), O("MSC"), L("Scheldt"),
 L("Rotterdam"), L("Antwerp"), P("Kris De Wolf", role="president of BTB"), O("BTB"),
 P("Jean-Luc Crucke", role="Belgian Mobility Minister"),
 O("Maersk"), Q("two", v=2, u="vessel"), L("Hamburg"), L("Bremerhaven"), O("ING"), M("90 million euros", 90000000, "EUR"),
 D("2016", "2016"), PC("6.5%", 6.5), D("last year", "2025", True),
 P("Anna Vos"), L("Rotterdam"), P("Pieter Claes"), L("Brussels"), P("Alex Richardson"),
]
QUOTES = [
 QT('"Robots', "speech", "Joris van Dam", "told"),
 QT('"We are not against', "speech", "Joris van Dam", "told"),
 QT('"disproportionate', "term", "VNO-NCW", "called"),
 QT('"If Rotterdam', "speech", "Kris De Wolf", "said"),
]
