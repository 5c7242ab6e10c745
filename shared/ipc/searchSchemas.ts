import { z } from 'zod';
import { MAX_QUERY_CHARS, MAX_SEARCH_LIMIT, SEARCH_KINDS, type SearchResults } from '../domain/search';
import { wholeNumber } from './schemaHelpers';
import { channel, READ, schemasOf } from './channelSpec';

const cursorNumber = z
  .number({ error: 'Penanda halaman pencarian tidak sah.' })
  .int({ error: 'Penanda halaman pencarian tidak sah.' })
  .min(0, { error: 'Penanda halaman pencarian tidak sah.' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Penanda halaman pencarian tidak sah.' });

/** The search namespace, one spec per channel: input schema, output type, policy. */
export const searchSpec = {
  /** Full-text search over minutes, decisions, commitments, progress, meetings, officials and OPD. */
  'search:query': channel<SearchResults>()(
    z.strictObject({
      // Any text is a valid query: main turns it into plain words, so only its length is limited.
      query: z.string({ error: 'Kata pencarian wajib berupa teks.' }).max(MAX_QUERY_CHARS, {
        error: `Kata pencarian terlalu panjang (maks. ${MAX_QUERY_CHARS.toLocaleString('id-ID')} karakter).`,
      }),
      kinds: z
        .array(z.enum(SEARCH_KINDS, { error: 'Jenis hasil pencarian tidak dikenal.' }))
        .max(SEARCH_KINDS.length, { error: 'Terlalu banyak jenis hasil.' })
        .readonly()
        .optional(),
      limit: wholeNumber({
        label: 'Batas jumlah hasil',
        min: 1,
        max: MAX_SEARCH_LIMIT,
        below: 'Batas jumlah hasil minimal 1.',
        above: `Batas jumlah hasil maksimal ${MAX_SEARCH_LIMIT}.`,
      }).optional(),
      // "Muat lebih banyak": the cursor main returned with the previous page, handed back as it came.
      after: z
        .strictObject({
          hi: cursorNumber,
          master: cursorNumber,
        })
        .optional(),
    }),
    READ,
  ),
};

export const searchSchemas = schemasOf(searchSpec);
