/**
 * What the main process and a render process (render-pool.ts, render-process.ts) hand each other.
 * Kept apart from render-process.ts, whose loading sets its process up for rendering.
 */
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';

export interface RenderTask {
  body: string;
  filePath: string | undefined;
  frontmatter: Record<string, unknown>;
}

/** Astro's `image` settings (which remote images it may optimise). */
export type ImageOptions = AstroMarkdownOptions['image'];

/** The environment variable that hands a render process the site's ImageOptions, as JSON. */
export const IMAGE_OPTIONS_KEY = 'COURSE_RENDER_IMAGE_OPTIONS';

export interface RenderedLesson {
  html: string;
  metadata: {
    headings: unknown[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    imagePaths: string[];
  };
}

export type RenderReply = RenderedLesson | { failed: string; failures: string[] };
