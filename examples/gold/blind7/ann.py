# Annotation source. Entities: (type, surface, occurrence (1-based, whole-word match), attrs).
# Quotes: (start_fragment, end_fragment, occurrence of start_fragment, kind, speaker, cue).
# French surfaces go through fr() (no-break spaces) in build.py.
A = {}; Q = {}

def per(s, canon=None, role=None, occ=1):
    a = {"canonical": canon or s}
    if role: a["role"] = role
    return ("PERSON", s, occ, a)
def org(s, canon=None, occ=1): return ("ORG", s, occ, {"canonical": canon or s})
def plc(s, canon=None, occ=1): return ("PLACE", s, occ, {"canonical": canon or s})
def dat(s, value=None, rel=False, occ=1):
    a = {}
    if value: a["value"] = value
    if rel: a["relative"] = True
    return ("DATE", s, occ, a)
def qty(s, value=None, low=None, high=None, approx=False, unit=None, occ=1):
    a = {}
    if value is not None: a["value"] = value
    if low is not None: a["low"] = low
    if high is not None: a["high"] = high
    if approx: a["approx"] = True
    if unit: a["unit"] = unit
    return ("QUANTITY", s, occ, a)
def mon(s, value, cur, occ=1): return ("MONEY", s, occ, {"value": value, "currency": cur})
def pct(s, value, occ=1): return ("PERCENT", s, occ, {"value": value})

# ---------------- en_m1 (2025-11-27, Thursday)
A["en_m1"] = [
 plc("Lisbon"), dat("next week", "2025-W49", True), plc("LISBON", "Lisbon"), dat("Nov 27", "2025-11-27", True), org("Reuters"),
 plc("Lisbon", occ=2), dat("Thursday", "2025-11-27", True), org("Carris"),
 qty("41", value=41, unit="bus"), qty("roughly 600", value=600, approx=True, unit="bus"),
 org("STRUP"), org("Fectrans"), pct("92%", 92),
 per("Manuel Tavares", role="driver"), plc("Musgueira"), plc("Arroios"),
 mon("1,050 euros", 1050, "EUR"), mon("150 euros", 150, "EUR"), org("Carris", occ=2), pct("4.5%", 4.5),
 org("STRUP", occ=2), per("Paula Mendes", role="STRUP leader"), dat("Wednesday", "2025-11-26", True),
 qty("Several hundred", low=200, high=999, unit="striker"), plc("Marquês de Pombal"), plc("Praça do Município"),
 org("Carris", occ=3), org("Carris", occ=4), qty("1,200", value=1200), qty("3,000", value=3000),
 per("Filipa Roseira", role="Deputy mayor"), dat("2023", "2023"),
 per("Mendes", "Paula Mendes", occ=2), org("Metropolitano de Lisboa"), dat("next Tuesday", "2025-12-02", True),
 plc("Belém"), plc("Alfama"), per("Rita Sousa", role="nurse"), plc("Benfica"),
 per("Joana Pires"), per("Simon Carrow"),
]
Q["en_m1"] = [
 ('"We drive', 'live in it,"', 1, "speech", "Manuel Tavares", "said"),
 ('"A room', 'salary."', 1, "speech", "Manuel Tavares", None),
 ('"an insult"', '"an insult"', 1, "term", "Paula Mendes", "called"),
 ('"Carris é', 'trabalha"', 1, "slogan", None, "chanting"),
 ('"return to', 'table"', 1, "speech", "Filipa Roseira", "urged"),
 ('"I walked', 'them,"', 1, "speech", "Rita Sousa", "said"),
]

