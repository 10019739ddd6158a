/**
 * Hand-kept word lists for the entity finder: small, general (not tuned to any one article), and the
 * kind of knowledge a news reader brings — titles, organization heads, well-known bodies and regions.
 */

const words = (s: string): string[] => s.trim().split(/\s*\|\s*/);

/** Titles that, in front of a name, mark a person and are not part of the name. */
export const CORE_TITLES = new Set(
  words(`President|Vice-President|Secretary|Secretary-General|Minister|Chancellor|Premier|Mr|Mrs|Ms|Miss|Dr|
  Prof|Professor|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Pope|Cardinal|Archbishop|Bishop|Rev|Reverend|
  Father|Sister|Sheikh|Emir|Sultan|Senator|Sen|Sens|Rep|Reps|Representative|Congressman|Congresswoman|Governor|Gov|
  Mayor|Judge|Justice|Ambassador|Envoy|Commissioner|Chairman|Chairwoman|Chair|Director|Spokesman|
  Spokeswoman|Spokesperson|Gen|General|Lt|Lieutenant|Col|Colonel|Maj|Major|Capt|Captain|Cmdr|Commander|
  Admiral|Adm|Sgt|Sergeant|Marshal|Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Leader|Speaker|
  Chief|Officer|Attorney|Detective|Inspector|Dean|Rabbi|Imam|Ayatollah|Mullah|CEO|Chancellor|Treasurer|
  Deputy|Vice|Acting|Former|Ex|Crown|Grand|Duke|Duchess|Count|Countess|Baron|Baroness|MP|Mp|Sec|Atty|Supt|
  Ombudsman|Administrator|Superintendent|Founder|Co-founder|Cofounder|Sheriff|Provost|Principal|Referee|Umpire`),
);

/** Words that qualify a title ("Defense Secretary", "Secretary of State", "Prime Minister"). */
export const TITLE_MODIFIERS = new Set(
  words(`Prime|Foreign|Defense|Defence|State|Finance|Interior|Home|Justice|Trade|Health|Education|Energy|
  Treasury|Labor|Labour|Economy|Economic|Agriculture|Transport|Industry|Environment|Culture|Sports|Sport|
  Information|Security|Communications|Commerce|Development|Oil|Army|Navy|Air|Force|Executive|Operating|
  Financial|Senior|Junior|Assistant|Associate|Managing|National|Federal|First|Second|Third|Lady|General|
  Attorney|Head|Team|Party|Opposition|Majority|Minority|Union|Central|Bank|Police|Fire|Public|Affairs|
  Nations|External|Internal|Foreign-Affairs|Parliamentary|Permanent|Special|Chief|Deputy|Vice|Acting|
  Former|Coach|Secretary|Minister|President|Director|of|for|the|and`),
);

/** Title words that also start names of organizations ("General Motors", "Prime Computer"): only a title before a name. */
export const WEAK_TITLES = new Set(
  words(
    `General|Major|Chief|Leader|Officer|Father|Sister|Count|Grand|Crown|Chair|Director|Manager|Captain`,
  ),
);

/** Heads that make a name an organization ("Labour Party", "Ministry of Defence", "Acme Corp"). */
export const ORG_HEADS = new Set(
  words(`Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|Plc|PLC|plc|LLC|LLP|AG|SA|NV|BV|GmbH|
  AB|ASA|SpA|Group|Holdings|Holding|Industries|International|Partners|Associates|Bancorp|Bank|Bancorporation|
  Trust|Securities|Capital|Investments|Fund|Funds|Insurance|Assurance|Airlines|Airways|Air|Motors|Motor|Systems|
  Technologies|Technology|Software|Communications|Telecom|Telecommunications|Networks|Network|Energy|Petroleum|
  Oil|Gas|Mining|Resources|Steel|Chemicals|Pharmaceuticals|Foods|Brewery|Breweries|Stores|Electric|Electronics|
  Media|Press|News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Television|TV|Radio|Broadcasting|
  Agency|Authority|Commission|Committee|Council|Board|Bureau|Office|Department|Ministry|Ministries|Service|
  Services|Administration|Directorate|Secretariat|Party|Front|Movement|Alliance|Coalition|Union|Federation|
  Confederation|Association|Society|Institute|Institution|Foundation|Organisation|Organization|League|Club|FC|
  AFC|CF|SC|AC|United|Rovers|Wanderers|Villa|Orient|Thistle|Argyle|Athletic|Albion|Hotspur|Rangers|Celtic|Academy|University|College|
  School|Hospital|Clinic|Church|Court|Tribunal|Parliament|Assembly|Senate|Congress|Cabinet|Government|Army|
  Navy|Police|Guard|Brigade|Forces|Command|Exchange|Reserve|Treasury|Mission|Centre|Center|Orchestra|Team|
  Lab|Labs|Laboratories|Laboratory|Observatory|Museum|Library|Gallery|Theatre|Theater|Zoo|Consortium|Cooperative|Bourse|Brothers|Bros|Bros.|Enterprises|Ventures|Studios|
  Pictures|Records|Publishing|Publications|Mutual|Railways|Railway|Railroad|Lines|Shipping|Logistics|Tobacco|
  Cement|Textiles|Construction|Engineering|Autos|Automotive|Aviation|Aerospace|Defence|Defense|Health|
  Healthcare|Products|Brands|Retail|Mart|Sciences|Biotech|Robotics|Productions|Entertainment|Films|Dynamics|
  Analytics|Therapeutics|Pharma|Restaurants|Hotels|Resorts|Hospitality|Apparel|Cosmetics|Realty|Properties|
  Financial|Wireless|Broadband|Animation|Games|System|Airline|Embassy|Consulate|Courant|Bee|Inquirer|
  Examiner|Enquirer|Dispatch|Sentinel|Argus|Register|Labour|Democrats|Republicans|Conservatives|Liberals|
  Socialists|Communists|Greens|Tigers|Brotherhood|Jihad|Hamas|Hezbollah|Congregation|Diocese|Archdiocese|
  Synod|Dicastery|Patriarchate|Chamber|Equities|Management|Advisors|Advisers|Consulting|Solutions|
  Strategies|Investors`),
);

