import type { DossierClient, RouterInputs, RouterOutputs } from '@dossier/client';
import type { SearchKind } from '@dossier/domain';
import type { ListFilters } from './args';
import { formatBrief, formatMeasureTable } from './format';
import { asOfLine } from './history-command';
import { formatSearch, type MarkStyle } from './search-format';

type MeasureCard = RouterOutputs['measures']['list']['items'][number];
type ListInput = NonNullable<RouterInputs['measures']['list']>;

/** The largest page the server hands out. */
const maxPageSize = 200;

/** Every measure under the filters, following the cursor page after page. */
export async function fetchAllMeasures(
  client: DossierClient,
  filters: ListFilters,
  pageSize = maxPageSize,
): Promise<MeasureCard[]> {
  // The server checks stage and kind against its vocabularies and names the allowed values,
  // so the CLI passes what it was given instead of keeping a second copy of those lists.
  const input = { ...filters, limit: pageSize } as ListInput;
  const cards: MeasureCard[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: RouterOutputs['measures']['list'] = await client.measures.list.query({
      ...input,
      cursor,
    });
    cards.push(...page.items);
    cursor = page.nextCursor;
    // A server that handed back a cursor twice would otherwise keep us here forever.
    if (cursor !== null && seen.has(cursor)) break;
    if (cursor !== null) seen.add(cursor);
  } while (cursor !== null);
  return cards;
}

export async function listCommand(
  client: DossierClient,
  opts: { filters: ListFilters; json: boolean; width?: number | undefined },
): Promise<string> {
  const cards = await fetchAllMeasures(client, opts.filters);
  if (opts.json) return `${JSON.stringify(cards, null, 2)}\n`;
  return formatMeasureTable(cards, opts.width ? { width: opts.width } : {});
}

export async function showCommand(
  client: DossierClient,
  opts: { ref: string; json: boolean; asOf?: string | null; width?: number | undefined },
): Promise<string> {
  const brief = await client.measures.get.query({ ref: opts.ref, asOf: opts.asOf ?? null });
  if (opts.json) return `${JSON.stringify(brief, null, 2)}\n`;
  const text = formatBrief(brief, opts.width ? { width: opts.width } : {});
  return brief.asOf ? `${asOfLine(opts.ref, brief.asOf)}${text}` : text;
}

export async function searchCommand(
  client: DossierClient,
  opts: {
    text: string;
    kinds?: SearchKind[];
    limit: number;
    json: boolean;
    style: MarkStyle;
    width?: number | undefined;
  },
): Promise<string> {
  const result = await client.search.query.query({
    q: opts.text,
    limit: opts.limit,
    ...(opts.kinds ? { kinds: opts.kinds } : {}),
  });
  if (opts.json) return `${JSON.stringify(result, null, 2)}\n`;
  return formatSearch(result, { style: opts.style, width: opts.width });
}
