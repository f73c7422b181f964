// docs/interchange.schema.json is generated from the zod schema, never written by hand. This
// test fails when the committed file differs from what the schema generates now; regenerate it
// with `pnpm --filter @dossier/domain interchange:schema` and commit the result.
import { describe, expect, it } from 'vitest';
import { interchangeJsonSchema } from './interchange';

describe('the committed JSON Schema of the interchange format', () => {
  it('is the one the zod schema generates', async () => {
    const generated = `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`;
    await expect(generated).toMatchFileSnapshot('../../../docs/interchange.schema.json');
  });

  it('describes every section, refuses unknown fields and names the vocabularies', () => {
    const schema = interchangeJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
    };
    expect(schema.required).toEqual(['format', 'version']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      'format',
      'version',
      'sources',
      'persons',
      'organizations',
      'memberships',
      'informationSystems',
      'measures',
      'positions',
      'links',
      'measureSystems',
      'notes',
      'meetings',
    ]);
    expect(Object.keys(schema.properties.memberships?.items?.properties ?? {})).toEqual([
      'person_id',
      'organization_id',
      'role',
    ]);
    expect(JSON.stringify(schema.properties.measures)).toContain('"committee_vote"');
  });
});
