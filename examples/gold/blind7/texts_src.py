# Source of the article texts. French texts: "« " / " »" / " %" get a no-break space (U+00A0).
NB = "\u00a0"
def fr(s):
    return s.replace("« ", "«" + NB).replace(" »", NB + "»").replace(" %", NB + "%")

T = {}
T["en_m1"] = ("2025-11-27", """Lisbon bus drivers strike over pay, metro workers to follow next week

LISBON, Nov 27 (Reuters) - Most of Lisbon's buses stayed in their depots on Thursday as drivers at Carris, the city-owned operator, walked out for 24 hours to demand a pay rise that keeps pace with soaring rents in the Portuguese capital.

Only 41 of the roughly 600 buses normally on the road in the morning rush hour were running, the company said, while the STRUP union, which called the strike together with Fectrans, put participation at 92%.

"We drive this city every day and we can no longer afford to live in it," said Manuel Tavares, a driver for 19 years who joined a picket at the Musgueira depot at dawn. "A room in Arroios costs half my salary."

Drivers earn a base wage of 1,050 euros a month. The unions want an increase of 150 euros and a 35-hour week; Carris has offered 4.5%, which STRUP leader Paula Mendes called "an insult" in a statement on Wednesday.

Several hundred strikers later marched from Marquês de Pombal to Praça do Município, where the city council sits, chanting "Carris é de quem trabalha" (Carris belongs to those who work). Police estimated the crowd at 1,200; organisers said 3,000 took part.

Deputy mayor Filipa Roseira said the city had already raised wages twice since 2023 and urged the unions to "return to the table". Mendes said talks were possible but warned that workers at Metropolitano de Lisboa would strike next Tuesday in a separate dispute over staffing.

Commuters in Belém and Alfama crowded onto trams and tuk-tuks. "I walked 40 minutes, but I understand them," said Rita Sousa, a nurse who lives in Benfica.

(Reporting by Joana Pires; Editing by Simon Carrow)
""")

T["fr_m1"] = ("2025-11-28", fr("""Portugal : à Lisbonne, la grève des chauffeurs de bus paralyse la capitale

LISBONNE (AFP) - Des milliers de Lisboètes ont dû marcher ou s’entasser dans les tramways jeudi, lors d’une grève de 24 heures des chauffeurs de la compagnie municipale Carris, qui réclament une hausse de salaire face à l’envolée des loyers.

Selon la direction, seuls 41 autobus sur environ 600 ont circulé à l’heure de pointe. Le syndicat STRUP, qui avait appelé au mouvement avec la fédération Fectrans, a revendiqué un taux de participation de 92 %.

« Nous ne demandons pas la lune, seulement de pouvoir vivre dans la ville que nous faisons rouler », a déclaré à l’AFP Paula Mendes, la dirigeante du STRUP, devant la mairie. Selon elle, un chauffeur débutant gagne 1 050 euros brut par mois, quand un studio se loue plus de 900 euros dans le centre.

L’après-midi, un cortège est parti de la place Marquês de Pombal jusqu’à la Praça do Município. Les manifestants étaient 1 200 selon la police, 3 000 selon les organisateurs. Sur une banderole, on pouvait lire : « Carris não é um luxo ».

La municipalité propose une augmentation de 4,5 %, jugée « insuffisante » par les syndicats. Les employés du Metropolitano de Lisboa doivent à leur tour cesser le travail mardi prochain, pour dénoncer le manque d’effectifs.

Le Portugal connaît depuis plusieurs mois une crise du logement aiguë, en particulier à Lisbonne et à Porto, où les loyers ont augmenté de 65 % en cinq ans selon l’Institut national de la statistique (INE).

« Les gens comme nous sont poussés vers Setúbal ou Sintra », a-t-elle ajouté.

cjp/pz/ial
"""))