# ---------------- fr_m1 (2025-11-28, vendredi)
A["fr_m1"] = [
 plc("Portugal"), plc("Lisbonne"), plc("LISBONNE", "Lisbonne"), org("AFP"),
 qty("Des milliers", low=2000, high=9999, unit="lisboète"), dat("jeudi", "2025-11-27", True), org("Carris"),
 qty("41", value=41, unit="autobus"), qty("environ 600", value=600, approx=True, unit="autobus"),
 org("STRUP"), org("Fectrans"), pct("92 %", 92),
 org("AFP", occ=2), per("Paula Mendes", role="dirigeante du STRUP"), org("STRUP", occ=2),
 mon("1 050 euros", 1050, "EUR"), mon("900 euros", 900, "EUR"),
 plc("Marquês de Pombal"), plc("Praça do Município"), qty("1 200", value=1200, unit="manifestant"),
 qty("3 000", value=3000, unit="manifestant"), org("Carris", occ=2),
 pct("4,5 %", 4.5), org("Metropolitano de Lisboa"), dat("mardi prochain", "2025-12-02", True),
 plc("Portugal", occ=2), plc("Lisbonne", occ=2), plc("Porto"), pct("65 %", 65),
 org("Institut national de la statistique"), org("INE", "Institut national de la statistique"),
 plc("Setúbal"), plc("Sintra"),
]
Q["fr_m1"] = [
 ("« Nous ne", "rouler »", 1, "speech", "Paula Mendes", "a déclaré"),
 ("« Carris", "luxo »", 1, "slogan", None, None),
 ("« insuffisante »", "« insuffisante »", 1, "term", None, "jugée"),
 ("« Les gens", "Sintra »", 1, "speech", "Paula Mendes", "a-t-elle ajouté"),
]

# ---------------- en_m2 (2026-01-14, Wednesday)
A["en_m2"] = [
 plc("Argentina"), org("Congress"), plc("BUENOS AIRES", "Buenos Aires"), plc("Argentina", occ=2), org("AP"),
 qty("Thousands", low=2000, high=9999, unit="retiree"), plc("Argentina", occ=3), org("Congress", occ=2),
 dat("Wednesday", "2026-01-14", True), per("Javier Milei", role="President"),
 plc("Avenida Rivadavia"), qty("at least 14", low=14, approx=True, unit="person"), org("Security Ministry"),
 org("CTA"), org("Jubilados Insurgentes"),
 mon("340,000 pesos", 340000, "ARS"), mon("$250", 250, "USD"), pct("30%", 30), dat("last year", "2025", True),
 per("Norma Acosta", role="retired schoolteacher"), plc("Quilmes"),
 qty("20,000", value=20000, unit="person"), qty("4,500", value=4500),
 dat("2025", "2025"), dat("Wednesday", "2026-01-14", True, occ=3), org("Racing"), org("Independiente"), plc("Plaza del Congreso"),
 per("Martín Lacroze", role="Presidential spokesman"),
 org("Camioneros"), plc("Rosario"), plc("Córdoba"), dat("Monday", "2026-01-12", True), pct("9%", 9),
 dat("this month", "2026-01", True), plc("Mendoza"), plc("Argentina", occ=4),
]
Q["en_m2"] = [
 ('"With this', 'nothing else,"', 1, "speech", "Norma Acosta", "said"),
 ('"Hambre no"', '"Hambre no"', 1, "slogan", "Norma Acosta", None),
 ('"They tell', 'For whom?"', 1, "speech", "Norma Acosta", "asked"),
 ('"political"', '"political"', 1, "term", "Martín Lacroze", "told"),
 ('"apply the', 'protocol"', 1, "term", "Martín Lacroze", "said"),
]

# ---------------- en_m3 (2026-02-07, Saturday) live blog
A["en_m3"] = [
 plc("A12"), plc("The Hague"), org("Extinction Rebellion"),
 org("Extinction Rebellion", occ=2), plc("A12", occ=2), plc("The Hague", occ=2), dat("today", "2026-02-07", True),
 dat("2022", "2022"), plc("Netherlands"), mon("€37bn", 37000000000, "EUR"),
 qty("Several thousand", low=2000, high=9999, unit="person"), plc("Utrechtsebaan"), plc("A12", occ=3),
 plc("Amsterdam"), plc("Rotterdam"), plc("Utrecht"), plc("Antwerp"), plc("Ghent"),
 plc("Malieveld"), per("Sanne de Vries", role="reporter"),
 per("Lotte Brink", role="student"), plc("Leiden"), org("Shell"), org("Tata Steel"),
 org("Greenpeace Netherlands"),
 qty("612", value=612, unit="person"), dat("later today", "2026-02-07", True), plc("Zuiderpark"),
 org("Extinction Rebellion", occ=3), qty("9,000", value=9000, unit="participant"), qty("around 4,000", value=4000, approx=True),
 dat("today", "2026-02-07", True, occ=3), plc("A12", occ=4), dat("7 March", "2026-03-07", True),
]
Q["en_m3"] = [
 ('"We are not', 'here,"', 1, "speech", "Lotte Brink", "says"),
 ('"The criminals', 'Tata Steel."', 1, "speech", "Lotte Brink", None),
 ('"mass arrests"', '"mass arrests"', 1, "term", "Greenpeace Netherlands", "said"),
 ('"how little', 'protest"', 1, "speech", "Greenpeace Netherlands", "said"),
]

