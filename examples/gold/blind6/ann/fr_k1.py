ENTS = [
 L("Anvers"),
 L("ANVERS", "Anvers"), O("AFP"), D("lundi", "2026-03-16", True), L("Anvers"), O("BTB"), O("ACV-Transcom"),
 D("mercredi dernier", "2026-03-11", True), L("Rotterdam"), L("Pays-Bas"),
 O("BTB"), Q("près de 5~000", v=5000, ap=True, u="docker"), Q("environ 3~800", v=3800, ap=True, u="gréviste"),
 Q("Une quarantaine", v=40, ap=True, u="navire"), L("Escaut"),
 Q("Plusieurs centaines", lo=200, hi=999, u="gréviste"), O("MSC"), L("Noorderlaan"), L("Genève"),
 P("Kris De Wolf", role="président de la BTB"), O("BTB"),
 L("Genève"), D("2028", "2028"), Q("600", v=600, u="emploi"), D("lundi", "2026-03-16", True), O("MSC"), O("De Tijd"),
 P("Jean-Luc Crucke", role="ministre fédéral de la Mobilité"), D("mardi", "2026-03-17", True), L("Bruxelles"), O("RTBF"),
 L("Rotterdam"), Q("quelque 4~500", v=4500, ap=True, u="docker"), D("11 mars", "2026-03-11", True), O("FNV"), D("jeudi", "2026-03-19", True),
 D("printemps", None, True),
 L("Anvers-Bruges"), L("Europe"), Q("278 millions", v=278000000, u="tonne"), D("an dernier", "2025", True),
 O("MSC"), L("Anvers"), D("16 mars 2026", "2026-03-16"), O("Belga"),
]
QUOTES = [
 QT("«_environ", "speech", None, "évoque"),
 QT("«_Pas de robots", "slogan"),
 QT("«_Nous ne laisserons", "speech", "Kris De Wolf", "a lancé"),
 QT("«_Il n'y aura", "speech", "MSC", "a assuré"),
 QT("«_Le dialogue", "speech", "Jean-Luc Crucke", "a-t-il déclaré"),
 QT("«_au printemps", "term"),
]
