import path from 'node:path';
import { mkdocsProject } from './mkdocs-config';

/** What the course says about itself; the deploy workflow can override the edit link. */
export interface CourseConfig {
  title: string;
  pitch: string;
  /** Language of the content (`<html lang>`, search stemming); MkDocs' `theme.language`. */
  language: string;
  /** Prefix of "edit this page" links, up to the repository root (…/edit/main/); none when empty. */
  editUrlBase: string | undefined;
  /** Path of the lessons folder below editUrlBase (`content/`; `` when edit_uri names it already). */
  editPathPrefix: string;
}

/** Folder that holds the lessons, relative to the project root (CONTENT_DIR overrides it). */
export const contentDir =
  process.env.CONTENT_DIR ??
  (mkdocsProject ? path.relative(process.cwd(), mkdocsProject.docsDir) : 'content');

const DEFAULT_CONFIG: CourseConfig = {
  title: 'Contêineres e Orquestração',
  pitch:
    'Das máquinas virtuais ao Kubernetes gerenciado: namespaces, cgroups, Docker, Swarm e Kubernetes explicados passo a passo, com laboratórios e checklists para você acompanhar o próprio progresso.',
  language: 'pt-BR',
  editUrlBase: process.env.EDIT_URL_BASE || undefined,
  editPathPrefix: `${contentDir}/`,
};

export const courseConfig: CourseConfig = mkdocsProject
  ? {
      title: mkdocsProject.siteName,
      pitch: mkdocsProject.siteDescription ?? '',
      // Material defaults to English; a course built here defaults to its own UI language.
      language: mkdocsProject.language ?? DEFAULT_CONFIG.language,
      ...mkdocsEditLinks(),
    }
  : DEFAULT_CONFIG;

/** MkDocs' repo_url + edit_uri point at the docs folder already; EDIT_URL_BASE still wins. */
function mkdocsEditLinks(): Pick<CourseConfig, 'editUrlBase' | 'editPathPrefix'> {
  const { repoUrl, editUri, rootDir, docsDir } = mkdocsProject!;
  if (DEFAULT_CONFIG.editUrlBase) {
    return {
      editUrlBase: DEFAULT_CONFIG.editUrlBase,
      editPathPrefix: `${path.relative(rootDir, docsDir)}/`,
    };
  }
  if (!repoUrl || !editUri) return { editUrlBase: undefined, editPathPrefix: '' };
  const base = new URL(`${editUri.replace(/^\/+|\/+$/g, '')}/`, `${repoUrl.replace(/\/+$/, '')}/`);
  return { editUrlBase: base.href, editPathPrefix: '' };
}
