// The import page's own words in the three languages. The reasons a record is rejected come
// from the API (in English), quoted as they are, with the JSON path they point at.
import type { ImportOutcome, InterchangeSection } from '@dossier/domain';
import type { Locale } from '../../i18n';
import { numbersIn } from '../../i18n/numbers';

export interface ImportStrings {
  title: string;
  intro: string;
  formatLink: string;
  file: string;
  drop: string;
  reading: string;
  holds: (name: string, records: number) => string;
  section: Record<InterchangeSection, string>;
  dryRun: string;
  dryRunHint: string;
  token: string;
  tokenHint: string;
  start: string;
  check: string;
  sending: (sent: number, records: number, batch: number, batches: number) => string;
  progressLabel: string;
  refusal: {
    notJson: (name: string, detail: string) => string;
    notObject: (name: string) => string;
    format: (name: string) => string;
    version: (name: string, found: string) => string;
    noRecords: (name: string) => string;
    unreadable: (name: string) => string;
  };
  fileProblem: {
    unknownField: (field: string) => string;
    notArray: (section: string) => string;
  };
  skipped: string;
  stopped: {
    title: string;
    batch: (batch: number, batches: number) => string;
    needsToken: string;
    unreachable: string;
    server: (message: string) => string;
    resume: string;
    dryResume: string;
  };
  summary: {
    imported: string;
    checked: string;
    checkedNote: string;
    outcome: Record<ImportOutcome, string>;
    bySection: string;
    sectionColumn: string;
    nothingChanged: string;
    rejected: (n: number) => string;
    rejectedIntro: string;
    more: (n: number) => string;
    another: string;
  };
}

const en = numbersIn.en;
const fr = numbersIn.fr;
const de = numbersIn.de;

