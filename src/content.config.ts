import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './course/config';
import { lessonSchema, moduleSchema } from './course/schema';

// Ids are the file paths relative to content/, as written: unique on disk, and the course model
// (src/course/outline.ts) derives URLs from them and reports collisions with both file names.
const keepPath = ({ entry }: { entry: string }) => entry;

const lessons = defineCollection({
  loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*/**'], base: contentDir, generateId: keepPath }),
  schema: lessonSchema,
});

const modules = defineCollection({
  loader: glob({ pattern: '*/_module.{yml,yaml}', base: contentDir, generateId: keepPath }),
  schema: moduleSchema,
});

export const collections = { lessons, modules };