# ---------------- fr_m5 (2026-02-09, lundi)
A["fr_m5"] = [
 plc("A12"), plc("La Haye"), plc("BRUXELLES", "Bruxelles"),
 qty("plusieurs centaines", low=200, high=999, unit="belge"), plc("Anvers"), plc("Gand"), plc("Bruxelles"),
 dat("samedi", "2026-02-07", True), plc("A12", occ=2), plc("La Haye", occ=2), org("Extinction Rebellion"),
 qty("612", value=612, unit="personne"), qty("47", value=47, unit="ressortissant"),
 per("Wout Peeters", role="enseignant"), dat("7 mars", "2026-03-07", True),
 qty("9 000", value=9000, unit="participant"), qty("environ 4 000", value=4000, approx=True),
 plc("Pays-Bas"), mon("37 milliards d’euros", 37000000000, "EUR"),
 dat("lendemain", "2026-02-08", True), plc("Bruxelles", occ=2),
 qty("Entre 6 000 et 7 000", low=6000, high=7000, unit="personne"), qty("20 000", value=20000),
 dat("dimanche", "2026-02-08", True), plc("gare du Nord"), plc("rond-point Schuman"), plc("Ukraine"),
 org("Vilna Ukraina"), org("FGTB"), org("CSC"),
 plc("Kharkiv"), plc("Odessa"), per("Olena Kovalenko", role="présidente de Vilna Ukraina"),
 org("Vilna Ukraina", occ=2), plc("Berlaymont"),
 mon("50 milliards d’euros", 50000000000, "EUR"), plc("Kiev"), qty("près de 80 000", value=80000, approx=True, unit="ukrainien"),
 plc("Belgique"),
 plc("rue de la Loi"), dat("dimanche", "2026-02-08", True, occ=2), org("Belga"), per("Nicolas Maeterlinck"),
]
Q["fr_m5"] = [
 ("« On nous", "tous »", 1, "speech", "Wout Peeters", "raconte"),
 ("« Je recommencerai", "mars. »", 1, "speech", "Wout Peeters", None),
 ("« Slava", "Ukraini »", 1, "slogan", None, "scandaient"),
 ("« L’Europe", "bombardées »", 1, "speech", "Olena Kovalenko", "a lancé"),
 ("« sans attendre »", "« sans attendre »", 1, "term", "Olena Kovalenko", "a demandé"),
]

# ---------------- en_m4 (2026-03-10, Tuesday)
A["en_m4"] = [
 plc("South Africa"), plc("JOHANNESBURG", "Johannesburg"), dat("March 10", "2026-03-10", True),
 plc("Chris Hani Baragwanath Hospital"), plc("Soweto"), dat("Monday", "2026-03-09", True), dat("last Tuesday", "2026-03-03", True),
 org("Democratic Nursing Organisation of South Africa"), org("Denosa", "Democratic Nursing Organisation of South Africa"),
 org("Nehawu"), qty("38", value=38, unit="hospital"), plc("Gauteng"),
 org("Denosa", "Democratic Nursing Organisation of South Africa", occ=2), qty("11,000", value=11000, unit="member"),
 qty("about 6,000", value=6000, approx=True),
 per("Nomvula Dlamini", role="Sister"), dat("Last year", "2025", True), qty("40", value=40, unit="post"),
 per("Dlamini", "Nomvula Dlamini", occ=2), dat("1985", "1985"),
 per("Thabo Mokoena", role="theatre nurse"), pct("5.5%", 5.5), dat("February", "2026-02", True),
 plc("Gauteng", occ=2), per("Lerato Sithole", role="Gauteng health MEC"), dat("Sunday", "2026-03-08", True),
 org("Labour Court"), dat("Thursday", "2026-03-12", True),
 org("Denosa", "Democratic Nursing Organisation of South Africa", occ=3), plc("Union Buildings"), plc("Pretoria"),
 dat("next Tuesday", "2026-03-17", True), plc("Soweto", occ=2), plc("Pretoria", occ=2),
 per("Kagiso Ntuli", role="provincial secretary"),
]
Q["en_m4"] = [
 ("'We are running", "empty'", 1, "speech", "Nomvula Dlamini", None),
 ('"We are running', 'empty,"', 1, "speech", "Nomvula Dlamini", "said"),
 ('"Last year', 'university."', 1, "speech", "Nomvula Dlamini", "said"),
 ('"My mother', 'the same."', 1, "speech", "Nomvula Dlamini", None),
 ('"They talk', 'nurses,"', 1, "speech", "Thabo Mokoena", "said"),
 ('"holding', 'hostage"', 1, "term", "Lerato Sithole", "accused"),
 ('"If they', 'Pretoria,"', 1, "speech", "Kagiso Ntuli", "said"),
]