/** Heads that make a name a place ("Baltic Sea", "Gaza Strip", "Mount Everest"). */
export const PLACE_HEADS = new Set(
  words(`River|Sea|Ocean|Island|Islands|Isles|Mountains|Mountain|Hills|Valley|Bay|Gulf|Coast|Province|
  Provinces|County|Region|Republic|Kingdom|Emirate|Territory|Territories|Street|Square|Avenue|Road|Desert|
  Strait|Straits|Peninsula|Basin|Canal|Lake|Falls|Heights|Plain|Plains|Delta|Harbour|Harbor|Port|Beach|
  Park|Airport|Bridge|States|Oblast|Prefecture|District|Governorate|Township|Village|Town|Quarter|Strip|
  Auditorium|Pavilion|Arena|Stadium|Area|Prison|Palace|Cathedral|Castle`),
);

/** Words that start place names ("Mount Kenya", "Lake Victoria", "North Korea"). */
export const PLACE_PREFIXES = new Set(
  words(`Mount|Mt|Lake|Cape|Port|Fort|Saint|St|Gulf|Isle|North|South|East|West|Northern|Southern|Eastern|
  Western|Central|Upper|Lower|Greater|New|San|Santa|Sao|São|Los|Las|El|La|Le|Al|Costa|Puerto|Rio|Sierra|Serra|
  Monte|Mont|Cerro|Pico`),
);