T["en_m2"] = ("2026-01-14", """Pensioners rally again outside Argentina's Congress as fuel protests spread

BUENOS AIRES, Argentina (AP) — Thousands of retirees and their supporters rallied outside Argentina's Congress on Wednesday to demand higher pensions from President Javier Milei's government, the latest in a string of weekly protests that have become a fixture of life in the capital.

Riot police used water cannon to push demonstrators back from Avenida Rivadavia, and at least 14 people were detained, according to the Security Ministry. The CTA labor federation and several retiree associations, including Jubilados Insurgentes, called the march.

The minimum pension stands at 340,000 pesos a month, roughly $250, after annual inflation that remained above 30% last year. "With this I pay for my medicine and nothing else," said Norma Acosta, 78, a retired schoolteacher from Quilmes who has come every Wednesday for two years. She held a sign reading "Hambre no".

"They tell us the economy is fixed. For whom?" she asked.

Organizers said 20,000 people took part; the city police put the figure at 4,500.

Soccer fans have joined the protests since 2025, and on Wednesday supporters of Racing and Independiente stood side by side near the Plaza del Congreso.

The government says its spending cuts have tamed inflation and that pensions are adjusted every month. Presidential spokesman Martín Lacroze told reporters the protests were "political" and said security forces would "apply the protocol" against road blockades.

Meanwhile, truck drivers affiliated with the Camioneros union blocked access roads to the port of Rosario and parts of Córdoba province on Monday to protest a 9% increase in diesel prices that took effect this month. The union said it could extend the action to Mendoza if talks fail.

Argentina's economy ministry did not respond to a request for comment.
""")

T["en_m3"] = ("2026-02-07", """Climate activists block A12 in The Hague – as it happened

Live updates from the Extinction Rebellion blockade of the motorway next to the Dutch parliament

10.05 CET
Good morning. Extinction Rebellion has called on supporters to block the A12 in The Hague again today, the group's 44th blockade of the highway since 2022. It wants the Netherlands to end €37bn a year in tax breaks and subsidies for fossil fuels.

11.20 CET
Several thousand people have gathered on the Utrechtsebaan, the stretch of the A12 that runs into the city centre, police say. Many came by train from Amsterdam, Rotterdam and Utrecht; a contingent of Belgian activists has travelled from Antwerp and Ghent.

11.45 CET
The municipality had offered the Malieveld as an alternative site, which organisers rejected.

12.30 CET
Police have begun using water cannon. Our reporter Sanne de Vries says officers are carrying protesters away one by one and loading them onto buses.

13.10 CET
"We are not the criminals here," says Lotte Brink, 27, a student from Leiden, as she waits to be detained. "The criminals are the ones handing billions to Shell and Tata Steel."

14.00 CET
Greenpeace Netherlands, which did not formally join the blockade, said in a statement that the "mass arrests" showed "how little room is left for peaceful protest".

15.40 CET
Police say 612 people have been detained so far, most of whom will be released later today in Zuiderpark. Extinction Rebellion puts the number of participants at 9,000; police estimate around 4,000.

16.15 CET
That's all for today. The group says it will return to the A12 on 7 March.
""")

T["fr_m5"] = ("2026-02-09", fr("""Des Belges parmi les interpellés de l’A12 à La Haye

BRUXELLES - Ils étaient plusieurs centaines de Belges, partis d’Anvers, de Gand ou de Bruxelles en car ou en train, à rejoindre samedi le blocage de l’autoroute A12 à La Haye, organisé par Extinction Rebellion. Selon la police néerlandaise, 612 personnes ont été interpellées, dont 47 ressortissants belges.

« On nous traite comme des délinquants alors que nous défendons l’intérêt de tous », raconte Wout Peeters, un enseignant anversois de 34 ans, relâché dans la soirée après cinq heures passées dans un bus de la police. « Je recommencerai le 7 mars. »

Les organisateurs revendiquent 9 000 participants, la police en a compté environ 4 000. Le mouvement réclame la fin des subventions aux énergies fossiles aux Pays-Bas, estimées à 37 milliards d’euros par an.

Le lendemain, c’est à Bruxelles qu’on a manifesté, pour une tout autre cause. Entre 6 000 et 7 000 personnes selon la police, 20 000 selon les organisateurs, ont défilé dimanche de la gare du Nord au rond-point Schuman pour réclamer davantage de soutien militaire à l’Ukraine, à l’appel de l’association Vilna Ukraina, de la FGTB et de la CSC.

Beaucoup brandissaient des drapeaux bleu et jaune et scandaient « Slava Ukraini ». « L’Europe ne peut pas détourner les yeux pendant que Kharkiv et Odessa sont bombardées », a lancé au micro Olena Kovalenko, présidente de Vilna Ukraina, devant le Berlaymont.

Elle a demandé aux Vingt-Sept de débloquer « sans attendre » les 50 milliards d’euros promis à Kiev. Selon elle, près de 80 000 Ukrainiens vivent aujourd’hui en Belgique.

Photo : des manifestants rue de la Loi, dimanche. © Belga / Nicolas Maeterlinck
"""))