# ---------------- en_m5 (2026-04-07, Tuesday)
A["en_m5"] = [
 qty("Hundreds", low=200, high=999), plc("Tempe"), per("Dana Whitfield"), org("Valley Ledger"),
 plc("TEMPE", "Tempe"), plc("Ariz.", "Arizona"), qty("About 300", value=300, approx=True, unit="resident"),
 plc("City Hall"), dat("Monday", "2026-04-06", True), org("City Council"), pct("22%", 22),
 plc("Colorado River"), plc("Southwest"),
 org("Save Our Taps"), dat("last fall", "2025", True), plc("Arizona"), org("Sierra Club"), plc("Mill Avenue"),
 mon("$64", 64, "USD"), mon("$118", 118, "USD"), per("Rosa Delgado", role="retired bus driver"), plc("Kiwanis Park"),
 per("Greg Halvorsen", role="utilities director"), mon("$41 million", 41000000, "USD"), plc("Salt River"),
 plc("Tempe", occ=2), org("Central Arizona Project"), pct("18%", 18), dat("2022", "2022"),
 per("Nikki Baca", role="Councilmember"), dat("May", "2026-05", True),
 org("Save Our Taps", occ=2), per("Luis Ortega", role="Save Our Taps co-founder"), plc("Arizona State Capitol"),
 plc("Phoenix"), dat("April 20", "2026-04-20", True),
 plc("Las Vegas"), plc("Tucson"), plc("Mexicali"), plc("Mexico"), dat("last month", "2026-03", True),
 dat("April 28", "2026-04-28", True), qty("about 40", value=40, approx=True, unit="speaker"),
 dat("Monday", "2026-04-06", True, occ=2),
]
Q["en_m5"] = [
 ('"Water is', 'luxury."', 1, "slogan", None, None),
 ('"My bill', 'in a year,"', 1, "speech", "Rosa Delgado", "said"),
 ('"Meanwhile', 'discount."', 1, "speech", "Rosa Delgado", None),
]

# ---------------- fr_m2 (2026-05-12, mardi) Ouest-France
A["fr_m2"] = [
 plc("Brest"), qty("Une cinquantaine", value=50, approx=True, unit="chalutier"),
 plc("Guilvinec"), plc("Concarneau"), plc("Douarnenez"), plc("Lorient"), dat("lundi", "2026-05-11", True), plc("Brest", occ=2),
 org("Comité régional des pêches de Bretagne"), org("CRPMEM", "Comité régional des pêches de Bretagne"),
 org("Pêcheurs de Bretagne"),
 mon("0,62 €", 0.62, "EUR"), mon("0,89 €", 0.89, "EUR"), plc("mer d’Iroise"), plc("golfe de Gascogne"),
 dat("janvier", "2026-01", True), per("Yannick Le Goff", role="armateur à Concarneau"), plc("Concarneau", occ=2),
 qty("environ 400", value=400, approx=True, unit="personne"), qty("1 200", value=1200),
 plc("place de la Liberté"), plc("rue de Siam"),
 per("Jean-Marc Kervella", role="président du comité"), qty("deux", value=2, unit="patron"), dat("il y a deux semaines", "2026-04-28", True),
 plc("Paris"), dat("21 mai", "2026-05-21", True), org("ministère de l’Agriculture"), plc("Paris", occ=2),
 per("Gaëlle Tanguy"), org("Pêcheurs de Bretagne", occ=2),
 qty("2,5 millions", value=2500000, unit="tonne"), dat("ce mardi", "2026-05-12", True),
 org("Ouest-France"), per("Vincent Mouchel"),
]
Q["fr_m2"] = [
 ("« On travaille", "janvier »", 1, "speech", "Yannick Le Goff", "lâche"),
 ("« Avec ce", "équipage. »", 1, "speech", "Yannick Le Goff", None),
 ("« On nous a", "promis »", 1, "speech", "Jean-Marc Kervella", "a-t-il résumé"),
 ("« S’il faut", "montera »", 1, "speech", "Gaëlle Tanguy", "prévient"),
]