/** Well-known organizations, by name and short form, that carry no head word. */
export const KNOWN_ORGS = new Set(
  words(`NATO|UN|U.N.|EU|E.U.|IMF|WTO|WHO|OPEC|OECD|ASEAN|APEC|FIFA|UEFA|IOC|NBA|NFL|NHL|MLB|NCAA|ATP|WTA|
  ICC|BBC|CNN|CBS|NBC|ABC|Fox|Reuters|AP|AFP|Bloomberg|Interfax|Itar-Tass|Tass|Xinhua|Kyodo|Pentagon|
  Congress|Senate|Parliament|Bundestag|Bundesbank|Knesset|Duma|Sejm|Politburo|Interpol|Europol|Nasdaq|
  NASDAQ|NYSE|Dow|Microsoft|Apple|Google|Amazon|Facebook|Meta|IBM|Intel|Boeing|Airbus|Toyota|Honda|Nissan|Sony|
  Samsung|Siemens|Twitter|YouTube|Instagram|WhatsApp|TikTok|LinkedIn|Netflix|Uber|Tesla|SpaceX|OpenAI|Spotify|Disney|Reddit|Wikipedia|Alibaba|Tencent|Huawei|Xiaomi|Baidu|Nestle|Nestlé|Shell|BP|Exxon|Chevron|Gazprom|Lukoil|Aeroflot|Lufthansa|Fiat|Renault|Peugeot|
  Volkswagen|BMW|Audi|Porsche|Volvo|Hyundai|Kia|Subaru|Mazda|Lexus|Daimler|Mercedes|Ferrari|McLaren|Benetton|Nike|Adidas|Coca-Cola|Pepsi|McDonald's|
  Ford|Chrysler|Stellantis|Chevrolet|Cadillac|Buick|Dodge|Mitsubishi|Suzuki|Yamaha|Kawasaki|Ducati|Lamborghini|Maserati|
  Bentley|Rolls-Royce|Citroen|Citroën|Opel|Skoda|Škoda|Tata|Mahindra|BYD|Geely|Rivian|Verizon|T-Mobile|Sprint|Comcast|
  Vodafone|Telefonica|Telefónica|Deutsche Telekom|AT&T|
  Walmart|Wal-Mart|Citibank|Citicorp|Barclays|HSBC|UBS|Deutsche|Ericsson|Nokia|Philips|Unilever|Hamas|Hezbollah|
  Taliban|al-Qaeda|Al-Qaeda|PLO|IRA|ETA|PKK|Fatah|Likud|Labour|Tories|CIA|FBI|NSA|KGB|FSB|NASA|EPA|FDA|SEC|
  Fed|White House|State Department|Justice Department|Defense Department|Supreme Court|European Union|
  United Nations|European Commission|European Parliament|Security Council|World Bank|Red Cross|Red Crescent|
  Amnesty International|Greenpeace|Hamas|Commonwealth|Ajax|Feyenoord|PSV|Juventus|Barcelona FC|Real Madrid|
  Bayern Munich|Manchester United|Arsenal|Chelsea|Liverpool|Everton|Celtic|Rangers|Inter|AC Milan|Lazio|
  Roma|Napoli|Fiorentina|Sampdoria|Porto|Benfica|Sporting|Anderlecht|Galatasaray|Fenerbahce|Olympiakos|
  Panathinaikos|Yankees|Red Sox|Orioles|Dodgers|Mets|Braves|Cubs|Giants|Cardinals|Astros|Rockies|Padres|
  Mariners|Athletics|Angels|Royals|Tigers|Twins|Indians|Brewers|Pirates|Reds|Expos|Phillies|Marlins|
  Blue Jays|White Sox|Rangers|Lakers|Celtics|Bulls|Knicks|Nets|Pistons|Rockets|Spurs|Suns|Jazz|Magic|Heat|
  Nuggets|Kings|Clippers|Hornets|Hawks|Bucks|Cavaliers|Pacers|Raptors|Grizzlies|Warriors|Trail Blazers|
  SuperSonics|Mavericks|Timberwolves|Bullets|Wizards|76ers|Cowboys|Packers|Steelers|Patriots|Jets|Eagles|
  Redskins|Oilers|Broncos|Raiders|Chiefs|Dolphins|Bills|Bears|Vikings|Lions|Saints|Falcons|Panthers|Jaguars|
  Seahawks|49ers|Rams|Chargers|Colts|Bengals|Browns|Ravens|Buccaneers|Cardinals|Lockheed Martin|Northrop Grumman|
  Raytheon|General Dynamics|BAE Systems|Blue Origin|Virgin Galactic|Rocket Lab|
  Goldman Sachs|Morgan Stanley|Merrill Lynch|JP Morgan|J.P. Morgan|JPMorgan|JPMorgan Chase|Dean Witter|
  Paine Webber|PaineWebber|Smith Barney|Charles Schwab|Bear Stearns|Kidder Peabody|Wells Fargo|
  Chase Manhattan|BankAmerica|Bank of America|NationsBank|Citigroup|Credit Suisse|Credit Lyonnais|
  Societe Generale|Société Générale|BNP Paribas|Paribas|Deutsche Bank|Dresdner|Kleinwort Benson|Schroders|
  Barings|Nomura|Daiwa|Nikko|Mitsui|Marubeni|Sumitomo|Hitachi|Toshiba|Fujitsu|Matsushita|Panasonic|
  Sanyo|Nikon|Ricoh|Bridgestone|Novartis|Ciba-Geigy|Sandoz|Roche|Hoffmann-La Roche|GlaxoSmithKline|
  Glaxo Wellcome|SmithKline Beecham|AstraZeneca|Zeneca|Hoechst|Bayer|BASF|Daimler-Benz|Krupp|Thyssen|
  ThyssenKrupp|Mannesmann|RWE|E.ON|Allianz|Munich Re|Swiss Re|Axa|AXA|ING|ABN Amro|Royal Dutch Shell|
  Royal Dutch|Elf Aquitaine|TotalEnergies|Alcatel|Thomson-CSF|Michelin|L'Oreal|L'Oréal|Danone|Carrefour|
  Olivetti|Pirelli|Telecom Italia|ENI|Eni|ENEL|Enel|Repsol|Iberdrola|Endesa|Santander|BBVA|Saab|
  Electrolux|ABB|Norsk Hydro|Statoil|Equinor|Qantas|Cathay Pacific|KLM|Swissair|Sabena|Alitalia|Ryanair|
  easyJet|BHP|BHP Billiton|Rio Tinto|Placer Dome|Barrick|Newmont|Inco|Alcan|Noranda|Falconbridge|Bre-X|
  Northern Telecom|Nortel|Seagram|Bombardier|Compaq|Hewlett-Packard|Digital Equipment|Sun Microsystems|
  Netscape|Novell|Borland|Motorola|Qualcomm|Cisco|AMD|Nvidia|MCI|GTE|Nynex|Bell Atlantic|BellSouth|
  Ameritech|General Electric|General Motors|Caterpillar|McDonnell Douglas|Mobil|ExxonMobil|Texaco|
  Amoco|Conoco|ConocoPhillips|PepsiCo|Philip Morris|RJR Nabisco|Nabisco|Unilever|Procter & Gamble|
  Johnson & Johnson|Kmart|Target|Costco|Merck|Pfizer|Eli Lilly|Bristol-Myers Squibb|Upjohn|Pharmacia|
  Warner-Lambert|Time Warner|Viacom|News Corp|Westinghouse|Dow Jones|Knight-Ridder|Gannett|
  Standard & Poor's|Fitch|KPMG|Deloitte|PwC|Ernst & Young|Price Waterhouse|Arthur Andersen|
  McKinsey|Accenture|Salesforce|Oracle|SAP|Adobe|Airbnb|Lyft|PayPal|eBay|Yahoo|
  Snap|Pinterest|Zoom|Slack|Stripe|Shopify|Home Depot|Best Buy|Dollar General|Dollar Tree|Whole Foods|
  Foot Locker|General Mills|Kraft Heinz|Baidu|JD.com|Rakuten|SoftBank|Foxconn|TSMC|LG|SK Hynix|
  Aramco|Saudi Aramco|Petrobras|Pemex|Vale|Embraer|Sinopec|PetroChina|CNOOC|Rosneft|Sberbank|
  Sinn Fein|Fianna Fail|Fine Gael|Kuomintang|Inkatha|ANC|Bundesrat|Reichstag|Bundeswehr|Stasi|Mossad|
  Shin Bet|Hamas|Fatah|Politburo|Sejm|Verkhovna Rada|Rada|Storting|Riksdag|Folketing|Althing|Dail|Dáil|
  Oireachtas|Seanad|Cortes|Bundesliga|Serie A|La Liga|Premier League|Ligue 1|Eredivisie|UNICEF|UNESCO|
  UNHCR|UNRWA|IAEA|ILO|FAO|WFP|OSCE|OAS|OAU|African Union|Arab League|Mercosur|Gulf Cooperation Council|
  GCC|NAFTA|EFTA|G7|G8|G20|BRICS|Hezbollah|ISIS|Islamic State|Boko Haram|al-Shabaab|Taliban|Interpol|
  Sheffield Wednesday|Crystal Palace|Queens Park Rangers|Nottingham Forest|West Ham|West Ham United|
  West Bromwich Albion|Preston North End|Port Vale|Derby County|Notts County|Stockport County|Stoke City|
  Manchester City|Leicester City|Norwich City|Coventry City|Bradford City|Hull City|Cardiff City|
  Swansea City|Birmingham City|Ipswich Town|Luton Town|Swindon Town|Grimsby Town|Huddersfield Town|
  Heart of Midlothian|Hearts|Hibernian|St Johnstone|St Mirren|Paris St Germain|Paris Saint-Germain|PSG|
  AS Monaco|Real Sociedad|Real Betis|Celta Vigo|Espanyol|Schalke|Schalke 04|Hansa Rostock|
  Arminia Bielefeld|St Pauli|Udinese|Atalanta|Willem II|Vitesse|Vitesse Arnhem|Heerenveen|Roda JC|
  NAC Breda|Besiktas|Trabzonspor|Boca Juniors|River Plate|Flamengo|Corinthians|Palmeiras|Tottenham Hotspur|
  Tottenham|Spurs|Internazionale|Inter Milan|Athletic Bilbao|AEK Athens|Red Star Belgrade|Steaua Bucharest|
  Austria Vienna|Grasshoppers|Grasshopper|Servette|Young Boys|Neuchatel Xamax|IFK Gothenburg|Rosenborg|
  Brondby|Red Wings|Maple Leafs|Canadiens|Bruins|Flyers|Penguins|Islanders|Devils|Capitals|Sabres|Whalers|
  Lightning|Blackhawks|Blues|Avalanche|Flames|Canucks|Sharks|Mighty Ducks|Ducks|Coyotes|Predators|Wild|
  Blue Jackets|Hurricanes|Thrashers|Golden Knights|Kraken|Nordiques|Diamondbacks|Devil Rays|Rays|
  Nationals|Texans|Titans|Thunder|Pelicans`),
);

