/**
 * What the operator should check when the bot cannot get its token, from the Entra error code
 * (`AADSTS…` in msal's message) or the network error. The codes are Entra's documented ones
 * (learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
const ENTRA_HINTS: Record<string, string> = {
  AADSTS7000215: "MicrosoftAppPassword is not a valid client secret of this app registration (use the secret's value, not its id)",
  AADSTS7000222: 'MicrosoftAppPassword has expired: create a new client secret and update MicrosoftAppPassword',
  AADSTS700016:
    'MicrosoftAppId is not an app registration in this tenant (check MicrosoftAppId, MicrosoftAppTenantId and MicrosoftAppType)',
  AADSTS90002: 'MicrosoftAppTenantId is not a tenant Entra knows',
  AADSTS900023: 'MicrosoftAppTenantId is not a valid tenant id',
  AADSTS700054:
    "the app registration does not allow this sign-in (check MicrosoftAppType against the registration's supported account types)",
};

const NETWORK_HINTS: Record<string, string> = {
  ENOTFOUND: 'the login host does not resolve (check ToChannelFromBotLoginUrl and DNS)',
  ECONNREFUSED: 'the login endpoint refused the connection (check ToChannelFromBotLoginUrl and outbound https)',
  ETIMEDOUT: 'the login endpoint did not answer (check outbound https to it)',
  SELF_SIGNED_CERT_IN_CHAIN: "the login endpoint's certificate is not trusted (a TLS-inspecting proxy? set NODE_EXTRA_CA_CERTS)",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the login endpoint's certificate is not trusted (set NODE_EXTRA_CA_CERTS to its CA)",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the login endpoint's certificate is self-signed and not trusted",
};

export function tokenFailureHint(err: unknown, authority: string): { code: string | null; hint: string } {
  const e = err as { message?: string; errorCode?: string; code?: string; cause?: { code?: string } };
  const text = `${e?.message ?? ''} ${e?.errorCode ?? ''}`;
  const entra = /AADSTS\d+/.exec(text)?.[0];
  if (entra) return { code: entra, hint: ENTRA_HINTS[entra] ?? `Entra refused the token request (${entra})` };
  const network = Object.keys(NETWORK_HINTS).find((code) => text.includes(code) || e?.code === code || e?.cause?.code === code);
  if (network) return { code: network, hint: NETWORK_HINTS[network]! };
  if (/no answer from the login endpoint/.test(text)) return { code: 'TIMEOUT', hint: NETWORK_HINTS.ETIMEDOUT! };
  return { code: e?.errorCode ?? null, hint: `the token request to ${authority} failed` };
}
