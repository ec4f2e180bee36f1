import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { TabCancelRequest, TabCard, TabCardActionResult, TabRejectCardRequest, TabResendRequest } from '../../http/tabContract';
import { useTab } from '../context';
import type { Tt } from '../i18n';
import { AskDialog, ReasonDialog } from './AskDialog';
import { Notice } from './Notice';

/** What the page shows after an action: a sentence, good or bad. */
export interface ActionReport {
  intent: 'info' | 'warning' | 'error';
  text: string;
}

/** The sentence an action left, where the person acted. */
export function ActionNotice({ report }: { report: ActionReport }) {
  return (
    <div data-testid="action-report" data-intent={report.intent}>
      <Notice intent={report.intent}>{report.text}</Notice>
    </div>
  );
}

/** The actions this person has on one card (resend or correct the e-mail; reject in review), as the chat's buttons do. */
export function CardActions({ card, orderNumber, onDone }: { card: TabCard; orderNumber: string; onDone(report: ActionReport): void }) {
  const { api, tt } = useTab();
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<TabCardActionResult>, applied: (r: TabCardActionResult) => string) => {
    setBusy(true);
    try {
      const result = await call();
      onDone(
        result.outcome === 'applied'
          ? { intent: 'info', text: applied(result) }
          : { intent: 'warning', text: notApplied(tt, result, card.name) },
      );
    } catch (err) {
      onDone({ intent: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const resend = (email?: string) =>
    run(
      () =>
        api.post<TabCardActionResult>('cards/resend', {
          itemId: card.id,
          round: card.round,
          ...(email ? { email } : {}),
        } satisfies TabResendRequest),
      (r) => tt(r.reached ? 'tab.act.resent' : 'tab.act.resent_unreached', { name: card.name }),
    );
  if (card.actions.length === 0) return null;
  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }} data-testid="card-actions">
      {card.actions.includes('resend') && (
        <>
          <Button size="small" disabled={busy} onClick={() => resend()}>
            {tt('tab.act.resend')}
          </Button>
          <AskDialog
            kind="email"
            trigger={tt('tab.act.change_email')}
            title={tt('tab.act.change_email_title', { name: card.name })}
            label={tt('tab.act.email')}
            confirm={tt('tab.act.send')}
            disabled={busy}
            onConfirm={(email) => resend(email)}
          />
        </>
      )}
      {card.actions.includes('cancel') && (
        <ReasonDialog
          purpose="cancel"
          trigger={tt('tab.act.cancel_card')}
          what={card.name}
          disabled={busy}
          onConfirm={(reason) =>
            run(
              () =>
                api.post<TabCardActionResult>('orders/cancel', { number: orderNumber, itemId: card.id, reason } satisfies TabCancelRequest),
              () => tt('tab.act.card_cancelled', { name: card.name }),
            )
          }
        />
      )}
      {card.actions.includes('reject') && (
        <ReasonDialog
          purpose="reject"
          trigger={tt('tab.act.reject_card')}
          what={card.name}
          disabled={busy}
          onConfirm={(reason) =>
            run(
              () =>
                api.post<TabCardActionResult>('cards/reject', {
                  number: orderNumber,
                  itemId: card.id,
                  reason,
                } satisfies TabRejectCardRequest),
              () => tt('tab.act.card_rejected', { name: card.name }),
            )
          }
        />
      )}
    </div>
  );
}

function notApplied(tt: Tt, result: TabCardActionResult, name: string): string {
  return tt(result.outcome === 'already_decided' ? 'tab.act.card_already' : 'tab.act.card_not_open', { name });
}
