/**
 * A block node of our own for the containers the MkDocs syntax builds (admonitions, tabs): it
 * becomes whatever element `data.hName` names, with its children converted as usual.
 */
import type { Properties } from 'hast';
import type { Data, Parent, RootContent } from 'mdast';

export interface CourseContainer extends Parent {
  type: 'courseContainer';
  children: RootContent[];
  /** hName / hProperties as mdast-util-to-hast reads them, plus the content-tabs markers. */
  data?: Data & { tabLabel?: string; tabSelected?: boolean };
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
  properties: Properties,
  children: RootContent[],
): CourseContainer {
  return { type: 'courseContainer', data: { hName: tag, hProperties: properties }, children };
}
