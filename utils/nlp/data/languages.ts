/**
 * Hand-kept words the entity finder needs in French, German, Spanish, Italian and Portuguese: person
 * titles, the nouns that introduce a person ("le président", "der Trainer"), organization heads and
 * locative prepositions. Small and general, like `lexicon.ts`; the long lists (function words,
 * country names) are generated into `languages.generated.ts`.
 */

const words = (s: string): string[] => s.trim().split(/\s*\|\s*/);

/** What the finder knows of one language beyond English. */
export interface LanguageWords {
  /** Capitalized titles before a person's name ("M.", "Mme", "Herr", "Sra."). */
  titles: string[];
  /** Lower-case nouns that introduce a person ("président", "Trainer" in German is capitalized). */
  personNouns: string[];
  /** Words that open an organization's name ("Conseil", "Partido", "Banca"). */
  orgFirstHeads: string[];
  /** Words that close an organization's name ("GmbH", "Partei", "Bank"). */
  orgLastHeads: string[];
  /** Words that open the name of an event, award or title ("Copa América", "Coupe du monde"). */
  miscFirstHeads?: string[];
  /** Prepositions before a place ("à Paris", "in Köln", "en Chile"). */
  locPreps: string[];
  /** Lower-case words that continue a name after its head ("Conseil constitutionnel"): endings. */
  nameAdjective?: RegExp;
  /** Nouns are capitalized (German): a capitalized word alone is no evidence of a name. */
  nounsCapitalized?: boolean;
  /** Capitalized function words and sentence openers beyond the generated list. */
  openers?: string[];
  /** Cities and regions under their name in this language ("Köln", "Katmandou", "Londres"). */
  places?: string[];
}

