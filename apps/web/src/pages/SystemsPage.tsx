// Placeholder until the page is built (issue 3).
import { useDocumentTitle } from '../title';

export default function SystemsPage() {
  useDocumentTitle(null);
  return <h1>SystemsPage</h1>;
}
