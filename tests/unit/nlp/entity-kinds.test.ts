/**
 * Typing rules of the entity finder, each with a case it decides and a case it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';
import type { Entities } from '../../../utils/nlp';

type KindList = keyof Entities;
const kindOf = (entities: Entities, name: string): KindList | undefined =>
  (Object.keys(entities) as KindList[]).find((k) =>
    entities[k].some((e) => e.name === name || e.aliases.includes(name)),
  );
const kinds = (text: string, title?: string): Entities =>
  analyzeText(text, title ? { title } : {}).entities;

describe('context nouns', () => {
  it('types a name after a body noun as a body ("the club Getafe")', () => {
    expect(kindOf(kinds('The offer came from the club Getafe.'), 'Getafe')).toBe('organizations');
    expect(kindOf(kinds('The offer came from Getafe.'), 'Getafe')).toBe('places');
  });

  it('leaves a person after a body noun a person ("a company Tim Cook runs")', () => {
    const e = kinds('Apple is a company Tim Cook runs from Cupertino.');
    expect(kindOf(e, 'Tim Cook')).toBe('people');
  });
});

describe('titles before bodies', () => {
  it('does not make a person of a body after a title ("Founder Netscape Communications Corporation")', () => {
    const e = kinds('Founder Netscape Communications Corporation released the code in 1998.');
    expect(kindOf(e, 'Netscape Communications Corporation')).toBe('organizations');
  });

  it('still makes a person of a name after a title ("Founder Jim Clark")', () => {
    const e = kinds('Founder Jim Clark released the code in 1998.');
    expect(kindOf(e, 'Jim Clark')).toBe('people');
  });
});

describe('lists', () => {
  it('types a weak name by the names listed with it', () => {
    const e = kinds(
      'NASA gave orders to Astrobotic, Intuitive Machines and Lockheed Martin for lunar landers.',
    );
    expect(kindOf(e, 'Astrobotic')).toBe('organizations');
  });

  it('does not retype a name with clear evidence of its own', () => {
    const e = kinds('Siemens, France and Germany signed the deal in Paris.');
    expect(kindOf(e, 'Siemens')).toBe('organizations');
    expect(kindOf(e, 'France')).toBe('places');
  });

  it('types the names after a class noun ("countries such as Chad")', () => {
    const e = kinds('Aid went to countries such as Chad and Niger last year.');
    expect(kindOf(e, 'Chad')).toBe('places');
    const f = kinds('The money went to companies such as Netscape, who sold browsers.');
    expect(kindOf(f, 'Netscape')).toBe('organizations');
  });

  it('leaves a name without a class noun to its own evidence ("such as Chad Smith")', () => {
    const e = kinds('Players such as Chad Smith said the season was long.');
    expect(kindOf(e, 'Chad Smith')).toBe('people');
  });
});

describe('weak single words', () => {
  it('drops a capitalized word seen once with nothing to make it a name', () => {
    const e = kinds('The Zorblatt feature shipped last week to every user in the company.');
    expect(kindOf(e, 'Zorblatt')).toBeUndefined();
  });

  it('keeps such a word when the text uses it again or something marks it', () => {
    const again = kinds('Zorblatt shipped a feature last week. Users of Zorblatt liked it.');
    expect(kindOf(again, 'Zorblatt')).toBe('organizations');
    const marked = kinds('The feature shipped last week, said Zorblatt, a designer.');
    expect(kindOf(marked, 'Zorblatt')).toBe('people');
  });

  it('types a body written as one compound word ("Commerzbank", "Schlosspark-Klinik")', () => {
    const e = kinds('The loan came from Commerzbank. She was treated at the Schlosspark-Klinik.');
    expect(kindOf(e, 'Commerzbank')).toBe('organizations');
    expect(kindOf(e, 'Schlosspark-Klinik')).toBe('organizations');
  });

  it('leaves a short word ending in "bank" to its context ("said Fairbank")', () => {
    const e = kinds('The plan would cost more, said Fairbank on Monday.');
    expect(kindOf(e, 'Fairbank')).toBe('people');
  });
});

describe('names used as modifiers', () => {
  it('drops a one-word name used mostly before a programme noun ("the Artemis program")', () => {
    const e = kinds(
      'NASA named firms for its Artemis moon program. Companies are joining the Artemis program. ' +
        'Artemis aims to land people by 2024.',
    );
    expect(kindOf(e, 'Artemis')).toBeUndefined();
  });

  it('keeps a name used mostly on its own ("Apollo" said twice, "the Apollo program" once)', () => {
    const e = kinds(
      'Apollo said it would bid. The Apollo program ended long ago. Apollo later raised its offer.',
    );
    expect(kindOf(e, 'Apollo')).toBeDefined();
  });
});

describe('names whole', () => {
  it('keeps "and" inside a body whose head word comes before it too', () => {
    const { organizations } = kinds(
      'The U.S. Securities and Exchange Commission fined the bank on Monday.',
    );
    expect(organizations.map((o) => o.name)).toContain('U.S. Securities and Exchange Commission');
  });

  it('still splits two bodies joined by "and" ("Apple Computers and Google Inc")', () => {
    const { organizations } = kinds('Apple Computers and Google Inc agreed on Monday.');
    expect(organizations.map((o) => o.name)).not.toContain('Apple Computers and Google Inc');
  });
});

describe('known names that are everyday words', () => {
  it('reads "Magic Johnson" as a person though "Magic" is a team', () => {
    const e = kinds('Lakers great Magic Johnson watched the game from his seat.');
    expect(kindOf(e, 'Magic Johnson')).toBe('people');
  });

  it('keeps a team nickname a body when nothing says otherwise', () => {
    const e = kinds('The Magic beat the Heat 101-99 in Orlando. The Magic play again on Friday.');
    expect(kindOf(e, 'Magic')).toBe('organizations');
  });
});

describe('name particles and place words', () => {
  it('reads a name with particles as a person ("Botic van de Zanschulp")', () => {
    const e = kinds('Kukushkin had beaten Botic van de Zanschulp 6-2, 6-2.');
    expect(kindOf(e, 'Botic van de Zanschulp')).toBe('people');
  });

  it('reads "Sierra" before a place as a mountain range, and not before a surname', () => {
    expect(kindOf(kinds('Snow fell on the Sierra Nevada overnight.'), 'Sierra Nevada')).toBe(
      'places',
    );
    expect(kindOf(kinds('Sierra Johnson said she would run.'), 'Sierra Johnson')).toBe('people');
  });

  it('drops a product named in a compound ("FaceTime-Audio"), not a body so written', () => {
    const e = kinds('Calls over FaceTime-Audio failed. Calls over FaceTime-Audio failed again.');
    expect(kindOf(e, 'FaceTime-Audio')).toBeUndefined();
    const f = kinds('Shares of Rolls-Royce fell. Rolls-Royce said demand was weak.');
    expect(kindOf(f, 'Rolls-Royce')).toBe('organizations');
  });
});

describe('link lines', () => {
  it('takes no names from a line that spells out a link', () => {
    const e = kinds('More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports');
    expect(kindOf(e, 'AP')).toBeUndefined();
    expect(kindOf(kinds('The AP won an award for its coverage.'), 'AP')).toBe('organizations');
  });
});

describe('well-known bodies named after people', () => {
  it('reads "Goldman Sachs" and "Philip Morris" as bodies, an unknown pair of names as a person', () => {
    const e = kinds('Goldman Sachs advised Philip Morris on the sale, Gary Sachs said.');
    expect(kindOf(e, 'Goldman Sachs')).toBe('organizations');
    expect(kindOf(e, 'Philip Morris')).toBe('organizations');
    expect(kindOf(e, 'Gary Sachs')).toBe('people');
  });
});

describe('corporate suffixes', () => {
  it('joins "SoftBank Group Corp" and "SoftBank"', () => {
    const { organizations } = kinds(
      'SoftBank Group Corp bought the stake. SoftBank said the deal closed on Monday.',
    );
    expect(organizations.filter((o) => /SoftBank/.test(o.name))).toHaveLength(1);
  });

  it('keeps a group word that is the whole name ("Group" alone is no body)', () => {
    const { organizations } = kinds('The Carlyle Group bought the stake. Carlyle Group said so.');
    expect(organizations.map((o) => o.name)).toContain('Carlyle Group');
  });
});

describe('clubs', () => {
  it('knows clubs whose names hold a date or a place word ("Sheffield Wednesday", "Crystal Palace")', () => {
    const e = kinds('Sheffield Wednesday beat Crystal Palace 2-1 at Hillsborough.');
    expect(kindOf(e, 'Sheffield Wednesday')).toBe('organizations');
    expect(kindOf(e, 'Crystal Palace')).toBe('organizations');
  });

  it('still reads a town and a weekday apart ("in Sheffield on Wednesday")', () => {
    const e = kinds('The talks opened in Sheffield on Wednesday.');
    expect(kindOf(e, 'Sheffield')).toBe('places');
    expect(kindOf(e, 'Sheffield Wednesday')).toBeUndefined();
  });

  it('joins an ice hockey nickname to its town ("Minnesota Wild"), the everyday word alone is none', () => {
    const e = kinds('The Minnesota Wild won in overtime. The Wild have won four straight.');
    expect(kindOf(e, 'Minnesota Wild')).toBe('organizations');
    expect(kindOf(kinds('It was a wild night in Paris.'), 'Wild')).toBeUndefined();
  });
});

describe('weak runs of capitalized words', () => {
  it('drops a run with an everyday word, seen once, with nothing to make it a name', () => {
    const e = kinds('The band closed with Black Water Rising and left the stage.');
    expect(kindOf(e, 'Black Water Rising')).toBeUndefined();
  });

  it('keeps a run of name words seen once ("Jorge Zamora")', () => {
    const e = kinds('The deal was signed by Jorge Zamora last year.');
    expect(kindOf(e, 'Jorge Zamora')).toBe('people');
  });
});

describe('cricket scorecards', () => {
  it('reads the fielder and the bowler after "c", "b" and "lbw" as people', () => {
    const e = kinds('Saeed Anwar c Healy b Warne 50\nIjaz Ahmed lbw b McGrath 12');
    expect(kindOf(e, 'Healy')).toBe('people');
    expect(kindOf(e, 'Warne')).toBe('people');
    expect(kindOf(e, 'McGrath')).toBe('people');
  });

  it('leaves a capital "B" that opens a name alone ("B Capital")', () => {
    const e = kinds('The firm, called B Capital, opened in Boston. B Capital hired ten staff.');
    expect(kindOf(e, 'B Capital')).toBe('organizations');
  });
});

describe('a team town is also a place', () => {
  it('makes a place of a team town where "in" puts the story', () => {
    const e = kinds(
      'Boston 4 Chicago 2\nBoston 3 Detroit 1\nBoston 2 Toronto 0\nThe next games are played in Boston.',
    );
    expect(e.organizations.map((o) => o.name)).toContain('Boston');
    expect(e.places.map((o) => o.name)).toContain('Boston');
  });

  it('keeps a team town one team when no preposition of place stands before it', () => {
    const e = kinds('Boston 4 Chicago 2\nBoston 3 Detroit 1\nBoston beat Toronto on Friday.');
    expect(e.organizations.map((o) => o.name)).toContain('Boston');
    expect(e.places.map((o) => o.name)).not.toContain('Boston');
  });
});

describe('scorecard letters elsewhere', () => {
  it('does not read the letters of a reference ("^ a b") as a bowler', () => {
    const e = kinds('^ a b Eich (21 June 2011). The engine was built at Netscape by Eich.');
    expect(kindOf(e, 'Eich')).not.toBe('people');
  });
});

describe('long names whole', () => {
  it('keeps "King\'s College London" and "Congregation for the Doctrine of the Faith" whole', () => {
    const e = kinds(
      "He studied at King's College London. The ruling came from the Congregation for the Doctrine of the Faith.",
    );
    expect(kindOf(e, "King's College London")).toBe('organizations');
    expect(kindOf(e, 'Congregation for the Doctrine of the Faith')).toBe('organizations');
  });

  it('still strips a title before a person ("King Charles") and drops an event named "X of Y"', () => {
    const e = kinds('King Charles opened the Anniversary Tour of North America in Ottawa.');
    expect(kindOf(e, 'Charles')).toBe('people');
    expect(kindOf(e, 'Anniversary Tour of North America')).toBeUndefined();
  });
});

describe('phrases used as modifiers', () => {
  it('drops a run with an everyday word used only as a modifier ("the Washington Native plan")', () => {
    const e = kinds('The Seattle native said the Washington Native plan was fine.');
    expect(kindOf(e, 'Washington Native')).toBeUndefined();
  });

  it('keeps a body so used ("the Smith Foundation program")', () => {
    const e = kinds('Jane Doe runs the Smith Foundation program.');
    expect(kindOf(e, 'Smith Foundation')).toBe('organizations');
  });

  it('drops a product in the plural ("Dreamliners") and keeps its maker', () => {
    const e = kinds('The airline ordered five Boeing 787 Dreamliners.');
    expect(kindOf(e, 'Dreamliners')).toBeUndefined();
    expect(kindOf(e, 'Boeing')).toBe('organizations');
  });
});

describe('acronyms written with "&"', () => {
  it('joins "PG&E" to "Pacific Gas & Electric Co" and keeps "AT&T" at a sentence start', () => {
    const { organizations } = kinds(
      'Pacific Gas & Electric Co cut power on Monday. PG&E said the cuts would last two days. ' +
        'AT&T said its network held.',
    );
    expect(organizations.filter((o) => /Pacific|PG&E/.test(o.name))).toHaveLength(1);
    expect(organizations.map((o) => o.name)).toContain('AT&T');
  });

  it('still strips an opener before a name ("In Washington")', () => {
    const { places } = kinds('In Washington, officials met on Monday.');
    expect(places.map((p) => p.name)).toEqual(['Washington']);
  });
});

describe('camel case', () => {
  it('reads a name prefix as a name ("LeBron said"), a brand\'s camel case as a brand', () => {
    expect(kindOf(kinds('LeBron scored 30. LeBron said the team played well.'), 'LeBron')).toBe(
      'people',
    );
    expect(kindOf(kinds('WeWork cut jobs. WeWork also closed offices.'), 'WeWork')).toBe(
      'organizations',
    );
  });
});

describe('"on" inside bodies', () => {
  it('keeps "on" inside a body after its head ("National Institute on Drug Abuse")', () => {
    const { organizations } = kinds('The National Institute on Drug Abuse funded the study.');
    expect(organizations.map((o) => o.name)).toContain('National Institute on Drug Abuse');
  });

  it('does not join a body to a date or a place after "on"', () => {
    const { organizations } = kinds('Amnesty International on Friday said so.');
    expect(organizations.map((o) => o.name)).toEqual(['Amnesty International']);
  });
});

describe('possessors in lists', () => {
  it('does not list a possessor with the names around it ("Bezos’s Blue Origin and Elon Musk’s SpaceX")', () => {
    const e = kinds('Upstarts such as Jeff Bezos’s Blue Origin and Elon Musk’s SpaceX will bid.');
    expect(kindOf(e, 'Elon Musk')).toBe('people');
    expect(kindOf(e, 'SpaceX')).toBe('organizations');
  });

  it('still lists names that are not possessors ("Blue Origin and SpaceX")', () => {
    const e = kinds('Blue Origin and Astrobotic will bid, NASA said.');
    expect(kindOf(e, 'Astrobotic')).toBe('organizations');
  });
});

describe('a place inside a body', () => {
  it('keeps "Fort Worth" a place beside the "Fort Worth Police Department"', () => {
    const e = kinds(
      'Police in Fort Worth said the Fort Worth Police Department would investigate.',
    );
    expect(kindOf(e, 'Fort Worth')).toBe('places');
    expect(kindOf(e, 'Fort Worth Police Department')).toBe('organizations');
  });

  it('still joins a body\'s name without its head ("Homeland Security would act")', () => {
    const { organizations } = kinds(
      'The Department of Homeland Security said Homeland Security would act.',
    );
    expect(organizations).toHaveLength(1);
    expect(organizations[0]?.aliases).toContain('Homeland Security');
  });
});

describe('initials, possessors and everyday acronyms', () => {
  it('reads doubled initials before a name as a person ("J.J. Abrams"), not a place\'s letters', () => {
    expect(kindOf(kinds('J.J. Abrams will direct the film.'), 'J.J. Abrams')).toBe('people');
    expect(kindOf(kinds('The U.S. Treasury sold bonds.'), 'U.S. Treasury')).not.toBe('people');
  });

  it("ends a name at a known body's possessive (\"Apple's AirPlay\"), not at an everyday noun's", () => {
    const e = kinds("Apple's AirPlay works well. The People's Liberation Army moved.");
    expect(kindOf(e, "Apple's AirPlay")).toBeUndefined();
    expect(kindOf(e, "People's Liberation Army")).toBe('organizations');
  });

  it('takes no chips from units, parts and positions ("CPU", "GB", "CB"), keeps the name after one', () => {
    const e = kinds('CB Tavierre Thomas played 40 snaps. The CPU has 8 GB of RAM.');
    expect(kindOf(e, 'Tavierre Thomas')).toBe('people');
    for (const junk of ['CPU', 'GB', 'RAM', 'CB']) expect(kindOf(e, junk)).toBeUndefined();
  });
});

describe('people named like bodies', () => {
  it('reads "John M. Ford" as a person though Ford is a carmaker', () => {
    expect(kindOf(kinds('John M. Ford wrote the novel in 1983.'), 'John M. Ford')).toBe('people');
  });

  it('still reads a body ending in a known body\'s name as a body ("Acme Ford")', () => {
    expect(kindOf(kinds('Sales at Acme Ford rose in May.'), 'Acme Ford')).toBe('organizations');
  });

  it('strips "Sens." before two senators', () => {
    const e = kinds('Sens. Cory Booker and Kamala Harris spoke on Monday.');
    expect(kindOf(e, 'Cory Booker')).toBe('people');
    expect(kindOf(e, 'Sens')).toBeUndefined();
  });
});

describe('unknown acronyms', () => {
  it('drops an unknown acronym seen once with nothing else for it ("a CT scan")', () => {
    expect(kindOf(kinds('Doctors ordered a CT scan on Monday.'), 'CT')).toBeUndefined();
  });

  it('keeps one the text uses again, defines, or the lists know', () => {
    expect(kindOf(kinds('IDC counted the sales. IDC said they fell.'), 'IDC')).toBe(
      'organizations',
    );
    expect(
      kindOf(kinds('The International Data Corporation (IDC) counted the sales.'), 'IDC'),
    ).toBe('organizations');
    expect(kindOf(kinds('NATO met on Monday.'), 'NATO')).toBe('organizations');
  });
});

describe('product tiers', () => {
  it('drops a name closed by a product tier ("Chromecast Ultra", "Switch Lite")', () => {
    const e = kinds('Stadia works on the Chromecast Ultra and the Switch Lite, Jack Buser said.');
    expect(kindOf(e, 'Chromecast Ultra')).toBeUndefined();
    expect(kindOf(e, 'Switch Lite')).toBeUndefined();
    expect(kindOf(e, 'Jack Buser')).toBe('people');
  });

  it('keeps a person whose surname is a tier word ("Dan Max"), as it must "Mac Pro"', () => {
    expect(kindOf(kinds('Dan Max spoke on Monday.'), 'Dan Max')).toBe('people');
  });
});

describe("a body's name as a surname", () => {
  it('keeps "Michael Bloomberg" a person when the text calls him "Bloomberg"', () => {
    const e = kinds(
      'Michael Bloomberg joined the race. Bloomberg said he would spend heavily. Bloomberg won.',
    );
    expect(kindOf(e, 'Michael Bloomberg')).toBe('people');
  });

  it('keeps the body when no person bears its name', () => {
    expect(
      kindOf(kinds('Bloomberg bought the firm. Bloomberg now has 20,000 staff.'), 'Bloomberg'),
    ).toBe('organizations');
  });
});

describe('lists before a place noun, diseases', () => {
  it('types a list followed by "counties" as places, a single name before it too', () => {
    const e = kinds('Cases were found in Barry, Calhoun, Cass and Van Buren counties.');
    for (const n of ['Barry', 'Calhoun', 'Cass', 'Van Buren']) expect(kindOf(e, n)).toBe('places');
  });

  it('leaves a list before another noun alone ("Barry and Cass Smith")', () => {
    const e = kinds('Barry Jones and Cass Smith were found.');
    expect(kindOf(e, 'Cass Smith')).toBe('people');
  });

  it('takes no disease for a name ("Eastern Equine Encephalitis")', () => {
    const e = kinds('Eastern Equine Encephalitis killed six people in Michigan.');
    expect(kindOf(e, 'Equine Encephalitis')).toBeUndefined();
  });
});

describe('short forms', () => {
  it('joins a body by its last word when its first is an everyday one ("Depot" → "Home Depot")', () => {
    const { organizations } = kinds('Shares of Home Depot fell. Depot said sales rose.');
    expect(organizations).toHaveLength(1);
    expect(organizations[0]?.aliases).toContain('Depot');
  });

  it('does not join a place to a body so ("Washington" and "Western Washington")', () => {
    const e = kinds('Shares of Western Washington Bancorp fell. Washington passed the law.');
    expect(kindOf(e, 'Washington')).toBe('places');
  });

  it('keeps a person whose surname is a town a person ("John Durham" … "Durham said")', () => {
    const e = kinds(
      'Special counsel John Durham met officials. Durham said the probe continues. Durham left.',
    );
    expect(kindOf(e, 'John Durham')).toBe('people');
    expect(kindOf(kinds('Durham flooded. Durham residents fled.'), 'Durham')).toBe('places');
  });

  it('reads asset managers and consultancies as bodies ("Tocqueville Asset Management")', () => {
    const e = kinds('John Petrides of Tocqueville Asset Management said so.');
    expect(kindOf(e, 'Tocqueville Asset Management')).toBe('organizations');
  });
});

describe('label words opening known names', () => {
  it('keeps "Home" in "Home Depot" at a sentence start, drops it before an everyday word', () => {
    const { organizations } = kinds('Home Depot said sales rose. Home Depot cut its outlook.');
    expect(organizations.map((o) => o.name)).toEqual(['Home Depot']);
    expect(kinds('Home prices rose in Ohio.').organizations).toEqual([]);
  });
});

describe("a player's position between team and name", () => {
  it('cuts "Browns DL Sheldon Richardson" into the team and the player', () => {
    const e = kinds('Browns DL Sheldon Richardson decided to weigh in on Monday.');
    expect(kindOf(e, 'Browns')).toBe('organizations');
    expect(kindOf(e, 'Sheldon Richardson')).toBe('people');
    expect(kindOf(e, 'Browns DL')).toBeUndefined();
  });

  it('leaves an acronym that is no position inside a name ("UCLA Health Sciences")', () => {
    const e = kinds('Staff at UCLA Health Sciences grew. UCLA Health Sciences hired more.');
    expect(kindOf(e, 'UCLA Health Sciences')).toBe('organizations');
  });
});
