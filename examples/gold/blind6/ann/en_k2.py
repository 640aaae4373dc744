ENTS = [
 D("Feb. 19", "2026-02-19", True),
 L("BUENOS AIRES", "Buenos Aires"), L("Argentina"), O("AP", "Associated Press"),
 L("Argentina"), O("Congress"), D("Wednesday", "2026-02-04", True), P("Javier Milei", role="President"),
 Q("some 15,000", v=15000, ap=True, u="person"), L("Plaza del Congreso"), L("Avenida Entre Ríos"), O("Security Ministry"),
 Q("3,200", v=3200), Q("41", v=41, u="person"), Q("12", v=12, u="officer"),
 D("early 2024", "2024"), M("340,000 pesos", 340000, "ARS"), PC("18%", 18), P("Milei", "Javier Milei"),
 O("Center for Political Economy Argentina"), O("CEPA", "Center for Political Economy Argentina"),
 P("Marta Olivera"),
 O("Club Atlético Independiente"), O("Racing"), P("Gonzalo Ferreyra", role="Argentine striker"), P("Ferreyra", "Gonzalo Ferreyra"),
 P("Carla Benítez", role="Security Minister"), O("Mitre"),
 O("General Confederation of Labor"), O("CGT", "General Confederation of Labor"), D("Feb. 19", "2026-02-19", True),
 P("Milei", "Javier Milei"), D("December 2023", "2023-12"),
 O("CGT", "General Confederation of Labor"), P("Rubén Aguirre", role="CGT co-leader"),
 O("Associated Press"), P("Lucía Ferrer", role="Associated Press writer"), L("Córdoba"),
]
QUOTES = [
 QT('"I worked', "speech", "Marta Olivera", "said"),
 QT('"Jubilados', "slogan"),
 QT('"Don\'t touch', "slogan"),
 QT('"My grandfather', "speech", "Gonzalo Ferreyra", "wrote"),
 QT('"Whoever', "speech", "Carla Benítez", "told"),
 QT('"The government is', "speech", "Rubén Aguirre", "said"),
]
