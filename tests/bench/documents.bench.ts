import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_BUILDERS, packDocuments } from '../../electron/main/export/documentPackage';
import { EXPORTABLE_KINDS } from '../../shared/document/fileNames';
import type { Block, OfficialDocument, Paragraph, TableRow } from '../../shared/document/model';
import type { NotulaSource } from '../../shared/document/source';
import { benchSource } from './documentsSource';
import { percentile, printFigure } from './stats';

/*
 * P4: build and pack Notula + Daftar Hadir + Matriks Tindak Lanjut (100 attendees, 30 agenda
 * items, 200 commitments) into one ZIP of three DOCX, next to Debian's pandoc turning the same
 * content, written as one Markdown file, into one DOCX. Runs interleave so machine noise hits
 * both; the goal is faster than pandoc and under a second.
 */
const ROUNDS = 15;
const WARMUP = 2;

function inlineText(paragraph: Paragraph): string {
  const body = paragraph.inlines
    .map((inline) => (inline.kind === 'break' ? ' ' : inline.bold ? `**${inline.text}**` : inline.text))
    .join('');
  return paragraph.label === null ? body : `${paragraph.label} ${body}`;
}

const cellText = (paragraphs: ReadonlyArray<Paragraph>) => paragraphs.map(inlineText).join(' ').replace(/\|/g, '\\|');

function pipeRow(row: TableRow, columns: number): string {
  const cells = row.cells.flatMap((cell) => [
    cellText(cell.paragraphs),
    ...Array<string>(cell.columnSpan - 1).fill(''),
  ]);
  while (cells.length < columns) cells.push('');
  return `| ${cells.join(' | ')} |`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'letterhead':
      return block.lines.map(inlineText).join('  \n');
    case 'title':
      return block.lines.map((line) => `# ${inlineText(line)}`).join('\n\n');
    case 'identity':
      return block.rows
        .map((row) => `${row.label}${row.colon ? ' : ' : ''}${row.value.map(inlineText).join('  \n')}`)
        .join('  \n');
    case 'section':
      return [`## ${block.label} ${block.title}`, ...block.body.map(inlineText)].join('\n\n');
    case 'paragraph':
      return inlineText(block);
    case 'table': {
      const columns = block.columnWidths.length;
      const [header, ...extraHeader] = block.headerRows;
      const head = header ? pipeRow(header, columns) : `|${' |'.repeat(columns)}`;
      return [
        head,
        `|${' --- |'.repeat(columns)}`,
        ...[...extraHeader, ...block.bodyRows].map((row) => pipeRow(row, columns)),
      ].join('\n');
    }
    case 'signatures':
      return block.columns
        .filter((column) => column !== null)
        .map((column) =>
          [...column.headLines, column.name, ...column.detailLines].filter((line) => line !== '').join('  \n'),
        )
        .join('\n\n');
    case 'spacer':
      return '';
  }
}

/** The three documents' content as one Markdown file: the same words and tables, no layout. */
export function documentsMarkdown(source: NotulaSource): string {
  const documents: OfficialDocument[] = EXPORTABLE_KINDS.map((kind) => DOCUMENT_BUILDERS[kind](source));
  return documents
    .map((doc) =>
      doc.blocks
        .map(blockMarkdown)
        .filter((part) => part !== '')
        .join('\n\n'),
    )
    .join('\n\n\\newpage\n\n');
}

export async function run(): Promise<void> {
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (pandoc.status !== 0) {
    console.log('P4 documents: SKIPPED (pandoc not installed; Debian: apt-get install pandoc)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'risalah-bench-docs-'));
  const source = benchSource();
  const markdown = join(dir, 'dokumen.md');
  const markdownText = documentsMarkdown(source);
  writeFileSync(markdown, markdownText);
  const output = join(dir, 'dokumen.docx');
  const ours: number[] = [];
  const theirs: number[] = [];
  // CPU time as well: on a shared machine wall time mostly measures the neighbours.
  const oursCpu: number[] = [];
  const theirsCpu: number[] = [];
  const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', 'true'], { encoding: 'utf8' }).status === 0;
  let bytes = 0;
  const runOurs = async () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    // From the plain source, as the export handler does after loading it: build, render, zip.
    const pack = await packDocuments(source, EXPORTABLE_KINDS, '');
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpu);
    oursCpu.push((used.user + used.system) / 1000);
    bytes = pack.bytes.length;
    return elapsed;
  };
  const runPandoc = () => {
    const args = ['-f', 'markdown', '-t', 'docx', '-o', output, markdown];
    const start = performance.now();
    const result = timed
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', 'pandoc', ...args], { encoding: 'utf8' })
      : spawnSync('pandoc', args, { encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
    const [user = '0', system = '0'] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ');
    if (timed) theirsCpu.push((Number(user) + Number(system)) * 1000);
    return elapsed;
  };
  for (let round = 0; round < WARMUP; round += 1) {
    await runOurs();
    runPandoc();
  }
  oursCpu.length = 0;
  theirsCpu.length = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      ours.push(await runOurs());
      theirs.push(runPandoc());
    } else {
      theirs.push(runPandoc());
      ours.push(await runOurs());
    }
  }
  console.log(
    `P4 workload: ${source.attendance.length} attendees, ${source.agenda.length} agenda items, ${source.commitments.length} commitments; ${ROUNDS} interleaved rounds after ${WARMUP} warm-up`,
  );
  console.log(
    `P4 ours: ZIP of 3 DOCX, ${(bytes / 1024).toFixed(0)} KiB; ${pandoc.stdout.split('\n')[0]}: one DOCX from ${(markdownText.length / 1024).toFixed(0)} KiB of Markdown`,
  );
  printFigure({
    name: 'P4 build + pack 3 documents, median',
    value: percentile(ours, 50),
    baseline: percentile(theirs, 50),
    unit: 'ms',
    goal: '< 1x pandoc and < 1000 ms',
  });
  printFigure({
    name: 'P4 build + pack 3 documents, p95',
    value: percentile(ours, 95),
    baseline: percentile(theirs, 95),
    unit: 'ms',
    goal: '< 1x pandoc and < 1000 ms',
  });
  if (timed)
    printFigure({
      name: 'P4 CPU time (user + system), median',
      value: percentile(oursCpu, 50),
      baseline: percentile(theirsCpu, 50),
      unit: 'ms',
    });
  rmSync(dir, { recursive: true, force: true });
}
