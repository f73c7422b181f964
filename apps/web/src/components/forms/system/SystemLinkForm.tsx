// That a measure creates, extends, links or uses an EU information system, with its source: the
// API's systemLinkInput. On a brief the measure is the one on screen; elsewhere it is searched.
import { pageSizes, systemActions, systemLinkInput } from '@dossier/domain';
import { FormProvider } from 'react-hook-form';
import { useLabels, useTranslations } from '../../../i18n';
import { trpc } from '../../../trpc';
import { useFormReady, useReloadAfterSave } from '../edit';
import { FormActions, SaveError } from '../FormParts';
import { SelectField } from '../fields';
import { MeasureChoice } from '../link/MeasureChoice';
import { SourcePicker } from '../SourcePicker';
import { useDomainForm } from '../useDomainForm';
import { systemFormStrings } from './strings';
import '../forms.css';

export function SystemLinkForm({
  measureId,
  onDone,
  onAdded,
}: {
  measureId?: string;
  onDone: () => void;
  onAdded: () => void;
}) {
  const t = useLabels();
  const y = useTranslations(systemFormStrings);
  const list = trpc.systems.list.useQuery({ limit: pageSizes.systems.max }, { staleTime: 60_000 });
  const systems = list.data?.items ?? [];
  const form = useDomainForm(systemLinkInput, {
    measureId: measureId ?? '',
    systemId: '',
    action: 'creates',
    sourceId: null,
  });
  const link = trpc.systems.link.useMutation(useReloadAfterSave([onAdded, onDone], ['systems']));
  useFormReady(form, measureId ? 'systemId' : 'measureId');
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => link.mutate(values))}>
        {measureId ? null : <MeasureChoice name="measureId" />}
        <SelectField
          name="systemId"
          label={y.system}
          values={systems.map((s) => s.id)}
          labelOf={(id) => {
            const s = systems.find((x) => x.id === id);
            return s ? `${s.acronym} — ${s.name}` : id;
          }}
          placeholder={y.chooseSystem}
          required
        />
        <SelectField
          name="action"
          label={y.action}
          hint={y.actionHint}
          values={systemActions}
          labelOf={(a) => t.systemAction[a]}
          required
        />
        <SourcePicker label={y.source} required={false} />
        <SaveError error={link.error} />
        <FormActions pending={link.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
