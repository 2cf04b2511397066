/**
 * Stages whose data must survive a stack removal or a replaced resource. Every other stage is a
 * personal (or throwaway) stage that `sst remove` must be able to delete completely.
 */
export const retainedStages = ['staging', 'production'] as const;

export function retainsData(stage: string): boolean {
  return (retainedStages as readonly string[]).includes(stage);
}
