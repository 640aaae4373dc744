-- Quote attribution rules, one case each (issue 12): texts written for these tests, in
-- English and French. Each case names a quotation by its words and says who said it
-- (false: no one) and, where the rule is about kinds, its kind. A case that fails names
-- the rule it guards.
local pc = require "protestcorpus"

local function Q(s) return "\226\128\156" .. s .. "\226\128\157" end -- “…”
local function G(s) return "\194\171\194\160" .. s .. "\194\160\194\187" end -- « … »

local CASES = {
  -- 1. pronouns to the right gender
  { rule = "she skips a man: no woman named (only described), no speaker",
    lang = "en",
    text = "Mark Hollis, the port's director, said the talks had failed.\n\n"
      .. "A crane operator who has worked at the port for 14 years spoke of her shifts.\n\n"
      .. Q("I used to see my kids before bed,") .. " she said.\n",
    quote = "I used to see my kids", speaker = false },
  { rule = "she goes to the woman named before a man",
    lang = "en",
    text = "Helen Marsh, a nurse, joined the picket line in Leeds. Her colleague David Brook was there too.\n\n"
      .. Q("We are exhausted,") .. " she said.\n",
    quote = "We are exhausted", speaker = "Helen Marsh" },
  { rule = "he goes to the man named before a woman",
    lang = "en",
    text = "Thomas Grell, who drives a tram, stood beside the union's lawyer, Anna Kessler.\n\n"
      .. Q("Nobody asked us,") .. " he said.\n",
    quote = "Nobody asked us", speaker = "Thomas Grell" },
  { rule = "Ms before an unknown given name makes a woman",
    lang = "en",
    text = "Ms Okonkwo-Baptiste, a midwife, and Peter Lang, a porter, marched together.\n\n"
      .. Q("We have had enough,") .. " she said.\n",
    quote = "We have had enough", speaker = "Okonkwo-Baptiste" },
  { rule = "spokeswoman beside a name makes a woman",
    lang = "en",
    text = "Robin Achterberg, a spokeswoman for the ministry, met Sam Keller, the union's chairman.\n\n"
      .. Q("The door remains open,") .. " she said.\n",
    quote = "The door remains open", speaker = "Robin Achterberg" },
  { rule = "the wife of X does not make X a woman",
    lang = "en",
    text = "The wife of Dominique Arnaud marched beside him on Saturday.\n\n"
      .. Q("We will win,") .. " he said.\n",
    quote = "We will win", speaker = "Dominique Arnaud" },
  { rule = "elle saute un homme : la négociatrice",
    lang = "fr",
    text = "La négociatrice Dominique Arnaud a rencontré jeudi le ministre Pierre Lemaire.\n\n"
      .. G("Rien n'a bougé") .. ", a-t-elle déclaré.\n",
    quote = "Rien n'a bougé", speaker = "Dominique Arnaud" },
  { rule = "il saute une femme : Mme",
    lang = "fr",
    text = "Camille Rivet, porte-parole du collectif, était aux côtés de Mme Claude Besson.\n\n"
      .. G("Nous ne lâcherons rien") .. ", a-t-il lancé.\n",
    quote = "Nous ne lâcherons rien", speaker = "Camille Rivet" },
  { rule = "a secrétaire générale is a woman",
    lang = "fr",
    text = "Sophie Binet, secrétaire générale de la CGT, a croisé Jean Marchal devant la préfecture.\n\n"
      .. G("La mobilisation ne faiblit pas") .. ", estime-t-elle.\n",
    quote = "La mobilisation ne faiblit pas", speaker = "Sophie Binet" },

  -- 2. organizations as speakers, and a speaker who keeps talking
  { rule = "X, which ..., said: the organization before the relative clause",
    lang = "en",
    text = "The RMT union, which represents porters and cleaners, said it would ballot its members "
      .. Q("as soon as possible") .. ".\n",
    quote = "as soon as possible", speaker = "RMT" },
  { rule = "X, who ..., said",
    lang = "en",
    text = "Karen Whitfield, who leads the teachers in Leeds, said the offer was "
      .. Q("an insult to every teacher") .. ".\n",
    quote = "an insult to every teacher", speaker = "Karen Whitfield" },
  { rule = "the company said in a statement: the company named before",
    lang = "en",
    text = "Workers at the TotalEnergies refinery in Donges ended their strike on Friday.\n\n"
      .. "The company said in a statement that the agreement was "
      .. Q("responsible and fair for everyone involved") .. ".\n",
    quote = "responsible and fair", speaker = "TotalEnergies" },
  { rule = "selon la préfecture",
    lang = "fr",
    text = "Ils étaient 4 500 à Niort. Selon la préfecture des Deux-Sèvres, "
      .. G("le cortège s'est dispersé dans le calme") .. ".\n",
    quote = "le cortège s'est dispersé", speaker = "préfecture des Deux-Sèvres" },
  { rule = "a statement from the union, then the union keeps talking in the next paragraph",
    lang = "en",
    text = "The GMB union said in a statement that members had voted to strike. "
      .. Q("This was not an easy decision.") .. "\n\n"
      .. Q("Our members deserve better.") .. "\n",
    quote = "Our members deserve better", speaker = "GMB" },

  { rule = "la conseillère: the person given that role, not the one named before the role word's sentence",
    lang = "fr",
    text = "La conseillère d'État chargée des finances, Nathalie Berthoud, présentait jeudi son budget.\n\n"
      .. G("On ne s'en sort plus") .. ", raconte Sandrine Moret, infirmière depuis quinze ans.\n"
      .. "La conseillère d'État a défendu un budget " .. G("responsable et équilibré pour le canton") .. ".\n",
    quote = "responsable et équilibré", speaker = "Nathalie Berthoud" },
  { rule = "a spokesman for X said: X",
    lang = "en",
    text = "The CGT called the strike. A spokesman for the CGT said the talks were "
      .. Q("going nowhere fast, as usual") .. ".\n",
    quote = "going nowhere fast", speaker = "CGT" },
  { rule = "the ministry said in a statement",
    lang = "en",
    text = "In a statement, the Interior Ministry said the march had been "
      .. Q("largely peaceful despite some incidents") .. ".\n",
    quote = "largely peaceful", speaker = "Interior Ministry" },
  { rule = "a speaker who keeps talking in the next paragraph",
    lang = "en",
    text = Q("It is a disgrace,") .. " said Helen Marsh. " .. Q("Nobody cares about us.") .. "\n\n"
      .. Q("We will strike again next month.") .. "\n",
    quote = "We will strike again", speaker = "Helen Marsh" },
  { rule = "she after two persons: the woman, wherever she stands",
    lang = "en",
    text = "Mary Jones met John Smith on Monday. " .. Q("We agreed on nothing,") .. " she said.\n",
    quote = "We agreed on nothing", speaker = "Mary Jones" },

  { rule = "the company, paragraphs after the company the article keeps naming",
    lang = "en",
    text = "TotalEnergies workers walked out at Donges. TotalEnergies said output was cut.\n\n"
      .. "Unions met at the TotalEnergies site on Thursday.\n\n"
      .. Q("The workers held firm,") .. " said Fabien Morvan of the CGT.\n\n"
      .. "Talks went on for hours.\n\n"
      .. "The company said in a statement that the deal was " .. Q("responsible and fair to all staff") .. ".\n",
    quote = "responsible and fair", speaker = "TotalEnergies" },

  { rule = "le ministre no one was given: the person named just before, who has no other role",
    lang = "fr",
    text = "Gérald Darmanin a reçu les syndicats. Le ministre a promis "
      .. G("des moyens supplémentaires dès cette année") .. ".\n",
    quote = "des moyens supplémentaires", speaker = "Gérald Darmanin" },
  { rule = "le ministre de l'Intérieur may be someone the text has not named",
    lang = "fr",
    text = "Pierre Lemaire a reçu les syndicats. Le ministre de l'Intérieur a promis "
      .. G("des moyens supplémentaires dès cette année") .. ".\n",
    quote = "des moyens supplémentaires", speaker = false },
  { rule = "la ministre is not the man named just before",
    lang = "fr",
    text = "Pierre Lemaire a reçu les syndicats. La ministre a promis "
      .. G("des moyens supplémentaires dès cette année") .. ".\n",
    quote = "des moyens supplémentaires", speaker = false },

  { rule = "a role, then a title and the name set off: La rectrice, Mme X, a assuré",
    lang = "fr",
    text = "La rectrice, Mme Anne Vidal, a assuré qu'aucune école ne fermerait "
      .. G("sans concertation avec les maires") .. ".\n",
    quote = "sans concertation", speaker = "Anne Vidal" },

  { rule = "elle for an organization that opens the sentence before",
    lang = "fr",
    text = "Jean Dupont a quitté la réunion. La CGT a appelé à une nouvelle grève jeudi. "
      .. G("Le gouvernement doit entendre la rue") .. ", a-t-elle ajouté dans un communiqué.\n",
    quote = "Le gouvernement doit entendre", speaker = "CGT" },
  { rule = "il for le syndicat X",
    lang = "fr",
    text = "Le syndicat Alliance a dénoncé des violences. " .. G("Les policiers sont épuisés") .. ", a-t-il ajouté.\n",
    quote = "Les policiers sont épuisés", speaker = "Alliance" },
  { rule = "elle for the person named after the organization",
    lang = "fr",
    text = "La CGT a appelé à la grève, selon Marie Durand. " .. G("Le gouvernement doit entendre la rue")
      .. ", a-t-elle ajouté.\n",
    quote = "Le gouvernement doit entendre", speaker = "Marie Durand" },

  -- 3. cue forms
  { rule = "assène X",
    lang = "fr",
    text = G("C'est une provocation") .. ", assène Sophie Binet.\n",
    quote = "C'est une provocation", speaker = "Sophie Binet" },
  { rule = "lance X",
    lang = "fr",
    text = G("Nous irons jusqu'au bout") .. ", lance Sophie Binet devant la foule.\n",
    quote = "Nous irons jusqu'au bout", speaker = "Sophie Binet" },
  { rule = "X a déclaré à l'AFP :",
    lang = "fr",
    text = "Sophie Binet a déclaré à l'AFP : " .. G("Nous irons jusqu'au retrait") .. ".\n",
    quote = "Nous irons jusqu'au retrait", speaker = "Sophie Binet" },
  { rule = "Pour X, de Y, « … »",
    lang = "fr",
    text = "Pour Guillaume Morel, du SNUipp-FSU, " .. G("jamais les enseignants n'ont été aussi épuisés") .. ".\n",
    quote = "jamais les enseignants", speaker = "Guillaume Morel" },
  { rule = "selon elle",
    lang = "fr",
    text = "Claire Dumas, infirmière à Lyon, a manifesté jeudi. Selon elle, "
      .. G("l'hôpital craque de partout") .. ".\n",
    quote = "l'hôpital craque", speaker = "Claire Dumas" },
  { rule = "a fait savoir X",
    lang = "fr",
    text = "Les fonctionnaires ont défilé à Lausanne. " .. G("Nous ne laisserons pas faire")
      .. ", a fait savoir la CGT.\n",
    quote = "Nous ne laisserons pas faire", speaker = "CGT" },
  { rule = "déplore X",
    lang = "fr",
    text = G("On nous a oubliés") .. ", déplore Martine Aubry, maire de Lille.\n",
    quote = "On nous a oubliés", speaker = "Martine Aubry" },
  { rule = "X l'a dit :",
    lang = "fr",
    text = "Philippe Martinez l'a dit sans détour : " .. G("la grève continuera") .. ".\n",
    quote = "la grève continuera", speaker = "Philippe Martinez" },
  { rule = "explique-t-elle after her own introduction",
    lang = "fr",
    text = "Nadia Benali, aide-soignante, travaille de nuit depuis dix ans.\n\n"
      .. G("On tient grâce aux collègues") .. ", explique-t-elle.\n",
    quote = "On tient grâce", speaker = "Nadia Benali" },
  { rule = "in comments to",
    lang = "en",
    text = "In comments to reporters, Olaf Brandt said the strike was " .. Q("entirely justified by the facts")
      .. ".\n",
    quote = "entirely justified", speaker = "Olaf Brandt" },
  { rule = "X told Y, colon",
    lang = "en",
    text = "Olaf Brandt told the crowd: " .. Q("We will be back next week.") .. "\n",
    quote = "We will be back", speaker = "Olaf Brandt" },
  { rule = "according to X",
    lang = "en",
    text = "According to the CGT, " .. Q("more than a million people marched today") .. ".\n",
    quote = "more than a million", speaker = "CGT" },

  -- 4. kinds
  { rule = "a banner read", kind = "slogan",
    lang = "en",
    text = "A banner hung from the bridge read " .. Q("No Pay, No Peace") .. ".\n",
    quote = "No Pay, No Peace", speaker = false },
  { rule = "marchers chanted", kind = "slogan",
    lang = "en",
    text = "Marchers chanted " .. Q("Hands off our pensions") .. " as they passed the ministry.\n",
    quote = "Hands off our pensions", speaker = false },
  { rule = "on pouvait lire", kind = "slogan",
    lang = "fr",
    text = "Sur les pancartes, on pouvait lire " .. G("Retraite avant l'arthrite") .. ".\n",
    quote = "Retraite avant", speaker = false },
  { rule = "une banderole", kind = "slogan",
    lang = "fr",
    text = "En tête du cortège, une banderole proclamait " .. G("Touche pas à mon école") .. ".\n",
    quote = "Touche pas", speaker = false },
  { rule = "under the slogan", kind = "slogan",
    lang = "en",
    text = "Protesters marched under the slogan " .. Q("Not in our name") .. ".\n",
    quote = "Not in our name", speaker = false },
  { rule = "aux cris de", kind = "slogan",
    lang = "fr",
    text = "Ils avançaient aux cris de " .. G("Macron démission") .. ".\n",
    quote = "Macron démission", speaker = false },
  { rule = "a quotation opening the next paragraph is no gloss of a slogan", kind = "speech",
    lang = "fr",
    text = "Plus loin, des étudiants scandaient " .. G("Et un, et deux, et trois degrés !") .. "\n\n"
      .. G("Le gouvernement a réduit le budget de moitié. On recule") .. ", a déclaré Nicolas Vandenberghe.\n",
    quote = "Le gouvernement a réduit", speaker = "Nicolas Vandenberghe" },
  { rule = "signs saying", kind = "slogan",
    lang = "en",
    text = "Marchers held signs saying " .. Q("Hands off our pensions") .. ".\n",
    quote = "Hands off our pensions", speaker = false },
  { rule = "a sign that said", kind = "slogan",
    lang = "en",
    text = "Kevin Brannigan held a hand-painted sign that said " .. Q("My wife deserves better") .. ".\n",
    quote = "My wife deserves better", speaker = false },
  { rule = "English 'on' is no pronoun: a three-word fragment is a term", kind = "term",
    lang = "en",
    text = "Daniel Osei said staff were " .. Q("running on goodwill") .. ".\n",
    quote = "running on goodwill", speaker = "Daniel Osei" },
  { rule = "a figure with its thousands set apart is one word: a term", kind = "term",
    lang = "fr",
    text = "L'intersyndicale a compté " .. G("plus de 180 000") .. " manifestants, et la CGT "
      .. G("plus de 60\194\160000") .. ".\n",
    quote = "plus de 180 000", speaker = false },
  { rule = "the same with a no-break space", kind = "term",
    lang = "fr",
    text = "La CGT revendique " .. G("plus de 60\194\160000") .. " manifestants.\n",
    quote = "plus de 60", speaker = "CGT" },
  { rule = "a crowd shouting: a chant", kind = "slogan",
    lang = "en",
    text = "Protesters shouted " .. Q("Resign, resign") .. " as the minister arrived.\n",
    quote = "Resign, resign", speaker = false },
  { rule = "shouted the protesters, after the chant", kind = "slogan",
    lang = "en",
    text = Q("Resign, resign!") .. " shouted the protesters as the minister arrived.\n",
    quote = "Resign, resign", speaker = false },
  { rule = "a person among the protesters speaks", kind = "speech",
    lang = "en",
    text = Q("We are tired,") .. " said Maria Lopez, one of the protesters.\n",
    quote = "We are tired", speaker = "Maria Lopez" },
  { rule = "la foule a entonné", kind = "slogan",
    lang = "fr",
    text = "La foule a entonné " .. G("On est là, même si Macron ne veut pas") .. " devant l'Assemblée.\n",
    quote = "On est là", speaker = false },
  { rule = "a rallying cry", kind = "slogan",
    lang = "en",
    text = "The march's rallying cry, " .. Q("Bread and roses") .. ", echoed down the avenue.\n",
    quote = "Bread and roses", speaker = false },
  { rule = "des gilets floqués", kind = "slogan",
    lang = "fr",
    text = "Les manifestants portaient des gilets floqués " .. G("Stop à la casse") .. ".\n",
    quote = "Stop à la casse", speaker = false },
  { rule = "scare quotes", kind = "term",
    lang = "en",
    text = "Thomas Brandt rejected what he called the " .. Q("reform") .. " of the rail network.\n",
    quote = "reform", speaker = "Thomas Brandt" },
  -- a subject set off by a relative clause after an opening phrase, its verb governing the quotation
  { rule = "the subject before a relative clause, after an opening phrase", kind = "term",
    lang = "fr",
    text = "Côté syndical, la CGT, qui coorganisait la marche, a dénoncé des "
      .. G("provocations") .. " de la police.\n",
    quote = "provocations", speaker = "CGT" },
  { rule = "the subject before a which-clause, after an opening phrase", kind = "term",
    lang = "en",
    text = "In Leeds on Monday, the RMT, which represents rail workers, denounced the "
      .. Q("betrayal") .. " of the deal.\n",
    quote = "betrayal", speaker = "RMT" },
  { rule = "a relative clause after a noun that names no one: no speaker", kind = "term",
    lang = "fr",
    text = "Côté syndical, l'intersyndicale, qui réunit la CGT, a dénoncé des "
      .. G("provocations") .. " de la police.\n",
    quote = "provocations", speaker = false },
  -- an inverted subject that describes by age the person just named
  { rule = "a expliqué l'officier de 67 ans: the person named just before",
    lang = "fr",
    text = "Des militants ont bloqué le port.\n\nParmi eux figurait le général à la retraite Jan de Wit, "
      .. "ancien chef de la marine, qui a rejoint le mouvement en mars. "
      .. G("J'ai servi ce pays. Aujourd'hui, je le défends autrement")
      .. ", a expliqué l'officier de 67 ans à la radio.\n",
    quote = "J'ai servi ce pays", speaker = "Jan de Wit" },
  { rule = "la manifestante de 40 ans is not the man named before",
    lang = "fr",
    text = "Le préfet Paul Garnier a reçu les organisateurs.\n\n"
      .. G("Nous reviendrons") .. ", a prévenu la manifestante de 40 ans.\n",
    quote = "Nous reviendrons", speaker = false },
  -- a banner's words named right before them, after someone's words in the same sentence
  { rule = "derrière une banderole « … » after a-t-il déclaré: no one's", kind = "slogan",
    lang = "fr",
    text = "Le délégué syndical Marc Perrin a pris la parole place de la République. "
      .. G("Nous ne lâcherons rien") .. ", a-t-il déclaré en tête du cortège, derrière une banderole "
      .. G("Sauvons nos écoles, pas les budgets") .. ".\n",
    quote = "Sauvons nos écoles", speaker = false },
  { rule = "under a banner “…” after he said: no one's", kind = "slogan",
    lang = "en",
    text = "Union steward Carl Jenkins spoke outside the depot. " .. Q("We are not going anywhere,")
      .. " he said, standing under a banner " .. Q("Fair Wages for Safe Trains") .. ".\n",
    quote = "Fair Wages", speaker = false },
  -- words said with a smile
  { rule = "sourit-il is a cue",
    lang = "fr",
    text = "Le gardien Mathieu Lambert, 31 ans, attend la reprise.\n\n"
      .. G("Je suis venu pour jouer, pas pour attendre") .. ", sourit-il.\n",
    quote = "Je suis venu pour jouer", speaker = "Mathieu Lambert", cue = "sourit-il" },
  { rule = "she smiled is a cue",
    lang = "en",
    text = "Grace Whitfield, a teacher for 20 years, joined the picket line.\n\n"
      .. Q("We will be back tomorrow,") .. " she smiled.\n",
    quote = "We will be back tomorrow", speaker = "Grace Whitfield", cue = "smiled" },

  -- 6. session quotes3: general classes seen on the fourth and fifth blind sets
  { rule = "a kin word in a clause after X's comma is someone else's: he stays X",
    lang = "en",
    text = "Daniel Weber, a steelworker, led the march on Friday, joined by Pablo Ortiz, who says his "
      .. "grandmother cannot pay for her heating.\n\n"
      .. Q("This is about all of us,") .. " he said.\n",
    quote = "This is about all of us", speaker = "Pablo Ortiz" },
  { rule = "X, the widow of Y: the kin word right after the comma still makes X a woman",
    lang = "en",
    text = "Dominique Ferrand, the widow of a miner, stood beside Paul Garnier.\n\n"
      .. Q("They forgot us,") .. " she said.\n",
    quote = "They forgot us", speaker = "Dominique Ferrand" },
  { rule = "a spokesperson said after the quote speaks for the organization just named",
    lang = "en",
    text = "Oxfam says food bank visits rose by a third during the strike. "
      .. Q("Every closed station is a closed shop,") .. " a spokesperson said.\n",
    quote = "Every closed station", speaker = "Oxfam" },
  { rule = "A spokeswoman said before the quote: the organization of the sentence before",
    lang = "en",
    text = "Greenpeace staged a sit-in outside the ministry on Monday. "
      .. "A spokeswoman said the group would return " .. Q("every week until the vote") .. ".\n",
    quote = "every week until the vote", speaker = "Greenpeace" },
  { rule = "a spokesperson with no organization named before it in the paragraph: no speaker",
    lang = "en",
    text = "Reuters counted about 2,000 people outside the station.\n\n"
      .. Q("Trains will run as normal tomorrow,") .. " a spokesperson said.\n",
    quote = "Trains will run", speaker = false },
  { rule = "a sign simply said: an adverb between sign and verb keeps it a slogan",
    lang = "en",
    text = "Farmers parked their tractors on the square. One hand-painted sign simply said "
      .. Q("Thank You For Nothing") .. " beside a flag.\n",
    quote = "Thank You For Nothing", speaker = false, kind = "slogan" },
  { rule = "un mot élidé ne compte pas à part : « plus d'un million » est un terme",
    lang = "fr",
    text = "La police a compté 300 000 manifestants. La CGT a revendiqué " .. G("plus d'un million")
      .. " de manifestants.\n",
    quote = "plus d'un million", speaker = "CGT", kind = "term" },
  { rule = "la syndicaliste : la femme à qui le texte a donné le rôle d'un syndicat",
    lang = "fr",
    text = "« Les classes débordent », résume Claire Morvan, secrétaire départementale de la FSU.\n\n"
      .. "Dans le cortège, Julie Perrin, infirmière scolaire, distribuait des tracts.\n\n"
      .. "Le recteur, Marc Olivier, n'a pas souhaité réagir. " .. G("Nous reviendrons jeudi")
      .. ", prévient la syndicaliste.\n",
    quote = "Nous reviendrons jeudi", speaker = "Claire Morvan" },
  { rule = "le syndicaliste juste après ses propres mots reste celui qui vient de parler",
    lang = "fr",
    text = "Anne Roux, secrétaire générale de la FSU, a ouvert la manifestation.\n\n"
      .. "Pour Paul Mercier, du Sgen-CFDT, " .. G("le compte n'y est pas") .. ". Le syndicaliste estime "
      .. "que les classes fermées ne seront " .. G("jamais rouvertes") .. ".\n",
    quote = "jamais rouvertes", speaker = "Paul Mercier", kind = "term" },
  { rule = "Pour A, B et C, « … » : une liste, aucun d'eux seul",
    lang = "fr",
    text = "Pour Solidaires, FO, la FSU et la CFDT, qui appelaient aussi à la grève, la journée est "
      .. G("un succès") .. ".\n",
    quote = "un succès", speaker = false, kind = "term" },
  { rule = "a headline's quotation said again below by a named speaker is theirs",
    lang = "fr",
    text = G("Nous dormons dans nos camions depuis une semaine") .. " : la colère des routiers\n\n"
      .. "Par Léa Martin\n\n"
      .. "Les barrages tiennent toujours sur l'A7.\n\n"
      .. G("Nous dormons dans nos camions depuis une semaine") .. ", raconte Karim Benali, chauffeur "
      .. "depuis vingt ans.\n",
    quote = "Nous dormons", speaker = "Karim Benali" },
  { rule = "Le gouvernement de X, qui …, a promis « … » : le gouvernement parle, pas X",
    lang = "fr",
    text = "Le gouvernement de Pedro Almeida, qui ne dispose pas de la majorité, a promis un accord "
      .. G("avant l'été") .. ".\n",
    quote = "avant l'été", speaker = false, kind = "term" },
  { rule = "the lawyer for X, who …, said: the lawyer speaks, not X",
    lang = "en",
    text = "The lawyer for Daniel Brooks, who was arrested on Monday, said the charges were "
      .. Q("entirely political") .. ".\n",
    quote = "entirely political", speaker = false, kind = "term" },
  { rule = "X, president of Y, the …, said: the name that opens the sentence still speaks",
    lang = "en",
    text = "Daniel Brooks, president of the Unite union, the largest in the country, said the offer was "
      .. Q("an insult") .. ".\n",
    quote = "an insult", speaker = "Daniel Brooks", kind = "term" },
}

local function find_quote(text, quotes, words)
  for _, q in ipairs(quotes) do
    if text:sub(q.start, q.stop):find(words, 1, true) then return q end
  end
end

describe("quote attribution rules", function()
  for _, c in ipairs(CASES) do
    it(c.rule, function()
      local doc = assert(pc.parse(c.text, { lang = c.lang, date = "2026-03-05" }))
      local a = assert(doc:annotations())
      doc:close()
      local q = find_quote(c.text, a.quotes, c.quote)
      assert(q, "no quotation holds " .. c.quote)
      if c.speaker == false then
        assert.is_nil(q.speaker, "no speaker expected, got " .. tostring(q.speaker))
      elseif c.speaker then
        assert.are.equal(c.speaker, q.speaker)
      end
      assert.are.equal(c.kind or "speech", q.kind)
      if c.cue then assert.are.equal(c.cue, q.cue) end
    end)
  end
end)
