import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTab } from '../context';

/**
 * A button that asks for one value before acting: the reason of a rejection, a corrected e-mail.
 * The value is checked as the server will (non-empty, an e-mail address), so the dialog stays open
 * with what was typed when it is not yet right.
 */
export function AskDialog(props: {
  trigger: string;
  title: string;
  label: string;
  confirm: string;
  kind: 'reason' | 'email';
  disabled?: boolean;
  onConfirm(value: string): Promise<void>;
}) {
  const { tt } = useTab();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const valid = props.kind === 'email' ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) : value.trim().length > 0;
  const submit = async () => {
    setBusy(true);
    try {
      await props.onConfirm(value.trim());
      setOpen(false);
      setValue('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" disabled={props.disabled}>
          {props.trigger}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <Field label={props.label} required>
              {props.kind === 'email' ? (
                <Input type="email" value={value} maxLength={254} onChange={(_, d) => setValue(d.value)} />
              ) : (
                <Textarea value={value} maxLength={500} onChange={(_, d) => setValue(d.value)} />
              )}
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={busy}>{tt('tab.act.cancel')}</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={!valid || busy} onClick={submit}>
              {busy ? tt('tab.act.working') : props.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** What a cancel or a rejection asks: the same dialog, the reason read by the orderer or by the issuer and managers. */
export function ReasonDialog({
  purpose,
  trigger,
  what,
  disabled,
  onConfirm,
}: {
  purpose: 'reject' | 'cancel';
  trigger: string;
  what: string;
  disabled?: boolean;
  onConfirm(reason: string): Promise<void>;
}) {
  const { tt } = useTab();
  const words =
    purpose === 'reject'
      ? { title: tt('tab.act.reject_title', { what }), label: tt('tab.act.reason'), confirm: tt('tab.act.confirm_reject') }
      : { title: tt('tab.act.cancel_title', { what }), label: tt('tab.act.cancel_reason'), confirm: tt('tab.act.confirm_cancel') };
  return <AskDialog kind="reason" trigger={trigger} {...words} disabled={disabled} onConfirm={onConfirm} />;
}
