import { t, type Locale } from '../i18n';
import { DEFAULT_IMPORT_LIMITS } from '../import';
import { jsonBlock, layout, text, UPLOAD_ASSETS } from './uploadPage';

/**
 * The upload page of an import link: one file picker for the filled-in template (.xlsx) or a ZIP
 * with it and the photos; no camera, no preview. It shares the photo page's layout, script and
 * style; the script tells the two apart by the elements present.
 */
function clientMessages(locale: Locale): Record<string, string> {
  return {
    tooLarge: t(locale, 'bulk.file.too_large'),
    fileInfo: t(locale, 'upload.import.file_info'),
    uploading: t(locale, 'upload.import.uploading'),
    network: t(locale, 'upload.import.network'),
    tryAnother: t(locale, 'upload.import.try_another'),
    failed: t(locale, 'upload.page.failed'),
  };
}

export function importUploadPage(locale: Locale): string {
  const body = `<h1>${text(locale, 'upload.import.heading')}</h1>
<p>${text(locale, 'upload.import.intro')}</p>
<form id="upload-form" novalidate>
  <div class="pickers">
    <input class="visually-hidden" id="file" name="file" type="file" accept=".xlsx,.zip">
    <label class="button secondary" for="file">${text(locale, 'upload.import.choose')}</label>
  </div>
  <p id="file-info" class="file-info" hidden></p>
  <button id="upload" class="button" type="submit" disabled>${text(locale, 'upload.import.upload')}</button>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" class="error" role="alert" hidden></p>
<section id="done" hidden>
  <h2 tabindex="-1">${text(locale, 'upload.import.done_heading')}</h2>
  <p>${text(locale, 'upload.import.done')}</p>
  <button id="close" class="button" type="button" hidden>${text(locale, 'upload.page.close')}</button>
</section>
<script type="application/json" id="messages">${jsonBlock(clientMessages(locale))}</script>`;
  return layout(locale, body, {
    title: 'upload.import.title',
    bodyAttributes: ` data-mode="pending" data-kind="import" data-max-bytes="${DEFAULT_IMPORT_LIMITS.maxUploadBytes}"`,
    scripts: [`${UPLOAD_ASSETS}/teams-js.min.js`, `${UPLOAD_ASSETS}/upload.js`],
  });
}
