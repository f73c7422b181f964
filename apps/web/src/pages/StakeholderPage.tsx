// Placeholder until the page is built (issue 3).
import { useDocumentTitle } from '../title';

export default function StakeholderPage(_: { slugOrId: string }) {
  useDocumentTitle(null);
  return <h1>StakeholderPage</h1>;
}
