/**
 * `npm run bench:drafting`: how well the reader of work reports finds the hand-labelled targets
 * of the corpus (recall, precision) and reads each field of those it finds.
 */
import { corpus } from '../../src/domain/drafting/corpus';
import { precision, recall, scoreCorpus, scoreReport, scoredFields } from '../../src/domain/drafting/corpus/evaluate';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

console.log(`Corpus: ${corpus.length} reports`);
for (const report of corpus) {
  const score = scoreReport(report);
  console.log(
    `  ${report.place} ${report.year} (${report.level}): ${score.labelled} labelled, ${score.proposed} proposed, ${score.matched} matched`,
  );
}
const score = scoreCorpus(corpus);
console.log(`\nTargets: ${score.labelled} labelled, ${score.proposed} proposed, ${score.matched} matched`);
console.log(`Recall ${percent(recall(score))}, precision ${percent(precision(score))}`);
console.log('\nField accuracy on matched targets:');
for (const field of scoredFields) {
  console.log(`  ${field.padEnd(11)} ${percent(score.fieldRight[field] / Math.max(1, score.matched))} (${score.fieldRight[field]}/${score.matched})`);
}
console.log('\nMisses:');
for (const miss of score.misses) console.log(`  ${miss.kind} [${miss.report}] ${miss.name} — 「${miss.sentence}」`);
console.log('\nField errors:');
for (const error of score.fieldErrors) {
  console.log(`  [${error.report}] ${error.field}: expected ${JSON.stringify(error.expected)}, read ${JSON.stringify(error.actual)} — 「${error.sentence}」`);
}
