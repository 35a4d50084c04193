import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { REGISTRY } from '../../src/import/registry.ts';
import { DOCS, docsSection, withSourcesTable } from '../../scripts/docs-sources.ts';
import { REPO } from '../helpers/paths.ts';

const markdown = readFileSync(DOCS, 'utf8');

describe("docs/importing.md's sources", () => {
  it('lists the registry as it is (npx tsx scripts/docs-sources.ts rewrites the table)', () => {
    assert.equal(markdown, withSourcesTable(markdown));
  });

  for (const { definition } of REGISTRY) {
    it(`documents ${definition.name} with a title, a description, fixtures and a section`, () => {
      assert.ok(definition.title.trim(), 'a title');
      assert.ok(definition.description.trim(), 'a description');
      assert.ok(definition.fixtures.length > 0, 'fixtures');
      for (const folder of definition.fixtures) {
        const where = path.resolve(REPO, folder);
        assert.ok(existsSync(where) && statSync(where).isDirectory(), `${folder} is a folder`);
        assert.ok(
          /^(tests\/fixtures|tests\/import\/cases|\.\.\/shared\/fixtures)\//.test(folder),
          `${folder} is under tests/fixtures, tests/import/cases or ../shared/fixtures`,
        );
      }
      assert.ok(docsSection(markdown, definition), `a "## ${definition.title}" heading`);
    });
  }
});
