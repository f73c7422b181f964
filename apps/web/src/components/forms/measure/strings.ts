// The measure forms' words in the three languages. The vocabulary (kinds, stages, identifier
// schemes and roles) comes from useLabels(); what is wrong with a value, from the domain's schema.
import type { Locale } from '../../../i18n';

export interface MeasureFormStrings {
  edit: string;
  editTitle: (title: string) => string;
  add: string;
  addTitle: string;
  title: string;
  slug: string;
  slugHint: string;
  slugEditHint: string;
  kind: string;
  jurisdiction: string;
  jurisdictionHint: string;
  summary: string;
  summaryHint: string;
  policyAreas: string;
  policyAreasHint: string;
  source: string;
  stage: string;
  stageHint: string;
  /** The first choice of the stage: none, for a measure that follows no procedure. */
  noStage: string;
  stageOn: string;
  identifiers: string;
  identifiersHint: string;
  identifier: (n: number) => string;
  scheme: string;
  value: string;
  valueHint: string;
  role: string;
  noRole: string;
  addIdentifier: string;
  removeIdentifier: (n: number) => string;
  noIdentifiers: string;
  created: (title: string) => string;
}

const en: MeasureFormStrings = {
  edit: 'Edit this measure',
  editTitle: (title) => `Edit “${title}”`,
  add: 'New measure',
  addTitle: 'Record a new measure',
  title: 'Title',
  slug: 'Address name (slug)',
  slugHint:
    'Lower-case letters, digits and hyphens, used in the page address: eu-ai-act, fr-de-encryption-2016.',
  slugEditHint: 'Changing it changes the address of this brief; links to the old one stop working.',
  kind: 'Kind of measure',
  jurisdiction: 'Jurisdiction',
  jurisdictionHint: 'Two-letter code: EU for the Union, FR, DE…',
  summary: 'Summary',
  summaryHint: 'A blank line starts a new paragraph.',
  policyAreas: 'Policy areas',
  policyAreasHint: 'Separated by commas: encryption, privacy.',
  source: 'Source (who says so)',
  stage: 'Stage',
  stageHint:
    'Where the procedure stands, as the source says. A letter, statement, report or resolution follows no procedure.',
  noStage: 'No procedure',
  stageOn: 'Stage reached on',
  identifiers: 'Official references',
  identifiersHint:
    'Written as you found them: COM(2016) 811, 2016/0411(COD), 32016R0679. They are checked and read in their standard form.',
  identifier: (n) => `Reference ${n}`,
  scheme: 'Kind of reference',
  value: 'Reference',
  valueHint: 'As written in the source.',
  role: 'What it names',
  noRole: 'Not said',
  addIdentifier: 'Add a reference',
  removeIdentifier: (n) => `Remove reference ${n}`,
  noIdentifiers: 'No official reference yet.',
  created: (title) => `“${title}” is recorded.`,
};

const fr: MeasureFormStrings = {
  edit: 'Modifier cette mesure',
  editTitle: (title) => `Modifier « ${title} »`,
  add: 'Nouvelle mesure',
  addTitle: 'Enregistrer une nouvelle mesure',
  title: 'Titre',
  slug: 'Nom dans l’adresse (slug)',
  slugHint:
    'Minuscules, chiffres et traits d’union, utilisés dans l’adresse de la page : eu-ai-act, fr-de-encryption-2016.',
  slugEditHint:
    'Le modifier change l’adresse de cette fiche ; les liens vers l’ancienne ne fonctionneront plus.',
  kind: 'Type de mesure',
  jurisdiction: 'Juridiction',
  jurisdictionHint: 'Code à deux lettres : EU pour l’Union, FR, DE…',
  summary: 'Résumé',
  summaryHint: 'Une ligne vide commence un nouveau paragraphe.',
  policyAreas: 'Domaines politiques',
  policyAreasHint: 'Séparés par des virgules : chiffrement, vie privée.',
  source: 'Source (qui l’affirme)',
  stage: 'Étape',
  stageHint:
    'Où en est la procédure, selon la source. Une lettre, une déclaration, un rapport ou une résolution ne suit aucune procédure.',
  noStage: 'Hors procédure',
  stageOn: 'Étape atteinte le',
  identifiers: 'Références officielles',
  identifiersHint:
    'Telles que vous les avez trouvées : COM(2016) 811, 2016/0411(COD), 32016R0679. Elles sont vérifiées et lues sous leur forme normalisée.',
  identifier: (n) => `Référence ${n}`,
  scheme: 'Type de référence',
  value: 'Référence',
  valueHint: 'Telle qu’écrite dans la source.',
  role: 'Ce qu’elle désigne',
  noRole: 'Non précisé',
  addIdentifier: 'Ajouter une référence',
  removeIdentifier: (n) => `Retirer la référence ${n}`,
  noIdentifiers: 'Aucune référence officielle pour l’instant.',
  created: (title) => `« ${title} » est enregistrée.`,
};

const de: MeasureFormStrings = {
  edit: 'Diese Maßnahme bearbeiten',
  editTitle: (title) => `„${title}“ bearbeiten`,
  add: 'Neue Maßnahme',
  addTitle: 'Eine neue Maßnahme erfassen',
  title: 'Titel',
  slug: 'Name in der Adresse (Slug)',
  slugHint:
    'Kleinbuchstaben, Ziffern und Bindestriche, für die Adresse der Seite: eu-ai-act, fr-de-encryption-2016.',
  slugEditHint:
    'Eine Änderung ändert die Adresse dieses Dossiers; Links auf die alte Adresse funktionieren dann nicht mehr.',
  kind: 'Art der Maßnahme',
  jurisdiction: 'Rechtsraum',
  jurisdictionHint: 'Zweibuchstabiger Code: EU für die Union, FR, DE…',
  summary: 'Zusammenfassung',
  summaryHint: 'Eine Leerzeile beginnt einen neuen Absatz.',
  policyAreas: 'Politikbereiche',
  policyAreasHint: 'Durch Kommas getrennt: Verschlüsselung, Datenschutz.',
  source: 'Quelle (wer sagt das)',
  stage: 'Phase',
  stageHint:
    'Wo das Verfahren laut der Quelle steht. Ein Schreiben, eine Erklärung, ein Bericht oder eine Entschließung folgt keinem Verfahren.',
  noStage: 'Kein Verfahren',
  stageOn: 'Phase erreicht am',
  identifiers: 'Amtliche Kennungen',
  identifiersHint:
    'So, wie Sie sie gefunden haben: COM(2016) 811, 2016/0411(COD), 32016R0679. Sie werden geprüft und in ihrer Standardform gelesen.',
  identifier: (n) => `Kennung ${n}`,
  scheme: 'Art der Kennung',
  value: 'Kennung',
  valueHint: 'Wie in der Quelle geschrieben.',
  role: 'Was sie bezeichnet',
  noRole: 'Nicht angegeben',
  addIdentifier: 'Kennung hinzufügen',
  removeIdentifier: (n) => `Kennung ${n} entfernen`,
  noIdentifiers: 'Noch keine amtliche Kennung.',
  created: (title) => `„${title}“ ist erfasst.`,
};

export const measureFormStrings: Record<Locale, MeasureFormStrings> = { en, fr, de };
