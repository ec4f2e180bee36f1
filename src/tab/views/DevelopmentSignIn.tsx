import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { createApi } from '../api';
import { useTab } from '../context';
import { developmentToken } from '../session';
import { useLoad } from '../useLoad';
import { Await, Notice } from './Notice';

/** Local mode only (the server has no such routes in production): sign in as someone the bot has met. */
export function DevelopmentSignIn({ onSignedIn }: { onSignedIn(): void }) {
  const { tt, locale } = useTab();
  const api = createApi(async () => '', locale);
  const people = useLoad(() => api.get<{ people: { id: string; name: string }[] }>('development/people'), 'people');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Await
      loaded={people}
      render={({ people }) =>
        people.length === 0 ? (
          <Notice>{tt('tab.dev.none')}</Notice>
        ) : (
          <form
            style={{ display: 'flex', gap: 12, alignItems: 'end', marginTop: 12 }}
            onSubmit={(e) => {
              e.preventDefault();
              api
                .post<{ token: string }>('development/sign-in', { personId: chosen || people[0]!.id })
                .then(({ token }) => {
                  developmentToken.set(token);
                  onSignedIn();
                })
                .catch((err: Error) => setError(err.message));
            }}
          >
            <Field label={tt('tab.dev.choose')}>
              <Select value={chosen || people[0]!.id} onChange={(_, d) => setChosen(d.value)}>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" type="submit">
              {tt('tab.dev.sign_in')}
            </Button>
            {error && <Notice intent="error">{error}</Notice>}
          </form>
        )
      }
    />
  );
}
