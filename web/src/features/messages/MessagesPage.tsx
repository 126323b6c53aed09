import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSignedIn } from '../../app/session';
import { boxSearch, readBoxParams, type Box } from './box-params';
import { EmailBox } from './EmailBox';
import './messages.css';
import { SmsBox } from './SmsBox';

/**
 * Beskeder: the development mailbox and SMS box, where a server without SMTP or Twilio keeps what it would have
 * sent. The box and the opened email are in the address, so a link shows the same email.
 */
export function MessagesPage() {
  const { t } = useTranslation('messages');
  const { developmentTransports } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const { box, open } = readBoxParams(params, developmentTransports);

  return (
    <section className="page msg-page" aria-labelledby="msg-title">
      <header className="msg-header">
        <h1 id="msg-title">{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </header>
      <Tabs selectedKey={box} onSelectionChange={(key) => setParams(new URLSearchParams(boxSearch(key as Box)))} className="msg-tabs">
        <TabList aria-label={t('boxes')} className="msg-tab-list">
          <Tab id="email" className="msg-tab" data-testid="tab-email">
            {t('tabs.email')}
          </Tab>
          <Tab id="sms" className="msg-tab" data-testid="tab-sms">
            {t('tabs.sms')}
          </Tab>
        </TabList>
        <TabPanel id="email" className="msg-panel">
          <EmailBox open={open} />
        </TabPanel>
        <TabPanel id="sms" className="msg-panel">
          <SmsBox />
        </TabPanel>
      </Tabs>
    </section>
  );
}
