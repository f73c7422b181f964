import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../i18n/de';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { renderInApp } from '../../test/render';
import { MiniStageTrack, StageTrack } from './StageTrack';
import { trackSteps } from './stageTrack';
import { briefText } from './text';

afterEach(cleanup);

const states = (steps: ReturnType<typeof trackSteps>) => steps.map((s) => `${s.stage}:${s.state}`);

describe('trackSteps', () => {
  it('marks the stages before the current one done and the ones after ahead', () => {
    expect(states(trackSteps('negotiation'))).toEqual([
      'announced:done',
      'consultation:done',
      'proposal:done',
      'negotiation:current',
      'adopted:ahead',
      'in_force:ahead',
      'applicable:ahead',
    ]);
    expect(states(trackSteps('announced'))[0]).toBe('announced:current');
    // An act in force may not apply yet: applying is the step after.
    expect(states(trackSteps('in_force')).slice(-2)).toEqual([
      'in_force:current',
      'applicable:ahead',
    ]);
    expect(states(trackSteps('applicable')).at(-1)).toBe('applicable:current');
  });

  it('branches a side-track stage off after the stage reached, the rest never reached', () => {
    expect(states(trackSteps('withdrawn', 'proposal'))).toEqual([
      'announced:done',
      'consultation:done',
      'proposal:done',
      'withdrawn:exit',
      'negotiation:never',
      'adopted:never',
      'in_force:never',
      'applicable:never',
    ]);
    expect(states(trackSteps('lapsed')).slice(0, 3)).toEqual([
      'announced:done',
      'lapsed:exit',
      'consultation:never',
    ]);
  });
});

describe('StageTrack', () => {
  it('lists every main stage in order and says which is current and which are done', () => {
    renderInApp(<StageTrack stage="proposal" />);
    const track = screen.getByRole('list', { name: en.ui.brief.stageTrack });
    const items = within(track).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.bf-step-name')!.textContent)).toEqual([
      'Announced',
      'Consultation',
      'Proposal',
      'Negotiation',
      'Adopted',
      'In force',
      'Applicable',
    ]);
    expect(items.filter((li) => li.getAttribute('aria-current') === 'step')).toEqual([items[2]]);
    expect(items[0]!.textContent).toBe(`Announced (${briefText.en.step.done})`);
    expect(items[2]!.textContent).toBe(`Proposal (${briefText.en.step.current})`);
    expect(items[3]!.textContent).toBe(`Negotiation (${briefText.en.step.ahead})`);
  });

  it('shows in German where a withdrawn procedure left the track', () => {
    renderInApp(<StageTrack stage="withdrawn" leftAfter="consultation" />, { locale: 'de' });
    const items = within(screen.getByRole('list', { name: de.ui.brief.stageTrack })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(8);
    const exit = items[2]!;
    expect(exit.getAttribute('aria-current')).toBe('step');
    expect(exit.textContent).toBe(
      `${de.stage.withdrawn}Nach der Phase „${de.stage.consultation}“ aus dem Verfahren ausgeschieden`,
    );
    expect(items[3]!.textContent).toBe(`${de.stage.proposal} (${briefText.de.step.never})`);
  });
});

describe('StageTrack of a measure without a procedure', () => {
  it('draws no track and says, in each language, that it follows no procedure', () => {
    const { container } = renderInApp(<StageTrack stage={null} />, { locale: 'fr' });
    expect(screen.queryByRole('list')).toBeNull();
    expect(container.textContent).toBe(`${fr.ui.noStage} ${briefText.fr.noProcedure}`);
    cleanup();
    renderInApp(<MiniStageTrack stage={null} />, { locale: 'de' });
    expect(document.querySelectorAll('.bf-dot')).toHaveLength(0);
    expect(document.body.textContent).toBe(de.ui.noStage);
  });
});

describe('MiniStageTrack', () => {
  it('fills the dot of the current stage and says the step in words', () => {
    const { container } = renderInApp(<MiniStageTrack stage="consultation" />);
    const dots = [...container.querySelectorAll('.bf-dot')].map((d) => d.className.trim());
    expect(dots).toEqual([
      'bf-dot bf-dot-done',
      'bf-dot bf-dot-current',
      'bf-dot',
      'bf-dot',
      'bf-dot',
      'bf-dot',
      'bf-dot',
    ]);
    expect(container.textContent).toBe(`Consultation (${briefText.en.stepOf(2, 7)})`);
  });

  it('names a side-track stage without pretending to know where it left', () => {
    const { container } = renderInApp(<MiniStageTrack stage="rejected" />);
    expect(container.querySelectorAll('.bf-dot')).toHaveLength(0);
    expect(container.textContent).toBe(`${en.stage.rejected} ${en.ui.brief.sideStage}`);
  });
});
