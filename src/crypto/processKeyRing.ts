import { randomKeyRing, type KeyRing } from './keyRing';

let ring: KeyRing | undefined;

/**
 * The ring a store uses when it is opened without configured keys (tests, tools): random keys
 * that live as long as this process, so a store reopened in the same process (a restart in a
 * test) still opens what it wrote. The app itself always passes the configured ring.
 */
export function processKeyRing(): KeyRing {
  ring ??= randomKeyRing('process');
  return ring;
}
