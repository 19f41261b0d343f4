// `npm run check:content`: the build's content rules, without building. Exit 1 on any problem.
import { formatIssue } from '../src/lib/content/issue';
import { checkContent } from '../src/lib/content/loadContent';
import { checkDatasetTranslations } from '../src/lib/i18n/datasetTranslations';
import { thinlySourcedListing } from '../src/lib/content/sourceGrades';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { dataset, chapters, issues } = checkContent(process.cwd(), dir);
if (dataset) issues.push(...checkDatasetTranslations(process.cwd(), dir, dataset));
for (const line of thinlySourcedListing(dataset)) console.log(line);
if (issues.length) {
  for (const i of issues) console.error(`✗ ${formatIssue(i)}`);
  console.error(
    `\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${dir}/. EDITING.md explains every field.`,
  );
  process.exit(1);
}
const n = dataset ? dataset.events.length + dataset.figures.length + dataset.fotnScores.length : 0;
console.log(`✓ ${dir}/: ${chapters.length} chapters and ${n} records, no problems`);
