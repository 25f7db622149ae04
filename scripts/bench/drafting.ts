/**
 * `npm run bench:drafting`: how well the reader of work reports finds the hand-labelled targets
 * of the corpus (recall, precision) and reads each field of those it finds. The held-out reports
 * were labelled before the reader first ran on them.
 */
import { corpus, heldOut, type CorpusReport } from '../../src/domain/drafting/corpus';
import { precision, recall, scoreCorpus, scoreReport, scoredFields } from '../../src/domain/drafting/corpus/evaluate';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function report(title: string, reports: CorpusReport[]) {
  console.log(`\n## ${title}: ${reports.length} reports`);
  for (const entry of reports) {
    const score = scoreReport(entry);
    console.log(
      `  ${entry.place} ${entry.year} (${entry.level}): ${score.labelled} labelled, ${score.proposed} proposed, ${score.matched} matched`,
    );
  }
  const score = scoreCorpus(reports);
  console.log(`Targets: ${score.labelled} labelled, ${score.proposed} proposed, ${score.matched} matched`);
  console.log(`Recall ${percent(recall(score))}, precision ${percent(precision(score))}`);
  console.log('Field accuracy on matched targets:');
  for (const field of scoredFields) {
    const right = score.fieldRight[field];
    console.log(`  ${field.padEnd(11)} ${percent(right / Math.max(1, score.matched))} (${right}/${score.matched})`);
  }
  console.log('Misses:');
  for (const miss of score.misses) console.log(`  ${miss.kind} [${miss.report}] ${miss.name} — 「${miss.sentence}」`);
  console.log('Field errors:');
  for (const error of score.fieldErrors) {
    console.log(
      `  [${error.report}] ${error.field}: expected ${JSON.stringify(error.expected)}, read ${JSON.stringify(error.actual)} — 「${error.sentence}」`,
    );
  }
}

report('Development set', corpus);
report('Held-out set', heldOut);
report('All', [...corpus, ...heldOut]);
