import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatIssue } from '../../src/lib/content/issue';
import { checkContent } from '../../src/lib/content/loadContent';

// The same rules the build runs, on the story's own content folder.
test('content/ passes every content rule', () => {
  const { issues, dataset } = checkContent(join(import.meta.dirname, '../..'));
  expect(issues.map(formatIssue)).toEqual([]);
  expect(dataset?.events.length).toBeGreaterThan(80);
});
