import { PageHeader } from '../components/PageHeader';
import { ListQueryState } from '../components/states';
import { ActionLegend, SystemGraph } from '../components/systems/SystemGraph';
import { SystemList } from '../components/systems/SystemList';
import { systemStrings } from '../components/systems/strings';
import type { SystemEntry } from '../components/systems/types';
import { useTranslations } from '../i18n';
import { trpc } from '../trpc';
import '../components/systems/systems.css';

export default function SystemsPage() {
  const s = useTranslations(systemStrings);
  const list = trpc.systems.list.useQuery();

  return (
    <>
      <PageHeader title={s.title} intro={s.intro} />
      <ListQueryState query={list} empty={s.empty}>
        {(systems) => <DatabaseMap systems={systems} />}
      </ListQueryState>
    </>
  );
}

function DatabaseMap({ systems }: { systems: readonly SystemEntry[] }) {
  const s = useTranslations(systemStrings);
  const measures = new Set(systems.flatMap((sys) => sys.measures.map((l) => l.measure.id)));
  const links = systems.reduce((sum, sys) => sum + sys.measures.length, 0);
  return (
    <>
      <p className="count">{s.summary(systems.length, measures.size, links)}</p>
      <section className="dbm-systems-section" aria-labelledby="map-title">
        <h2 id="map-title">{s.map}</h2>
        <p className="dbm-systems-hint">{s.mapHint}</p>
        <ActionLegend />
        <SystemGraph systems={systems} />
      </section>
      <section className="dbm-systems-section" aria-labelledby="dbm-system-list-title">
        <h2 id="dbm-system-list-title">{s.list}</h2>
        <SystemList systems={systems} />
      </section>
    </>
  );
}
