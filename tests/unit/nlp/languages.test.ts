import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeText } from '../../../utils/nlp';
import { detectLanguage, primaryLanguage } from '../../../utils/nlp/language';
import type { Entity } from '../../../utils/nlp';

const names = (list: Entity[]): string[] => list.map((e) => e.name);

describe('language', () => {
  it('reads the primary subtag of the page language', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('')).toBeNull();
  });

  it('trusts the text over a wrong page language when the text is long enough', () => {
    const german =
      'Die Bundesregierung hat am Mittwoch in Berlin einen neuen Plan für die Energiewende vorgestellt. ' +
      'Der Minister sagte, dass die Kosten für die Verbraucher in den nächsten Jahren sinken sollen, ' +
      'und kündigte weitere Gespräche mit den Ländern und der Industrie an.';
    expect(detectLanguage(german, 'en')).toBe('de');
    expect(detectLanguage('Short text.', 'fr')).toBe('fr');
  });
});

describe('entities beyond English', () => {
  it('French: people with their titles, bodies with their adjective, places', () => {
    const { people, organizations, places } = analyzeArticle({
      title: 'Le projet de loi sur le renseignement approuvé à l’Assemblée',
      text:
        'Les députés ont adopté le projet de loi, qui sera examiné par le Sénat puis le Conseil constitutionnel. ' +
        'Le président François Hollande avait annoncé qu’il saisirait les Sages.\n' +
        'Le ministre des Affaires étrangères, Laurent Fabius, a accueilli à Roissy un avion venu du Népal. ' +
        'Hollande a salué le travail de l’Assemblée nationale et des services à Paris.',
      lang: 'fr',
    }).entities;
    expect(names(people)).toEqual(expect.arrayContaining(['François Hollande', 'Laurent Fabius']));
    expect(people.find((e) => e.name === 'François Hollande')?.aliases).toContain('Hollande');
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Conseil constitutionnel', 'Assemblée nationale']),
    );
    expect(names(places)).toEqual(expect.arrayContaining(['Népal', 'Paris']));
  });

  it('German: names need more than a capital (every noun has one)', () => {
    const a = analyzeArticle({
      title: 'Neue Funktion im Passwortmanager',
      text:
        'AgileBits hat Version 5.3 seines Passwortmanagers für den Mac freigegeben. Mit dem Update ' +
        'wird eine praktische Funktion nachgereicht, die Firmen wie Google seit Jahren einsetzen. ' +
        'Bundeskanzlerin Angela Merkel besuchte am Dienstag die Messe in Köln, sagte der Sprecher.',
      lang: 'de',
    });
    const all = [...a.entities.people, ...a.entities.organizations, ...a.entities.places].map(
      (e) => e.name,
    );
    expect(all).toEqual(expect.arrayContaining(['AgileBits', 'Google', 'Angela Merkel', 'Köln']));
    for (const noun of ['Update', 'Funktion', 'Version', 'Firmen', 'Messe', 'Sprecher'])
      expect(all).not.toContain(noun);
  });

  it('Spanish and Portuguese: people, bodies and places', () => {
    const es = analyzeText(
      'Abdullah Ocalan desembarcó en Italia en noviembre de 1998 y pidió asilo político. ' +
        'El ex comunista Massimo D’Alema dudaba. La Coordinadora Arauco-Malleco opera en Chile. ' +
        'Ocalan fue capturado en Kenia.',
    ).entities;
    expect(names(es.people)).toEqual(
      expect.arrayContaining(['Abdullah Ocalan', 'Massimo D’Alema']),
    );
    expect(names(es.places)).toEqual(expect.arrayContaining(['Italia', 'Chile']));
    const pt = analyzeText(
      'O técnico Tite declarou que errou ao levar a taça, conquistada pelo Corinthians, ao ex-presidente ' +
        'Luiz Inácio Lula da Silva. Lula recebeu a réplica do troféu no Instituto Lula em São Paulo. ' +
        'O Corinthians não comentou.',
    ).entities;
    expect(pt.people.find((e) => e.name === 'Luiz Inácio Lula da Silva')?.aliases).toContain(
      'Lula',
    );
    expect(names(pt.organizations)).toContain('Corinthians');
  });

  it('Spanish: a known place that opens with a small word keeps it ("Estados" is also a verb form)', () => {
    const { organizations, places } = analyzeArticle({
      title: 'Una solución para la cuestión mapuche',
      text:
        'En Estados Unidos, las reservaciones indígenas ocupan 80.000 kilómetros cuadrados. ' +
        'A diferencia de los Estados Unidos, la Argentina no integró a sus pueblos. ' +
        'En Canadá, unas 2300 reservas ocupan 28.000 kilómetros cuadrados.',
      lang: 'es',
    }).entities;
    expect(names(places)).toEqual(
      expect.arrayContaining(['Estados Unidos', 'Argentina', 'Canadá']),
    );
    expect(names([...organizations, ...places])).not.toContain('Unidos');
  });
});
