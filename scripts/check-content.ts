// `npm run check:content`: the build's content rules, without building. Exit 1 on any problem.
import { formatReport } from '../src/lib/content/issue';
import { checkContent } from '../src/lib/content/loadContent';
import { thinlySourcedListing } from '../src/lib/content/sourceGrades';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { dataset, chapters, issues } = checkContent(process.cwd(), dir);
for (const line of thinlySourcedListing(dataset)) console.log(line);
if (issues.length) {
  console.error(formatReport(issues, dir));
  process.exit(1);
}
const n = dataset ? dataset.events.length + dataset.figures.length + dataset.fotnScores.length : 0;
console.log(`✓ ${dir}/: ${chapters.length} chapters and ${n} records, no problems`);
