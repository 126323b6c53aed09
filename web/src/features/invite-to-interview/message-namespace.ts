/** Step 2's words: `message/{da,en}.json` beside this file, a namespace of their own (see i18n/i18n.ts). */
export const MESSAGE_NS = 'invite-to-interview/message';
