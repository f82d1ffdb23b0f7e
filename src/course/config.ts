/** What the course says about itself; the deploy workflow can override the edit link. */
export interface CourseConfig {
  title: string;
  pitch: string;
  /** Prefix of "edit this page" links, up to the repository root (…/edit/main/); none when empty. */
  editUrlBase: string | undefined;
}

export const courseConfig: CourseConfig = {
  title: 'Contêineres e Orquestração',
  pitch:
    'Das máquinas virtuais ao Kubernetes gerenciado: namespaces, cgroups, Docker, Swarm e Kubernetes explicados passo a passo, com laboratórios e checklists para você acompanhar o próprio progresso.',
  editUrlBase: process.env.EDIT_URL_BASE || undefined,
};

/** Folder that holds the lessons, relative to the project root (CONTENT_DIR overrides it). */
export const contentDir = process.env.CONTENT_DIR ?? 'content';
