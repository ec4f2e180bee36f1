import type { FieldCheck } from '../person';

/**
 * Swedish postal codes: five digits, written `NNN NN`. People also type `NNNNN`, `SE-NNN NN`
 * or `S-NNNNN`; all are accepted and normalised. No Swedish postal code starts with 0.
 */
export function checkPostalCode(raw: string): FieldCheck<string> {
  const input = raw.trim();
  if (input === '') return { ok: false, code: 'address.postal_code.empty', params: { input } };
  const compact = input.replace(/^(?:SE|S)\s*-?\s*/i, '').replace(/\s+/g, '');
  if (!/^\d{5}$/.test(compact)) return { ok: false, code: 'address.postal_code.format', params: { input } };
  if (compact.startsWith('0')) return { ok: false, code: 'address.postal_code.format', params: { input } };
  return { ok: true, value: `${compact.slice(0, 3)} ${compact.slice(3)}` };
}
