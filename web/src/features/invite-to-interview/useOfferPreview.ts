import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSignedIn } from '../../app/session';
import { languageTabs } from './message-languages';
import { prefilledMessage } from './message-prefill';
import { messageTemplatesQuery, offerPreviewQuery } from './message-queries';
import { offerRefusals } from './offer-refusals';
import { offerRequest } from './offer-request';
import { PREVIEW_DELAY_MS, useSettled } from './useSettled';
import type { InviteWizardState } from './wizard-state';

/**
 * Step 1's preview of an offer: the server's slots and deadline once the recruiter pauses, and its refusal of any
 * window, slot or deadline, field by field. A refusal counts only for the offer as it still stands on screen.
 *
 * The server previews an offer only with its email (there is no "no email" to ask for the times alone), so step 1
 * asks with the organisation's invitation to book, as step 2 will start from it, whatever step 2 holds now.
 */
export function useOfferPreview(wizard: InviteWizardState, isReady: boolean) {
  const me = useSignedIn();
  const { organisation } = me;
  const templates = useQuery(messageTemplatesQuery('offer'));
  const message = useMemo(() => {
    if (!templates.data) return null;
    const languages = languageTabs(wizard.applicants, organisation.languages, organisation.defaultLanguage).map((tab) => tab.language);
    return prefilledMessage(languages, templates.data, me.email);
  }, [templates.data, wizard.applicants, organisation.languages, organisation.defaultLanguage, me.email]);
  const canAsk = isReady && message !== null;
  const request = offerRequest({ ...wizard, message });
  const settled = useSettled({ request, canAsk }, PREVIEW_DELAY_MS);
  const preview = useQuery({ ...offerPreviewQuery(wizard.projectId, settled.request), enabled: canAsk && settled.canAsk, retry: false });
  const isUpdating = isReady && (!message || preview.isFetching || JSON.stringify(settled.request) !== JSON.stringify(request));
  const refusals = isReady && !isUpdating && preview.isError ? offerRefusals(preview.error) : [];
  return { preview, isUpdating, refusals, templatesError: templates.isError ? templates.error : null };
}
