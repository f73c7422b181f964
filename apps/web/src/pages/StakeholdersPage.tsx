// Placeholder until the page is built (issue 3).
import { useDocumentTitle } from '../title';

export default function StakeholdersPage() {
  useDocumentTitle(null);
  return <h1>StakeholdersPage</h1>;
}
