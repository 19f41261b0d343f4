// `npm run check:content`: the build's content rules, without building. Exit 1 on any problem
// (warnings are printed and do not count).
import { formatReport, formatSuccess, formatWarnings } from '../src/lib/content/issue';
import { checkContent } from '../src/lib/content/loadContent';
import { thinlySourcedListing } from '../src/lib/content/sourceGrades';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { dataset, chapters, issues, warnings } = checkContent(process.cwd(), dir);
for (const line of thinlySourcedListing(dataset)) console.log(line);
// Warnings (translations to bring up to date) never fail the check.
if (warnings.length) console.warn(formatWarnings(warnings));
if (issues.length) {
  console.error(formatReport(issues, dir));
  process.exit(1);
}
console.log(formatSuccess(dir, chapters.length, dataset));
