import { z } from 'astro/zod';

/**
 * Lesson frontmatter. Every field is optional so that pages copied from MkDocs (which often have no
 * frontmatter at all) still build; the title then comes from the first `# ` heading. Unknown keys
 * (MkDocs' `hide:`, `tags:` ...) are kept, not rejected.
 */
export const lessonSchema = z
  .object({
    title: z
      .string({ error: 'title must be text, for example: title: "Namespaces"' })
      .trim()
      .min(1, { error: 'title must not be empty: write the lesson title or remove the field' })
      .optional(),
    description: z
      .string({ error: 'description must be text: one sentence that sums up the lesson' })
      .optional(),
    order: z
      .number({ error: 'order must be a whole number, for example: order: 3' })
      .int({ error: 'order must be a whole number, for example: order: 3' })
      .optional(),
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
    objectives: z
      .array(z.string(), {
        error: 'objectives must be a list of sentences (lines starting with "- ")',
      })
      .optional(),
    updated: z.coerce
      .date({
        error: 'updated must be a date written as YYYY-MM-DD, for example: updated: 2026-11-29',
      })
      .optional(),
    search: z.boolean({ error: 'search must be true or false' }).default(true),
  })
  .loose();

/** Module metadata, read from `_module.yml` in the module's folder. */
export const moduleSchema = z.object({
  title: z
    .string({ error: 'title must be text, for example: title: "Fundamentos"' })
    .trim()
    .min(1, { error: 'title must not be empty' }),
  description: z.string({ error: 'description must be text' }).optional(),
  order: z
    .number({ error: 'order must be a whole number, for example: order: 2' })
    .int({ error: 'order must be a whole number, for example: order: 2' })
    .optional(),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type ModuleData = z.infer<typeof moduleSchema>;