/** Regions, states and provinces not in the country/city lists. */
export const EXTRA_PLACES = new Set(
  words(`Europe|Asia|Africa|America|Americas|Antarctica|Oceania|Australasia|Middle East|Near East|Far East|
  Balkans|Baltics|Caucasus|Caribbean|Scandinavia|Siberia|Kashmir|Chechnya|Gaza|West Bank|Crimea|Kosovo|Donbas|
  Transnistria|Kurdistan|Tibet|Xinjiang|Taiwan|Hong Kong|Macau|Macao|Indo-Pacific|Latin America|
  North America|South America|Central America|Central Asia|South Asia|Southeast Asia|East Asia|Western Europe|
  Eastern Europe|Northern Europe|Southern Europe|Central Europe|North Africa|West Africa|East Africa|
  Southern Africa|Sub-Saharan Africa|Persian Gulf|Gulf|Atlantic|Pacific|Arctic|Mediterranean|Baltic|Adriatic|
  Sahara|Sahel|Himalayas|Alps|Andes|Holland|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|Ulster|
  Bavaria|Catalonia|Andalusia|Flanders|Wallonia|Corsica|Sardinia|Sicily|Lombardy|Tuscany|Quebec|Ontario|
  Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|Newfoundland|Alabama|Alaska|Arizona|Arkansas|
  California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|
  Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
  New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
  Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|
  Washington|Washington, D.C.|D.C.|Queensland|Victoria|Tasmania|New South Wales|Punjab|Bengal|Kerala|Gujarat|
  Tamil Nadu|Sindh|Kurdistan|Mindanao|Java|Sumatra|Borneo|Bosnia|Herzegovina|Serbia|Croatia|Slovenia|Montenegro|
  Macedonia|Kiev|Cologne|Munich|Zurich|Geneva|Bombay|Calcutta|Madras|Peking|Canton|Rangoon|Saigon|Leningrad|
  Ivory Coast|Zaire|Burma|Soviet Union|USSR|Yugoslavia|Czechoslovakia|Grozny|Jerusalem|Bethlehem|Hebron|Ramallah|
  Jericho|Nablus|Golan|Golan Heights|Sinai|Mecca|Medina|Silicon Valley|Wall Street|Hollywood|Manhattan|Brooklyn|
  Bronx|Queens|Harlem|Kremlin|Vatican|West Indies|St Louis|Wall St|Wall St.|Downing Street|Whitehall|Westminster|Kabul|Crimea|Donetsk|Luhansk|Kharkiv|Odesa|Odessa|
  Lviv|Mariupol|Austin|Boston|Atlanta|Chicago|Dallas|Houston|Miami|Seattle|Denver|Detroit|Baltimore|Pittsburgh|
  Cleveland|Cincinnati|Milwaukee|Minneapolis|St. Louis|Kansas City|San Francisco|Los Angeles|San Diego|Oakland|
  Anaheim|Phoenix|Toronto|Montreal|Vancouver|Ottawa|Calgary|Edmonton|Philadelphia|Tampa|Orlando|Nashville|
  Memphis|New Orleans|Sacramento|Portland|Salt Lake City|Las Vegas|Honolulu|Anchorage`),
);

/** Names that end in these are events, awards, treaties and the like (not a person, body or place). */
export const MISC_HEADS = new Set(
  words(`Cup|Cups|Open|Games|Championship|Championships|Prize|Award|Awards|Bowl|Trophy|Shield|Pact|Treaty|
  Accord|Accords|Agreement|Act|Plan|War|Series|Classic|Tour|Rally|Marathon|Masters|Olympics|Derby|Stakes|
  Handicap|Festival|Day|Week|Grand Prix|Prix|Medal|Doctrine|Declaration|Charter|Protocol|Convention|Budget|
  Olympiad|Paralympics|Jubilee|Carnival|Expo|Summit|Final|Finals|Telescope|Curve|Theorem|Effect|Syndrome|Disease|Law|
  Index|Composite|Average|Show|Engine|Browser|Suite|Platform|App|OS|Program|Programme|Keynote|Podcast|Concept|
  Division|Manifesto|Encephalitis|Meningitis|Hepatitis|Tuberculosis|Flu|Virus|
  Edition`),
);

