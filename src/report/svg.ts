import { PALETTE } from '../writers/html-palette.js';
import { escapeHtml as e } from '../writers/html-spans.js';

/**
 * The report's charts, written by hand as SVG: a few bar shapes do not need a charting library (which
 * would add a dependency and tens of kilobytes of script to every page), and hand-made SVG prints,
 * scales, and is readable by tests and screen readers. Every bar carries its label and value as text
 * (and as `data-label` / `data-value`), so no chart relies on colour, and the same numbers are in the
 * table beside it.
 */

const fmt = (x: number) => x.toLocaleString('en-US');
const W = 560;

export interface Bar {
  label: string;
  value: number;
  /** A second line of the label: a title, a kind. */
  note?: string;
}

/** Horizontal bars, longest first as given. */
export function barChart(id: string, title: string, bars: Bar[], color: string = PALETTE.chart[0]): string {
  if (!bars.length) return `<p class="nm-none">none</p>`;
  const labelW = 220;
  const barW = W - labelW - 70;
  const rowH = 22;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = bars.length * rowH + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(1, Math.round((b.value / max) * barW));
    const label = b.label.length > 29 ? b.label.slice(0, 28) + '…' : b.label;
    return `<g class="bar" data-label="${e(b.label)}" data-value="${b.value}"><title>${e(b.label)}${b.note ? ` (${e(b.note)})` : ''}: ${fmt(b.value)}</title><text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${e(label)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${color}"/><text x="${labelW + w + 6}" y="${y + 15}" class="v">${fmt(b.value)}</text></g>`;
  });
  return `<svg class="nm-chart" data-chart="${e(id)}" viewBox="0 0 ${W} ${h}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>${rows.join('')}</svg>`;
}

export interface Share {
  key: string;
  value: number;
  color: string;
  /** Hatched, so the segment reads apart from its neighbours without colour ("unknown"). */
  hatch?: boolean;
}

/** One bar split into shares of 100%, each segment labelled with its name, count and percent below. */
export function shareBar(id: string, title: string, shares: Share[]): string {
  const total = shares.reduce((s, x) => s + x.value, 0);
  const SW = 900;
  const barW = SW - 2;
  let x = 0;
  let lx = 4;
  const segs: string[] = [];
  const labels: string[] = [];
  shares.forEach((s, i) => {
    const w = total ? (s.value / total) * barW : 0;
    const pct = total ? `${((100 * s.value) / total).toFixed(total >= 1000 ? 1 : 0)}%` : '–';
    const text = `${s.key} ${fmt(s.value)} (${pct})`;
    if (w > 0) segs.push(`<rect x="${x.toFixed(1)}" y="2" width="${w.toFixed(1)}" height="22" fill="${s.hatch ? `url(#hatch-${e(id)})` : s.color}" stroke="${PALETTE.page}" stroke-width="1.5"/>`);
    labels.push(
      `<g class="share" data-key="${e(s.key)}" data-value="${s.value}"><rect x="${lx.toFixed(1)}" y="34" width="12" height="12" fill="${s.hatch ? `url(#hatch-${e(id)})` : s.color}" stroke="${PALETTE.text}" stroke-width=".5"/><text x="${(lx + 18).toFixed(1)}" y="45">${e(text)}</text></g>`,
    );
    lx += 18 + text.length * 7.5 + 24;
    x += w;
  });
  const hatchColor = shares.find((s) => s.hatch)?.color ?? PALETTE.unknown;
  const defs = `<defs><pattern id="hatch-${e(id)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${PALETTE.page}"/><rect width="3" height="6" fill="${hatchColor}"/></pattern></defs>`;
  return `<svg class="nm-chart nm-share" data-chart="${e(id)}" viewBox="0 0 ${SW} 52" role="img" aria-label="${e(title)}: ${e(shares.map((s) => `${s.key} ${s.value}`).join(', '))}"><title>${e(title)}</title>${defs}${total ? segs.join('') : `<rect x="0" y="2" width="${barW}" height="22" fill="none" stroke="${PALETTE.rule}"/><text x="8" y="18">no data</text>`}${labels.join('')}</svg>`;
}

export interface Column {
  label: string;
  parts: { key: string; value: number; color: string; hatch?: boolean }[];
}

/** Columns over time, each stacked from its parts (a period's quotes by gender, or its articles). */
export function columnChart(id: string, title: string, columns: Column[]): string {
  if (!columns.length) return `<p class="nm-none">none</p>`;
  const left = 44;
  const h = 200;
  const bottom = 36;
  const width = Math.max(W, left + columns.length * 6 + 10);
  const colW = (width - left - 10) / columns.length;
  const max = Math.max(1, ...columns.map((c) => c.parts.reduce((s, p) => s + p.value, 0)));
  const step = Math.ceil(columns.length / 12);
  const ticks = [0, max / 2, max].map((v) => Math.round(v));
  const out: string[] = [];
  for (const t of ticks) {
    const y = h - bottom - (t / max) * (h - bottom - 10);
    out.push(`<line x1="${left}" x2="${width - 6}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${PALETTE.rule}" stroke-width=".5"/><text x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" class="v">${fmt(t)}</text>`);
  }
  columns.forEach((c, i) => {
    const x = left + i * colW + 1;
    let y = h - bottom;
    const total = c.parts.reduce((s, p) => s + p.value, 0);
    const rects = c.parts.map((p) => {
      const ph = (p.value / max) * (h - bottom - 10);
      y -= ph;
      return ph > 0 ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, colW - 2).toFixed(1)}" height="${ph.toFixed(1)}" fill="${p.hatch ? `url(#hatch-${e(id)})` : p.color}"/>` : '';
    });
    const tip = `${c.label}: ${c.parts.map((p) => `${p.key} ${fmt(p.value)}`).join(', ')}`;
    const label = i % step === 0 ? `<text x="${(x + colW / 2).toFixed(1)}" y="${h - bottom + 14}" text-anchor="middle" class="t">${e(c.label)}</text>` : '';
    out.push(`<g class="col" data-label="${e(c.label)}" data-value="${total}"><title>${e(tip)}</title>${rects.join('')}${label}</g>`);
  });
  const keys = columns[0]!.parts;
  keys.forEach((p, i) => {
    const lx = left + i * 150;
    out.push(`<rect x="${lx}" y="${h - 14}" width="12" height="12" fill="${p.hatch ? `url(#hatch-${e(id)})` : p.color}" stroke="${PALETTE.text}" stroke-width=".5"/><text x="${lx + 18}" y="${h - 3}">${e(p.key)}</text>`);
  });
  const hatchColor = keys.find((p) => p.hatch)?.color ?? PALETTE.unknown;
  const defs = `<defs><pattern id="hatch-${e(id)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${PALETTE.page}"/><rect width="3" height="6" fill="${hatchColor}"/></pattern></defs>`;
  return `<svg class="nm-chart" data-chart="${e(id)}" viewBox="0 0 ${width} ${h}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>${defs}${out.join('')}</svg>`;
}
