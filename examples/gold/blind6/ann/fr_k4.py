ENTS = [
 L("Sénégal"), O("UCAD", "Université Cheikh Anta Diop"),
 L("DAKAR", "Dakar"), O("AFP"), Q("Des centaines", lo=200, hi=999, u="étudiant"), O("Université Cheikh Anta Diop"),
 O("UCAD", "Université Cheikh Anta Diop"), L("Dakar"), D("mardi", "2025-11-18", True), O("AFP"),
 O("AFP"), P("Moussa Ndiaye", role="porte-parole de la Coordination des amicales d'étudiants"),
 O("Coordination des amicales d'étudiants"), D("lundi", "2025-11-17", True), Q("plus de 8 000", lo=8001, ap=True, u="étudiant"),
 O("ministère de l'Enseignement supérieur"), M("40 000 francs CFA", 40000, "XOF"), M("61 euros", 61, "EUR"),
 L("avenue Cheikh Anta Diop"), Q("Trois", v=3, u="étudiant"), Q("une dizaine", v=10, ap=True, u="personne"), L("Dakar"),
 D("lundi", "2025-11-17", True), L("Saint-Louis"), O("Université Gaston-Berger"), D("mercredi", "2025-11-19", True),
 D("avril", "2025-04", True), L("Sénégal"), O("FMI"), PC("25 %", 25),
 O("Coordination", "Coordination des amicales d'étudiants"), D("jeudi prochain", "2025-11-27", True), D("27 novembre", "2025-11-27", True),
 O("UCAD", "Université Cheikh Anta Diop"), L("place de l'Indépendance"), P("Ndiaye", "Moussa Ndiaye"),
]
QUOTES = [
 QT("«_Pas de bourse", "slogan"),
 QT("«_Trois mois", "speech", "Moussa Ndiaye", "a déclaré"),
 QT("«_grève illimitée", "term", "Coordination des amicales d'étudiants"),
 QT("«_des retards", "term", "ministère de l'Enseignement supérieur", "a reconnu"),
 QT("«_avant la fin", "speech", "ministère de l'Enseignement supérieur", "promis"),
 QT("«_campus mort", "term"),
 QT("«_régler", "term", None, "s'était engagé"),
 QT("«_Nous irons", "speech", "Moussa Ndiaye", "a prévenu"),
]
