/**
 * A block node of our own for the containers the MkDocs syntax builds (admonitions, tabs): it
 * becomes whatever element `data.hName` names, with its children converted as usual.
 */
import type { Data, Parent, RootContent } from 'mdast';

export interface CourseContainer extends Parent {
  type: 'courseContainer';
  children: RootContent[];
  data?: Data & { hName?: string; hProperties?: Record<string, unknown> };
}

declare module 'mdast' {
  interface RootContentMap {
    courseContainer: CourseContainer;
  }
  interface BlockContentMap {
    courseContainer: CourseContainer;
  }
}

/** A container rendered as `<tag ...properties>children</tag>`. */
export function container(
  tag: string,
  properties: Record<string, unknown>,
  children: RootContent[],
  data: Record<string, unknown> = {},
): CourseContainer {
  return {
    type: 'courseContainer',
    data: { hName: tag, hProperties: properties, ...data },
    children,
  };
}