/**
 * Capitalized words and acronyms that are never a person, body or place in news text (currency
 * codes and abbreviations: "Rs 1,200 crore", "USD 40 million"; the last line: the identifiers of a
 * reference list's citations).
 */
export const NON_ENTITIES = new Set(
  words(`GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|AM|PM|GDP|GNP|CPI|EPS|YTD|FOB|ADR|ADRs|GDR|GDRs|
  CEO|CFO|COO|CTO|TV|DVD|CD|PC|AI|IPO|VAT|PhD|TD|OK|ID|PIN|SUV|SUVs|EV|EVs|HIV|AIDS|DNA|COVID|Covid|
  OT|QB|RB|WR|MVP|RBI|ERA|GM|HQ|PR|IT|UX|UI|API|APIs|URL|PDF|FAQ|USB|LED|LCD|GPS|SMS|MP|PM|AM|GW|MW|kWh|
  Christmas|Easter|Ramadan|Diwali|Hanukkah|Thanksgiving|Halloween|Passover|Eid|Lent|Internet|Web|God|Allah|
  Brexit|Grexit|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|
  CPU|CPUs|GPU|GPUs|RAM|SSD|HDD|GB|TB|MB|KB|GHz|MHz|HDMI|LTE|5G|4G|NFC|OLED|HDR|RGB|VPN|HTTP|HTTPS|HTML|
  SDK|SaaS|IoT|VR|XR|AWD|RWD|FWD|4WD|MPG|MPH|KPH|EBITDA|EBIT|ETF|ETFs|YoY|FY|bps|Tbsp|DL|LB|CB|DB|DE|DT|
  OL|TE|ILB|OLB|
  USB-C|USB-A|Wi-Fi|WiFi|Bluetooth|
  Rs|INR|USD|EUR|GBP|JPY|CNY|RMB|AUD|CAD|CHF|HKD|SGD|NZD|ZAR|NGN|KES|Ksh|KSh|Rp|PKR|BDT|Tk|
  ISBN|ISSN|DOI|OCLC|PMID|PMC|LCCN|ASIN|ISNI|arXiv|Bibcode|S2CID`),
);

/** Postal and dotted abbreviations of US states, places only after "City," ("Appleton, Wis."). */
export const STATE_ABBREVIATIONS = new Set(
  words(`Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|
  Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Va.|Vt.|Wash.|
  Wis.|W.Va.|Wyo.|Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Okla|Minn|Wis|Tenn|NJ|NY|NM|NC|ND|SC|SD|NH|RI|AL|AK|AZ|
  AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|MA|MD|ME|MI|MN|MO|MS|MT|NE|NV|OH|OK|OR|PA|TN|TX|UT|VA|VT|WA|
  WI|WV|WY`),
);

/** Acronyms and short forms with the full name they stand for. */
export const ACRONYMS: Record<string, string> = {
  US: 'United States',
  USA: 'United States',
  UK: 'United Kingdom',
  UN: 'United Nations',
  EU: 'European Union',
  UAE: 'United Arab Emirates',
  NATO: 'North Atlantic Treaty Organization',
  USSR: 'Soviet Union',
  IMF: 'International Monetary Fund',
  WHO: 'World Health Organization',
  WTO: 'World Trade Organization',
  DC: 'Washington, D.C.',
};

/** Words that begin a sentence without being part of a name. */
export const STOP_WORDS = new Set(
  words(`The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|In|On|At|By|
  For|From|To|Of|With|Without|As|But|And|Or|Nor|So|Yet|If|When|While|Where|After|Before|During|Since|Until|
  Although|Though|Because|However|Meanwhile|Also|Still|Even|Only|Then|There|Here|Now|Today|Yesterday|Tomorrow|
  Tonight|Last|Next|Some|Many|Most|More|Few|All|Both|Each|Every|Any|No|Not|Such|Other|Another|What|Which|Who|
  One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|
  Whom|Whose|Why|How|Is|Are|Was|Were|Do|Does|Did|Could|Would|Should|Shall|Might|Must|Has|Have|
  Had|According|Despite|Beyond|Behind|Throughout|Amid|Among|Against|Under|Over|Through|Into|Upon|
  About|Above|Below|Between|Within|Like|Unlike|Instead|Besides|Across|Along|Around|Near|Toward|Towards|Via|Per|
  Mr.|Mrs.|Ms.|Dr.|Sources|Officials|Analysts|Experts|Critics|Lawmakers|Leaders|Members|Residents|Police|
  Let|Yes|Oh|Please|Thank|Thanks|Dear|Hello|Hi|Sponsored|Advertisement|Related|Read|Share|Follow|Subscribe|
  Click|Watch|Photo|Video|Image|Copyright|Updated|Published|Posted|Editing|Reporting|Writing|Additional|
  Source|Note|Sign|Log|Login|Register|Back|Home|Menu|Search|Top|Page|Close|Open|More|Continue|Advertise`),
);

/**
 * Stop words that are labels and nouns rather than function words ("Home", "Police", "Photo"): they
 * open a sentence or a menu, but inside a name they belong to it ("Home Depot", "Capitol Police").
 */
export const LABEL_WORDS = new Set(
  words(`Sources|Officials|Analysts|Experts|Critics|Lawmakers|Leaders|Members|Residents|Police|Sponsored|
  Advertisement|Related|Read|Share|Follow|Subscribe|Click|Watch|Photo|Video|Image|Copyright|Updated|
  Published|Posted|Editing|Reporting|Writing|Additional|Source|Note|Sign|Log|Login|Register|Back|Home|
  Menu|Search|Top|Page|Close|Open|Continue|Advertise`),
);

export const MONTHS = new Set(
  words(`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|
  Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`),
);

export const WEEKDAYS = new Set(
  words(
    `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun`,
  ),
);