export const LANGUAGE_WORDS: Record<string, LanguageWords> = {
  fr: {
    titles: words(
      `M.|MM.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Me|Maître|Dr|Pr|Mgr|Père|Sœur`,
    ),
    personNouns:
      words(`président|présidente|ministre|député|députée|sénateur|sénatrice|maire|général|
    directeur|directrice|porte-parole|secrétaire|chef|cheffe|juge|avocat|avocate|procureur|professeur|
    chercheur|chercheuse|écrivain|écrivaine|auteur|autrice|journaliste|entraîneur|joueur|joueuse|
    sélectionneur|patron|patronne|fondateur|fondatrice|ambassadeur|ambassadrice|commissaire|
    socialiste|écologiste|premier|première|ex-président|candidat|candidate|élu|élue|dirigeant|dirigeante`),
    orgFirstHeads:
      words(`Conseil|Commission|Assemblée|Ministère|Parti|Front|Union|Banque|Cour|Tribunal|
    Agence|Institut|Université|Fédération|Association|Société|Groupe|Fondation|Comité|Syndicat|Office|
    Sénat|Caisse|Centre|Direction|Autorité|Haute|Mouvement|Rassemblement|Confédération|Observatoire|
    Quai|Élysée|Conférence|Organisation|Compagnie|Chambre|Académie|Collège|École|Musée|Orchestre|Club|
    Olympique|Stade|Racing`),
    orgLastHeads: words(`SA|SAS|SARL|SNCF|Groupe`),
    locPreps: words(`à|au|aux|en|vers|depuis|dans|près`),
    miscFirstHeads: words(
      `Coupe|Championnat|Jeux|Prix|Festival|Salon|Loi|Traité|Guerre|Tour|Grand`,
    ),
    nameAdjective:
      /^(?:\p{Ll}+(?:el|elle|al|ale|aux|ique|aire|ien|ienne|ais|aise|éen|éenne|if|ive|iste|ain|aine|ois|oise|nal|nale|ral|rale)s?|d['’]\p{Lu}\p{L}+)$/u,
    openers: words(`Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Vous|Je|
    Mais|Et|Ou|Donc|Or|Ni|Car|Pour|Par|Sur|Sous|Avec|Sans|Dans|En|Au|Aux|À|Selon|Après|Avant|Depuis|
    Pendant|Quand|Lorsque|Si|Comme|Alors|Ainsi|Aussi|Parmi|Entre|Chez|Vers`),
    places:
      words(`Londres|Bruxelles|Genève|Berne|Bâle|Munich|Cologne|Francfort|Vienne|Varsovie|Moscou|
    Pékin|Le Caire|Alger|Tunis|Rabat|Dakar|Abidjan|Beyrouth|Damas|Bagdad|Téhéran|Jérusalem|
    Washington|New York|Matignon|Bercy|Strasbourg|Lyon|Marseille|Lille|Toulouse|Bordeaux|Nantes|
    Nice|Rennes|Montpellier|Grenoble|Corse|Bretagne|Normandie|Alsace|Île-de-France|Émirats`),
  },
  de: {
    titles:
      words(`Herr|Herrn|Frau|Dr.|Prof.|Bundeskanzler|Bundeskanzlerin|Kanzler|Kanzlerin|Präsident|
    Präsidentin|Bundespräsident|Minister|Ministerin|Ministerpräsident|Ministerpräsidentin|
    Bürgermeister|Bürgermeisterin|Trainer|Chef|Chefin|Sprecher|Sprecherin|Vorsitzende|Vorsitzender|
    Abgeordnete|Abgeordneter|Senator|Richter|Richterin|Botschafter|Papst|Kardinal|Bischof|Pfarrer`),
    personNouns: [],
    orgFirstHeads: words(
      `Bundesamt|Bundesministerium|Landesamt|Verband|Verein|Stiftung|Institut|Universität`,
    ),
    orgLastHeads:
      words(`GmbH|AG|KG|KGaA|SE|e.V.|eG|Bank|Partei|Verband|Verein|Ministerium|Universität|
    Institut|Stiftung|Gruppe|Konzern|Kommission|Rat|Gericht|Bundesamt|Agentur|Versicherung|Werke|
    Systems|Group|Media|Software|Technologies`),
    locPreps: words(`in|im|nach|aus`),
    miscFirstHeads: words(`Pokal|Meisterschaft|Preis|Gesetz|Vertrag|Krieg`),
    nounsCapitalized: true,
    openers:
      words(`Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Eines|Er|Sie|Es|Wir|Ihr|Ich|Man|
    Mit|Für|Auf|Aus|Bei|Nach|Von|Vor|Zu|Zum|Zur|Im|Am|Um|Über|Unter|Durch|Gegen|Ohne|Seit|Bis|Auch|
    Aber|Und|Oder|Doch|Denn|Wenn|Als|Wie|Wo|Was|Wer|Dieser|Diese|Dieses|Dabei|Damit|Dazu|Zudem|So|Nun|
    Unser|Unsere|Unseren|Dieses`),
    places:
      words(`Köln|München|Wien|Zürich|Genf|Basel|Bern|Frankfurt|Düsseldorf|Nürnberg|Hannover|Leipzig|
    Dresden|Stuttgart|Bremen|Mailand|Rom|Venedig|Neapel|Florenz|Brüssel|Moskau|Warschau|Prag|Peking|
    Kairo|Bayern|Sachsen|Hessen|Thüringen|Niedersachsen|Europa`),
  },
  es: {
    titles: words(`Sr.|Sra.|Srta.|Don|Doña|Dr.|Dra.`),
    personNouns: words(`presidente|presidenta|ministro|ministra|diputado|diputada|senador|senadora|
    alcalde|alcaldesa|gobernador|gobernadora|general|director|directora|portavoz|secretario|secretaria|
    jefe|jefa|juez|jueza|fiscal|abogado|abogada|profesor|profesora|escritor|escritora|periodista|
    entrenador|técnico|jugador|jugadora|fundador|fundadora|embajador|embajadora|líder|ex|comunista|
    politólogo|politóloga|jurista|candidato|candidata|dirigente|analista|investigador|investigadora`),
    orgFirstHeads:
      words(`Partido|Ministerio|Banco|Congreso|Senado|Tribunal|Corte|Universidad|Instituto|
    Fundación|Asociación|Federación|Comisión|Consejo|Coordinadora|Sociedad|Grupo|Agencia|Frente|
    Movimiento|Unión|Cámara|Junta|Gobierno|Confederación|Organización|Compañía|Club|Real|Atlético|
    Deportivo|Secretaría|Dirección|Servicio|Policía|Ejército|Fuerza`),
    orgLastHeads: words(`SA|S.A.|SL`),
    locPreps: words(`en|desde|hacia|hasta`),
    miscFirstHeads: words(
      `Copa|Campeonato|Juegos|Premio|Festival|Ley|Tratado|Guerra|Vuelta|Mundial`,
    ),
    nameAdjective:
      /^\p{Ll}+(?:al|ales|ano|ana|ense|ista|ico|ica|ario|aria|ino|ina|és|esa|eño|eña)$/u,
    openers:
      words(`El|La|Los|Las|Lo|Un|Una|Unos|Unas|Este|Esta|Estos|Estas|Ese|Esa|Eso|Él|Ella|Ellos|
    Nosotros|Yo|Pero|Y|O|Ni|Sin|Con|Por|Para|En|De|Del|Al|A|Desde|Hasta|Según|Tras|Cuando|Si|Como|Aunque|
    Mientras|Entre|Ante|Sobre|Hoy|Ayer|Eso|Esto|Uno|Dos`),
    places:
      words(`Londres|Nueva York|Bruselas|Ginebra|Moscú|Pekín|Holanda|Buenos Aires|Medio Oriente|
    Oriente Medio|Kurdistán|Lisboa|Ciudad de México|Bogotá|Lima|Santiago|Montevideo|Caracas|La Habana`),
  },
  it: {
    titles: words(`Sig.|Sig.ra|Dott.|Dott.ssa|Prof.|On.|Don`),
    personNouns: words(`presidente|ministro|ministra|deputato|deputata|senatore|senatrice|sindaco|
    generale|direttore|direttrice|portavoce|segretario|segretaria|capo|giudice|avvocato|procuratore|
    professore|professoressa|scrittore|scrittrice|autore|autrice|giornalista|allenatore|giocatore|
    fondatore|fondatrice|ambasciatore|regista|produttore|leader|candidato|candidata|premier`),
    orgFirstHeads:
      words(`Partito|Ministero|Banca|Banco|Camera|Senato|Corte|Tribunale|Università|Istituto|
    Fondazione|Associazione|Federazione|Commissione|Consiglio|Società|Gruppo|Agenzia|Movimento|Unione|
    Lega|Confederazione|Organizzazione|Compagnia|Comune|Regione|Polizia|Guardia`),
    orgLastHeads: words(`SpA|S.p.A.|Srl`),
    locPreps: words(`a|in|verso`),
    miscFirstHeads: words(
      `Coppa|Campionato|Giochi|Premio|Festival|Legge|Trattato|Guerra|Giro|Mondiale`,
    ),
    nameAdjective: /^\p{Ll}+(?:ale|ali|ano|ana|ese|ista|ico|ica|ario|aria|ino|ina)$/u,
    openers:
      words(`Il|Lo|La|I|Gli|Le|Un|Uno|Una|Questo|Questa|Quello|Quella|Lui|Lei|Loro|Noi|Io|Ma|E|O|
    Né|Con|Per|In|Di|Da|Del|Della|Dei|Degli|Delle|Al|Alla|Dal|Dalla|Su|Sul|Sulla|Secondo|Dopo|Prima|
    Quando|Se|Come|Anche|Tra|Fra|Oggi|Ieri`),
    places: words(`Londra|Parigi|Bruxelles|Ginevra|Monaco|Colonia|Vienna|Mosca|Pechino|
    Milano|Roma|Napoli|Torino|Firenze|Venezia|Bologna|Genova|Palermo|Bari|Catania`),
  },
  pt: {
    titles: words(`Sr.|Sra.|Dr.|Dra.|Dom|Dona`),
    personNouns: words(`presidente|ministro|ministra|deputado|deputada|senador|senadora|prefeito|
    prefeita|governador|governadora|general|diretor|diretora|porta-voz|secretário|secretária|chefe|juiz|
    juíza|procurador|advogado|advogada|professor|professora|escritor|escritora|jornalista|técnico|
    treinador|jogador|jogadora|fundador|fundadora|embaixador|embaixadora|líder|comandante|ex-presidente|
    candidato|candidata|atacante|goleiro|zagueiro|meia`),
    orgFirstHeads:
      words(`Partido|Ministério|Banco|Câmara|Senado|Supremo|Tribunal|Universidade|Instituto|
    Fundação|Associação|Federação|Comissão|Conselho|Sociedade|Grupo|Agência|Movimento|União|
    Confederação|Organização|Companhia|Clube|Polícia|Exército|Prefeitura|Secretaria`),
    orgLastHeads: words(`SA|S.A.|Ltda`),
    locPreps: words(`em|para`),
    miscFirstHeads: words(`Copa|Campeonato|Jogos|Prêmio|Festival|Lei|Tratado|Guerra|Mundial|Taça`),
    nameAdjective: /^\p{Ll}+(?:al|ais|ano|ana|ense|ista|ico|ica|ário|ária|ino|ina|ês|esa)$/u,
    openers:
      words(`O|A|Os|As|Um|Uma|Uns|Umas|Este|Esta|Esse|Essa|Isso|Isto|Ele|Ela|Eles|Elas|Nós|Eu|Mas|
    E|Ou|Nem|Com|Sem|Por|Para|Em|No|Na|Nos|Nas|De|Do|Da|Dos|Das|Ao|À|Após|Apesar|Segundo|Quando|Se|Como|
    Também|Entre|Hoje|Ontem|Não|Sim`),
    places:
      words(`Londres|Nova York|Bruxelas|Genebra|Moscou|Pequim|São Paulo|Rio de Janeiro|Brasília|
    Salvador|Belo Horizonte|Porto Alegre|Recife|Fortaleza|Curitiba|Manaus|Lisboa`),
  },
};
