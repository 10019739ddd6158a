import { JSDOM } from 'jsdom';
import { extractArticle, type ExtractOptions } from '../../../utils/extract';
import type { Article, ExtractResult } from '../../../utils/extract/types';

/** A jsdom page at `url`, as the browser would give it to the content script. */
export function page(html: string, url = 'https://news.example/world/story'): JSDOM {
  return new JSDOM(html, { url });
}

/** Extract `html` as an article page; fails the test when it is not one. */
export function extract(html: string, url?: string, options?: ExtractOptions): Article {
  const result = extractFrom(html, url, options);
  if (!result.isArticle) throw new Error(`expected an article, got: ${result.reason}`);
  return result;
}

export function extractFrom(html: string, url?: string, options?: ExtractOptions): ExtractResult {
  const dom = page(html, url);
  return extractArticle(dom.window.document, dom.window.location.href, options);
}

/** Sentences long enough for Readability to see a story, with a topic word to find them by. */
export function storyParagraphs(topic: string, count = 6): string {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    out.push(
      `<p>Paragraph ${i} about ${topic}: the council met on Tuesday to discuss the new budget for the ` +
        `harbour district, and officials said the plan, which has been debated for months, would ` +
        `finally move ahead after residents, traders and local schools were consulted at length.</p>`,
    );
  }
  return out.join('\n');
}

/** One story sentence per language the rules carry phrases for. */
const SENTENCES = {
  en: 'the council met on Tuesday to discuss the new budget for the harbour district, and officials said the plan, which has been debated for months, would finally move ahead after residents, traders and local schools were consulted at length.',
  fr: 'le conseil municipal a voté mardi le nouveau budget du port, et les habitants, qui attendaient ce projet depuis des années, ont salué une décision prise après de longues consultations avec les commerçants et les écoles du quartier.',
  de: 'der Stadtrat hat am Dienstag den neuen Haushalt für den Hafen beschlossen, und die Anwohner, die seit Jahren auf das Projekt warten, begrüßten die Entscheidung nach langen Gesprächen mit den Händlern und den Schulen im Viertel.',
  es: 'el ayuntamiento aprobó el martes el nuevo presupuesto del puerto, y los vecinos, que esperaban el proyecto desde hace años, celebraron una decisión tomada tras largas consultas con los comerciantes y las escuelas del barrio.',
  pt: 'a câmara municipal aprovou na terça-feira o novo orçamento do porto, e os moradores, que esperavam o projeto há anos, elogiaram uma decisão tomada após longas consultas com os comerciantes e as escolas do bairro.',
  it: 'il consiglio comunale ha approvato martedì il nuovo bilancio del porto, e i residenti, che aspettavano il progetto da anni, hanno accolto una decisione presa dopo lunghe consultazioni con i commercianti e le scuole del quartiere.',
} as const;

export type StoryLang = keyof typeof SENTENCES;

/** Story paragraphs in `lang`, numbered, with a topic word to find them by. */
export function storyIn(lang: StoryLang, topic: string, count = 6): string {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) out.push(`<p>${topic} ${i}: ${SENTENCES[lang]}</p>`);
  return out.join('\n');
}

/** A full news page around `body` (inside the article element). */
export function newsPage(body: string, title = 'Council backs harbour plan', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1>
${body}
</article></main><footer>© News Example</footer></body></html>`;
}