/** Demonyms and adjectives of place missing from the generated list (they are not entities of their own). */
export const EXTRA_DEMONYMS = new Set(
  words(`American|Americans|British|Briton|Britons|English|Scottish|Scots|Welsh|Irish|French|Dutch|German|
  Germans|Swiss|Greek|Greeks|Spanish|Portuguese|Italian|Italians|Russian|Russians|Soviet|Chinese|Japanese|
  Korean|Vietnamese|Thai|Indian|Indians|Pakistani|Afghan|Iranian|Iraqi|Israeli|Israelis|Palestinian|
  Palestinians|Arab|Arabs|Arabic|Saudi|Saudis|Kuwaiti|Syrian|Lebanese|Jordanian|Egyptian|Libyan|Turkish|Turk|
  Turks|Kurdish|Kurds|Polish|Pole|Poles|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Serb|Serbs|Croatian|
  Croat|Croats|Bosnian|Moslem|Moslems|Muslim|Muslims|Christian|Christians|Catholic|Catholics|Protestant|Jewish|
  Jew|Jews|Islamic|Albanian|Ukrainian|Ukrainians|Belarusian|Lithuanian|Latvian|Estonian|Finnish|Finn|Finns|
  Swedish|Swede|Swedes|Norwegian|Danish|Dane|Danes|Icelandic|Austrian|Belgian|European|Europeans|Asian|
  African|Africans|Australian|Australians|Canadian|Canadians|Mexican|Brazilian|Argentine|Argentinian|Chilean|
  Colombian|Peruvian|Venezuelan|Cuban|Nigerian|Kenyan|Ethiopian|Somali|Sudanese|Algerian|Moroccan|Tunisian|
  Zimbabwean|Zairean|Rwandan|Burundian|Ugandan|Ghanaian|Filipino|Indonesian|Malaysian|Singaporean|Taiwanese|
  Tibetan|Mongolian|Kazakh|Uzbek|Chechen|Georgian|Armenian|Azeri|Western|Eastern|Northern|Southern|
  Transatlantic|Euro|Olympic|Olympics|Republican|Republicans|Democrat|Democratic|Democrats|Communist|Socialist|
  Conservative|Liberal|Sunni|Shi'ite|Shiite|Hindu|Sikh|Buddhist|Latin|Nordic|Baltic|Balkan|Slavic|Maori|Māori|Pakeha|Inuit|Aboriginal|Uighur|Uighurs|Uyghur|Uyghurs|Rohingya|
  Pashtun|Hazara|
  Anglo|Aussie|Kiwi|Yankee|Franco|Sino|Russo|Afro|Austro|Greco|Italo|Judeo|Indo|Pan|Allied|Allies|Nazi|Nazis|Bolshevik`),
);

/** First names that are also everyday words ("Bill", "Mark"), so the generated list leaves them out. */
export const EXTRA_FIRST_NAMES = new Set(
  words(`Bill|Mark|Nick|Bob|Rob|Pat|Ray|Jack|Frank|Rose|Grace|Sue|Dick|Don|Ken|Max|Ben|Dan|Tim|Sam|Jim|Joe|
  Tom|Ted|Rick|Chuck|Hank|Bud|Guy|Gene|Art|Les|Al|Ed|Sandy|Dawn|Faith|Hope|Joy|June|Gay|Sonny|Lance|Chase|
  Cliff|Dale|Glen|Wade|Rusty|Buck|Drew|Gary|Larry|Harry|Terry|Jerry|Barry|Yevgeny|Sergei|Sergey|Yuri|Boris|
  Viktor|Dmitry|Vladimir|Mikhail|Alexei|Alexander|Andrei|Igor|Oleg|Nikolai|Ivan|Pavel|Gennady|Anatoly|Leonid|
  Mohammed|Muhammad|Mohamed|Ahmed|Ahmad|Ali|Hassan|Hussein|Abdul|Abdullah|Omar|Yasser|Yitzhak|Shimon|Benjamin|
  Ariel|Ehud|Moshe|Jean|Jacques|Pierre|Francois|François|Alain|Lionel|Helmut|Gerhard|Klaus|Jurgen|Jürgen|
  Wolfgang|Hans|Franz|Giuseppe|Giovanni|Romano|Silvio|Massimo|Jose|José|Juan|Carlos|Luis|Miguel|Javier|
  Felipe|Fidel|Raul|Raúl|Ernesto|Kofi|Nelson|Thabo|Jiang|Li|Zhu|Deng|Boutros|Hosni|Recep|Tansu|Necmettin|
  Mesut|Bulent|Bülent|Alija|Slobodan|Franjo|Radovan|Ratko|Momcilo|Jens|Anders|Lars|Olaf|Sven|Nils|Kim|Jae|
  Kiichi|Ryutaro|Yasuo|Shinzo|Naoto|Narendra|Atal|Benazir|Nawaz|Imran|Pervez|Wasim|Waqar|Sachin|Sourav|
  Rahul|Anil|Sunil|Javed|Arjuna|Sanath|Aravinda|Muttiah|Shane|Glenn|Brett|Steve|Mike|Alec|Graham|Nasser|
  Saddam|Tariq|Rafik|Rafiq|Walid|Nabih|Antony|Lloyd|Kamala|Hillary|Condoleezza|Madeleine`),
);

/**
 * Family names written first (Chinese, Korean, Vietnamese): "Xi Jinping", "Liu He", "Moon Jae-in".
 * A two-word name opening with one is a person's, and the family name alone refers to them.
 */
export const FAMILY_FIRST_SURNAMES = new Set(
  words(`Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Gao|Lin|Luo|Zheng|Liang|
  Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|
  Ding|Ren|Shen|Yao|Jin|Cui|Zou|Xiong|Qiu|Qin|Xi|Wen|Bo|Ji|Kong|Mao|Tsai|Chiang|Lai|Ko|Hou|Kim|Lee|Park|
  Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Shin|Han|Oh|Seo|Kwon|Hwang|Ahn|Song|Hong|Moon|Nguyen|Tran|Le|
  Pham|Hoang|Phan|Vu|Dang|Bui|Do|Ngo|Duong|Ly`),
);

