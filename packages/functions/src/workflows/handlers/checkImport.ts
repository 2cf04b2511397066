import { z } from 'zod';
import { stores } from '../../config/stores';
import { readImportStatus, type ImportStatusView } from '../../imports/importStatus';
import { ImportNotFound } from './importNotFound';

const checkImportInput = z.object({ importId: z.string().min(1) });

export type CheckedImport = Omit<ImportStatusView, 'key' | 'reportKey'>;

/** Task "Check the import": the import's status item as the workflow's Choice needs it. */
export async function handler(event: unknown): Promise<CheckedImport> {
  const { importId } = checkImportInput.parse(event);
  const status = await readImportStatus(stores().views, importId);
  if (!status) throw new ImportNotFound(`There is no import ${importId}.`);
  const { key: _key, reportKey: _reportKey, ...shown } = status;
  return shown;
}
