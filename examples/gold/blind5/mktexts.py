# Writes texts/<id>.txt from the drafts below; «_ and _» become guillemets with no-break spaces.
import os
T = {}
T['en_h1'] = """date 2026-03-12
Portuguese teachers strike over pay, tens of thousands march in Lisbon

By Catarina Mendes

LISBON, March 12 (Reuters) - Tens of thousands of Portuguese teachers walked off the job on Thursday and marched through central Lisbon to demand higher pay and the recovery of years of frozen service time, closing hundreds of schools across the country.

The strike was called by Fenprof, the country's largest teachers' federation, and the smaller STOP union. Fenprof said 80,000 people joined the march from Marquês de Pombal square to the Education Ministry on Avenida Infante Santo. Police put the crowd at around 25,000.

"We have been patient for ten years. Patience is over," Fenprof secretary-general Helena Araújo told reporters outside the ministry. "Teachers in Porto, in Faro, in Braga are all saying the same thing."

Araújo said about 90% of schools were shut in the Lisbon district. The ministry said the figure was closer to 60%.

Education Minister Fernando Sousa Lima told broadcaster RTP on Wednesday that the government could not afford the 1.2 billion euros a year that unions say a full recovery of service time would cost. "The door is open, but the budget is not infinite," he said.

Teachers carried banners reading "Respect for those who teach" and whistled as they passed the headquarters of the Social Democratic Party, which leads the centre-right coalition.

It was the largest teachers' protest since 2023. Fenprof said it would call a new national strike on April 17 if talks scheduled for next week fail. STOP leader André Pestana said his members were ready for "indefinite" action.

Portugal has about 150,000 teachers in public schools. Many of them commute hundreds of kilometres because housing near the schools of the Algarve and the Lisbon region has become unaffordable, unions say.

(Reporting by Catarina Mendes; Additional reporting by Miguel Pereira in Porto; Editing by Alison Williams)
"""
T['fr_h1'] = """date 2026-03-12
Portugal : grève des enseignants, des dizaines de milliers de manifestants à Lisbonne

LISBONNE (AFP) - Des dizaines de milliers d'enseignants portugais ont défilé jeudi dans les rues de Lisbonne, lors d'une journée de grève nationale pour réclamer des hausses de salaires et la prise en compte de leurs années de service gelées.

Partis de la place Marquês de Pombal, les manifestants ont rejoint le ministère de l'Éducation en milieu d'après-midi, à l'appel de la Fenprof, principale fédération du secteur, et du syndicat STOP. Ils étaient 80.000 selon les organisateurs, environ 25.000 selon la police.

«_Dix ans de patience, ça suffit_», a déclaré à l'AFP Helena Araújo, secrétaire générale de la Fenprof. «_Le gouvernement doit comprendre que l'école publique est en train de se vider._»

Selon elle, près de 90_% des écoles du district de Lisbonne étaient fermées. Le ministère avançait le chiffre de 60_%.

Le ministre de l'Éducation, Fernando Sousa Lima, avait estimé la veille que la récupération intégrale du temps de service coûterait 1,2 milliard d'euros par an, une somme «_hors de portée_».

À Porto, deuxième ville du pays, plusieurs milliers d'enseignants s'étaient rassemblés dès le matin devant la mairie, avenue dos Aliados, selon la chaîne SIC.

Sur les pancartes, on pouvait lire «_Respeito por quem ensina_» (Respect pour ceux qui enseignent). Certains manifestants étaient venus en car de Coimbra et d'Évora.

La Fenprof menace d'une nouvelle grève le 17 avril si les négociations prévues la semaine prochaine échouent. Le Portugal, qui compte environ 150.000 enseignants dans le public, connaît depuis plusieurs années une pénurie de professeurs, en particulier dans l'Algarve et autour de Lisbonne, où les loyers ont bondi de 40_% en cinq ans.

Ce mouvement intervient quelques semaines après celui des médecins hospitaliers, qui avaient fait grève du 10 au 12 février à l'appel de la Fédération nationale des médecins (FNAM).

Le gouvernement de Luís Montenegro, qui ne dispose pas de la majorité absolue au Parlement, a promis un accord «_avant l'été_».

rb/ab/sst
"""
T['en_h2'] = """date 2026-02-24
Tube strike live: London Underground at a standstill as RMT walkout bites

From our live blog team

07:05 Good morning. Almost the entire London Underground network is shut today as about 10,000 members of the RMT union walk out in a row over pay and a new rostering system. Transport for London (TfL) says only a limited service is running on the Elizabeth line and the Overground.

07:40 Long queues at bus stops in Stratford and Brixton. One commuter at Clapham Junction, Hannah Cole, told us she had been waiting 40 minutes: "I support the drivers, but I can't lose a day's pay either."

08:15 RMT general secretary Dave Kenworthy has been speaking on the picket line at King's Cross. "TfL offered 3.2%, with inflation at 3.8%. That is a pay cut, dressed up as a deal," he said. He added that the union was "ready to talk, day or night".

08:50 TfL commissioner Priya Raman says the strike will cost London's economy about £45 million. "We've made a fair offer," she told BBC Radio London.

09:30 The train drivers' union Aslef, whose members are not on strike, has urged them not to cross RMT picket lines.

10:45 Meanwhile in Westminster, around 300 Extinction Rebellion activists are sitting in the road in Parliament Square, according to the Metropolitan Police, in a separate protest calling on ministers to stop new North Sea oil licences. The group says 1,000 people took part.

11:20 A banner at the Parliament Square sit-in reads "No New Oil". Police say 14 people have been arrested.

12:10 Kenworthy has confirmed a second walkout on Thursday 5 March if there is no improved offer by the end of the week.

13:00 The Federation of Small Businesses says footfall in Oxford Street is down by half. "For many cafes, a strike day is a lost day," a spokesperson said.

13:35 The Evening Standard reports that Uber prices in central London tripled this morning.

14:20 That's all from us for now. We'll be back tomorrow with the latest.
"""
T['en_h3'] = """date 2026-04-01
Argentine football star joins pensioners' weekly protest in Buenos Aires

BUENOS AIRES, Argentina (AP) - Thousands of retirees marched to Argentina's Congress on Wednesday in their weekly protest against pension cuts, joined this time by Argentine striker Lucas Ferreyra, who said his grandmother could no longer afford her medicine.

Police fired tear gas and water cannon as protesters tried to cross a security fence on Avenida Rivadavia. At least 12 people were injured, including a photographer, and 37 were detained, the city's emergency service said.

Organizers from the Mesa Coordinadora de Jubilados said 15,000 people took part. The Security Ministry put the number at 3,000 and said 1,500 officers had been deployed around the building.

Ferreyra, 29, who plays for Racing Club and has 18 caps for the national team, arrived in a club tracksuit and was cheered by elderly demonstrators. "My grandmother worked 40 years and now she chooses between food and pills," he told reporters. "This isn't politics. This is dignity."

The minimum pension is about 380,000 pesos ($290) a month, after inflation that ran at 118% in 2024. President Javier Milei has vetoed two bills passed by lawmakers to raise pensions, saying they would wreck his balanced budget.

The protests have taken place every Wednesday for more than two years. Fans of Boca Juniors, River Plate and Independiente have joined several of them since March last year, and the CGT, Argentina's largest labor federation, has called a general strike for April 9.

"We are not afraid of the gas," said Norma Quiroga, 78, a retired nurse from the suburb of Quilmes, who held a sign saying "Jubilados no se tocan" (Hands off the retirees). "We were here last Wednesday and we will be here next Wednesday."

Racing Club said in a statement that Ferreyra had acted "in a personal capacity."

Similar marches were held in Córdoba and Rosario, local media reported.

___

Associated Press writer Tomás Ibarra contributed to this report.
"""
T['en_h4'] = """date 2026-01-20
Nurses strike at Tucson's largest hospital

By Ramon Villalobos, Sentinel staff

TUCSON, Ariz. - More than 1,100 nurses walked off the job Tuesday at Saguaro Regional Medical Center, starting a three-day strike that will run through Thursday, the first hospital strike in Pima County in decades.

Picketers lined Campbell Avenue from before dawn, carrying signs that read "Safe Staffing Saves Lives" and "Nurses Can't Wait."

The strike was called by National Nurses United, which represents the nurses at the 600-bed hospital. The union says nurses routinely care for six or seven patients at a time in medical-surgical units, well above safe levels.

"We are not asking for the moon," said Deb Harlan, an intensive care nurse and member of the union's bargaining team. "We are asking for enough hands to keep people alive."

Harlan said nurses had voted 94% in favor of the walkout last month.

Saguaro Health, the nonprofit system that runs the hospital, said it had hired about 400 replacement nurses through an agency at a cost of $4.5 million and that all emergency services remained open.

"We respect our nurses' right to strike, but we are disappointed the union chose this path," chief nursing officer Linda Baca said in a written statement. Saguaro Health has offered a 14% raise over three years; the union wants 22% and enforceable staffing ratios.

Talks broke down on Jan. 9 after 11 months of bargaining, according to the union.

Several Tucson City Council members joined the picket line Tuesday morning, including Councilmember Ana Ruiz, who said the city "cannot grow if its hospitals are short-staffed."

Nurses at a private hospital in Phoenix held a one-day strike in October over similar issues. The Arizona Hospital and Healthcare Association has warned of a shortage of 28,000 nurses statewide by 2030.

No new talks were scheduled as of Tuesday evening.

Photo: Nurses picket outside Saguaro Regional Medical Center on Tuesday, Jan. 20, 2026. (Maria Lopez / Tucson Sentinel)
"""
T['en_h5'] = """date 2026-02-05
'We are the last generation': farmers bring their anger to Brussels

By Sophie Vandermeulen in Brussels

Jan Peeters left his farm near Antwerp at 4am on Thursday, towing a trailer of manure behind his tractor. By noon he was parked on Rue de la Loi, a few hundred metres from the Berlaymont, headquarters of the European Commission.

"My grandfather farmed this land, my father farmed it, and I will probably be the last," said Peeters, 54, who keeps 120 dairy cows. "The Mercosur deal means beef from Brazil with rules we would never be allowed to use here."

He paused to wave at a convoy of tractors from Wallonia. "They tell us to be greener, then they open the door to imports. It makes no sense."

"My son is studying to be an engineer. I told him: don't come back," he added.

About 1,300 tractors entered the Belgian capital, according to Brussels police, while the organisers, the Flemish farmers' union Boerenbond and the Walloon FWA, said there were 3,000. Police estimated the crowd at 6,000 people.

Marie Lambert, who grows sugar beet near Namur, said she had come with her two daughters. "People think farmers are rich because we drive big machines. The bank owns my tractor," she said.

Lambert said her income fell by 30% last year. "We get 28 euros a tonne for beet. It costs us 32 to grow it."

She was scornful of the Commission's promise of a €1 billion safeguard fund. "A 'safeguard' for whom? Not for us."

Copa-Cogeca, the EU farm lobby, said the protest was aimed at EU trade ministers meeting in Brussels on Friday to discuss the agreement with Argentina, Brazil, Paraguay and Uruguay.

Some protesters set tyres alight on Place du Luxembourg, outside the European Parliament, and riot police used a water cannon in the afternoon.

French farmers from the FNSEA joined the convoy, and Dutch farmers blocked a motorway near Utrecht in solidarity, Dutch media reported.

"We'll be back," Peeters said as he climbed into his cab. "Next time with more."
"""
T['fr_h2'] = """date 2026-03-19
Salaires : des centaines de milliers de manifestants en France, 42.000 à Paris selon la préfecture

PARIS (AFP) - Des centaines de milliers de personnes ont manifesté jeudi dans toute la France à l'appel de l'intersyndicale pour réclamer des hausses de salaires et la défense des services publics, lors d'une journée marquée par de fortes perturbations dans les écoles et les transports.

Selon le ministère de l'Intérieur, 312.000 personnes ont défilé dans le pays, dont 42.000 à Paris, selon la préfecture de police. La CGT a revendiqué «_plus d'un million_» de manifestants, dont 150.000 dans la capitale. Le cabinet Occurrence, mandaté par un collectif de médias, a compté 61.000 personnes dans le cortège parisien.

Parti de la place de la République peu après 14 heures, le cortège a rejoint la place de la Nation en fin d'après-midi. Des heurts ont éclaté en marge de la manifestation, boulevard Voltaire, et 23 personnes ont été interpellées, selon la préfecture.

«_Le gouvernement ne peut pas continuer à faire la sourde oreille_», a déclaré Marc Delorme, secrétaire confédéral de la CGT, en tête du cortège. «_Les salariés ont perdu du pouvoir d'achat trois années de suite_», a-t-il ajouté.

Pour Solidaires, FO, la FSU et la CFDT, qui appelaient également à la mobilisation, la journée est «_un succès_». L'intersyndicale doit se réunir lundi pour décider des suites. Une nouvelle journée est déjà évoquée pour le jeudi 2 avril.

En province, ils étaient 14.500 à Marseille selon la police, 9.000 à Lyon, 8.200 à Toulouse et 6.000 à Rennes, selon les chiffres des préfectures.

Dans l'Éducation nationale, le taux de grévistes atteignait 31_% dans le primaire, selon le ministère, et 45_% selon le SNUipp-FSU. À la SNCF, un TGV sur deux circulait.

Interrogée sur RTL, la ministre du Travail, Claire Vasseur, a jugé que «_le dialogue reste ouvert_», tout en rappelant que l'enveloppe de 2 milliards d'euros prévue pour les bas salaires ne serait pas augmentée.

Jeudi dernier déjà, plusieurs milliers d'agents hospitaliers avaient manifesté devant le ministère de la Santé, avenue de Ségur, à l'appel de SUD Santé.

Sur une banderole de tête, on pouvait lire : «_Nos salaires, pas vos dividendes_».

burs-mca/ep/bds
"""
T['fr_h3'] = """date 2026-03-20
Rennes : 6 000 manifestants dans les rues pour les salaires

Par Yann Le Goff

Ils étaient 6 000 selon la préfecture, 15 000 selon les syndicats, à défiler jeudi après-midi dans le centre de Rennes, à l'appel de l'intersyndicale d'Ille-et-Vilaine. Un cortège dense, parti de l'esplanade Charles-de-Gaulle vers 11 h, qui a rejoint la place de la République en passant par le boulevard de la Liberté.

Au premier rang, des agents du CHU de Rennes, des enseignants et des salariés de Stellantis La Janais, où 250 suppressions de postes ont été annoncées en janvier. «_On nous demande toujours plus avec toujours moins_», résume Gwenaëlle Riou, aide-soignante et déléguée CGT. «_Mon salaire n'a pas bougé depuis 2023._»

Pour Thomas Briand, secrétaire départemental de FO, « la mobilisation est au rendez-vous, et ce n'est qu'un début ».

La veille, une centaine d'étudiants avaient bloqué l'accès au campus Villejean de l'université Rennes 2 pour protester contre la hausse des frais d'inscription des étudiants étrangers. Le blocage a été levé mercredi soir par la présidence, sans incident, a indiqué l'université.

Des rassemblements ont également eu lieu à Saint-Malo (800 personnes), Fougères et Vitré, selon Ouest-France. À Brest et à Lorient, plusieurs centaines de manifestants ont défilé à l'appel des mêmes syndicats.

Dans le cortège rennais, une pancarte résumait l'humeur générale : «_Smic à 2 000 euros_». Le salaire minimum net est aujourd'hui d'environ 1 450 euros.

Du côté de la Star, le réseau de bus et de métro de Rennes Métropole, le trafic était perturbé toute la journée, avec une rame sur trois sur la ligne b.

Les syndicats bretons appellent à se mobiliser de nouveau le jeudi 2 avril. Une assemblée générale est prévue lundi à la Maison du peuple.

Photo : le cortège sur le boulevard de la Liberté, jeudi. (Ouest-France / Marc Ollivier)
"""
T['fr_h4'] = """date 2026-02-05
Le monde agricole déferle sur Bruxelles contre l'accord avec le Mercosur

Bruxelles, 5 février (Belga) - Plusieurs milliers d'agriculteurs belges, mais aussi français, néerlandais et allemands, ont convergé jeudi vers le quartier européen de Bruxelles pour dénoncer l'accord commercial entre l'Union européenne et le Mercosur.

Selon la police de Bruxelles-Capitale/Ixelles, 1.300 tracteurs sont entrés dans la capitale, contre 3.000 selon le Boerenbond et la Fédération wallonne de l'agriculture (FWA), qui organisaient le rassemblement. La police a évalué la foule à 6.000 personnes.

Venus d'Anvers, de Liège, de Namur ou du Limbourg, les tracteurs ont bloqué la rue de la Loi et le rond-point Schuman dès la fin de matinée. Des pneus ont été incendiés place du Luxembourg, devant le Parlement européen, et un canon à eau a été utilisé vers 15 heures.

«_Nous ne sommes pas contre le commerce, nous sommes contre la concurrence déloyale_», a expliqué Anne-Sophie Delvaux, présidente de la FWA. «_On nous impose des normes que les éleveurs brésiliens n'ont pas à respecter._»

Les agriculteurs français de la FNSEA et des Jeunes agriculteurs étaient venus en car depuis Lille et Reims.

La Commission européenne a proposé un fonds de sauvegarde d'un milliard d'euros, jugé «_dérisoire_» par les syndicats. Les ministres du Commerce des Vingt-Sept doivent se réunir vendredi à Bruxelles.

La circulation a été fortement perturbée toute la journée sur le ring et dans les tunnels, a indiqué Bruxelles Mobilité. La Stib a dévié plusieurs lignes de bus et de tram.

Aux Pays-Bas, des agriculteurs ont bloqué l'autoroute A12 près d'Utrecht en signe de solidarité, selon l'agence ANP.

Il s'agit de la plus grande manifestation agricole à Bruxelles depuis le 18 décembre 2025, lorsque près de 10.000 agriculteurs avaient défilé lors d'un sommet européen.

Le Boerenbond a prévenu que de nouvelles actions pourraient suivre «_dans les prochaines semaines_» si l'accord était soumis au vote du Parlement européen.
"""
T['fr_h5'] = """date 2026-02-24
Quatre ans après l'invasion, Genève marche pour l'Ukraine

GENÈVE (Keystone-ATS) - Entre 2.500 et 4.000 personnes ont défilé mardi en fin de journée dans les rues de Genève pour marquer le quatrième anniversaire de l'invasion russe de l'Ukraine et réclamer une paix «_juste et durable_».

Le cortège, emmené par l'Association des Ukrainiens de Suisse, est parti de la gare Cornavin pour rejoindre la place des Nations, face au siège européen de l'ONU. La police cantonale a compté 2.500 participants, les organisateurs 4.000.

«_Nous ne demandons pas la pitié, nous demandons la justice_», a lancé au micro Oksana Melnyk, porte-parole de l'association, arrivée à Genève en mars 2022 avec ses deux enfants. Elle a réclamé que les avoirs russes gelés en Suisse, estimés à 7,4 milliards de francs, servent à la reconstruction.

Des drapeaux bleu et jaune, mais aussi géorgiens et moldaves, flottaient au-dessus de la foule. Sur une banderole : «_Stop à la guerre, pas à l'aide_».

Le conseiller d'État genevois Claude Rochat a pris brièvement la parole. Le Conseil fédéral, de son côté, a rappelé dans un communiqué que la Suisse avait consacré plus de 5 milliards de francs à l'aide à l'Ukraine depuis 2022.

Des rassemblements similaires ont eu lieu à Berne, Lausanne et Zurich, ainsi qu'à l'étranger : à Varsovie, à Londres, à Munich et à La Haye, selon les organisateurs. À Kiev, des sirènes ont retenti à l'aube.

Samedi, une centaine de militants d'Amnesty International avaient déjà organisé une veillée devant le Palais des Nations en mémoire des civils tués.

Une nouvelle marche est prévue à Lausanne le 24 août, jour de la fête de l'indépendance ukrainienne.

ats/mk/fr
"""
for k, v in T.items():
    v = v.replace('«_', '«\u00a0').replace('_»', '\u00a0»').replace('_%', '\u00a0%')
    with open(os.path.join('texts', k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
for k in sorted(T):
    body = T[k].split('\n', 1)[1]
    print(k, len(body.split()))
