/** @module Renders a brief's summary and sources for people: plain text and Markdown. */
import type { BriefSummary as Brief } from '../types.js';
import { displayText } from './display-text.js';
import { countNoun } from './count-noun.js';

/**
 * Escapes the characters that start Markdown markup in third-party text, so a report cannot inject
 * emphasis, links, images or HTML. Inline text only: "-", "." and "+" matter only at a line start,
 * which a summary sentence never is.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~#]/g, (ch) => `\\${ch}`);
}

/** A footnote label cannot hold spaces or brackets; report ids are reduced to a safe slug. */
function footnote(id: string): string {
  return `[^${id.replace(/[^A-Za-z0-9_-]+/g, '-')}]`;
}

function reportLabel(brief: Brief, id: string): string {
  const report = brief.reports.find((r) => r.id === id);
  if (!report) return id;
  const parts = [report.source, report.date].filter((x): x is string => x !== null && x !== '');
  return parts.length > 0 ? `${id} (${parts.join(', ')})` : id;
}

/** One numbered sentence per line, its sources after it, then the reports read. */
export function renderSummaryText(brief: Brief): string {
  const lines: string[] = [`Summary (${brief.words} of ${brief.maxWords} words, from ${countNoun(brief.reports.length, 'report')})`, ''];
  brief.summary.forEach((sentence, i) => {
    lines.push(`${i + 1}. ${sentence.text}`);
    const sources = sentence.sources.map((s) => `${s.report} ${s.start}-${s.end}`).join('; ');
    lines.push(`   [${sources}]`);
  });
  lines.push('', 'Sources');
  for (const report of brief.reports) {
    const title = displayText(report.title ?? '(untitled)');
    const where = report.path ?? report.url ?? '';
    lines.push(`- ${reportLabel(brief, report.id)}: ${title}${where ? ` — ${where}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The summary as a paragraph with footnote-style source markers, and a sources section. */
export function renderSummaryMarkdown(brief: Brief): string {
  const lines: string[] = ['## Summary', ''];
  const paragraph = brief.summary
    .map((sentence) => `${escapeMarkdown(sentence.text)}${sentence.sources.map((s) => footnote(s.report)).filter((v, i, a) => a.indexOf(v) === i).join('')}`)
    .join(' ');
  lines.push(paragraph, '', `*${brief.words} of ${brief.maxWords} words, from ${countNoun(brief.reports.length, 'report')}.*`, '', '## Sources', '');
  for (const report of brief.reports) {
    const title = report.title === null ? '*untitled*' : escapeMarkdown(displayText(report.title));
    lines.push(`${footnote(report.id)}: ${title}${report.source ? ` — ${escapeMarkdown(report.source)}` : ''}${report.date ? `, ${report.date}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
