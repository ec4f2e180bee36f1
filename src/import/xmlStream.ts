import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import type { FileProblem } from './types';
import type { SafeZip } from './zip';

/** Element events with namespace prefixes dropped (`x:row` is `row`): strict OOXML files use them. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
  /** Set to stop reading the rest of the part (the answer is known). */
  done?: () => boolean;
}

export type XmlRead = { ok: true; found: boolean } | { ok: false; problem: FileProblem | 'malformed' };

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams one part of an .xlsx through a SAX parser while it is unpacked (the ZIP caps apply):
 * nothing but the handlers' own state is held, however large the part is.
 */
export async function streamXml(zip: SafeZip, part: string, handlers: XmlHandlers): Promise<XmlRead> {
  const parser = new SaxesParser();
  let malformed = false;
  parser.on('error', () => {
    malformed = true;
  });
  parser.on('opentag', (tag) => handlers.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handlers.close(local(tag.name)));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  const decoder = new StringDecoder('utf8');
  const streamed = await zip.stream(part, (chunk) => {
    parser.write(decoder.write(chunk));
    return malformed || handlers.done?.() ? 'stop' : 'more';
  });
  if (!streamed) return { ok: true, found: false };
  if (!streamed.ok) return streamed;
  if (!malformed && !handlers.done?.()) parser.write(decoder.end()).close();
  return malformed ? { ok: false, problem: 'malformed' } : { ok: true, found: true };
}
