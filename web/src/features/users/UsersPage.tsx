import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import type { Answer } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';
import { ActivationQuestion } from './ActivationQuestion';
import { InviteUserForm } from './InviteUserForm';
import { usersQuery, useUserChange } from './queries';
import './users.css';

type UserAccount = Answer<'/api/users'>['items'][number];
type Access = { role?: UserAccount['role']; smsAccess?: boolean };

/** Brugere: the organisation's users with role, SMS access and status; invite, change, deactivate and reactivate. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const users = useQuery(usersQuery);
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="page users-page" aria-labelledby="users-title">
      <header className="page-header users-header">
        <h1 id="users-title">{t('title')}</h1>
        {!inviting && (
          <Button variant="primary" onPress={() => {
              setInviting(true);
              setNotice(null);
            }}>
            {t('invite')}
          </Button>
        )}
      </header>
      <p className="muted">{t('intro')}</p>
      {inviting && (
        <InviteUserForm
          onInvited={(email) => {
            setInviting(false);
            setNotice(t('inviteForm.sent', { email }));
          }}
          onCancel={() => setInviting(false)}
        />
      )}
      <div aria-live="polite">
        {notice && (
          <p className="notice notice-info" role="status">
            {notice}
          </p>
        )}
      </div>
      {users.isPending ? <PageLoading /> : users.isError ? <ErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : <UserTable users={users.data.items} onSaved={setNotice} />}
    </section>
  );
}

function UserTable({ users, onSaved }: { users: UserAccount[]; onSaved: (notice: string) => void }) {
  const { t } = useTranslation('users');
  return (
    <table className="table table-cards users-table">
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('role')}</th>
          <th scope="col">{t('smsAccess')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <UserRow key={user.id} user={user} onSaved={onSaved} />
        ))}
      </tbody>
    </table>
  );
}

function UserRow({ user, onSaved }: { user: UserAccount; onSaved: (notice: string) => void }) {
  const { t } = useTranslation('users');
  const me = useSignedIn();
  const [asking, setAsking] = useState<'deactivate' | 'reactivate' | null>(null);
  const access = useUserChange((body: Access) => unwrap(api.PATCH('/api/users/{userId}', { params: { path: { userId: user.id } }, body })));
  const activation = useUserChange((action: 'deactivate' | 'reactivate') =>
    unwrap(api.POST(`/api/users/{userId}/${action}`, { params: { path: { userId: user.id } } })),
  );
  const inviteAgain = useUserChange(() => unwrap(api.POST('/api/users/{userId}/invitation', { params: { path: { userId: user.id } } })));
  // While a change is saved (and the list read again), the controls show it already. It is held in the row's own
  // state, set in the same event as the click: the mutation's pending state arrives a tick later, and a controlled
  // checkbox would flick back to the old value in between.
  const [saving, setSaving] = useState<Access | null>(null);
  const save = (body: Access) => {
    setSaving(body);
    access.mutate(body, { onSuccess: () => onSaved(t('saved', { name: user.name })), onSettled: () => setSaving(null) });
  };
  const deactivated = user.status === 'deactivated';
  const shown = { role: user.role, smsAccess: user.smsAccess, ...saving };
  return (
    <tr data-testid={`user-${user.email}`} className={deactivated ? 'users-row-deactivated' : undefined}>
      <td data-label={t('name')}>
        <span className="users-name">
          {user.name} {user.id === me.id && <span className="muted">{t('you')}</span>}
        </span>
        <span className="muted small users-email">{user.email}</span>
        {(access.error ?? inviteAgain.error) && (
          <p className="field-error" role="alert">
            {changeErrorText(access.error ?? inviteAgain.error, t)}
          </p>
        )}
      </td>
      <td data-label={t('role')}>
        <select
          className="select-native"
          aria-label={t('roleOf', { name: user.name })}
          value={shown.role}
          disabled={deactivated || saving !== null}
          onChange={(event) => save({ role: event.target.value as UserAccount['role'] })}
        >
          <option value="recruiter">{t('roles.recruiter')}</option>
          <option value="admin">{t('roles.admin')}</option>
        </select>
      </td>
      <td data-label={t('smsAccess')}>
        <input
          type="checkbox"
          className="users-sms"
          aria-label={t('smsAccessOf', { name: user.name })}
          checked={shown.smsAccess}
          disabled={deactivated || saving !== null}
          onChange={(event) => save({ smsAccess: event.target.checked })}
        />
      </td>
      <td data-label={t('status')}>
        <span className={`badge users-status-${user.status}`}>{t(`statuses.${user.status}`)}</span>
      </td>
      <td data-label={t('actions')}>
        {user.status === 'invited' && (
          <Button
            variant="quiet"
            isPending={inviteAgain.isPending}
            onPress={() => inviteAgain.mutate(undefined, { onSuccess: () => onSaved(t('invitedAgain', { email: user.email })) })}
          >
            {t('inviteAgain')}
          </Button>
        )}
        <Button variant="quiet" onPress={() => {
            activation.reset();
            setAsking(deactivated ? 'reactivate' : 'deactivate');
          }}>
          {deactivated ? t('reactivate') : t('deactivate')}
        </Button>
        {asking && (
          <ActivationQuestion
            action={asking}
            name={user.name}
            isPending={activation.isPending}
            error={activation.error ? changeErrorText(activation.error, t) : null}
            onConfirm={() =>
              activation.mutate(asking, {
                onSuccess: () => {
                  setAsking(null);
                  onSaved(t('saved', { name: user.name }));
                },
              })
            }
            onCancel={() => setAsking(null)}
          />
        )}
      </td>
    </tr>
  );
}

/** The last administrator's refusal in the screen's words; anything else as usual. */
function changeErrorText(error: unknown, t: TFunction<'users'>): string {
  return error instanceof ApiError && error.code === 'conflict' ? t('errors.lastAdministrator') : errorText(error, t);
}