T["en_m4"] = ("2026-03-10", """'We are running on empty': South Africa's nurses dig in for a long strike

JOHANNESBURG, March 10 — At 5 a.m. the corridors of Chris Hani Baragwanath Hospital in Soweto are usually already full. On Monday they were quiet but for the singing outside the gates, where nurses have picketed since the strike began last Tuesday.

The walkout, called by the Democratic Nursing Organisation of South Africa (Denosa) and supported by Nehawu, now affects 38 public hospitals in Gauteng, according to the provincial health department. Denosa says 11,000 of its members have stopped work; the department puts the number at about 6,000.

Sister Nomvula Dlamini has worked in the maternity ward for 22 years. She is one of the midwives who now sit under a gazebo across the road.

"We are running on empty," she said. "Last year I delivered babies by the light of my phone because the generator failed, and nobody came to fix it.

"We are not asking to be rich. We are asking for the 40 posts that were frozen on our ward alone to be filled, and for a salary that lets me send my son to university."

Dlamini says she has never struck before. "My mother was a nurse here in 1985. She marched then. I did not think I would have to do the same."

Her colleague Thabo Mokoena, a theatre nurse, was blunter. "They talk about reform, but there is no health system if there are no nurses," he said. He argues that the 5.5% offer tabled in February barely covers inflation.

Gauteng health MEC Lerato Sithole said on Sunday that the province could not afford more and accused the unions of "holding patients hostage". The Labour Court is due to hear an application to declare the strike unprotected on Thursday.

Denosa has called a march to the Union Buildings in Pretoria next Tuesday. "If they do not hear us in Soweto, they will hear us in Pretoria," said its provincial secretary, Kagiso Ntuli.
""")

T["en_m5"] = ("2026-04-07", """Hundreds rally in Tempe over water cuts and rate hike

By Dana Whitfield, The Valley Ledger

TEMPE, Ariz. — About 300 residents rallied outside City Hall on Monday before packing a City Council meeting to protest proposed cuts to water deliveries and a 22% rate increase, the latest sign of how the shrinking Colorado River is reshaping life in the Southwest.

The rally was organized by Save Our Taps, a neighborhood group formed last fall, with support from the Arizona chapter of the Sierra Club. Protesters carried empty jugs along Mill Avenue and signs reading "Water is not a luxury."

"My bill went from $64 to $118 in a year," said Rosa Delgado, a retired bus driver who lives near Kiwanis Park. "Meanwhile the chip plant up the road gets a discount."

The city's utilities director, Greg Halvorsen, told the council the increase would raise $41 million over five years to pay for new wells and a treatment plant on the Salt River. He said Tempe's allocation from the Central Arizona Project had fallen by 18% since 2022.

Councilmember Nikki Baca said she would ask for the vote to be postponed until May.

Save Our Taps co-founder Luis Ortega said the group would hold another rally at the Arizona State Capitol in Phoenix on April 20.

Similar protests have taken place in Las Vegas and Tucson, and across the border in Mexicali, Mexico, where farmers blocked a highway last month over water allocations.

The council is expected to vote on the rate plan on April 28. City officials said about 40 speakers had signed up to address Monday's meeting, which ran past midnight.
""")

T["fr_m2"] = ("2026-05-12", fr("""Brest. Les marins-pêcheurs ont bloqué le port de commerce toute la journée

Une cinquantaine de chalutiers venus du Guilvinec, de Concarneau, de Douarnenez et même de Lorient ont bloqué lundi l’entrée du port de commerce de Brest, à l’appel du Comité régional des pêches de Bretagne (CRPMEM) et de l’organisation de producteurs Pêcheurs de Bretagne.

Les patrons protestent contre la flambée du gazole, passé de 0,62 € à 0,89 € le litre en un an, et contre le projet de zones fermées au chalutage en mer d’Iroise et dans le golfe de Gascogne.

« On travaille à perte depuis janvier », lâche Yannick Le Goff, armateur à Concarneau. « Avec ce qu’on paie en carburant, on ne couvre même plus les salaires de l’équipage. »

En fin de matinée, environ 400 personnes selon la police, 1 200 selon les organisateurs, se sont rassemblées devant l’hôtel de ville, place de la Liberté, avant de défiler rue de Siam. Des fumigènes ont été allumés, sans incident.

Le président du comité, Jean-Marc Kervella, a été reçu en début d’après-midi par le sous-préfet avec deux autres patrons. « On nous a écoutés, on ne nous a rien promis », a-t-il résumé à la sortie. Le préfet maritime avait déjà reçu une délégation il y a deux semaines.

Les pêcheurs appellent désormais à un rassemblement à Paris, le 21 mai, devant le ministère de l’Agriculture. « S’il faut monter à Paris, on montera », prévient Gaëlle Tanguy, de Pêcheurs de Bretagne.

Les navires ont quitté la rade vers 19 heures. Le trafic du port, où transitent chaque année 2,5 millions de tonnes de marchandises, devait reprendre normalement ce mardi.

Photo Ouest-France : Vincent Mouchel
"""))

