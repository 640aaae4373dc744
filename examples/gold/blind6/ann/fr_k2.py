ENTS = [
 L("Argentine"), L("Buenos Aires"),
 L("BUENOS AIRES", "Buenos Aires"), O("AFP"), O("Confédération générale du travail"), O("CGT", "Confédération générale du travail"),
 D("jeudi", "2026-02-19", True), L("Argentine"), P("Javier Milei", role="président"),
 D("décembre", "2025-12", True), PC("90 %", 90),
 L("Buenos Aires"), L("Aeroparque Jorge Newbery"), Q("230", v=230, u="vol"), O("Aerolíneas Argentinas"),
 L("Córdoba"), L("Rosario"), L("Mendoza"), Q("plusieurs milliers", lo=2000, hi=9999, u="manifestant"),
 P("Rubén Aguirre", role="cosecrétaire général de la CGT"), O("CGT", "Confédération générale du travail"), L("rue Azopardo"),
 O("Congrès"),
 P("Federico Lanús", role="porte-parole de la présidence"), M("600 millions de dollars", 600000000, "USD"), O("X"),
 D("4 février", "2026-02-04", True), O("Congrès"), Q("41", v=41, u="personne"), O("Parlement"), D("mercredi prochain", "2026-02-25", True),
]
QUOTES = [
 QT("«_grève politique", "term", None, "dénonce"),
 QT("«_plus de 90", "speech", "Confédération générale du travail", "a revendiqué"),
 QT("«_minoritaire", "term", None, "a parlé"),
 QT("«_politique", "term", None, "a parlé"),
 QT("«_Ce gouvernement", "speech", "Rubén Aguirre", "a déclaré"),
 QT("«_ne pas voter", "term", "Rubén Aguirre", "a appelé"),
 QT("«_plus de 600", "speech", "Federico Lanús", "a chiffré"),
 QT("«_Les Argentins", "speech", "Federico Lanús", "a-t-il ajouté"),
]
