import { z } from 'zod';

/**
 * Props of the editor components, as written in MDX. The components parse their props with these
 * schemas, and the components gallery builds its props tables from them, so the two never differ.
 * A step's or chart's `state` is checked again by the chart's own state schema.
 */
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const ScrollyPropsSchema = z
  .object({
    chart: z
      .string()
      .min(1)
      .describe('Chart every step of the section drives, e.g. "timeline". Unknown ids stop the build.'),
    id: z
      .string()
      .regex(kebab, 'must be kebab-case')
      .describe('Unique kebab-case name of the section; steps without an id become "<id>-1", "<id>-2", …'),
    steps: z
      .enum(['left', 'right'])
      .default('left')
      .describe('Side of the step column on wide screens (phones always show the figure on top).'),
    caption: z
      .string()
      .optional()
      .describe('Figure caption under the sticky chart; defaults to the chart title.'),
  })
  .strict();

export const StepPropsSchema = z
  .object({
    id: z
      .string()
      .regex(kebab, 'must be kebab-case (it becomes the URL #fragment)')
      .optional()
      .describe(
        'URL fragment of the step (/#id), unique in the story. Optional: derived from the section id.',
      ),
    alt: z
      .string()
      .trim()
      .min(1, 'needs alt="…": one sentence saying what the figure shows in this state')
      .describe(
        "What the figure shows in this step, in one sentence. Read out by screen readers; the static figure's alt.",
      ),
    state: z
      .record(z.string(), z.unknown())
      .default({})
      .describe(
        'The figure\'s state in this step, e.g. {{ focus: ["2017-04-25", "2017-05-20"] }}: keys of the chart\'s state.',
      ),
  })
  .strict();

export const ChartPropsSchema = z
  .object({
    chart: z.string().min(1).describe('Chart to draw, e.g. "world-map".'),
    alt: z
      .string()
      .trim()
      .min(1, 'needs alt="…"')
      .describe('What the figure shows, in one sentence (screen readers, no-image readers).'),
    state: z
      .record(z.string(), z.unknown())
      .default({})
      .describe("The figure's state: keys of the chart's state."),
    id: z
      .string()
      .regex(kebab, 'must be kebab-case')
      .optional()
      .describe('Optional anchor id of the figure (/#id).'),
    caption: z.string().optional().describe('Caption under the figure; defaults to the chart title.'),
  })
  .strict();

export type ScrollyProps = z.input<typeof ScrollyPropsSchema>;
export type StepProps = z.input<typeof StepPropsSchema>;
export type ChartProps = z.input<typeof ChartPropsSchema>;

/** The props an editor wrote: without the `data-astro-*` attributes Astro adds for scoped styles. */
export function editorProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith('data-astro-')));
}

/** Rows for a props table: name, type, required, default, description. */
export function propsTable(
  schema: z.ZodObject,
): { name: string; type: string; required: boolean; def?: string; description: string }[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<
      string,
      { type?: string; enum?: string[]; default?: unknown; description?: string; pattern?: string }
    >;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, p]) => ({
    name,
    type: p.enum
      ? p.enum.map((e) => `"${e}"`).join(' | ')
      : p.type === 'object'
        ? '{{ … }}'
        : (p.type ?? 'any'),
    required: json.required?.includes(name) ?? false,
    def: p.default === undefined ? undefined : JSON.stringify(p.default),
    description: p.description ?? '',
  }));
}

/** Turns the zod problems of a props object into one message naming the field. */
export function propsProblem(error: z.ZodError): { field: string; message: string } {
  const i = error.issues[0];
  if (!i) return { field: '', message: 'invalid props' };
  if (i.code === 'unrecognized_keys')
    return { field: i.keys.join(', '), message: 'unknown prop; check the spelling' };
  const field = i.path.join('.');
  if (i.code === 'invalid_type' && i.input === undefined)
    return { field, message: `is required: ${i.message}` };
  return { field, message: i.message };
}