# ---------------- fr_m3 (2026-05-11, lundi) AFP
A["fr_m3"] = [
 plc("Brest"), plc("BREST", "Brest"), org("AFP"), qty("Une cinquantaine", value=50, approx=True, unit="chalutier"),
 dat("lundi", "2026-05-11", True), plc("Brest", occ=2), plc("Finistère"), org("AFP", occ=2),
 qty("Quelque 400", value=400, approx=True, unit="manifestant"), org("préfecture du Finistère"), qty("1 200", value=1200),
 org("Comité régional des pêches de Bretagne"), org("CRPMEM", "Comité régional des pêches de Bretagne"),
 pct("40 %", 40), org("AFP", occ=3), per("Jean-Marc Kervella", role="président"),
 mon("30 000 euros", 30000, "EUR"), mon("0,20 euro", 0.2, "EUR"), plc("Bruxelles"),
 per("Kervella", "Jean-Marc Kervella", occ=2), per("Le Goff"), per("Tanguy"),
 org("ministère de l’Agriculture et de la Souveraineté alimentaire"), plc("Paris"), dat("21 mai", "2026-05-21", True),
 plc("Bretagne", occ=2), qty("environ 4 000", value=4000, approx=True, unit="marin"), pct("60 %", 60), plc("golfe de Gascogne"),
]
Q["fr_m3"] = [
 ("« Le gazole", "avec ça »", 1, "speech", "Jean-Marc Kervella", "a déclaré"),
 ("« suivre la", "attention »", 1, "speech", "ministère de l’Agriculture et de la Souveraineté alimentaire", "a indiqué"),
]

# ---------------- fr_m4 (2026-03-19, jeudi) Le Monde
A["fr_m4"] = [
 dat("ce jeudi", "2026-03-19", True), org("FSU"), org("UNSA-Education"), org("SGEN-CFDT"), org("CGT Educ’action"),
 org("SUD éducation"), qty("4 000", value=4000, unit="poste"), dat("rentrée 2026", "2026-09"),
 pct("27,4 %", 27.4), pct("45 %", 45), org("SNUipp-FSU"), pct("19,8 %", 19.8), pct("40 %", 40), org("SNES-FSU"),
 plc("Paris"), qty("9 500", value=9500, unit="manifestant"), org("préfecture de police"), qty("35 000", value=35000),
 plc("Lyon"), plc("Marseille"), plc("Toulouse"), plc("Rennes"), plc("Lille"),
 dat("Il y a deux semaines", "2026-03-05", True), pct("21 %", 21),
 qty("29", value=29), per("Sophie Marchand", role="professeure des écoles à Saint-Denis"), plc("Saint-Denis"),
 plc("Seine-Saint-Denis"), plc("boulevard de Port-Royal"),
 plc("Rue de Grenelle"), qty("97 000", value=97000, unit="élève"), dat("an prochain", "2027", True),
 per("Antoine Vercel", role="ministre de l’Education nationale"), dat("mercredi soir", "2026-03-18", True), org("France Inter"),
 per("Claire Aubertin", role="porte-parole du SNUipp-FSU"), org("SNUipp-FSU", occ=2), dat("2 avril", "2026-04-02", True),
 org("Le Monde"), org("AFP"),
]
Q["fr_m4"] = [
 ("« On nous parle", "29 »", 1, "speech", "Sophie Marchand", "a déclaré"),
 ("« Ce n’est", "gardiennage. »", 1, "speech", "Sophie Marchand", None),
 ("« compréhensible »", "« compréhensible »", 1, "term", "Antoine Vercel", "a jugé"),
 ("« pas justifiée »", "« pas justifiée »", 1, "term", "Antoine Vercel", "a jugé"),
 ("« le gouvernement", "enfants »", 1, "speech", "Claire Aubertin", None),
]
