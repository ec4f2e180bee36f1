import { t, type Locale, type MessageKey } from '../i18n';
import { escapeHtml, jsonBlock } from '../i18n/html';
import { PHOTO_MAX_BYTES } from '../domain/photo-rules';
import type { UploadPurpose } from '../store/ports';

/**
 * The upload page and its status pages as plain HTML: no build step, no inline script or style
 * (the CSP forbids both), texts from the catalogue. The script reads its messages from a JSON
 * data block and the limits from data attributes.
 */
export const UPLOAD_ASSETS = '/upload-assets';

export { escapeHtml, jsonBlock } from '../i18n/html';

export function layout(
  locale: Locale,
  body: string,
  opts: { title?: MessageKey; bodyAttributes?: string; scripts?: string[] } = {},
): string {
  const scripts = (opts.scripts ?? []).map((src) => `<script src="${src}"></script>`).join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(t(locale, opts.title ?? 'upload.page.title'))}</title>
<link rel="stylesheet" href="${UPLOAD_ASSETS}/upload.css">
</head>
<body${opts.bodyAttributes ?? ''}>
<main>
${body}
</main>
${scripts}
</body>
</html>
`;
}

export const text = (locale: Locale, key: MessageKey) => escapeHtml(t(locale, key));

/** Client-side texts; `tooLarge` keeps its {sizeMb}/{maxMb} placeholders for the script. */
function clientMessages(locale: Locale): Record<string, string> {
  return {
    tooLarge: t(locale, 'photo.failure.too_large_bytes'),
    noPreview: t(locale, 'upload.page.no_preview'),
    uploading: t(locale, 'upload.page.uploading'),
    network: t(locale, 'upload.page.network'),
    tryAnother: t(locale, 'upload.page.try_another'),
    failed: t(locale, 'upload.page.failed'),
  };
}

/** `subjectName`: whose photo it is; the heading names them (escaped), or says "the cardholder's". */
export function uploadPage(locale: Locale, subjectName?: string): string {
  const heading = subjectName
    ? escapeHtml(t(locale, 'upload.page.heading_for', { name: subjectName }))
    : text(locale, 'upload.page.heading');
  const body = `<h1>${heading}</h1>
<p>${text(locale, 'photo.requirements')}</p>
<form id="upload-form" novalidate>
  <div class="pickers">
    <span class="camera-only">
      <input class="visually-hidden" id="camera" name="camera" type="file" accept="image/*" capture="user">
      <label class="button secondary" for="camera">${text(locale, 'upload.page.take')}</label>
    </span>
    <input class="visually-hidden" id="file" name="file" type="file" accept="image/*">
    <label class="button secondary" for="file">${text(locale, 'upload.page.choose')}</label>
  </div>
  <figure id="preview" hidden>
    <div class="frame"><img id="preview-img" alt="${text(locale, 'upload.page.preview_alt')}"></div>
    <figcaption>${text(locale, 'upload.page.preview_caption')}</figcaption>
  </figure>
  <p id="note" class="note" hidden></p>
  <button id="upload" class="button" type="submit" disabled>${text(locale, 'upload.page.upload')}</button>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" class="error" role="alert" hidden></p>
<section id="done" hidden>
  <h2 tabindex="-1">${text(locale, 'upload.page.done_heading')}</h2>
  <p>${text(locale, 'upload.page.done')}</p>
  <p id="done-findings" hidden>${text(locale, 'upload.page.done_findings')}</p>
  <button id="close" class="button" type="button" hidden>${text(locale, 'upload.page.close')}</button>
</section>
<script type="application/json" id="messages">${jsonBlock(clientMessages(locale))}</script>`;
  const attributes = ` data-mode="pending" data-max-bytes="${PHOTO_MAX_BYTES}"`;
  return layout(locale, body, { bodyAttributes: attributes, scripts: [`${UPLOAD_ASSETS}/teams-js.min.js`, `${UPLOAD_ASSETS}/upload.js`] });
}

export type LinkProblem = 'used' | 'expired' | 'invalid';

const PROBLEM_KEYS: Record<LinkProblem, { heading: MessageKey; body: MessageKey }> = {
  used: { heading: 'upload.page.used_heading', body: 'upload.page.used' },
  expired: { heading: 'upload.page.expired_heading', body: 'upload.page.expired' },
  invalid: { heading: 'upload.page.invalid_heading', body: 'upload.page.invalid' },
};

/** An import link is renewed with `import`, not from the photo question: its own advice, same headings. */
const IMPORT_PROBLEM_BODIES: Partial<Record<LinkProblem, MessageKey>> = { used: 'upload.import.used', expired: 'upload.import.expired' };

function problemKeys(problem: LinkProblem, purpose: UploadPurpose): { heading: MessageKey; body: MessageKey } {
  const keys = PROBLEM_KEYS[problem];
  return purpose === 'import' ? { ...keys, body: IMPORT_PROBLEM_BODIES[problem] ?? keys.body } : keys;
}

/** A used, expired or tampered link: one clear sentence on what to do, no error dump. */
export function linkProblemPage(locale: Locale, problem: LinkProblem, purpose: UploadPurpose = 'cardholder-photo'): string {
  const keys = problemKeys(problem, purpose);
  return layout(locale, `<h1>${text(locale, keys.heading)}</h1>\n<p>${text(locale, keys.body)}</p>`, {
    title: purpose === 'import' ? 'upload.import.title' : 'upload.page.title',
    bodyAttributes: ` data-problem="${problem}"`,
  });
}

export function linkProblemMessage(locale: Locale, problem: LinkProblem, purpose: UploadPurpose = 'cardholder-photo'): string {
  const keys = problemKeys(problem, purpose);
  return `${t(locale, keys.heading)}. ${t(locale, keys.body)}`;
}

export function failurePage(locale: Locale): string {
  return layout(locale, `<p>${text(locale, 'upload.page.failed')}</p>`);
}
