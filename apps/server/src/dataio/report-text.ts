import type { ImportReport } from './import.service.js';

/** The import report as the command line prints it (English: the app words it in the user's language). */
export function formatReport(report: ImportReport): string {
  const { organizations: o, members: m } = report.counts;
  const lines = [
    `${report.applied ? 'Applied' : report.dryRun ? 'Dry run (nothing saved)' : 'Not applied (nothing saved)'} in ${(report.millis / 1000).toFixed(1)} s: ` +
      `${report.rows.organizations} organisation rows, ${report.rows.members} member rows.`,
    `Organisations: ${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged.`,
    `Members: ${m.created} created, ${m.updated} updated, ${m.transferred} transferred, ${m.statusChanged} status changed, ${m.unchanged} unchanged.`,
  ];
  if (report.problemCount > 0) {
    lines.push(`${report.problemCount} problem(s)${report.problemCount > report.problems.length ? ` (the first ${report.problems.length} listed)` : ''}:`);
    for (const p of report.problems) {
      const where = [p.file, p.sheet, p.row != null ? `row ${p.row}` : null, p.column].filter(Boolean).join(' · ');
      const values = p.values && Object.keys(p.values).length ? ` ${JSON.stringify(p.values)}` : '';
      lines.push(`  ${where}: ${p.reason}${p.given ? ` ("${p.given}")` : ''}${values}`);
    }
  }
  return lines.join('\n');
}
