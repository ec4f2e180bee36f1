import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ReachPorts } from '../services/reach/ports';
import { GraphTeamsInstaller } from './graphInstaller';
import { GraphTokens } from './graphTokens';
import { smtpMailer } from './smtpMailer';

/**
 * The ways to reach cardholders the bot has not met, from configuration: Graph when there are
 * client credentials, e-mail when SMTP_URL is set. `fetchImpl` serves both Graph and its token
 * endpoint (tests pass one that trusts their fake's CA).
 */
export function createReach(
  config: Pick<Config, 'reach'>,
  deps: { log: Logger; approvalLink(reachId: string, expiresAt: Date): string; fetchImpl?: typeof fetch },
): ReachPorts & { close(): void } {
  const { graph, mail } = config.reach;
  const fetchImpl = deps.fetchImpl ?? fetch;
  const mailer = mail ? smtpMailer(mail, deps.log) : null;
  return {
    teams: graph ? new GraphTeamsInstaller(graph, new GraphTokens(graph, deps.log, fetchImpl), deps.log, fetchImpl) : null,
    mail: mailer,
    clientId: graph?.clientId ?? null,
    consentUrl: (tenantId) =>
      `${graph?.loginUrl ?? 'https://login.microsoftonline.com'}/${encodeURIComponent(tenantId)}/adminconsent?client_id=${encodeURIComponent(graph?.clientId ?? '')}`,
    approvalLink: deps.approvalLink,
    close: () => mailer?.close(),
  };
}