T["fr_m3"] = ("2026-05-11", fr("""Gazole, zones fermées : les pêcheurs bretons bloquent le port de Brest

BREST (AFP) - Une cinquantaine de chalutiers bloquaient lundi l’accès au port de commerce de Brest (Finistère) pour protester contre le prix du gazole et les restrictions de pêche, a constaté un journaliste de l’AFP.

Quelque 400 manifestants selon la préfecture du Finistère, 1 200 selon les organisateurs, se sont ensuite rassemblés devant l’hôtel de ville, à l’appel du Comité régional des pêches de Bretagne (CRPMEM).

« Le gazole a pris 40 % en un an. Aucune entreprise ne tient avec ça », a déclaré à l’AFP son président, Jean-Marc Kervella. Selon lui, une campagne de pêche de dix jours coûte désormais près de 30 000 euros en carburant pour un chalutier hauturier.

Les pêcheurs réclament une aide d’urgence de 0,20 euro par litre et le retrait du projet de zones interdites au chalutage, défendu par Bruxelles.

Une délégation, conduite par MM. Kervella, Le Goff et Tanguy, devait être reçue dans l’après-midi à la sous-préfecture.

Le ministère de l’Agriculture et de la Souveraineté alimentaire a indiqué « suivre la situation avec attention ». Un rassemblement est prévu à Paris le 21 mai.

En Bretagne, la pêche fait vivre environ 4 000 marins embarqués, selon le comité régional, et plus de 60 % des chalutiers ont plus de 25 ans. Les professionnels dénoncent aussi la concurrence des navires espagnols dans le golfe de Gascogne.

fmi/mpm/cbn
"""))

T["fr_m4"] = ("2026-03-19", fr("""Grève dans l’éducation : une mobilisation en hausse contre les suppressions de postes

Deuxième journée de grève en moins d’un mois dans l’éducation nationale, ce jeudi, à l’appel de la FSU, de l’UNSA-Education, du SGEN-CFDT, de la CGT Educ’action et de SUD éducation, contre la suppression annoncée de 4 000 postes d’enseignants à la rentrée 2026.

Les chiffres de la journée :
– dans le primaire, 27,4 % de grévistes selon le ministère, 45 % selon le SNUipp-FSU ;
– dans les collèges et lycées, 19,8 % selon le ministère, 40 % selon le SNES-FSU ;
– à Paris, 9 500 manifestants selon la préfecture de police, 35 000 selon les syndicats.

Des cortèges ont aussi défilé à Lyon, Marseille, Toulouse, Rennes et Lille. Il y a deux semaines, la première journée avait rassemblé 21 % de grévistes dans le primaire, selon le ministère.

« On nous parle de baisse démographique, mais dans ma classe de CE2 ils sont 29 », a déclaré Sophie Marchand, professeure des écoles à Saint-Denis (Seine-Saint-Denis), croisée boulevard de Port-Royal. « Ce n’est pas de l’enseignement, c’est du gardiennage. »

Rue de Grenelle, on souligne que les effectifs d’élèves doivent reculer de 97 000 l’an prochain. Le ministre de l’Education nationale, Antoine Vercel, a jugé la grève « compréhensible » mais « pas justifiée », mercredi soir sur France Inter.

Pour Claire Aubertin, porte-parole du SNUipp-FSU, « le gouvernement fait des économies sur le dos des enfants ». Les syndicats ont déjà annoncé une nouvelle journée de mobilisation le 2 avril.

Le Monde avec AFP
"""))

import os
here = os.path.dirname(os.path.abspath(__file__))
if __name__ == "__main__":
    for k, (d, t) in T.items():
        with open(os.path.join(here, "texts", k + ".txt"), "w", encoding="utf-8") as f:
            f.write("date " + d + "\n" + t)
