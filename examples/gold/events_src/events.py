"""Gold events of the event-and-quote corpus (see build.py for the format).

Figures: P(low, high, text, source, doc, place=None, approx=False); an exact figure has
low == high; "more than N" has low N+1 and no high. Texts carry the document's own
spaces (NB is U+00A0), and build.py checks that each one occurs in its document.
"""

NB = "\u00a0"
NNB = "\u202f"


def P(low, high, text, source, doc, place=None, approx=False, unit=None):
    r = {"low": low}
    if high is not None:
        r["high"] = high
    r["text"] = text
    if source:
        r["source"] = source
    if unit:
        r["unit"] = unit
    if place:
        r["place"] = place
    if approx:
        r["approx"] = True
    r["doc"] = doc
    return r


def S(text, doc):
    return {"text": text, "doc": doc}


def C(text, doc, value=None, low=None, high=None, unit="city", approx=False):
    r = {}
    if value is not None:
        r["value"] = value
    if low is not None:
        r["low"] = low
    if high is not None:
        r["high"] = high
    if approx:
        r["approx"] = True
    r.update({"text": text, "unit": unit, "doc": doc})
    return r


EVENTS = [
    # --- Brussels farmers' convoy (en_e01 Reuters, fr_e01 AFP, fr_e16 announced) ---
    {
        "event_id": "2026-01-27-brussels-farmers-convoy",
        "date": "2026-01-27",
        "status_by_doc": {"en_e01": "happened", "fr_e01": "happened", "fr_e16": "planned"},
        "places": ["Brussels"],
        "sites": [S("rue de la Loi", "en_e01"), S("Place du Luxembourg", "en_e01"),
                  S("place du Luxembourg", "fr_e01"), S("rue de la Loi", "fr_e01")],
        "organizers": ["Fédération wallonne de l'agriculture", "Boerenbond"],
        "actor_type": "farmers",
        "forms": ["convoy", "blockade"],
        "participants": [
            P(2000, 9999, "Thousands", "journalist", "en_e01"),
            P(3000, 3000, "about 3,000", "police", "en_e01", approx=True),
            P(7000, 7000, "7,000", "organizers", "en_e01"),
            P(4500, 5000, "entre 4" + NB + "500 et 5" + NB + "000", "police", "fr_e01"),
            P(10000, 10000, "près de 10" + NB + "000", "organizers", "fr_e01", approx=True),
        ],
        "vehicles": [
            P(1200, 1200, "1,200", "police", "en_e01", unit="tractor"),
            P(1300, 1300, "quelque 1" + NB + "300", "police", "fr_e01", unit="tracteur", approx=True),
        ],
        "claims": ["agriculture"],
        "claims_text": [S("a trade deal with South American countries that growers say will ruin them", "en_e01"),
                        S("contre l'accord de libre-échange entre l'Union européenne et le Mercosur", "fr_e01")],
        "targets": ["european_union"],
        "evidence": [("en_e01", "Thousands of farmers from Belgium"),
                     ("en_e01", "Brussels police said about 3,000 farmers"),
                     ("fr_e01", "ont convergé vers Bruxelles"),
                     ("fr_e16", "grand convoi européen prévu à Bruxelles")],
    },
    {
        "event_id": "2026-02-24-strasbourg-farmers-rally",
        "date": "2026-02-24",
        "status_by_doc": {"en_e01": "planned", "fr_e01": "planned"},
        "places": ["Strasbourg"],
        "sites": [S("European Parliament", "en_e01"), S("Parlement européen", "fr_e01")],
        "organizers": ["Copa-Cogeca"],
        "actor_type": "farmers",
        "forms": ["rally"],
        "participants": [],
        "claims": ["agriculture"],
        "targets": ["european_union", "parliament"],
        "evidence": [("en_e01", "It also called farmers to a new rally"),
                     ("fr_e01", "appelle à un nouveau rassemblement devant le Parlement européen")],
    },
    # --- French rail strike (en_e02 AP, fr_e02 Le Monde style) ---
    {
        "event_id": "2026-03-03-sncf-strike",
        "date": "2026-03-03",
        "status_by_doc": {"en_e02": "ongoing", "fr_e02": "ongoing"},
        "places": ["Paris", "Villeneuve-Saint-Georges"],
        "sites": [S("Gare de Lyon", "en_e02"), S("Gare Montparnasse", "en_e02"),
                  S("Montparnasse", "fr_e02")],
        "organizers": ["CGT-Cheminots", "SUD-Rail"],
        "actor_type": "transport_workers",
        "forms": ["strike"],
        "participants": [],
        "claims": ["pay", "staffing"],
        "claims_text": [S("a 5% pay rise and the hiring of 1,500 more controllers and drivers", "en_e02"),
                        S("une hausse générale des salaires de 5" + NB + "% et 1" + NB + "500 embauches", "fr_e02")],
        "targets": ["employer"],
        "evidence": [("en_e02", "The open-ended walkout, called by"),
                     ("fr_e02", "Le mouvement, entamé mardi"),
                     ("fr_e02", "Au troisième jour de la grève")],
    },
    {
        "event_id": "2026-03-04-paris-rail-march",
        "date": "2026-03-04",
        "status_by_doc": {"en_e02": "happened", "fr_e02": "happened"},
        "places": ["Paris"],
        "sites": [S("Gare de l’Est", "en_e02"), S("Gare du Nord", "en_e02"),
                  S("gare de l'Est", "fr_e02"), S("gare du Nord", "fr_e02")],
        "organizers": [],
        "actor_type": "transport_workers",
        "forms": ["march"],
        "participants": [
            P(200, 999, "Several hundred", "journalist", "en_e02"),
            P(1200, 1200, "1,200", "organizers", "en_e02"),
            P(650, 650, "650", "police", "fr_e02"),
            P(1200, 1200, "1" + NB + "200", "organizers", "fr_e02"),
        ],
        "claims": ["pay"],
        "targets": ["employer"],
        "evidence": [("en_e02", "Several hundred rail workers marched"),
                     ("en_e02", "SUD-Rail said 1,200 people joined the march"),
                     ("fr_e02", "un cortège de cheminots a relié"),
                     ("fr_e02", "Ils étaient 650 selon la préfecture de police")],
    },
    # --- French teachers' national strike day (en_e03 Reuters, fr_e03 regional, fr_e04 AFP) ---
    {
        "event_id": "2026-02-10-teachers-strike-france",
        "date": "2026-02-10",
        "status_by_doc": {"en_e03": "happened", "fr_e03": "happened", "fr_e04": "happened"},
        "places": ["Paris", "Rennes", "Marseille", "Lyon", "Toulouse", "Nantes", "Brest",
                   "Quimper", "Saint-Brieuc", "Vannes"],
        "sites": [S("Canebière", "en_e03"), S("Rue de Grenelle", "en_e03"),
                  S("esplanade Charles-de-Gaulle", "fr_e03"), S("place de la République", "fr_e03"),
                  S("place de la Liberté", "fr_e03"),
                  S("place du Luxembourg", "fr_e04"), S("rue de Grenelle", "fr_e04")],
        "place_counts": [C("plus de 150", "fr_e04", low=151, approx=True, unit="ville")],
        "organizers": ["FSU", "Unsa Éducation", "SGEN-CFDT", "CGT Éduc'action", "FO", "SUD Éducation"],
        "organizers_text": "l'intersyndicale",
        "actor_type": "teachers",
        "forms": ["strike", "march", "occupation"],
        "participants": [
            P(20000, 99999, "Tens of thousands", "journalist", "en_e03"),
            P(61800, 61800, "61,800", "police", "en_e03"),
            P(9500, 9500, "9,500", "police", "en_e03", place="Paris"),
            P(180001, None, "more than 180,000", "organizers", "en_e03", approx=True),
            P(3000, 3000, "3,000", "police", "en_e03", place="Marseille"),
            P(2000, 9999, "several thousand", "journalist", "en_e03", place="Marseille"),
            P(3200, 3200, "3" + NB + "200", "police", "fr_e03", place="Rennes"),
            P(6000, 6000, "6" + NB + "000", "organizers", "fr_e03", place="Rennes"),
            P(1500, 1500, "1" + NB + "500", "police", "fr_e03", place="Brest"),
            P(600, 600, "environ 600", "journalist", "fr_e03", place="Quimper", approx=True),
            P(450, 450, "450", "journalist", "fr_e03", place="Saint-Brieuc"),
            P(100, 100, "une centaine", "journalist", "fr_e03", place="Vannes", approx=True),
            P(20000, 99999, "Des dizaines de milliers", "journalist", "fr_e04"),
            P(61800, 61800, "61" + NB + "800", "police", "fr_e04"),
            P(9500, 9500, "9" + NB + "500", "police", "fr_e04", place="Paris"),
            P(180001, None, "plus de 180" + NB + "000", "organizers", "fr_e04", approx=True),
            P(40000, 40000, "40" + NB + "000", "organizers", "fr_e04", place="Paris"),
            P(4200, 4200, "4" + NB + "200", "police", "fr_e04", place="Lyon"),
            P(3000, 3000, "3" + NB + "000", "police", "fr_e04", place="Marseille"),
            P(12000, 12000, "12" + NB + "000", "organizers", "fr_e04", place="Marseille"),
            P(3200, 3200, "environ 3" + NB + "200", "police", "fr_e04", place="Rennes", approx=True),
            P(50, 50, "une cinquantaine", "journalist", "fr_e04", place="Lyon", approx=True),
        ],
        "claims": ["staffing", "jobs", "education"],
        "claims_text": [S("against plans to cut 4,000 primary school jobs", "en_e03"),
                        S("contre la suppression de 4" + NB + "000 postes dans les écoles primaires", "fr_e04")],
        "targets": ["government", "minister"],
        "evidence": [("en_e03", "Tens of thousands of teachers went on strike"),
                     ("en_e03", "The Interior Ministry said 61,800 people"),
                     ("fr_e03", "Le cortège s'est élancé peu après"),
                     ("fr_e03", "À Brest, 1" + NB + "500 personnes"),
                     ("fr_e04", "Des dizaines de milliers d'enseignants ont manifesté mardi"),
                     ("fr_e04", "une cinquantaine d'enseignants ont brièvement occupé")],
    },
    {
        "event_id": "2026-03-12-rennes-rectorat-rally",
        "date": "2026-03-12",
        "status_by_doc": {"fr_e03": "planned"},
        "places": ["Rennes"],
        "sites": [S("rectorat de Rennes", "fr_e03")],
        "organizers": [],
        "organizers_text": "L'intersyndicale",
        "actor_type": "teachers",
        "forms": ["rally"],
        "participants": [],
        "claims": ["staffing", "education"],
        "targets": ["government"],
        "evidence": [("fr_e03", "L'intersyndicale appelle déjà à un rassemblement")],
    },
    # --- Occitanie farmers (fr_e16) ---
    {
        "event_id": "2026-01-19-a64-blockade-carbonne",
        "date": "2026-01-19",
        "end_date": "2026-01-21",
        "status_by_doc": {"fr_e16": "happened"},
        "places": ["Carbonne"],
        "sites": [S("A64", "fr_e16")],
        "organizers": ["Jeunes agriculteurs", "FDSEA de la Haute-Garonne"],
        "actor_type": "farmers",
        "forms": ["blockade"],
        "participants": [P(400, 400, "près de 400", "police", "fr_e16", approx=True)],
        "vehicles": [P(200, 200, "environ 200", None, "fr_e16", unit="tracteur", approx=True)],
        "claims": ["agriculture"],
        "targets": ["government"],
        "evidence": [("fr_e16", "Les derniers tracteurs ont quitté l'autoroute A64"),
                     ("fr_e16", "Pendant trois jours et deux nuits")],
    },
    {
        "event_id": "2026-01-21-occitanie-prefectures",
        "date": "2026-01-21",
        "status_by_doc": {"fr_e16": "happened"},
        "places": ["Toulouse", "Auch", "Montauban", "Agen", "Tarbes"],
        "organizers": ["FRSEA Occitanie"],
        "actor_type": "farmers",
        "forms": ["demonstration", "blockade"],
        "participants": [P(2001, None, "plus de 2" + NB + "000", "organizers", "fr_e16", approx=True)],
        "vehicles": [P(50, 50, "une cinquantaine", None, "fr_e16", unit="tracteur", approx=True)],
        "claims": ["agriculture"],
        "targets": ["government"],
        "evidence": [("fr_e16", "Mercredi 21 janvier, à l'appel de la FRSEA Occitanie"),
                     ("fr_e16", "À Auch, une cinquantaine de tracteurs")],
    },
    # --- Belgian dockers (en_e04 Reuters, fr_e05 Le Soir style) ---
    {
        "event_id": "2025-11-17-belgian-dockers-strike",
        "date": "2025-11-17",
        "end_date": "2025-11-19",
        "status_by_doc": {"en_e04": "happened", "fr_e05": "ongoing"},
        "places": ["Antwerp", "Zeebrugge", "Ghent"],
        "organizers": ["Belgian Transport Union", "ACV-Transcom"],
        "actor_type": "transport_workers",
        "forms": ["strike"],
        "participants": [],
        "claims": ["pensions"],
        "claims_text": [S("against the government's pension reform", "en_e04"),
                        S("contre la réforme des pensions", "fr_e05")],
        "targets": ["government"],
        "evidence": [("en_e04", "The strike, which began at 6 a.m. on Monday"),
                     ("en_e04", "It was called by the Belgian Transport Union"),
                     ("fr_e05", "de la grève de 72"),
                     ("fr_e05", "Deuxième jour de grève dans les ports")],
    },
    {
        "event_id": "2025-11-18-antwerp-dockers-march",
        "date": "2025-11-18",
        "status_by_doc": {"en_e04": "happened", "fr_e05": "happened"},
        "places": ["Antwerp"],
        "sites": [S("Port House", "en_e04"), S("Maison du port", "fr_e05"), S("Havenhuis", "fr_e05")],
        "organizers": [],
        "actor_type": "transport_workers",
        "forms": ["march"],
        "participants": [
            P(2400, 2400, "2,400", "police", "en_e04"),
            P(5001, None, "more than 5,000", "organizers", "en_e04", approx=True),
            P(2000, 9999, "plusieurs milliers", "journalist", "fr_e05"),
            P(3000, 3000, "environ 3" + NB + "000", "police", "fr_e05", approx=True),
            P(5001, None, "plus de 5" + NB + "000", "organizers", "fr_e05", approx=True),
        ],
        "claims": ["pensions"],
        "targets": ["government"],
        "evidence": [("en_e04", "On Tuesday, dockers and their families marched"),
                     ("en_e04", "Police put the number of marchers at 2,400"),
                     ("fr_e05", "Ce mardi matin, les dockers sont sortis des quais"),
                     ("fr_e05", "La police d'Anvers a compté environ")],
    },
    {
        "event_id": "2025-12-16-belgium-general-strike",
        "date": "2025-12-16",
        "status_by_doc": {"en_e04": "planned", "fr_e05": "planned"},
        "places": ["Belgium"],
        "organizers": ["FGTB", "CSC", "CGSLB"],
        "organizers_text": "front commun syndical",
        "actor_type": "workers",
        "forms": ["strike"],
        "participants": [],
        "claims": ["pensions", "public_services"],
        "targets": ["government"],
        "evidence": [("en_e04", "has separately called a general strike for Dec. 16"),
                     ("fr_e05", "a appelé à une grève générale le mardi 16 décembre")],
    },
    # --- English nurses (en_e05 announced, en_e06 told after) ---
    {
        "event_id": "2026-04-14-rcn-nurses-strike",
        "date": "2026-04-14",
        "end_date": "2026-04-16",
        "status_by_doc": {"en_e05": "planned", "en_e06": "happened"},
        "places": ["London", "Manchester", "Leeds", "England"],
        "sites": [S("St Thomas' Hospital", "en_e06"), S("Manchester Royal Infirmary", "en_e06"),
                  S("Leeds General Infirmary", "en_e06")],
        "place_counts": [C("127", "en_e05", value=127, unit="trust")],
        "organizers": ["Royal College of Nursing"],
        "actor_type": "health_workers",
        "forms": ["strike"],
        "participants": [],
        "claims": ["pay", "staffing"],
        "targets": ["government"],
        "evidence": [("en_e05", "Nurses in England will walk out for 48 hours"),
                     ("en_e05", "The union said the action would run from 8am"),
                     ("en_e06", "at the end of a 48-hour strike"),
                     ("en_e06", "Pickets formed before dawn outside")],
    },
    {
        "event_id": "2026-04-14-rcn-rally-parliament",
        "date": "2026-04-14",
        "status_by_doc": {"en_e05": "planned", "en_e06": "happened"},
        "places": ["London"],
        "sites": [S("Parliament", "en_e05"), S("Parliament Square", "en_e06")],
        "organizers": ["Royal College of Nursing"],
        "actor_type": "health_workers",
        "forms": ["rally"],
        "participants": [
            P(4000, 4000, "about 4,000", "organizers", "en_e06", approx=True),
            P(1500, 1500, "1,500", "police", "en_e06"),
        ],
        "claims": ["pay"],
        "targets": ["government", "parliament"],
        "evidence": [("en_e05", "would hold a rally outside Parliament"),
                     ("en_e06", "nurses filled Parliament Square for a rally"),
                     ("en_e06", "The RCN said about 4,000 people attended")],
    },
    # --- TotalEnergies refineries (fr_e06 Ouest-France style, en_e07 Reuters) ---
    {
        "event_id": "2025-10-14-totalenergies-refinery-strike",
        "date": "2025-10-14",
        "end_date": "2025-10-17",
        "status_by_doc": {"fr_e06": "ongoing", "en_e07": "happened"},
        "places": ["Donges", "Gonfreville-l'Orcher"],
        "organizers": ["CGT"],
        "actor_type": "workers",
        "forms": ["strike"],
        "participants": [],
        "claims": ["pay"],
        "claims_text": [S("une augmentation générale des salaires de 7" + NB + "%", "fr_e06"),
                        S("a four-day strike over pay", "en_e07")],
        "targets": ["employer"],
        "evidence": [("fr_e06", "La grève a démarré mardi 14 octobre"),
                     ("fr_e06", "sont en grève depuis mardi"),
                     ("en_e07", "voted on Friday to end a four-day strike"),
                     ("en_e07", "The strike at the Donges refinery")],
    },
    {
        "event_id": "2025-10-16-donges-refinery-rally",
        "date": "2025-10-16",
        "status_by_doc": {"fr_e06": "happened"},
        "places": ["Donges"],
        "organizers": ["CGT"],
        "actor_type": "workers",
        "forms": ["rally"],
        "participants": [P(150, 150, "environ 150", "organizers", "fr_e06", approx=True)],
        "claims": ["pay"],
        "targets": ["employer"],
        "evidence": [("fr_e06", "Ce jeudi 16 octobre, environ 150 grévistes")],
    },
    {
        "event_id": "2025-10-18-saint-nazaire-support-march",
        "date": "2025-10-18",
        "status_by_doc": {"fr_e06": "planned"},
        "places": ["Saint-Nazaire"],
        "sites": [S("place de l'Amérique-latine", "fr_e06")],
        "organizers": ["CGT"],
        "actor_type": "workers",
        "forms": ["march"],
        "participants": [],
        "claims": ["pay"],
        "targets": ["employer"],
        "evidence": [("fr_e06", "appelle à une manifestation de soutien samedi 18 octobre")],
    },
    {
        "event_id": "2025-10-16-la-defense-xr-blockade",
        "date": "2025-10-16",
        "status_by_doc": {"en_e07": "happened"},
        "places": ["La Défense"],
        "organizers": ["Extinction Rebellion"],
        "actor_type": "activists",
        "forms": ["blockade"],
        "participants": [P(40, 40, "about 40", "journalist", "en_e07", approx=True)],
        "claims": ["environment"],
        "targets": ["employer"],
        "evidence": [("en_e07", "about 40 climate activists from the group Extinction Rebellion")],
    },
]
