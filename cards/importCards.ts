import type { Translate } from '../src/i18n';
import { escapeMarkdown } from '../src/i18n/markdown';
import { MANDATORY_COLUMNS } from '../src/import/types';
import { renderTemplate, type AdaptiveCard } from './render';
import introTemplate from './importIntro.json';
import resultTemplate from './importResult.json';

/** The `import` command's card: the two forms, the limits, the template, and the upload page (when there is a link). */
export function importIntroCard(t: Translate, opts: { templateUrl: string; uploadUrl?: string; maxRows: number }): AdaptiveCard {
  return renderTemplate(introTemplate, {
    title: t('bulk.card.intro_title'),
    intro: t('bulk.card.intro'),
    forms: [
      { name: t('bulk.card.form_xlsx'), description: t('bulk.card.form_xlsx_text') },
      { name: t('bulk.card.form_zip'), description: t('bulk.card.form_zip_text') },
    ],
    howToSend: t(opts.uploadUrl ? 'bulk.card.how_to_send_or_upload' : 'bulk.card.how_to_send'),
    // Column names as written in the sheet: first_name must not turn into italics.
    limits: t('bulk.card.limits', { maxRows: opts.maxRows, columns: escapeMarkdown(MANDATORY_COLUMNS.join(', ')) }),
    links: [
      { title: t('bulk.card.template_button'), url: opts.templateUrl },
      ...(opts.uploadUrl ? [{ title: t('bulk.card.upload_button'), url: opts.uploadUrl }] : []),
    ],
  });
}

export interface ImportResultView {
  fileName: string;
  status: string;
  facts?: { label: string; value: string }[];
  problems?: string[];
  moreProblems?: string;
  jobId?: string;
  confirmTitle?: string;
  reportUrl?: string;
  /** A fresh upload link, when the file has to be sent again. */
  uploadUrl?: string;
  outcome?: string;
}

/** The import's one card: progress while checking, then the result with Add / report, then the outcome. */
export function importResultCard(t: Translate, view: ImportResultView): AdaptiveCard {
  const executeActions =
    view.jobId && view.confirmTitle && !view.outcome
      ? [
          { title: view.confirmTitle, verb: 'import.confirm' },
          { title: t('bulk.card.discard'), verb: 'import.discard' },
        ]
      : [];
  const linkActions = [
    ...(view.reportUrl ? [{ title: t('bulk.card.report_button'), url: view.reportUrl }] : []),
    ...(view.uploadUrl ? [{ title: t('bulk.card.upload_again'), url: view.uploadUrl }] : []),
  ];
  return renderTemplate(resultTemplate, {
    title: t('bulk.card.result_title', { file: escapeMarkdown(view.fileName) }),
    status: view.status,
    facts: view.facts ?? [],
    problemsTitle: t('bulk.card.problems_title'),
    problems: view.problems ?? [],
    moreProblems: view.moreProblems ?? '',
    outcome: view.outcome ?? '',
    executeActions,
    linkActions,
    jobId: view.jobId ?? '',
  });
}
