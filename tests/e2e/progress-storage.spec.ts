import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openLesson } from './helpers';
import { STORAGE_KEY, storedProgress, task } from './progress-helpers';

function failOnPageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('with storage blocked, ticking still works and a polite notice says it will not be kept', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openLesson(page, 'fundamentos/namespaces');
  const notice = page.getByRole('status').filter({ hasText: 'armazenamento' });
  await expect(notice).toHaveText(/não será guardado/);
  await task(page, 'Abrir um terminal como root').check();
  await expect(page.locator('.lesson-progress-count')).toHaveText('1/5 · 20%');
  expect(errors).toEqual([]);
});

test('with storage full, progress goes on in memory and the learner is told', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openLesson(page, 'fundamentos/namespaces');
  await task(page, 'Abrir um terminal como root').check();
  await expect(page.locator('#progress-notice')).toHaveText(/está cheio/);
  await expect(task(page, 'Abrir um terminal como root')).toBeChecked();
  expect(errors).toEqual([]);
});

for (const [name, raw] of [
  ['corrupt', '{"version":1,"tasks":'],
  ['foreign', '{"version":2,"tasks":[1,2,3]}'],
]) {
  test(`${name} stored data is moved aside, the learner is told, and nothing throws`, async ({
    page,
  }) => {
    const errors = failOnPageErrors(page);
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, raw],
    );
    await openLesson(page, 'fundamentos/namespaces');
    await expect(page.locator('#progress-notice')).toHaveText(
      /danificados e foram guardados à parte/,
    );
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), STORAGE_KEY)).toBe(
      raw,
    );
    expect(await storedProgress(page)).toBeNull();
    await task(page, 'Abrir um terminal como root').check();
    await page.reload();
    await expect(task(page, 'Abrir um terminal como root')).toBeChecked();
    await expect(page.locator('#progress-notice')).toBeHidden();
    expect(errors).toEqual([]);
  });
}

test('progress exported from one browser imports into a fresh one', async ({ page, browser }) => {
  await openLesson(page, 'fundamentos/namespaces');
  await task(page, 'Criar um namespace UTS').check();
  await openLesson(page, 'meu-progresso');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar progresso (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({
    format: 'course-progress',
    version: 1,
    base: '/curso-conteineres/',
  });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openLesson(other, 'meu-progresso');
  await other.getByLabel('Arquivo de progresso (.json)').setInputFiles(file);
  await expect(other.getByRole('status').last()).toHaveText(
    'Arquivo lido: 3 tarefas. Escolha como importar.',
  );
  await other.getByRole('button', { name: 'Substituir o progresso atual' }).click();
  await expect(other.getByRole('status').last()).toHaveText('Progresso importado: 3 tarefas.');
  await expect(
    other.locator('.report-lesson[data-lesson="fundamentos/namespaces"] .report-count'),
  ).toHaveText('3/5');
  await openLesson(other, 'fundamentos/namespaces');
  await expect(task(other, 'Criar um namespace UTS')).toBeChecked();
  await fresh.close();
});

test('a malformed or hostile import is refused and changes nothing', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  await task(page, 'Abrir um terminal como root').check();
  await openLesson(page, 'meu-progresso');
  const before = await storedProgress(page);
  const input = page.getByLabel('Arquivo de progresso (.json)');
  const files = [
    ['nao-json.json', 'isto não é json', 'não é um arquivo JSON'],
    ['outro.json', '{"format":"outra-coisa","version":1}', 'formato desconhecido'],
    [
      'hostil.json',
      '{"format":"course-progress","version":1,"progress":{"version":1,"tasks":{"__proto__":true},"lessons":{}}}',
      'conteúdo fora do formato esperado',
    ],
  ];
  for (const [name, content, reason] of files) {
    await input.setInputFiles({
      name: name!,
      mimeType: 'application/json',
      buffer: Buffer.from(content!),
    });
    await expect(page.getByRole('status').last()).toHaveText(
      `Este arquivo não é um progresso válido deste curso (${reason}). Nada foi alterado.`,
    );
    await expect(page.getByRole('button', { name: 'Substituir o progresso atual' })).toBeHidden();
  }
  expect(await storedProgress(page)).toEqual(before);
});

test('merging keeps both sides and reset asks first, then clears everything', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  await task(page, 'Abrir um terminal como root').check();
  await openLesson(page, 'meu-progresso');
  const incoming = {
    format: 'course-progress',
    version: 1,
    progress: { version: 1, tasks: { 'orquestracao/por-que-orquestrar#_lida': true }, lessons: {} },
  };
  await page.getByLabel('Arquivo de progresso (.json)').setInputFiles({
    name: 'p.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(incoming)),
  });
  await page.getByRole('button', { name: 'Juntar com o progresso atual' }).click();
  expect(Object.keys(((await storedProgress(page))?.tasks ?? {}) as object).sort()).toEqual([
    'fundamentos/namespaces#preparar-o-ambiente/abrir-um-terminal-como-root',
    'orquestracao/por-que-orquestrar#_lida',
  ]);

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Apagar todo o progresso' }).click();
  expect(await storedProgress(page)).not.toBeNull();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Apagar todo o progresso' }).click();
  await expect(page.getByRole('status').last()).toHaveText('Todo o progresso foi apagado.');
  expect(await storedProgress(page)).toBeNull();
});
