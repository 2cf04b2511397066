const dayMs = 86_400_000;

/** When the owner last touched the specials (or, never having posted, became owner), and the last reminder since. */
export interface SpecialsActivity {
  specialsUpdatedAt: string;
  remindedAt?: string;
}

/** Specials untouched for a whole period are stale. */
export function specialsStale(activity: SpecialsActivity, now: Date, periodDays: number): boolean {
  return now.getTime() - Date.parse(activity.specialsUpdatedAt) >= periodDays * dayMs;
}

/** A reminder is due for stale specials, at most once per period: none since the last update, or the last a period ago. */
export function specialsReminderDue(activity: SpecialsActivity, now: Date, periodDays: number): boolean {
  if (!specialsStale(activity, now, periodDays)) return false;
  if (!activity.remindedAt || Date.parse(activity.remindedAt) < Date.parse(activity.specialsUpdatedAt)) return true;
  return now.getTime() - Date.parse(activity.remindedAt) >= periodDays * dayMs;
}