export const importStrings = {
  en: {
    title: 'Import',
    intro:
      'Add or correct records from a Dossier interchange file (JSON), as `pnpm dossier export` writes it. An import never deletes anything, and importing the same file again changes nothing.',
    formatLink: 'The format is described in docs/interchange.md.',
    file: 'Interchange file (.json)',
    drop: 'or drop the file here',
    reading: 'Reading the file…',
    holds: (name, n) => `${name} holds ${en.count(n, 'record', 'records')}:`,
    section: {
      sources: 'sources',
      persons: 'persons',
      organizations: 'organizations',
      memberships: 'memberships',
      informationSystems: 'information systems',
      measures: 'measures',
      positions: 'positions',
      links: 'links between measures',
      measureSystems: 'links to information systems',
      notes: 'team notes',
      meetings: 'meetings',
    },
    dryRun: 'Check only (dry run)',
    dryRunHint: 'Counts what would be created, updated and rejected, and saves nothing.',
    token: 'API token (when not signed in as an editor)',
    tokenHint:
      'Signed in as an editor or admin, leave it empty. Otherwise an editor’s token (from an admin); it is sent with this import only and is not stored.',
    start: 'Import',
    check: 'Check',
    sending: (sent, n, batch, batches) =>
      `${en.number(sent)} of ${en.count(n, 'record', 'records')} done (batch ${en.number(batch)} of ${en.number(batches)})`,
    progressLabel: 'Import progress',
    refusal: {
      notJson: (name, detail) =>
        `${name} is not JSON (${detail}). Choose the .json file an export wrote.`,
      notObject: (name) =>
        `${name} is JSON but not an interchange file: it must be an object beginning with "format": "dossier-interchange".`,
      format: (name) =>
        `${name} is not a Dossier interchange file: it must begin with "format": "dossier-interchange" and "version": 1, as an export writes it.`,
      version: (name, found) =>
        `${name} is in version ${found} of the interchange format; this Dossier reads version 1. Upgrade Dossier, or export the file again.`,
      noRecords: (name) =>
        `${name} is an interchange file with no records: there is nothing to import.`,
      unreadable: (name) => `${name} could not be read. Choose it again.`,
    },
    fileProblem: {
      unknownField: (field) => `"${field}" is not part of the interchange format; it is skipped.`,
      notArray: (section) => `"${section}" must be a list of records; it is skipped.`,
    },
    skipped: 'Left out of the import:',
    stopped: {
      title: 'The import stopped',
      batch: (batch, batches) =>
        `Batch ${en.number(batch)} of ${en.number(batches)} was not taken.`,
      needsToken:
        'Importing needs an editor: sign in as one, or enter an editor’s API token under “API token”, and start again.',
      unreachable: 'The Dossier server did not answer. Check that it is running, then start again.',
      server: (message) => `The server answered: ${message}`,
      resume:
        'The batches before it are saved. Import the same file again to finish: what is already there comes back unchanged.',
      dryResume: 'Nothing was saved: this was a check.',
    },
    summary: {
      imported: 'Imported',
      checked: 'Checked: nothing was saved',
      checkedNote: 'These are the changes an import of this file would make.',
      outcome: {
        created: 'Created',
        updated: 'Updated',
        unchanged: 'Unchanged',
        rejected: 'Rejected',
      },
      bySection: 'By kind of record',
      sectionColumn: 'Records',
      nothingChanged: 'Nothing changed: the dossier already holds everything in this file.',
      rejected: (n) => `${en.count(n, 'record', 'records')} rejected`,
      rejectedIntro:
        'Nothing of these records was saved. Each problem is given with its place in the file (JSON path).',
      more: (n) => `Show ${en.number(n)} more`,
      another: 'Import another file',
    },
  },
  fr: {
    title: 'Import',
    intro:
      'Ajouter ou corriger des données à partir d’un fichier d’échange Dossier (JSON), tel que l’écrit `pnpm dossier export`. Un import ne supprime jamais rien, et importer deux fois le même fichier ne change rien.',
    formatLink: 'Le format est décrit dans docs/interchange.md.',
    file: 'Fichier d’échange (.json)',
    drop: 'ou déposez le fichier ici',
    reading: 'Lecture du fichier…',
    holds: (name, n) => `${name} contient ${fr.count(n, 'enregistrement', 'enregistrements')} :`,
    section: {
      sources: 'sources',
      persons: 'personnes',
      organizations: 'organisations',
      memberships: 'appartenances',
      informationSystems: 'systèmes d’information',
      measures: 'mesures',
      positions: 'positions',
      links: 'liens entre mesures',
      measureSystems: 'liens vers des systèmes d’information',
      notes: 'notes de l’équipe',
      meetings: 'réunions',
    },
    dryRun: 'Vérifier seulement (essai à blanc)',
    dryRunHint: 'Compte ce qui serait créé, modifié ou rejeté, sans rien enregistrer.',
    token: 'Jeton d’API (sans connexion en tant que rédacteur)',
    tokenHint:
      'Connecté comme rédacteur ou administrateur, laissez-le vide. Sinon, le jeton d’un rédacteur (fourni par un administrateur) ; il n’est envoyé qu’avec cet import et n’est pas conservé.',
    start: 'Importer',
    check: 'Vérifier',
    sending: (sent, n, batch, batches) =>
      `${fr.number(sent)} sur ${fr.count(n, 'enregistrement', 'enregistrements')} traités (lot ${fr.number(batch)} sur ${fr.number(batches)})`,
    progressLabel: 'Progression de l’import',
    refusal: {
      notJson: (name, detail) =>
        `${name} n’est pas du JSON (${detail}). Choisissez le fichier .json écrit par un export.`,
      notObject: (name) =>
        `${name} est du JSON mais pas un fichier d’échange : ce doit être un objet commençant par "format": "dossier-interchange".`,
      format: (name) =>
        `${name} n’est pas un fichier d’échange Dossier : il doit commencer par "format": "dossier-interchange" et "version": 1, comme l’écrit un export.`,
      version: (name, found) =>
        `${name} est en version ${found} du format d’échange ; ce Dossier lit la version 1. Mettez Dossier à jour, ou exportez à nouveau le fichier.`,
      noRecords: (name) =>
        `${name} est un fichier d’échange sans aucun enregistrement : il n’y a rien à importer.`,
      unreadable: (name) => `${name} n’a pas pu être lu. Choisissez-le à nouveau.`,
    },
    fileProblem: {
      unknownField: (field) =>
        `« ${field} » ne fait pas partie du format d’échange ; il est ignoré.`,
      notArray: (section) =>
        `« ${section} » doit être une liste d’enregistrements ; il est ignoré.`,
    },
    skipped: 'Laissé de côté :',
    stopped: {
      title: 'L’import s’est arrêté',
      batch: (batch, batches) =>
        `Le lot ${fr.number(batch)} sur ${fr.number(batches)} n’a pas été pris en compte.`,
      needsToken:
        'Importer demande le rôle de rédacteur : connectez-vous avec ce rôle, ou saisissez un jeton d’API de rédacteur sous « Jeton d’API », et recommencez.',
      unreachable:
        'Le serveur Dossier ne répond pas. Vérifiez qu’il est démarré, puis recommencez.',
      server: (message) => `Le serveur a répondu : ${message}`,
      resume:
        'Les lots précédents sont enregistrés. Importez à nouveau le même fichier pour terminer : ce qui y est déjà revient inchangé.',
      dryResume: 'Rien n’a été enregistré : c’était une vérification.',
    },
    summary: {
      imported: 'Importé',
      checked: 'Vérifié : rien n’a été enregistré',
      checkedNote: 'Voici les changements qu’apporterait l’import de ce fichier.',
      outcome: {
        created: 'Créés',
        updated: 'Modifiés',
        unchanged: 'Inchangés',
        rejected: 'Rejetés',
      },
      bySection: 'Par type d’enregistrement',
      sectionColumn: 'Enregistrements',
      nothingChanged: 'Rien n’a changé : le dossier contient déjà tout ce que contient ce fichier.',
      rejected: (n) => `${fr.count(n, 'enregistrement rejeté', 'enregistrements rejetés')}`,
      rejectedIntro:
        'Rien de ces enregistrements n’a été enregistré. Chaque problème est indiqué avec sa place dans le fichier (chemin JSON).',
      more: (n) => `Afficher ${fr.number(n)} de plus`,
      another: 'Importer un autre fichier',
    },
  },
  de: {
    title: 'Import',
    intro:
      'Daten aus einer Dossier-Austauschdatei (JSON) hinzufügen oder berichtigen, wie `pnpm dossier export` sie schreibt. Ein Import löscht nie etwas, und dieselbe Datei erneut zu importieren ändert nichts.',
    formatLink: 'Das Format ist in docs/interchange.md beschrieben.',
    file: 'Austauschdatei (.json)',
    drop: 'oder die Datei hier ablegen',
    reading: 'Datei wird gelesen…',
    holds: (name, n) => `${name} enthält ${de.count(n, 'Datensatz', 'Datensätze')}:`,
    section: {
      sources: 'Quellen',
      persons: 'Personen',
      organizations: 'Organisationen',
      memberships: 'Mitgliedschaften',
      informationSystems: 'Informationssysteme',
      measures: 'Maßnahmen',
      positions: 'Positionen',
      links: 'Verknüpfungen zwischen Maßnahmen',
      measureSystems: 'Verknüpfungen mit Informationssystemen',
      notes: 'Notizen des Teams',
      meetings: 'Treffen',
    },
    dryRun: 'Nur prüfen (Probelauf)',
    dryRunHint: 'Zählt, was angelegt, geändert und abgelehnt würde, und speichert nichts.',
    token: 'API-Token (ohne Anmeldung als Redaktion)',
    tokenHint:
      'Als Redaktion oder Admin angemeldet: leer lassen. Sonst das Token einer Redaktion (von einem Admin); es wird nur mit diesem Import gesendet und nicht gespeichert.',
    start: 'Importieren',
    check: 'Prüfen',
    sending: (sent, n, batch, batches) =>
      `${de.number(sent)} von ${de.count(n, 'Datensatz', 'Datensätzen')} bearbeitet (Stapel ${de.number(batch)} von ${de.number(batches)})`,
    progressLabel: 'Fortschritt des Imports',
    refusal: {
      notJson: (name, detail) =>
        `${name} ist kein JSON (${detail}). Wählen Sie die .json-Datei, die ein Export geschrieben hat.`,
      notObject: (name) =>
        `${name} ist JSON, aber keine Austauschdatei: Sie muss ein Objekt sein, das mit "format": "dossier-interchange" beginnt.`,
      format: (name) =>
        `${name} ist keine Dossier-Austauschdatei: Sie muss mit "format": "dossier-interchange" und "version": 1 beginnen, wie ein Export sie schreibt.`,
      version: (name, found) =>
        `${name} hat Version ${found} des Austauschformats; dieses Dossier liest Version 1. Aktualisieren Sie Dossier oder exportieren Sie die Datei erneut.`,
      noRecords: (name) =>
        `${name} ist eine Austauschdatei ohne Datensätze: Es gibt nichts zu importieren.`,
      unreadable: (name) => `${name} konnte nicht gelesen werden. Wählen Sie sie erneut.`,
    },
    fileProblem: {
      unknownField: (field) => `„${field}“ gehört nicht zum Austauschformat und wird übersprungen.`,
      notArray: (section) =>
        `„${section}“ muss eine Liste von Datensätzen sein und wird übersprungen.`,
    },
    skipped: 'Nicht importiert:',
    stopped: {
      title: 'Der Import wurde abgebrochen',
      batch: (batch, batches) =>
        `Stapel ${de.number(batch)} von ${de.number(batches)} wurde nicht angenommen.`,
      needsToken:
        'Importieren erfordert die Rolle Redaktion: Melden Sie sich so an oder geben Sie unter „API-Token“ ein Redaktions-Token ein und starten Sie erneut.',
      unreachable:
        'Der Dossier-Server antwortet nicht. Prüfen Sie, ob er läuft, und starten Sie erneut.',
      server: (message) => `Der Server antwortete: ${message}`,
      resume:
        'Die Stapel davor sind gespeichert. Importieren Sie dieselbe Datei erneut, um den Rest zu übernehmen: Was schon da ist, bleibt unverändert.',
      dryResume: 'Nichts wurde gespeichert: Es war eine Prüfung.',
    },
    summary: {
      imported: 'Importiert',
      checked: 'Geprüft: Nichts wurde gespeichert',
      checkedNote: 'Diese Änderungen würde ein Import dieser Datei vornehmen.',
      outcome: {
        created: 'Angelegt',
        updated: 'Geändert',
        unchanged: 'Unverändert',
        rejected: 'Abgelehnt',
      },
      bySection: 'Nach Art des Datensatzes',
      sectionColumn: 'Datensätze',
      nothingChanged: 'Nichts geändert: Das Dossier enthält bereits alles aus dieser Datei.',
      rejected: (n) => `${de.count(n, 'Datensatz', 'Datensätze')} abgelehnt`,
      rejectedIntro:
        'Von diesen Datensätzen wurde nichts gespeichert. Jedes Problem steht mit seiner Stelle in der Datei (JSON-Pfad).',
      more: (n) => `${de.number(n)} weitere anzeigen`,
      another: 'Weitere Datei importieren',
    },
  },
} satisfies Record<Locale, ImportStrings>;
