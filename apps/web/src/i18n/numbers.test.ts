import { describe, expect, it } from 'vitest';
import { stakeholderStrings } from '../components/stakeholders/strings';
import { systemStrings } from '../components/systems/strings';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

describe('counts in each interface language', () => {
  it('group digits as the language does', () => {
    expect(en.ui.list.count(1234)).toBe('1,234 measures');
    expect(fr.ui.more.showAll(1234)).toBe('Tout afficher (1\u202f234)');
    expect(de.ui.more.shown(40, 1234)).toBe('40 von 1.234 angezeigt');
  });

  it('follow the language’s plural rules: French counts zero in the singular', () => {
    expect(en.ui.list.count(0)).toBe('0 measures');
    expect(fr.ui.list.count(0)).toBe('0 mesure');
    expect(fr.ui.balance.neutral(2)).toBe('2 neutres');
    expect(stakeholderStrings.de.page.positionCount(1)).toBe('1 Position');
    expect(systemStrings.fr.summary(1, 0, 2)).toBe('1 système · 0 mesure · 2 liens');
  });
});
