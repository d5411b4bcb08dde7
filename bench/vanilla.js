// The same first screen as the employer quiz (header, navigation, heading,
// progress, first question with three options, buttons), in plain DOM calls:
// the floor a hand-written page would reach, measured in the same run.
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
};
const options = ['Wenige große B2B-Kunden', 'Gemischt: einige große, viele kleinere Kunden', 'Massengeschäft mit vielen kleinen Kunden'];
const app = el('div', { className: 'app' },
  el('header', {}, el('strong', {}, 'KAM Navigator'), el('p', {}, 'Account Manager oder Key Account Manager?')),
  el('nav', {}, ...['Übersicht', 'Für Arbeitgeber', 'Für Vertriebler', 'Kostenrechner'].map((t) => el('a', { href: '#' }, t, ' '))),
  el('main', {},
    el('h1', {}, 'Brauchen wir einen Account Manager oder einen Key Account Manager?'),
    el('form', { className: 'quiz' },
      el('p', {}, 'Frage 1 von 16'), el('progress', { max: 16, value: 1 }),
      el('fieldset', {},
        el('legend', {}, el('h2', {}, 'Wie sieht Ihr Kundengeschäft aus?')),
        ...options.map((t, i) => el('label', { className: 'option' },
          el('input', { type: 'radio', name: 'q', id: `o${i}` }), el('span', {}, t)))),
      el('button', { type: 'button' }, 'Zurück'), el('button', { type: 'submit' }, 'Weiter'))));
document.body.append(app);