/** Names that end with a possessive "'s" of their own: "Lowe's was lower", "at McDonald's". */
export const POSSESSIVE_NAMES = new Set(
  words(`Lowe's|McDonald's|Macy's|Kohl's|Dillard's|Wendy's|Sotheby's|Christie's|Kellogg's|Denny's|Hardee's|
  Applebee's|Chili's|Domino's|Sainsbury's|Moody's|Trader Joe's|Dunkin'|Friendly's|Arby's|Carl's Jr.|
  Claire's|Land's End|Lands' End|Mrs. Baird's|Ben & Jerry's|Hershey's|Reese's|Nathan's|Papa John's|
  Peet's|Sam's Club|BJ's|Dick's|Dick's Sporting Goods|Victoria's Secret|Levi's|Harrods|Lloyd's|
  Barron's|Ripley's|Tiffany's|Sotheby's|Bojangles'|Wetherspoon's|Boots`),
);

/** Market indexes and benchmarks: figures of the market, not a person, body or place. */
export const MARKET_INDEXES = new Set(
  words(`Dow|Dow Jones|Dow Jones Industrial Average|S&P|S&P 500|Nasdaq Composite|Nikkei|Nikkei 225|Kospi|
  KOSPI|Kospi Index|Hang Seng|Hang Seng Index|Shanghai Composite|Shenzhen Component|FTSE|FTSE 100|DAX|CAC|
  CAC 40|STOXX|STOXX 600|Euro Stoxx|Sensex|Nifty|Topix|ASX 200|Russell 2000|IBEX|Brent|WTI|VIX`),
);

/** Planets and moons: places of the news ("a map of Saturn's moon Titan"). */
export const CELESTIAL_PLACES = new Set(
  words(`Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Titan|Europa|Enceladus|Ganymede|
  Callisto|Io|Phobos|Deimos|Triton|Ceres|Vesta|Bennu|Ryugu|Moon`),
);

/**
 * Software, devices and other products that news names like bodies or places: never a person, body
 * or place chip. Programming languages are the well-known ones from GitHub Linguist's list
 * (linguist-languages, MIT) that are not also everyday words or first names.
 */
export const PRODUCTS = new Set(
  words(`Firefox|Firefox OS|Firefox Mobile|Firefox Focus|Thunderbird|SeaMonkey|Bugzilla|Gecko|Servo|
  SpiderMonkey|Rhino|Persona|Mozilla Persona|Chrome|Chromium|Chrome OS|Safari|Internet Explorer|
  Microsoft Edge|Opera|Netscape Navigator|WebKit|V8|Windows 10|Microsoft Windows|macOS|OS X|Mac OS X|iOS|iPadOS|watchOS|
  tvOS|Android|Linux|Ubuntu|Debian|Fedora|Red Hat Enterprise Linux|Unix|Java|JavaScript|TypeScript|Python|
  PHP|Perl|Kotlin|Scala|Haskell|Erlang|Elixir|Fortran|COBOL|Golang|Objective-C|C++|
  C#|WebAssembly|Node.js|React|Angular|Vue|jQuery|Django|Rails|Kubernetes|Docker|MySQL|PostgreSQL|SQLite|
  MongoDB|Redis|Microsoft Excel|PowerPoint|Microsoft Outlook|Photoshop|Illustrator|Acrobat|iTunes|iCloud|
  FaceTime|Siri|Alexa|Cortana|Bixby|iPhone|iPhones|iPad|iPads|iPod|MacBook|MacBook Pro|MacBook Air|iMac|
  AirPods|Apple Watch|Apple TV|Apple Arcade|Apple Music|Kindle|Amazon Echo|Fire TV|Galaxy Note|
  Chromebook|PlayStation|PS4|PS5|Xbox|Xbox One|Nintendo Switch|Wii|Stadia|Oculus|HoloLens|Dreamliner|
  737 Max|Starship|Falcon 9|Falcon Heavy|Blue Moon|New Shepard|New Glenn|Crew Dragon|Starliner|Model 3|
  Model S|Model X|Model Y|Cybertruck|Mustang|Mustang Mach E|Mach E|Corolla|Camry|Prius|RAV4|Sentra|
  Altima|F-150|Passat|Wrangler|Bitcoin|Ethereum|Gmail|Google Maps|Google Docs|Chrome Web Store|App Store|
  Mac App Store|Play Store|Google Play|1Password|WordPress|Snapchat|Lightroom`),
);

/** News agencies: when only cited as a source ("told Reuters", "(AP)"), not an entity of the story. */
export const NEWS_AGENCIES = new Set(
  words(`Reuters|Thomson Reuters|AP|Associated Press|The Associated Press|AFP|Agence France-Presse|
  Agence France Presse|Bloomberg|Bloomberg News|dpa|DPA|ANSA|EFE|Kyodo|Kyodo News|Xinhua|TASS|Tass|
  Interfax|UPI|PA|Press Association|Yonhap|Anadolu|Anadolu Agency|CNN|CNBC|BBC|NBC News|ABC News|
  CBS News|Fox News|NPR|The New York Times|New York Times|The Washington Post|Washington Post|
  The Wall Street Journal|Wall Street Journal|Financial Times|The Guardian|Axios|Politico`),
);

/**
 * Other names of a place, folded → the name news mostly uses: one entity, whichever the text says
 * ("UK", "Britain", "United Kingdom").
 */
