import type { ViewStore } from '../projections/viewStore';
import { importStatusProjection, type ImportStatusView } from './importStatusProjection';
import { importStreamOf } from './importStream';

/** An import's status view; undefined when unknown (or not projected yet). */
export async function getImportStatus(views: ViewStore, importId: string): Promise<ImportStatusView | undefined> {
  return (await views.get<ImportStatusView>(importStatusProjection.name, importStreamOf(importId)))?.view ?? undefined;
}
