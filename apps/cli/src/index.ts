export { type Command, type Invocation, type ListFilters, parseCli, UsageError } from './args';
export { type Io, runCli } from './cli';
export { fetchAllMeasures, listCommand, showCommand } from './commands';
export { formatBrief, formatDate, formatMeasureTable } from './format';