export const PLACE_EQUIVALENTS: Record<string, string> = {
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom',
  us: 'United States',
  'u.s.': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  'united states': 'United States',
  'united states of america': 'United States',
  aotearoa: 'New Zealand',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
  burma: 'Myanmar',
  'ivory coast': "Côte d'Ivoire",
  czechia: 'Czech Republic',
  'the hague': 'The Hague',
  uae: 'United Arab Emirates',
  'u.a.e.': 'United Arab Emirates',
};

/**
 * Regions, provinces and states news names often, beyond the country and city lists: Chinese and
 * Indian provinces and states, regions of New Zealand, Australia, Britain, Germany, France, Spain,
 * Italy, Russia and Ukraine.
 */
export const REGIONS = new Set(
  words(`Inner Mongolia|Guangdong|Guangxi|Sichuan|Yunnan|Hubei|Hunan|Henan|Hebei|Shandong|Shanxi|Shaanxi|
  Jiangsu|Zhejiang|Fujian|Anhui|Jiangxi|Liaoning|Jilin|Heilongjiang|Gansu|Qinghai|Ningxia|Guizhou|Hainan|
  Maharashtra|Uttar Pradesh|Bihar|Rajasthan|Karnataka|Andhra Pradesh|Telangana|Odisha|Assam|Jharkhand|
  Haryana|Madhya Pradesh|Himachal Pradesh|Uttarakhand|Goa|Manipur|Northland|Auckland|Waikato|Bay of Plenty|
  Taranaki|Canterbury|Otago|Southland|Hawke's Bay|Gisborne|Manawatu|
  Western Australia|South Australia|Northern Territory|New South Wales|Cornwall|Yorkshire|Essex|
  Sussex|Lancashire|Merseyside|Midlands|West Midlands|East Anglia|Highlands|Bavaria|Bayern|Saxony|
  Sachsen|Hesse|Hessen|Brandenburg|Thuringia|Thüringen|Lower Saxony|Niedersachsen|Baden-Württemberg|
  North Rhine-Westphalia|Nordrhein-Westfalen|Schleswig-Holstein|Brittany|Bretagne|Normandy|Normandie|
  Provence|Alsace|Burgundy|Bourgogne|Occitanie|Île-de-France|Aquitaine|Catalonia|Cataluña|Catalunya|
  Andalusia|Andalucía|Galicia|Basque Country|País Vasco|Valencia|Castile|Castilla|Aragon|Aragón|Asturias|
  Navarre|Navarra|Lombardy|Lombardia|Tuscany|Toscana|Veneto|Piedmont|Piemonte|Liguria|Emilia-Romagna|
  Lazio|Campania|Calabria|Puglia|Apulia|Sicilia|Sardegna|Umbria|Marche|Abruzzo|Donbas|Donbass|Kherson|
  Zaporizhzhia|Dagestan|Tatarstan|Bashkortostan|Chukotka|Kamchatka|Kaliningrad|Patagonia|Neuquén|
  Río Negro|Chubut|Mendoza|Córdoba|Santa Fe|Tierra del Fuego|Araucanía|Amazonas|São Paulo|Minas Gerais|
  Bahia|Pernambuco|Ceará|Paraná|Rio Grande do Sul|Santa Catarina|Goiás|Sinaloa|Sonora|Chihuahua|Jalisco|
  Oaxaca|Chiapas|Guerrero|Michoacán|Tamaulipas|Coahuila|Nuevo León|Baja California|Yucatán|Quintana Roo`),
);

/**
 * Nouns that, in lower case right before a name, say it is a body: "carrier SunExpress", "Dutch
 * brewer Heineken", "Italian side Juventus", "the daily Le Monde", "tech giant Google".
 */
export const ORG_NOUNS = new Set(
  words(`company|firm|group|conglomerate|concern|carrier|airline|bank|lender|insurer|brewer|retailer|
  carmaker|automaker|chipmaker|drugmaker|steelmaker|miner|refiner|publisher|broadcaster|newspaper|daily|
  weekly|magazine|tabloid|outlet|agency|startup|start-up|manufacturer|supplier|distributor|operator|club|
  side|outfit|champions|holders|brand|chain|subsidiary|affiliate|giant|watchdog|regulator|charity|label|
  studio|network|channel|website|organisation|organization|franchise|unit|bourse`),
);

/**
 * Plural nouns naming the class of the names listed with them: "companies such as Netscape",
 * "countries including France", "Smith, Jones and other players".
 */
export const CLASS_NOUNS: Record<string, 'PER' | 'ORG' | 'LOC'> = Object.fromEntries([
  ...words(`companies|firms|carriers|airlines|banks|lenders|insurers|outlets|publications|newspapers|
  magazines|broadcasters|networks|agencies|organizations|organisations|groups|institutions|universities|
  clubs|teams|sides|brands|retailers|manufacturers|automakers|carmakers|startups|start-ups|businesses|
  corporations|conglomerates|charities|parties|unions|publishers|studios|labels|bodies|sponsors`).map(
    (w) => [w, 'ORG' as const],
  ),
  ...words(`countries|nations|states|cities|towns|provinces|regions|capitals|villages|territories|islands|
  destinations|markets|neighbours|neighbors|districts|counties`).map((w) => [w, 'LOC' as const]),
  ...words(`people|players|artists|leaders|politicians|singers|actors|actresses|musicians|celebrities|
  individuals|executives|lawmakers|stars|athletes|figures|officials|ministers|writers|authors|rappers|
  directors|candidates|senators|drivers|riders|golfers|coaches`).map((w) => [w, 'PER' as const]),
]);

// Particles inside person names ("Ludwig van Beethoven", "Osama bin Laden").
export const NAME_PARTICLES = new Set(
  'de da di del della delle dei degli des do dos das los las van von der den du bin ibn al el le la ter zu am'.split(
    ' ',
  ),
);
