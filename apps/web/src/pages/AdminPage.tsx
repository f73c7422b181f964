import { useIsAdmin } from '../auth/session';
import { PeopleSection } from '../components/admin/PeopleSection';
import { adminStrings } from '../components/admin/strings';
import { TokensSection } from '../components/admin/TokensSection';
import { PageHeader } from '../components/PageHeader';
import { useTranslations } from '../i18n';
import '../components/account/account.css';

/**
 * People and API tokens, for admins. Anyone else is told who may manage them (the server refuses
 * the calls anyway).
 */
export default function AdminPage() {
  const x = useTranslations(adminStrings);
  const isAdmin = useIsAdmin();
  return (
    <div className="admin-page">
      <PageHeader title={x.title} intro={x.intro} />
      {isAdmin ? (
        <>
          <PeopleSection />
          <TokensSection />
        </>
      ) : (
        <div className="state" role="status">
          <p>
            <strong>{x.onlyAdmins}</strong>
          </p>
          <p>{x.onlyAdminsDetail}</p>
        </div>
      )}
    </div>
  );
}
