# Annotation source: per article, entities as (type, surface, occ, attrs) and quotes as
# (surface, occ, attrs). occ = 1-based occurrence of the exact surface string in the text
# (substring count, header line excluded), or '*' = every occurrence bounded by non-letters.
def P(s, occ=1, **a): return ('PERSON', s, occ, a)
def O(s, occ=1, **a): return ('ORG', s, occ, a)
def L(s, occ=1, **a): return ('PLACE', s, occ, a)
def D(s, value=None, occ=1, rel=True):
    a = {'relative': True} if rel else {}
    if value: a['value'] = value
    return ('DATE', s, occ, a)
def Q(s, value=None, low=None, high=None, approx=False, unit=None, occ=1):
    a = {}
    if value is not None: a['value'] = value
    if low is not None: a['low'] = low
    if high is not None: a['high'] = high
    if approx: a['approx'] = True
    if unit: a['unit'] = unit
    return ('QUANTITY', s, occ, a)
def M(s, value, cur, occ=1): return ('MONEY', s, occ, {'value': value, 'currency': cur})
def PC(s, value, occ=1): return ('PERCENT', s, occ, {'value': value})
def QT(s, kind, speaker=None, cue=None, occ=1):
    a = {'kind': kind}
    if speaker: a['speaker'] = speaker
    if cue: a['cue'] = cue
    return (s, occ, a)

