import {
  handleCommand, listStaleSpecials, readState, renderEmail, restaurantDecider, type EventStore, type Mailer, type RecordSpecialsReminder, type ViewStore,
} from '@forkcast/core';
import type { Actor } from '@forkcast/events';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { awsMailer } from '../app/aws/awsMailer';
import { awsSettings } from '../app/aws/awsSettings';
import { specialsStaleAfterDays, type Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import type { ScheduledRun } from '../schedules/schedule';
import { specialsReminderMessage } from './specialsReminderMessage';

const checker: Actor = { id: 'specials-freshness', role: 'system' };
const dayMs = 86_400_000;

export interface FreshnessCheckResult {
  stale: number;
  reminded: number;
  /** Stale and due, but the restaurant has no contact to write to (staff see it in GET /specials/stale). */
  withoutContact: number;
}

/**
 * Schedule "specials-freshness": mails each owned restaurant whose specials went stale a reminder,
 * at most once per period, and records it (SpecialsReminderSent). The reminder goes to the
 * restaurant's first contact: owners are diners, and the log holds no diner's address.
 * The mail is sent before the event is recorded, under a key naming the period, so a run that
 * fails between the two sends again under the same key (the outbox keeps the first) and records.
 */
export const build = (deps: { events: EventStore; views: ViewStore; mailer: Mailer; settings: Settings; publicSiteUrl: string; clock?: () => Date }) =>
  async (_run?: ScheduledRun): Promise<FreshnessCheckResult> => {
    const clock = deps.clock ?? (() => new Date());
    const now = clock();
    const periodDays = specialsStaleAfterDays(deps.settings);
    const stale = await listStaleSpecials(deps.views, now, periodDays);
    const result: FreshnessCheckResult = { stale: stale.length, reminded: 0, withoutContact: 0 };
    for (const item of stale.filter((s) => s.reminderDue)) {
      const { state } = await readState(deps.events, restaurantDecider, item.restaurantId);
      if (state.status !== 'listed') continue;
      const command: RecordSpecialsReminder = {
        type: 'RecordSpecialsReminder', data: { remindedAt: now.toISOString(), specialsUpdatedAt: item.specialsUpdatedAt, periodDays },
      };
      // The view may lag the log: the decider on the current state has the last word, before any mail.
      if (!restaurantDecider.decide(command, state)) continue;
      const to = Object.values(state.contacts)[0]?.email;
      if (!to) {
        result.withoutContact++;
        continue;
      }
      const period = Math.floor((now.getTime() - Date.parse(item.specialsUpdatedAt)) / (periodDays * dayMs));
      const key = `specials-reminder:${item.restaurantId}:${item.specialsUpdatedAt}:${period}`;
      await deps.mailer.send(renderEmail(to, specialsReminderMessage({ ...item, periodDays, siteUrl: deps.publicSiteUrl })), key);
      const recorded = await handleCommand({
        store: deps.events, decider: restaurantDecider, stream: item.restaurantId, command, actor: checker, correlationId: key, idempotencyKey: key, clock,
      });
      if (recorded.event) result.reminded++;
    }
    return result;
  };
export const handler = onAws(() => build({
  ...awsDynamoStores(), mailer: awsMailer(), settings: awsSettings(), publicSiteUrl: publicSiteUrlFromEnvironment(),
}));
