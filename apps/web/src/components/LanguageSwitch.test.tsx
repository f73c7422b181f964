import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectLocale, LocaleProvider, useLabels } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

function Probe() {
  return <p>{useLabels().stage.in_force}</p>;
}

const renderApp = () =>
  render(
    <LocaleProvider>
      <LanguageSwitch />
      <Probe />
    </LocaleProvider>,
  );

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('the language switch', () => {
  it('changes every label, the page language, and is remembered for the next visit', () => {
    renderApp();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'fr' },
    });
    expect(screen.getByText('En vigueur')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    cleanup();

    renderApp();
    const select = screen.getByRole('combobox', { name: 'Langue' }) as HTMLSelectElement;
    expect(select.value).toBe('fr');
    fireEvent.change(select, { target: { value: 'de' } });
    expect(screen.getByText('In Kraft')).toBeTruthy();
    expect(window.localStorage.getItem('dossier.locale')).toBe('de');
  });
});

describe('detectLocale', () => {
  it("prefers the remembered choice, then the browser's languages in order, then English", () => {
    expect(detectLocale('de', ['fr-FR'])).toBe('de');
    expect(detectLocale(null, ['it-IT', 'fr-CA', 'de'])).toBe('fr');
    expect(detectLocale('xx', ['DE-at'])).toBe('de');
    expect(detectLocale(null, ['es', 'pt'])).toBe('en');
  });
});
