import type { DeadLetter, DeadLetterStore } from './deadLetter';

export function memoryDeadLetterStore(): DeadLetterStore {
  const entries: DeadLetter[] = [];
  return {
    async add(entry) {
      entries.push(structuredClone(entry));
    },
    async list(subscriptionId) {
      return structuredClone(entries.filter((e) => subscriptionId === undefined || e.subscriptionId === subscriptionId));
    },
    async settle(subscriptionId, { remove, replace }) {
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]!;
        if (entry.subscriptionId !== subscriptionId) continue;
        if (remove.includes(entry.event.id)) entries.splice(i, 1);
        else {
          const replacement = replace.find((r) => r.event.id === entry.event.id);
          if (replacement) entries[i] = structuredClone(replacement);
        }
      }
    },
  };
}
