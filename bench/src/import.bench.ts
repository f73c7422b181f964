// pnpm bench:import [--measures 10000] — how fast `pnpm dossier import` takes a generated file
// (tier-shaped: ten events, three positions and half a stakeholder per measure), against a raw
// batched insert of the same rows: the measurement `pnpm bench` makes, on its own. Nothing is
// asserted: the figures depend on the machine.
import { parseArgs } from 'node:util';
import { importRate } from './import-rate';

const { values } = parseArgs({ options: { measures: { type: 'string', default: '10000' } } });
const rate = await importRate(Number(values.measures));
const n = (value: number) => Math.round(value).toLocaleString('en');
console.log(
  `File: ${n(rate.measures)} measures, ${n(rate.records)} records (${n(rate.rows)} rows), ${rate.fileMb.toFixed(1)} MB`,
);
console.log(
  `first import (all created)       ${rate.dossier.seconds.toFixed(1)} s   ${n(rate.dossier.recordsPerSecond)} records/s   ${n(rate.dossier.rowsPerSecond)} rows/s`,
);
console.log(`same file again (all unchanged)  ${rate.dossier.again.toFixed(1)} s`);
console.log(
  `raw batched insert of the rows   ${rate.raw.seconds.toFixed(1)} s   ${n(rate.raw.rowsPerSecond)} rows/s   ratio ${(rate.dossier.rowsPerSecond / rate.raw.rowsPerSecond).toFixed(2)}`,
);
console.log('(wall-clock times of the CLI process, start-up included: HTTP, checks on both sides)');
