import { t, type Locale } from '../i18n';
import { escapeHtml, jsonBlock } from '../i18n/html';

export const APPROVAL_ASSETS = '/approve-assets';

/**
 * The approval page's shell: what this approval is, and a date-of-birth form. The card itself
 * (the same Adaptive Card as in Teams) is fetched and rendered by approval.js with the official
 * renderer once the date is right, so the HTML holds nothing personal.
 */
export function approvalPage(locale: Locale): string {
  const texts = {
    dobLabel: t(locale, 'page.dob_label'),
    continue: t(locale, 'page.continue'),
    failed: t(locale, 'page.failed'),
    sending: t(locale, 'page.sending'),
  };
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(t(locale, 'page.title'))}</title>
<link rel="stylesheet" href="${APPROVAL_ASSETS}/approval.css">
</head>
<body>
<main>
<h1>${escapeHtml(t(locale, 'page.title'))}</h1>
<p id="what">${escapeHtml(t(locale, 'page.what'))}</p>
<form id="dob" hidden>
<label for="dateOfBirth">${escapeHtml(texts.dobLabel)}</label>
<input id="dateOfBirth" name="dateOfBirth" type="text" inputmode="numeric" autocomplete="bday" placeholder="YYYY-MM-DD" required>
<button type="submit">${escapeHtml(texts.continue)}</button>
</form>
<p id="message" role="status" aria-live="polite"></p>
<div id="card"></div>
</main>
<script type="application/json" id="texts">${jsonBlock(texts)}</script>
<script src="${APPROVAL_ASSETS}/adaptivecards.min.js"></script>
<script src="${APPROVAL_ASSETS}/approval.js"></script>
</body>
</html>`;
}

/** A forged or expired link: said plainly, with what to do. */
export function linkProblem(locale: Locale, problem: 'invalid' | 'expired'): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(t(locale, 'page.title'))}</title><link rel="stylesheet" href="${APPROVAL_ASSETS}/approval.css"></head><body><main><h1>${escapeHtml(t(locale, 'page.title'))}</h1><p id="message">${escapeHtml(t(locale, problem === 'expired' ? 'page.expired' : 'page.invalid'))}</p></main></body></html>`;
}
