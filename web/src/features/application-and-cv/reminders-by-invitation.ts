/**
 * Which invitation each reminder belongs to. The API lists an application's reminders without their invitation,
 * but a reminder is queued in the same moment as its invitation (or later, when the interview is moved), so it
 * belongs to the newest invitation created at or before it. A reminder older than every invitation is left over,
 * and so is one whose creation is unknown, unless there is only one invitation it can belong to.
 */
export function remindersByInvitation<Reminder extends { createdAt: string | undefined; dueAt: string }>(
  invitations: readonly { id: string; createdAt: string }[],
  reminders: readonly Reminder[],
): { byInvitation: Map<string, Reminder[]>; leftOver: Reminder[] } {
  const newestFirst = [...invitations].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const byInvitation = new Map<string, Reminder[]>(invitations.map((invitation) => [invitation.id, []]));
  const leftOver: Reminder[] = [];
  const byDue = [...reminders].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  for (const reminder of byDue) {
    const created = reminder.createdAt;
    const owner =
      created === undefined
        ? newestFirst.length === 1
          ? newestFirst[0]
          : undefined
        : newestFirst.find((invitation) => Date.parse(invitation.createdAt) <= Date.parse(created));
    if (owner) byInvitation.get(owner.id)!.push(reminder);
    else leftOver.push(reminder);
  }
  return { byInvitation, leftOver };
}
