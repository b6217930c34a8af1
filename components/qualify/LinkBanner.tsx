import type { Link } from '../../lib/db/repository';
import type { IdentityKeys } from '../../lib/identity/keys';
import { useLocale } from '../locale';
import './link-banner.css';

interface Props {
  link: Link;
  /** The page's own identifiers: where the stored person was met is the one it lacks. */
  page: IdentityKeys;
  onConfirm(): void;
  onReject(): void;
}

/**
 * Says that this page's person is one already stored from another surface (linked, with
 * "Unlink"), or may be (one click to confirm or to say no). Either answer is remembered.
 */
export function LinkBanner({ link, page, onConfirm, onReject }: Props) {
  const { t } = useLocale();
  const onLinkedIn = !page.contact.linkedinSlug && !!link.contact.linkedinSlug;
  if (link.kind === 'exact') {
    return (
      <p className="link-banner" role="status" data-testid="link-banner">
        <span>
          {onLinkedIn
            ? t('link.same.linkedin')
            : t('link.same.email', { email: link.contact.email ?? '' })}
        </span>
        <button type="button" className="quiet" onClick={onReject}>
          {t('link.unlink')}
        </button>
      </p>
    );
  }
  const company = link.account?.name;
  const who = company ? `${link.contact.name} (${company})` : link.contact.name;
  return (
    <div className="link-banner link-banner--likely" role="group" data-testid="link-banner">
      <p>{t(onLinkedIn ? 'link.likely.linkedin' : 'link.likely.email', { who })}</p>
      <div className="link-banner-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('link.confirm')}
        </button>
        <button type="button" onClick={onReject}>
          {t('link.reject')}
        </button>
      </div>
    </div>
  );
}
