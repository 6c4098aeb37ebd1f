import { noTokenWords } from '../i18n/no-token';

/**
 * Browser mode without a valid token cannot reach the host, so it cannot know the saved language:
 * the page says how to get in, in both languages, the browser's own first. Plain DOM, no React:
 * it replaces a screen that would otherwise wait forever.
 */
export function showNoTokenPage(doc: Document = document, languages: readonly string[] = navigator.languages) {
  if (doc.getElementById('no-token')) return;
  const spanishFirst = (languages[0] ?? '').toLowerCase().startsWith('es');
  const order = spanishFirst ? (['es', 'en'] as const) : (['en', 'es'] as const);
  const origin = doc.location?.origin ?? '';
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const main = el('main');
  main.id = 'no-token';
  main.className = 'page';
  for (const lang of order) {
    const w = noTokenWords[lang];
    const section = el('section');
    section.lang = lang;
    section.className = 'card';
    const list = el('ol');
    list.append(el('li', w.stepPrinted.replace('{{origin}}', origin)), el('li', w.stepRestart));
    section.append(el(lang === order[0] ? 'h1' : 'h2', w.title), el('p', w.why), el('p', w.how), list, el('p', w.safe));
    main.append(section);
  }
  doc.documentElement.lang = order[0];
  const root = doc.getElementById('root');
  if (root) root.hidden = true;
  doc.body.append(main);
}
