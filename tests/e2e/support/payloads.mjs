// Known XSS payloads, for the hardening tests: markup, script URLs and their
// obfuscations. A widget must show each of them as plain text, refuse each
// link whose scheme is not https, http, mailto or tel, and run none of them.
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'vbscript:msgbox(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
  '\'><iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">click</a>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '{{constructor.constructor(\'alert(1)\')()}}',
  'https://recruiter.example/"><img src=x onerror=alert(1)>',
  'mailto:team@recruiter.example?subject=<script>alert(1)</script>',
];

/** Whether a call-to-action link may render: an allowed scheme, no control characters. */
export function allowedLink(href) {
  const h = href.trim();
  // eslint-disable-next-line no-control-regex
  return /^(https?|mailto|tel):/i.test(h) && !/[\u0000-\u001f\u007f-\u009f]/.test(h);
}

/** The label a call to action shows for `label`: trimmed, without control characters, 120 at most. */
export function shownLabel(label) {
  // eslint-disable-next-line no-control-regex
  return [...label.trim()].filter((c) => !/[\u0000-\u001f\u007f-\u009f]/.test(c)).slice(0, 120).join('');
}