HA = 'Helena Araújo'; FSL = 'Fernando Sousa Lima'
ENT, QUO = {}, {}
ENT['en_h1'] = [
 L('Lisbon', '*'), Q('tens of thousands', low=20000, high=99999), P('Catarina Mendes', '*'),
 L('LISBON', canonical='Lisbon'), D('March 12', '2026-03-12'), O('Reuters'),
 Q('Tens of thousands', low=20000, high=99999, unit='teacher'), D('Thursday', '2026-03-12'),
 Q('hundreds', low=200, high=999, unit='school'), O('Fenprof', '*'), O('STOP', '*'),
 Q('80,000', value=80000, unit='person'), L('Marquês de Pombal'), O('Education Ministry'),
 L('Avenida Infante Santo'), Q('around 25,000', value=25000, approx=True),
 P(HA, role='Fenprof secretary-general'), L('Porto', '*'), L('Faro'), L('Braga'),
 P('Araújo', 2, canonical=HA), PC('90%', 90), PC('60%', 60),
 P(FSL, role='Education Minister'), O('RTP'), D('Wednesday', '2026-03-11'),
 M('1.2 billion euros', 1.2e9, 'EUR'), O('Social Democratic Party'), D('2023', '2023', rel=False),
 D('April 17', '2026-04-17'), D('next week', '2026-W12'), P('André Pestana', role='STOP leader'),
 L('Portugal', '*'), Q('about 150,000', value=150000, approx=True, unit='teacher'),
 Q('hundreds', low=200, high=999, unit='kilometre', occ=2), L('Algarve'),
 P('Miguel Pereira'), P('Alison Williams'),
]
QUO['en_h1'] = [
 QT('"We have been patient for ten years. Patience is over,"', 'speech', HA, 'told'),
 QT('"Teachers in Porto, in Faro, in Braga are all saying the same thing."', 'speech', HA, 'told'),
 QT('"The door is open, but the budget is not infinite,"', 'speech', FSL, 'said'),
 QT('"Respect for those who teach"', 'slogan'),
 QT('"indefinite"', 'term', 'André Pestana', 'said'),
]
DK = 'Dave Kenworthy'
ENT['en_h2'] = [
 O('London Underground', '*'), O('RMT', '*', canonical='RMT'), D('today', '2026-02-24'),
 Q('about 10,000', value=10000, approx=True, unit='member'), O('Transport for London'),
 O('TfL', '*', canonical='Transport for London'), L('Stratford'), L('Brixton'), L('Clapham Junction'),
 P('Hannah Cole'), P(DK, role='RMT general secretary'), L("King's Cross"), PC('3.2%', 3.2), PC('3.8%', 3.8),
 P('Priya Raman', role='TfL commissioner'), L('London', 4), L('London', 6), M('£45 million', 45e6, 'GBP'),
 O('BBC Radio London'), O('Aslef'), L('Westminster'), Q('around 300', value=300, approx=True, unit='activist'),
 O('Extinction Rebellion'), L('Parliament Square', '*'), O('Metropolitan Police'), L('North Sea'),
 Q('1,000', value=1000, unit='person'), Q('14', value=14, unit='person'), P('Kenworthy', 2, canonical=DK),
 D('Thursday 5 March', '2026-03-05'), D('end of the week'), O('Federation of Small Businesses'),
 L('Oxford Street'), O('Evening Standard'), O('Uber'), D('this morning', '2026-02-24'), D('tomorrow', '2026-02-25'),
]
QUO['en_h2'] = [
 QT('"I support the drivers, but I can\'t lose a day\'s pay either."', 'speech', 'Hannah Cole', 'told'),
 QT('"TfL offered 3.2%, with inflation at 3.8%. That is a pay cut, dressed up as a deal,"', 'speech', DK, 'said'),
 QT('"ready to talk, day or night"', 'speech', DK, 'added'),
 QT('"We\'ve made a fair offer,"', 'speech', 'Priya Raman', 'told'),
 QT('"No New Oil"', 'slogan'),
 QT('"For many cafes, a strike day is a lost day,"', 'speech', 'Federation of Small Businesses', 'said'),
]
LF = 'Lucas Ferreyra'; NQ = 'Norma Quiroga'
ENT['en_h3'] = [
 L('Buenos Aires', '*'), L('BUENOS AIRES', canonical='Buenos Aires'), L('Argentina', '*'), O('AP'), Q('Thousands', low=2000, high=9999, unit='retiree'),
 O('Congress'), D('Wednesday', '2026-04-01'), P(LF, role='Argentine striker'), L('Avenida Rivadavia'),
 Q('At least 12', low=12, approx=True, unit='person'), Q('37', value=37, unit='person'),
 O('Mesa Coordinadora de Jubilados'), Q('15,000', value=15000, unit='person'), O('Security Ministry'),
 Q('3,000', value=3000, unit='person'), Q('1,500', value=1500, unit='officer'),
 P('Ferreyra', 2, canonical=LF), P('Ferreyra', 3, canonical=LF), O('Racing Club', '*'),
 Q('18', value=18, unit='cap'), M('380,000 pesos', 380000, 'ARS'), M('$290', 290, 'USD'), PC('118%', 118),
 D('2024', '2024', rel=False), P('Javier Milei', role='President'), Q('two', value=2, unit='bill'),
 O('Boca Juniors'), O('River Plate'), O('Independiente'), D('March last year', '2025-03'), O('CGT'),
 D('April 9', '2026-04-09'), P(NQ, role='retired nurse'), L('Quilmes'),
 D('last Wednesday', '2026-03-25'), D('next Wednesday', '2026-04-08'), L('Córdoba'), L('Rosario'),
 O('Associated Press'), P('Tomás Ibarra'),
]
QUO['en_h3'] = [
 QT('"My grandmother worked 40 years and now she chooses between food and pills,"', 'speech', LF, 'told'),
 QT('"This isn\'t politics. This is dignity."', 'speech', LF, 'told'),
 QT('"We are not afraid of the gas,"', 'speech', NQ, 'said'),
 QT('"Jubilados no se tocan"', 'slogan'),
 QT('"We were here last Wednesday and we will be here next Wednesday."', 'speech', NQ),
 QT('"in a personal capacity."', 'speech', 'Racing Club', 'said'),
]
DH = 'Deb Harlan'; SR = 'Saguaro Regional Medical Center'
ENT['en_h4'] = [
 L('Tucson', 1), P('Ramon Villalobos'), O('Sentinel', 1, canonical='Tucson Sentinel'), L('TUCSON', canonical='Tucson'),
 L('Ariz.', canonical='Arizona'), Q('More than 1,100', low=1101, approx=True, unit='nurse'), D('Tuesday', '2026-01-20'),
 O(SR, '*'), D('Thursday', '2026-01-22'), L('Pima County'), L('Campbell Avenue'), O('National Nurses United'),
 Q('600', value=600, unit='bed'), Q('six or seven', low=6, high=7, unit='patient'),
 P(DH, role='intensive care nurse'), P('Harlan', 2, canonical=DH), PC('94%', 94), D('last month', '2025-12'),
 O('Saguaro Health', '*'), Q('about 400', value=400, approx=True, unit='nurse'), M('$4.5 million', 4.5e6, 'USD'),
 P('Linda Baca', role='chief nursing officer'), PC('14%', 14), PC('22%', 22), D('Jan. 9', '2026-01-09'),
 O('Tucson City Council'), D('Tuesday morning', '2026-01-20'), P('Ana Ruiz', role='Councilmember'),
 L('Phoenix'), D('October', '2025-10'), O('Arizona Hospital and Healthcare Association'),
 Q('28,000', value=28000, unit='nurse'), D('2030', '2030', rel=False), D('Tuesday evening', '2026-01-20'),
 D('Tuesday, Jan. 20, 2026', '2026-01-20', rel=False), P('Maria Lopez'), O('Tucson Sentinel'),
]
QUO['en_h4'] = [
 QT('"Safe Staffing Saves Lives"', 'slogan'), QT('"Nurses Can\'t Wait."', 'slogan'),
 QT('"We are not asking for the moon,"', 'speech', DH, 'said'),
 QT('"We are asking for enough hands to keep people alive."', 'speech', DH),
 QT('"We respect our nurses\' right to strike, but we are disappointed the union chose this path,"', 'speech', 'Linda Baca', 'said'),
 QT('"cannot grow if its hospitals are short-staffed."', 'speech', 'Ana Ruiz', 'said'),
]
JP = 'Jan Peeters'; ML = 'Marie Lambert'
ENT['en_h5'] = [
 L('Brussels', '*'), P('Sophie Vandermeulen'), P(JP), L('Antwerp'), D('Thursday', '2026-02-05'),
 L('Rue de la Loi'), Q('a few hundred', low=200, high=999, approx=True, unit='metre'), L('Berlaymont'),
 O('European Commission'), P('Peeters', 2, canonical=JP),
 Q('120', value=120, unit='cow'), O('Mercosur'), L('Brazil', '*'), L('Wallonia'),
 Q('About 1,300', value=1300, approx=True, unit='tractor'), O('Boerenbond'), O('FWA'),
 Q('3,000', value=3000, unit='tractor'), Q('6,000', value=6000, unit='person'), P(ML), L('Namur'),
 Q('two', value=2, unit='daughter'), P('Lambert', 2, canonical=ML),
 PC('30%', 30), D('last year', '2025'), M('28 euros', 28, 'EUR'), O('Commission', 2, canonical='European Commission'),
 M('€1 billion', 1e9, 'EUR'), O('Copa-Cogeca'), O('EU', '*', canonical='European Union'), D('Friday', '2026-02-06'),
 L('Argentina'), L('Paraguay'), L('Uruguay'), L('Place du Luxembourg'), O('European Parliament'),
 O('FNSEA'), L('Utrecht'), P('Peeters', 3, canonical=JP),
]
QUO['en_h5'] = [
 QT("'We are the last generation'", 'speech'),
 QT('"My grandfather farmed this land, my father farmed it, and I will probably be the last,"', 'speech', JP, 'said'),
 QT('"The Mercosur deal means beef from Brazil with rules we would never be allowed to use here."', 'speech', JP),
 QT('"They tell us to be greener, then they open the door to imports. It makes no sense."', 'speech', JP),
 QT('"My son is studying to be an engineer. I told him: don\'t come back,"', 'speech', JP, 'added'),
 QT('"People think farmers are rich because we drive big machines. The bank owns my tractor,"', 'speech', ML, 'said'),
 QT('"We get 28 euros a tonne for beet. It costs us 32 to grow it."', 'speech', ML),
 QT('"A \'safeguard\' for whom? Not for us."', 'speech', ML),
 QT("'safeguard'", 'term'),
 QT('"We\'ll be back,"', 'speech', JP, 'said'),
 QT('"Next time with more."', 'speech', JP),
]
ENT['fr_h1'] = [
 L('Portugal', '*'), Q('des dizaines de milliers', low=20000, high=99999, unit='manifestant'), L('Lisbonne', '*'),
 L('LISBONNE', canonical='Lisbonne'), O('AFP', '*'), Q('Des dizaines de milliers', low=20000, high=99999, unit='enseignant'),
 D('jeudi', '2026-03-12'), L('place Marquês de Pombal'), O("ministère de l'Éducation"), O('Fenprof', '*'), O('STOP'),
 Q('80.000', value=80000, unit='manifestant'), Q('environ 25.000', value=25000, approx=True, unit='manifestant'),
 P(HA, role='secrétaire générale de la Fenprof'), PC('90\u00a0%', 90), PC('60\u00a0%', 60),
 P(FSL, role="ministre de l'Éducation"), D('veille', '2026-03-11'), M("1,2 milliard d'euros", 1.2e9, 'EUR'),
 L('Porto'), Q('plusieurs milliers', low=2000, high=9999, unit='enseignant'), L('avenue dos Aliados'), O('SIC'),
 L('Coimbra'), L('Évora'), D('17 avril', '2026-04-17'), D('semaine prochaine', '2026-W12'),
 Q('environ 150.000', value=150000, approx=True, unit='enseignant'), L('Algarve'), PC('40\u00a0%', 40),
 D('du 10 au 12 février', '2026-02-10/2026-02-12'), O('Fédération nationale des médecins'),
 O('FNAM', canonical='Fédération nationale des médecins'), P('Luís Montenegro'), O('Parlement'), D("été"),
]
QUO['fr_h1'] = [
 QT('«\u00a0Dix ans de patience, ça suffit\u00a0»', 'speech', HA, 'a déclaré'),
 QT("«\u00a0Le gouvernement doit comprendre que l'école publique est en train de se vider.\u00a0»", 'speech', HA),
 QT('«\u00a0hors de portée\u00a0»', 'term', FSL, 'avait estimé'),
 QT('«\u00a0Respeito por quem ensina\u00a0»', 'slogan'),
 QT("«\u00a0avant l'été\u00a0»", 'term'),
]
MD = 'Marc Delorme'
ENT['fr_h2'] = [
 Q('des centaines de milliers', low=200000, high=999999, unit='manifestant'), L('France', '*'),
 Q('42.000', value=42000, unit='manifestant', occ='*'), L('Paris', '*'), L('PARIS', canonical='Paris'), O('AFP'),
 Q('Des centaines de milliers', low=200000, high=999999, unit='personne'), D('jeudi', '2026-03-19'),
 O("ministère de l'Intérieur"), Q('312.000', value=312000, unit='personne'), O('CGT', '*'),
 Q("plus d'un million", low=1000001, approx=True, unit='manifestant'), Q('150.000', value=150000, unit='manifestant'),
 O('Occurrence'), Q('61.000', value=61000, unit='personne'), L('place de la République'), L('place de la Nation'),
 L('boulevard Voltaire'), Q('23', value=23, unit='personne'), P(MD, role='secrétaire confédéral de la CGT'),
 O('Solidaires'), O('FO'), O('FSU', 1), O('CFDT'), D('lundi', '2026-03-23'), D('jeudi 2 avril', '2026-04-02'),
 Q('14.500', value=14500, unit='manifestant'), L('Marseille'), Q('9.000', value=9000, unit='manifestant'), L('Lyon'),
 Q('8.200', value=8200, unit='manifestant'), L('Toulouse'), Q('6.000', value=6000, unit='manifestant'), L('Rennes'),
 O('Éducation nationale'), PC('31\u00a0%', 31), PC('45\u00a0%', 45), O('SNUipp-FSU'), O('SNCF'), O('RTL'),
 P('Claire Vasseur', role='ministre du Travail'), M("2 milliards d'euros", 2e9, 'EUR'), D('Jeudi dernier', '2026-03-12'),
 Q('plusieurs milliers', low=2000, high=9999, unit='agent'), O('ministère de la Santé'), L('avenue de Ségur'), O('SUD Santé'),
]
QUO['fr_h2'] = [
 QT("«\u00a0plus d'un million\u00a0»", 'term', 'CGT', 'a revendiqué'),
 QT('«\u00a0Le gouvernement ne peut pas continuer à faire la sourde oreille\u00a0»', 'speech', MD, 'a déclaré'),
 QT("«\u00a0Les salariés ont perdu du pouvoir d'achat trois années de suite\u00a0»", 'speech', MD, 'a-t-il ajouté'),
 QT('«\u00a0un succès\u00a0»', 'term'),
 QT('«\u00a0le dialogue reste ouvert\u00a0»', 'speech', 'Claire Vasseur', 'a jugé'),
 QT('«\u00a0Nos salaires, pas vos dividendes\u00a0»', 'slogan'),
]
GR = 'Gwenaëlle Riou'
ENT['fr_h3'] = [
 L('Rennes', 1), Q('6 000', value=6000, unit='manifestant', occ='*'), P('Yann Le Goff'), Q('15 000', value=15000, unit='manifestant'),
 D('jeudi après-midi', '2026-03-19'), L('Rennes', 2), L('Ille-et-Vilaine'), L('esplanade Charles-de-Gaulle'),
 L('place de la République'), L('boulevard de la Liberté', '*'), O('CHU de Rennes'), O('Stellantis'), L('La Janais'),
 Q('250', value=250, unit='suppression'), D('janvier', '2026-01'), P(GR, role='aide-soignante'), O('CGT'),
 D('2023', '2023', rel=False), P('Thomas Briand', role='secrétaire départemental de FO'), O('FO'),
 D('veille', '2026-03-18'), Q('une centaine', value=100, approx=True, unit='étudiant'), L('Villejean'), O('Rennes 2'),
 D('mercredi soir', '2026-03-18'), L('Saint-Malo'), Q('800', value=800, unit='personne'), L('Fougères'), L('Vitré'),
 O('Ouest-France', '*'), L('Brest'), L('Lorient'), Q('plusieurs centaines', low=200, high=999, unit='manifestant'),
 M('2 000 euros', 2000, 'EUR'), M('1 450 euros', 1450, 'EUR'), O('Star'), O('Rennes Métropole'),
 D('jeudi 2 avril', '2026-04-02'), D('lundi', '2026-03-23'), L('Maison du peuple'), D('jeudi', '2026-03-19', occ=3),
 P('Marc Ollivier'),
]
QUO['fr_h3'] = [
 QT('«\u00a0On nous demande toujours plus avec toujours moins\u00a0»', 'speech', GR, 'résume'),
 QT("«\u00a0Mon salaire n'a pas bougé depuis 2023.\u00a0»", 'speech', GR),
 QT("« la mobilisation est au rendez-vous, et ce n'est qu'un début »", 'speech', 'Thomas Briand', 'Pour'),
 QT('«\u00a0Smic à 2 000 euros\u00a0»', 'slogan'),
]
FWA = "Fédération wallonne de l'agriculture"; AD = 'Anne-Sophie Delvaux'
ENT['fr_h4'] = [
 L('Bruxelles', 1), L('Bruxelles', 2), L('Bruxelles', 3), L('Bruxelles', 5), L('Bruxelles', 7), O('Mercosur', '*'),
 D('5 février', '2026-02-05'), O('Belga'), Q('Plusieurs milliers', low=2000, high=9999, unit='agriculteur'),
 D('jeudi', '2026-02-05'), O('Union européenne'), L('Bruxelles-Capitale'), L('Ixelles'),
 Q('1.300', value=1300, unit='tracteur'), Q('3.000', value=3000, unit='tracteur'), O('Boerenbond', '*'), O(FWA),
 O('FWA', '*', canonical=FWA), Q('6.000', value=6000, unit='personne'), L('Anvers'), L('Liège'), L('Namur'), L('Limbourg'),
 L('rue de la Loi'), L('rond-point Schuman'), L('place du Luxembourg'), O('Parlement européen', '*'),
 P(AD, role='présidente de la FWA'), O('FNSEA'), O('Jeunes agriculteurs'), L('Lille'), L('Reims'),
 O('Commission européenne'), M("un milliard d'euros", 1e9, 'EUR'), D('vendredi', '2026-02-06'),
 O('Bruxelles Mobilité'), O('Stib'), L('Pays-Bas'), L('A12'), L('Utrecht'), O('ANP'),
 D('18 décembre 2025', '2025-12-18', rel=False), Q('près de 10.000', value=10000, approx=True, unit='agriculteur'),
 D('prochaines semaines'),
]
QUO['fr_h4'] = [
 QT('«\u00a0Nous ne sommes pas contre le commerce, nous sommes contre la concurrence déloyale\u00a0»', 'speech', AD, 'a expliqué'),
 QT("«\u00a0On nous impose des normes que les éleveurs brésiliens n'ont pas à respecter.\u00a0»", 'speech', AD),
 QT('«\u00a0dérisoire\u00a0»', 'term', cue='jugé'),
 QT('«\u00a0dans les prochaines semaines\u00a0»', 'speech', 'Boerenbond', 'a prévenu'),
]
OM = 'Oksana Melnyk'
ENT['fr_h5'] = [
 L('Genève', '*'), L('Ukraine', '*'), L('GENÈVE', canonical='Genève'), O('Keystone-ATS'),
 Q('Entre 2.500 et 4.000', low=2500, high=4000, unit='personne'), D('mardi', '2026-02-24'),
 O('Association des Ukrainiens de Suisse'), L('Cornavin'), L('place des Nations'), O('ONU'),
 Q('2.500', value=2500, unit='participant', occ=2), Q('4.000', value=4000, unit='participant', occ=2),
 P(OM, role="porte-parole de l'association"), D('mars 2022', '2022-03', rel=False), Q('deux', value=2, unit='enfant'),
 L('Suisse', 2), L('Suisse', 3), M('7,4 milliards de francs', 7.4e9, 'CHF'), P('Claude Rochat', role="conseiller d'État genevois"),
 O('Conseil fédéral'), M('5 milliards de francs', 5e9, 'CHF'), D('2022', '2022', rel=False, occ=2),
 L('Berne'), L('Lausanne', '*'), L('Zurich'), L('Varsovie'), L('Londres'), L('Munich'), L('La Haye'), L('Kiev'),
 D('Samedi', '2026-02-21'), Q('une centaine', value=100, approx=True, unit='militant'), O('Amnesty International'),
 L('Palais des Nations'), D('24 août', '2026-08-24'),
]
QUO['fr_h5'] = [
 QT('«\u00a0juste et durable\u00a0»', 'term'),
 QT('«\u00a0Nous ne demandons pas la pitié, nous demandons la justice\u00a0»', 'speech', OM, 'a lancé'),
 QT("«\u00a0Stop à la guerre, pas à l'aide\u00a0»", 'slogan'),
]
